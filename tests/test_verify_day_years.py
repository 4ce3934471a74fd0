"""A year said right after a day and month is that day's year: "beheaded there on 9 March
1611" is contradicted by a passage that says "was beheaded at Arden on 9 March 1612", though the
same passage dates another event of the claim's sentence to 1611 ("tried ... in June 1611"), and
the sentence before the claim names 1611 too."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

DOWNFALL = passage_hit(1, "The plot was uncovered in 1611. Ilse Moor was tried at Arden Castle in June 1611, and the regent "
                          "pressed for her death. After the regent signed the warrant, Moor was beheaded at Arden on 9 March "
                          "1612, and her son became king in 1620.", title="Moor's downfall", score=0.75)
CONTEXT = "The plot against the regent was uncovered in 1611."


def _verify(text: str):
    claim = Claim(text, 0, len(text), CONTEXT, ("date", "name"), "What became of Ilse Moor?")
    return HeuristicVerifier().verify_one(claim, [DOWNFALL])


def test_another_year_of_the_same_day_is_contradicted():
    v = _verify("She was tried at Arden Castle and beheaded there on 9 March 1611.")
    assert v.label == "contradicted", v.reason
    assert "1612" in v.reason


def test_the_days_own_year_is_not():
    v = _verify("She was tried at Arden Castle and beheaded there on 9 March 1612.")
    assert v.label != "contradicted", v.reason

