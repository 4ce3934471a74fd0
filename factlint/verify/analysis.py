"""Text analysis for claims and evidence: tokens, clauses, content words and typed mentions.

`analyse(text, lexicon)` turns a claim or a passage into what the heuristic verifier
compares:
- clauses (split at punctuation and at "but", "while"...), each with its content-word stems
  and its polarity (an odd number of negations);
- mentions: numbers with their unit ("18 mg", "15 percent", "$2 million"), years, dates
  ("March 2, 1991") and names (capitalised runs: "Zooey Deschanel", "Bank of America"),
  each with the content words of its clause as context, so the number of one clause is
  compared with the number of the clause that says the same thing in the evidence;
- comparison words ("more", "older"), matched against their opposites.

Only regular expressions and the lexicon: no model, about 20 µs per sentence.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

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
CLAUSE_WORDS = frozenset({"but", "whereas", "while", "although", "though", "however", "because", "unlike"})
ORDINAL = frozenset({"st", "nd", "rd", "th"})
#: A clause with fewer content words than this is read together with the one before it
#: ("..., not 18 mg." keeps the context of its sentence).
MIN_CLAUSE_WORDS = 2


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
    bound: str | None = None  # ">" or "<": "more than 5", "up to 5"
    negated: bool = False  # "not 18 mg"
    tokens: frozenset[str] = frozenset()  # stems of the mention itself, left out of its context


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    stems: frozenset[str]
    negated: bool
    comparisons: frozenset[str]


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

    @functools.cached_property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems) | self.extra

    def context(self, mention: Mention) -> frozenset[str]:
        """Content stems around a mention: its clause, minus the mention's own words."""
        return self.clauses[mention.clause].stems - mention.tokens

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
        if f" {' '.join(words)} " in self.word_string or (len(words) == 1 and words[0] in self.lowers):
            return True
        wanted, key = set(words), "".join(words)
        return any(m.kind == "name" and (wanted <= set(m.value) or "".join(m.value) == key) for m in self.mentions)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _is_initial(tok: Token) -> bool:
    return tok.kind == "word" and len(tok.text) == 1 and tok.text.isupper()


def _is_capitalised(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[0].isupper()


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
                month = base in lex.months and surface[0].isupper() and base != "may"
                tok.content = not month and base not in stop and base not in lex.negations and not base.endswith(lex.negation_suffix)
                tok.stem = lex.stem(base) if tok.content else base
        tokens.append(tok)
    return tokens


def _is_negation(tok: Token, lex: Lexicon) -> bool:
    return tok.kind == "word" and (tok.lower in lex.negations or tok.lower.endswith(lex.negation_suffix))


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
    for tok in tokens:
        initial = tok.text == "." and previous is not None and _is_initial(previous)
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
            if tok.text in CLAUSE_PUNCT:
                if tok.text in SENTENCE_END:
                    outer.clear()
                current = start(tok.text in SENTENCE_END)
                continue
        if tok.kind == "word" and tok.lower in CLAUSE_WORDS and groups[current]:
            current = start(False)
        groups[current].append(tok)
    merged: list[tuple[list[Token], list[Token]]] = []  # (all tokens, main part)
    into: dict[int, int] = {}  # group index -> merged clause index
    leading: list[Token] = []  # a fragment opening a sentence ("In 2008,") joins the next clause
    for k, g in enumerate(groups):
        if not g:
            continue
        tiny = sum(t.content for t in g) < MIN_CLAUSE_WORDS
        target = into.get(before[k], -1)
        if leading and new_sentence[k]:
            merged.append((leading, leading))  # the sentence had nothing after it
            leading = []
        if tiny and target >= 0:
            merged[target][0].extend(g)
        elif tiny and new_sentence[k] and k + 1 < len(groups) and not new_sentence[k + 1]:
            leading = list(g)
            continue
        else:
            target = len(merged)
            merged.append((leading + g, list(g)))
            leading = []
        into[k] = target
    if leading:
        merged.append((leading, leading))
    clauses = []
    for i, (g, main) in enumerate(merged):
        for t in g:
            t.clause = i
        clauses.append(Clause(
            start=g[0].start, end=g[-1].end,
            stems=frozenset(t.stem for t in g if t.content),
            negated=sum(_is_negation(t, lex) for t in main) % 2 == 1,
            comparisons=frozenset(t.lower for t in g if t.kind == "word" and t.lower in lex.comparisons),
        ))
    return clauses


def _unit_after(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int]:
    """The unit after a number at tokens[j-1]: (canonical unit, tokens used)."""
    if j < len(tokens):
        t = tokens[j]
        if j + 1 < len(tokens) and f"{t.lower} {tokens[j + 1].lower}" in lex.units:
            return lex.units[f"{t.lower} {tokens[j + 1].lower}"], 2
        if t.lower in lex.units and t.kind in ("word", "sym"):
            return lex.units[t.lower], 1
        if t.kind == "word" and t.content:
            return "~" + t.stem, 0  # a counted noun ("8 members"): compare with the same noun only
    return None, 0


def _counted_noun(tok: Token) -> bool:
    """Whether the word after a 4-digit number makes it a count ("2000 soldiers"), not a year."""
    return tok.kind == "word" and tok.text.islower() and (tok.lower.endswith("s") or tok.lower in ("people", "men", "women", "children"))


def _mentions(tokens: list[Token], lex: Lexicon, text: str) -> list[Mention]:
    mentions: list[Mention] = []
    used: set[int] = set()
    n = len(tokens)

    def prev_words(i: int, count: int) -> list[str]:
        out = []
        k = i - 1
        while k >= 0 and len(out) < count:
            if tokens[k].kind == "word":
                out.append(tokens[k].lower)
            elif tokens[k].kind == "punct":
                break
            k -= 1
        return out

    def negated_before(i: int) -> bool:
        return any(w in lex.negations or w.endswith(lex.negation_suffix) for w in prev_words(i, 2))


    # Dates: "March 2, 1991", "2 March 1991", "March 1991", "March 2".
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or tok.lower not in lex.months or not tok.text[0].isupper():
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
        if day is not None or (i + 1 < n and tokens[i + 1].kind == "num" and len(tokens[i + 1].text) == 4):
            used.update(range(first, last + 1))
            mentions.append(Mention("date", (month, day), text[tokens[first].start:tokens[last].end],
                                    tokens[first].start, tokens[last].end, tokens[first].clause,
                                    tokens=frozenset({tok.stem})))

    i = 0
    while i < n:
        tok = tokens[i]
        if i in used:
            i += 1
            continue
        is_number_word = tok.kind == "word" and tok.lower in lex.number_words and tok.lower not in ("once", "half")
        if tok.kind != "num" and not is_number_word:
            i += 1
            continue
        if is_number_word:
            value = float(lex.number_words[tok.lower])
            if tok.lower == "one" and not (i + 1 < n and tokens[i + 1].lower in lex.scales):
                i += 1
                continue  # "one of the best": not a quantity
        else:
            value = _number(tok.text)
        j = i + 1
        scale = 1.0
        if j < n and tokens[j].kind == "word" and tokens[j].lower in lex.scales:
            scale = lex.scales[tokens[j].lower]
            j += 1
        suffix = tok.suffix
        # Years and decades: a whole 4-digit number 1000-2100 that is not a count of something.
        if tok.kind == "num" and scale == 1.0 and tok.text.isdigit() and len(tok.text) == 4 and 1000 <= value <= 2100:
            unit, _ = _unit_after(tokens, j, lex)
            prev = prev_words(i, 1)
            cue = bool(prev) and prev[0] in lex.year_cues
            if suffix == "s":
                mentions.append(Mention("decade", int(value), text[tok.start:tok.end], tok.start, tok.end, tok.clause))
                i = j
                continue
            counted = unit is not None and (not unit.startswith("~") or _counted_noun(tokens[j]))
            if not suffix and (cue or not counted):
                mentions.append(Mention("year", int(value), tok.text, tok.start, tok.end, tok.clause,
                                        negated=negated_before(i)))
                i = j
                continue
        if suffix in ORDINAL:
            i = j
            continue  # "21st century", "3rd": ordinals are left to names and coverage
        unit: str | None = None
        if suffix:
            unit = lex.units.get(suffix)
            if unit is None:  # "30A", "mp3": a code, part of a name
                i = j
                continue
        before = tokens[i - 1] if i > 0 else None
        if unit is None and before is not None and before.kind == "sym" and before.text in lex.units:
            unit = lex.units[before.text]
        used_unit = 0
        if unit is None:
            unit, used_unit = _unit_after(tokens, j, lex)
        prev = prev_words(i, 2)
        approx = bool(prev) and prev[0] in lex.approximators
        bound = None
        if prev:
            if prev[0] == "than" and len(prev) > 1:
                bound = lex.bounds.get(prev[1])
            elif prev[0] in ("least",):
                bound = ">"
            elif prev[0] in ("to",) and len(prev) > 1 and prev[1] == "up":
                bound = "<"
            elif prev[0] in ("over", "above", "under", "below", "exceeding"):
                bound = lex.bounds.get(prev[0])
        end = tokens[j - 1].end if used_unit == 0 else tokens[j + used_unit - 1].end
        mentions.append(Mention(
            "number", value * scale, text[tok.start:end], tok.start, end, tok.clause,
            unit=unit, approx=approx, bound=bound, negated=negated_before(i),
            tokens=frozenset(tokens[k].stem for k in range(i, j + used_unit) if tokens[k].content),
        ))
        i = j + used_unit
    names = _names(tokens, lex, text)
    inside = [(m.start, m.end) for m in names if any(c.isdigit() for c in m.text)]
    mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
    return mentions + names


def _names(tokens: list[Token], lex: Lexicon, text: str) -> list[Mention]:
    """Capitalised runs that are names: not a lone capitalised word opening a sentence."""
    out = []
    n = len(tokens)
    i = 0
    sentence_start = True
    while i < n:
        tok = tokens[i]
        if tok.kind == "punct":
            after_initial = tok.text == "." and i > 0 and _is_initial(tokens[i - 1])
            sentence_start = (tok.text in SENTENCE_END and not after_initial) or (sentence_start and tok.text in "\"“'(")
            i += 1
            continue
        if not _is_capitalised(tok) or tok.lower in lex.months or tok.lower == "i":
            sentence_start = False
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tokens[j]
            if _is_capitalised(t) and t.lower not in lex.months:
                j += 1
            elif t.kind == "num" and j > i and not (j + 1 < n and tokens[j + 1].lower in lex.months):
                j += 1  # "Route 66", "Apollo 11", "Route 30A"; not "Born 4 October"
            elif t.kind == "word" and t.lower in lex.name_joiners:
                k = j  # "War of the Roses": a run of joiners, then a capitalised word
                while k < n and tokens[k].kind == "word" and tokens[k].lower in lex.name_joiners and not _is_capitalised(tokens[k]):
                    k += 1
                if k < n and k > j and _is_capitalised(tokens[k]) and k - j <= 2:
                    j = k
                else:
                    break
            elif t.kind == "punct" and t.text == "." and _is_initial(tokens[j - 1]) and j + 1 < n and _is_capitalised(tokens[j + 1]):
                j += 1
            elif t.kind == "punct" and t.text in "-'’" and j + 1 < n and tokens[j + 1].kind in ("word", "num") and t.end == tokens[j + 1].start and tokens[j - 1].end == t.start:
                j += 1
            else:
                break
        run = list(tokens[i:j])
        # "The Simpsons", "In 1844 Arthur's Magazine": leading stop words and numbers are not the name.
        while run and (run[0].kind != "word" or run[0].lower in lex.stop_words or not _is_capitalised(run[0])):
            run.pop(0)
        words = [t for t in run if t.kind in ("word", "num") and t.lower not in lex.name_joiners]
        lone_opener = sentence_start and len(words) == 1 and run and run[0] is tokens[i]
        if words and not lone_opener:
            value = tuple(w.lower[:-2] if w.lower.endswith("'s") else w.lower + w.suffix for w in words)
            out.append(Mention("name", value, text[run[0].start:run[-1].end], run[0].start,
                               run[-1].end, run[0].clause, tokens=frozenset(w.stem for w in words)))
        sentence_start = False
        i = j
    return out


def analyse(text: str, lex: Lexicon, title: str | None = None) -> Analysis:
    """Analyse `text`; a `title` adds its content words (not its clauses or mentions)."""
    tokens = tokenize(text, lex)
    clauses = _clauses(tokens, lex) if tokens else []
    mentions = _mentions(tokens, lex, text) if tokens else []
    stems = list(dict.fromkeys(t.stem for t in tokens if t.content))
    negated = sum(c.negated for c in clauses) % 2 == 1
    extra = frozenset(t.stem for t in tokenize(title, lex) if t.content) if title else frozenset()
    return Analysis(text=text, tokens=tokens, clauses=clauses, mentions=mentions, stems=stems, negated=negated, extra=extra)


def numbers_agree(claim: Mention, evidence: Mention, tolerance: float) -> bool:
    """Whether two numbers say the same: equal, equal after the claim's rounding, or within
    `tolerance` (relative) when either is approximate; a bound agrees with what it bounds."""
    a, b = float(claim.value), float(evidence.value)
    if claim.bound == ">" and b > a:
        return True
    if claim.bound == "<" and b < a:
        return True
    if math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9):
        return True
    if claim.approx or evidence.approx or evidence.bound:
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    # Rounding: "200,000" agrees with 208,800 to its last non-zero digit... within one unit.
    if a == int(a) and a != 0:
        zeros = len(str(int(abs(a)))) - len(str(int(abs(a))).rstrip("0"))
        if zeros >= 2 and abs(a - b) < 10**zeros:
            return True
    # Decimals: "1.8" agrees with 1.83.
    text = f"{a}"
    if "." in text and a != int(a):
        decimals = len(text.split(".")[1])
        return round(b, decimals) == a
    return False


def units_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return a == b
