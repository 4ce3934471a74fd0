"""A Russian place said as an adjective in the rival's clause is named beside it (heuristic
_named_beside with Lexicon.place_words)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymorphy3")


def test_a_place_said_as_an_adjective_beside_the_rival_is_no_conflict():
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier

    tower = "Останкинская телебашня высотой 540 м построена в Москве в 1963–1967 годах по проекту инженера Николая Никитина."
    said = "Башня в Останкине поднимается на 540 м и строилась с 1963 по 1967 год по проекту Николая Никитина."
    hit = Hit(1, "d1", "", "corpus.jsonl", tower, 0.8, 0, len(tower))
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("name",)), [hit])
    assert v.label != "contradicted", v.reason
    # (Another place still is a rival.)
    said = "Башня в Казани поднимается на 540 м и строилась с 1963 по 1967 год по проекту Николая Никитина."
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("name",)), [hit])
    assert v.label == "contradicted", v.reason


def test_a_place_in_ika_said_as_its_adjective():
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier
    from factlint.verify.languages import lexicon

    assert "балтика" in lexicon("ru").place_words("балтийского")
    spit = "Куршская коса — узкая песчаная полоса длиной 98 км, которая отделяет Куршский залив от Балтийского моря."
    said = "Куршская коса — песчаный полуостров длиной 98 км, отделяющий Куршский залив от Балтики."
    hit = Hit(1, "d1", "", "corpus.jsonl", spit, 0.8, 0, len(spit))
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("name",)), [hit])
    assert v.label != "contradicted", v.reason


def test_a_place_whose_consonant_alternates_in_its_adjective():
    from factlint.claims import Claim
    from factlint.evidence.index import Hit
    from factlint.verify.heuristic import HeuristicVerifier
    from factlint.verify.languages import lexicon

    assert "ладога" in lexicon("ru").place_words("ладожское")
    assert "волга" in lexicon("ru").place_words("волжский")
    lake = "Из озера вытекает единственная река Свирь, которая несёт воду в Ладожское озеро."
    said = "Вода из озера уходит по единственной реке, Свири, в Ладогу."
    hit = Hit(1, "d1", "", "corpus.jsonl", lake, 0.8, 0, len(lake))
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("name",)), [hit])
    assert v.label != "contradicted", v.reason
