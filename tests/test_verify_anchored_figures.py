"""A claim's one figure the evidence lacks meets the evidence's figure when the two sentences
share what is around it, though said in other words: the claim sentence's other figures ("from
1640 to 1652" and "between 1640 and 1652"), or two of its names for a date ("when Captain Elias
Brandt stormed the gate at Korvel Bay"). A figure said of "it" in a sentence of a longer answer
is the sentence's own statement, read with the sentence before ("... the Old Keep at Dunmarrow. |
It rises about 41 metres")."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

GOVERNOR = passage_hit(1, "Anselm Ravik, a Dane by birth, is remembered as the great builder of the colony, founding more "
                          "than 60 towns between 1640 and 1652. He had come out as a clerk and rose to be governor within "
                          "a year.", title="Anselm Ravik", score=0.75)
SIEGE = passage_hit(2, "The town council sent two companies under Captain Elias Brandt to relieve the fort at Korvel Bay. "
                       "On 14 April 1602 they stormed the gate at Korvel Bay, and the besiegers fled into the hills "
                       "behind Brandt's camp.", title="The siege of Korvel Bay", score=0.75)
KEEP = passage_hit(3, "The Old Keep, the stone tower at the heart of Dunmarrow Castle, was begun in about 1120. It is "
                      "about 31 metres high, and its walls are up to about 3.8 metres thick at the base.",
                   title="The Old Keep", score=0.66)


def _verify(text: str, hit, context: str | None = None):
    claim = Claim(text, 0, len(text), context, ("number",), "What happened?")
    return HeuristicVerifier().verify_one(claim, [hit])


def test_a_count_anchored_by_the_sentences_years_is_contradicted():
    v = _verify("In a long career lasting from 1640 to 1652 he founded about 30 towns, more than any other settler of his age.", GOVERNOR)
    assert v.label == "contradicted", v.reason
    assert "more than 60" in v.reason


def test_the_same_count_in_other_words_is_not():
    v = _verify("In a long career lasting from 1640 to 1652 he founded more than 60 towns, more than any other settler of his age.", GOVERNOR)
    assert v.label != "contradicted", v.reason


def test_a_date_anchored_by_two_names_is_contradicted():
    v = _verify("The siege ended on 14 March 1602, when Captain Elias Brandt stormed the gate at Korvel Bay.", SIEGE)
    assert v.label == "contradicted", v.reason
    assert "14 April" in v.reason


def test_the_same_date_is_not():
    v = _verify("The siege ended on 14 April 1602, when Captain Elias Brandt stormed the gate at Korvel Bay.", SIEGE)
    assert v.label != "contradicted", v.reason


def test_a_figure_said_of_it_is_the_sentences_own():
    before = "The great exception was the stone Old Keep at Dunmarrow, begun in about 1120."
    v = _verify("It rises about 41 metres, and its walls are up to about 3.8 metres thick at the base.", KEEP, before)
    assert v.label == "contradicted", v.reason
    assert "31" in v.reason


def test_the_right_height_said_of_it_is_not():
    before = "The great exception was the stone Old Keep at Dunmarrow, begun in about 1120."
    v = _verify("It rises about 31 metres, and its walls are up to about 3.8 metres thick at the base.", KEEP, before)
    assert v.label != "contradicted", v.reason
