"""Two amounts of one measure in a sentence, each of the thing said after it, swapped between
the two things: every figure and every thing is in the evidence, but paired otherwise."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("number",))

CITRAMON = ("«Цитрамон П» — комбинированный препарат: в одной таблетке 240 мг ацетилсалициловой кислоты, 180 мг "
            "парацетамола и 30 мг кофеина.")


def test_two_amounts_swapped_between_their_things_are_contradicted():
    v = _verify("В таблетке «Цитрамона П» три компонента: 180 мг ацетилсалициловой кислоты, 240 мг парацетамола и 30 мг кофеина.",
                CITRAMON)
    assert v.label == "contradicted" and "240 мг ацетилсалициловой кислоты" in v.reason, v.reason


def test_amounts_paired_as_the_evidence_pairs_them_are_not():
    v = _verify("В таблетке «Цитрамона П» три компонента: 240 мг ацетилсалициловой кислоты, 180 мг парацетамола и 30 мг кофеина.",
                CITRAMON)
    assert v.label != "contradicted", v.reason
