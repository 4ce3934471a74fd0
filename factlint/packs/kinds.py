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
"""

from __future__ import annotations

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
            if asked is not None and doc.sentences:
                # The question raised the topic: point at the answer's first sentence.
                start, end = doc.sentences[0]
                hits.append(Hit(start, end, {"match": asked.group(), "topic": case.topic}))
        return hits


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
    Existence | Substitution | Occurrence | Repetition | Pattern | Metric | Conditional,
    Field(discriminator="kind"),
]
KIND_NAMES = ("existence", "substitution", "occurrence", "repetition", "pattern", "metric", "conditional")

