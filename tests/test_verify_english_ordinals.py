"""An English ordinal before a noun is a place in a series, compared with ordinals only ("the
60th birthday" against "the 80th birthday"), as a Russian one with its ending is («49-м
штатом»)."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

RADIO = passage_hit(1, "Agatha Christie wrote a 30-minute radio play, Three Blind Mice, which the BBC broadcast in May "
                       "1947 for the 80th birthday of Queen Mary.", title="From Three Blind Mice to The Mousetrap")


def test_an_ordinal_before_a_noun_is_a_figure_of_its_own_kind():
    figures = [(m.value, m.unit) for m in analyse("He was the 16th president.", lexicon("en")).mentions if m.kind == "number"]
    assert figures == [(16.0, "~ordinal")]
    assert not [m for m in analyse("She came 3rd.", lexicon("en")).mentions if m.kind == "number"]


def test_another_place_in_the_series_is_contradicted():
    verdict = verify_claim("Agatha Christie wrote the radio play for the 60th birthday of Queen Mary.", [RADIO])
    assert verdict.label == "contradicted", verdict.reason
    assert "80th birthday" in verdict.reason
    verdict = verify_claim("Agatha Christie wrote the radio play for the 80th birthday of Queen Mary.", [RADIO])
    assert verdict.label == "supported", verdict.reason


def test_a_century_is_left_to_coverage():
    assert not [m for m in analyse("The dodo died out in the 17th century.", lexicon("en")).mentions if m.kind == "number"]
    solitaire = passage_hit(2, "The Rodrigues solitaire, a related flightless bird of the nearby island of Rodrigues, died out "
                               "in the 18th century.", title="Remains of the dodo")
    verdict = verify_claim("The dodo died out in the 17th century, within a few generations of people reaching its island.",
                           [solitaire])
    assert verdict.label != "contradicted", verdict.reason
