"""A Hunspell dictionary that answers `lookup` only, reading its .dic entries when asked.

spylls reads a whole .dic file into `Word` objects before it can answer anything: LibreOffice's
en_GB (89,800 entries) takes about 1.2 s, on every `factlint check` whose answer holds one word
Harper does not know ("lol"), which was most of a one-line check. A lookup only asks for the
entries of a few dozen candidate stems (`Dic.homonyms`), so this reads the file's lines, indexes
them by stem (about 0.1 s), and turns a stem's lines into `Word`s the first time a lookup asks
for that stem, by spylls' own `read_dic` on those lines: the entries, flags and their order are
the ones the full read gives (tests/test_startup.py compares them entry by entry).

Suggestions need every entry (spylls' `Suggest` lists all words when it is built), so the
Russian spelling backend, which suggests, reads its dictionary whole as before.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from spylls.hunspell import readers
from spylls.hunspell.algo import lookup
from spylls.hunspell.algo.capitalization import Type as CapType
from spylls.hunspell.data import dic as dic_data
from spylls.hunspell.readers.dic import COUNT_REGEXP
from spylls.hunspell.readers.file_reader import FileReader


class LazyDic(dic_data.Dic):
    """`Dic.homonyms` and `Dic.has_flag` (all that `Lookup` uses) over entries parsed on demand.

    A plain line (`stem/FLAGS`: no tab, no data tag, no backslash, at most one slash) is indexed
    by a string split and parsed when its stem is asked for; any other line is parsed when the
    file is read, in file order, as `read_dic` would (a `ph:` tag adds to the .aff's REP table).
    """

    def __init__(self, path: str, aff, context) -> None:
        super().__init__(words=[])
        self._aff, self._context = aff, context
        # FileReader's reading, in bulk: universal newlines, its BOM replacement, each line
        # stripped, blank lines dropped, and the first line skipped when it is the count.
        with open(path + ".dic", encoding=context.encoding, errors="surrogateescape") as file:
            raw = file.read().split("\n")
        if raw and raw[0].startswith("\xef\xbb\xbf"):
            raw[0] = raw[0].replace("\xef\xbb\xbf", "")
        stripped = [line.strip() for line in raw]
        if stripped and COUNT_REGEXP.match(stripped[0]):
            stripped[0] = ""
        self._lines = [line for line in stripped if line]
        self._words: dict[int, dic_data.Word] = {}  # line position -> its entry, once parsed
        stems = [line.split("/", 1)[0] for line in self._lines]
        if context.ignore:
            stems = [stem.translate(context.ignore.tr) for stem in stems]
        # Any other line is read by read_dic itself (tags, escapes), all of them in one call
        # and in file order, as the full read meets them.
        odd = [pos for pos, line in enumerate(self._lines)
               if ":" in line or "\t" in line or "\\" in line or line[:1] == "/" or line.count("/") > 1]
        read = readers.read_dic(((0, self._lines[pos]) for pos in odd), aff=aff, context=context)
        for pos, word in zip(odd, read.words, strict=True):
            self._words[pos] = word
            stems[pos] = word.stem
        self._stems = stems
        # stem -> its last line, and the earlier lines of the few stems on several lines
        self._last = dict(zip(stems, range(len(stems))))
        self._earlier: dict[str, list[int]] = defaultdict(list)
        for pos in (p for p, stem in enumerate(stems) if self._last[stem] != p):
            self._earlier[stems[pos]].append(pos)
        self._homonyms: dict[str, list[dic_data.Word]] = {}
        self._lowercase: dict[str, list[int]] | None = None  # built on the first ALL-CAPS lookup
        self._lock = threading.Lock()

    def _parse(self, pos: int) -> dic_data.Word:
        word = self._words.get(pos)
        if word is None:
            # Line number 0: the count line, the one read_dic skips by number, is gone already.
            word = readers.read_dic(iter([(0, self._lines[pos])]), aff=self._aff, context=self._context).words[0]
            self._words[pos] = word
        return word

    def homonyms(self, stem: str, *, ignorecase: bool = False) -> list[dic_data.Word]:
        if ignorecase:
            positions = self._lowercase_index().get(stem, [])
            with self._lock:
                return [self._parse(p) for p in positions]
        found = self._homonyms.get(stem)
        if found is None:
            if stem not in self._last:
                return []
            with self._lock:  # lookups may come from several threads (a service's batches)
                positions = [*self._earlier.get(stem, ()), self._last[stem]]
                found = self._homonyms.setdefault(stem, [self._parse(p) for p in positions])
        return found

    def _lowercase_index(self) -> dict[str, list[int]]:
        """read_dic's lowercase index, with its quirk kept: a stem already in lower case is
        indexed under each of its letters (it passes the string where a list is meant)."""
        with self._lock:
            if self._lowercase is None:
                casing = self._aff.casing
                index: dict[str, list[int]] = defaultdict(list)
                for pos, stem in enumerate(self._stems):
                    for lower in (casing.lower(stem) if casing.guess(stem) != CapType.NO else stem):
                        index[lower].append(pos)
                self._lowercase = index
            return self._lowercase

    def __repr__(self) -> str:
        return f"LazyDic(... {len(self._lines)} entries ...)"


class LookupDictionary:
    """`spylls.hunspell.Dictionary.lookup` without reading the whole .dic first."""

    def __init__(self, path: str) -> None:
        aff, context = readers.read_aff(FileReader(path + ".aff"))
        self.aff = aff
        self.dic = LazyDic(path, aff, context)
        self._lookup = lookup.Lookup(aff, self.dic)
        self._stems_lower: frozenset[str] | None = None

    def lookup(self, word: str) -> bool:
        return self._lookup(word)

    def near(self, word: str) -> bool:
        """Whether a word one edit away from `word` (a letter dropped, added, changed, or two
        swapped; case ignored) is a stem of the dictionary, or one with a plural, -ed or -ing
        ending is: "Goverment" (government), "Studnts" (student). A cheap test, set lookups
        on the stems only, for whether an unknown word reads as a slip of a known one."""
        stems = self._lower_stems()
        lower = word.lower()
        for candidate in _edits(lower):
            if candidate in stems:
                return True
            for ending in ("s", "es", "ed", "ing"):
                if candidate.endswith(ending) and candidate[: -len(ending)] in stems:
                    return True
        return False

    def _lower_stems(self) -> frozenset[str]:
        if self._stems_lower is None:
            self._stems_lower = frozenset(stem.lower() for stem in self.dic._stems)
        return self._stems_lower


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    """Every string one edit away from `word` (Damerau: delete, swap, replace, insert)."""
    out = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])
            out.update(head + c + tail[1:] for c in _LETTERS)
        out.update(head + c + tail for c in _LETTERS)
    out.discard(word)
    return out
