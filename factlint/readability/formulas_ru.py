"""Russian readability: Oborneva's adaptation of the Flesch formulas (Оборнева И. В., 2006).

Oborneva rescaled Flesch's coefficients by the ratio of Russian to English word and sentence
lengths in parallel texts: Russian words carry more syllables (a syllable is a vowel letter,
counted exactly by russian.features), so English coefficients would rate every Russian text
as hard. The grade figure follows Flesch-Kincaid with her coefficients and is the one
`grade_level` stands behind for Russian, floored at 0 like the English one.
"""

from __future__ import annotations

from factlint.readability.counts import Counts

# As for English: below about ten words one long word swings the figures by grades.
MINIMUM_DEFAULT = (10, 1)
MINIMUM: dict[str, tuple[int, int]] = {}


def oborneva_reading_ease(c: Counts) -> float:
    """0-100, higher is easier (the Russian counterpart of Flesch reading ease)."""
    return 206.835 - 1.3 * c.words / c.sentences - 60.1 * c.syllables / c.words


def oborneva_grade(c: Counts) -> float:
    """About a school year (the Russian counterpart of the Flesch-Kincaid grade)."""
    return 0.5 * c.words / c.sentences + 8.4 * c.syllables / c.words - 15.59


FORMULAS = {f.__name__: f for f in (oborneva_reading_ease, oborneva_grade)}


def grade_level(figures: dict[str, float | None]) -> float | None:
    grade = figures.get("oborneva_grade")
    return None if grade is None else max(grade, 0.0)
