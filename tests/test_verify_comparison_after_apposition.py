"""A comparison the evidence says the other way, where the evidence's subject stands before an
apposition ("The Irtysh, the main tributary of the Ob, | is longer than the Ob itself") or the
claim's after the noun it names («её главный приток Иртыш короче Оби»); and a sentence that
opens with a common word («Площадь бассейна Оби — ..., это самый большой речной бассейн») names
no rival of the thing that word is said of."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim

IRTYSH = passage_hit(1, "The Irtysh, the main tributary of the Ob, is longer than the Ob itself: it is about 4,250 km long.",
                     title="The Irtysh")
ИРТЫШ = passage_hit(1, "Главный приток Оби, Иртыш, длиннее самой Оби: его длина около 4250 км.", title="Иртыш")
БАССЕЙН = passage_hit(2, "Площадь бассейна Оби — около трёх миллионов квадратных километров, это самый большой речной "
                         "бассейн в России.", title="Истоки и длина Оби")


def _verify(text: str, hit, language: str = "en"):
    return verify_claim(text, [hit], language)


@pytest.mark.parametrize("said", ["The Irtysh is shorter than the Ob.", "The Irtysh is much shorter than the Ob, at about 4,250 km."])
def test_the_opposite_comparison_after_an_apposition_contradicts(said):
    verdict = _verify(said, IRTYSH)
    assert verdict.label == "contradicted", verdict.reason
    assert "the opposite" in verdict.reason


def test_the_same_comparison_after_an_apposition_agrees():
    assert _verify("The Irtysh is longer than the Ob.", IRTYSH).label == "supported"


@pytest.mark.parametrize("said", ["Иртыш короче Оби.", "Сама Обь тянется примерно на 3650 км, а её главный приток Иртыш заметно короче Оби."])
def test_a_russian_comparative_said_the_other_way_contradicts(said):
    verdict = _verify(said, ИРТЫШ, "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "длиннее самой Оби" in verdict.reason


def test_a_russian_comparative_said_the_same_way_agrees():
    assert _verify("Иртыш длиннее Оби.", ИРТЫШ, "ru").label == "supported"


def test_a_common_word_opening_the_sentence_is_no_rival():
    verdict = _verify("Бассейн Оби — самый большой в России, около трёх миллионов квадратных километров.", БАССЕЙН, "ru")
    assert verdict.label == "supported", verdict.reason


def test_another_basin_is_still_contradicted():
    assert _verify("Бассейн Енисея — самый большой в России.", БАССЕЙН, "ru").label == "contradicted"
