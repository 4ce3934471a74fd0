"""Text analysis for claims and evidence: tokens, clauses, content words and typed mentions.

`analyse(text, lexicon)` turns a claim or a passage into what the heuristic verifier
compares:
- sentences, and clauses (split at punctuation and at "but", "while"...), each with its
  content-word stems and its polarity (an odd number of negations); a clause without a
  subject of its own ("..., and should not take more than 1,200 mg") or opening with a
  pronoun ("It rises about 22 km") borrows what it is about from the clause it goes with;
- mentions: quantities ("18 mg", "15 percent", "$2 million", "200 mg to 400 mg", "up to
  8 grams a day", "no more than 4 g in 24 hours"), years, dates ("March 2, 1991") and names
  (capitalised runs: "Zooey Deschanel", "Bank of America"), each with the content words of its
  clause as context, so the number of one clause is compared with the number of the clause
  that says the same thing in the evidence;
- comparison words ("more", "older"), matched against their opposites;
- identities: "Venus is the hottest planet" names the one thing a description fits.

A quantity is an interval in its unit: a value, or a range, or a bound, with the period of a
rate. `compare(claim, evidence, tolerance)` converts units (4,000 mg is 4 g, 212 °F is
100 °C) and says whether the claim's quantity is the evidence's, conflicts with it, or is
merely consistent with it ("800 mg a day" against "no more than 1,200 mg in 24 hours").

Only regular expressions and the lexicon: no model, about 20 µs per sentence.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import regex

from factlint.verify.languages import Lexicon

TOKEN = regex.compile(
    r"(?P<num>(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[^\W\d_]+)?"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*\d*)"
    r"|(?P<sym>[%$€£°])"
    r"|(?P<punct>[^\w\s])",
    regex.UNICODE,
)
CLAUSE_PUNCT = frozenset(",;:.!?—")
OPEN, CLOSE = frozenset("([{"), frozenset(")]}")
SENTENCE_END = frozenset(".!?")
CLAUSE_WORDS = frozenset({"but", "whereas", "while", "although", "though", "however", "because", "unlike", "then"})
ORDINAL = frozenset({"st", "nd", "rd", "th"})
#: A clause with fewer content words than this is read together with the one before it
#: ("..., not 18 mg." keeps the context of its sentence).
MIN_CLAUSE_WORDS = 2
#: The most a round figure may differ from what it rounds, as a share of the larger one.
ROUNDING_SHARE = 0.25
#: Verbs that tell a predicate from a noun phrase (English: other languages never match).
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "will", "remains", "became"})


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    kind: str  # num, word, sym, punct
    start: int
    end: int
    suffix: str = ""
    stem: str = ""
    content: bool = False
    clause: int = 0
    #: A negation that belongs to a bound ("no more than 4 g"), not to its clause's polarity.
    bound: bool = False


@dataclass(slots=True)
class Mention:
    kind: str  # number, year, date, name
    value: object  # float, int (year), (month, day), tuple of name words
    text: str
    start: int
    end: int
    clause: int
    unit: str | None = None
    approx: bool = False
    #: "<=" or ">=", a limit ("up to 5", "no more than 5", "at least 5"); "<" or ">", an open
    #: bound ("less than 5", "more than 5").
    bound: str | None = None
    negated: bool = False  # "not 18 mg"
    tokens: frozenset[str] = frozenset()  # stems of the mention itself, left out of its context
    #: The upper end of a range, in the mention's unit ("200 mg to 400 mg": value 200, high 400).
    high: float | None = None
    #: The period of a rate, in hours ("4 g a day", "4 g in 24 hours": 24).
    per: float | None = None
    #: Place value of the last digit written ("4,000": 1000, "1.8": 0.1, "22": 1); None: read
    #: it from `text`.
    precision: float | None = None
    #: The quantity as a reader would repeat it: "about 9 km", "up to 8 g a day".
    said: str = ""
    #: A limit's own value, said of the limit ("the upper intake level is 2,000 mg"), not a
    #: bound on something else ("take up to 200 mg"): a stricter one is not consistent, it is wrong.
    named_limit: bool = False
    #: The last year of a span ("1889" of "between 1887 and 1889"), whose first year carries it.
    span_end: bool = False
    #: Part of a strength ("120 mg in 5 ml", "100 mg/5 ml"): what a medicine holds, not a dose.
    strength: bool = False
    #: Said in a clause set in an earlier time ("Before 2009, the record was 9.69 s").
    earlier: bool = False
    #: An age ("aged 12 and over"): who a statement is about, not what it measures.
    age: bool = False
    #: An interval ("every 4 hours"): how often, not how long.
    interval: bool = False
    #: A frequency said without a figure ("every day", "weekly"): once in its period.
    implied: bool = False
    #: An average ("an average of 365.25 days", "5 days on average"): a quantity of its own.
    average: bool = False
    #: "start" or "end" for a year said of when something began or ended ("which began in
    #: 1918", "ended in AD 1220"): of a span of years, only its first or last year holds it.
    edge: str | None = None
    #: A name's place in its clause: the word before it, articles skipped ("by" in "directed
    #: by Matt Aselton"), or "" when it opens the clause.
    slot: str = ""
    #: For a name after a description, the preposition before it ("with" of "with the German
    #: physicist Karl Ferdinand Braun", whose slot is "physicist"): a second place it holds.
    outer: str = ""
    #: A person's name after an article and what the person is, opening the clause ("The
    #: astronomer Edmond Halley persuaded ..."): the clause's subject too, as well as in its slot.
    described: bool = False


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    stems: frozenset[str]
    negated: bool
    comparisons: frozenset[str]
    #: Content stems after a negated clause's negation: what it denies ("saw", "finished" of
    #: "... Utzon resigned in 1966 and never saw it finished").
    denied: frozenset[str] = frozenset()
    #: The first two of those, what it denies first ("fly" of "It cannot fly"); none when the
    #: negation ends its clause ("while sailing ships could not").
    denied_first: frozenset[str] = frozenset()
    #: Stems the clause is about without saying them: its sentence's first clause for a
    #: clause without a subject, the sentence before's subject for one opening with a pronoun.
    inherited: frozenset[str] = frozenset()
    sentence: int = 0
    #: What happened at the time the clause's last words date, told by the clause after it
    #: ("in 1337, | when Philip VI declared Gascony confiscated"): context of its dates only.
    told: frozenset[str] = frozenset()
    #: What a time set before the sentence's subject dates, said by the clause after it ("On
    #: 30 January 1948, | Gandhi was walking ..."): context of its dates only, and no subject
    #: of the clause's own (its names are the clause after's).
    dated: frozenset[str] = frozenset()
    #: Opened by a word that sets it in an earlier time ("Before Salvator Mundi, ...").
    earlier: bool = False


@dataclass(slots=True)
class Identity:
    """"X is the D" where D fits one thing only ("Venus is the hottest planet in the solar
    system", "The hottest planet is Venus"): `entity` X, `description` D's stems, `key` the
    word that makes D unique ("hottest")."""

    clause: int
    entity: tuple[str, ...]
    text: str
    description: frozenset[str]
    key: str
    #: Whether X is a name ("Venus") rather than a common noun ("the liver"); a name and a
    #: common noun are not rivals ("the company" may well be Apple).
    proper: bool = True


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    clauses: list[Clause]
    mentions: list[Mention]
    #: Content-word stems in order of first appearance, names' words included.
    stems: list[str] = field(default_factory=list)
    negated: bool = False
    #: Stems that count as held by the text without being part of its clauses (a title).
    extra: frozenset[str] = frozenset()
    #: (start, end) of each sentence.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    identities: list[Identity] = field(default_factory=list)
    #: Capitalised words in the form names are compared in, where it is not as said
    #: (Lexicon.name_word: «Ранцева» opening a sentence, no name mention, names «Ранцевой»).
    name_forms: frozenset[str] = frozenset()

    @functools.cached_property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems) | self.extra

    def context(self, mention: Mention) -> frozenset[str]:
        """Content stems around a mention: its clause and what the clause is about, minus the
        mention's own words."""
        clause = self.clauses[mention.clause]
        told = clause.told | clause.dated if mention.kind in ("year", "date", "decade") else frozenset()
        return (clause.stems | clause.inherited | told) - mention.tokens

    def near(self, mention: Mention, width: int = 3) -> tuple[frozenset[str], frozenset[str]]:
        """Content stems of the few words before and after a mention in its clause ("completed"
        of "was completed in 1929", "long" of "516 metres long"): of two mentions in one clause,
        the one whose neighbours the claim's shares is its counterpart."""
        inside = [k for k, t in enumerate(self.tokens) if mention.start <= t.start < mention.end]
        if not inside:
            return frozenset(), frozenset()
        clause = self.tokens[inside[0]].clause
        before = self.tokens[max(0, inside[0] - width):inside[0]]
        after = self.tokens[inside[-1] + 1:inside[-1] + 1 + width]
        return tuple(frozenset(t.stem for t in side if t.content and t.clause == clause) for side in (before, after))

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding the character at `offset` (the whole text if none does)."""
        return next(((s, e) for s, e in self.sentences if s <= offset < e), (0, len(self.text)))

    def sentence_at(self, offset: int) -> str:
        """The sentence holding the character at `offset`, as written."""
        start, end = self.sentence_span(offset)
        return self.text[start:end].strip()

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    @functools.cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(t.lower for t in self.tokens if t.kind in ("word", "num"))

    @functools.cached_property
    def word_string(self) -> str:
        """The words in order, lower case, space-separated and padded: for phrase lookups."""
        words = (t.lower[:-2] if t.lower.endswith("'s") else t.lower + t.suffix for t in self.tokens if t.kind in ("word", "num"))
        return " " + " ".join(words) + " "

    def has_name(self, words: tuple[str, ...]) -> bool:
        """Whether the text names `words`: as a phrase, or inside one of its names
        ("Kjelsberg" in "Betzy Kjelsberg"); a one-word name also as a plain word."""
        if f" {' '.join(words)} " in self.word_string or (len(words) == 1 and (words[0] in self.lowers or words[0] in self.name_forms)):
            return True
        wanted, key = set(words), "".join(words)
        return any(m.kind == "name" and (wanted <= set(m.value) or "".join(m.value) == key or aliases(words, m.value))
                   for m in self.mentions)


#: Names of one thing that share no words or initials: the short forms answers use for
#: countries and unions ("USSR" is not the initials of "Soviet Union"). Lower case, by group.
_ALIASES = (
    frozenset({"ussr", "soviet union", "the soviet union", "ссср", "советский союз"}),
    frozenset({"us", "usa", "united states", "united states of america", "america", "сша"}),
    frozenset({"uk", "united kingdom", "britain", "great britain", "великобритания"}),
    frozenset({"uae", "united arab emirates", "оаэ"}),
    frozenset({"eu", "european union", "ес", "евросоюз"}),
    frozenset({"un", "united nations", "оон"}),
    frozenset({"who", "world health organization", "воз"}),
    frozenset({"nasa", "national aeronautics and space administration"}),
    frozenset({"drc", "dr congo", "democratic republic of the congo"}),
    frozenset({"holland", "netherlands", "the netherlands"}),
    frozenset({"oscar", "oscars", "academy award", "academy awards", "оскар", "премия оскар"}),
    # (A Russian name is read by its words' dictionary forms: «на Олимпийских играх» is
    # «олимпийский», «на Олимпиаде» is «олимпиада».)
    frozenset({"olympics", "the olympics", "olympic games", "the olympic games", "олимпиада", "олимпийский",
               "олимпийский игра", "олимпийские игры"}),
)
_ALIAS_GROUP = {name: k for k, group in enumerate(_ALIASES) for name in group}


def aliases(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names are known short and long forms of one thing."""
    group = _ALIAS_GROUP.get(" ".join(a))
    return group is not None and group == _ALIAS_GROUP.get(" ".join(b))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _is_initial(tok: Token, lex: Lexicon) -> bool:
    """An initial or an abbreviation whose period does not end a sentence: "J. H. Williams",
    "St. Vitus Cathedral"."""
    return tok.kind == "word" and ((len(tok.text) == 1 and tok.text.isupper() and (lex.latin_initials or not tok.text.isascii())) or (
        (tok.text[0].isupper() or lex.lower_case_abbreviations) and tok.lower in lex.abbreviations)
        or (tok.lower in lex.number_signs and tok.bound))


def _is_capitalised(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[0].isupper()


def _only_ability(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the content words of `tokens` are verbs of being able or managing and nothing
    else («смогли», «удалось»)."""
    stems = {t.stem for t in tokens if t.content}
    return bool(stems) and stems <= lex.ability_stems


def tokenize(text: str, lex: Lexicon) -> list[Token]:
    tokens = []
    stop = lex.stop_words
    for m in TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "suffix" else "num"
        if m.group("num") is not None:
            kind = "num"
        surface = m.group()
        if kind == "num":
            tok = Token(m.group("num"), m.group("num"), "num", m.start(), m.end(), suffix=(m.group("suffix") or "").lower())
        else:
            lower = surface.lower().replace("’", "'")
            tok = Token(surface, lower, kind, m.start(), m.end())
            if kind == "word":
                base = lower[:-2] if lower.endswith("'s") else lower
                month = base in lex.months and (surface[0].isupper() or lex.lower_case_months) and base != "may"
                tok.content = not month and base not in stop and base not in lex.negations and not base.endswith(lex.negation_suffix)
                tok.stem = lex.word_stem(base) if tok.content else base
        tokens.append(tok)
    for tok, after in zip(tokens, tokens[1:]):
        if tok.lower in lex.minus_words and after.kind == "num":
            tok.content = False  # «минус 5»: the number's sign, said as a word
    if lex.half_prefixes:
        tokens = _halves(tokens, lex)
    return _decimal_comma(tokens, text) if lex.decimal_comma else tokens


def _halves(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """A half said as the prefix of its unit in one word («полгода», «получаса») as the
    number 0.5 and its unit: two tokens, each with its part of the word's offsets."""
    out = []
    for tok in tokens:
        prefix = next((p for p in lex.half_prefixes if tok.lower.startswith(p) and tok.lower[len(p):] in lex.half_units),
                      None) if tok.kind == "word" else None
        if prefix is None:
            out.append(tok)
            continue
        cut, unit = tok.start + len(prefix), tok.lower[len(prefix):]
        out.append(Token("0.5", "0.5", "num", tok.start, cut))
        out.append(Token(tok.text[len(prefix):], unit, "word", cut, tok.end, stem=lex.stem(unit), content=unit not in lex.stop_words))
    return out


#: What may group thousands where the comma is decimal: a space, a no-break or a thin space.
_GROUP_SPACE = frozenset({" ", "\u00a0", "\u2009", "\u202f"})


def _decimal_comma(tokens: list[Token], text: str) -> list[Token]:
    """Numbers written with a decimal comma and space-grouped thousands ("1,3 млн", "10 000",
    "2 500,5"), read into one token whose text is the number in the form `_number` reads
    ("1.3", "10000"); its offsets keep the text as written."""
    out: list[Token] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if (tok.kind == "num" and prev is not None and prev.kind == "num" and not prev.suffix and len(tok.text) == 3
                and tok.text.isdigit() and "." not in prev.text and len(prev.text.replace(",", "")) <= 3 + 4 * prev.text.count("|")
                and text[prev.end:tok.start] in _GROUP_SPACE):
            # "10 000": one number (prev.text holds "|" between the groups already merged)
            out[-1] = Token(prev.text + "|" + tok.text, prev.lower, "num", prev.start, tok.end, suffix=tok.suffix)
            continue
        if (tok.kind == "num" and tok.text.isdigit() and len(out) >= 2 and prev.text == "," and prev.start == out[-2].end
                and tok.start == prev.end and out[-2].kind == "num" and not out[-2].suffix and "," not in out[-2].text):
            # "1,3", "500,5": the comma between digits is the decimal one
            whole = out[-2]
            del out[-1]
            out[-1] = Token(whole.text + "," + tok.text, whole.lower, "num", whole.start, tok.end, suffix=tok.suffix)
            continue
        out.append(tok)
    for k, tok in enumerate(out):
        if tok.kind == "num":
            digits = tok.text.replace("|", "")
            if "," in digits and digits.count(",") == 1:
                digits = digits.replace(",", ".")  # "1,3": one and three tenths
            tok.text = tok.lower = digits
    return out


def _is_negation(tok: Token, lex: Lexicon) -> bool:
    return tok.kind == "word" and is_negation_word(tok.lower, lex)


def is_negation_word(lower: str, lex: Lexicon) -> bool:
    """A word that turns its clause's polarity: "not", "never", "doesn't"."""
    return lower in lex.negations or lower.endswith(lex.negation_suffix)


def _list_tail(g: list[Token], k: int, groups: list[list[Token]], before: list[int], new_sentence: list[bool],
               apart: set[int], lex: Lexicon) -> bool:
    """Whether group `k` is the last two items of a list of words the clause before it opened
    ("the rungs should not be bent, | loose or missing"): two lower-case words after a comma,
    joined by "and" or "or", neither a verb nor a figure. It is read with that clause, so the
    clause's denial covers them too. (Longer groups may be clauses of their own: "use a hot
    water bottle, | rub their arms and legs".) So are the last names of a list of names
    (`_names_listed`)."""
    if new_sentence[k] or k in apart or before[k] < 0:
        return False
    if _names_listed(g, groups[before[k]], lex):
        return True
    if len(g) != 3:
        return False
    if g[1].lower not in lex.and_words | {lex.choice_word}:
        return False
    if g[0].lower in lex.articles | lex.prepositions | lex.pronouns | lex.conjunctions:
        return False
    return all(t.kind == "word" and not t.text[:1].isupper() and t.lower not in _AUXILIARIES
               and t.lower not in lex.copulas and t.lower not in lex.finite_verbs for t in g)


def _names_listed(g: list[Token], previous: list[Token], lex: Lexicon) -> bool:
    """Whether `g` only goes on with a list of names the group before it ended with ("33 sites
    in China, | Kazakhstan and Kyrgyzstan"): capitalised words joined by one "and" or "or",
    after a group whose last word is a name, not one after "of" (there the names are more
    often what the words before "of" are). (Read alone, the last two would be a clause with
    no word in common with the first's, and their place in the list would read as a rival.)"""
    if len(g) < 3 or not previous or not _is_capitalised(previous[-1]) or len(previous) < 2:
        return False
    if previous[-2].lower in lex.partitives:
        return False  # "the two largest moons of Uranus, | Titania and Oberon": the moons, not more of Uranus
    joins = [t for t in g if t.lower in lex.and_words | {lex.choice_word}]
    return (len(joins) == 1 and _is_capitalised(g[0]) and _is_capitalised(g[-1])
            and all(t in joins or (t.kind == "word" and _is_capitalised(t)) for t in g))


#: How far into a clause opened by an "until" word (`Lexicon.until_openers`) its negation
#: may stand and still say "until" («пока в марте 1774 года их не разбил»).
UNTIL_REACH = 8


def _phrase_opens(words: list[str], k: int, phrases) -> bool:
    """Whether one of `phrases` (word tuples) opens at `words[k]`."""
    return any(tuple(words[k:k + len(phrase)]) == phrase for phrase in phrases)


def _same_year_at(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a `same_year_phrases` phrase opens at token `i`, or after a preposition there
    ("and in the same year")."""
    words = [t.lower for t in tokens[i:i + 5]]
    return _phrase_opens(words, 0, lex.same_year_phrases) or (
        bool(words) and words[0] in lex.prepositions and _phrase_opens(words, 1, lex.same_year_phrases))


def _clauses(tokens: list[Token], lex: Lexicon) -> list[Clause]:
    """Assign each token a clause index and return the clauses.

    A fragment with too few content words ("..., not 18 mg") joins the clause before it in
    the same sentence, so its numbers keep their context; the clause's polarity stays that
    of its main part (the fragment's own negation is kept on its mentions).
    """
    # A parenthesis is a clause of its own, and the clause around it goes on after it:
    # "Boston College (also BC) is a university located in Chestnut Hill" keeps its subject.
    groups: list[list[Token]] = [[]]
    new_sentence = [True]  # whether each group starts a sentence
    before = [-1]  # the group each one follows in the text (parentheses skipped)
    current = 0
    outer: list[int] = []

    def start(sentence: bool) -> int:
        if not groups[current]:
            new_sentence[current] = new_sentence[current] or sentence
            return current
        groups.append([])
        new_sentence.append(sentence)
        before.append(-1 if sentence else current)
        return len(groups) - 1

    previous = None
    firm: set[int] = set()  # groups never read into a neighbour
    after_semicolon: set[int] = set()  # groups a semicolon opens: clauses of their own, no appositions
    after_dash: set[int] = set()  # groups a dash opens, where the language tells its verbs (`finite_verbs`)
    for i, tok in enumerate(tokens):
        initial = tok.text == "." and previous is not None and _is_initial(previous, lex)
        previous = tok
        if initial:
            continue  # "J. H. Williams", "Neil N. LaBute": an initial, not the end of a sentence
        if tok.kind == "punct":
            if tok.text in OPEN:
                outer.append(current)
                current = start(False)
                continue
            if tok.text in CLOSE:
                if outer:
                    current = outer.pop()
                continue
            if (tok.text in CLAUSE_PUNCT and tok.lower in lex.copulas and new_sentence[current]
                    and 0 < len(groups[current]) <= 4 and not outer):
                # «Юрий Гагарин — первый человек в космосе»: a dash the language takes for "is",
                # after a short subject opening the sentence, joins it to what it is.
                groups[current].append(tok)
                continue
            if (tok.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in lex.series_negations
                    and any(t.lower == tokens[i + 1].lower for t in groups[current])):
                # «цикл не был ни издан, ни исполнен публично»: one clause, denied once.
                groups[current].append(tok)
                continue
            if tok.text in CLAUSE_PUNCT:
                if tok.text in SENTENCE_END:
                    outer.clear()
                current = start(tok.text in SENTENCE_END)
                if tok.text == ";":
                    after_semicolon.add(current)
                if tok.text == "—" and lex.finite_verbs:
                    after_dash.add(current)
                continue
        # "and" before a second verb starts a predicate of its own: "It opened in January 2012
        # | and was designed by the firm Skidmore" (the firm is not what opened in 2012).
        coordinated = tok.lower == "and" and i + 1 < len(tokens) and tokens[i + 1].lower in _AUXILIARIES
        # So does "and not" before a verb, after a predicate that denies nothing: «держите руки
        # перед грудью | и не держите их в карманах» says two things, one of them denied.
        coordinated = coordinated or (
            tok.lower in lex.and_words and i + 2 < len(tokens) and tokens[i + 1].lower == lex.negation_word
            and not (i and tokens[i - 1].lower in lex.and_not_idioms)  # «так и не напечатали»: "never"
            and tokens[i + 2].kind == "word" and (tokens[i + 2].lower in lex.finite_verbs or tokens[i + 2].lower in lex.instructions)
            and not any(_is_negation(t, lex) for t in groups[current]))
        # So does "and" before "the same year": «вернулся в Россию в 1848 году | и в том же году
        # получил должность цензора» dates two events, each with its own words.
        coordinated = coordinated or (tok.lower in lex.and_words and _same_year_at(tokens, i + 1, lex))
        # ("nobody then knew", "he then moved": "then" after its clause's subject goes on with it.)
        adverb = tok.lower == "then" and i > 0 and tokens[i - 1].lower in lex.pronouns | lex.negations | lex.relatives
        if tok.kind == "word" and (tok.lower in CLAUSE_WORDS and not adverb or coordinated) and groups[current]:
            if coordinated:
                firm.add(current)  # both predicates stay clauses, however short
            current = start(False)
            if coordinated:
                firm.add(current)
        groups[current].append(tok)
    merged: list[tuple[list[Token], list[Token]]] = []  # (all tokens, main part)
    after_word = {id(tokens[i]) for i in range(1, len(tokens)) if tokens[i - 1].kind == "word"}
    into: dict[int, int] = {}  # group index -> merged clause index
    leading: list[Token] = []  # a fragment opening a sentence ("In 2008,") joins the next clause
    carry_until = -1  # groups before this one join `leading` (a split opening, below)
    circumstance = False  # whether `leading` holds a gerund's phrase (below)
    for k, g in enumerate(groups):
        if not g:
            continue
        tiny = sum(t.content for t in g) < MIN_CLAUSE_WORDS and k not in firm
        # "about 22 months, | the longest pregnancy of any mammal": a noun phrase after a comma
        # describes the clause before it, so it is read with it (its figures keep the words).
        # One with a figure of its own ("the longest span until 1964") is a statement of its own.
        # (Not after a semicolon: "...; the National Geographic Society backed him" is a clause.)
        apposition = (not new_sentence[k] and g[0].lower in lex.articles and k not in firm and k not in after_semicolon
                      and not any(t.lower in _AUXILIARIES or t.lower in lex.copulas or t.kind == "num" for t in g))
        # «получили графен — слой углерода толщиной всего в один атом»: a noun phrase after a
        # dash, with no verb of its own, says what the word before it is (not a phrase that
        # opens with a preposition: «прожил там много лет — до начала войны» adds a time).
        apposition = apposition or (k in after_dash and k not in firm and g[0].lower not in lex.prepositions and not any(
            t.lower in lex.copulas or t.kind == "num" or (t.kind == "word" and t.lower in lex.finite_verbs) for t in g))
        # "For most healthy adults, | up to 400 mg ... a day", "Measured from the sea floor, |
        # Mauna Kea is ...": a phrase that opens a sentence with a preposition or a participle,
        # and has no verb, is read with the clause after it.
        # (A participle is told from a name ending alike, "Fleming published", by what follows it.)
        # ("About a month later, | on 6 January 1968, | Norman Shumway performed ...": a time
        # after which the sentence's event came opens it too.)
        opener = g[0].lower in lex.prepositions or (len(g) > 1 and g[-1].lower in lex.sequel_words) or (
            g[0].kind == "word" and len(g) > 1 and g[0].lower.endswith(lex.participle_endings)
            and (g[1].lower in lex.prepositions or g[1].lower in lex.articles))
        scene = (new_sentence[k] and opener and k not in firm and k + 1 < len(groups)
                 and not new_sentence[k + 1] and not any(t.lower in _AUXILIARIES or t.lower in lex.copulas
                                                         or (t.kind == "word" and t.lower in lex.finite_verbs) for t in g))
        # A participle opener with a figure of its own ("Formed in Liverpool in 1960, | the
        # Beatles broke up in 1970") states that figure: its words are not the next clause's.
        stated = (opener and g[0].lower not in lex.prepositions and new_sentence[k]
                  and any(t.kind == "num" for t in g))
        if stated:
            scene, tiny = False, False
        # "He died in 1852, | and a century later his remains were moved": a short statement
        # about "he" or "it" with a figure of its own, before a clause joined by "and" or
        # "but", is a clause of its own: its figure is not the next clause's.
        # So is a short denial: "It cannot fly, | but it is the fastest bird on land".
        if (tiny and g[0].lower in lex.pronouns and any(t.kind == "num" or _is_negation(t, lex) for t in g) and k + 1 < len(groups)
                and groups[k + 1] and groups[k + 1][0].lower in lex.conjunctions and not new_sentence[k + 1]):
            tiny = False
        # "He was offered the prize, | but he did not accept it": a conjunction and a pronoun
        # subject open a statement of their own, and its denial is not the clause before's.
        if (tiny and not new_sentence[k] and len(g) > 2 and g[0].lower in lex.conjunctions
                and g[1].lower in lex.subject_pronouns and any(_is_negation(t, lex) for t in g)):
            tiny = False
        tiny = tiny or apposition or _list_tail(g, k, groups, before, new_sentence, firm | after_semicolon | after_dash, lex)
        if k < carry_until:
            leading.extend(g)  # the rest of a clause's split opening (below)
            continue
        if (tiny and not new_sentence[k] and lex.split_subject_openers and g[0].lower in lex.split_subject_openers
                and not leading):
            # «..., а Спасский позже, в 1992 году, проиграл ему ...»: a conjunction and a subject
            # cut off from their verb by a phrase between commas open the clause of that verb,
            # and so does the phrase (its year is when he lost, not of the clause before).
            j = k + 1
            while (j < len(groups) and groups[j] and not new_sentence[j] and j not in firm
                   and sum(t.content for t in groups[j]) < MIN_CLAUSE_WORDS):
                j += 1
            if (j < len(groups) and groups[j] and not new_sentence[j] and groups[j][0].kind == "word"
                    and groups[j][0].lower in lex.finite_verbs):
                leading, carry_until = list(g), j
                continue
        if (tiny and not new_sentence[k] and lex.split_subject_openers and g[0].lower in lex.split_subject_openers
                and any(t.kind == "num" for t in g)
                and not leading and k + 1 < len(groups) and k + 1 in after_dash and groups[k + 1] and not new_sentence[k + 1]):
            # «сначала в Херсоне, | а с 1906 года | — в петербургском театре»: a conjunction and a
            # time before a dash that stands for the verb left out open that elliptic clause,
            # whose time it is (not the clause before's). (Only with a figure: «..., а «Мирным» —
            # Юрий Лисянский» names what the verb before, «командовал», is said of.)
            leading = list(g)
            continue
        target = into.get(before[k], -1)
        if leading and new_sentence[k]:
            merged.append((leading, leading))  # the sentence had nothing after it
            leading = []
        if tiny and target >= 0:
            merged[target][0].extend(g)
        elif (tiny or scene) and new_sentence[k] and k + 1 < len(groups) and not new_sentence[k + 1]:
            leading = list(g)
            continue
        elif (leading and not new_sentence[k] and k + 1 < len(groups) and groups[k + 1] and not new_sentence[k + 1]
              and (leading[0].lower in lex.prepositions or leading[-1].lower in lex.sequel_words
                   or sum(t.content for t in leading) < MIN_CLAUSE_WORDS)
              and (g[0].lower in lex.prepositions or g[0].kind == "num") and k not in firm and not any(
                  t.lower in _AUXILIARIES or t.lower in lex.copulas or (t.kind == "word" and t.lower in lex.finite_verbs) for t in g)):
            # "About a month later, | on 6 January 1968, | Norman Shumway performed ...": a
            # second phrase of the opening, with no verb, goes on with it to the main clause.
            leading.extend(g)
            continue
        elif (leading and not new_sentence[k] and k + 1 < len(groups) and groups[k + 1] and not new_sentence[k + 1]
              and (_opens_with_gerund(g, lex) or (circumstance and (tiny or g[0].lower.endswith(lex.participle_endings))))):
            # «В 1802 году, | сближая два кусочка угля, | подключённых к батарее, | Петров получил
            # дугу»: a gerund's phrase after a sentence's opening tells how the main verb's action
            # was done, and it, the opening and what describes it go on to that verb's clause,
            # whose year the opening gives.
            leading.extend(g)
            circumstance = True
            continue
        else:
            target = len(merged)
            merged.append((leading + g, list(g)))
            leading = []
            circumstance = False
        into[k] = target
    if leading:
        merged.append((leading, leading))
    clauses = []
    for i, (g, main) in enumerate(merged):
        for t in g:
            t.clause = i
        # ("did not start a crossword until February 1942" says when it started: no denial.)
        # (A denying word capitalised inside its clause is part of a name: "This Salon des
        # Refuses opened in May 1863" denies nothing.)
        negations = [k for k, t in enumerate(main) if _is_negation(t, lex) and not t.bound
                     and not (t.text[:1].isupper() and id(t) in after_word)
                     and not any(u.lower in lex.until_words for u in main[k + 1:])]
        # ("The campaign failed when Congress approved the dam", "The cable failed after three
        # weeks": a failure said with when it came denies nothing; "The siege failed in April"
        # still denies the siege.)
        negations = [k for k in negations if not (main[k].lower in lex.dated_failures and k + 1 < len(main)
                                                  and main[k + 1].lower in lex.failure_times)]
        if lex.not_only:
            # «самая высокая гора не только Алтая, но и всей Сибири»: "not only", no denial;
            # nor «не считая дня покупки», "not counting".
            negations = [k for k in negations if not (k + 1 < len(main) and main[k + 1].lower in lex.not_only)]
        if lex.until_openers and main[0].lower in lex.until_openers:
            # «..., пока её не обогнала телебашня в Торонто»: "until" something happened, with
            # the negation Russian puts before a perfective verb there; it denies nothing, with
            # a time or an object between («пока в марте 1774 года их не разбил Голицын»).
            negations = [k for k in negations if not (k <= UNTIL_REACH and k + 1 < len(main) and lex.perfective(main[k + 1].lower))]
        if lex.repeated_negation_after:
            # «место укуса не разрезайте и не прижигайте»: a negation after "and" repeats the one
            # before it for the next verb; the clause is denied once, not twice.
            negations = [k for n, k in enumerate(negations) if not (n and main[k - 1].lower in lex.repeated_negation_after)]
        if any(main[k].lower not in lex.concord_negations for k in negations):
            # «Он никогда не был в Москве»: words that agree with a plain negation add none.
            negations = [k for k in negations if main[k].lower not in lex.concord_negations]
        # «а упавшие вещи, | даже телефон, | поднимать нельзя»: a clause whose short tail, read
        # with it, ends by forbidding, is denied as a whole (the tail is no part of `main`).
        last = next((k for k, t in enumerate(g) if t is main[-1]), None) if main else None
        tail = [t.lower for t in g[last + 1:] if t.kind == "word"] if last is not None else []
        # (Not a relative clause: «Перезванивать на номер, с которого поступил звонок, нельзя»
        # forbids calling back, not the call; `_closing_denials` reads it so.)
        closing = int(bool(lex.closing_denials) and bool(tail) and any(" ".join(tail[-n:]) in lex.closing_denials for n in (1, 2))
                      and not any(t.lower in lex.relatives for t in main[:2]))
        # (A capitalised adjective of a place says the place too: «Московский университет»
        # is of Москва, Lexicon.place_words.)
        places = frozenset(lex.stem(f) for t in g if t.kind == "word" and t.content and lex.inflected_names
                           and _is_capitalised(t) for f in lex.place_words(t.lower))
        # (And an abbreviation says the words it stands for: «СССР объявил архипелаг своей
        # территорией» is said of «Советский Союз», Lexicon.expansions.)
        places |= frozenset(lex.stem(w) for t in g if t.kind == "word" for w in lex.expansions.get(t.lower, ()))
        clauses.append(Clause(
            start=g[0].start, end=g[-1].end,
            stems=frozenset(t.stem for t in g if t.content) | places,
            negated=(len(negations) + closing) % 2 == 1,
            # ("would not, according to one estimate, result in ...": a negation that ends its
            # clause denies the whole clause; "found nowhere else" denies no word of it.)
            # (Nor does one that denies only being able: «Взять Орешек так и не смогли».)
            denied=(frozenset(t.stem for t in main[negations[0] + 1:] if t.content)
                    if main[negations[0] + 1:] and not _only_ability(main[negations[0] + 1:], lex)
                    else frozenset(t.stem for t in main if t.content)) if negations
                   else frozenset(t.stem for t in main if t.content) if closing else frozenset(),
            denied_first=frozenset(t.stem for t in [t for t in main[negations[0] + 1:] if t.content][:2]) if negations else frozenset(),
            comparisons=frozenset(t.lower for t in g if t.kind == "word" and t.lower in lex.comparisons),
            # ("Before becoming a writer, Cervantes was a soldier": a step in one life, which
            # the evidence tells without "before"; "Before 2009, the record was ..." held then.)
            earlier=_opens_earlier(g, lex),
        ))
    return clauses


def _opens_earlier(g: list[Token], lex: Lexicon) -> bool:
    """Whether a group of words opens with a word that sets it in an earlier time, perhaps
    after a word that leads it in ("Long before", «Ещё до»), and not with a step of one life
    ("Before becoming a writer")."""
    k = 1 if len(g) > 1 and g[0].lower in lex.earlier_leads else 0
    return g[k].lower in lex.earlier and not (len(g) > k + 1 and g[k + 1].lower.endswith("ing"))


def _unit_after(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int]:
    """The unit after a number at tokens[j-1]: (canonical unit, tokens used)."""
    if j < len(tokens):
        t = tokens[j]
        if (t.text == "-" and 0 < j and j + 1 < len(tokens) and tokens[j - 1].end == t.start == tokens[j + 1].start - 1
                and tokens[j + 1].kind == "word" and tokens[j + 1].lower in lex.units):
            return lex.units[tokens[j + 1].lower], 2  # "a 50.45-kilometre tunnel", "a 10-mile walk"
        if j + 1 < len(tokens) and f"{t.lower} {tokens[j + 1].lower}" in lex.units:
            return lex.units[f"{t.lower} {tokens[j + 1].lower}"], 2
        # "96 m tall": metres; "$5 m" is money, and left as written.
        metres = t.text == "m" and t.kind == "word" and not (j >= 2 and tokens[j - 2].kind == "sym" and tokens[j - 2].text in lex.units)
        if (t.lower in lex.units and t.kind in ("word", "sym")) or metres:
            unit = "m" if metres else lex.units[t.lower]
            power = tokens[j + 1] if j + 1 < len(tokens) else None
            if power is not None and power.text in ("²", "³") and power.start == t.end:
                # "km²" is an area, "m³" a volume: no longer the length "km" converts with.
                return unit + power.text, 2
            return unit, 1
        if t.kind == "word" and t.content and lex.past_endings and (
                (t.lower.endswith(lex.past_endings) and len(t.lower) > 3) or t.lower in lex.irregular_forms):
            return None, 0  # a verb: "the four fell to their deaths" counts no falls
        if t.kind == "word" and t.content:
            # («двенадцать гранитных атлантов»: the noun after the adjectives, where a
            # dictionary tells them.)
            k = j
            while (k + 1 < len(tokens) and k < j + 2 and lex.attributive(tokens[k].lower) and tokens[k + 1].kind == "word"
                   and tokens[k + 1].content):
                k += 1
            if (k == j and not lex.genitive_names and k + 1 < len(tokens) and _counted_noun(tokens[k + 1])
                    and tokens[k].text.islower() and (t.lower.endswith(_ADJECTIVE_ENDINGS) or t.lower in _PLAIN_ADJECTIVES)):
                # "8 loyal men", "3 largest cities": an adjective before a plural noun describes
                # what is counted (not a noun that says what kind: "two relay golds").
                k += 1
            elif k == j and not lex.genitive_names:
                # ("4,000 interlocking basalt columns": a participle that describes, and a noun of
                # what they are made of, before the plural noun counted.)
                k = _counted_after_modifiers(tokens, j)
            if k > j and tokens[k].lower in lex.units:
                # («три последних года», «два полных месяца»: a unit after the adjectives.)
                return lex.units[tokens[k].lower], k - j + 1
            return "~" + tokens[k].stem, 0  # a counted noun ("8 members"): compare with the same noun only
    return None, 0


#: Words an ordinal dates by: left to coverage, not compared as places in a series.
_CENTURY_WORDS = frozenset({"century", "centuries", "millennium", "millennia"})

#: Endings of English adjectives ("loyal", "famous", "largest", "active", "historic").
_ADJECTIVE_ENDINGS = ("al", "ful", "ous", "ive", "ic", "able", "ible", "less", "ish", "est", "ern")
#: And common ones without such an ending ("3 long years", "two new schools").
_PLAIN_ADJECTIVES = frozenset({"long", "short", "new", "old", "young", "small", "large", "big", "great", "main", "full",
                               "whole", "separate", "different", "brave", "loyal"})


def _counted_after_modifiers(tokens: list[Token], j: int) -> int:
    """The index of the plural noun that an "-ing" word at tokens[j], and at most one word in
    lower case after it, describe ("interlocking basalt columns"); j where there is none."""
    if not tokens[j].lower.endswith("ing") or not tokens[j].text.islower():
        return j
    for k in (j + 1, j + 2):
        if k >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.islower():
            return j
        if _counted_noun(tokens[k]):
            return k
    return j


def _counted_noun(tok: Token) -> bool:
    """Whether the word after a 4-digit number makes it a count ("2000 soldiers"), not a year."""
    return tok.kind == "word" and tok.text.islower() and (tok.lower.endswith("s") or tok.lower in ("people", "men", "women", "children"))


def _precision(digits: str) -> float:
    """Place value of the last digit written: "4,000" -> 1000, "1.8" -> 0.1, "22" -> 1."""
    digits = digits.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10.0 ** zeros if zeros < len(digits) else 1.0


def _lone_time(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a lone word for "time" (`Lexicon.lone_times`) is once in a short period right after
    it: «раз в месяц», «раза в 6 месяцев» (no number, adjective or adverb before it, and a
    period of at most ten years, not a year: «ещё раз в 1961 году»)."""
    before = tokens[i - 1] if i else None
    bound = before is not None and (before.lower in lex.bounds or (i > 1 and f"{tokens[i - 2].lower} {before.lower}" in lex.bounds))
    if before is not None and before.clause == tokens[i].clause and before.kind in ("word", "num") and not bound and (
            before.kind == "num" or before.lower in lex.number_words or before.content):
        return False  # («не реже раза в 6 месяцев»: a bound before it is its own)
    hours, said, used = _period_after(tokens, i, i + 1, lex)
    return hours is not None and bool(used) and used[0] == i + 1 and hours <= 87660 and not any(
        tokens[x].kind == "num" and _number(tokens[x].text) > 100 for x in used)


def _read_number(tokens: list[Token], i: int, lex: Lexicon) -> tuple[float, float, int] | None:
    """The number at tokens[i], with the scale word after it ("150 million", "four"):
    (value, precision, index after it), or None when tokens[i] is not a number."""
    tok = tokens[i]
    if tok.kind == "num":
        value, precision = _number(tok.text), _precision(tok.text)
        if _minus_before(tokens, i) or (i > 0 and tokens[i - 1].lower in lex.minus_words):
            value = -value  # "−273.15 °C", «минус 5 градусов»
    elif tok.kind == "word" and tok.lower in lex.number_words and tok.lower not in ("once", "half"):
        value, precision = float(lex.number_words[tok.lower]), 1.0
        small = _words_under_hundred(tokens, i, lex)
        if small is not None:
            value, i = float(small[0]), small[1] - 1
        elif lex.spaced_compounds and 100 <= value < 1000 and value % 100 == 0:
            # «сто восемьдесят» is 180, written with spaces, not 100 and 80.
            rest = _words_under_hundred(tokens, i + 1, lex)
            if rest is not None and not _hundreds_after(tokens, rest[1], lex):
                value, i = value + rest[0], rest[1] - 1
    elif tok.kind == "word" and tok.lower in lex.frequency_words and _period_after(tokens, i, i + 1, lex)[0] is not None:
        return float(lex.frequency_words[tok.lower]), 1.0, i + 1  # "twice a day"; "once" alone is "formerly"
    elif tok.kind == "word" and tok.lower in lex.lone_times and _lone_time(tokens, i, lex):
        return 1.0, 1.0, i  # «раз в месяц»: once, and the word is its unit
    elif (tok.kind == "word" and tok.lower in lex.articles and tok.lower not in lex.definite and i > 0
          and tokens[i - 1].lower in lex.approximators and i + 1 < len(tokens)
          and CONVERSIONS.get(lex.units.get(tokens[i + 1].lower, ""), ("time",))[0] != "time"):
        return 1.0, 1.0, i + 1  # "about a centimetre": one, of a measure (not "about a year", a period)
    elif (tok.kind == "word" and tok.lower in lex.articles and tok.lower not in lex.definite and i + 2 < len(tokens)
          and tokens[i + 1].lower in lex.single_words and tokens[i + 2].lower in lex.units):
        return 1.0, 1.0, i + 2  # "for only a single day": one day
    else:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].kind == "word" and tokens[j].lower in lex.scales:
        scale = lex.scales[tokens[j].lower]
        if tok.kind == "word" and scale == 100 and value < 10:
            # "one hundred and eighty" is 180, not 100 and 80 ("and" may be left out).
            k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].lower == "and" else j + 1
            rest = _words_under_hundred(tokens, k, lex)
            if rest is not None and not _hundreds_after(tokens, rest[1], lex):
                value, end = value * scale + rest[0], rest[1]
                if end < len(tokens) and tokens[end].kind == "word" and tokens[end].lower in lex.scales:
                    larger = lex.scales[tokens[end].lower]  # "one hundred and twenty thousand"
                    return value * larger, precision * larger, end + 1
                return value, precision, end
        return value * scale, precision * scale, j + 1
    if tok.kind == "word" and tok.lower == "one" and not _counted_one(tokens, i, lex):
        return None  # "one of the best": not a quantity
    return value, precision, j


def _words_under_hundred(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A number under a hundred said in words at tokens[i]: a word of its own ("eighteen",
    «семь») or tens and units ("fifty-seven", «двадцать пять», which Russian writes with a
    space): (value, index after it), or None."""
    if i >= len(tokens) or tokens[i].kind != "word" or tokens[i].lower in ("once", "half"):
        return None
    tens = lex.number_words.get(tokens[i].lower)
    if tens is None or not 1 <= tens < 100 or tens != int(tens):
        return None
    if tens >= 20 and tens % 10 == 0:
        if (i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 1].start == tokens[i].end
                and tokens[i + 2].start == tokens[i + 1].end and 1 <= lex.number_words.get(tokens[i + 2].lower, 0) <= 9):
            return int(tens + lex.number_words[tokens[i + 2].lower]), i + 3  # "Fifty-seven", not fifty to seven
        if (lex.spaced_compounds and i + 1 < len(tokens) and tokens[i + 1].kind == "word"
                and 1 <= lex.number_words.get(tokens[i + 1].lower, 0) <= 9):
            return int(tens + lex.number_words[tokens[i + 1].lower]), i + 2
    return int(tens), i + 1


def _hundreds_after(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether tokens[i] says hundreds ("hundred", «сотни»): the number words before it count
    hundreds of their own ("between one hundred and two hundred"), no part of the number before.
    (A larger scale takes the whole: «сто двадцать тысяч» is 120 thousand.)"""
    return i < len(tokens) and tokens[i].kind == "word" and lex.scales.get(tokens[i].lower, 1e3) <= 100


#: Units that are money: "$5", and "one dollar" is a figure where "one" alone is none.
CURRENCIES = frozenset({"$", "€", "£"})


def _counted_one(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the "one" at tokens[i] counts: a word of `lex.counted_one` says so right before
    it ("Only one of his pianos survives"), unless "the" comes first ("the only one"), or a
    currency follows it ("cost one dollar"; not another unit: "a change of one kelvin" is the
    size of a degree, "one day he left" no figure at all)."""
    if i + 1 < len(tokens) and lex.units.get(tokens[i + 1].lower) in CURRENCIES:
        return True
    return (i > 0 and tokens[i - 1].lower in lex.counted_one
            and not (i > 1 and tokens[i - 2].lower in lex.definite))


def _words_before(tokens: list[Token], k: int, limit: int = 8) -> list[int]:
    """Indexes of the words right before tokens[k], nearest first, up to punctuation."""
    out = []
    m = k - 1
    while m >= 0 and len(out) < limit and tokens[m].kind == "word":
        out.append(m)
        m -= 1
    return out


def _words_after(tokens: list[Token], k: int, limit: int = 8) -> list[int]:
    """Indexes of tokens[k] and the words after it, nearest first, up to punctuation."""
    out = []
    while k < len(tokens) and len(out) < limit and tokens[k].kind == "word":
        out.append(k)
        k += 1
    return out


def _minus_before(tokens: list[Token], i: int) -> bool:
    """A minus sign (U+2212, the typographic one) right before a number, not between two
    ("−40 °C", "about −460 °F"); a hyphen stays a range's dash ("200-400")."""
    if i > 0 and tokens[i - 1].text == "-" and tokens[i - 1].end == tokens[i].start:
        # A hyphen as the minus sign, set off before and after no figure: "at -269 °C" (not
        # "200-400", "COVID-19", nor "10 -20").
        return i < 2 or (tokens[i - 2].end < tokens[i - 1].start and tokens[i - 2].kind != "num")
    return (i > 0 and tokens[i - 1].text == "−" and tokens[i - 1].end == tokens[i].start
            and (i < 2 or tokens[i - 2].kind != "num"))


def _currency_before(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Where the quantity at tokens[i] starts: at a currency symbol or a minus sign right
    before it ("$5", "−40")."""
    if _minus_before(tokens, i):
        return i - 1
    return i - 1 if i > 0 and tokens[i - 1].kind == "sym" and tokens[i - 1].text in lex.units else i


def _bound_before(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str | None, int, str, list[int]]:
    """The bound said before the number at tokens[i]: (kind, index of its first word, how to
    say it, the negations it takes up). A negation up to two words before an open bound
    makes it the opposite limit: "should not take more than 1,200 mg" -> ("<=", ...)."""
    k = _currency_before(tokens, i, lex)
    words = _words_before(tokens, k)
    if len(words) > 1 and tokens[words[0]].lower in lex.approximators and tokens[words[1]].lower not in lex.approximators:
        # "up to about 18 metres": the bound is said before the hedge.
        hedged = _bound_before_words(tokens, words[1:], k, lex)
        if hedged[0] is not None and hedged[2] not in lex.hedged_spans:
            return hedged
        if hedged[0] is not None:
            return None, k, "", []  # "ripen over about 9 months": the time it takes, not a bound
    found = _bound_before_words(tokens, words, k, lex)
    # A verb of limit, then whom it binds, then the figure: «не должна превышать для каждого
    # работника 4 часов» (a phrase of up to three words, opened by a preposition).
    opener = next((x for x, w in enumerate(words[:3]) if tokens[w].lower in lex.prepositions and x > 0), None)
    if found[0] is None and opener is not None:
        bound = _bound_before_words(tokens, words[opener + 1:], k, lex)
        if bound[0] in ("<=", ">="):
            return bound
    return found


def _bound_before_words(tokens: list[Token], words: list[int], k: int, lex: Lexicon) -> tuple[str | None, int, str, list[int]]:
    """The bound said by the words before a number (nearest first); `k`, where the number starts."""
    for length in (4, 3, 2, 1):
        if len(words) < length:
            continue
        span = list(reversed(words[:length]))
        phrase = " ".join(tokens[x].lower for x in span)
        kind = lex.bounds.get(phrase)
        if kind is None:
            continue
        if length == 1 and len(words) > 1 and tokens[words[1]].lower in lex.bound_as_preposition:
            return None, k, "", []  # "spread over 118 islands": where, not how many
        negations = [x for x in span if _is_negation(tokens[x], lex)]
        said = phrase
        if kind in (">", "<") and not negations:
            before = next((x for x in words[length:length + 2] if _is_negation(tokens[x], lex)), None)
            if before is not None:
                kind = "<=" if kind == ">" else ">="
                negations, said = [before], lex.bound_said[kind]
        return kind, span[0], said, negations
    return None, k, "", []


def _comparison_commas(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """Without the comma a language writes before the second term of a comparison («Волга
    длиннее, чем Днепр», «раньше, чем Чили»): spelling, not a clause's end, so the comparison
    keeps both its terms. Only where a comparative comes a few words before it («знал, чем
    это кончится» is a question, not a comparison)."""
    if not lex.comma_before_than:
        return tokens
    compared = lex.greater_words | lex.lesser_words | set(lex.time_order) | set(lex.event_order) | set(lex.opposites)
    return [t for k, t in enumerate(tokens)
            if not (t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower == lex.than_word
                    and any(u.lower in compared for u in tokens[max(0, k - 5):k]))]


def _mark_denying_verbs(tokens: list[Token], lex: Lexicon) -> None:
    """A verb that denies the verb it leads to ("declined to buy his collections") is read as
    a negation there, and only there ("the population declined" denies nothing)."""
    def infinitive(k: int) -> bool:
        # (Or, where the language has no marker, an infinitive's ending: «отказался подписать».)
        if k >= len(tokens):
            return False
        if lex.infinitive_marker:
            return tokens[k].lower == lex.infinitive_marker
        return bool(lex.infinitive_endings) and tokens[k].kind == "word" and tokens[k].lower.endswith(lex.infinitive_endings)

    for k, tok in enumerate(tokens):
        if tok.kind != "word" or tok.lower not in lex.denying_verbs:
            continue
        # (Where the infinitive has no marker, whom the verb binds may stand between, one word:
        # «запрещают водителю управлять машиной» denies the driving as «запрещают водить» does.)
        between = (not lex.infinitive_marker and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
                   and not infinitive(k + 1) and tokens[k + 1].lower not in lex.conjunctions)
        if infinitive(k + 1) or (between and infinitive(k + 2)):
            tok.lower, tok.stem, tok.content = lex.negation_word, lex.negation_word, False
    if lex.intentions:
        _mark_frustrated_intentions(tokens, lex)
    # "Avoid working from the top two steps" denies the working, as "Do not work" does.
    for tok, after in zip(tokens, tokens[1:]):
        if (tok.kind == "word" and tok.lower in lex.gerund_denials and after.kind == "word"
                and after.lower.endswith("ing") and len(after.lower) > 5):
            tok.lower, tok.stem, tok.content = lex.negation_word, lex.negation_word, False
    # "it is against the law to sell them to under-18s" denies the selling, as "shops may not
    # sell them" does. (Right before the infinitive, or before "for" and whom the law binds:
    # "illegal for anyone under 18 to buy".)
    words = [t.lower for t in tokens]
    for phrase in lex.prohibitions:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(words[i:i + n]) == phrase and ((i + n < len(tokens) and tokens[i + n].lower in (lex.infinitive_marker, "for"))
                                                     or _gerund_subject(tokens, i, lex)):
                tokens[i].lower, tokens[i].stem, tokens[i].content = lex.negation_word, lex.negation_word, False
    # "keep household rubbish and batteries out of the fire" denies burning them, as "never
    # burn household rubbish" does. (What is kept away stands between: a few words, no stop.)
    # (A command, "keep", not a story: "designed machines that kept the Romans out of Syracuse";
    # and something kept, not oneself: "Keep well away from overhead power lines".)
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.lower not in lex.keeping_verbs or i + 1 >= len(tokens):
            continue
        if (tokens[i + 1].lower in {w for w, _ in lex.away_words} or tokens[i + 1].lower.endswith("ly")
                or tokens[i + 1].lower in lex.keeping_adverbs):
            continue
        for j in range(i + 2, min(i + 14, len(tokens) - 1)):
            if tokens[j].text in ".;:!?":
                break
            if (tokens[j].lower, tokens[j + 1].lower) in lex.away_words:
                # (Not one of two things said of what is kept: "keep the wound clean and away from dirt".)
                if tokens[j - 1].lower not in lex.and_words:
                    tok.lower, tok.stem, tok.content = lex.negation_word, lex.negation_word, False
                break
    # "too busy to write his letters" denies the writing, as "had no time to write" does.
    for tok, word, after in zip(tokens, tokens[1:], tokens[2:]):
        if (tok.kind == "word" and tok.lower in lex.excess_words and word.kind == "word" and word.text.islower()
                and after.lower == lex.infinitive_marker):
            tok.lower, tok.stem, tok.content = lex.negation_word, lex.negation_word, False


def _gerund_subject(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether the prohibition at `at` follows a copula whose subject is a gerund: "letting a
    dog worry sheep is an offence" forbids the letting, as "it is an offence to let" does.
    (The gerund opens the clause: after its start, a comma or "that"; "It warns that using a
    phone while driving is illegal".)"""
    if at < 2 or tokens[at - 1].lower not in lex.copulas:
        return False
    start = at - 1
    while start > 0 and tokens[start - 1].text not in ".,;:!?" and tokens[start - 1].lower != "that":
        start -= 1
    first = tokens[start]
    return (first.kind == "word" and first.lower.endswith("ing") and len(first.lower) > 4
            and not first.lower.endswith("thing"))  # ("Everything he did was against the law")


def _mark_frustrated_intentions(tokens: list[Token], lex: Lexicon) -> None:
    """A plan or a duty before an infinitive, with a clause that `lex.frustrations` opens
    after it in its sentence («Войска должны были окружить Наполеона, но ему удалось
    переправиться»), tells what did not happen: it is read as a negation there."""
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        if i + 1 < len(tokens) and f"{tok.lower} {tokens[i + 1].lower}" in lex.intentions:
            j = i + 2  # «должны были окружить» (a bare «должен» is a rule: «водитель должен остановиться»)
        elif tok.lower in lex.intentions:
            j = i + 1
        else:
            continue
        if not (j < len(tokens) and tokens[j].kind == "word" and tokens[j].lower.endswith(lex.infinitive_endings)):
            continue
        for k in range(j + 1, len(tokens) - 1):
            if tokens[k].text in ".!?;":
                break
            if tokens[k].text == "," and tokens[k + 1].lower in lex.frustrations:
                tok.lower, tok.stem, tok.content = lex.negation_word, lex.negation_word, False
                break


_OPENING_QUOTES = frozenset({"«", "“", '"', "'", "‘", "„"})
#: What may follow a word that quotation marks name: their close, or a hyphen (a prefix, «без-»).
_QUOTED_WORD_ENDS = frozenset({"»", "”", '"', "'", "’", "“", "-"})


def _mark_bound_negations(tokens: list[Token], lex: Lexicon) -> None:
    """Negations that belong to a bound ("no more than 4 g") do not turn their clause."""
    for i, tok in enumerate(tokens):
        if tok.kind == "num" or (tok.kind == "word" and tok.lower in lex.number_words):
            for x in _bound_before(tokens, i, lex)[3]:
                tokens[x].bound = True
        elif (tok.kind == "word" and tok.lower in lex.negations and i + 1 < len(tokens) and tokens[i + 1].lower in lex.no_other
              and lex.negation_before_other):
            tok.bound = True  # "no other reef is larger" says this one is the largest: not a denial
        elif tok.kind == "word" and tok.lower in lex.number_signs and i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].kind == "num":
            tok.bound = True  # "the Hookless Fastener No. 2": a number sign, neither a denial nor a sentence's end
        elif tok.kind == "word" and tok.lower in lex.negations and i > 0 and tokens[i - 1].lower in lex.near_misses:
            tok.bound = True  # «едва не закончился дуэлью»: almost ended in a duel, which is no denial
        elif (tok.kind == "word" and tok.lower in lex.negations and i > 0 and tokens[i - 1].lower in lex.articles
              and i + 1 < len(tokens) and tokens[i + 1].kind == "word"):
            tok.bound = True  # "After a failed siege of Kumamoto Castle": a word of the noun, no denial of the clause
        elif (tok.kind == "word" and tok.lower == lex.negation_word and lex.participle_negation and i + 1 < len(tokens)
              and tokens[i + 1].kind == "word" and tokens[i + 1].lower.endswith(lex.participle_endings)):
            tok.bound = True  # «через не разорённые войной губернии»: the participle's «не», no denial of the clause
        elif (tok.kind == "word" and tok.lower == lex.negation_word and lex.participle_negation and i + 1 < len(tokens)
              and tokens[i + 1].kind == "word" and lex.adverbial_participle(tokens[i + 1].lower)):
            tok.bound = True  # «можно пересекать, не слезая с велосипеда»: how it is done, no denial of the clause
        elif (tok.kind == "word" and _is_negation(tok, lex) and 0 < i < len(tokens) - 1
              and tokens[i - 1].text in _OPENING_QUOTES and tokens[i + 1].text in _QUOTED_WORD_ENDS):
            tok.bound = True  # «приставки вроде «без-»», 'the word "not"': the word is named, not said


def _limit_word(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str | None, int]:
    """A limit that the number at tokens[i] is said to be: "the maximum daily dose is 2,400 mg"
    -> ("<=", index of "maximum"). The limit word is the subject, the number comes after its
    verb; "the minimum ice extent declined by 12%" gives no limit."""
    clause = tokens[i].clause
    copula = False
    for x in range(i - 1, -1, -1):
        if tokens[x].kind == "punct" and tokens[x].lower in lex.copulas and not copula:
            # (A dash the language takes for a copula parts no clause here: «..., а
            # максимальная суточная доза — 8 таблеток» says the limit of what follows it.)
            copula = True
            clause = tokens[x - 1].clause if x else clause
            continue
        if tokens[x].clause != clause:
            break
        if tokens[x].kind in ("word", "punct") and tokens[x].lower in lex.copulas:
            copula = True  # (or a dash the language takes for one: «Максимальная доза — 4 г»)
        elif copula and tokens[x].kind == "word" and tokens[x].lower in lex.limit_words:
            return lex.limit_words[tokens[x].lower], x
    return None, -1


def _period(tokens: list[Token], i: int, end: int, lex: Lexicon) -> tuple[float | None, str, list[int]]:
    """The period of a rate given for the quantity at tokens[i:end]: after it in its clause
    ("4 g of paracetamol a day", "1,200 mg in 24 hours"), or a one-word period before it
    ("the daily dose ... is 2,400 mg"): (hours, as written after it, the indexes of its
    words; "daily" too when it repeats the period said after)."""
    hours, said, taken = _period_after(tokens, i, end, lex)
    clause = tokens[i].clause
    for x in range(i - 1, -1, -1):
        if tokens[x].clause != clause:
            break
        if tokens[x].kind == "word" and tokens[x].lower in lex.periods and hours in (None, lex.periods[tokens[x].lower]):
            return lex.periods[tokens[x].lower], said, taken + [x]
    return hours, said, taken


def _period_after(tokens: list[Token], i: int, end: int, lex: Lexicon) -> tuple[float | None, str, list[int]]:
    """A period in the few words after a quantity, before another one: "a day", "in 24 hours"."""
    n = len(tokens)
    clause = tokens[i].clause
    start = end
    # An aside between the quantity and its period: "4 g (4,000 mg) in 24 hours", read for
    # the quantity before the brackets and the one inside them alike.
    if start < n and tokens[start].text == "(":
        close = next((x for x in range(start + 1, min(n, start + 10)) if tokens[x].text == ")"), None)
        start = close + 1 if close is not None else start
    elif start < n and tokens[start].text == ")":
        start += 1
    for p in range(start, min(n, start + 6)):
        t = tokens[p]
        if t.text == "/" and p == end and p + 1 < n and CONVERSIONS.get(lex.units.get(tokens[p + 1].lower, ""), ("",))[0] == "time":
            # "1,235 km/h", "343 m/s": a speed is a length per period, like "4 g a day".
            return CONVERSIONS[lex.units[tokens[p + 1].lower]][1], t.text + tokens[p + 1].text, [p, p + 1]
        if t.clause != clause or t.kind == "punct" or lex.frequency_words.get(t.lower, 1) > 1 or lex.units.get(t.lower) == "times":
            break  # (in "25 mg three times a day", "a day" is how often, not a daily amount; "once a day" is both)
        two = f"{t.lower} {tokens[p + 1].lower}" if p + 1 < n else ""
        if two in lex.periods and tokens[p + 1].clause == clause:
            return lex.periods[two], two, [p, p + 1]
        if t.lower in lex.periods:
            return lex.periods[t.lower], t.lower, [p]
        if t.lower in lex.period_preps and p + 2 < n and tokens[p + 1].kind == "num":
            unit, used = _unit_after(tokens, p + 2, lex)
            if used and CONVERSIONS.get(unit, ("",))[0] == "time":
                hours = _number(tokens[p + 1].text) * CONVERSIONS[unit][1]
                return hours, " ".join(tokens[x].text for x in range(p, p + 2 + used)), list(range(p, p + 2 + used))
        if t.kind == "num":
            break  # another quantity
    return None, "", []


def _unit_at(tokens: list[Token], i: int, j: int, lex: Lexicon) -> tuple[str | None, int, str] | None:
    """The unit of the number at tokens[i] (scale words up to j): written as its suffix
    ("22km"), a currency symbol before it ("$5"), or the word(s) after it. Returns (unit,
    index after the unit, unit as written); None for a code ("30A", "mp3")."""
    suffix = tokens[i].suffix
    if suffix:
        unit = lex.units.get(suffix)
        return (unit, j, suffix) if unit is not None else None
    k = _currency_before(tokens, i, lex)
    if k < i and tokens[k].text in lex.units:
        return lex.units[tokens[k].text], j, tokens[k].text
    unit, used = _unit_after(tokens, j, lex)
    if used:
        written = " ".join(tokens[x].text for x in range(j, j + used))
    else:  # a counted noun: said only when it reads as one ("5 people", not "3 need")
        written = tokens[j].text if unit and _counted_noun(tokens[j]) else ""
    return unit, j + used, written


class _RangeEnd(NamedTuple):
    high: float  # in the unit of the low end, when it has one
    precision: float
    unit: str | None  # the high end's own unit
    written: str  # ...as written ("grams")
    said: str  # the number as written ("3 million")
    scale: float  # of its scale word, 1.0 without one
    end: int  # index after it


def _range_end(tokens: list[Token], i: int, after: int, unit: str | None, lex: Lexicon) -> _RangeEnd | None:
    """The other end of a range starting with the number at tokens[i], whose unit ends at
    `after`: "200 mg to 400 mg", "200-400 mg", "between 200 and 400 mg", "500 mg to 1 g"."""
    n = len(tokens)
    if after >= n - 1 or (unit or "").startswith("~"):
        return None
    before = _words_before(tokens, _currency_before(tokens, i, lex), 2)
    previous = [tokens[x].lower for x in before if tokens[x].lower not in lex.approximators][:1]
    if previous and previous[0] in lex.range_blockers:
        return None  # "rose from 5 to 10 percent": a change, two values
    joiner = tokens[after]
    framed = bool(previous) and previous[0] == lex.range_frame[0]
    dash = joiner.kind == "punct" and joiner.text in "-–" and joiner.start == tokens[after - 1].end and tokens[after + 1].start == joiner.end
    # "1 or 2 tablets", "two or three times a day": either figure, a range whose unit comes once.
    either = unit is None and joiner.kind == "word" and joiner.lower in lex.range_alternatives
    if not (dash or either or (joiner.kind == "word" and joiner.lower in lex.range_words) or (framed and joiner.lower == lex.range_frame[1])):
        return None
    number = _read_number(tokens, after + 1, lex)
    if number is None or tokens[after + 1].suffix in ORDINAL:
        return None
    high, precision, j = number
    if either and not _next_count(tokens[i], high, lex):
        return None  # "every 300 or 2000 years": two figures, not everything between them
    found = _unit_at(tokens, after + 1, j, lex)
    if found is None:
        return None
    high_unit, end, written = found
    if (high_unit or "").startswith("~") and not written:
        high_unit, end = None, j  # "aged 1 to 3 need": a verb, not what the range counts
    if unit is not None and high_unit is not None and unit != high_unit:
        if not convertible(unit, high_unit):
            return None
        high = from_base(to_base(high, high_unit), unit)
    scale = 1.0 if j == after + 2 else lex.scales.get(tokens[j - 1].lower, 1.0)
    return _RangeEnd(high, precision, high_unit, written, " ".join(t.text for t in tokens[after + 1:j]), scale, end)


def _next_count(low: Token, high: float, lex: Lexicon) -> bool:
    """Whether "low or high" names a small count and the next one or two ("1 or 2 tablets",
    "two or three times a day"): a range in all but name."""
    first = _read_number([low], 0, lex)
    return first is not None and float(first[0]).is_integer() and high.is_integer() and 1 <= high - first[0] <= 2 and high <= 12


def _time_of_day(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """The index after a time of day that opens at tokens[i], or 0: an hour after a preposition
    of time (`Lexicon.clock_preps`), with its minutes or a part of the day after it («в 11
    часов 15 минут утра», «к 6 часам вечера»). «Шёл 21 час» and «в течение 3 часов» are lengths."""
    n = len(tokens)
    if not lex.clock_preps or tokens[i].kind != "num" or i == 0 or tokens[i - 1].lower not in lex.clock_preps:
        return 0
    if not tokens[i].text.isdigit() or int(tokens[i].text) > 24:
        return 0
    unit, used = _unit_after(tokens, i + 1, lex)
    if unit != "hour" or not used:
        return 0
    j = i + 1 + used
    minutes = False
    if j + 1 < n and tokens[j].kind == "num" and tokens[j].text.isdigit() and int(tokens[j].text) < 60:
        unit, used = _unit_after(tokens, j + 1, lex)
        if unit == "minute" and used:
            j, minutes = j + 1 + used, True
    part = j < n and tokens[j].lower in lex.day_parts
    if not (minutes or part):
        return 0
    return j + 1 if part else j


def _quantity(tokens: list[Token], i: int, lex: Lexicon, text: str) -> tuple[Mention, int, list[int]] | None:
    """The quantity whose number is at tokens[i]: (mention, index after it, indexes of the
    tokens it took up besides its span: a period's "in 24 hours", a limit word), or None."""
    number = _read_number(tokens, i, lex)
    if number is None:
        return None
    value, precision, j = number
    if (value == 1 and tokens[i].kind == "word" and i > 0 and tokens[i - 1].lower in lex.concord_negations
            and tokens[i - 1].kind == "word"):
        return None  # «ни одна из сторон»: none, no count of one
    found = _unit_at(tokens, i, j, lex)
    if found is None:
        return None
    unit, end, written = found
    if tokens[i].lower in lex.frequency_words and tokens[i].kind == "word":
        unit = "times"  # "twice a day" counts doses, as "three times a day" does
    said = ("−" if _minus_before(tokens, i) else "") + text[tokens[i].start:tokens[j - 1].end]  # ("Twenty-one", as written)
    high = None
    rng = _range_end(tokens, i, end if unit and not unit.startswith("~") else j, unit, lex)
    if rng is not None:
        high, end = rng.high, rng.end
        if j == i + 1 and rng.scale != 1.0:  # "2 to 3 million": the scale is said once, for both
            value, precision = value * rng.scale, precision * rng.scale
        value, high = min(value, high), max(value, high)  # "a decrease of 4–2 percent" spans 2 to 4
        precision = min(precision, rng.precision)  # "100–1000 years" is not rounded to the thousand
        if unit is not None and rng.unit not in (None, unit):  # "500 mg to 1 g": each end in its unit
            said = f"{_with_unit(said, unit, written, lex)} {lex.range_said} {_with_unit(rng.said, rng.unit, rng.written, lex)}"
        else:
            if unit is None:
                unit, written = rng.unit, rng.written
            said = _with_unit(f"{said} {lex.range_said} {rng.said}", unit, written, lex)
    else:
        said = _with_unit(said, unit, written, lex)
    bound, bound_at, bound_said, negations = _bound_before(tokens, i, lex)
    if bound is None and rng is None and lex.from_words:
        before = _words_before(tokens, _currency_before(tokens, i, lex), 1)
        if before and tokens[before[0]].lower in lex.from_words:
            # «от 7 см» with no «до» after it: at least 7 cm.
            bound, bound_at, bound_said = ">=", before[0], tokens[before[0]].lower
    taken: list[int] = []
    named = False
    if bound is None:
        bound, x = _limit_word(tokens, i, lex)  # "the maximum daily dose is 2,400 mg"
        if bound is not None:
            taken.append(x)
            named = True
    per, per_said, per_tokens = _period(tokens, i, end, lex)
    if per is not None and per >= 24 and CONVERSIONS.get(unit or "", ("",))[0] == "length" and any(
            tokens[x].kind == "num" and _number(tokens[x].text) != 1 for x in per_tokens):
        # "walked about 385 kilometres in 24 days": a distance covered over days, not a speed
        # ("900 km in an hour", «1 км примерно за 3 секунды» are speeds).
        per, per_said, per_tokens = None, "", []
    if per is None and written and written.lower() in lex.speed_units:
        per = lex.speed_units[written.lower()]  # "37.6 mph" is miles per hour, as "37.6 km/h" is km per hour
    taken += per_tokens
    previous = [tokens[x].lower for x in _words_before(tokens, _currency_before(tokens, i, lex), 1)]
    approx = bool(previous) and previous[0] in lex.approximators
    negated = not negations and _negation_before(tokens, i, lex)
    qualifier = bound_said if bound_said else (previous[0] if approx else "")
    last = tokens[end - 1]
    first = i - 1 if _minus_before(tokens, i) else i
    own = set(range(i, end)) | set(taken)
    if approx:  # "roughly" belongs to the figure, not to what it is said of
        own |= set(_words_before(tokens, _currency_before(tokens, i, lex), 1))
    if bound:  # and so do "fewer than", "up to"
        own |= set(range(bound_at, i))
    mention = Mention(
        "number", value, text[tokens[first].start:last.end], tokens[first].start, last.end, tokens[i].clause,
        unit=unit, approx=approx, bound=bound, negated=negated,
        tokens=frozenset(tokens[x].stem for x in own if tokens[x].content),
        high=high, per=per, precision=precision, said=" ".join(p for p in (qualifier, said, per_said) if p),
        named_limit=named,
        # ("aged 35", "at the age of 35", and "was 35 when he died")
        age=any(tokens[x].lower in lex.age_words for x in _words_before(tokens, i, 2)) or (
            unit is None and any(tokens[x].lower in lex.copulas for x in _words_before(tokens, i, 1))
            and end < len(tokens) and tokens[end].lower in lex.when_words) or (unit == "year" and _years_of_age(tokens, i, lex)),
        interval=any(tokens[x].lower in lex.interval_words for x in _words_before(tokens, i, 2)),
        # ("his average speed over the race was about 37.6 km/h": up to the last figure or mark)
        average=any(tokens[x].lower in lex.average_words
                    for x in [*_words_before(tokens, i, 10), *_words_after(tokens, end, 2)]),
    )
    return mention, end, taken


def _years_of_age(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the count of years at tokens[i] is an age by the lexicon's `age_before_years`
    and `age_holders`: «стал лауреатом в 36 лет», «ей исполнилось 30 лет», «когда ему было 84
    года»; not «раз в 2 года» (how often) nor «через 40 лет» (how long)."""
    before = [tokens[x].lower for x in _words_before(tokens, i, 3)]
    if before and before[0] in lex.age_before_years:
        return not (len(before) > 1 and before[1] in lex.interval_words)
    return len(before) > 1 and before[0] in lex.copulas and before[1] in lex.age_holders


#: Units a message gives by their symbol ("about 9 km" for "about 9 kilometres"); others as written.
_SYMBOLS = frozenset({"mcg", "mg", "g", "kg", "mm", "cm", "m", "km", "ml", "l", "°C", "°F", "K", "km²", "m²", "km³", "m³", "ha"})


def _symbol(unit: str | None, written: str, lex: Lexicon) -> str:
    if written.lower() in lex.speed_units:
        return written  # a speed: "60 kph" is not "60 km"
    return unit if unit in _SYMBOLS else written


def _hyphen_ordinal(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the figure at tokens[i] is an ordinal written with a hyphen and an ending
    (`Lexicon.ordinal_endings`: «32-ю», «5-й»)."""
    return (bool(lex.ordinal_endings) and tokens[i].kind == "num" and not tokens[i].suffix and i + 2 < len(tokens)
            and tokens[i + 1].text in "-–" and tokens[i + 1].text and tokens[i + 1].start == tokens[i].end
            and tokens[i + 2].start == tokens[i + 1].end and tokens[i + 2].kind == "word"
            and tokens[i + 2].lower in lex.ordinal_endings)


def _ordinal_counts(tokens: list[Token], lex: Lexicon, text: str) -> list[Mention]:
    """The count a list of ordinals before a noun implies: «Каспаров выиграл 32-ю, 47-ю и 48-ю
    партии» says he won three games (said as a number of that noun, with the list as its text)."""
    out: list[Mention] = []
    if not lex.ordinal_endings:
        return out
    i, n = 0, len(tokens)
    while i < n:
        if not _hyphen_ordinal(tokens, i, lex):
            i += 1
            continue
        first, count, j = i, 1, i + 3
        while j < n and (tokens[j].text == "," or tokens[j].lower in (lex.choice_word, "и")) and j + 1 < n and _hyphen_ordinal(tokens, j + 1, lex):
            count, j = count + 1, j + 4
        if count >= 2 and j < n and tokens[j].kind == "word" and tokens[j].content:
            unit, _ = _unit_after(tokens, j, lex)
            if unit is not None and unit.startswith("~"):
                said = text[tokens[first].start:tokens[j - 1].end]
                out.append(Mention("number", float(count), said, tokens[first].start, tokens[j - 1].end,
                                   tokens[first].clause, unit=unit, precision=1.0, said=said))
        i = j
    return out


def _with_unit(number: str, unit: str | None, written: str, lex: Lexicon) -> str:
    """A number with its unit as a reader would repeat it: "9 km", "15%", "$5 million"."""
    if unit == "%":
        return f"{number}%"
    if unit in CURRENCIES and not number[:1].isalpha():
        return f"{unit}{number}"
    if number.lower() in lex.half_prefixes:
        return number + written  # «полугода», as one word
    unit_said = written if number[:1].isalpha() else _symbol(unit, written, lex)  # "six metres", "6 m"
    return f"{number} {unit_said}" if unit_said else number


def _negation_before(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A negation among the two words before a number: "not 18 mg"."""
    return any(_is_negation(tokens[x], lex) for x in _words_before(tokens, i, 2))


def _mentions(tokens: list[Token], lex: Lexicon, text: str) -> list[Mention]:
    mentions: list[Mention] = []
    used: set[int] = set()
    n = len(tokens)

    def prev_words(i: int, count: int) -> list[str]:
        return [tokens[x].lower for x in _words_before(tokens, i, count)]

    # Dates: "March 2, 1991", "2 March 1991", "March 1991", "March 2".
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.lower not in lex.months or not (tok.text[0].isupper() or lex.lower_case_months):
            continue
        if tok.lower == "may" and not (i + 1 < n and tokens[i + 1].kind == "num"):
            continue  # the modal verb
        month = lex.months[tok.lower]
        day = None
        first, last = i, i
        if i + 1 < n and tokens[i + 1].kind == "num" and tokens[i + 1].suffix in ("", "st", "nd", "rd", "th") and "." not in tokens[i + 1].text:
            value = int(tokens[i + 1].text.replace(",", ""))
            if 1 <= value <= 31 and len(tokens[i + 1].text) <= 2:
                day, last = value, i + 1
        if day is None and i > 0 and tokens[i - 1].kind == "num" and len(tokens[i - 1].text) <= 2:
            value = int(tokens[i - 1].text) if tokens[i - 1].text.isdigit() else 0
            if 1 <= value <= 31:
                day, first = value, i - 1
        # «16 (28) января 1820 года», «18 (30) марта»: a day by the old calendar, then by the new
        # in brackets; the date is either (two mentions, of one place in the text).
        also = None
        if (day is None and i >= 4 and tokens[i - 1].text == ")" and tokens[i - 3].text == "("
                and all(tokens[x].kind == "num" and tokens[x].text.isdigit() and len(tokens[x].text) <= 2
                        and 1 <= int(tokens[x].text) <= 31 for x in (i - 2, i - 4))):
            day, also, first = int(tokens[i - 4].text), int(tokens[i - 2].text), i - 4
        if day is not None or (i + 1 < n and tokens[i + 1].kind == "num" and len(tokens[i + 1].text) == 4):
            used.update(range(first, last + 1))
            for said in (day, also) if also is not None else (day,):
                mentions.append(Mention("date", (month, said), text[tokens[first].start:tokens[last].end],
                                        tokens[first].start, tokens[last].end, tok.clause,
                                        tokens=frozenset({tok.stem})))

    # The first month of a range of months, which has no day or year of its own: "from May to
    # October 1851" says May too ("May" is the month here, not the modal verb).
    joiners = lex.range_words | {lex.range_frame[1], "-", "–", "—"}
    for i in range(n - 2):
        tok, join, end = tokens[i], tokens[i + 1], tokens[i + 2]
        if (i in used or tok.kind != "word" or tok.lower not in lex.months or not tok.text[0].isupper()
                or join.lower not in joiners or end.lower not in lex.months or i + 2 not in used):
            continue
        used.add(i)
        mentions.append(Mention("date", (lex.months[tok.lower], None), tok.text, tok.start, tok.end, tok.clause,
                                tokens=frozenset({tok.stem})))

    # The first day of a range of days, which has no month of its own: "from 14 to 25 February
    # 1956", «с 14 по 25 февраля» say 14 February too. (Joined by a word: «3–4 июня» is read
    # as one stretch, the last day.)
    day_joiners = lex.range_words | lex.day_range_words
    for i in range(n - 2):
        tok, join, end = tokens[i], tokens[i + 1], tokens[i + 2]
        if (i in used or tok.kind != "num" or not tok.text.isdigit() or len(tok.text) > 2 or not 1 <= int(tok.text) <= 31
                or join.lower not in day_joiners or i + 2 not in used):
            continue
        last = next((m for m in mentions if m.kind == "date" and m.start == end.start and m.value[1] is not None), None)
        if last is not None:
            used.add(i)
            mentions.append(Mention("date", (last.value[0], int(tok.text)), tok.text, tok.start, tok.end, tok.clause,
                                    tokens=last.tokens))

    quantity_tokens: set[int] = set()  # units and periods: not part of any name
    for mention, taken in _fractions(tokens, lex, text):
        mentions.append(mention)
        used.update(taken)
    i = 0
    while i < n:
        tok = tokens[i]
        if i in used or _read_number(tokens, i, lex) is None:
            i += 1
            continue
        era = _era_year(tokens, i, lex)
        if era is not None:
            # "396 BC", "AD 393": a year of any size, its era word no name of its own.
            value, first, last = era
            mentions.append(Mention("year", value, text[tokens[first].start:tokens[last].end], tokens[first].start,
                                    tokens[last].end, tok.clause, negated=_negation_before(tokens, first, lex)))
            used.update(range(first, last + 1))
            quantity_tokens.update(range(first, last + 1))
            i = max(i, last) + 1
            continue
        # Years and decades: a whole 4-digit number 1000-2100 that is not a count of something.
        if tok.kind == "num" and tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100 and (
                i + 1 >= n or tokens[i + 1].lower not in lex.scales):
            unit, _ = _unit_after(tokens, i + 1, lex)
            prev = prev_words(i, 1)
            cue = bool(prev) and prev[0] in lex.year_cues
            if i + 1 < n and tokens[i + 1].lower in lex.year_after:
                cue = True  # "1990 года": a year, not 1990 years
                used.add(i + 1)
            # («1990-х», «1990-е годы»: a decade, its plural ending after a hyphen.)
            ending = (i + 2 < n and tokens[i + 1].text in "-–" and tokens[i + 1].start == tok.end
                      and tokens[i + 2].start == tokens[i + 1].end and tokens[i + 2].lower in lex.decade_endings
                      and int(tok.text) % 10 == 0)
            if tok.suffix == "s" or ending:
                end = tokens[i + 2].end if ending else tok.end
                mentions.append(Mention("decade", int(tok.text), text[tok.start:end], tok.start, end, tok.clause))
                used.update((i + 1, i + 2) if ending else ())
                i += 3 if ending else 1
                continue
            counted = unit is not None and (not unit.startswith("~") or _counted_noun(tokens[i + 1])
                                            or lex.counted_noun(tokens[i + 1].lower))
            # («около 2000 км²», "from 1800 m": a unit of measure after it makes it a quantity,
            # whatever word before it may also set a year; not a word of years, which may say
            # whose year it is: «между 1887 и 1889 годами», «в 1812 г.».)
            measured = (unit is not None and not unit.startswith("~") and unit != "year"
                        and not (i + 1 < n and tokens[i + 1].lower in lex.year_after))
            if not tok.suffix and (cue and not measured or not counted):
                mentions.append(Mention("year", int(tok.text), tok.text, tok.start, tok.end, tok.clause,
                                        negated=_negation_before(tokens, i, lex)))
                i += 1
                continue
        if not tok.suffix and (_early_year(tokens, i, lex) or _year_of_date(tokens, i, lex)):
            # «в 988 году», «988 года»: a year before 1000, which no count of years is said as.
            mentions.append(Mention("year", int(tok.text), tok.text, tok.start, tok.end, tok.clause,
                                    negated=_negation_before(tokens, i, lex)))
            used.add(i + 1)
            i += 1
            continue
        if tok.suffix in ORDINAL:
            # "the 60th birthday", "the 16th president": a place in a series, compared with
            # ordinals only (as «49-м штатом» is, below). One alone or in a name ("3rd",
            # "Route 3rd") is left to names and coverage, and so is a century: passages date
            # many things by centuries ("the dodo died out in the 17th century" is no rival of
            # "the Rodrigues solitaire ... died out in the 18th century").
            after = tokens[i + 1] if i + 1 < n else None
            if (after is not None and after.kind == "word" and after.text.islower() and after.content
                    and after.lower not in _CENTURY_WORDS):
                mentions.append(Mention("number", _number(tok.text), tok.text, tok.start, tok.end, tok.clause,
                                        unit="~ordinal", precision=1.0, said=text[tok.start:after.end]))
            i += 1
            continue
        if _hyphen_ordinal(tokens, i, lex):
            # «стала 49-м штатом», «32-ю партию»: an ordinal, a place in a series (not «49 м»,
            # metres); it is compared with ordinals only.
            said = text[tok.start:tokens[i + 2].end]
            mentions.append(Mention("number", _number(tok.text), said, tok.start, tokens[i + 2].end, tok.clause,
                                    unit="~ordinal", precision=1.0, said=said))
            i += 3
            continue
        if (tok.kind == "num" and i + 2 < n and tokens[i + 1].text == "/" and tokens[i + 2].kind == "num"
                and tokens[i + 1].start == tok.end and tokens[i + 2].start == tokens[i + 1].end):
            i += 3
            continue  # "co-codamol 8/500", "24/7": a code or a strength written as one, no figure of its own
        clock = _time_of_day(tokens, i, lex)
        if clock:
            i = clock
            continue  # «вышел в 11 часов 15 минут утра»: when, not how long
        found = _quantity(tokens, i, lex, text)
        if found is None:  # "30A", "mp3": a code, part of a name
            i += 1
            continue
        mention, end, taken = found
        mentions.append(mention)
        used.update(taken)
        quantity_tokens.update(x for x in range(i + 1, end) if tokens[x].kind != "num")
        quantity_tokens.update(taken)
        i = max(end, i + 1)
    mentions += _implied_frequencies(tokens, lex, text, used | quantity_tokens, mentions)
    mentions += _ordinal_counts(tokens, lex, text)
    mentions = _elided_units(_asides(_strengths(_year_ranges(mentions, text, lex), text, lex), text), text)
    mentions = _compound_durations(mentions, text)
    mentions = _year_edges(mentions, text, lex)
    mentions = _coordinated_limits(sorted(mentions, key=lambda m: m.start), tokens, lex)
    if lex.span_durations:
        mentions = _span_durations(mentions, text)
    if lex.dose_totals:
        mentions += _dose_totals(mentions, tokens, lex, text)
    # A lone letter is a key, a catalogue mark or an initial ("D minor", "K. 626"), no name.
    names = [m for m in _names(tokens, lex, text, quantity_tokens) if len("".join(m.value)) > 1]
    inside = [(m.start, m.end) for m in names if any(c.isdigit() for c in m.text)]
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
    return mentions + names


def _implied_frequencies(tokens: list[Token], lex: Lexicon, text: str, taken: set[int], figures: list[Mention]) -> list[Mention]:
    """How often, said without a figure: "every day", "each week", "daily" are once in their
    period, as "once a day" is ("Wash your hair with it every day" against "twice a week").
    Not a period some figure took ("5 ml every day", "twice a week"), nor one in a clause with
    a quantity it may be the period of ("Every minute it pumps roughly 5 L"); a duration is
    no such quantity ("every day for 2 to 4 weeks")."""
    measured = {m.clause for m in figures if m.kind == "number" and CONVERSIONS.get(m.unit or "", ("",))[0] != "time"}
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or i in taken or tok.clause in measured:
            continue
        two = f"{tok.lower} {tokens[i + 1].lower}" if i + 1 < n and tokens[i + 1].clause == tok.clause else ""
        if tok.lower in lex.every_words and two in lex.periods and i + 1 not in taken:
            period, last = lex.periods[two], i + 1
        elif " " not in tok.lower and tok.lower in lex.periods:
            period, last = lex.periods[tok.lower], i
        else:
            continue
        before = [tokens[x] for x in range(max(0, i - 4), i) if tokens[x].clause == tok.clause]
        if any(t.kind == "num" or t.lower in lex.number_words or t.lower in lex.frequency_words for t in before):
            continue  # a figure's period after all: "two tablets with water every day"
        out.append(Mention("number", 1.0, text[tok.start:tokens[last].end], tok.start, tokens[last].end, tok.clause,
                           unit="times", tokens=frozenset({tokens[last].stem}), per=period, precision=1.0,
                           said=text[tok.start:tokens[last].end], implied=True))
    return out


def _dose_totals(mentions: list[Mention], tokens: list[Token], lex: Lexicon, text: str) -> list[Mention]:
    """What a dose of so many pieces comes to in the period of how often it is taken, where
    the dose stands right before its frequency («по 1 пакетику 3 раза в день» is 3 пакетика a
    day): a figure of its own, beside the two it is made of, that a daily count in the
    evidence («3 пакетика в сутки») states. Only a count of pieces (a mass, «по 500 мг 2 раза
    в сутки», is left a dose), with nothing between it and the frequency but its own words (no
    comma, no other figure), with no period, bound or range of its own, and no age, interval or
    strength."""
    out = []
    for dose, often in zip(mentions, mentions[1:]):
        if not (dose.kind == often.kind == "number" and dose.clause == often.clause and often.unit == "times"
                and often.per is not None and not often.implied and not often.interval and often.high is None
                and (dose.unit or "").startswith("~") and dose.per is None and dose.bound is None and dose.high is None
                and not (dose.interval or dose.age or dose.strength or dose.average or dose.negated)):
            continue
        between = [t for t in tokens if dose.end <= t.start and t.end <= often.start]
        if len(between) > 2 or any(t.kind != "word" for t in between):
            continue
        out.append(Mention("number", dose.value * often.value, text[dose.start:often.end], dose.start, often.end,
                           dose.clause, unit=dose.unit, approx=dose.approx or often.approx,
                           tokens=dose.tokens | often.tokens, per=often.per, precision=dose.precision,
                           said=text[dose.start:often.end]))
    return out


def _fractions(tokens: list[Token], lex: Lexicon, text: str) -> list[tuple[Mention, list[int]]]:
    """Shares said in words, as percentages: "about half of the world's coffee" (50%), "a
    third of", "two-thirds of", "more than a quarter of". Only a share of a whole: not "the
    first half of 1990", "half an hour" or "the third largest"."""
    out = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        share = lex.fractions.get(tok.lower) if tok.kind == "word" else None
        if share is None:
            continue
        # (Or a bracket that says it again: "roughly a fifth (20%) of"; or a change by a share:
        # "fell by about a quarter", "cut by half".)
        after = tokens[i + 1] if i + 1 < n else None
        by = any(tokens[x].lower in lex.change_by for x in _words_before(tokens, i, 4))
        # (A share that is a noun takes its whole in the genitive straight after it, «треть
        # населения», with no "of"; not a unit's, «четверть часа», nor an ordinal's, «половина шестого».)
        whole = after is not None and (after.lower in lex.fraction_after or after.text == "(" or (
            lex.fraction_nouns and after.kind == "word" and after.content and after.lower not in lex.units
            and after.lower not in lex.ordinals))
        if not whole and not (by and (after is None or after.lower not in lex.articles)):  # (not "by half an hour")
            continue
        first, count = i, 1
        before = i - 1
        if before > 0 and tokens[before].text == "-" and tokens[before].start == tokens[before - 1].end:
            before -= 1  # "two-thirds"
        said_count = tokens[before].lower if before >= 0 else ""
        if said_count in lex.fraction_counts or (said_count in lex.number_words and lex.number_words[said_count] <= 9):
            first, count = before, lex.fraction_counts.get(said_count) or lex.number_words[said_count]
        elif (share != 50.0 and not lex.fraction_nouns) or said_count in lex.not_fraction_before or said_count in lex.ordinals:
            continue  # "third of" alone is an ordinal's ("the third of July"); "the first half of"
        if count * share > 100.0:
            continue
        bound, _, bound_said, _ = _bound_before(tokens, first, lex)
        previous = [tokens[x].lower for x in _words_before(tokens, first, 1)]
        said = text[tokens[first].start:tok.end]
        qualifier = bound_said or (previous[0] if previous and previous[0] in lex.approximators else "")
        out.append((Mention("number", count * share, said, tokens[first].start, tok.end, tok.clause, unit="%",
                            approx=True, bound=bound, tokens=frozenset(tokens[x].stem for x in range(first, i + 1) if tokens[x].content),
                            precision=1.0, said=f"{qualifier} {said}".strip()), list(range(first, i + 1))))
    return out


#: What joins the two parts of a strength: "120 mg in 5 ml", "120 mg of paracetamol in each
#: 5 ml", "100 mg/5 ml", "120 мг в 5 мл".
_STRENGTH_JOIN = regex.compile(r"\s*(?:/|(?:(?:of|of\s+the)\s+\w+\s+)?(?:in|per|в|на)(?:\s+(?:each|every|каждых))?)\s*", regex.IGNORECASE)


def _strengths(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A mass in a volume is a strength ("120 mg in 5 ml"): both parts are marked, so a dose
    ("7.5 ml", "60 mg") is never compared with them. So is a mass before tablets or capsules
    ("two 250 mg tablets": each holds 250 mg)."""
    out = list(mentions)
    for k, a in enumerate(out):
        if a.kind == "number" and CONVERSIONS.get(a.unit or "", ("",))[0] == "mass":
            after = regex.match(r"\s*(\w+)", text[a.end:])
            before = regex.search(r"(\w+)\s+(\w+)\s*$", text[:a.start])  # «таблетки по 250 мг»
            if (after and after.group(1).lower() in lex.dose_forms) or (
                    before and before.group(1).lower() in lex.dose_forms and before.group(2).lower() in lex.dose_form_preps):
                out[k] = replace(a, strength=True)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (a.kind == b.kind == "number" and a.clause == b.clause and a.high is None and b.high is None
                and CONVERSIONS.get(a.unit or "", ("",))[0] == "mass" and CONVERSIONS.get(b.unit or "", ("",))[0] == "volume"
                and _STRENGTH_JOIN.fullmatch(text[a.end:b.start])):
            out[k], out[k + 1] = replace(a, strength=True), replace(b, strength=True)
    return out


#: What follows a bare figure that keeps the unit of the figure before it: the end of a part of
#: a list, or a verb the figure is the subject of ("only 36 were left").
_ELIDED_UNIT_AFTER = r"\s*(?:[,.;]|$)|\s+(?:were|remained|survived|died|остались|выжили|уцелели|погибли)\b"
#: What sets a figure against the one before it, whose things it counts too: "about 86,000 men,
#: against about 50,000 under Hannibal".
_SET_AGAINST_BEFORE = r"\b(?:against|versus|против)\s+(?:(?:about|around|some|nearly|almost|около|примерно|почти)\s+)?$"


def _elided_units(mentions: list[Mention], text: str) -> list[Mention]:
    """A bare figure that ends a part of a list takes the unit of the figure before it in
    its sentence: "a jalapeno measures about 2,500 to 8,000 units and a habanero about
    100,000 to 350,000, while pure capsaicin rates about 16 million." (all in units).
    So does one that stands for its things as the subject of a verb: "about 180 people ..., but
    by 1930 only 36 were left" (36 people), and one set against it ("86,000 men, against about
    50,000 under Hannibal")."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.kind != "number" or m.unit is not None or m.age or not (
                regex.match(_ELIDED_UNIT_AFTER, text[m.end:]) or regex.search(_SET_AGAINST_BEFORE, text[:m.start], regex.IGNORECASE)):
            continue
        if regex.search(r"\b(?:dated|in|since|until|till|circa)\s+$", text[:m.start], regex.IGNORECASE):
            continue  # "about 5 feet long, dated 868,": a year, not a length
        before = next((o for o in reversed(out[:k]) if o.kind == "number" and o.end <= m.start), None)
        if before is not None and before.unit is not None and before.unit != "%" and not regex.search(r"[.!?]\s", text[before.end:m.start]):
            out[k] = replace(m, unit=before.unit)
    return out


def _compound_durations(mentions: list[Mention], text: str) -> list[Mention]:
    """A length of time said in two units, the larger first and nothing between them ("21
    hours 45 minutes", «21 час 45 минут»), is one length: 21.75 hours, not 21 hours and a
    rival 45 minutes."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        last = out[-1] if out else None
        if (last is not None and last.kind == m.kind == "number" and last.high is None and m.high is None and not m.bound
                and CONVERSIONS.get(last.unit or "", ("",))[0] == "time" == CONVERSIONS.get(m.unit or "", ("",))[0]
                and to_base(1, last.unit) > to_base(1, m.unit) and not text[last.end:m.start].strip()):
            value = last.value + to_base(m.value, m.unit) / to_base(1, last.unit)
            said = text[last.start:m.end]
            out[-1] = replace(last, value=value, text=said, end=m.end, said=said, precision=to_base(1, m.unit) / to_base(1, last.unit),
                              tokens=last.tokens | m.tokens)
            continue
        out.append(m)
    return out


def _asides(mentions: list[Mention], text: str) -> list[Mention]:
    """A quantity in brackets right after another (and the word it counts) says it again in
    other units ("more than 3 tablets (750 mg) in a day", "1,280 metres (4,200 feet)"), as
    does a count's measure between commas ("more than 4 doses, 240 mg, in 24 hours"): it is
    the same limit, over the same period."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        # ("30 metres (about 98 feet)": a hedge inside the bracket too)
        bracket = (regex.fullmatch(r"\s*(?:\p{L}+\s*)?\(\s*(?:\p{L}+\s+)?", text[a.end:b.start]) is not None
                   and regex.match(r"\s*\)", text[b.end:]) is not None)
        counted = a.unit is None or a.unit.startswith("~")
        # "more than 4 doses, 240 mg, in 24 hours": a count's measure set off by commas.
        commas = (counted and regex.fullmatch(r"\s*(?:\p{L}+\s*)?,\s*", text[a.end:b.start]) is not None
                  and regex.match(r"\s*,", text[b.end:]) is not None)
        if a.kind == b.kind == "number" and ((a.bound and not b.bound) or (a.per and not b.per)) and (bracket or commas):
            # A count's limit passes to its measure ("3 tablets (750 mg)"); a measure's own
            # conversion keeps its value ("up to 30 metres (98 feet)": 30 feet is no fit of it;
            # "no later than 120 hours (5 days)" is 5 days against another window's 3 days).
            # The aside is read in the clause of what it restates.
            out[k + 1] = replace(b, bound=b.bound or (a.bound if counted else None), per=b.per or a.per,
                                 named_limit=b.named_limit or (a.named_limit and counted), clause=a.clause)
    return out


def _coordinated_limits(mentions: list[Mention], tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """A limit passes to a figure of its unit joined to it by "and" in its clause: "must not
    exceed 4 hours over two days and 120 hours a year", «не должна превышать 4 часов ... и 120
    часов в год»: both are maxima."""
    out = list(mentions)
    starts = {t.start: k for k, t in enumerate(tokens)}
    for k, b in enumerate(out):
        at = starts.get(b.start)
        if b.kind != "number" or b.bound or at is None or at == 0 or tokens[at - 1].lower not in lex.and_words:
            continue
        a = next((x for x in reversed(out[:k]) if x.kind == "number" and x.clause == b.clause and x.unit == b.unit), None)
        if a is not None and a.bound in ("<=", ">=") and a.unit is not None:
            out[k] = replace(b, bound=a.bound)
    return out


#: What joins the two years of a span: "between 1887 and 1889", "from 1937 until 1964", "1914-1918".
_YEAR_JOIN = regex.compile(r"\s*(?:and|to|until|till|through|[-–—])\s*", regex.IGNORECASE)


def _year_ranges(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A span of years is one statement: the first year carries the last as its `high`
    ("built between 1887 and 1889" holds 1889; "the longest from 1937 until 1964" holds 1964;
    «с 1733 по 1743 год», by the lexicon's `year_span_frames`)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind == b.kind == "year" and a.clause == b.clause and a.value < b.value and (
                _YEAR_JOIN.fullmatch(text[a.end:b.start]) or _framed_span(a, b, text, lex)):
            out[k] = replace(a, high=b.value, said=text[a.start:b.end])
            out[k + 1] = replace(b, span_end=True)
    if lex.year_span_frames:
        # «Ледокол проработал 30 лет, до 1989 года»: the year that ends a period said in years,
        # after a word that ends a span («до», «по»), is the end of a span.
        ends = frozenset().union(*lex.year_span_frames.values()) - lex.and_words
        for k in range(1, len(out)):
            a, b = out[k - 1], out[k]
            gap = regex.findall(r"\w+", text[a.end:b.start].lower())
            if (b.kind == "year" and not b.span_end and a.kind == "number" and a.unit == "year" and not a.age
                    and len(gap) == 1 and gap[0] in ends and regex.fullmatch(r"[\s,]*\w+\s*", text[a.end:b.start])):
                out[k] = replace(b, span_end=True)
    return out


def _year_edges(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """A year right after a verb of beginning or ending and a preposition of time ("which
    began in 1918", "founded in 1850", "ended in AD 1220") dates that edge of what the clause
    tells (`edge`), not a time within it. (A three-digit figure with no era is read as a
    number, not a year, so "began in 907" is left alone.)"""
    if not (lex.beginning_verbs or lex.ending_verbs):
        return mentions
    out = []
    for m in mentions:
        if m.kind == "year" and m.high is None and not m.span_end:
            words = regex.findall(r"\w+", text[max(0, m.start - 40):m.start].lower())
            words = [w for w in words if w not in lex.era_words]
            if len(words) >= 2 and words[-1] in lex.year_prepositions:
                if words[-2] in lex.beginning_verbs:
                    m = replace(m, edge="start")
                elif words[-2] in lex.ending_verbs:
                    m = replace(m, edge="end")
        out.append(m)
    return out


def _span_durations(mentions: list[Mention], text: str) -> list[Mention]:
    """Each span of years also says how long it lasted: «построили в 1932–1937 годах» is a
    period of four to six years (from the end of 1932 to the start of 1937, or all of both), the
    rival of a claim's «за два года» or «почти тридцать лет»; «экспедиция 1908–1910 годов» may
    have lasted «около полутора лет». Not a span of two years running («в 1928–1929 годах»: when
    one thing happened, not known to the year), nor where the clause says a period in years
    itself (there the stated one is the span's length, or another period). The period follows
    the span's last year, so that the years of the span stay neighbours."""
    out: list[Mention] = []
    first = None
    for m in mentions:
        out.append(m)
        if m.kind == "year" and m.high is not None:
            first = m
            continue
        if not (m.kind == "year" and m.span_end and first is not None and first.high == m.value):
            continue
        span, first = first, None
        if not 2 <= span.high - span.value <= 200 or any(
                o.kind == "number" and o.unit == "year" and o.clause == span.clause and not o.age for o in mentions):
            continue
        years = float(span.high - span.value)
        out.append(replace(span, kind="number", value=years - 1, high=years + 1, unit="year", approx=True, precision=1.0,
                           end=m.end, said=text[span.start:m.end]))
    return out


def _framed_span(a: Mention, b: Mention, text: str, lex: Lexicon) -> bool:
    """Whether two years are the ends of a span framed by the lexicon's `year_span_frames`:
    «с 1733 по 1743 год», «с 1733 года до 1743-го», «между 1887 и 1889 годами» (not «в 1812 и
    1814 годах», two years)."""
    if not lex.year_span_frames:
        return False
    opener = regex.search(r"(\w+)\s*$", text[:a.start])
    joins = lex.year_span_frames.get(opener.group(1).lower()) if opener else None
    if not joins:
        return False
    gap = regex.findall(r"\w+", text[a.end:b.start].lower())
    if gap and gap[0] in lex.year_after:
        gap = gap[1:]  # «с 1733 года по 1743»
    return len(gap) == 1 and gap[0] in joins


def _day_of_date(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the number at tokens[j] is the day of a date: a month follows it ("4 October"),
    or a second day in brackets and then the month, the old style and the new («в Адрианополе
    19 (31) января»)."""
    n = len(tokens)
    if j + 1 < n and tokens[j + 1].lower in lex.months:
        return True
    return (j + 4 < n and tokens[j + 1].text == "(" and tokens[j + 2].kind == "num" and tokens[j + 3].text == ")"
            and tokens[j + 4].lower in lex.months)


def _names(tokens: list[Token], lex: Lexicon, text: str, skip: set[int] = frozenset()) -> list[Mention]:
    """Capitalised runs that are names: not a lone capitalised word opening a sentence, nor
    the unit of a quantity (`skip`: the "F" of "212 °F")."""
    out = []
    n = len(tokens)
    i = 0
    sentence_start = True
    while i < n:
        tok = tokens[i]
        if i in skip:
            sentence_start = False
            i += 1
            continue
        if tok.kind == "punct":
            after_initial = tok.text == "." and i > 0 and _is_initial(tokens[i - 1], lex)
            sentence_start = (tok.text in SENTENCE_END and not after_initial) or (sentence_start and tok.text in "\"“'(")
            i += 1
            continue
        # A month opens no name, unless it is a given name before a surname ("Jan Šindel",
        # "June Carter"), not a date ("4 May", "May 1945").
        given = (i + 1 < n and tokens[i + 1].kind == "word" and _is_capitalised(tokens[i + 1])
                 and tokens[i + 1].lower not in lex.months and not (i > 0 and tokens[i - 1].kind == "num")
                 and not (i > 0 and tokens[i - 1].lower in _DATE_PREPOSITIONS))  # "in February Saigo led his army
        if not _is_capitalised(tok) or (tok.lower in lex.months and not given) or tok.lower == "i":
            sentence_start = False
            i += 1
            continue
        j = i + 1
        while j < n and j not in skip:
            t = tokens[j]
            if _is_capitalised(t) and t.lower not in lex.months:
                j += 1
            elif (t.kind == "num" and j > i and not _day_of_date(tokens, j, lex) and not tokens[j - 1].lower.endswith("'s")
                  and not (j + 1 < n and tokens[j + 1].lower in lex.year_after)):
                j += 1  # "Route 66", "Apollo 11", "Route 30A"; not "Born 4 October", "Roosevelt's 12 years", «Игры 1984 года»
            elif t.kind == "word" and t.lower in lex.name_joiners:
                k = j  # "War of the Roses": a run of joiners, then a capitalised word
                while k < n and tokens[k].kind == "word" and tokens[k].lower in lex.name_joiners and not _is_capitalised(tokens[k]):
                    k += 1
                if k < n and k > j and _is_capitalised(tokens[k]) and k - j <= 2:
                    j = k
                else:
                    break
            elif t.kind == "punct" and t.text == "." and _is_initial(tokens[j - 1], lex) and j + 1 < n and _is_capitalised(tokens[j + 1]):
                j += 1
            elif t.kind == "punct" and t.text in "-'’" and j + 1 < n and tokens[j + 1].kind in ("word", "num") and t.end == tokens[j + 1].start and tokens[j - 1].end == t.start:
                j += 1
                if lex.hyphened_names and t.text == "-" and tokens[j].kind == "word" and not _is_capitalised(tokens[j]):
                    j += 1  # «Царь-колокол», «Царь-пушка»: a word hyphened to a name, in lower case, is of it
            else:
                break
        run = list(tokens[i:j])
        # "The Simpsons", "In 1844 Arthur's Magazine", "Roughly 50": leading stop words,
        # approximators and numbers are not the name.
        while run and (run[0].kind != "word" or run[0].lower in lex.stop_words or run[0].lower in lex.approximators
                       or not _is_capitalised(run[0])):
            run.pop(0)
        # ("the Englishman Henry Wickham": a noun of his nation describes him.)
        while len(run) > 1 and run[0].lower in lex.demonym_nouns and run[1].kind == "word":
            run.pop(0)
        # "Construction of Charles Bridge began...": a word capitalised only because it opens
        # the sentence, joined to the name after it, is not part of the name.
        if sentence_start and len(run) > 2 and run[0] is tokens[i] and run[1].lower in lex.name_joiners:
            run = run[2:] if _is_capitalised(run[2]) else run
        # («Полёт Гагарина»: a common noun, capitalised as it opens the sentence, before a name
        # in the genitive, where the dictionary tells.)
        if sentence_start and len(run) > 1 and run[0] is tokens[i] and run[1].kind == "word" and lex.common_noun(run[0].lower):
            run = run[1:]
        # (Nor a word the dictionary reads as no noun, adjective or name at all, a verb or an
        # adverb: «Умерла Ковалевская в 1891 году», «Затем Владимир ...».)
        if sentence_start and len(run) > 1 and run[0] is tokens[i] and run[1].kind == "word" and lex.no_name(run[0].lower):
            run = run[1:]
        # (Nor an ordinal or a number word before a figure: «Первые 30 дней», "First 30 days".)
        if (sentence_start and len(run) > 1 and run[0] is tokens[i] and run[1].kind == "num"
                and (run[0].lower in lex.ordinals or run[0].lower in lex.series_ends or run[0].lower in lex.number_words)):
            run = []
        words = [t for t in run if t.kind in ("word", "num") and t.lower not in lex.name_joiners]
        # (An adjective of a place opening the sentence names it though alone, as a name:
        # «Московское метро открылось ...», «Кольская скважина ...», Lexicon.place_words.)
        lone_opener = sentence_start and len(words) == 1 and run and run[0] is tokens[i] and not lex.place_words(words[0].lower)
        if words and not lone_opener:
            # (In their dictionary form where names inflect: «Франции» names «Франция».)
            lemmas = lex.name_words(tuple(w.lower for w in words))
            value = tuple(w.lower[:-2] if w.lower.endswith("'s") else lemma + w.suffix for w, lemma in zip(words, lemmas))
            out.append(Mention("name", value, text[run[0].start:run[-1].end], run[0].start,
                               run[-1].end, run[0].clause, tokens=frozenset(w.stem for w in words),
                               slot=_slot(tokens, tokens.index(run[0]), lex), outer=_outer_slot(tokens, tokens.index(run[0]), lex),
                               described=_described_subject(tokens, tokens.index(run[0]), lex)))
        sentence_start = False
        i = j
    return out


def _slot(tokens: list[Token], i: int, lex: Lexicon) -> str:
    """The word before tokens[i] in its clause, articles and possessives skipped; "" for the
    subject of its clause and for what a copula says the subject is ("The smallest republic is
    Andorra" and "San Marino has the smallest population" put their names in one place)."""
    clause = tokens[i].clause
    region = _region_of(tokens, i, lex)
    if region is not None:
        return region
    date = _date_before(tokens, i, lex)
    before = [t.lower for t in tokens[max(0, i - 4):i] if t.clause == clause and t.kind == "word"]
    for n in (3, 4):
        if len(before) >= n and " ".join(before[-n:]) in lex.agent_phrases:
            return lex.agent_phrases[" ".join(before[-n:])]  # "on the orders of King Nebuchadnezzar": "by"
    listed = False  # whether the scan is going back over a list of names
    for x in range(i - 1, -1, -1):
        t = tokens[x]
        if x == i - 1 and t.kind == "punct" and t.text in lex.name_quotes:
            continue  # «на станции «Салют-7»»: the quotes the language puts round a name are no part of its place
        if (t.text == "," and x and tokens[x - 1].clause == clause and _is_capitalised(tokens[x - 1])
                and (listed or x == i - 1)):
            # "lands he named Helluland, Markland and Vinland": a name listed after another has
            # the first one's place (`_names_listed` keeps such a list in one clause).
            listed = True
            continue
        if listed and _is_capitalised(t):
            continue
        if x >= date:
            continue  # «совершил 18 марта 1965 года Павел Беляев»: the date is no place of the name after it
        if t.clause != clause or t.kind == "punct":
            return ""
        if t.kind == "word" and t.lower not in lex.determiners:
            # "In 1960 Jacques Piccard and Don Walsh became ...": a time set before the
            # subject, not the name's place.
            opener = x == 0 or tokens[x - 1].clause != clause or tokens[x - 1].kind == "punct"
            if opener and t.lower in lex.prepositions and tokens[x + 1].kind == "num":
                return ""
            if t.lower == lex.cause_preposition and lex.cause_nouns and _cause_clause(tokens, x, lex):
                # «Причина наводнений не в самой Неве, а в Балтике»: what the cause is, not a place.
                return next(tokens[y].lower for y in range(x) if tokens[y].clause == clause and tokens[y].kind == "word")
            if t.lower in lex.copulas:
                return ""
            if lex.inflected_names and t.content and t.lower not in lex.prepositions and t.lower not in lex.conjunctions:
                # «командовал маршал Будённый», «поручили маршалу Рокоссовскому»: where words
                # inflect, a word of a name's place is its stem, whatever its case.
                return t.stem
            return t.lower
    return ""


def _region_of(tokens: list[Token], i: int, lex: Lexicon) -> str | None:
    """The place of the name a name at tokens[i] follows after a comma and qualifies, ending
    its phrase ("in" of "in Richmond, Indiana."): the region a place is in is no subject.
    None when tokens[i] is not such a name ("In Paris, Macron said": the subject)."""
    if i < 2 or tokens[i - 1].text != "," or not _is_capitalised(tokens[i - 2]):
        return None
    end = i
    while end < len(tokens) and tokens[end].kind == "word" and _is_capitalised(tokens[end]):
        end += 1
    if end < len(tokens) and tokens[end].kind != "punct":
        return None
    x = i - 2
    while x > 0 and tokens[x - 1].kind == "word" and _is_capitalised(tokens[x - 1]):
        x -= 1
    before = tokens[x - 1] if x > 0 else None
    if before is None or before.kind != "word" or before.lower not in lex.prepositions:
        return None
    return before.lower


def _date_before(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Where a date said right before tokens[i] starts («18 марта 1965 года», «в 1965 году» without
    its preposition), for a language whose word order puts a subject after the verb and a date
    between them; i where there is none."""
    if not lex.year_after or i < 2 or tokens[i - 1].lower not in lex.year_after or tokens[i - 2].kind != "num":
        return i
    x = i - 2
    while x > 0 and (tokens[x - 1].kind == "num" or tokens[x - 1].lower in lex.months) and tokens[x - 1].clause == tokens[i].clause:
        x -= 1
    return x


def _cause_clause(tokens: list[Token], x: int, lex: Lexicon) -> bool:
    """Whether the clause of tokens[x] opens with a noun of a cause (`Lexicon.cause_nouns`)."""
    first = next((y for y in range(x) if tokens[y].clause == tokens[x].clause and tokens[y].kind == "word"), None)
    return first is not None and tokens[first].lower in lex.cause_nouns


def _described_subject(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the name at tokens[i], a person's full name, opens its clause after an article
    and one or two words that say what the person is ("The astronomer Edmond Halley", "the
    Soviet cosmonaut Svetlana Savitskaya"; not "The planet Jupiter", whose "planet" may be
    all that tells it from another subject)."""
    clause = tokens[i].clause
    if not (i + 1 < len(tokens) and tokens[i + 1].clause == clause and _is_capitalised(tokens[i + 1])):
        return False
    x = i - 1
    words = 0
    while x >= 0 and tokens[x].clause == clause and tokens[x].kind == "word" and tokens[x].lower not in lex.determiners:
        if tokens[x].lower in lex.prepositions or tokens[x].lower in lex.copulas or not (tokens[x].content or _is_capitalised(tokens[x])):
            return False
        words += 1
        x -= 1
    if not 1 <= words <= 2 or x < 0 or tokens[x].lower not in lex.determiners:
        return False
    if x >= 2 and tokens[x - 1].kind == "num" and tokens[x - 2].lower in lex.prepositions:
        x -= 2  # "In 1878 the cousins Sidney Gilchrist Thomas and Percy Gilchrist lined ...": a time set before the subject
    return x == 0 or tokens[x - 1].clause != clause or tokens[x - 1].kind == "punct"


def _outer_slot(tokens: list[Token], i: int, lex: Lexicon, reach: int = 3) -> str:
    """The preposition before an article and a description that ends right before tokens[i]
    ("with" of "with the German physicist Karl Ferdinand Braun"): the name is in that
    preposition's place too, as in "with Heinrich Hertz"; "" when there is none."""
    x = i - 1
    if x < 0 or tokens[x].kind != "word" or not tokens[x].text.islower() or tokens[x].lower in lex.determiners:
        return ""
    clause = tokens[x].clause
    for y in range(x - 1, max(-1, x - 1 - reach), -1):
        t = tokens[y]
        if t.clause != clause or t.kind != "word":
            return ""
        if t.lower in lex.articles:
            before = tokens[y - 1] if y > 0 else None
            ok = before is not None and before.clause == clause and before.kind == "word" and before.lower in lex.prepositions
            return before.lower if ok else ""
    return ""


def _sentences(tokens: list[Token], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each sentence: up to ".", "!" or "?" that is not an initial's."""
    out = []
    start = None
    for k, tok in enumerate(tokens):
        if start is None:
            start = tok.start
        if tok.kind == "punct" and tok.text in SENTENCE_END and not (k > 0 and tok.text == "." and _is_initial(tokens[k - 1], lex)):
            out.append((start, tok.end))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _by_clause(tokens: list[Token], clauses: list[Clause]) -> list[list[int]]:
    """The indexes of each clause's words and numbers."""
    out: list[list[int]] = [[] for _ in clauses]
    for k, t in enumerate(tokens):
        if t.kind in ("word", "num"):
            out[t.clause].append(k)
    return out


def _topic(tokens: list[Token], words: list[int], clause: int, mentions: list[Mention]) -> frozenset[str]:
    """What a sentence is about, from its first clause (`words`): its first name, or the
    capitalised word that opens it ("Olympus Mons is...", "Mercury is...")."""
    name = next((m for m in mentions if m.kind == "name" and m.clause == clause), None)
    if name is not None:
        return name.tokens
    if words and tokens[words[0]].content and _is_capitalised(tokens[words[0]]):
        return frozenset({tokens[words[0]].stem})
    return frozenset()


#: Participles that go on with a list or a comparison, not with what the subject did.
_LIST_PARTICIPLES = frozenset({"followed", "including", "according", "compared", "excluding", "depending", "beginning",
                               "starting", "ranging", "averaging", "totalling", "totaling", "meaning"})


def _inherit(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], mentions: list[Mention],
             sentences: list[tuple[int, int]], lex: Lexicon) -> None:
    """Give each clause what it is about when it does not say it: a clause that goes on
    without a subject, or with a pronoun for it ("..., and should not take more than 1,200 mg",
    "; its construction began in 1344") has its sentence's first clause; a sentence opening
    with a pronoun ("It rises about 22 km") has the subject of the last sentence that named one."""
    topic: frozenset[str] = frozenset()
    first_of_sentence: dict[int, int] = {}
    sentence = 0
    for i, c in enumerate(clauses):
        while sentence + 1 < len(sentences) and c.start >= sentences[sentence][1]:
            sentence += 1
        c.sentence = sentence
        words = by_clause[i]
        k = words[0] if words else -1
        word = tokens[k].lower if k >= 0 else ""
        if c.sentence not in first_of_sentence:
            first_of_sentence[c.sentence] = i
            if word in lex.pronouns:
                c.inherited = topic
            else:
                topic = _topic(tokens, words, i, mentions) or topic
            continue
        before = next((t for t in reversed(tokens[:words[0]]) if t.kind != "space"), None) if words else None
        if before is not None and before.text == ":" and word not in lex.pronouns and word not in lex.conjunctions:
            # What follows a colon says its own thing with its own subject: the clauses after
            # it go on from it, not from the sentence's first clause ("Before fridges, people
            # relied on natural ice: in 1806 the merchant Frederic Tudor, later called the Ice
            # King, | shipped a first cargo ..." is Tudor's shipping).
            first_of_sentence[c.sentence] = i
            continue
        head = clauses[first_of_sentence[c.sentence]]
        following = tokens[words[1]] if len(words) > 1 else None
        subjectless = word in lex.pronouns or (word in lex.conjunctions and following is not None and following.kind == "word" and (
            following.lower in lex.pronouns or (not following.content and following.lower not in lex.determiners)))
        # A participle's clause (", released by Warner Bros. on 6 October 1927,") is about
        # its sentence's subject too.
        # ("followed by oxygen", "including ...": a list goes on, saying nothing of the subject.)
        subjectless = subjectless or bool(lex.participle_endings and k >= 0 and tokens[k].kind == "word"
                                          and tokens[k].text.islower() and word.endswith(lex.participle_endings)
                                          and word not in _LIST_PARTICIPLES)
        # The predicate after an apposition: "Oxygen, atomic number 8, | makes up about 21
        # percent". The head clause is a name and a comma with no verb of its own, and this
        # one opens with a present-tense verb ("makes", "is", "has"), not "followed by".
        head_words = [t for t in tokens if head.start <= t.start < head.end]
        # (Or after a relative clause set off the same way: "The European Central Bank, which
        # sets monetary policy for the euro area, | is based in Frankfurt".)
        after_relative = (i == first_of_sentence[c.sentence] + 2 and _opens_with(tokens, by_clause[i - 1], lex.relatives))
        # (Or a participle's phrase: "Clot-busting medicine, called thrombolysis, | usually has
        # to be given within 4.5 hours".)
        after_relative = after_relative or (i == first_of_sentence[c.sentence] + 2 and _opens_with_participle(tokens, by_clause[i - 1], lex))
        # (Or a short noun phrase with no verb and no figure: "Mount Fuji, Japan's highest mountain,
        # | rises to 3,776 metres".)
        after_relative = after_relative or (i == first_of_sentence[c.sentence] + 2 and 0 < len(by_clause[i - 1]) <= 4 and not any(
            tokens[x].lower in _AUXILIARIES or tokens[x].lower in lex.copulas or tokens[x].kind == "num" for x in by_clause[i - 1]))
        # (A verb may follow an adverb of how often: "usually has", "often makes".)
        verb = next((x for x in words if not (tokens[x].kind == "word" and tokens[x].lower.endswith("ly") and tokens[x].text.islower())), -1)
        word = tokens[verb].lower if verb >= 0 and verb - k <= 1 else word
        apposed = ((i == first_of_sentence[c.sentence] + 1 or after_relative) and k >= 0 and tokens[k].kind == "word" and tokens[k].text.islower()
                   and (word in _AUXILIARIES or (word.endswith("s") and not word.endswith("ss") and len(word) > 3))
                   and head_words and _is_capitalised(head_words[0]) and (after_relative or any(t.text == "," for t in head_words))
                   and not any(t.lower in _AUXILIARIES for t in head_words))
        if subjectless or apposed:
            c.inherited = head.stems | head.inherited
        elif (word in lex.relatives and i > 0 and clauses[i - 1].sentence == c.sentence
              and not (following is not None and following.lower in lex.copulas and not _passive(tokens, words, lex))):
            # "..., the tallest known volcano in the solar system, which rises about 9 km": what
            # a relative clause says is of the clause before it, and of its sentence's subject.
            # Not "which is roughly 16 to 22 square feet": that restates the figure before.
            # (After a name it is that name's, not what the sentence's subject borrowed from the
            # sentence before: "[The Globe ...] Its timbers came from The Theatre in Shoreditch,
            # which James Burbage had built in 1576" dates The Theatre, not the Globe.)
            c.inherited = head.stems | clauses[i - 1].stems | (
                frozenset() if _ends_with_name(tokens, by_clause[i - 1], mentions) else head.inherited)


def _opens_with_gerund(g: list[Token], lex: Lexicon) -> bool:
    """Whether a group of words opens with a gerund («сближая два кусочка угля», "bringing ...")."""
    return g[0].kind == "word" and g[0].text.islower() and lex.adverbial_participle(g[0].lower)


def _ends_with_name(tokens: list[Token], words: list[int], mentions: list[Mention]) -> bool:
    """Whether a clause's last word is part of a name (not its first word, a name that opens it)."""
    last = next((k for k in reversed(words) if tokens[k].kind == "word"), None)
    if last is None or last == words[0]:
        return False
    t = tokens[last]
    return any(m.kind == "name" and m.start <= t.start < m.end for m in mentions)


def _opens_with_participle(tokens: list[Token], words: list[int], lex: Lexicon) -> bool:
    """Whether a clause opens with a participle that names or describes ("called thrombolysis",
    "known as ..."), not one that goes on with a list ("including ...")."""
    if not words or not lex.participle_endings:
        return False
    t = tokens[words[0]]
    return (t.kind == "word" and t.text.islower() and t.lower.endswith(lex.participle_endings)
            and t.lower not in _LIST_PARTICIPLES)


def _time_elaborations(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], mentions: list[Mention],
                       lex: Lexicon) -> None:
    """A clause that ends by dating something, followed in its sentence by a clause that tells
    what happened then («Номер родился в 1907 году: Михаил Фокин сочинил его для Анны
    Павловой», «получил звание в 1948 году, когда ФИДЕ разыграла вакантный титул», "began in
    1340, when Philip VI declared Gascony confiscated"), is read with that clause's words: the
    year is of the event it tells, and a year another passage gives to something else
    ("Павлова родилась в 1881 году") aligns with it the less. Only its dates are: the names the
    clause after tells of are not what the sentence's figures are about (`Clause.told`)."""
    if not lex.time_elaborations:
        return
    for i in range(len(clauses) - 1):
        c, d = clauses[i], clauses[i + 1]
        if d.sentence != c.sentence or not by_clause[i] or not by_clause[i + 1]:
            continue
        dated = [m for m in mentions if m.clause == i and m.kind in ("year", "date")]
        if not dated:
            continue
        between = [t for t in tokens if c.end <= t.start < d.start]
        if _fronted_time(tokens, clauses, by_clause, dated, i, lex) and any(t.text == "," for t in between):
            # "On 30 January 1948, just after 5 in the evening, | Gandhi was walking ...": a
            # time set before the sentence's subject dates what the clause after it says.
            c.dated = c.dated | d.stems
            continue
        # (The date ends its clause: "в 1907 году" or "19 мая 1909 года" are its last words.)
        last = max(m.end for m in dated)
        after = [k for k in by_clause[i] if tokens[k].start >= last and tokens[k].kind != "punct"]
        if any(tokens[k].content for k in after[1:]):
            continue
        opener = tokens[by_clause[i + 1][0]]
        if any(t.text in lex.time_elaborations for t in between) or (
                any(t.text == "," for t in between) and opener.lower in lex.time_elaborations):
            c.told = c.told | d.stems


def _fronted_time(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], dated: list[Mention], i: int,
                  lex: Lexicon) -> bool:
    """Whether clause `i` opens its sentence with a preposition and a date or year right after
    it, and says little else, two content words at most ("In 1795", "On 30 January 1948, just
    after 5 in the evening")."""
    if i and clauses[i - 1].sentence == clauses[i].sentence:
        return False
    words = by_clause[i]
    if len(words) < 2 or tokens[words[0]].lower not in lex.prepositions or not any(m.start == tokens[words[1]].start for m in dated):
        return False
    own = {s for m in dated for s in m.tokens}
    return len({tokens[k].stem for k in words if tokens[k].content} - own) <= 2


def _closing_denials(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], lex: Lexicon) -> None:
    """A sentence that lists what to do in infinitives and ends by forbidding it denies each
    item: «Растирать кожу снегом, | спиртом или жиром, | а также греть её у огня ... нельзя»
    denies rubbing the skin with snow as much as warming it, and «Перезванивать на номер, | с
    которого поступил звонок, нельзя» calling the number back (a «нельзя» after a relative
    clause is read into it as a fragment, and would deny nothing). The list opens the sentence
    with an infinitive; no item has a verb, a modal or a denial of its own, and a relative
    clause between them («с которого поступил звонок») is no item."""
    if not lex.closing_denials:
        return
    modals = lex.allowing | lex.permissive_modals | lex.forbidding_modals | lex.forbidding
    for last, c in enumerate(clauses):
        if last + 1 < len(clauses) and clauses[last + 1].sentence == c.sentence:
            continue
        first = last
        while first > 0 and clauses[first - 1].sentence == c.sentence:
            first -= 1
        words = [t for t in tokens if t.kind == "word" and clauses[t.clause].sentence == c.sentence]
        if first == last or not words or not any(" ".join(t.lower for t in words[-n:]) in lex.closing_denials for n in (1, 2)):
            continue
        closing = {id(t) for t in words[-2:]}
        opening = [tokens[k] for k in by_clause[first] if tokens[k].kind == "word"][:1]
        if not opening or not opening[0].lower.endswith(lex.infinitive_endings):
            continue
        items = []
        for j in range(first, last + 1):
            own = [tokens[k] for k in by_clause[j] if tokens[k].kind == "word" and id(tokens[k]) not in closing]
            if any(t.lower in lex.relatives for t in own[:2]):
                continue  # a relative clause says what the item's words are
            if j == last and clauses[j].negated:
                continue  # the clause «нельзя» ends: denied already
            if clauses[j].negated or any(t is not opening[0] and (t.lower in lex.finite_verbs or t.lower in modals) for t in own):
                # (Not «Растирать кожу снегом можно, а греть её у огня нельзя»: an item with a
                # modal of its own says its own.)
                items = []
                break
            items.append(j)
        for j in items:
            content = [tokens[k].stem for k in by_clause[j] if tokens[k].content]
            clauses[j].negated = True
            clauses[j].denied = frozenset(content)
            clauses[j].denied_first = frozenset(content[:2])


#: Words before a month that make it a date, not a given name ("in February Saigo led").
_DATE_PREPOSITIONS = frozenset({"in", "since", "until", "till", "during", "early", "late", "mid", "last", "next"})


def _listed_denials(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], lex: Lexicon) -> None:
    """A denial that opens a list goes on to each item of it: "Don't put them in a hot bath, |
    use a hot water bottle, | rub their arms, | or give them alcohol" denies all four, "Do not
    use it on broken skin, | or within 12 hours of shaving" both. The list ends with an item
    that opens with the choice word ("or") and each item goes on without a subject of its own
    and without a negation ("..., or you may feel sick" says what follows; it is no item)."""
    def goes_on(j: int, opener: bool) -> bool:
        words = [tokens[k] for k in by_clause[j]]
        if lex.list_ends_within and any(t.kind == "word" and lex.verb_form(t.lower) for t in words):
            return False  # («Не застрахованы ИИС, брокерские счета, ...»: items, each with no verb.)
        if opener:
            # (A short last item joins the one before: "rub their arms, or give them alcohol";
            # in Russian the last item may hold its "and": «..., ценные бумаги, металлические
            # счета и вклады на предъявителя».)
            if not any(tokens[k].lower == lex.choice_word and (x == 0 or tokens[k - 1].text == ",")
                       for x, k in enumerate(by_clause[j])) and not any(
                    tokens[k].lower in lex.list_ends_within for k in by_clause[j][1:]):
                return False
            if words[0].lower == lex.choice_word:
                words = words[1:]
        return bool(words) and words[0].kind == "word" and words[0].text.islower() and not clauses[j].negated and (
            words[0].lower not in lex.pronouns and words[0].lower not in lex.determiners
            and words[0].lower not in lex.conjunctions and words[0].lower not in lex.relatives)
    for i, c in enumerate(clauses):
        if not c.negated or not any(is_negation_word(tokens[k].lower, lex) for k in by_clause[i][:2]):
            # A list of what not to do opens with its denial ("Don't", "Do not", "Never"); "It
            # should not be taken by people with high blood pressure, | heart disease" lists
            # people, not what they should not do.
            continue
        j = i + 1
        while j < len(clauses) and clauses[j].sentence == c.sentence and not goes_on(j, True) and goes_on(j, False):
            j += 1
        if j < len(clauses) and clauses[j].sentence == c.sentence and goes_on(j, True):
            for item in range(i + 1, j + 1):
                x = clauses[item]
                words = [tokens[k] for k in by_clause[item] if tokens[k].content]
                x.negated = True
                x.denied = frozenset(t.stem for t in words)
                x.denied_first = frozenset(t.stem for t in words[:2])


def _name_number(tokens: list[Token], x: int) -> bool:
    """Whether tokens[x] is a number hyphened to the capitalised word before it, part of its
    name («Салют-1», «Союз-11», "F-16")."""
    return (tokens[x].kind == "num" and x >= 2 and tokens[x - 1].text == "-" and _is_capitalised(tokens[x - 2])
            and tokens[x - 2].end == tokens[x - 1].start and tokens[x - 1].end == tokens[x].start)


def _identities(tokens: list[Token], clauses: list[Clause], by_clause: list[list[int]], text: str, lex: Lexicon,
                mentions: list[Mention] = ()) -> list[Identity]:
    """Clauses that say which one thing a description fits: "X is the hottest planet in the
    solar system", "The hottest planet is X". The entity is the side without the superlative:
    a short run of words that opens with a capitalised content word, or a pronoun that stands
    for the name its clause is about ("It is the second oldest central bank in the world"
    after "The Bank of England was founded in 1694")."""
    out = []
    head_of: dict[int, int] = {}  # sentence -> its first clause
    for i, c in enumerate(clauses):
        head_of.setdefault(c.sentence, i)
    for i, words in enumerate(by_clause):
        outdone = _outdoing(tokens, clauses, i, words, lex, mentions)
        if outdone is not None:
            out.append(outdone)
            continue
        copula = next((x for x in words[1:14] if tokens[x].lower in lex.copulas), None)
        if copula is None and len(words) > 1:
            # «Байкал — самое глубокое озеро»: a dash the language takes for a copula (Russian
            # leaves out "is" in the present) is one, where it parts the subject from what it is.
            copula = next((k for k in range(words[0] + 1, words[min(len(words), 10) - 1])
                           if tokens[k].kind == "punct" and tokens[k].lower in lex.copulas), None)
        # "..., which makes it the longest railway tunnel in the world": "it" is the entity.
        maker = next((x for x in words[:8] if tokens[x].lower in lex.makers and x + 1 < len(tokens)
                      and tokens[x + 1].lower in lex.pronouns), None) if copula is None else None
        # "Avebury, about 30 km north of Stonehenge, has the largest stone circle in Britain":
        # what has the superlative thing is the entity (never the other way round).
        # (What is owned is described from its article on: not "record" of "holds the record as the ...".)
        owner, owned = next(((x, at) for x in words[:10] if tokens[x].lower in lex.possessives
                             and (at := _owned_superlative(tokens, x, lex)) is not None), (None, None)) if copula is None else (None, None)
        # ("That final day made Gettysburg the bloodiest single day in American history": the
        # name the verb makes so is the entity, as "it" is.)
        named_made = None
        if copula is None and maker is None:
            made = next((x for x in words[:8] if tokens[x].lower in lex.makers and x + 2 < len(tokens) and tokens[x + 1].clause == i
                         and _is_capitalised(tokens[x + 1]) and tokens[x + 1].lower not in lex.definite), None)
            if made is not None:
                run = [made + 1]
                while run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].clause == i and len(run) < 4 and (
                        _is_capitalised(tokens[run[-1] + 1]) or (tokens[run[-1] + 1].lower in lex.name_joiners
                                                                 and tokens[run[-1] + 1].lower not in lex.definite)):
                    run.append(run[-1] + 1)
                if run[-1] + 2 < len(tokens) and tokens[run[-1] + 1].lower in lex.definite and _superlative(tokens, run[-1] + 2, lex):
                    named_made = run
        if maker is not None:
            copula, left = maker + 1, [maker + 1]
        elif named_made is not None:
            copula, left, maker = named_made[-1], named_made, named_made[0] - 1
        elif copula is not None or (owner is not None and owner != words[0]):
            copula = copula if copula is not None else owner
            left = [x for x in words if x < copula]
            # "..., but it is only the second ...", "Even so, it is ...", "In the Earth's crust
            # it is ...": the pronoun just before the verb, after a comma, a conjunction or a
            # phrase that opens with a preposition, is the subject.
            # (So is one after a word of time: "Today she is the oldest commissioned warship".)
            if (len(left) > 1 and tokens[left[-1]].lower in lex.pronouns and left[-1] > 0
                    and (tokens[left[-1] - 1].text == "," or tokens[left[-1] - 1].lower in lex.conjunctions
                         or tokens[left[0]].lower in lex.prepositions or (len(left) == 2 and tokens[left[0]].lower in lex.time_openers))):
                left = left[-1:]
        elif words and (tokens[words[0]].lower in lex.copulas or owner == words[0]) and head_of.get(clauses[i].sentence, i) != i:
            # "Venus, the second planet from the Sun, is the hottest planet": the clause opens
            # with the verb; its subject is the sentence's first clause.
            # Only its leading name counts ("Jupiter", not "Jupiter, the fifth planet").
            head = [x for x in by_clause[head_of[clauses[i].sentence]] if tokens[x].lower not in lex.determiners]
            # (Or the name a conjunction opens a later clause with, before the verb's: "Scotland
            # ... held on longer, | and Janet Horne, | burned at Dornoch in 1727, | is usually said
            # to be the last person executed" is said of Janet Horne.)
            joined = next((by_clause[j][1:] for j in range(i - 1, head_of[clauses[i].sentence], -1)
                           if len(by_clause[j]) > 1 and tokens[by_clause[j][0]].lower in lex.conjunctions
                           and _is_capitalised(tokens[by_clause[j][1]])), None)
            if joined:
                head = [x for x in joined if tokens[x].lower not in lex.determiners]
            run = 0
            while run < len(head) and (_is_capitalised(tokens[head[run]]) or (
                    run and tokens[head[run]].lower in lex.name_joiners)) and (run == 0 or head[run] == head[run - 1] + 1):
                run += 1
            copula, left = words[0], head[:run]
        else:
            ranked = _elliptic_rank(tokens, words, lex)
            earlier = next((o for o in reversed(out) if clauses[o.clause].sentence == clauses[i].sentence), None)
            if ranked is not None and earlier is not None:
                # "It is the most abundant metal in the crust, but only the third most abundant
                # element": the clause without a verb ranks what the one before it is about.
                out.append(Identity(i, earlier.entity, earlier.text, _description(tokens, words, words, -1, lex),
                                    _rank_key(tokens, ranked, lex), earlier.proper))
            continue
        right = [x for x in words if x > (owned if owner is not None and copula == owner else copula)]
        if len(left) == 1 and tokens[left[0]].lower in lex.relatives and tokens[left[0]].lower != "whose":
            # "Beaumaris, begun in 1295, which is the largest castle in Wales": what the relative
            # stands for is the name set off by the comma before it, in the same sentence.
            named = _named_before_relative(tokens, clauses, i, left[0], mentions)
            at = next((x for x in right if _superlative(tokens, x, lex)), None)
            if named is not None and at is not None:
                out.append(Identity(i, named.value, named.text, _description(tokens, words, right, copula, lex),
                                    _rank_key(tokens, at, lex)))
            continue
        found, also = len(out), []
        for entity, description in (((left, right),) if maker is not None or owner is not None else ((left, right), (right, left))):
            at = next((x for x in description if _superlative(tokens, x, lex)), None)
            key = _rank_key(tokens, at, lex) if at is not None else None
            also = _coordinated_ranks(tokens, at, lex) if at is not None else []
            # A common noun after "the" at the start of a sentence ("The liver is the largest
            # organ") names one thing too.
            common = (description is right and len(entity) in (2, 3) and entity[0] == words[0] and head_of.get(clauses[i].sentence) == i
                      and tokens[entity[0]].lower in lex.definite and all(tokens[x].content and tokens[x].text.islower() for x in entity[1:]))
            if key is not None and len(entity) == 1 and tokens[entity[0]].lower in lex.pronouns and clauses[i].inherited:
                # (The name must have been a sentence's subject, its first words: not "Lyme Regis"
                # of "The cliffs around Lyme Regis are part of the Jurassic Coast. It became ...".)
                name = next((m for m in mentions if m.kind == "name" and m.tokens and m.tokens <= clauses[i].inherited
                             and opens_sentence(tokens, m, lex)), None)
                # A pronoun for something said before the text (a sentence of a longer answer)
                # is left for the reader to resolve: an entity of no words.
                if name is None:
                    # "Hydrogen is the lightest element, but it is only the second most abundant":
                    # what an identity before it in the same sentence is about.
                    name = next((o for o in reversed(out) if clauses[o.clause].sentence == clauses[i].sentence and o.entity), None)
                    value, said = (name.entity, name.text) if name is not None else ((), tokens[entity[0]].text)
                else:
                    value, said = name.value, name.text
                out.append(Identity(i, value, said, _description(tokens, words, description, copula, lex), key))
                break
            if key is not None and len(entity) == 1 and tokens[entity[0]].lower in lex.pronouns:
                out.append(Identity(i, (), tokens[entity[0]].text, _description(tokens, words, description, copula, lex), key))
                break
            # "The bowhead whale of the Arctic is ...", "The Greenland shark of the cold North
            # Atlantic ... is ...": what is before "of the", "in the" is the entity.
            cut = next((k for k in range(2, len(entity) - 1) if not tokens[entity[k]].content and tokens[entity[k]].kind == "word"
                        and tokens[entity[k + 1]].lower in lex.definite and entity[k] == entity[k - 1] + 1), None)
            # ("A Soviet party that landed by aircraft on 23 April 1948 were the first people ...":
            # what is before its relative clause.)
            relative = next((k for k in range(2, len(entity)) if tokens[entity[k]].lower in lex.subject_relatives
                             and entity[k] == entity[k - 1] + 1), None)
            if cut is None or (relative is not None and relative < cut):
                cut = relative
            if description is right and cut is not None and all(tokens[x].content for x in entity[1:cut]):
                entity = entity[:cut]
                common = (len(entity) in (2, 3) and entity[0] == words[0] and head_of.get(clauses[i].sentence) == i
                          and tokens[entity[0]].lower in lex.definite and all(tokens[x].content and tokens[x].text.islower() for x in entity[1:]))
            opener = tokens[entity[0]].lower if entity else ""
            entity = [x for x in entity if tokens[x].lower not in lex.determiners and tokens[x].lower not in lex.conjunctions]
            while entity and tokens[entity[0]].lower in lex.time_openers:
                entity = entity[1:]  # "Today the Japanese firm YKK is ...": not "Today"
            if entity and (len(entity) > 4 or any(not tokens[x].content and tokens[x].lower not in lex.name_joiners
                                                  and not _name_number(tokens, x) for x in entity)):
                # "The Gotthard Base Tunnel through the Swiss Alps is the longest ...": its leading name.
                run = 0
                while run < len(entity) and (_is_capitalised(tokens[entity[run]]) or (run and tokens[entity[run]].lower in lex.name_joiners
                                             and run + 1 < len(entity) and _is_capitalised(tokens[entity[run + 1]]))) and (
                        run == 0 or entity[run] == entity[run - 1] + 1):
                    run += 1
                if run and run < len(entity) and _name_number(tokens, entity[run]) and entity[run] == entity[run - 1] + 2:
                    run += 1  # «Салют-1»
                if run < 2 and opener not in lex.pronouns:
                    # "the Soviet cosmonaut Svetlana Savitskaya, in 1982": the name after what
                    # the person was. (Not after "this": «Эта комедия Григория Александрова
                    # ... стала первой советской музыкальной комедией» is about the comedy.)
                    for at in range(1, min(4, len(entity))):
                        length = 0
                        while (at + length < len(entity) and _is_capitalised(tokens[entity[at + length]])
                               and (length == 0 or entity[at + length] == entity[at + length - 1] + 1)):
                            length += 1
                        if length >= 2 and all(tokens[x].content for x in entity[:at]) and entity[at] == entity[at - 1] + 1:
                            entity, run = entity[at:at + length], length
                            break
                while run and tokens[entity[run - 1]].lower in lex.name_joiners:
                    run -= 1  # "Valentina Tereshkova of the Soviet Union": not "Valentina Tereshkova of"
                # ("is Varnia, at just under 400,000 km²": one name, set off by a comma.)
                alone = run == 1 and entity[0] + 1 < len(tokens) and tokens[entity[0] + 1].text == ","
                entity = entity[:run] if run >= 2 or alone else entity
            if key is None or not entity or len(entity) > 4 or not (tokens[entity[0]].content and (_is_capitalised(tokens[entity[0]]) or common)):
                continue
            if any(not tokens[x].content and tokens[x].lower not in lex.name_joiners and not _name_number(tokens, x) for x in entity):
                continue
            out.append(Identity(i, tuple(tokens[x].lower for x in entity), text[tokens[entity[0]].start:tokens[entity[-1]].end],
                                _description(tokens, words, description, copula, lex), key,
                                proper=_is_capitalised(tokens[entity[0]])))
            break
        # "the lightest and most abundant element": one identity for each superlative.
        out.extend(replace(said, key=k) for said in out[found:found + 1] for k in also)
    return out


def _named_before_relative(tokens: list[Token], clauses: list[Clause], i: int, relative: int, mentions) -> Mention | None:
    """The last name of clause `i`'s sentence, before the relative at `relative`, that a comma
    follows ("Beaumaris," of "the classic example is Beaumaris, begun in 1295, which is ..."):
    what a relative after a comma stands for. None if no capitalised name is so set off."""
    sentence = clauses[i].sentence
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        if m.kind != "name" or m.start >= tokens[relative].start or clauses[m.clause].sentence != sentence:
            continue
        after = next((k for k, t in enumerate(tokens) if t.start >= m.end), None)
        if after is not None and tokens[after].text == "," and m.text[:1].isupper():
            return m
    return None


def _outdoing(tokens: list[Token], clauses: list[Clause], i: int, words: list[int], lex: Lexicon,
              mentions: list[Mention]) -> Identity | None:
    """A clause that says its subject outdoes every other of its kind ("The Amazon carries
    more water than any other river", "it flew more missions than any other orbiter"): the
    identity of the superlative ("most") with what comes between the verb and "than" and the
    kind after "any other". Its subject is the leading name, or, for "it" or a clause that goes
    on without one ("..., and carries more water than ..."), the name its sentence opens with."""
    lowers = [tokens[x].lower for x in words]
    than = next((n for n in range(1, len(words) - 2) if lowers[n] == lex.than_word and lowers[n + 1] in lex.any_words
                 and lowers[n + 2] in lex.no_other), None)
    # «длиннее любой другой реки»: the comparative itself stands where "than" would.
    genitive = than is None and lex.genitive_comparison
    if genitive:
        than = next((n - 1 for n in range(2, len(words) - 2) if lowers[n] in lex.any_words and lowers[n + 1] in lex.no_other
                     and lowers[n - 1] in lex.superlative_of), None)
    if than is None:
        return None
    comparative = than if genitive else next((n for n in range(than - 1, -1, -1) if lowers[n] in lex.superlative_of
                                              or (lowers[n].endswith("er") and lowers[n] in lex.comparisons)), None)
    if comparative is None or comparative == 0:
        return None
    word = lowers[comparative]
    key = lex.superlative_of.get(word) or word[:-2] + "est"
    kind = {tokens[x].stem for x in words[than + 3:than + 5] if tokens[x].content}
    if not kind:
        return None
    # (What is compared: the verb before the comparative, what follows it up to "than", and
    # the kind: "carries more water than any other river" by "carries", "water", "river".)
    description = frozenset(tokens[x].stem for x in words[comparative - 1:than] if tokens[x].content) | kind
    if lex.genitive_comparison:
        # («длиннее, чем любая другая река»: the comparative is said in its rank's word, as
        # same_superlatives says «самая длинная» — "длинный".)
        description = description - {tokens[words[comparative]].stem} | {key}
    first = tokens[words[0]]
    if first.lower in lex.pronouns or (clauses[i].inherited and not _is_capitalised(first)):
        name = next((m for m in mentions if m.kind == "name" and m.tokens and m.tokens <= clauses[i].inherited
                     and opens_sentence(tokens, m, lex)), None)
        if name is None:
            return Identity(i, (), first.text, description, key)
        return Identity(i, name.value, name.text, description - name.tokens, key)
    name = next((m for m in mentions if m.kind == "name" and m.clause == i and m.start == first.start
                 or (m.kind == "name" and m.clause == i and first.lower in lex.definite and m.start == tokens[words[1]].start)), None)
    if name is None and not lex.definite and _is_capitalised(first) and first.content and comparative == 1:
        # «Волга длиннее любой другой реки»: with no article, a name alone opening its
        # sentence is no name mention; the capitalised subject right before the comparative is.
        return Identity(i, (first.lower,), first.text, description - {first.stem}, key)
    if name is None:
        return None
    return Identity(i, name.value, name.text, description - name.tokens, key)


def _owned_superlative(tokens: list[Token], x: int, lex: Lexicon) -> int | None:
    """Where the superlative thing that a verb of having at tokens[x] has is said, the word
    before its article ("has the largest stone circle", "holds the record as the longest-lived
    vertebrate", "held the record for the longest span"); None when it has none."""
    at = x + 1
    if at + 2 < len(tokens) and tokens[at].lower in lex.definite and tokens[at + 1].lower in lex.record_words:
        at += 3 if tokens[at + 2].lower in ("for", "as") else 0
    if at + 1 < len(tokens) and tokens[at].lower in lex.definite and _superlative(tokens, at + 1, lex):
        return at - 1
    return None


def _coordinated_ranks(tokens: list[Token], x: int, lex: Lexicon) -> list[str]:
    """The superlatives joined by "and" to the one at tokens[x], with their ordinals: "most"
    and "second most" of "the second lightest and the second most abundant"."""
    out = []
    while True:
        y = next((y for y in range(x + 1, min(x + 3, len(tokens))) if tokens[y].lower in lex.and_words), None)
        if y is None:
            return out
        z = y + 1
        while z < len(tokens) and (tokens[z].lower in lex.definite or tokens[z].lower in lex.ordinals):
            z += 1
        w = tokens[z].lower if z < len(tokens) else ""
        if not (w in lex.superlatives or (lex.superlative_suffix and w.endswith(lex.superlative_suffix) and len(w) >= 6
                                          and w not in lex.not_superlatives)):
            return out
        out.append(_rank_key(tokens, z, lex))
        x = z


def _opens_with(tokens: list[Token], words: list[int], openers: frozenset[str]) -> bool:
    return bool(words) and tokens[words[0]].lower in openers


def _passive(tokens: list[Token], words: list[int], lex: Lexicon) -> bool:
    """Whether a clause goes on "which is/was" and a participle ("which is based in Brussels"):
    a statement of its own about what it follows, not a figure said again."""
    return len(words) > 2 and tokens[words[2]].kind == "word" and tokens[words[2]].lower.endswith(lex.participle_endings or ("\0",))


def opens_sentence(tokens: list[Token], m: Mention, lex: Lexicon) -> bool:
    """Whether only articles and possessives stand between a mention and its sentence's start."""
    for t in reversed([t for t in tokens if t.end <= m.start]):
        if t.kind == "punct" and t.text in SENTENCE_END:
            return True
        if not (t.kind == "word" and t.lower in lex.determiners):
            return False
    return True


def _description(tokens: list[Token], words: list[int], description: list[int], copula: int, lex: Lexicon) -> frozenset[str]:
    """The stems of what an identity says its entity is. After the verb it ends where the
    phrase does: at a comma or an "and" ("the longest river in Europe, at about 2,850 km,
    and ..." describes by "longest river in Europe")."""
    if description and description[0] > copula:
        # (Not at an "and" that joins two superlatives: "the lightest and most abundant element".)
        # (Nor past "after" or "behind", which name what ranks above: "the third most abundant
        # element after oxygen and silicon" describes by "most abundant element".)
        cut = next((k for k in range(1, len(description)) if description[k] != description[k - 1] + 1
                    and not (description[k] == description[k - 1] + 2 and tokens[description[k] - 1].text in "-–")
                    or (tokens[description[k]].lower in lex.conjunctions and not _coordinated_ranks(tokens, description[k - 1], lex))
                    or tokens[description[k]].lower in lex.ranked_after),
                   len(description))
        description = description[:cut]
    return frozenset(lex.same_superlatives.get(tokens[x].lower, tokens[x].stem) for x in description if tokens[x].content)


def _ranked_after_opener(tokens: list[Token], x: int, lex: Lexicon) -> bool:
    """Whether the sentence of tokens[x] opens with a phrase of `lex.ranked_after` and a comma
    before it ("After them, the nearest ...", "Behind Everest, the highest ..."): a rank past
    what that phrase names."""
    k = x - 1
    while k >= 0 and not (tokens[k].kind == "punct" and tokens[k].text in SENTENCE_END):
        k -= 1
    opener = k + 1
    return (opener < x and tokens[opener].lower in lex.ranked_after
            and any(t.text == "," for t in tokens[opener + 1:x]))


def _superlative(tokens: list[Token], x: int, lex: Lexicon) -> bool:
    """A word that makes a description fit one thing: "the hottest", "the most massive", "the
    only"; or, ranked, "the second largest"."""
    w = tokens[x].lower
    if _dimension_rank(tokens, x, lex):
        return True  # «второе по величине озеро Европы (после Ладожского)»: the second largest
    before = x - 1
    head = before if before >= 0 and tokens[before].lower in lex.superlative_heads else x  # «одно из самых больших»
    if head > 1 and (tokens[head - 2].lower, tokens[head - 1].lower) in lex.one_of:
        return False  # one of several: «одно из крупнейших озёр»
    if any(t.lower in lex.ranked_below and t.clause == tokens[x].clause for t in tokens[x + 1:x + 5]):
        return False  # the first after another: «самое большое озеро Европы после Ладоги»
    if _ranked_after_opener(tokens, x, lex):
        return False  # "After them, the nearest is Barnard's Star": the next, not the first
    if before > 1 and tokens[before].text in "-–" and tokens[before - 1].lower in lex.ordinals:
        before -= 1  # "the second-largest"
    if before > 0 and tokens[before].lower in lex.ordinals:
        before -= 1  # "the second largest"
    # After an article or a possessive: "the hottest", "the world's most produced".
    # (A language without articles marks none: «Байкал — самое глубокое озеро».)
    ranked = not lex.definite or before >= 0 and (tokens[before].lower in lex.determiners or tokens[before].lower.endswith(("'s", "’s")))
    if w in lex.superlatives:
        return ranked
    if w in lex.ordinals:
        # "The second woman in space": an ordinal before a noun fits one thing too (not before
        # a superlative, which it ranks: "the second largest").
        after = tokens[x + 1] if x + 1 < len(tokens) else None
        return ranked and after is not None and after.kind == "word" and after.content and not _superlative(tokens, x + 1, lex)
    return bool(lex.superlative_suffix) and w.endswith(lex.superlative_suffix) and len(w) >= 6 and (
        w not in lex.not_superlatives and ranked)


def _dimension_rank(tokens: list[Token], x: int, lex: Lexicon) -> bool:
    """Whether tokens[x] is the noun of a dimension an ordinal ranks by, before the noun it ranks
    («второе по величине озеро», «третья по длине река»: `Lexicon.rank_dimensions`). (Alone,
    «Онежское озеро — второе по величине», it is left unranked, as an ordinal alone is.)"""
    return (tokens[x].lower in lex.rank_dimensions and x >= 2 and tokens[x - 1].lower == lex.rank_preposition
            and (tokens[x - 2].lower in lex.ordinals or lex.same_superlatives.get(tokens[x - 2].lower) == "первый")
            and x + 1 < len(tokens) and tokens[x + 1].kind == "word" and tokens[x + 1].content
            and tokens[x + 1].clause == tokens[x].clause)


def rank_words(tokens: list[Token], lex: Lexicon) -> list[int]:
    """Indexes of the words that rank what their clause speaks of where no article marks a
    superlative («самое глубокое озеро», «крупнейший город», «первая станция»): a superlative,
    or the adjective after a superlative head («самая низкая»). Not an ordinal, one of several
    («одно из крупнейших»), one ranked below another («крупнейшее после Ладоги»), nor a word of
    a name (capitalised other than at its sentence's start)."""
    out = []
    for k, t in enumerate(tokens):
        if t.kind != "word" or t.lower in lex.ordinals or not _superlative(tokens, k, lex):
            continue
        if k + 2 < len(tokens) and _dimension_rank(tokens, k + 2, lex):
            continue  # «первое по величине»: ranked by the dimension after it
        if not t.text.islower() and k and tokens[k - 1].text not in SENTENCE_END and tokens[k - 1].text not in "«\"(":
            continue
        if t.lower in lex.superlative_heads:
            # «самая низкая»: the adjective says which rank (one same_superlatives knows: not
            # the noun of «у самой кожи», «на самом деле»)
            if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and lex.same_superlatives.get(tokens[k + 1].lower) is not None:
                out.append(k + 1)
            continue
        out.append(k)
    return out


def _elliptic_rank(tokens: list[Token], words: list[int], lex: Lexicon) -> int | None:
    """The superlative of a clause with no verb that is only a ranked description ("but only
    the third most abundant element"), else None."""
    k = 0
    while k < len(words) and (tokens[words[k]].lower in lex.conjunctions or tokens[words[k]].lower in lex.elliptic_adverbs):
        k += 1
    if k == 0 or k + 1 >= len(words) or tokens[words[k]].lower not in lex.definite:
        return None
    return next((x for x in words[k + 1:k + 4] if _superlative(tokens, x, lex)), None)


def _rank_key(tokens: list[Token], x: int, lex: Lexicon) -> str:
    """The superlative at tokens[x] with its ordinal: "largest", "second largest" ("biggest"
    is "largest")."""
    if _dimension_rank(tokens, x, lex):
        # «второе по величине» is «второе крупнейшее»; «первое по величине», the largest.
        ordinal = lex.same_superlatives.get(tokens[x - 2].lower, tokens[x - 2].lower)
        word = lex.rank_dimensions[tokens[x].lower]
        return word if ordinal == "первый" else f"{ordinal} {word}"
    ordinal = next((tokens[y].lower for y in (x - 1, x - 2) if y >= 0 and tokens[y].lower in lex.ordinals
                    and (y == x - 1 or tokens[x - 1].text in "-–")), None)  # "second-largest" is "second largest"
    if tokens[x].lower in lex.superlative_heads and x + 1 < len(tokens) and tokens[x + 1].kind == "word":
        x += 1  # «самое глубокое»: the adjective says which rank
    word = lex.same_superlatives.get(tokens[x].lower, tokens[x].lower)
    # (An ordinal in any of its forms: «второе крупнейшее», «вторым крупнейшим».)
    return f"{lex.same_superlatives.get(ordinal, ordinal)} {word}" if ordinal else word


def _early_year(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the three-digit number at tokens[i] is a year by the form of the word after it
    (Lexicon.early_years): «в 988 году», «988 года», «988 год» (988 years would be «988 лет»);
    not «983 года» or «981 год», which may count years."""
    if not lex.early_years or i + 1 >= len(tokens):
        return False
    tok, after = tokens[i], tokens[i + 1].lower
    if tok.kind != "num" or not tok.text.isdigit() or len(tok.text) != 3 or tok.text.startswith("0") or after not in lex.early_years:
        return False
    forms = lex.early_years[after]
    last, tens = int(tok.text) % 10, int(tok.text) % 100
    return not forms or (11 <= tens <= 14) or last not in forms


def _era_year(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """(year, first token, last token) when the whole number at tokens[i] is a year with its
    era (Lexicon.eras): "396 BC" is -396, "AD 393" and "393 AD" are 393."""
    before, after = lex.eras
    tok = tokens[i]
    if not before or tok.kind != "num" or not tok.text.isdigit() or tok.suffix or tok.text.startswith("0"):
        return None
    value = int(tok.text)
    if i + 1 < len(tokens) and tokens[i + 1].text.isupper():
        word = tokens[i + 1].lower
        if word in before:
            return -value, i, i + 1
        if word in after:
            return value, i, i + 1
    if i > 0 and tokens[i - 1].text.isupper() and tokens[i - 1].lower in after:
        return value, i - 1, i
    return None


def _year_of_date(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the three-digit number at tokens[i] ends a date, a day and a month before it:
    "11 May 868" is a year."""
    tok = tokens[i]
    return (tok.kind == "num" and tok.text.isdigit() and len(tok.text) == 3 and not tok.text.startswith("0") and i >= 2
            and tokens[i - 1].lower in lex.months and tokens[i - 2].kind == "num" and tokens[i - 2].text.isdigit()
            and len(tokens[i - 2].text) <= 2)


def _elliptic_units(tokens: list[Token], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A figure with no unit right after «и» or «или», in the clause of a figure with one before
    it, is in that unit: «100 тысяч рублей по бумажному бланку и 400 тысяч при передаче
    данных» says 400 thousand roubles."""
    at = {t.start: k for k, t in enumerate(tokens)}
    out: list[Mention] = []
    for m in mentions:
        k = at.get(m.start)
        if m.kind == "number" and m.unit is None and k and tokens[k - 1].lower in lex.and_words | lex.range_alternatives:
            before = next((o for o in reversed(out) if o.end <= m.start), None)
            if (before is not None and before.kind == "number" and before.clause == m.clause and before.unit
                    and not before.unit.startswith("~") and not (before.interval or before.age or before.per)):
                m = replace(m, unit=before.unit)
        out.append(m)
    return out


def _part_of_whole_units(tokens: list[Token], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A figure with no unit right before a partitive and a count of things, a few words apart
    in one clause, counts those things: "destroyed about 35,000 of the library's 55,000 books"
    destroyed 35,000 books."""
    at = {t.start: k for k, t in enumerate(tokens)}
    out = list(mentions)
    for i, m in enumerate(out):
        k = at.get(m.start)
        if m.kind != "number" or m.unit is not None or k is None:
            continue
        end = next((j for j in range(k, len(tokens)) if tokens[j].end >= m.end), None)
        if end is None or end + 1 >= len(tokens) or tokens[end + 1].lower not in lex.partitives:
            continue
        # (Only articles and possessives between: "of the library's", "of its"; not "all 6,487
        # of them for 23,950 dollars".)
        for j in range(end + 2, min(end + 5, len(tokens))):
            whole = next((o for o in mentions if o.start == tokens[j].start and o.kind == "number"), None)
            if whole is not None:
                # (A count, not a measure: "2 of the 7.5 mg tablets" are two tablets, not 2 mg.)
                if (whole.unit and whole.unit.startswith("~") and whole.clause == m.clause
                        and not (whole.interval or whole.age or whole.per)):
                    out[i] = replace(m, unit=whole.unit)
                break
            if not (tokens[j].lower in lex.articles or tokens[j].lower in lex.possessive_determiners
                    or (lex.possessive_suffix and tokens[j].lower.endswith(lex.possessive_suffix))):
                break
        if out[i].unit is not None or any(o.kind == "number" and end < at.get(o.start, -1) <= end + 4 for o in mentions):
            continue
        # (Or a plural noun after a demonstrative, perhaps after a word that describes it: "about
        # 40,000 of these interlocking columns" counts columns.)
        j = end + 2
        # (Not after an article: "more than 200 of the captives" is said where a passage says
        # "about 130 of them", which names nothing counted.)
        if (j < len(tokens) and tokens[j].lower in lex.determiners and tokens[j].lower not in lex.possessive_determiners
                and tokens[j].lower not in lex.articles):
            k = _counted_after_modifiers(tokens, j + 1) if j + 1 < len(tokens) else j
            if k > j and _counted_noun(tokens[k]) and not tokens[k].lower.endswith("'s") and all(t.clause == m.clause for t in tokens[j:k + 1]):
                out[i] = replace(m, unit="~" + tokens[k].stem)
    return out


def analyse(text: str, lex: Lexicon, title: str | None = None) -> Analysis:
    """Analyse `text`; a `title` adds its content words (not its clauses or mentions)."""
    tokens = _comparison_commas(tokenize(text, lex), lex)
    _mark_denying_verbs(tokens, lex)
    _mark_bound_negations(tokens, lex)
    clauses = _clauses(tokens, lex) if tokens else []
    mentions = _mentions(tokens, lex, text) if tokens else []
    sentences = _sentences(tokens, text, lex)
    by_clause = _by_clause(tokens, clauses)
    _inherit(tokens, clauses, by_clause, mentions, sentences, lex)
    _listed_denials(tokens, clauses, by_clause, lex)
    _closing_denials(tokens, clauses, by_clause, lex)
    _time_elaborations(tokens, clauses, by_clause, mentions, lex)
    # "Before that, ..." sets a sentence in an earlier time; "..., until he tried to sell it"
    # inside a sentence does not.
    # (A clause that goes on from the sentence's first one, borrowing its subject, is set in
    # its time too: «До Казанского собора ... стояла церковь ..., | построенная ... по проекту
    # Михаила Земцова» is the church's architect, not the cathedral's.)
    # (Not a relative clause, which is about the name before it: "Before him, the record belonged
    # to Larisa Latynina, | whose 18 medals stood as the best total for 48 years".)
    first: dict[int, Clause] = {}
    for c, words in zip(clauses, by_clause):
        head = first.setdefault(c.sentence, c)
        c.earlier = c.earlier if head is c else (head.earlier and bool(head.stems) and head.stems <= c.inherited
                                                 and not (words and tokens[words[0]].lower in lex.relatives))
    mentions = [replace(m, earlier=True) if clauses[m.clause].earlier else m for m in mentions]
    if lex.elliptic_units:
        mentions = _elliptic_units(tokens, mentions, lex)
    if lex.partitives:
        mentions = _part_of_whole_units(tokens, mentions, lex)
    for x in range(len(tokens)):
        if _superlative(tokens, x, lex):  # "the hottest" compares too, whether listed or not
            clauses[tokens[x].clause].comparisons |= {tokens[x].lower}
    stems = list(dict.fromkeys(t.stem for t in tokens if t.content))
    negated = sum(c.negated for c in clauses) % 2 == 1
    extra = frozenset(t.stem for t in tokenize(title, lex) if t.content) if title else frozenset()
    name_forms = frozenset(f for t in tokens if t.kind == "word" and lex.inflected_names and _is_capitalised(t)
                           and (f := lex.name_word(t.lower)) != t.lower)
    # (And the place a capitalised adjective is of: «в Омском остроге» names Омск.)
    name_forms |= frozenset(f for t in tokens if t.kind == "word" and lex.inflected_names and _is_capitalised(t)
                            for f in lex.place_words(t.lower))
    return Analysis(text=text, tokens=tokens, clauses=clauses, mentions=mentions, stems=stems, negated=negated,
                    extra=extra, sentences=sentences, identities=_identities(tokens, clauses, by_clause, text, lex, mentions),
                    name_forms=name_forms)


#: Units that convert into one another: canonical unit -> (dimension, factor, offset), so
#: that value * factor + offset is in the dimension's base unit (g, m, l, hours, °C). Physics,
#: not language: each Lexicon maps its words onto these names.
CONVERSIONS: dict[str, tuple[str, float, float]] = {
    "mcg": ("mass", 1e-6, 0.0), "mg": ("mass", 1e-3, 0.0), "g": ("mass", 1.0, 0.0),
    "kg": ("mass", 1e3, 0.0), "t": ("mass", 1e6, 0.0), "oz": ("mass", 28.349523125, 0.0),
    "lb": ("mass", 453.59237, 0.0),
    "mm": ("length", 1e-3, 0.0), "cm": ("length", 1e-2, 0.0), "m": ("length", 1.0, 0.0),
    "km": ("length", 1e3, 0.0), "in": ("length", 0.0254, 0.0), "ft": ("length", 0.3048, 0.0),
    "yd": ("length", 0.9144, 0.0), "mi": ("length", 1609.344, 0.0),
    "arshin": ("length", 0.7112, 0.0), "sazhen": ("length", 2.1336, 0.0), "versta": ("length", 1066.8, 0.0),
    "ml": ("volume", 1e-3, 0.0), "l": ("volume", 1.0, 0.0), "m³": ("volume", 1e3, 0.0), "km³": ("volume", 1e12, 0.0),
    "m²": ("area", 1.0, 0.0), "km²": ("area", 1e6, 0.0), "ft²": ("area", 0.09290304, 0.0),
    "mi²": ("area", 2589988.110336, 0.0), "ha": ("area", 1e4, 0.0), "acre": ("area", 4046.8564224, 0.0),
    "second": ("time", 1 / 3600, 0.0), "minute": ("time", 1 / 60, 0.0), "hour": ("time", 1.0, 0.0),
    "day": ("time", 24.0, 0.0), "week": ("time", 168.0, 0.0), "month": ("time", 730.5, 0.0),
    "year": ("time", 8766.0, 0.0), "decade": ("time", 87660.0, 0.0), "century": ("time", 876600.0, 0.0),
    "°C": ("temperature", 1.0, 0.0), "°F": ("temperature", 5 / 9, -160 / 9), "K": ("temperature", 1.0, -273.15),
    "µN": ("force", 1e-6, 0.0), "mN": ("force", 1e-3, 0.0), "N": ("force", 1.0, 0.0), "kN": ("force", 1e3, 0.0),
    "W": ("power", 1.0, 0.0), "kW": ("power", 1e3, 0.0), "MW": ("power", 1e6, 0.0), "GW": ("power", 1e9, 0.0),
    # (A yield in tonnes of TNT, so far only from Russian: «58 мегатонн».)
    "kt": ("yield", 1e3, 0.0), "Mt": ("yield", 1e6, 0.0),
    # (A share per hundred and per thousand: salinity «около 18 промилле» is no 18 percent.)
    "%": ("share", 1.0, 0.0), "‰": ("share", 0.1, 0.0),
}

#: How a claim's quantity stands to the evidence's.
SAME, CONFLICT, CONSISTENT, APART = "same", "conflict", "consistent", "apart"


def convertible(a: str | None, b: str | None) -> bool:
    """Whether quantities in units `a` and `b` can be compared: the same unit (or none), or
    units of one dimension ("mg" and "g", "km" and "mi", "°C" and "°F")."""
    if a == b:
        return True
    return a in CONVERSIONS and b in CONVERSIONS and CONVERSIONS[a][0] == CONVERSIONS[b][0]


def to_base(value: float, unit: str | None) -> float:
    if unit not in CONVERSIONS:
        return value
    _, factor, offset = CONVERSIONS[unit]
    return value * factor + offset


def from_base(value: float, unit: str | None) -> float:
    if unit not in CONVERSIONS:
        return value
    _, factor, offset = CONVERSIONS[unit]
    return (value - offset) / factor


class _Side(NamedTuple):
    """One side of a comparison: the quantity as an interval in base units (what a bound
    leaves open is infinite), and how its written unit maps onto them (base = written *
    factor + offset)."""

    low: float
    high: float
    factor: float
    offset: float
    mention: Mention


def _side(m: Mention, offsets: bool = True, period: float | None = None) -> _Side:
    """`m` in its dimension's base unit; `offsets` False reads a temperature as a difference
    ("warmed by 2 °F" is 1.1 °C, not -16.7 °C); `period` reads a rate per that many hours."""
    _, factor, offset = CONVERSIONS.get(m.unit or "", ("", 1.0, 0.0))
    offset = offset if offsets else 0.0
    factor = factor / period if period else factor
    low = float(m.value) * factor + offset
    high = (float(m.high) if m.high is not None else float(m.value)) * factor + offset
    if m.bound in _UPPER:
        low = -math.inf
    elif m.bound in _LOWER:
        high = math.inf
    return _Side(low, high, factor, offset, m)


#: How many units of its last written digit "about" may stretch a figure ("about 24.2": 23.7 to 24.7).
APPROX_DIGITS = 5


def _close(a: float, b: float, c: _Side, e: _Side, tolerance: float) -> bool:
    """Whether two values (base units) say the same: equal; within `tolerance` (relative) when
    either side is approximate; equal to the claim's rounding ("200,000" for 208,800, "1.8"
    for 1.83); or, across units, equal to the digits both wrote ("14 miles" for 22 km)."""
    if math.isinf(a) or math.isinf(b):
        return a == b
    if math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9):
        return True
    claim, evidence = c.mention, e.mention
    if claim.approx or evidence.approx:  # relative to the figures as the claim says them (°F, not °C)
        a, b = (a - c.offset) / c.factor, (b - c.offset) / c.factor
        # "About" stretches a figure by its last written digit, not by a tenth whatever it
        # says: "about 24.2 miles" is not 26.2 miles, though "about 1.3 million" may be 1.35.
        written = max(_precision_of(claim), _precision_of(evidence) * e.factor / c.factor)
        if abs(a - b) <= min(tolerance, APPROX_DIGITS * written / max(abs(a), abs(b), 1e-9)) * max(abs(a), abs(b)):
            return True
        # "about two weeks" for 16 days: in the claim's coarser unit the evidence rounds to it.
        return (claim.unit != evidence.unit and abs(a - b) <= _precision_of(claim) / 2
                and abs(a - b) <= ROUNDING_SHARE * max(abs(a), abs(b)))
    precision, other_precision = _precision_of(claim), _precision_of(evidence)
    # Rounding: "200,000" agrees with 208,800, "4,000" with 3,600, "1.8" with 1.83: what the
    # evidence says, rounded to the claim's last written digit. Round tens ("20", "50") are
    # taken as exact: they are mostly counts and figures said as they are.
    # A round figure rounds only what is near it: "1,000" is not said of 500, though 500
    # rounds to a thousand.
    if (precision >= 100 or precision < 1) and abs(a - b) < precision * c.factor / 2 + 1e-9 and abs(a - b) <= ROUNDING_SHARE * max(abs(a), abs(b)):
        return True
    if claim.unit != evidence.unit:  # both sides rounded their own unit's figure
        return abs(a - b) <= (min(precision, 1.0) * c.factor + min(other_precision, 1.0) * e.factor) / 2
    return False


def _precision_of(m: Mention) -> float:
    if m.precision is not None:
        return m.precision
    digits = regex.search(r"\d[\d,]*(?:\.\d+)?", m.text)
    return _precision(digits.group()) if digits else 1.0


def compare(claim: Mention, evidence: Mention, tolerance: float) -> str:
    """How the claim's quantity stands to the evidence's, units converted:
    SAME: the evidence says it ("4,000 mg" for "4 g", "300 mg" for "200 to 400 mg", "more than
    5" for 8); CONFLICT: it cannot hold if the evidence does ("9 km" for "22 km", "up to 8 g"
    for "no more than 4 g", "2,400 mg" for "no more than 1,200 mg"), or it gives a range that
    reaches beyond the evidence's ("60 to 400 Gt" for "60 to 100 Gt"); CONSISTENT: it may hold,
    but the evidence does not say it ("800 mg" for "no more than 1,200 mg", "200 to 300 mg" for
    "200 to 400 mg"); APART: not the same kind of quantity (another dimension, or a limit over
    another period)."""
    if not convertible(claim.unit, evidence.unit):
        return APART
    rates = claim.per is not None and evidence.per is not None and not math.isclose(claim.per, evidence.per)
    if rates and (claim.bound or evidence.bound):
        return APART  # "4 g in 24 hours" and "1 g in 4 hours" limit different windows
    # "1 m in 50 years" and "1 m in 100 years": rates over different periods, per hour.
    pairs = [(_side(claim, True, claim.per if rates else None), _side(evidence, True, evidence.per if rates else None))]
    if (claim.unit != evidence.unit and CONVERSIONS.get(claim.unit or "", ("",))[0] == "temperature"
            and not (unit_slip(claim, evidence) and {claim.unit, evidence.unit} == {"°C", "K"})):
        # Across temperature scales a figure may be a temperature or a change of one
        # ("warmer by 2 °F"): either reading that agrees will do. (Not the same digits in
        # Celsius and kelvin, where a change reads alike on both: "kept at about 4 degrees
        # Celsius" for "about 4 kelvin" is the wrong scale.)
        pairs.append((_side(claim, False), _side(evidence, False)))
    outcomes = [_compare_sides(c, e, tolerance) for c, e in pairs]
    outcome = next((o for o in (SAME, CONSISTENT) if o in outcomes), outcomes[0])
    if outcome == CONSISTENT and unit_slip(claim, evidence):
        return CONFLICT  # "no more than 6 mg of salt" for "no more than 6 g": the unit is wrong, not the limit stricter
    return outcome


def disjoint(a: Mention, b: Mention) -> bool:
    """Whether two quantities of one kind share no value ("2 to 11" and "12 and over"; a
    shared end counts as none, since "under 12" and "12 and over" are said of two groups)."""
    if not convertible(a.unit, b.unit):
        return True
    x, y = _side(a), _side(b)
    return x.high <= y.low or y.high <= x.low


def unit_slip(claim: Mention, evidence: Mention) -> bool:
    """The same figure in another unit of its kind ("6 mg" and "6 g", "400 mcg" and "400 mg")."""
    return (claim.unit is not None and evidence.unit is not None and claim.unit != evidence.unit
            and not claim.unit.startswith("~") and claim.value == evidence.value and claim.high == evidence.high)


def _compare_sides(c: _Side, e: _Side, tolerance: float) -> str:
    claim, evidence = c.mention, e.mention
    (cl, ch), (el, eh) = (c.low, c.high), (e.low, e.high)

    def close(a: float, b: float) -> bool:
        return _close(a, b, c, e, tolerance)

    def le(a: float, b: float) -> bool:
        return a <= b or close(a, b)

    if not (le(cl, eh) and le(el, ch)):
        return CONFLICT  # the two intervals do not meet: "9 km" and "22 km", "2,400 mg" and "at most 1,200 mg"
    if claim.named_limit and claim.bound == evidence.bound:
        # "The upper level is 200 mg" against "no more than 2,000 mg": one limit, two values.
        return SAME if close(ch if claim.bound == "<=" else cl, eh if claim.bound == "<=" else el) else CONFLICT
    if claim.bound in _UPPER and evidence.bound in _UPPER and "<=" in (claim.bound, evidence.bound):
        # Two upper limits of one quantity ("up to 8 g", "no more than 4 g") meet, but the
        # limit is what they say: a claim that allows more than the evidence does is wrong.
        if close(ch, eh):
            return SAME
        return CONFLICT if ch > eh else CONSISTENT
    if claim.bound in _LOWER and evidence.bound in _LOWER and not (math.isinf(cl) or math.isinf(el)):
        # "more than 6,000 people" against "more than 600": a writer's "more than" gives the
        # figure the quantity is near, so two far apart say different things, though either
        # allows the other. (A claim's bound well above the evidence's claims more than it
        # says; one far below, an order of magnitude lost.)
        if cl > el * _LOWER_BOUNDS_ABOVE or el > cl * _LOWER_BOUNDS_BELOW:
            return CONFLICT
    if claim.bound in _LIMITS or evidence.bound in _LIMITS:
        # A limit says where a quantity ends: another statement says the same when it ends
        # there too ("at most 1,200 mg" and "1,200 mg"); a value inside it only fits it.
        limit = claim.bound if claim.bound in _LIMITS else evidence.bound
        a, b = (ch, eh) if limit == "<=" else (cl, el)
        return SAME if close(a, b) else CONSISTENT
    if claim.high is not None and evidence.high is not None and not (claim.bound or evidence.bound):
        # Two ranges are two pairs of figures: a claim's range that reaches beyond the
        # evidence's ("60 to 400 Gt" for "60 to 100 Gt") says what the evidence rules out.
        # So does one moved whole, both ends the same way, by a writer who gives figures as
        # fine as the evidence's: "about 18 to 22 °C" for "16 to 20 °C" is another range,
        # not the same one rounded ("about 1,500 to 2,000" for "1,450 to 1,980" is).
        moved = (cl > el and ch > eh) or (cl < el and ch < eh)
        if (moved and not (math.isclose(cl, el) or math.isclose(ch, eh))
                and _precision_of(claim) * c.factor <= _precision_of(evidence) * e.factor):
            return CONFLICT
        if close(cl, el) and close(ch, eh):
            return SAME
        return CONSISTENT if le(el, cl) and le(ch, eh) else CONFLICT
    if le(cl, el) and le(eh, ch):
        return SAME  # the claim holds all the evidence allows ("more than 5" for 8, "200 to 400 mg" for 300 mg)
    if evidence.bound is None and le(el, cl) and le(ch, eh):
        return SAME  # a value within the evidence's range ("300 mg" for "200 to 400 mg")
    return CONSISTENT


_LOWER = frozenset({">", ">="})
#: Two lower bounds of one quantity disagree when the claim's is this many times the
#: evidence's ("more than 25 million" against "more than 15 million"), or the evidence's this
#: many times the claim's ("more than 500 objects" against "more than 5,000"). Set by hand.
_LOWER_BOUNDS_ABOVE = 1.5
_LOWER_BOUNDS_BELOW = 5.0
_UPPER = frozenset({"<", "<="})
_LIMITS = frozenset({"<=", ">="})


def numbers_agree(claim: Mention, evidence: Mention, tolerance: float) -> bool:
    """Whether the evidence's quantity says the claim's (see `compare`)."""
    return compare(claim, evidence, tolerance) == SAME


# ---- advice: what a clause allows or forbids -------------------------------------------

#: What a clause says of a use (`advice`).
ALLOWS, FORBIDS = "allows", "forbids"


def advice(a: Analysis, i: int, lex: Lexicon) -> str | None:
    """Whether clause `i` allows a use ("It's fine to use alongside warfarin", "is a good
    choice for a baby", "can be taken in pregnancy") or forbids one ("must not be used by
    people taking warfarin", "isn't suitable for babies", "avoid it in pregnancy", "Never give
    ..."): ALLOWS, FORBIDS or None. A negation forbids with a modal or an advice word ("should
    not", "not recommended"), or as a command: opening its sentence, after an "if" clause, or
    going on from advice ("..., but not on broken skin"). "Rods do not detect colour" is a
    statement, "fine detail" no permission, and "you don't need to" no advice either way."""
    words = [t for t in a.tokens if t.clause == i and t.kind == "word"]
    lowers = [t.lower for t in words]
    for k, t in enumerate(words):
        if t.lower in lex.forbidding and (t.lower in lex.predicatives or _said_as_advice(lowers, k, lex)):
            return FORBIDS  # "Avoid it in pregnancy", "should be avoided", not "Avoiding this warming will ..."
        if not _is_negation(t, lex) or t.bound:
            continue
        after = lowers[k + 1:k + 3]
        if any(w in lex.not_advice for w in after):
            return None
        suffix = lex.negation_suffix
        modal = t.lower[:-len(suffix)] if suffix and t.lower.endswith(suffix) else (lowers[k - 1] if k else "")
        said = any(w in lex.allowing or tuple(lowers[j:j + 2]) in lex.allowing_phrases
                   for j, w in enumerate(lowers[k + 1:k + 4], k + 1))  # "isn't suitable", "not a good choice"
        if modal in lex.forbidding_modals or t.lower == "cannot" or said:
            return FORBIDS
        if all(w in lex.conjunctions or w in lex.imperative_aids for w in lowers[:k] + ([modal] if modal else [])):
            return FORBIDS if _command(a, i, lex) else None
        if lowers[0] in lex.conditions and _after_comma(a, t, lex):
            return FORBIDS  # "If you take warfarin, don't use it"
        return None  # a plain denial ("it does not cure colds")
    if a.clauses[i].negated:
        return None
    for k, w in enumerate(lowers):
        if _allowing(lowers, k, lex):
            return ALLOWS
        if w in lex.permissive_modals and any(v in lex.uses and v != "be" for v in lowers[k + 1:k + 3]):
            return ALLOWS
    return None


def command(a: Analysis, i: int, lex: Lexicon) -> str | None:
    """When clause `i` tells the reader to do something, the stem of the verb it commands
    ("tip" of "tip your head back", "then leave it on the worktop to thaw"), or "" for "the
    best way ... is to ..." ("The fastest way to warm someone up is to put them in a hot
    bath"); else None."""
    toks = [t for t in a.tokens if t.clause == i and t.kind == "word"]
    words = [t.lower for t in toks]
    if a.clauses[i].negated:
        # (A denial in the command's purpose denies no command: "tip your head back so the
        # blood doesn't drip".)
        purpose = next((k for k, w in enumerate(words) if w in lex.purpose_words), None)
        if purpose is None or any(is_negation_word(w, lex) for w in words[:purpose]):
            return None
    if any(w in lex.recommending and n in lex.recommended for w, n in zip(words, words[1:])):
        return ""
    start = 0
    if words and words[0] in lex.conditions:
        # "If someone is very cold, put them in a hot bath": the command after the condition.
        comma = next((k for k, t in enumerate(toks) if k and a.text[toks[k - 1].end:t.start].strip() == ","), None)
        if comma is None:
            return None
        start = comma
    at = next((k for k in range(start, len(words)) if words[k] not in lex.command_openers and words[k] not in lex.conjunctions), None)
    verb = words[at] if at is not None else None
    first = start or i == 0 or a.clauses[i - 1].sentence != a.clauses[i].sentence
    # (Mid-sentence, a command goes on from "and" or a condition: "If it bleeds, tip your
    # head back"; not "..., leave it there" of a statement's list.)
    if verb in lex.imperatives | lex.instructions and verb not in lex.imperative_aids and not is_negation_word(verb, lex) and (
            first or words[0] in lex.and_words
            or next((t.lower for t in a.tokens if t.clause == i - 1 and t.kind == "word"), "") in lex.conditions):
        return toks[at].stem
    return None


def _said_as_advice(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a forbidding word is said as advice: a command ("Avoid it", "and avoid ...",
    "should avoid", "try to avoid") or a passive after a modal or copula ("should be avoided")."""
    before = lowers[k - 1] if k else ""
    return (not before or before in lex.conjunctions or before in lex.imperative_aids or before in lex.forbidding_modals
            or before in ("to", "be", "been", "best") or before in lex.copulas)


def _allowing(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the word at `k` says a use is allowed: an adverb ("safely") anywhere, an
    adjective said of the thing ("is fine", "it's safe", "is a good choice"), not one that
    describes ("fine detail", "the recommended dose")."""
    w = lowers[k]
    if w in lex.allowing and w.endswith("ly"):
        return True
    if not (w in lex.allowing or tuple(lowers[k:k + 2]) in lex.allowing_phrases):
        return False
    return w in lex.predicatives or any(v in lex.copulas or v in lex.uses or v.endswith(("'s", "'re")) for v in lowers[max(0, k - 3):k])


def _after_comma(a: Analysis, t: Token, lex: Lexicon) -> bool:
    """Whether the token before `t` (or before its "do") is a comma."""
    k = a.tokens.index(t)
    while k and a.tokens[k - 1].lower in lex.imperative_aids:
        k -= 1
    return k > 0 and a.tokens[k - 1].text == ","


def _command(a: Analysis, i: int, lex: Lexicon) -> bool:
    """Whether clause `i`, opening with a negation, is a command: it opens its sentence,
    follows a condition ("If you take warfarin, don't use it ..."), or goes on from advice."""
    clause = a.clauses[i]
    if i == 0 or a.clauses[i - 1].sentence != clause.sentence:
        return True
    before = next((t.lower for t in a.tokens if t.clause == i - 1 and t.kind == "word"), "")
    # (A command goes on from a command: "Do not take more than 2 tablets in 24 hours, and do
    # not take a second tablet ...".)
    return (before in lex.conditions or before in lex.imperatives or before in lex.imperative_aids
            or is_negation_word(before, lex) or advice(a, i - 1, lex) is not None)
