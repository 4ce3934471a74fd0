"""«СССР объявил архипелаг своей территорией» is said of «Советский Союз»: an abbreviation
holds the words it stands for, so the clause that gives the claim's year aligns better than
one that only says «советская полярная станция» in another year."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier


def _verify(text, *passages):
    hits = [passage_hit(k, p) for k, p in enumerate(passages, 1)]
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("date",)), hits)


CLAIMED = ("Обычно на Земле Франца-Иосифа насчитывают 192 острова, большая часть их поверхности покрыта льдом. "
           "В 1926 году СССР объявил архипелаг своей территорией.")
STATION = ("В 1929 году в бухте Тихой на острове Гукера открылась первая советская полярная станция на архипелаге. "
           "С 2016 года Земля Франца-Иосифа входит в национальный парк «Русская Арктика».")


def test_an_abbreviation_says_the_name_it_stands_for():
    v = _verify("В 1926 году Советский Союз объявил эти острова своими.", CLAIMED, STATION)
    assert v.label != "contradicted", v.reason


def test_another_year_of_the_same_deed_still_conflicts():
    v = _verify("В 1932 году Советский Союз объявил архипелаг своей территорией.", CLAIMED, STATION)
    assert v.label == "contradicted", v.reason
