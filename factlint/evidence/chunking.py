"""Chunking: cut a document into passages of whole sentences, each at most `max_chars` long.

A passage is a span (start, end) of code points into the document's text, so a hit can be
shown in its document and its text is exactly `text[start:end]`. Consecutive passages may
share `overlap` sentences, so a fact stated across a chunk boundary is still found whole.

Sentences are found with rules, not a model: this runs over every document of a corpus,
possibly millions, and a statistical segmenter would cost more than it gains on reference
prose. A sentence longer than `max_chars` is cut at whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# End punctuation, then closing quotes or brackets, then whitespace: a candidate boundary.
# It is confirmed by what follows (see _starts_sentence) and what precedes (abbreviations).
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
# Hard breaks, whatever the punctuation: a blank line, a line that starts a list item or a
# heading, and the end of a heading line.
_HARD = re.compile(
    r"\r?\n[ \t\r]*\n"
    r"|\n(?=[ \t]*(?:[-*+•]|\d{1,3}[.)]|#{1,6})[ \t])"
    r"|(?m:^[ \t]*#{1,6}[ \t][^\n]*(?=\n))"
)
# Words that end with a period without ending a sentence, when followed by a capital
# ("Dr. Smith", "e.g. Spinach"). Lower-case comparison, without the final period.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e cf fig no nos vol approx ca al inc ltd co "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k".split()
)
_OPENERS = "\"'“‘«([¿¡"


@dataclass(frozen=True, slots=True)
class ChunkSpec:
    """How documents are cut into passages; stored in the manifest so `add` cuts alike."""

    max_chars: int = 600
    overlap: int = 1  # sentences repeated at the start of the next passage

    def __post_init__(self) -> None:
        if self.max_chars < 20:
            raise ValueError(f"max_chars must be at least 20, not {self.max_chars}")
        if self.overlap < 0:
            raise ValueError(f"overlap must be 0 or more sentences, not {self.overlap}")


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the first non-space character at or after `pos` can start a sentence."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    if pos >= n:
        return True
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in _OPENERS


def _is_abbreviation(text: str, punct_start: int) -> bool:
    """Whether the word ending at `punct_start` (before a single '.') is a known abbreviation."""
    if text[punct_start] != ".":
        return False
    begin = punct_start
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in _OPENERS:
        begin -= 1
    return text[begin:punct_start].lower() in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of `text` as (start, end) code-point spans, trimmed, empty ones left out."""
    cuts = {0, len(text)}
    for m in _HARD.finditer(text):
        cuts.add(m.end())
    for m in _END.finditer(text):
        if _starts_sentence(text, m.end()) and not _is_abbreviation(text, m.start()):
            cuts.add(m.end())
    spans = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _cut_long(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at the last whitespace before each limit."""
    while end - start > max_chars:
        limit = start + max_chars
        cut = limit
        while cut > start + max_chars // 2 and not text[cut].isspace():
            cut -= 1
        if cut <= start + max_chars // 2:  # no whitespace in reach: cut mid-word
            cut = limit
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def chunk_spans(text: str, spec: ChunkSpec = ChunkSpec()) -> list[tuple[int, int]]:
    """Passages of `text` as (start, end) spans: whole sentences packed up to `max_chars`."""
    pieces: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        pieces.extend(_cut_long(text, start, end, spec.max_chars))
    chunks = []
    i = 0
    while i < len(pieces):
        first = pieces[i][0]
        j = i
        while j + 1 < len(pieces) and pieces[j + 1][1] - first <= spec.max_chars:
            j += 1
        chunks.append((first, pieces[j][1]))
        if j + 1 >= len(pieces):
            break
        # Repeat up to `overlap` sentences, as many as still leave room for the next one.
        nxt = max(j + 1 - spec.overlap, i + 1)
        while nxt <= j and pieces[j + 1][1] - pieces[nxt][0] > spec.max_chars:
            nxt += 1
        i = nxt
    return chunks
