"""The LanguageTool HTTP API (`POST /v2/check`, `GET /v2/languages`), answered by factlint.

A LanguageTool client (browser extensions' "other server", LTeX+, language_tool_python,
LibreOffice) pointed at a factlint URL shows factlint's findings. What differs from a
LanguageTool server, on purpose:

- `offset` and `length` count UTF-16 code units, as LanguageTool (Java) does; factlint counts
  code points, so every character outside the Basic Multilingual Plane (most emoji) moves
  the offsets after it by one more unit here.
- Rule ids are factlint's (`style/slang`); categories are factlint's categories in upper
  case, except spelling, which is `TYPOS` as in LanguageTool (clients colour it as a typo).
  `disabledRules` / `disabledCategories` ignore them, `enabledOnly` with `enabledRules` /
  `enabledCategories` selects them; ids of LanguageTool's own rules match nothing.
- `level=picky` adds the built-in `strict` pack.
- With a bearer token configured, a client that cannot send headers gives it as `apiKey`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from factlint import __version__
from factlint.model import Answer, Report
from factlint.serve.errors import ServeError
from factlint.serve.options import RequestOptions, parse_options

# LanguageTool's issue types (ITS 2.0 names) and category ids for factlint's categories.
ISSUE_TYPES = {
    "spelling": "misspelling", "grammar": "grammar", "style": "style", "readability": "style",
    "fact": "inconsistency", "policy": "omission", "duplicate": "duplication", "relevance": "other",
}
CATEGORY_NAMES = {
    "spelling": "Possible Typo", "grammar": "Grammar", "style": "Style", "readability": "Readability",
    "fact": "Facts", "policy": "Policy", "duplicate": "Duplicates", "relevance": "Relevance",
}
LT_CATEGORIES = {"TYPOS": "spelling"}  # LanguageTool category ids whose factlint name differs
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}
REGIONS = {"en": ("US", "GB", "AU", "CA", "NZ", "ZA"), "ru": ("RU",)}
REGION_NAMES = {"US": "US", "GB": "GB", "AU": "Australian", "CA": "Canadian", "NZ": "New Zealand", "ZA": "South African"}
CONTEXT = 40  # code points of context on each side of a match
SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*\s+|\n\s*\n")


def utf16_units(text: str, offset: int) -> int:
    """The UTF-16 offset of code point `offset` in `text`."""
    prefix = text[:offset]
    return offset + sum(1 for c in prefix if ord(c) > 0xFFFF)


def category_id(category: str) -> str:
    return "TYPOS" if category == "spelling" else category.upper()


# -- the request ------------------------------------------------------------------------------


@dataclass
class Annotated:
    """The text checked and how its code points map back to the client's string."""

    original: str  # what the client's offsets count in (markup included)
    plain: str  # what factlint checks
    starts: list[tuple[int, int, int, bool]]  # (plain start, original start, length, is text)

    def to_original(self, offset: int) -> int:
        """A code point of `plain` as a code point of `original`; inside interpreted markup,
        the markup's start."""
        for plain_start, orig_start, length, is_text in reversed(self.starts):
            if offset >= plain_start:
                return orig_start + min(offset - plain_start, length) if is_text else orig_start
        return 0


def annotated(data: str) -> Annotated:
    """LanguageTool's `data` parameter: {"annotation": [{"text": ...} | {"markup": ..., "interpretAs": ...}]}."""
    try:
        parts = json.loads(data)["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise ServeError(400, '`data` must be JSON {"annotation": [{"text": "..."}, {"markup": "...", "interpretAs": "..."}]}') from None
    original, plain, starts = [], [], []
    o = p = 0
    for part in parts:
        if not isinstance(part, dict) or not all(isinstance(v, str) for v in part.values()):
            raise ServeError(400, "`data`: each annotation part is an object of strings (text, markup, interpretAs)")
        if "text" in part:
            starts.append((p, o, len(part["text"]), True))
            original.append(part["text"])
            plain.append(part["text"])
            o += len(part["text"])
            p += len(part["text"])
        elif "markup" in part:
            shown = part.get("interpretAs", "")
            starts.append((p, o, len(part["markup"]), False))
            original.append(part["markup"])
            plain.append(shown)
            o += len(part["markup"])
            p += len(shown)
        else:
            raise ServeError(400, "`data`: an annotation part needs `text` or `markup`")
    return Annotated("".join(original), "".join(plain), starts)


def form_fields(body: bytes, query: dict[str, str]) -> dict[str, str]:
    """Fields of a form-encoded body (or the query string of a GET): the body wins."""
    try:
        fields = dict(query)
        fields.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=100))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ServeError(400, f"the form could not be read: {exc}") from None
    return fields


def _names(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def request_options(fields: dict[str, str], builtin_packs: list[str]) -> RequestOptions:
    def category(name: str) -> str:
        return LT_CATEGORIES.get(name.upper(), name.lower())

    options: dict = {"ignore": _names(fields.get("disabledRules")) + [category(c) for c in _names(fields.get("disabledCategories"))]}
    if fields.get("enabledOnly", "").lower() == "true":
        selected = _names(fields.get("enabledRules")) + [category(c) for c in _names(fields.get("enabledCategories"))]
        if not selected:
            raise ServeError(400, "enabledOnly=true needs enabledRules or enabledCategories")
        options["select"] = selected
    if fields.get("level") == "picky" and "strict" in builtin_packs:
        options["packs"] = ["default", "strict"] if "default" in builtin_packs else ["strict"]
    return parse_options(options, builtin_packs)


def language_of(code: str | None, default: str, supported: list[str]) -> tuple[str, str]:
    """(the code to answer with, the language factlint checks in): the client's code
    (`en-US`, checked as `en`), or the server's language for `auto` or none."""
    if not code or code == "auto":
        return default, default
    base = code.split("-")[0].lower()
    if base not in supported:
        raise ServeError(400, f"language {code!r} is not supported by this server (GET /v2/languages lists "
                              f"{', '.join(supported)})")
    return code, base


# -- the response -----------------------------------------------------------------------------


def _sentence(text: str, start: int, end: int) -> str:
    begin = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    m = SENTENCE_END.search(text, max(end, begin))
    return text[begin : m.start() + len(m.group().rstrip()) if m else len(text)].strip()


def matches(report: Report, source: Annotated, descriptions: dict[str, str] | None = None) -> list[dict]:
    """LanguageTool matches for one report, offsets in UTF-16 units of the client's text.
    `descriptions`: rule id -> what the rule checks (the packs' rules have one)."""
    descriptions = descriptions or {}
    text = source.original
    out = []
    for f in report.findings:
        start = source.to_original(f.start)
        end = max(start, source.to_original(f.end))
        lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
        context = text[lo:hi]
        offset = utf16_units(text, start)
        out.append({
            "message": f.message,
            "shortMessage": CATEGORY_NAMES.get(f.category, f.category.title()),
            "replacements": [{"value": s} for s in f.suggestions],
            "offset": offset,
            "length": utf16_units(text, end) - offset,
            "context": {
                "text": context,
                "offset": utf16_units(context, start - lo),
                "length": utf16_units(text, end) - offset,
            },
            "sentence": _sentence(text, start, end),
            "type": {"typeName": "Other"},
            "rule": {
                "id": f.rule,
                "subId": "",
                "description": descriptions.get(f.rule) or (f.message if len(f.message) <= 80 else f.rule),
                "issueType": ISSUE_TYPES.get(f.category, "other"),
                "category": {"id": category_id(f.category), "name": CATEGORY_NAMES.get(f.category, f.category.title())},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return out


def check_response(report: Report, source: Annotated, language: str, descriptions: dict[str, str] | None = None) -> dict:
    base = language.split("-")[0]
    name = LANGUAGE_NAMES.get(base, base)
    return {
        "software": {"name": "factlint", "version": __version__, "buildDate": None, "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": bool(report.error)},
        "language": {"name": name, "code": language,
                     "detectedLanguage": {"name": name, "code": language, "confidence": 1.0}},
        "matches": matches(report, source, descriptions),
    }


def languages(supported: list[str]) -> list[dict]:
    out = []
    for base in supported:
        name = LANGUAGE_NAMES.get(base, base)
        out.append({"name": name, "code": base, "longCode": base})
        for region in REGIONS.get(base, ()):
            out.append({"name": f"{name} ({REGION_NAMES.get(region, region)})", "code": base, "longCode": f"{base}-{region}"})
    return out


def answer_of(source: Annotated, language: str) -> Answer:
    return Answer(id="text", text=source.plain, meta={"language": language})
