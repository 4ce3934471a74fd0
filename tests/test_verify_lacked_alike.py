"""A verb of not having right before a thing ("lose signal", "lacks fresh water") says what "no"
before it does ("it may have no signal"): no opposite (blind31 q24-d, a right answer contradicted
at 5a3b832). Having it is still the opposite."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim

KIT = passage_hit(1, "Take a paper map and a compass and know how to use them: a phone is useful, but its battery can fail, "
                     "especially in the cold, and it may have no signal.", title="Telling someone and taking the right kit")
ISLAND = passage_hit(2, "There is no fresh water on the island, so every drop is shipped in.", title="Water on the island")


@pytest.mark.parametrize("said, hit", [
    ("Carry a paper map and compass, and be able to use them, since a phone can run flat or lose signal.", KIT),
    ("The island lacks fresh water, so every drop is shipped in.", ISLAND),
])
def test_lacking_a_thing_is_having_none(said, hit):
    verdict = verify_claim(said, [hit], "en")
    assert verdict.label != "contradicted", verdict.reason


@pytest.mark.parametrize("said, hit", [
    ("A phone always has a signal in the hills.", KIT),
    ("There is plenty of fresh water on the island.", ISLAND),
])
def test_having_it_is_still_the_opposite(said, hit):
    verdict = verify_claim(said, [hit], "en")
    assert verdict.label == "contradicted", verdict.reason
