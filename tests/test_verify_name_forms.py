"""Names a right answer gives that the evidence gives in another form, read at 5a3b832 as rivals
on blind31's right answers: a one-word plural short form ("the Rockies" of "the Rocky Mountains",
q05-b) and the minister of a possessive name after "by" ("led by King Joseph I's chief minister,
Sebastiao Jose de Carvalho e Melo", q18-d of blind32)."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim
from factlint.verify.heuristic import names_match

MONARCHS = passage_hit(1, "Each autumn monarch butterflies from eastern North America fly south to the mountains of central "
                          "Mexico. Monarchs from west of the Rocky Mountains mostly spend the winter instead in groves of trees "
                          "along the coast of California.", title="Where monarch butterflies spend the winter")
LISBON = passage_hit(2, "The rebuilding was led by King Joseph I's chief minister, Sebastiao Jose de Carvalho e Melo, who was "
                        "made Marquis of Pombal in 1769.", title="Pombal and the rebuilding")


@pytest.mark.parametrize("a, b, same", [
    (("rockies",), ("rocky", "mountains"), True),
    (("appalachians",), ("appalachian", "mountains"), True),
    (("andes",), ("rocky", "mountains"), False),
    (("rockies",), ("rocky", "marciano"), False),  # (a plural short form only of a name that ends in a plural)
])
def test_a_plural_short_form_names_the_same_thing(a, b, same):
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def test_the_short_form_is_no_rival():
    said = "Those from west of the Rockies mostly go to the California coast instead."
    assert verify_claim(said, [MONARCHS], "en").label != "contradicted"
    verdict = verify_claim("Those from west of the Andes mostly go to the California coast instead.", [MONARCHS], "en")
    assert verdict.label == "contradicted", verdict.reason


def test_a_possessive_name_after_by_is_not_who_did_it():
    said = "Lisbon's rebuilding was organised by the chief minister Sebastiao Jose de Carvalho e Melo, who was made Marquis of Pombal."
    verdict = verify_claim(said, [LISBON], "en")
    assert verdict.label != "contradicted", verdict.reason
