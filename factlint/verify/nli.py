"""The `nli` verifier: a natural-language-inference CrossEncoder judges each claim-passage pair.

    [facts]
    verifier = "nli"
    [facts.nli]
    model = "cross-encoder/nli-deberta-v3-xsmall"   # a name in the local Hugging Face cache, or a folder

The model reads (passage, claim) pairs and gives probabilities for its labels. Which output is
entailment, contradiction or neutral comes from the model's own config (`id2label`): the
labels are matched by name ("entailment", "CONTRADICTION", "neutral", ...), so models that
order them differently all work. A model whose labels say nothing (LABEL_0...) needs
`labels = ["contradiction", "entailment", "neutral"]` in the config, in output order.

Verdict per claim, over its best `passages` passages: contradicted when a passage's
contradiction probability reaches `contradiction` and beats its entailment; supported when
one's entailment reaches `entailment`; unsupported otherwise. All pairs of a batch of claims
go through the model together, `batch_size` at a time.

Nothing is downloaded unless HF_HUB_OFFLINE=0 is set: a model name must already be in the
local Hugging Face cache. A model that cannot be loaded is one error naming it.
"""

from __future__ import annotations

import functools
import os
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from pydantic import Field

from factlint.errors import BackendError
from factlint.registry import verifiers
from factlint.verify.base import CONTRADICTS, NEUTRAL, SUPPORTS, Verdict, Verifier, VerifierConfig

if TYPE_CHECKING:
    from factlint.claims import Claim
    from factlint.evidence.index import Hit


class NliConfig(VerifierConfig):
    #: A sentence-transformers CrossEncoder: a model name (from the local cache) or a folder.
    model: str = "cross-encoder/nli-deberta-v3-xsmall"
    #: The model's labels in output order, when its config does not name them.
    labels: list[str] | None = None
    #: Passages per claim given to the model (the best ones by similarity).
    passages: int = Field(3, ge=1)
    batch_size: int = Field(16, ge=1)
    max_length: int = Field(256, ge=8)
    device: str = "cpu"
    #: Probability of contradiction a passage needs to contradict the claim.
    contradiction: float = Field(0.5, ge=0, le=1)
    #: Probability of entailment a passage needs to support the claim.
    entailment: float = Field(0.5, ge=0, le=1)
    #: Passages less similar (cosine) than this are not given to the model.
    min_similarity: float = Field(0.2, ge=-1, le=1)


def stance_of(label: str) -> str | None:
    """Map a model's label name to a stance: entailment, contradiction, neutral."""
    name = label.lower().replace("_", " ")
    if name.startswith("entail") or name in ("supports", "support", "supported", "true"):
        return SUPPORTS
    if name.startswith("contradict") or name in ("refutes", "refute", "refuted", "false"):
        return CONTRADICTS
    if name.startswith("neutral") or name in ("not enough info", "nei", "not entailment", "non entailment", "not entailed"):
        return NEUTRAL
    return None


_lock = threading.Lock()


@functools.lru_cache(maxsize=2)
def _load(model: str, max_length: int, device: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    local_only = os.environ.get("HF_HUB_OFFLINE", "1") not in ("0", "false", "False")
    try:
        from sentence_transformers import CrossEncoder
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return CrossEncoder(model, device=device, max_length=max_length, local_files_only=local_only)
    except Exception as exc:  # noqa: BLE001 - any loader failure is one clear message
        hint = "" if Path(model).exists() else "; it is not on this machine (a folder path, or a name in the local Hugging Face cache; HF_HUB_OFFLINE=0 allows a download)"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise BackendError(f"nli verifier: cannot load model {model!r}: {type(exc).__name__}: {first}{hint}") from None


@verifiers.register("nli")
class NliVerifier(Verifier):
    name: ClassVar[str] = "nli"
    Config: ClassVar[type[NliConfig]] = NliConfig

    def __init__(self, config: NliConfig | None = None, language: str = "en") -> None:
        super().__init__(config or NliConfig(), language)
        self.model = _load(self.config.model, self.config.max_length, self.config.device)
        self.stances = self._stances()

    def engine_name(self) -> str:
        return f"nli:{Path(self.config.model).name or self.config.model}"

    def _stances(self) -> list[str]:
        """The stance of each model output, from `labels` or the model's id2label."""
        names = self.config.labels
        if names is None:
            config = getattr(self.model, "config", None) or self.model.model.config
            id2label = {int(k): v for k, v in (config.id2label or {}).items()}
            names = [id2label.get(i, "") for i in range(len(id2label))]
        stances = [stance_of(n) for n in names]
        if len(stances) < 2 or CONTRADICTS not in stances or SUPPORTS not in stances or None in stances:
            raise BackendError(
                f"nli verifier: model {self.config.model!r} has labels {names}; cannot tell entailment from "
                "contradiction: set `facts.nli.labels` to its labels in output order, e.g. "
                '["contradiction", "entailment", "neutral"]'
            )
        outputs = int(getattr(self.model, "num_labels", len(stances)))
        if outputs != len(stances):
            raise BackendError(f"nli verifier: model {self.config.model!r} has {outputs} outputs but {len(stances)} labels")
        return stances

    def verify(self, claims: list[Claim], hits: list[list[Hit]]) -> list[Verdict]:
        cfg = self.config
        chosen = [[h for h in hs if h.score >= cfg.min_similarity][: cfg.passages] for hs in hits]
        pairs = [(h.text, c.query) for c, hs in zip(claims, chosen) for h in hs]
        probs = self._predict(pairs)
        iC, iE = self.stances.index(CONTRADICTS), self.stances.index(SUPPORTS)
        verdicts = []
        row = 0
        for hs in chosen:
            scored = []
            for h in hs:
                p = probs[row]
                row += 1
                scored.append((h, float(p[iE]), float(p[iC])))
            verdicts.append(self._decide(scored))
        return verdicts

    def _predict(self, pairs: list[tuple[str, str]]):
        import numpy as np

        if not pairs:
            return np.zeros((0, len(self.stances)), dtype=np.float32)
        with _lock, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = self.model.predict(pairs, batch_size=self.config.batch_size, apply_softmax=True,
                                     show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(out, dtype=np.float32).reshape(len(pairs), -1)

    def _decide(self, scored: list[tuple[Hit, float, float]]) -> Verdict:
        cfg = self.config
        if not scored:
            return Verdict("unsupported", 0.0, 0.9, reason="no passage in the index is about this")

        def stance(e: float, c: float) -> str:
            if c >= cfg.contradiction and c > e:
                return CONTRADICTS
            if e >= cfg.entailment and e >= c:
                return SUPPORTS
            return NEUTRAL

        stances = [(h, stance(e, c)) for h, e, c in scored]
        best_e = max(scored, key=lambda s: s[1])
        best_c = max(scored, key=lambda s: s[2])
        score = round(best_e[1] * (1 - best_c[2]) ** 0.5, 4)
        if stance(best_c[1], best_c[2]) == CONTRADICTS and best_c[2] >= best_e[1]:
            h, e, c = best_c
            return Verdict("contradicted", score, round(c, 4), passage=h,
                           reason=f"the evidence contradicts it (NLI: contradiction {c:.2f}, entailment {e:.2f})",
                           stances=sorted(stances, key=lambda s: s[1] != CONTRADICTS))
        if best_e[1] >= cfg.entailment:
            h, e, c = best_e
            return Verdict("supported", score, round(e, 4), passage=h,
                           reason=f"NLI: entailment {e:.2f}", stances=sorted(stances, key=lambda s: s[1] != SUPPORTS))
        h, e, c = best_e
        return Verdict("unsupported", score, round(1 - e, 4), passage=h,
                       reason=f"no passage entails it (best NLI entailment {e:.2f})", stances=stances)
