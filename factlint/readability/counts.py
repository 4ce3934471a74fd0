"""The counts every readability formula is made of, taken once over a text's words.

A language supplies `features(word) -> WordFeatures` (syllables, letters, familiarity...);
`count` adds them up per sentence. One rule needs a word's position rather than the word
itself: a capitalised word inside a sentence is taken for a name, which Gunning's fog index
never counts as complex and Dale and Chall count as familiar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple


class WordFeatures(NamedTuple):
    syllables: int
    letters: int
    characters: int  # letters and digits: what the Automated Readability Index counts
    fog_syllables: int  # syllables, not counting an -es, -ed or -ing ending (Gunning's rule)
    familiar: bool  # on the language's list of familiar words, if it has one


@dataclass
class Counts:
    words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0
    characters: int = 0
    polysyllables: int = 0  # words of three or more syllables (SMOG)
    complex_words: int = 0  # Gunning's hard words: polysyllables that are not names
    unfamiliar_words: int = 0  # Dale-Chall's difficult words: not listed, not names


def count(sentences: list[list[str]], features: Callable[[str], WordFeatures]) -> Counts:
    c = Counts()
    for words in sentences:
        if not words:
            continue
        c.sentences += 1
        c.words += len(words)
        for i, word in enumerate(words):
            f = features(word)
            c.syllables += f.syllables
            c.letters += f.letters
            c.characters += f.characters
            name = i > 0 and word[0].isupper()
            if f.syllables >= 3:
                c.polysyllables += 1
                if f.fog_syllables >= 3 and not name and "-" not in word:
                    c.complex_words += 1
            if not f.familiar and not name:
                c.unfamiliar_words += 1
    return c
