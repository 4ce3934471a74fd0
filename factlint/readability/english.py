"""English: what a word counts for (syllables, letters, familiarity) and the formulas."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factlint.readability.counts import WordFeatures
from factlint.readability.familiar_en import is_familiar
from factlint.readability.syllables_en import count_syllables

# Endings Gunning does not count towards a complex word, when they are spoken as a syllable:
# "created" and "boxes" are not complex, "interesting" still is (in-ter-est).
SPOKEN_ENDING = re.compile(r"(?:ing|[td]ed|(?:s|x|z|ch|sh|ce|ge|se|ze)es)$")


@lru_cache(maxsize=65_536)
def features(word: str) -> WordFeatures:
    if not word.isascii():  # a ligature is the letters it joins: "ﬁgures" has 7 letters, 2 syllables
        word = unicodedata.normalize("NFKC", word)
    syllables = count_syllables(word)
    fog = syllables - 1 if syllables > 1 and SPOKEN_ENDING.search(word.lower()) else syllables
    return WordFeatures(
        syllables=syllables,
        letters=sum(ch.isalpha() for ch in word),
        characters=sum(ch.isalnum() for ch in word),
        fog_syllables=fog,
        familiar=is_familiar(word),
    )
