"""Checking a Russian claim against one passage, for the verifier's Russian tests."""

from __future__ import annotations


def russian_verify(default_kinds: tuple[str, ...]):
    """A function (claim_text, evidence, kinds=default_kinds) -> Verdict: the claim checked by
    the Russian heuristic verifier against `evidence` as one untitled passage (score 0.8)."""

    def verify(claim_text: str, evidence: str, kinds: tuple[str, ...] = default_kinds):
        from factlint.claims import Claim
        from factlint.evidence.index import Hit
        from factlint.verify.heuristic import HeuristicVerifier

        hit = Hit(1, "d1", "", "corpus.jsonl", evidence, 0.8, 0, len(evidence))
        return HeuristicVerifier(language="ru").verify_one(Claim(claim_text, 0, len(claim_text), None, kinds), [hit])

    return verify
