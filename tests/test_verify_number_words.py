"""Numbers said in words are read whole: "one hundred and eighty" is 180 and «сто восемьдесят»
is 180, not a hundred and then eighty. Read in pieces, the last piece was compared with the
evidence's figure: «примерно в сто восемьдесят километров» was contradicted by «около 180 км»
as 80 km (a right answer of ru_blind20, session 35). The texts here are invented."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier


def _numbers(text: str, language: str) -> list[float]:
    lex = HeuristicVerifier(language=language).lex
    return [m.value for m in analyse(text, lex).mentions if m.kind == "number"]


@pytest.mark.parametrize("language, text, values", [
    ("en", "The canal runs for one hundred and eighty kilometres.", [180.0]),
    ("en", "The hotel has two hundred thirty-four rooms.", [234.0]),
    ("en", "About one hundred and twenty thousand people came.", [120000.0]),
    ("en", "Fifty-seven ships sailed.", [57.0]),
    # Two counts of hundreds are no one number: a range's two ends stay apart.
    ("en", "They hired one hundred people and five guides.", [100.0, 5.0]),
    ("ru", "Канал тянется на сто восемьдесят километров.", [180.0]),
    ("ru", "Длина моста — двести сорок пять метров.", [245.0]),
    ("ru", "Старцу было сто два года.", [102.0]),
    ("ru", "На площадь пришли сто двадцать тысяч человек.", [120000.0]),
    ("ru", "Было триста метров и двадцать пять ступеней.", [300.0, 25.0]),
])
def test_number_words_are_read_whole(language, text, values):
    assert _numbers(text, language) == values


CANAL_RU = passage_hit(1, "Канал Верхнедольский прорыли в 1890-е годы; его длина — около 180 км.", title="Верхнедольский канал")
CANAL_EN = passage_hit(2, "The Lowmere Canal was dug in the 1890s; it is about 180 km long.", title="Lowmere Canal")


def test_the_same_length_in_words_is_not_contradicted():
    v = verify_claim("Верхнедольский канал длиной примерно в сто восемьдесят километров прорыли в 1890-е годы.", [CANAL_RU], "ru")
    assert v.label != "contradicted", v.reason
    v = verify_claim("The Lowmere Canal, about one hundred and eighty kilometres long, was dug in the 1890s.", [CANAL_EN])
    assert v.label != "contradicted", v.reason


def test_another_length_in_words_is_contradicted():
    v = verify_claim("Верхнедольский канал длиной примерно в двести восемьдесят километров прорыли в 1890-е годы.", [CANAL_RU], "ru")
    assert v.label == "contradicted", v.reason
    v = verify_claim("The Lowmere Canal, about two hundred and eighty kilometres long, was dug in the 1890s.", [CANAL_EN])
    assert v.label == "contradicted", v.reason
