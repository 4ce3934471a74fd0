"""Checking a Russian claim against one passage, for the verifier's Russian tests."""

from __future__ import annotations


def passage_hit(pid: int, text: str, title: str = "", score: float = 0.8):
    """A retrieved passage `pid` of corpus.jsonl (document f"d{pid}"), the whole of `text`."""
    from factlint.evidence.index import Hit

    return Hit(pid, f"d{pid}", title, "corpus.jsonl", text, score, 0, len(text))


def russian_verify(default_kinds: tuple[str, ...]):
    """A function (claim_text, evidence, kinds=default_kinds) -> Verdict: the claim checked by
    the Russian heuristic verifier against `evidence` as one untitled passage (score 0.8)."""

    def verify(claim_text: str, evidence: str, kinds: tuple[str, ...] = default_kinds):
        from factlint.claims import Claim
        from factlint.verify.heuristic import HeuristicVerifier

        return HeuristicVerifier(language="ru").verify_one(Claim(claim_text, 0, len(claim_text), None, kinds),
                                                           [passage_hit(1, evidence)])

    return verify
