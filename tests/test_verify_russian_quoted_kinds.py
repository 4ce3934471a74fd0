"""Names in the quotes Russian puts round names, after the noun of their kind («шлюпы «Восток»
и «Мирный»»), are named by that noun too: a passage's «16 (28) января 1820 года шлюпы подошли
вплотную к ледяному барьеру» gives the year of what the claim's «Восток» and «Мирный» did,
though that clause does not name them, and the claim's 1821 meets it (whatever else another
passage dates to January 1821)."""

from __future__ import annotations

from verify_helpers import passage_hit

_DISCOVERY = ("Первая русская антарктическая экспедиция 1819–1821 годов шла на двух шлюпах: «Востоком» командовал "
              "начальник экспедиции Фаддей Беллинсгаузен, «Мирным» — Михаил Лазарев. 16 (28) января 1820 года шлюпы "
              "подошли вплотную к ледяному барьеру у побережья Антарктиды.")
_VOYAGE = ("Экспедиция покинула Кронштадт в июле 1819 года и вернулась туда в июле 1821 года. В январе 1821 года были "
           "открыты остров Петра I и Земля Александра I, лежащие у побережья Антарктиды.")


def _verify(text):
    from factlint.claims import Claim
    from factlint.verify.heuristic import HeuristicVerifier

    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("statement",)),
                                                       [passage_hit(1, _DISCOVERY, "Открытие Антарктиды", 0.94),
                                                        passage_hit(2, _VOYAGE, "Плавание «Востока» и «Мирного»", 0.89)])


def test_a_year_of_the_ships_named_by_their_kind_meets_the_claim_s():
    v = _verify("16 (28) января 1821 года их шлюпы «Восток» и «Мирный» подошли к ледяному барьеру у берегов материка.")
    assert v.label == "contradicted", v.reason
    v = _verify("16 (28) января 1820 года их шлюпы «Восток» и «Мирный» подошли к ледяному барьеру у берегов материка.")
    assert v.label != "contradicted", v.reason
