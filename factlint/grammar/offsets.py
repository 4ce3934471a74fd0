"""Offsets in code points, from engines that count otherwise.

factlint's offsets are code points (Python `str` indices). LanguageTool is Java and counts
UTF-16 code units, so every character outside the Basic Multilingual Plane (most emoji)
counts twice; some engines count UTF-8 bytes. These converters turn such offsets into code
points for one text, in O(len(text)) once and O(log n) per offset.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class OffsetMap:
    """Converts unit offsets (UTF-16 units or UTF-8 bytes) of one text into code points."""

    def __init__(self, text: str, unit: str = "utf-16") -> None:
        if unit not in ("utf-16", "utf-8"):
            raise ValueError(f"unknown offset unit {unit!r}")
        if unit == "utf-16":
            widths = [2 if ord(c) > 0xFFFF else 1 for c in text]
        else:
            widths = [len(c.encode("utf-8", "surrogatepass")) for c in text]
        self.identity = all(w == 1 for w in widths)
        # starts[i] = unit offset at which code point i starts; one past the end at the end.
        self._starts = [0, *accumulate(widths)] if not self.identity else []
        self.length = len(text)

    def to_codepoint(self, offset: int) -> int:
        """The code point at (or containing) unit `offset`; clamped to the text."""
        if offset <= 0:
            return 0
        if self.identity:
            return min(offset, self.length)
        # The last code point starting at or before `offset`: an offset that falls inside a
        # character (half a surrogate pair) belongs to that character.
        return min(bisect_right(self._starts, offset) - 1, self.length)

    def span(self, offset: int, length: int) -> tuple[int, int]:
        """(start, end) in code points of `length` units starting at unit `offset`."""
        start = self.to_codepoint(offset)
        end = self.to_codepoint(offset + length)
        if not self.identity and end < self.length and self._starts[end] < offset + length:
            end += 1  # the span ends inside a character: include all of it
        return start, max(start, end)
