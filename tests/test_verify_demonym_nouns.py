"""A capitalised noun of a nation before a name describes the person and is no part of the
name: "the Englishman Henry Wickham" names Henry Wickham, whom "the English planter Henry
Wickham" names too, so the passage is about him and its figure is his."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

SEEDS = passage_hit(1, "In 1876 the English planter Henry Wickham shipped about 70,000 seeds of Hevea brasiliensis from "
                       "Brazil to the Royal Botanic Gardens at Kew. Only about 2,700 of them germinated.",
                    title="Henry Wickham's seeds")


def test_the_noun_of_a_nation_is_no_part_of_the_name():
    names = [m.value for m in analyse("In 1876 the Englishman Henry Wickham sailed.", lexicon("en")).mentions if m.kind == "name"]
    assert ("henry", "wickham") in names


def test_the_person_s_figure_is_compared():
    verdict = verify_claim("In 1876 the Englishman Henry Wickham collected about 2,700 seeds of the rubber tree in Brazil "
                           "and shipped them to the Royal Botanic Gardens at Kew.", [SEEDS])
    assert verdict.label == "contradicted", verdict.reason
    assert "70,000" in verdict.reason
    verdict = verify_claim("In 1876 the Englishman Henry Wickham shipped about 70,000 seeds of the rubber tree from Brazil "
                           "to the Royal Botanic Gardens at Kew.", [SEEDS])
    assert verdict.label == "supported", verdict.reason
