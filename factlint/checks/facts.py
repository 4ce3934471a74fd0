"""The `facts` check: find an answer's claims, retrieve evidence for them, and verify them.

Category: fact. Rules: fact/contradicted (error: a passage of the index says otherwise, and
the finding cites it), fact/unsupported (warning: no passage covers the claim, or one may say
the opposite in a way too unsure to call an error: `doubtful_kinds`).
Config, the `[facts]` section (paths are relative to the config file):

    index = "indexes/demo/built"   # an evidence index (factlint index build); or --index DIR
    k = 5                          # passages retrieved per claim
    verifier = "heuristic"         # heuristic (offline, default) | nli | a registered third party
    short_answer_words = 30        # a one-sentence answer this short is read with its question
    max_claims = 100               # claims checked per answer at most
    doubtful_kinds = ["polarity", "order"]  # a contradiction only of these kinds warns
    [facts.heuristic]              # thresholds: factlint/verify/heuristic.py
    support_coverage = 0.7
    [facts.nli]                    # factlint/verify/nli.py
    model = "cross-encoder/nli-deberta-v3-xsmall"

Rule packs may set the same keys under their `settings: {facts: ...}`.

Example (the demo index): "Adult men need about 18 mg of iron a day." -> fact/contradicted
"Contradicted by “How much iron men need”: says about 18 mg a day; the evidence says 8 mg a day (“Adult men need 8 mg of iron a day, not 18 mg.”)." citing the
passage; "Most adult men need 8 mg of iron a day." -> supported, cited in metrics.

Claims of a whole batch are embedded in one call through `resources.embed` (shared with any
other check that needs the same texts) and searched as vectors. Supported claims are listed
in the report's metrics with the passage that supports them:
    metrics["claims"] = {"checked", "supported", "contradicted", "unverifiable", "support"}
    metrics["citations"] = [{"claim", "start", "end", "passage_id", "source", "score"}]
    metrics["contradictions"] = [{"start", "end", "kinds"}]   # each fact/contradicted claim
    metrics["doubts"] = [{"start", "end", "kinds"}]   # each claim a passage may say the opposite of
`support` is the lowest belief (0..1) among the answer's claims that they hold: it ranks answers.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from factlint.checks.base import Check, CheckConfig, CheckSkipped, RuleDoc
from factlint.claims import Claim, ClaimDetector
from factlint.model import Finding
from factlint.registry import checks
from factlint.verify.base import Verdict, Verifier, build_verifier
from factlint.verify.combined import CombinedConfig
from factlint.verify.heuristic import HeuristicConfig
from factlint.verify.languages import languages
from factlint.verify.nli import NliConfig
from factlint.verify.trained import TrainedConfig

SKIPPED = "no evidence index configured: fact checks skipped (--index DIR or [facts] index = ...)"


class FactsConfig(CheckConfig):
    #: The evidence index folder, relative to the config file.
    index: str | None = None
    k: int = Field(5, ge=1, le=100)
    verifier: str = "heuristic"
    short_answer_words: int = Field(30, ge=0)
    max_claims: int = Field(100, ge=1)
    #: Also check plain statements (no figure, date or name) for evidence that says the
    #: opposite; they are never reported unsupported.
    statements: bool = True
    #: What disagrees (Verdict.kinds) when that alone is too unsure to call an error: a
    #: contradiction made only of these kinds is a fact/unsupported warning that quotes the
    #: passage ("which may say otherwise"), listed in metrics["doubts"]; [] makes them errors.
    #: Why: on six hand-written sets run once each before anyone looked at them (blind31-33,
    #: ru_blind16-18, 576 answers), a clause read as the opposite of the passage (polarity) was
    #: at a planted error 6 times of 29 and in a right answer 15 times; two events put in the
    #: other order 3 of 11 (3 in right answers); against 71 of 99 for a figure, a date or a year
    #: and 13 of 25 for a name. A comparison said the other way (2 of 3) stays an error.
    doubtful_kinds: list[str] = Field(default_factory=lambda: ["polarity", "order"])
    heuristic: HeuristicConfig = Field(default_factory=HeuristicConfig)
    nli: NliConfig = Field(default_factory=NliConfig)
    trained: TrainedConfig = Field(default_factory=TrainedConfig)
    combined: CombinedConfig = Field(default_factory=CombinedConfig)
    #: Settings of a third-party verifier (`verifier = "name"`), validated by its own Config.
    options: dict[str, Any] = Field(default_factory=dict)


@checks.register("facts")
class FactsCheck(Check):
    name: ClassVar[str] = "facts"
    languages: ClassVar[tuple[str, ...]] = languages()
    categories: ClassVar[tuple[str, ...]] = ("fact",)
    rules: ClassVar[dict[str, RuleDoc]] = {
        "fact/contradicted": RuleDoc(
            "error", "A claim that a passage of the evidence index contradicts; the finding quotes the "
            "passage. Needs an index (--index DIR or [facts] index).",
            bad="Adult men need about 18 mg of iron a day.  (demo index)",
            good="Most adult men need 8 mg of iron a day."),
        "fact/unsupported": RuleDoc(
            "warning", "A checkable claim (a figure, a date, a name) that no passage of the evidence index "
            "covers, or one a passage may say the opposite of in a way too unsure to call an error "
            "(a clause read as the opposite, events in the other order: [facts] doubtful_kinds); the "
            "finding then quotes the passage. Needs an index."),
    }
    Config: ClassVar[type[FactsConfig]] = FactsConfig

    def __init__(self, config: FactsConfig, resources, settings) -> None:
        super().__init__(config, resources, settings)
        self.index = None
        self._detectors: dict[str, ClaimDetector] = {}
        self._verifiers: dict[str, Verifier] = {}
        # Claims of the current batch, by document: found once for texts_to_embed and run.
        self._claims: dict[int, tuple[object, list[Claim]]] = {}
        if config.index:
            # Opened now, not at the first batch: a missing or corrupt index, or one built with
            # another embedder, is one clear error for the run (EvidenceIndexError names the path).
            self.index = resources.index(str(settings.resolve(config.index)))
            if self.supports(settings.language):
                self._verifier(settings.language)  # and a model that cannot load, likewise

    def engine_name(self) -> str:
        verifier = next(iter(self._verifiers.values()), None)
        return f"factlint:{verifier.engine_name() if verifier else self.config.verifier}"

    def _detector(self, language: str) -> ClaimDetector:
        lang = language.split("-")[0]
        if lang not in self._detectors:
            self._detectors[lang] = ClaimDetector(lang, self.config.short_answer_words, self.config.max_claims, self.config.statements)
        return self._detectors[lang]

    def _verifier(self, language: str) -> Verifier:
        lang = language.split("-")[0]
        if lang not in self._verifiers:
            name = self.config.verifier
            section = {"heuristic": self.config.heuristic, "nli": self.config.nli, "trained": self.config.trained,
                       "combined": self.config.combined}.get(name, self.config.options)
            self._verifiers[lang] = build_verifier(name, section, lang)
        return self._verifiers[lang]

    def claims(self, doc) -> list[Claim]:
        cached = self._claims.get(id(doc))
        if cached is not None and cached[0] is doc:
            return cached[1]
        found = self._detector(doc.language).from_document(doc)
        self._claims[id(doc)] = (doc, found)
        return found

    def texts_to_embed(self, docs) -> list[str]:
        self._claims.clear()  # a new batch
        if self.index is None or self.index.embedder is not self.resources.embedder:
            return []  # an index built with another model (multilingual-e5-small): embedded in run()
        return [c.query for d in docs if self.supports(d.language) for c in self.claims(d)]

    def run(self, docs):
        if self.index is None:
            raise CheckSkipped(SKIPPED)
        try:
            per_doc = [self.claims(d) for d in docs]
        finally:
            self._claims.clear()  # held for one batch only
        flat = [c for claims in per_doc for c in claims]
        if flat:
            # The engine embedded these with every other check's texts in one call
            # (texts_to_embed); resources.embed finds them cached. Searched as vectors, from
            # the model that built the index.
            vectors = self.resources.embed([c.query for c in flat], embedder=self.index.embedder)
            hits = self.index.search(vectors, self.config.k)
        else:
            hits = []
        results = []
        i = 0
        for doc, claims in zip(docs, per_doc):
            verdicts = self._verifier(doc.language).verify(claims, hits[i : i + len(claims)]) if claims else []
            i += len(claims)
            results.append(self._findings(doc, claims, verdicts))
        return results

    def _findings(self, doc, claims: list[Claim], verdicts: list[Verdict]) -> list[Finding]:
        engine = self.engine_name()
        findings = []
        counts = {"checked": len(claims), "supported": 0, "contradicted": 0, "unverifiable": 0}
        citations = []
        # What disagrees in each contradicted claim (a figure, a name, a polarity ...), strongest
        # first, for the review app and the bench: the kinds are not equally sure.
        contradictions = []
        doubts = []
        # A plain statement, or advice, counts only when the evidence contradicts it: that no
        # passage holds "Iron helps carry oxygen" or "Avoid it if you have asthma" says nothing
        # about the answer.
        kept = [(c, v) for c, v in zip(claims, verdicts) if c.kinds not in (("statement",), ("advice",)) or v.label == "contradicted"]
        counts["checked"] = len(kept)
        for claim, v in kept:
            title = v.passage.title if v.passage is not None and v.passage.title else ""

            def finding(rule: str, severity: str, message: str) -> Finding:
                return Finding(rule=rule, category="fact", severity=severity, message=message, start=claim.start,
                               end=claim.end, evidence=[hit.to_evidence(stance) for hit, stance in v.stances],
                               confidence=v.confidence, engine=engine)

            if v.label == "contradicted" and self._doubtful(v):
                counts["unverifiable"] += 1
                doubts.append({"start": claim.start, "end": claim.end, "kinds": list(v.kinds)})
                where = f" by “{title}”, which may say otherwise" if title else ": the evidence may say otherwise"
                findings.append(finding("fact/unsupported", "warning", f"Not supported{where}: {v.reason}."))
            elif v.label == "contradicted":
                counts["contradicted"] += 1
                contradictions.append({"start": claim.start, "end": claim.end, "kinds": list(v.kinds)})
                where = f" by “{title}”" if title else ""
                findings.append(finding("fact/contradicted", "error", f"Contradicted{where}: {v.reason}."))
            elif v.label == "unsupported":
                counts["unverifiable"] += 1
                findings.append(finding("fact/unsupported", "warning", f"Not supported by the evidence index: {v.reason}."))
            else:
                counts["supported"] += 1
                if v.passage is not None:
                    citations.append({
                        "claim": claim.text, "start": claim.start, "end": claim.end,
                        "passage_id": v.passage.passage_id, "source": v.passage.citation,
                        "score": round(v.passage.score, 4),
                    })
        counts["support"] = round(min(v.score for _, v in kept), 4) if kept else None
        doc.metrics["claims"] = counts
        doc.metrics["citations"] = citations
        doc.metrics["contradictions"] = contradictions
        doc.metrics["doubts"] = doubts
        return findings

    def _doubtful(self, verdict: Verdict) -> bool:
        """A contradiction made only of kinds too unsure to call an error (`doubtful_kinds`)."""
        return bool(verdict.kinds) and set(verdict.kinds) <= set(self.config.doubtful_kinds)
