"""The `combined` verifier: the trained cross-encoder judges meaning, the heuristic judges figures.

    [facts]
    verifier = "combined"            # the default
    [facts.combined]
    contradiction = 0.7              # model probability that contradicts a claim
    [facts.combined.model]           # the pair model: factlint/verify/trained.py
    quantize = true

Per claim:
1. Evidence sentences. From each of the best `passages` passages (by similarity to the claim)
   the sentence that shares most of the claim's words is chosen (with the sentence before it
   when it opens with a pronoun: "It rises 22 km" needs its subject). The model reads each
   of them against the claim, and the best two together, so a fact spread over two passages
   can still be entailed. The model never reads whole passages: short inputs are what keep a
   cross-encoder pass cheap.
2. The heuristic verifier runs on the same passages (numbers, units, ranges, dates, names,
   negation, comparisons, aligned clause by clause).
3. One verdict:
   - a conflict of figures the heuristic finds (a number, a bound, a year, a date) is a
     contradiction: models read numbers badly, the heuristic aligns them;
   - a heuristic conflict of words (a name, a negation, a comparison) stands unless the model
     entails the claim from that very passage (`veto_entailment`);
   - otherwise the model's contradiction (at least `contradiction`, above its entailment, on a
     passage similar enough to the claim, in a sentence holding `contradiction_overlap` of the
     claim's words) contradicts, except against a claim whose figures the heuristic found in
     agreement (the model alone does not overrule aligned figures);
   - supported when the model entails the claim (`entailment`) and the heuristic has no
     figure of the claim missing from the evidence, or the heuristic supports it and the model
     does not lean to contradiction;
   - unsupported otherwise.
   Messages quote the evidence sentence, not the whole passage; a supported claim cites the
   passage that entails it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from factlint.registry import verifiers
from factlint.verify.base import CONTRADICTS, NEUTRAL, SUPPORTS, Verdict, Verifier, VerifierConfig
from factlint.verify.heuristic import HeuristicConfig, HeuristicVerifier
from factlint.verify.languages import lexicon
from factlint.verify.trained import PairModelConfig

if TYPE_CHECKING:
    from factlint.claims import Claim
    from factlint.evidence.index import Hit

#: Heuristic conflicts about figures: the model does not get to overrule these.
FIGURE_KINDS = frozenset({"number", "year", "date", "decade", "order", "compared", "bound", "range", "unit", "quantity"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: A figure: digits not inside a name ("18 mg", "1357", but not "CO2").
_FIGURE = re.compile(r"(?<![^\W\d_])\d")


class CombinedConfig(VerifierConfig):
    #: Passages per claim whose best sentence the model reads.
    passages: int = Field(2, ge=1, le=10)
    #: Passages less similar (cosine) than this are not evidence.
    min_similarity: float = Field(0.2, ge=-1, le=1)
    #: ...and a passage must be this similar for the model alone to contradict the claim.
    match_similarity: float = Field(0.4, ge=-1, le=1)
    #: Model probability of contradiction that contradicts a claim.
    contradiction: float = Field(0.85, ge=0, le=1)
    #: ...and the share of the claim's content words its evidence sentence must hold: the
    #: model contradicts only a sentence about the same thing.
    contradiction_overlap: float = Field(0.4, ge=0, le=1)
    #: Model probability of entailment that supports a claim.
    entailment: float = Field(0.6, ge=0, le=1)
    #: Model entailment from the same passage that overrules a heuristic conflict of words.
    veto_entailment: float = Field(0.8, ge=0, le=1)
    #: Also read the best two sentences together (facts spread over two passages).
    joint: bool = True
    heuristic: HeuristicConfig = Field(default_factory=HeuristicConfig)
    model: PairModelConfig = Field(default_factory=PairModelConfig)


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


class SentencePicker:
    """The sentence of a passage that shares most content words with a claim."""

    def __init__(self, language: str) -> None:
        lex = lexicon(language)
        self._stem = lex.stem if lex else (lambda w: w)
        self._stop = lex.stop_words if lex else frozenset()
        self._pronouns = frozenset({"it", "its", "he", "she", "his", "her", "they", "their", "this", "these", "those", "there", "both"})

    def words(self, text: str) -> set[str]:
        return {self._stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in self._stop}

    def best(self, claim_words: set[str], passage: str) -> str:
        sentences = split_sentences(passage) or [passage]
        if len(sentences) == 1:
            return sentences[0]
        windows = []
        for i, sentence in enumerate(sentences):
            first = _WORD.match(sentence.lstrip("\"“("))
            opens_with_pronoun = i > 0 and first is not None and first.group(0).lower() in self._pronouns
            windows.append(f"{sentences[i - 1]} {sentence}" if opens_with_pronoun else sentence)
        scores = [len(claim_words & self.words(w)) for w in windows]
        return windows[max(range(len(windows)), key=lambda j: (scores[j], -j))]


def _conflict_kind(verdict: Verdict) -> str:
    """The kind of a heuristic contradiction: "figure" when it is about a number or a date."""
    kinds = set(getattr(verdict, "kinds", ()) or ())
    if kinds:
        return "figure" if kinds & FIGURE_KINDS else "words"
    said = verdict.reason.split(";")[0]
    return "figure" if _FIGURE.search(said) else "words"


def _figures_missing(verdict: Verdict) -> bool:
    """The heuristic found no passage holding one of the claim's numbers or dates (a missing
    name is left to the model: "CO2" and "carbon dioxide" are the same thing)."""
    prefix = "not found in the evidence:"
    if verdict.label != "unsupported" or not verdict.reason.startswith(prefix):
        return False
    return bool(_FIGURE.search(verdict.reason[len(prefix):].split(" (best passage")[0]))


@verifiers.register("combined")
class CombinedVerifier(Verifier):
    name: ClassVar[str] = "combined"
    Config: ClassVar[type[CombinedConfig]] = CombinedConfig

    def __init__(self, config: CombinedConfig | None = None, language: str = "en", model=None) -> None:
        super().__init__(config or CombinedConfig(), language)
        self.heuristic = HeuristicVerifier(self.config.heuristic, language)
        # `model`: anything with predict(pairs) -> rows of (entailment, neutral, contradiction).
        self.model = model if model is not None else self.config.model.load()
        self.picker = SentencePicker(language)

    def engine_name(self) -> str:
        return f"combined:{self.model.name}+heuristic"

    def verify(self, claims: list[Claim], hits: list[list[Hit]]) -> list[Verdict]:
        cfg = self.config
        plans = []  # per claim: (passages, [(hit or None, sentence)]) the model reads
        pairs: list[tuple[str, str]] = []
        for claim, hs in zip(claims, hits):
            chosen = [h for h in hs if h.score >= cfg.min_similarity][: cfg.passages]
            words = self.picker.words(claim.text)
            read = [(h, self.picker.best(words, h.text)) for h in chosen]
            if cfg.joint and len(read) >= 2 and read[0][1] != read[1][1]:
                read.append((None, f"{read[0][1]} {read[1][1]}"))
            plans.append(read)
            pairs.extend((sentence, claim.text) for _, sentence in read)
        probs = self.model.predict(pairs)
        verdicts = []
        row = 0
        for claim, hs, read in zip(claims, hits, plans):
            scored = [(h, s, *map(float, probs[row + i])) for i, (h, s) in enumerate(read)]
            row += len(read)
            verdicts.append(self._decide(claim, hs, scored))
        return verdicts

    def _decide(self, claim: Claim, hits: list[Hit], scored: list[tuple]) -> Verdict:
        """scored: (hit or None for the joint reading, sentence, entailment, neutral, contradiction)."""
        cfg = self.config
        heur = self.heuristic.verify_one(claim, hits)
        if not scored:
            return heur
        singles = [s for s in scored if s[0] is not None]
        best_e = max(scored, key=lambda s: s[2])
        best_c = max(singles, key=lambda s: s[4])
        stances = self._stances(singles)

        if heur.label == "contradicted":
            same = [s for s in singles if heur.passage is not None and s[0].passage_id == heur.passage.passage_id]
            vetoed = _conflict_kind(heur) == "words" and same and same[0][2] >= cfg.veto_entailment
            if not vetoed:
                return heur
        words = self.picker.words(claim.text)
        shared = len(words & self.picker.words(best_c[1])) / max(1, len(words))
        model_contradicts = (best_c[4] >= cfg.contradiction and best_c[4] > best_c[2]
                             and best_c[0].score >= cfg.match_similarity and shared >= cfg.contradiction_overlap)
        # A claim with figures that the heuristic found, none of them in conflict: the model,
        # which reads numbers badly, does not overrule that.
        figures_agree = bool(_FIGURE.search(claim.text)) and not _figures_missing(heur)
        if model_contradicts and not figures_agree:
            hit, sentence, e, _, c = best_c
            return Verdict("contradicted", round(min(heur.score, 1 - c) * 0.3, 4), round(c, 4), passage=hit,
                           reason=f"the evidence says otherwise: “{_shorten(sentence)}”",
                           stances=[(hit, CONTRADICTS)] + [(h, st) for h, st in stances if h is not hit])
        if best_e[2] >= cfg.entailment and not _figures_missing(heur):
            hit, sentence, e, _, c = best_e
            if hit is None:  # the joint reading: cite the passage of the two that entails more
                hit = max(singles[:2], key=lambda s: s[2])[0]
            return Verdict("supported", round(max(e, heur.score), 4), round(e, 4), passage=hit,
                           reason=f"the evidence says “{_shorten(sentence)}”",
                           stances=[(hit, SUPPORTS)] + [(h, st) for h, st in stances if h is not hit])
        if heur.label == "supported" and best_c[4] < max(0.5, best_c[2]):
            return heur
        reason = heur.reason if heur.label == "unsupported" else "the evidence does not say this"
        return Verdict("unsupported", round(min(heur.score, best_e[2]) if heur.label == "unsupported" else best_e[2], 4),
                       round(1 - best_e[2], 4), passage=best_e[0] or singles[0][0], reason=reason, stances=stances)

    def _stances(self, singles: list[tuple]) -> list[tuple]:
        cfg = self.config
        out = []
        for hit, _, e, _, c in singles:
            if c >= cfg.contradiction and c > e:
                out.append((hit, CONTRADICTS))
            elif e >= cfg.entailment:
                out.append((hit, SUPPORTS))
            else:
                out.append((hit, NEUTRAL))
        return out


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
