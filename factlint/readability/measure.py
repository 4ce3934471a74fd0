"""measure(): the readability figures of one text, from the words of its sentences.

    measure([["The", "cat", "sat", "."]...], "en") -> {"words": ..., "grade_level": ..., ...}

The result is flat and JSON-ready. Counts are always given (syllables where the language
has a syllable counter). A figure is None when it would mean nothing: empty text, a text
too short for that formula, or a language without formulas; `readability_note` says why.
"""

from __future__ import annotations

from typing import Any

from factlint.readability.counts import count
from factlint.readability.languages import base_language, support_for
from factlint.readability.words import join_clitics

FIGURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_score",
)
DECIMALS = 2


def measure(sentence_words: list[list[str]], language: str = "en") -> dict[str, Any]:
    sentences = [join_clitics(words) for words in sentence_words]
    sentences = [words for words in sentences if words]
    n_words = sum(len(words) for words in sentences)
    n_sentences = len(sentences)
    out: dict[str, Any] = {
        "words": n_words,
        "sentences": n_sentences,
        "syllables": None,
        "syllables_per_word": None,
        "words_per_sentence": _round(n_words / n_sentences) if n_sentences else None,
        **{name: None for name in FIGURES},
        "grade_level": None,
        "readability_note": None,
    }
    support = support_for(language)
    if support is None:
        out["readability_note"] = f"language not supported: {base_language(language)!r}"
        return out

    counts = count(sentences, support.features)
    out["syllables"] = counts.syllables
    if n_words == 0:
        out["readability_note"] = "empty: no words"
        return out
    out["syllables_per_word"] = _round(counts.syllables / n_words)
    if not support.formulas:
        out["readability_note"] = (
            f"no readability formulas for language {base_language(language)!r} yet: counts only"
        )
        return out

    too_short = []
    figures: dict[str, float | None] = {}
    for name, formula in support.formulas.items():
        least_words, least_sentences = support.minimum.get(name, support.minimum_default)
        if n_words < least_words or n_sentences < least_sentences:
            figures[name] = None
            too_short.append((name, least_words, least_sentences))
        else:
            figures[name] = formula(counts)
    grade = support.grade(figures) if support.grade else None
    out.update({name: _round(value) for name, value in figures.items()})
    out["grade_level"] = _round(grade)
    if too_short:
        out["readability_note"] = _short_note(too_short, n_words, n_sentences, len(figures))
    return out


def _short_note(too_short, n_words: int, n_sentences: int, n_formulas: int) -> str:
    if len(too_short) == n_formulas:
        return f"too short: {n_words} words"
    names = ", ".join(name for name, _, _ in too_short)
    needs = "; ".join(f"{w} words, {s} sentences" for _, w, s in too_short)
    return f"too short for {names}: {n_words} words, {n_sentences} sentences (needs {needs})"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)
