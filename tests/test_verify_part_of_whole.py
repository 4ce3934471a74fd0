"""A figure that counts part of a whole ("35,000 of the library's 55,000 books", «3 из 12
спутников») is in the whole's unit: a claim of the part agrees with it, and the whole is no
rival of it."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import lexicon

FIRE = passage_hit(1, "Another fire, on 24 December 1851, destroyed about 35,000 of the library's 55,000 books, including "
                      "about two-thirds of Jefferson's collection.", title="The Library of Congress after 1815", score=0.8)


def _verify(text: str):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ("number",)), [FIRE])


def test_a_claim_of_the_part_is_not_contradicted_by_the_whole():
    assert _verify("Another fire on 24 December 1851 burned about 35,000 books.").label != "contradicted"


def test_a_wrong_part_is_still_contradicted():
    v = _verify("Another fire on 24 December 1851 burned about 25,000 books.")
    assert v.label == "contradicted", v.reason


@pytest.mark.parametrize("language, text, units", [
    ("en", "Only 3 of its 12 moons are large.", ["~moon", "~moon"]),
    ("en", "In 1990, 40 of 50 states agreed.", [None, "~state", "~state"]),
    # (A word that is no article or possessive stands between: "of them" is no part of dollars.)
    ("en", "Congress bought all 6,487 of them for 23,950 dollars.", [None, "$"]),
    # (A part of a measure is no part of its amount: two of the tablets are no 2 mg.)
    ("en", "Take 2 of the 7.5 mg tablets at bedtime.", [None, "mg"]),
    ("ru", "Пожар уничтожил около 35 тысяч из 55 тысяч книг библиотеки.", ["~книг", "~книг"]),
])
def test_the_part_takes_the_wholes_unit(language, text, units):
    mentions = analyse(text, lexicon(language)).mentions
    assert [m.unit for m in sorted(mentions, key=lambda m: m.start) if m.kind in ("number", "year")] == units
