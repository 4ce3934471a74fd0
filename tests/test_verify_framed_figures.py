"""A figure said in the same words as the evidence's, with another figure in its place: "He
was arrested in Leith in 1731 and taken to Edinburgh" against "He was arrested in Leith in
1729, taken to Edinburgh and tried ...". The two sentences differ elsewhere too, so no single
stretch tells them apart; the words right before the figure say it is the same event, and a
year that the passage gives to another event ("hanged ... in 1731") does not save the claim."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

SMUGGLER = passage_hit(1, "Robert Gowan was a smuggler who ran brandy into the Firth of Forth from 1720. He was arrested "
                          "in Leith in 1729, taken to Edinburgh and tried for smuggling and for the death of an exciseman. "
                          "He was hanged in the Grassmarket on 4 June 1731.",
                       title="Robert Gowan", score=0.8)


def _verify(text: str, hit=SMUGGLER):
    claim = Claim(text, 0, len(text), None, ("year",), "Who was Robert Gowan?")
    return HeuristicVerifier().verify_one(claim, [hit])


def test_another_year_in_the_same_words_is_contradicted():
    v = _verify("He was arrested in Leith in 1731 and taken to Edinburgh for trial.")
    assert v.label == "contradicted", v.reason
    assert "1731" in v.reason and "1729" in v.reason


def test_the_same_year_in_other_words_is_not():
    v = _verify("He was arrested in Leith in 1729 and taken to Edinburgh for trial.")
    assert v.label != "contradicted", v.reason


def test_the_year_of_the_other_event_is_not():
    v = _verify("He was hanged in the Grassmarket in 1731 after his trial.")
    assert v.label != "contradicted", v.reason


COUNCIL = passage_hit(2, "Arden was the county town until the railway reached Velmora in 1904. The town council moved to "
                         "Velmora from Arden in 1911.", title="Velmora", score=0.8)


def test_the_rest_of_the_sentence_may_differ_after_the_figure():
    # (The passage's other 1904, the railway's, does not save it.)
    v = _verify("The town council moved to Velmora from Arden in 1904, the year the railway came.", COUNCIL)
    assert v.label == "contradicted", v.reason
    assert "1904" in v.reason and "1911" in v.reason



def test_a_passage_on_another_thing_frames_nothing():
    senna = passage_hit(4, "Adults usually take one or two 7.5 mg tablets at bedtime, and it generally works within 8 to 12 "
                           "hours.", title="Senna", score=0.7)
    text = "It generally works within 1 to 2 days."
    claim = Claim(text, 0, len(text), "Lactulose is a gentle laxative syrup.", ("number",), "How does lactulose work?")
    lactulose = passage_hit(5, "Lactulose is a syrup that draws water into the bowel and softens the stool. It usually works "
                               "within 1 to 2 days.", title="Lactulose", score=0.68)
    v = HeuristicVerifier().verify_one(claim, [senna, lactulose])
    assert v.label != "contradicted", v.reason
