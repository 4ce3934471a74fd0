"""Where a name stands. A relative clause right after a name is about that name: "Its timbers
came from The Theatre in Shoreditch, which James Burbage had built in 1576" dates The Theatre,
not the Globe that "Its" stands for, so it does not agree with "The Globe Theatre was built in
1576". A name in an apposition after its rival is named beside it, and "on the orders of" puts
a name where "by" does."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

TEXT = ("The Globe Theatre was built in 1599 on Bankside by the Lord Chamberlain's Men, the company in which William "
        "Shakespeare was an actor. Its timbers came from The Theatre in Shoreditch, which James Burbage had built in 1576.")
GLOBE = passage_hit(1, TEXT, title="Building the Globe")


def test_the_neighbour_s_year_does_not_agree_with_the_claim():
    verdict = verify_claim("The Globe Theatre was built in 1576 on Bankside by Shakespeare's company.", [GLOBE])
    assert verdict.label == "contradicted", verdict.reason
    assert "1599" in verdict.reason
    verdict = verify_claim("The Globe Theatre was built in 1599 on Bankside by Shakespeare's company.", [GLOBE])
    assert verdict.label == "supported", verdict.reason


def test_a_name_in_an_apposition_after_the_rival_is_named_beside_it():
    # "the Lord Chamberlain's Men, the company in which William Shakespeare was an actor" is
    # Shakespeare's company; another company is still a rival.
    verdict = verify_claim("The Globe Theatre was built in 1599 by Shakespeare's company.", [GLOBE])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("The Globe Theatre was built in 1599 on Bankside by the King's Men.", [GLOBE])
    assert verdict.label == "contradicted", verdict.reason


def test_a_relative_clause_after_a_name_does_not_borrow_the_sentence_s_subject():
    a = analyse(TEXT, lexicon("en"))
    year = next(m for m in a.mentions if m.kind == "year" and m.value == 1576)
    assert "globe" not in a.context(year)
    # After a common noun it still does: "..., the tallest volcano known, which rises 22 km".
    b = analyse("Olympus Mons is on Mars. It is the tallest volcano known, which rises about 22 km.", lexicon("en"))
    height = next(m for m in b.mentions if m.kind == "number")
    assert {"olympus", "mon"} & b.context(height)


GATE = passage_hit(2, "The Ishtar Gate was the eighth gate of the inner city of Babylon, built in about 575 BC on the "
                      "orders of King Nebuchadnezzar II.", title="The Ishtar Gate")


def test_on_the_orders_of_puts_a_name_where_by_does():
    verdict = verify_claim("The Ishtar Gate was built in about 575 BC by King Hammurabi.", [GATE])
    assert verdict.label == "contradicted", verdict.reason
    assert "Nebuchadnezzar" in verdict.reason
    verdict = verify_claim("The Ishtar Gate was built in about 575 BC by Nebuchadnezzar.", [GATE])
    assert verdict.label == "supported", verdict.reason


FIND = passage_hit(3, "The stele was found at Susa, in south-western Iran, by a French expedition led by Jacques de Morgan "
                      "in the winter of 1901 to 1902.", title="The finding of the stele")
DIG = passage_hit(4, "A German expedition led by Robert Koldewey dug at Babylon from 1899 to 1917.", title="Koldewey")


def test_a_name_said_in_the_same_frame_in_other_years_does_not_vouch_for_it():
    verdict = verify_claim("It was found at Susa in the winter of 1901 to 1902 by an expedition led by Robert Koldewey.",
                           [FIND, DIG])
    assert verdict.label == "contradicted", verdict.reason
    assert "de Morgan" in verdict.reason
    verdict = verify_claim("From 1899 to 1917 an expedition led by Robert Koldewey dug at Babylon.", [FIND, DIG])
    assert verdict.label == "supported", verdict.reason
