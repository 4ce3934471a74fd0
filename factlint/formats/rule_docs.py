"""What the formats that describe rules (SARIF, reviewdog) say about one rule.

Writers get rule metadata through their `rules` option (rule id -> dict); every key is
optional:

    description   one sentence: what the rule finds ("Long phrases with a short equivalent.")
    message       the message template findings are reported with
    link          where the rule is documented (the rule file's `link:`)
    severity      its default severity
    file          the rule's YAML file, when it comes from a pack
    examples      {"bad": [texts], "good": [texts]}

`rule_doc()` turns that into what a rule descriptor needs, filling what is missing, so that
every rule a log names has a description in words, a longer one, help text and a help URI:

- the help URI is the rule's `link`; else, for a rule of a built-in pack, its file in the
  project's repository; else the README section that explains its category (the rules the
  checks report themselves: facts, grammar, spelling, relevance, duplicates);
- a rule without a description is described by its id in words ("Unknown word (spelling)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from factlint.formats.base import PROJECT_URL

# Files of the project as the help URIs name them (the default branch of the repository).
REPO_FILES = f"{PROJECT_URL}/blob/main"
README = f"{REPO_FILES}/README.md"
# README sections (GitHub's anchors for its headings) that explain the rules of a category
# no rule file describes; any other category: the section on rules and packs.
CATEGORY_SECTIONS = {
    "fact": "evidence-indexes-and-fact-checks",
    "grammar": "grammar-and-spelling",
    "spelling": "grammar-and-spelling",
    "relevance": "factlint-triage",
    "duplicate": "factlint-triage",
}
RULES_SECTION = "rules-and-packs"
# Where the built-in packs sit: `rules/` in the repository, `factlint/_rules/` in a wheel.
_PACK_DIRS = ("rules", "_rules")


@dataclass(frozen=True)
class RuleDoc:
    id: str
    name: str  # PascalCase, as SARIF's reportingDescriptor.name wants: "StyleSlang"
    short: str
    full: str
    help_text: str
    help_markdown: str
    help_uri: str
    severity: str | None


def category_of(rule_id: str) -> str:
    return rule_id.split("/", 1)[0]


def in_words(rule_id: str) -> str:
    """'spelling/unknown-word' -> 'Unknown word (spelling)'."""
    category, _, name = rule_id.partition("/")
    words = (name or category).replace("-", " ").replace("_", " ").strip()
    text = words[:1].upper() + words[1:]
    return f"{text} ({category})" if name else text


def pascal_name(rule_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", rule_id) if part)


def pack_file_uri(file: str | None) -> str | None:
    """The repository URL of a built-in pack's rule file, None for any other file."""
    if not file:
        return None
    parts = PurePath(file).parts
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] in _PACK_DIRS and i + 1 < len(parts):
            return f"{REPO_FILES}/rules/" + "/".join(parts[i + 1 :])
    return None


def help_uri(rule_id: str, meta: dict[str, Any] | None) -> str:
    meta = meta or {}
    return (
        meta.get("link")
        or pack_file_uri(meta.get("file"))
        or f"{README}#{CATEGORY_SECTIONS.get(category_of(rule_id), RULES_SECTION)}"
    )


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?" else text + "."


def rule_doc(rule_id: str, meta: dict[str, Any] | None = None) -> RuleDoc:
    meta = meta or {}
    short = _sentence(meta.get("description") or in_words(rule_id))
    severity = meta.get("severity")
    category = category_of(rule_id)
    full = short + f" Category {category}" + (f", severity {severity}" if severity else "") + "."
    if meta.get("message"):
        full += f" Reported as: “{' '.join(str(meta['message']).split())}”"
    uri = help_uri(rule_id, meta)
    examples = meta.get("examples") or {}
    text_lines, md_lines = [full], [full]
    for label, key in (("Flagged", "bad"), ("Not flagged", "good")):
        texts = [" ".join(str(t).split()) for t in examples.get(key) or []]
        if texts:
            text_lines.append(f"{label}: " + " | ".join(texts))
            md_lines.append(f"**{label}:**\n" + "\n".join(f"- {t}" for t in texts))
    text_lines.append(f"More: {uri}")
    md_lines.append(f"[More about {rule_id}]({uri})")
    return RuleDoc(
        id=rule_id,
        name=pascal_name(rule_id),
        short=short,
        full=full,
        help_text="\n".join(text_lines),
        help_markdown="\n\n".join(md_lines),
        help_uri=uri,
        severity=severity,
    )
