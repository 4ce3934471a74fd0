"""A year followed by ", when ..." is the year of the event the when-clause tells: "The strike
began in 1919, when the dockers refused to unload the grain ships" is dated by a passage that
says the strike "is usually dated from 1921, when the dockers refused to unload the grain
ships", though the two clauses that hold the years share little else ("began", "dated from")."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

STRIKE = passage_hit(1, "The Harwick dock strike is usually dated from 1921, when the dockers refused to unload the grain "
                        "ships of the Varden line. In 1919 the dockers' union had elected Tom Reilly as its leader.",
                     title="The Harwick dock strike", score=0.8)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("year",), "When did the Harwick dock strike begin?")
    return HeuristicVerifier().verify_one(claim, [STRIKE])


def test_the_year_of_the_told_event_is_contradicted():
    v = _verify("The strike began in 1919, when the dockers refused to unload the grain ships of the Varden line.")
    assert v.label == "contradicted", v.reason
    assert "1921" in v.reason


def test_the_right_year_is_not():
    v = _verify("The strike began in 1921, when the dockers refused to unload the grain ships of the Varden line.")
    assert v.label != "contradicted", v.reason


def test_the_other_events_year_still_holds():
    v = _verify("In 1919 the dockers' union elected Tom Reilly as its leader.")
    assert v.label != "contradicted", v.reason


HOARD = passage_hit(2, "The Osk Hoard was found in March 1974 by farmers digging a ditch near Lenby, east of Holt, "
                       "in the county of Marren.", title="The Osk Hoard", score=0.85)


def test_a_name_the_when_clause_tells_of_is_not_what_the_year_is_of():
    # (Holt is where the farmers dug, not the thing found in 1964: the evidence's clause that
    # names the Osk Hoard still gives the year of the find.)
    text = "It was found by chance in March 1964, when farmers digging a ditch near Holt struck pieces of silver."
    claim = Claim(text, 0, len(text), "The Osk Hoard is a collection of silver coins.", ("year",), "What is the Osk Hoard?")
    v = HeuristicVerifier().verify_one(claim, [HOARD])
    assert v.label == "contradicted", v.reason
    assert "1974" in v.reason
