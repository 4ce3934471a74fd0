"""A long run of capitalised words in a claim ("the Moore School of the University of
Pennsylvania for the US Army") that the names of the evidence sentence say part by part ("the
University of Pennsylvania's Moore School of Electrical Engineering ..., with money from the
US Army") is no rival name; a run with a word no name there says is."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

ENIAC = passage_hit(1, "ENIAC, the Electronic Numerical Integrator and Computer, was built at the University of "
                       "Pennsylvania's Moore School of Electrical Engineering by John Mauchly and John Presper Eckert, "
                       "with money from the US Army, to work out artillery firing tables.", title="ENIAC", score=0.85)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("name",), "What was ENIAC, and when was it unveiled?")
    return HeuristicVerifier().verify_one(claim, [ENIAC])


def test_a_name_said_part_by_part_is_no_rival():
    v = _verify("ENIAC was an early electronic computer, designed by John Mauchly and John Presper Eckert at the "
                "Moore School of the University of Pennsylvania for the US Army's artillery calculations.")
    assert v.label != "contradicted", v.reason


def test_a_name_with_a_word_of_its_own_is_a_rival():
    v = _verify("ENIAC was an early electronic computer, designed by John Mauchly and John Presper Eckert at the "
                "Moore School of the University of Chicago for the US Army's artillery calculations.")
    assert v.label == "contradicted", v.reason
