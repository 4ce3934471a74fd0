"""Rule kinds: what a YAML rule can ask for.

Each kind is a pydantic model (its fields are the YAML keys it accepts, so a typo is an error
that names the key) with a `find(doc, ctx)` method returning `Hit`s. Kinds see `doc.prose`,
where code and URLs are already blanked out, so they never match inside them; words are
matched in `doc.folded` (fullwidth letters folded, zero-width characters dropped) and hits
mapped back to offsets in the text.

A regular expression a rule brings (`pattern`, an occurrence `token`) gets PATTERN_TIMEOUT_S
of wall-clock time per answer, for all its calls together (an occurrence rule calls it once
per sentence); then TimeoutError stops that rule on that answer.

    existence     words or phrases (inline or from lexicon files) that should not appear
    substitution  words to swap for better ones
    occurrence    a token or the words of a scope counted against a maximum
    repetition    a word or a sentence said twice in a row / twice in the text
    pattern       a regular expression
    metric        a readability figure against min/max thresholds
    conditional   if A appears (in the answer or its question), B must appear too
    verb-form     a verb in the form its neighbour rules out (Russian -тся/-ться), decided by
                  morphology (pymorphy3 and its bundled OpenCorpora dictionary)
"""

from __future__ import annotations

import functools
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from factlint.errors import PackError
from factlint.packs.lexicon import phrase_pattern, read_lexicon

if TYPE_CHECKING:
    from factlint.document import Document

# A pattern that runs longer than this on one answer is stopped and reported, so one bad
# regex cannot hang a batch (the `regex` module supports time-outs; `re` does not).
PATTERN_TIMEOUT_S = 0.5


class Deadline:
    """The time one rule may spend on one answer, shared by all its regex calls."""

    def __init__(self, seconds: float = PATTERN_TIMEOUT_S) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; TimeoutError when none are."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"pattern stopped after {self.seconds} s")
        return left


@contextmanager
def wall_clock(deadline: Deadline):
    """Stop what runs inside at the deadline by the clock. The `regex` module's own
    `timeout` (always passed too) counts CPU time, which on a busy machine falls behind the
    clock; in the main thread a SIGALRM, which `regex` checks while it matches, keeps to the
    clock. Elsewhere (other threads, no setitimer) the CPU-time limit alone applies."""
    if (threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer")
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0):  # someone else's alarm: leave it be
        yield
        return
    armed = [True]

    def fire(signum, frame):
        if armed[0]:
            raise TimeoutError(f"pattern stopped after {deadline.seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    try:
        signal.setitimer(signal.ITIMER_REAL, max(deadline.left(), 0.001))
        yield
    finally:
        try:
            armed[0] = False  # an alarm from here on is ignored
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def timed_finditer(pattern, text: str, deadline: Deadline, pos: int = 0, endpos: int | None = None) -> list:
    """All matches of a rule's own regex, within the deadline (TimeoutError past it)."""
    with wall_clock(deadline):
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos, timeout=deadline.left()))


WORD = regex.compile(r"[^\W\d_][\w'’-]*")
REPEATED_WORD = regex.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)(\s+)(\1)(?![\w'’-])", regex.IGNORECASE)


@dataclass
class Hit:
    start: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)  # for the message template
    suggestions: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What a kind may need beyond the document: where lexicons live, extra lexicon files.

    A rule reads lexicons from its own pack folder (`pack_dir`) and the language's lexicon
    folder only; files anywhere else come from the config (`extra_lexicons`)."""

    rule_file: Path
    lexicon_dir: Path
    extra_lexicons: dict[str, list[Path]] = field(default_factory=dict)
    pack_dir: Path | None = None


class Kind(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def prepare(self, ctx: Context) -> None:
        """Compile patterns and read lexicons once, when the rule loads."""

    def find(self, doc: Document) -> list[Hit]:
        raise NotImplementedError


class WordList(BaseModel):
    """Words or phrases given inline (`tokens`) and/or by lexicon name or path (`lexicon`)."""

    model_config = ConfigDict(extra="forbid")

    tokens: list[str] = Field(default_factory=list)
    lexicon: list[str] = Field(default_factory=list)
    ignorecase: bool = True
    _pattern: Any = PrivateAttr(default=None)

    @field_validator("lexicon", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _not_empty(self):
        if not self.tokens and not self.lexicon:
            raise ValueError("give `tokens` or `lexicon`")
        return self

    def prepare(self, ctx: Context) -> None:
        entries = list(self.tokens)
        for name in self.lexicon:
            entries.extend(read_lexicon(_lexicon_path(name, ctx)))
            for extra in ctx.extra_lexicons.get(name, []):
                entries.extend(read_lexicon(extra))
        self._pattern = phrase_pattern(entries, self.ignorecase)

    def finditer(self, text: str):
        return self._pattern.finditer(text) if self._pattern is not None else iter(())

    def hits(self, doc: Document):
        """(start, end, matched words) in the text for each match in the folded prose."""
        folded = doc.folded
        for m in self.finditer(folded.text):
            yield (*folded.span(m.start(), m.end()), m.group())


def _lexicon_path(name: str, ctx: Context) -> Path:
    """A bare name is a file in the language's lexicons folder; a path is relative to the
    rule and must stay inside the rule's pack folder or the lexicons folder (after symlinks):
    a pack from elsewhere must not read /etc/passwd. The config's [lexicons] may name any file."""
    if "/" in name or "\\" in name or name.endswith(".txt"):
        path = Path(name).expanduser()
        path = path if path.is_absolute() else ctx.rule_file.parent / path
    else:
        path = ctx.lexicon_dir / f"{name}.txt"
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:
        raise PackError(f"{path}: cannot be read: {exc}") from None
    roots = [r.resolve() for r in (ctx.pack_dir or ctx.rule_file.parent.parent, ctx.lexicon_dir)]
    if not any(resolved.is_relative_to(root) for root in roots):
        raise PackError(
            f"{name}: outside the pack ({resolved} is not under {roots[0]} or {roots[1]}); "
            "name the file in the config's [lexicons] instead"
        )
    return path


class Existence(WordList, Kind):
    kind: Literal["existence"]

    def find(self, doc):
        return [Hit(start, end, {"match": doc.prose[start:end]}) for start, end, _ in self.hits(doc)]


class Substitution(Kind):
    kind: Literal["substitution"]
    swap: dict[str, str]
    ignorecase: bool = True
    _pattern: Any = PrivateAttr(default=None)
    _lookup: dict = PrivateAttr(default_factory=dict)

    def prepare(self, ctx):
        self._pattern = phrase_pattern(list(self.swap), self.ignorecase)
        self._lookup = {" ".join(k.lower().split()): v for k, v in self.swap.items()}

    def find(self, doc):
        hits = []
        folded = doc.folded
        for m in self._pattern.finditer(folded.text):
            match = m.group()
            better = self._lookup.get(" ".join(match.lower().split()))
            if better is None:
                continue
            if match[:1].isupper():
                better = better[:1].upper() + better[1:]
            start, end = folded.span(m.start(), m.end())
            hits.append(Hit(start, end, {"match": doc.prose[start:end], "suggestion": better}, [better]))
        return hits


class Occurrence(Kind):
    kind: Literal["occurrence"]
    #: A regular expression to count, or the special value "words".
    token: str = "words"
    scope: Literal["text", "sentence"] = "text"
    max: int = Field(ge=0)
    ignorecase: bool = True
    _pattern: Any = PrivateAttr(default=None)

    def prepare(self, ctx):
        if self.token == "words":
            self._pattern = WORD
        else:
            self._pattern = _compile(self.token, self.ignorecase)

    def find(self, doc):
        scopes = doc.sentences if self.scope == "sentence" else [(0, len(doc.prose))]
        hits = []
        deadline = Deadline()  # one budget for every sentence of the answer
        for start, end in scopes:
            if self.token == "words":  # a fixed, linear pattern over the prose
                matches = list(self._pattern.finditer(doc.prose, start, end))
            else:
                folded = doc.folded
                found = timed_finditer(self._pattern, folded.text, deadline, folded.position(start), folded.position(end))
                matches = [_Span(*folded.span(*m.span())) for m in found]
            if len(matches) > self.max:
                # A whole long sentence is the span; for a token, the first one over the limit.
                span = (start, end) if self.token == "words" else matches[self.max].span()
                hits.append(Hit(*span, {"count": len(matches), "max": self.max, "match": doc.text[span[0]:span[1]]}))
        return hits


class Repetition(Kind):
    kind: Literal["repetition"]
    target: Literal["word", "sentence"] = "word"
    #: Words that may legitimately stand twice ("had had", "that that").
    exceptions: list[str] = Field(default_factory=list)
    #: Sentences shorter than this are not reported when repeated ("Yes." "Yes.").
    min_words: int = 4
    _exceptions: set = PrivateAttr(default_factory=set)

    def prepare(self, ctx):
        self._exceptions = {e.lower() for e in self.exceptions}

    def find(self, doc):
        if self.target == "word":
            folded = doc.folded
            hits = []
            for m in REPEATED_WORD.finditer(folded.text, overlapped=True):
                if m.group(1).lower() in self._exceptions or "\n\n" in m.group(2):
                    continue
                start, end = folded.span(m.start(), m.end())
                hits.append(Hit(start, end, {"match": doc.prose[start:end], "word": m.group(1)}, [m.group(1)]))
            return hits
        seen: set[str] = set()
        hits = []
        for (start, end), words in zip(doc.sentences, doc.sentence_words):
            if len(words) < self.min_words:
                continue
            key = " ".join(w.lower() for w in words)
            if key in seen:
                hits.append(Hit(start, end, {"match": doc.text[start:end]}))
            seen.add(key)
        return hits


class Pattern(Kind):
    kind: Literal["pattern"]
    pattern: str
    ignorecase: bool = True
    _compiled: Any = PrivateAttr(default=None)

    def prepare(self, ctx):
        self._compiled = _compile(self.pattern, self.ignorecase)

    def find(self, doc):
        folded = doc.folded
        hits = []
        for m in timed_finditer(self._compiled, folded.text, Deadline()):
            if m.end() > m.start():
                start, end = folded.span(m.start(), m.end())
                hits.append(Hit(start, end, {"match": doc.prose[start:end]}))
        return hits


METRICS = (
    "grade_level", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall_score",
    "words_per_sentence", "syllables_per_word",
)


class Metric(Kind):
    kind: Literal["metric"]
    metric: Literal[METRICS]  # type: ignore[valid-type]
    max: float | None = None
    min: float | None = None

    @model_validator(mode="after")
    def _bounds(self):
        if self.max is None and self.min is None:
            raise ValueError("give `max` or `min`")
        return self

    def find(self, doc):
        value = doc.readability.get(self.metric)
        if value is None:  # too short for the figure to mean anything
            return []
        too_high = self.max is not None and value > self.max
        too_low = self.min is not None and value < self.min
        if not (too_high or too_low):
            return []
        start = doc.sentences[0][0] if doc.sentences else 0
        end = doc.sentences[-1][1] if doc.sentences else len(doc.text)
        limit = self.max if too_high else self.min
        return [Hit(start, end, {"value": round(value, 1), "max": self.max, "min": self.min, "limit": limit, "metric": self.metric})]


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    topic: str
    if_: WordList = Field(alias="if")
    then: WordList


class Conditional(Kind):
    kind: Literal["conditional"]
    #: Where the trigger may appear: the answer itself and/or the question it answers.
    look_in: list[Literal["answer", "question"]] = Field(default_factory=lambda: ["answer"])
    #: An answer that only declines ("I can't help with that": factlint.questions.declines)
    #: gives no advice, so a topic its question raises asks nothing of it (a bare refusal is the
    #: relevance check's finding); a topic the answer itself names still does.
    unless_declines: bool = False
    #: An answer that only names the person, place or thing its question asks for ("Queen
    #: Elizabeth II" to "Who is the mother of the prince named in the lawsuit?":
    #: factlint.questions.names_what_is_asked) gives no advice either, so a topic only its
    #: question raises asks nothing of it.
    unless_names: bool = False
    cases: list[Case]

    def prepare(self, ctx):
        for case in self.cases:
            case.if_.prepare(ctx)
            case.then.prepare(ctx)

    def find(self, doc):
        hits = []
        from factlint.markup import fold

        question = doc.answer.question or ""
        for case in self.cases:
            if next(case.then.hits(doc), None):
                continue
            trigger = next(case.if_.hits(doc), None) if "answer" in self.look_in else None
            if trigger is not None:
                start, end, _ = trigger
                hits.append(Hit(start, end, {"match": doc.prose[start:end], "topic": case.topic}))
                continue
            asked = next(case.if_.finditer(fold(question).text), None) if "question" in self.look_in else None
            if asked is not None and doc.sentences and not (self.unless_declines and self._declines(doc)) and not (
                    self.unless_names and self._names(doc, question)):
                # The question raised the topic: point at the answer's first sentence.
                start, end = doc.sentences[0]
                hits.append(Hit(start, end, {"match": asked.group(), "topic": case.topic}))
        return hits

    @staticmethod
    def _names(doc, question: str) -> bool:
        from factlint.questions import names_what_is_asked, read_question

        asked = read_question(question.strip(), doc.language)
        return asked is not None and names_what_is_asked(asked, doc.text, doc.language)

    @staticmethod
    def _declines(doc) -> bool:
        from factlint.questions import declines

        return declines(doc.text, doc.language) is not None


@functools.lru_cache(maxsize=1)
def russian_morphology():
    """pymorphy3's analyser with its bundled Russian dictionary (OpenCorpora, CC BY-SA 3.0;
    the package pymorphy3-dicts-ru): loaded once, in about 0.1 s."""
    try:
        import pymorphy3
    except ImportError as exc:
        raise PackError(f"kind verb-form needs the package pymorphy3 ({exc})") from None
    return pymorphy3.MorphAnalyzer(lang="ru")


class VerbForm(Kind):
    """-тся (3rd person: что делает?) against -ться (infinitive: что делать?) where the word
    before the verb decides, with morphology to confirm: after a word of `infinitive_after`
    (надо, может, будет) the verb is an infinitive, so "надо учится" is flagged when "учиться"
    is an infinitive in the dictionary; right after a word of `finite_after` (он, она) it is
    finite, so "он учиться" is flagged when the clause holds no other word that takes an
    infinitive ("она заниматься спортом не любит" and "хочет ли она учиться" are right), and
    the suggestion is the dictionary's 3rd person singular ("учится", "боится").

    A governor right after a dash is a copula ("Жить — это учиться"), and a parenthetical
    word ("кажется", "разумеется") is no verb of the clause: neither is flagged."""

    kind: Literal["verb-form"]
    language: Literal["ru"] = "ru"
    infinitive_after: list[str] = Field(min_length=1)
    finite_after: list[str] = Field(min_length=1)
    infinitive_ending: str = Field(min_length=1)
    finite_ending: str = Field(min_length=1)
    #: Words that may stand between the governor and the verb ("не").
    between: list[str] = Field(default_factory=list)
    #: Words that start a new clause (и, но, что): a verb beyond one governs nothing here.
    clause_words: list[str] = Field(default_factory=list)
    _pattern: Any = PrivateAttr(default=None)
    _infinitive_after: set = PrivateAttr(default_factory=set)
    _clause_words: set = PrivateAttr(default_factory=set)

    def prepare(self, ctx):
        self._infinitive_after = {w.lower() for w in self.infinitive_after}
        self._clause_words = {w.lower() for w in self.clause_words}
        governors = "|".join(regex.escape(w) for w in sorted({*self.infinitive_after, *self.finite_after}, key=len, reverse=True))
        between = "|".join(regex.escape(w) for w in self.between)
        gap = rf"(?:(?:{between})\s+)?" if between else ""
        endings = "|".join(regex.escape(e) for e in (self.infinitive_ending, self.finite_ending))
        self._pattern = regex.compile(rf"(?<![\w-])({governors})\s+{gap}(\w+(?:{endings}))(?![\w-])", regex.IGNORECASE)
        russian_morphology()  # a missing package is the rule's load error, named once

    def find(self, doc):
        morph = russian_morphology()
        folded = doc.folded
        text = folded.text
        hits = []
        for m in self._pattern.finditer(text):
            governor, word = m.group(1).lower(), m.group(2)
            lower = word.lower()
            if governor in self._infinitive_after:
                better = self._infinitive(morph, lower)
            elif _after_dash(text, m.start()) or self._governed_elsewhere(morph, text, m.start(), m.end(2)):
                better = None
            else:
                better = self._finite(morph, lower)
            if not better:
                continue
            if word[:1].isupper():
                better = better[:1].upper() + better[1:]
            start, end = folded.span(m.start(2), m.end(2))
            phrase = doc.prose[folded.span(m.start(1), m.end(1))[0]:end]
            hits.append(Hit(start, end, {"match": doc.prose[start:end], "governor": m.group(1), "phrase": phrase,
                                         "suggestion": better}, [better]))
        return hits

    def _infinitive(self, morph, word: str) -> str | None:
        """The infinitive a -тся word after "надо" should be, or None."""
        if word.endswith(self.infinitive_ending) or not word.endswith(self.finite_ending):
            return None
        parses = morph.parse(word)
        if any("Prnt" in p.tag or p.tag.POS == "INFN" for p in parses):
            return None
        swapped = word[: -len(self.finite_ending)] + self.infinitive_ending
        if any(p.tag.POS == "INFN" and p.is_known for p in morph.parse(swapped)):
            return swapped
        lemmas = {p.normal_form for p in parses if p.is_known and p.tag.POS == "VERB" and "3per" in p.tag}
        lemmas = {w for w in lemmas if w.endswith(self.infinitive_ending)}
        return lemmas.pop() if len(lemmas) == 1 else None

    def _finite(self, morph, word: str) -> str | None:
        """The 3rd person singular a -ться word after "он" should be, or None."""
        if not word.endswith(self.infinitive_ending):
            return None
        forms = set()
        for p in morph.parse(word):
            if p.tag.POS == "INFN" and p.is_known:
                tense = "futr" if p.tag.aspect == "perf" else "pres"
                form = p.inflect({"sing", "3per", tense})
                if form is not None and form.word.endswith(self.finite_ending):
                    forms.add(form.word)
        return forms.pop() if len(forms) == 1 else None

    def _governed_elsewhere(self, morph, text: str, start: int, end: int) -> bool:
        """Whether the clause around text[start:end] holds another word that takes an
        infinitive: a finite verb, a predicative (надо), a short adjective (должен, готов).
        A clause ends at punctuation and at a conjunction ("плету, и мне это нравится")."""
        left = max((text.rfind(c, 0, start) for c in CLAUSE_MARKS), default=-1) + 1
        rights = [i for i in (text.find(c, end) for c in CLAUSE_MARKS) if i >= 0]
        right = min(rights) if rights else len(text)
        words = [(w.start(), w.group().lower()) for w in WORD.finditer(text, left, right)]
        before = [w for at, w in words if at < start]
        after = [w for at, w in words if at >= end]
        for i, w in enumerate(reversed(before)):
            if w in self._clause_words:
                before = before[len(before) - i:]
                break
        for i, w in enumerate(after):
            if w in self._clause_words:
                after = after[:i]
                break
        for w in before + after:
            p = morph.parse(w)[0]
            if p.is_known and (p.tag.POS in ("PRED", "ADJS") or (p.tag.POS == "VERB" and "Prnt" not in p.tag)):
                return True
        return False


#: What ends a clause for VerbForm: "она, кажется, учится" is three clauses.
CLAUSE_MARKS = ".,;:!?()—–\n"


def _after_dash(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return before.endswith(("—", "–", "-"))


@dataclass
class _Span:
    """A match mapped back to the text: what Occurrence counts and points at."""

    start: int
    end: int

    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _compile(pattern: str, ignorecase: bool):
    try:
        return regex.compile(pattern, regex.IGNORECASE if ignorecase else 0)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None


RuleKind = Annotated[
    Existence | Substitution | Occurrence | Repetition | Pattern | Metric | Conditional | VerbForm,
    Field(discriminator="kind"),
]
KIND_NAMES = ("existence", "substitution", "occurrence", "repetition", "pattern", "metric", "conditional", "verb-form")

