"""Claim detection: which sentences of an answer say something a passage could confirm or refute.

A sentence is a claim when it states something checkable: a number or quantity, a year or
date, a name, a comparison ("more iron than red meat", "the oldest"), or a negation ("Tea
does not help absorption"). Left out:
- questions ("Did you know...?"), and refusals that say nothing else ("I cannot help with
  that.", "I don't know.": factlint.questions.declines);
- opinions ("I think...", "tbh"), hedged advice ("You should...", "If you...", "Talk to
  your doctor"), instructions ("Eat more beans."), boilerplate ("Great question!",
  "I hope this helps");
  a marker at the start of a sentence always rules it out, one further in only when the
  sentence has no number, date or name; advice that allows or forbids a use ("You should
  never take paracetamol and ibuprofen together") stays, as kind "advice", reported only when
  the evidence contradicts it;
- statements with none of the checkable kinds ("Spinach is legit good too.").

A short answer ("Arthur's Magazine", "Delhi", "Mumbai, the financial capital of India.") is
read together with its question: the claim's `context` is the question, so retrieval and
verification see what the answer answers. A sentence that opens with a pronoun ("It was
founded in 1844.") gets the sentence before it as context. An answer that only says yes or
no carries no claim of its own and is left alone.

Language: the markers, number words and names come from the answer language's Lexicon
(factlint.verify.languages); a language without one has no claim detector.

    detector = ClaimDetector("en")
    detector.detect(text, sentence_spans, question="Which city...?") -> [Claim, ...]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.questions import declines
from factlint.verify.analysis import advice, analyse, command
from factlint.verify.languages import Lexicon, lexicon

if TYPE_CHECKING:
    from factlint.document import Document

#: Words that, opening a sentence, refer back to the sentence before it.
_PRONOUNS = {"en": frozenset({"it", "its", "he", "she", "his", "her", "they", "their", "this", "these", "those", "that", "there", "both", "which"})}
#: Words that may precede an instruction's verb: "Just take...", "Also eat...".
_LEADS = {"en": frozenset({"just", "also", "so", "then", "and", "but", "simply", "instead", "first", "finally", "now", "basically"})}
#: Markers count as "at the start" within this many characters of the sentence's start.
_START_WINDOW = 12


@dataclass(frozen=True)
class Claim:
    #: The claim as the answer states it; `text == answer.text[start:end]`.
    text: str
    start: int  # code-point offsets into Answer.text
    end: int
    #: What the claim is read with: the question of a short answer, or the sentence before.
    context: str | None = None
    #: Why it is checkable: number, date, name, comparison, negation, answer (a short answer),
    #: statement (none of those: only evidence that says the opposite counts).
    kinds: tuple[str, ...] = ()
    #: The question the answer answers, if any: not embedded, but it tells a verifier what
    #: the answer is about ("the usual dose of ibuprofen") when the sentence does not say.
    question: str | None = None

    @property
    def query(self) -> str:
        """The text embedded to find evidence: the question, the context, then the claim.
        The question names what a sentence is about when neither it nor the sentence before
        does ("You can take up to 6 g in 24 hours", asked about aspirin)."""
        parts = [self.question] if self.question and self.question != self.context else []
        parts += [self.context] if self.context else []
        return " ".join(parts + [self.text])


#: Content words a plain statement needs to be worth a search ("The ship carried enough
#: lifeboats for everyone" has four).
STATEMENT_MIN_WORDS = 3
#: ...and advice: what is used, and when ("Never give aspirin to children").
ADVICE_MIN_WORDS = 2


class ClaimDetector:
    """`statements=True` also makes plain statements claims (kind "statement": no figure,
    date, name, comparison or negation, but enough content words), so that evidence saying
    the opposite ("The ship did not carry enough lifeboats") is found. Nothing can show such a
    claim unsupported, only contradicted: see FactsCheck."""

    def __init__(self, language: str = "en", short_answer_words: int = 30, max_claims: int = 100,
                 statements: bool = False) -> None:
        lex = lexicon(language)
        if lex is None:
            raise ValueError(f"claim detection: no lexicon for language {language!r}")
        self.lex: Lexicon = lex
        self.language = lex.language
        self.short_answer_words = short_answer_words
        self.max_claims = max_claims
        self.statements = statements

    def from_document(self, doc: Document) -> list[Claim]:
        """Claims of a Document: its prose (code and URLs blanked) and its question. An answer
        without a letter ("1889", "108,249") has no sentence, but with a question it is a short
        answer all the same."""
        sentences = doc.sentences
        if not sentences and doc.answer.question and doc.prose.strip():
            start = len(doc.prose) - len(doc.prose.lstrip())
            sentences = [(start, len(doc.prose.rstrip()))]
        return self.detect(doc.prose, sentences, doc.answer.question)

    def detect(self, text: str, sentences: list[tuple[int, int]] | None = None, question: str | None = None) -> list[Claim]:
        if sentences is None:
            sentences = [(0, len(text))] if text.strip() else []
        question = question.strip() if question and question.strip() else None
        spans = [(s, e) for s, e in _lines(text, sentences) if text[s:e].strip()]
        words = sum(len(text[s:e].split()) for s, e in spans)
        if question and len(spans) == 1 and words <= self.short_answer_words:
            claim = self._short_answer(text, spans[0], question)
            return [claim] if claim else []
        claims = []
        earlier: list[str] = []
        for start, end in spans:
            sentence = text[start:end]
            kinds = self.checkable(sentence)
            if kinds:
                claims.append(Claim(sentence, start, end, self._context(sentence, earlier), kinds, question))
                if len(claims) >= self.max_claims:
                    break
            earlier.append(sentence)
        return claims

    def _context(self, sentence: str, earlier: list[str]) -> str | None:
        """The sentence a claim is read with: the one before it, when the claim opens with a
        pronoun or a name that sentence gives whole; else the latest earlier one that gives
        whole the name the claim opens with ("Thomson was the first ..." two sentences after
        "Joseph John Thomson discovered the electron"), so that the claim's subject is known."""
        if earlier and self._refers_back(sentence, earlier[-1]):
            return earlier[-1]
        return next((e for e in reversed(earlier[:-1]) if self._names_whole(sentence, e)), None)

    def _short_answer(self, text: str, span: tuple[int, int], question: str) -> Claim | None:
        start, end = span
        sentence = text[start:end]
        if self._rejected(sentence, strict=True):
            return None
        bare = sentence.strip(" .!").lower()
        if bare in self.lex.yes_no or bare.split(",")[0].strip() in self.lex.yes_no and len(bare.split()) <= 2:
            return None  # "Yes." says nothing a passage could hold on its own
        if not any(c.isalnum() for c in sentence):
            return None
        kinds = self._kinds(sentence) or ("answer",)
        return Claim(sentence, start, end, question, tuple(dict.fromkeys(("answer", *kinds))), question)

    # ---- the tests a sentence goes through -------------------------------------------

    def checkable(self, sentence: str) -> tuple[str, ...]:
        """The kinds of checkable content in a sentence, or () if it is not a claim."""
        analysis = analyse(sentence, self.lex)
        if self._rejected(sentence, strict=False, measured=_measured(analysis)):
            # Advice that allows or forbids a use ("You should never take paracetamol and
            # ibuprofen at the same time") is checked all the same, and counts only when the
            # evidence says the opposite: a wrong "never" or "it's fine" is what harms.
            return ("advice",) if self._advises(sentence, analysis) else ()
        kinds = self._kinds(sentence, analysis)
        if not kinds and self._advises(sentence, analysis):
            return ("advice",)
        if not kinds:
            if self.statements and not self._marked(sentence) and len(analysis.stems) >= STATEMENT_MIN_WORDS:
                return ("statement",)
            return ()
        if self._marked(sentence) and not ({"number", "date", "name"} & set(kinds)):
            return ()
        return kinds

    def _rejected(self, sentence: str, strict: bool, measured: bool = False) -> bool:
        """Questions, and sentences that open as opinion, advice, boilerplate or an instruction.
        Advice and instructions that give a measured quantity are claims all the same: "If
        you're pregnant, have no more than 200 mg a day", "take 500 mg first" state a dose the
        reference can contradict, and a wrong dose is the error that matters most."""
        stripped = sentence.strip()
        if stripped.endswith("?"):
            return True
        if declines(stripped, self.language, max_other_words=0) is not None:
            return True  # "I cannot help with that." claims nothing a passage could hold
        lex = self.lex
        patterns = (lex.opinion_re, lex.boilerplate_re) if measured else (lex.opinion_re, lex.advice_re, lex.boilerplate_re)
        for pattern in patterns:
            m = pattern.search(stripped)
            if m and m.start() <= _START_WINDOW:
                return True
        if measured:
            return False
        words = [w.strip(",.:;!\"'“”()").lower() for w in stripped.split()[:3]]
        leads = _LEADS.get(self.language, frozenset())
        while words and words[0] in leads:
            words.pop(0)
        if words and words[0] in lex.imperatives and not strict:
            return True
        return False

    def _advises(self, sentence: str, analysis) -> bool:
        """Whether a sentence turned away as advice (not as an opinion, a question or
        boilerplate) allows or forbids a use, about enough words."""
        stripped = sentence.strip()
        if stripped.endswith("?") or len(analysis.stems) < ADVICE_MIN_WORDS:
            return False
        for pattern in (self.lex.opinion_re, self.lex.boilerplate_re):
            m = pattern.search(stripped)
            if m and m.start() <= _START_WINDOW:
                return False
        # (So is a command to act on the body or a thing, the lexicon's `instructions`: "If it is
        # still there, rub the eye firmly" is what the evidence may forbid, "do not rub it";
        # "Talk to your pharmacist" is no such act.)
        return any(advice(analysis, i, self.lex) or self._instructs(analysis, i) for i in range(len(analysis.clauses)))

    def _instructs(self, analysis, i: int) -> bool:
        """Whether clause `i` commands an act of the lexicon's `instructions` (analysis.command)."""
        verb = command(analysis, i, self.lex)
        return bool(verb) and any(t.clause == i and t.stem == verb and t.lower in self.lex.instructions for t in analysis.tokens)

    def _marked(self, sentence: str) -> bool:
        lex = self.lex
        return any(p.search(sentence) for p in (lex.opinion_re, lex.advice_re, lex.boilerplate_re))

    def _kinds(self, sentence: str, analysis=None) -> tuple[str, ...]:
        analysis = analysis or analyse(sentence, self.lex)
        kinds = []
        # ("every day" alone is how often, not a figure that makes a claim: "Just take iron
        # supplements every day" is advice.)
        mention_kinds = {m.kind for m in analysis.mentions if not (m.kind == "number" and m.implied)}
        if "number" in mention_kinds:
            kinds.append("number")
        if mention_kinds & {"year", "date", "decade"}:
            kinds.append("date")
        if "name" in mention_kinds:
            kinds.append("name")
        if any(c.comparisons - {"only", "main"} for c in analysis.clauses) or any(t.lower.endswith("est") and t.lower in self.lex.comparisons for t in analysis.tokens):
            kinds.append("comparison")
        if kinds or len(analysis.stems) >= 2:
            if any(c.negated for c in analysis.clauses):
                kinds.append("negation")  # "Tea does not block absorption" is a claim too
        return tuple(kinds)

    def _refers_back(self, sentence: str, previous: str = "") -> bool:
        """Whether a sentence opens with a pronoun, or with the last word of a name the
        sentence before gives whole ("Jobs designed the Apple I" after "Steve Jobs and Steve
        Wozniak founded Apple"): it needs that sentence to be read."""
        word = self._first_word(sentence)
        if word.lower() in _PRONOUNS.get(self.language, frozenset()):
            return True
        return self._names_whole(sentence, previous)

    @staticmethod
    def _first_word(sentence: str) -> str:
        return sentence.strip().split(maxsplit=1)[0].strip(",.:;\"'“”(") if sentence.strip() else ""

    def _names_whole(self, sentence: str, other: str) -> bool:
        """Whether a sentence opens with the last word of a longer name `other` gives."""
        word = self._first_word(sentence)
        return bool(word[:1].isupper() and re.search(rf"\b[A-ZА-ЯЁ][\w'’-]+ {re.escape(word)}\b", other))


def _measured(analysis) -> bool:
    """Whether a sentence gives a quantity in a unit ("200 mg", "4 hours", "2 litres")."""
    return any(m.kind == "number" and m.unit and not m.unit.startswith("~") and not m.implied for m in analysis.mentions)


def _lines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut at line breaks too: a bullet or a table row is a statement of its own
    ("- Strength: 1%" and "- Who: adults" are two), whatever the sentence splitter made of them."""
    out = []
    for start, end in sentences:
        at = start
        for line in text[start:end].split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip(" \t-*•·–"))
                out.append((at + lead, at + len(line.rstrip())))
            at += len(line) + 1
    return out
