"""Russian: word features only, for now; no formula is enabled yet.

A Russian syllable is a vowel letter, so counting is exact without a dictionary. Russian
adaptations of Flesch exist (Oborneva 2006: 206.835 - 1.3 * words/sentence - 60.1 *
syllables/word) but we have no graded Russian texts to check them against yet; until we do,
measure() reports the counts and no figures rather than numbers we cannot stand behind.
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
