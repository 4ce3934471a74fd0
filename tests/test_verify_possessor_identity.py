"""A claim that says its thing by whose it is ("Winstanley's was the first lighthouse built on
a rock in the open sea") agrees with an evidence sentence that ranks a thing so and names that
person ("The first lighthouse on the rocks, built by Henry Winstanley, ... is counted as the
first lighthouse built on a rock in the open sea"), whatever the passage's title calls it."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

EDDYSTONE = passage_hit(1, "The Eddystone Rocks lie in the open sea south-west of Plymouth. The first lighthouse on the "
                           "rocks, built by Henry Winstanley, was first lit in November 1698, and it is counted as the "
                           "first lighthouse built on a rock in the open sea. John Smeaton's granite tower followed in 1759.",
                        title="Eddystone Lighthouse: the first towers", score=0.82)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("superlative",), "What is the history of the Eddystone Lighthouse?")
    return HeuristicVerifier().verify_one(claim, [EDDYSTONE])


def test_the_owner_named_in_the_ranking_sentence_agrees():
    v = _verify("Winstanley's was the first lighthouse ever built on a rock in the open sea.")
    assert v.label != "contradicted", v.reason


def test_another_owner_is_contradicted():
    v = _verify("Smeaton's was the first lighthouse ever built on a rock in the open sea.")
    assert v.label == "contradicted", v.reason
