"""The `duplicates` check: candidates of one question that say nearly the same thing.

Rule: duplicate/near-duplicate (warning), on the later of two candidates.
Config: `[duplicates] threshold = 0.95` (cosine of the answers' vectors), `enabled`.
Example: "Eat beans, lentils and red meat." and "Eat red meat, lentils and beans." -> flagged.

An answer's vector is the normalised mean of its sentences' vectors: the same sentence
vectors the fact check embeds for claims, so a batch embeds each sentence once.
Only answers that share a `question_id` (the candidates of one record) are compared, and a
batch without such groups embeds nothing.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from factlint.checks.base import Check, CheckConfig, RuleDoc
from factlint.model import Finding
from factlint.ranking import group_key
from factlint.registry import checks


class DuplicatesConfig(CheckConfig):
    threshold: float = Field(0.95, gt=0, le=1)


@checks.register("duplicates")
class DuplicatesCheck(Check):
    name: ClassVar[str] = "duplicates"
    languages: ClassVar[tuple[str, ...]] = ("*",)  # vectors, not words
    categories: ClassVar[tuple[str, ...]] = ("duplicate",)
    rules: ClassVar[dict[str, RuleDoc]] = {
        "duplicate/near-duplicate": RuleDoc(
            "warning", "A candidate that says nearly what an earlier candidate of the same question says "
            "(cosine of the answers' vectors at `[duplicates] threshold` or more); reported on the later one.",
            bad="Eat red meat, lentils and beans.  (after a candidate \"Eat beans, lentils and red meat.\")"),
    }
    Config: ClassVar[type[CheckConfig]] = DuplicatesConfig

    def _groups(self, docs) -> dict[str, list[int]]:
        groups: dict[str, list[int]] = {}
        for i, doc in enumerate(docs):
            key = group_key(doc.answer)
            if key is not None:
                groups.setdefault(key, []).append(i)
        return {k: v for k, v in groups.items() if len(v) > 1}

    @staticmethod
    def _sentences(doc) -> list[str]:
        return [doc.text[a:b] for a, b in doc.sentences] or [doc.text]

    def texts_to_embed(self, docs):
        return [s for members in self._groups(docs).values() for i in members for s in self._sentences(docs[i])]

    def engine_name(self) -> str:
        return f"factlint duplicates ({self.settings.embedder.model})"  # naming it must not load it

    def warm_up(self) -> None:
        self.resources.embedder.load()

    def run(self, docs):
        results: list[list[Finding]] = [[] for _ in docs]
        groups = self._groups(docs)
        if not groups:  # nothing to compare: numpy's import (0.15-0.25 s) is not needed
            return results
        import numpy as np

        for members in groups.values():
            vectors = []
            for i in members:
                mean = self.resources.embed(self._sentences(docs[i])).mean(axis=0)
                vectors.append(mean / (np.linalg.norm(mean) or 1.0))
            sims = np.stack(vectors) @ np.stack(vectors).T
            for b in range(1, len(members)):
                a = int(np.argmax(sims[b, :b]))
                score = float(sims[b, a])
                if score >= self.config.threshold:
                    doc, other = docs[members[b]], docs[members[a]]
                    results[members[b]].append(Finding(
                        rule="duplicate/near-duplicate", category="duplicate", severity="warning",
                        message=f"Near-duplicate of candidate {other.answer.id} (cosine {score:.2f}).",
                        start=0, end=len(doc.text), confidence=round(score, 4),
                        engine="factlint duplicates",
                    ))
        return results
