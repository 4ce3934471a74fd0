"""Which languages readability supports, and with what.

A language brings `features` (how to count a word's syllables and letters) and, once we can
stand behind them, its `formulas` and `grade`. A language with features but no formulas gets
counts only; a language not listed here gets word and sentence counts only. Either way
measure() says so in `readability_note` rather than applying English coefficients.

To add a language: a module with `features` (see russian.py), its formulas with their own
coefficients and minimum lengths, a `grade` it can justify, and an entry in SUPPORT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from factlint.readability import english, formulas_en, formulas_ru, grade_en, russian
from factlint.readability.counts import Counts, WordFeatures


@dataclass(frozen=True)
class LanguageSupport:
    features: Callable[[str], WordFeatures]
    formulas: dict[str, Callable[[Counts], float]] = field(default_factory=dict)
    # Least (words, sentences) for each formula; `minimum_default` for those not named.
    minimum: dict[str, tuple[int, int]] = field(default_factory=dict)
    minimum_default: tuple[int, int] = (10, 1)
    # The one grade figure the tool stands behind, from the formulas' figures.
    grade: Callable[[dict[str, float | None]], float | None] | None = None


SUPPORT: dict[str, LanguageSupport] = {
    "en": LanguageSupport(
        features=english.features,
        formulas=formulas_en.FORMULAS,
        minimum=formulas_en.MINIMUM,
        minimum_default=formulas_en.MINIMUM_DEFAULT,
        grade=grade_en.grade_level,
    ),
    "ru": LanguageSupport(
        features=russian.features,
        formulas=formulas_ru.FORMULAS,
        minimum=formulas_ru.MINIMUM,
        minimum_default=formulas_ru.MINIMUM_DEFAULT,
        grade=formulas_ru.grade_level,
    ),
}


def base_language(language: str) -> str:
    """"en-US", "en_GB", "EN" -> "en"."""
    return language.replace("_", "-").split("-")[0].lower()


def support_for(language: str) -> LanguageSupport | None:
    return SUPPORT.get(base_language(language or ""))
