"""A Russian place said as an adjective in the rival's clause is named beside it (heuristic
_named_beside with Lexicon.place_words)."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

pytest.importorskip("pymorphy3")

_verify = russian_verify(("name",))


def test_a_place_said_as_an_adjective_beside_the_rival_is_no_conflict():
    tower = "Останкинская телебашня высотой 540 м построена в Москве в 1963–1967 годах по проекту инженера Николая Никитина."
    said = "Башня в Останкине поднимается на 540 м и строилась с 1963 по 1967 год по проекту Николая Никитина."
    v = _verify(said, tower)
    assert v.label != "contradicted", v.reason
    # (Another place still is a rival.)
    said = "Башня в Казани поднимается на 540 м и строилась с 1963 по 1967 год по проекту Николая Никитина."
    v = _verify(said, tower)
    assert v.label == "contradicted", v.reason


def test_a_place_in_ika_said_as_its_adjective():
    from factlint.verify.languages import lexicon

    assert "балтика" in lexicon("ru").place_words("балтийского")
    spit = "Куршская коса — узкая песчаная полоса длиной 98 км, которая отделяет Куршский залив от Балтийского моря."
    said = "Куршская коса — песчаный полуостров длиной 98 км, отделяющий Куршский залив от Балтики."
    v = _verify(said, spit)
    assert v.label != "contradicted", v.reason


def test_a_place_whose_consonant_alternates_in_its_adjective():
    from factlint.verify.languages import lexicon

    assert "ладога" in lexicon("ru").place_words("ладожское")
    assert "волга" in lexicon("ru").place_words("волжский")
    lake = "Из озера вытекает единственная река Свирь, которая несёт воду в Ладожское озеро."
    said = "Вода из озера уходит по единственной реке, Свири, в Ладогу."
    v = _verify(said, lake)
    assert v.label != "contradicted", v.reason
