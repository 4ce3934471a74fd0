"""Russian word features: a syllable is a vowel letter, so counting is exact without a
dictionary. The formulas that use them are Oborneva's (formulas_ru.py).
"""

from __future__ import annotations

from functools import lru_cache

from factlint.readability.counts import WordFeatures

VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


@lru_cache(maxsize=65_536)
def features(word: str) -> WordFeatures:
    syllables = sum(ch in VOWELS for ch in word)
    return WordFeatures(
        syllables=syllables,
        letters=sum(ch.isalpha() for ch in word),
        characters=sum(ch.isalnum() for ch in word),
        fog_syllables=syllables,
        familiar=False,
    )
