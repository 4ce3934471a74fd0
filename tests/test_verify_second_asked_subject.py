"""A question may ask about two things ("Who was Ada Brill, and how was Lake Voss protected?").
A clause that opens with the second one is about it, not about the first: its year meets the
second thing's passage, even though the question names the first as a whole title."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

QUESTION = "Who was Ada Brill, and how was Lake Voss protected?"
BRILL = passage_hit(1, "Ada Brill, a painter born in Tarrow in 1840, campaigned for the protection of Lake Voss in her "
                       "letters. She founded the Shore Society in 1885.", title="Ada Brill", score=0.8)
CHARTER = passage_hit(2, "Lake Voss and its reed beds were handed to the county by the Voss Charter of 12 May 1864. It was "
                         "the first such gift, but Lake Voss did not become a national park until 1 October 1890.",
                      title="The Voss Charter", score=0.85)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("year",), QUESTION)
    return HeuristicVerifier().verify_one(claim, [CHARTER, BRILL])


def test_a_clause_about_the_second_asked_thing_meets_its_passage():
    v = _verify("The reed beds had first been handed to the county by a charter in 1864, and Lake Voss was made a national park in 1872.")
    assert v.label == "contradicted", v.reason
    assert "1890" in v.reason


def test_its_right_year_is_not_contradicted():
    v = _verify("The reed beds had first been handed to the county by a charter in 1864, and Lake Voss was made a national park in 1890.")
    assert v.label != "contradicted", v.reason


def test_a_clause_about_the_first_asked_thing_still_reads_its_own_passage():
    v = _verify("Ada Brill founded the Shore Society in 1885.")
    assert v.label != "contradicted", v.reason
