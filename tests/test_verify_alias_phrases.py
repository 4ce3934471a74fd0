"""A passage that gives a second name of what it names ("Van Diemen's Land, also called
Tasmania", «Царицын, ныне Волгоград») says both names of one thing: a claim that uses the
second is not contradicted by the first."""

from __future__ import annotations

from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

MINE = passage_hit(1, "Copper was found at Mount Lyell, a peak in Van Diemen's Land, also called Tasmania, in 1883, "
                      "when the prospector Steve Karlson came upon a rich lode on its western slope.",
                   title="Copper at Mount Lyell")


def test_a_name_the_passage_gives_as_another_name_is_no_rival():
    verdict = verify_claim("Copper was found in 1883 at Mount Lyell, a peak in Tasmania.", [MINE])
    assert verdict.label != "contradicted", verdict.reason


def test_a_name_the_passage_does_not_give_is_still_a_rival():
    verdict = verify_claim("Copper was found in 1883 at Mount Lyell, a peak in New Zealand.", [MINE])
    assert verdict.label != "supported", verdict.reason


def test_what_may_stand_between_two_names_of_one_thing():
    english, russian = lexicon("en").alias_re, lexicon("ru").alias_re
    assert english.fullmatch(", also called the ") and english.fullmatch(" (also known as ")
    assert not english.fullmatch(", then called on ")
    assert russian.fullmatch(", ныне ") and russian.fullmatch(" — он же «")
