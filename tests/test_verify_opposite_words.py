"""A passage that says the opposite of a word of the claim ("acquitted" of "found guilty",
"unglazed" of "glazed") does not support the claim, though it holds most of its other words
and too little is shared with one clause to call it a contradiction; the claim said the
passage's way round is still supported."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

TRIAL = passage_hit(1, "In 1855 thirteen of the rebels were tried in Melbourne for high treason, and juries acquitted "
                       "every one of them. The hated licence was replaced by a cheaper miner's right, and their leader "
                       "was later elected to parliament.",
                    title="After the rebellion", score=0.8)
STONEWARE = passage_hit(2, "The firm's jasperware, developed in the 1770s after thousands of trials, is a fine unglazed "
                           "stoneware with a matt surface, best known in pale blue with white decoration in relief.",
                        title="Jasperware", score=0.8)
SUN = passage_hit(3, "It should go on shining in much the same way for about 5 billion years more. After that it will "
                     "swell into a red giant and finally shrink into a white dwarf.", title="The future of the Sun", score=0.8)


def _verify(text: str, hit):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ()), [hit])


@pytest.mark.parametrize("said, hit", [
    ("Thirteen of the rebels were later found guilty of high treason.", TRIAL),
    ("The firm's jasperware is a fine glazed stoneware with a matt surface.", STONEWARE),
])
def test_a_passage_that_says_the_opposite_word_does_not_support_the_claim(said, hit):
    verdict = _verify(said, hit)
    assert verdict.label != "supported", verdict.reason


@pytest.mark.parametrize("said, hit", [
    ("Thirteen of the rebels were tried for high treason and acquitted.", TRIAL),
    ("The firm's jasperware is a fine unglazed stoneware with a matt surface.", STONEWARE),
    # (what shrinks is said of a white dwarf, which the claim does not name)
    ("In roughly 5 billion years it will expand into a red giant.", SUN),
])
def test_the_claim_said_the_passages_way_is_supported(said, hit):
    assert _verify(said, hit).label == "supported"
