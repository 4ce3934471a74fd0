"""The evidence a finding rests on, as the sentence a person reads, not the whole passage.

A fact finding carries the passages retrieval returned for its claim (`FindingRecord.evidence`),
the deciding one among them and, usually, others the verifier judged unrelated (stance
"neutral"). Formats for people (html, labelstudio) show only the passages that decided
(stance "supports" or "contradicts"), each cut down to one sentence:

- the sentence the finding's message quotes (“...”, as the verifiers write it; a quote cut
  short with "…" matches by its beginning), else
- the sentence of the passage that shares the most words with the finding's matched text.

This is presentation only: which passage decided, and why, is the verifier's business; the
whole passages stay in every machine-readable format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DECIDING = ("contradicts", "supports")

_QUOTED = re.compile(r"“([^“”]+)”")
# A sentence ends at . ! ? (and any closing quote or bracket) before white space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quote:
    sentence: str  # the deciding sentence, white space folded
    stance: str | None
    source: str | None
    passage_id: Any
    score: float | None
    passage: str  # the whole passage, as retrieved


def _fold(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, white space around them left out."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((a + lead, a + len(piece.rstrip())))
    return out


def _quoted_sentence(passage: str, message: str) -> str | None:
    folded = _fold(passage)
    for quote in _QUOTED.findall(message):
        quote = _fold(quote).removesuffix("…").rstrip()
        if len(quote) < 8:  # too short to place ("it", a number)
            continue
        at = folded.find(quote)
        if at < 0:
            continue
        for a, b in sentences(folded):
            if a <= at < b:
                # The quote may run over a sentence end the splitter saw ("2.7 mg. per"): keep it whole.
                return folded[a : max(b, at + len(quote))]
    return None


def _closest_sentence(passage: str, matched: str) -> str:
    folded = _fold(passage)
    words = {w.lower() for w in _WORD.findall(matched)}
    best, best_shared = folded, -1
    for a, b in sentences(folded):
        shared = len(words & {w.lower() for w in _WORD.findall(folded[a:b])})
        if shared > best_shared:
            best, best_shared = folded[a:b], shared
    return best


def deciding_quotes(record) -> list[Quote]:
    """The passages that decided `record` (a FindingRecord), each as its deciding sentence."""
    quotes = []
    for e in record.evidence:
        if e.get("stance") not in DECIDING:
            continue
        passage = str(e.get("text") or "")
        sentence = _quoted_sentence(passage, record.message) or _closest_sentence(passage, record.matched)
        score = e.get("score")
        quotes.append(Quote(
            sentence=sentence,
            stance=e.get("stance"),
            source=e.get("source"),
            passage_id=e.get("passage_id"),
            score=float(score) if isinstance(score, (int, float)) else None,
            passage=passage,
        ))
    return quotes
