"""Markup awareness: what parts of a text are not prose, and which rules a comment silences.

`mask_ranges(text)` finds fenced and inline code, URLs, front matter, HTML comments, and
runs of more than LONG_RUN characters without a space (a hash, base64, a key held down: no
word is that long, and a grammar engine's speller costs the square of a word's length).
The Document blanks those ranges out with spaces (newlines kept), so every check sees prose
only while offsets still point into the original text.

`fold(text)` is the text as rules match words in it: compatibility forms folded (fullwidth
ｇｏｎｎａ is gonna, the ligature ﬁ is fi) and zero-width characters dropped, with a map back
to the original offsets, so "gon\u200dna" is still slang and a finding still points at it.

`Suppressions` reads `<!-- factlint-disable RULE -->`, `<!-- factlint-enable RULE -->` and
`<!-- factlint-disable-next-line RULE -->`. RULE is a rule id, a category, or nothing (all),
and several may be given, separated by commas or spaces.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]")
MD_LINK_TARGET = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
LONG_RUN = 100
LONG_TOKEN = re.compile(r"\S{%d,}" % (LONG_RUN + 1))
DIRECTIVE = re.compile(
    r"<!--\s*factlint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.I
)


# Characters that join or split words without being seen: soft hyphen, Mongolian vowel
# separator, zero-width space, non-joiner and joiner, word joiner, zero-width no-break space.
ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return "" if char in ZERO_WIDTH else unicodedata.normalize("NFKC", char)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the offset of the original character
    it came from (`origin` is None when folding changed nothing)."""

    text: str
    origin: tuple[int, ...] | None = None
    length: int = 0  # of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span [start, end)."""
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def position(self, offset: int) -> int:
        """The folded offset of an original offset (the first folded character at or after it)."""
        if self.origin is None:
            return offset
        return bisect_left(self.origin, offset)


def fold(text: str) -> Folded:
    """`text` as word rules match it (see the module docstring), with its map back."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not any(z in text for z in ZERO_WIDTH)):
        return Folded(text, None, len(text))
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        i = m.start()
        folded = _fold_char(m.group())
        if folded == m.group():
            continue
        parts.append(text[pos:i])
        origin.extend(range(pos, i))
        parts.append(folded)
        origin.extend([i] * len(folded))
        pos = i + 1
    if not parts:
        return Folded(text, None, len(text))
    parts.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return Folded("".join(parts), tuple(origin), len(text))


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks; an unclosed fence runs to the end of the text (as CommonMark)."""
    ranges = []
    pos = 0
    while True:
        m = FENCE_OPEN.search(text, pos)
        if not m:
            return ranges
        fence = m.group(1)
        closer = re.compile(r"^[ ]{0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", re.M)
        line_end = text.find("\n", m.end())
        if line_end == -1:
            ranges.append((m.start(), len(text)))
            return ranges
        close = closer.search(text, line_end + 1)
        end = close.end() if close else len(text)
        ranges.append((m.start(), end))
        pos = end


def mask_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges (start, end) of the text that are not prose, sorted and merged."""
    ranges: list[tuple[int, int]] = []
    m = FRONT_MATTER.match(text)
    if m:
        ranges.append(m.span())
    fenced = _fenced_blocks(text)
    ranges.extend(fenced)

    def outside_fences(start: int) -> bool:
        return not any(a <= start < b for a, b in fenced)

    for pattern in (INLINE_CODE, HTML_COMMENT, URL, EMAIL, LONG_TOKEN):
        ranges.extend(m.span() for m in pattern.finditer(text) if outside_fences(m.start()))
    ranges.extend(m.span(1) for m in MD_LINK_TARGET.finditer(text) if outside_fences(m.start()))
    return merge_ranges(ranges)


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_out(text: str, ranges: list[tuple[int, int]]) -> str:
    """Replace each range by spaces, keeping newlines, so offsets and lines stay put."""
    if not ranges:
        return text
    parts = []
    pos = 0
    for start, end in ranges:
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _names(arg: str) -> tuple[str, ...]:
    names = tuple(n for n in re.split(r"[,\s]+", arg.strip()) if n)
    return names or ("*",)


@dataclass
class Suppressions:
    """Which rules are silenced where. A rule matches by id, by category, or by "*"."""

    # (name, start, end): findings of `name` starting in [start, end) are dropped.
    ranges: list[tuple[str, int, int]] = field(default_factory=list)
    # Rule ids or categories silenced for the whole text (a JSONL record's ignore list).
    everywhere: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str, everywhere: tuple[str, ...] = ()) -> Suppressions:
        ranges = []
        open_since: dict[str, int] = {}
        for m in DIRECTIVE.finditer(text):
            kind, names = m.group(1).lower(), _names(m.group(2))
            if kind == "disable-next-line":
                line_start = text.find("\n", m.end())
                if line_start == -1:
                    continue
                line_end = text.find("\n", line_start + 1)
                line_end = len(text) if line_end == -1 else line_end
                ranges.extend((n, line_start + 1, line_end) for n in names)
            elif kind == "disable":
                for n in names:
                    open_since.setdefault(n, m.end())
            else:  # enable
                closing = list(open_since) if names == ("*",) else names
                for n in closing:
                    if n in open_since:
                        ranges.append((n, open_since.pop(n), m.start()))
        ranges.extend((n, start, len(text)) for n, start in open_since.items())
        return cls(ranges=ranges, everywhere=tuple(everywhere))

    def silences(self, rule: str, category: str, start: int) -> bool:
        keys = {"*", rule, category}
        if keys & set(self.everywhere):
            return True
        return any(n in keys and a <= start < b for n, a, b in self.ranges)
