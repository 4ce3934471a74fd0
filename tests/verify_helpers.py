"""Checking a claim against retrieved passages, for the verifier's tests."""

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


def verify_claim(text: str, hits, language: str = "en", context: str | None = None, question: str | None = None):
    """The heuristic verifier's verdict on `text` as one claim (read after `context`, the
    sentence before it, and answering `question`) against the passages `hits`."""
    from factlint.claims import Claim
    from factlint.verify.heuristic import HeuristicVerifier

    return HeuristicVerifier(language=language).verify_one(Claim(text, 0, len(text), context, (), question), list(hits))
