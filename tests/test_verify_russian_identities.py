"""Russian identities with a numbered name: «Первой в мире орбитальной станцией был «Салют-1»»
says which one thing the description fits, the number hyphened to the name part of it."""

from __future__ import annotations


def _verify(claim_text, *evidence, kinds=("statement",)):
    from factlint.claims import Claim
    from verify_helpers import passage_hit
    from factlint.verify.heuristic import HeuristicVerifier

    hits = [passage_hit(k, text, score=0.9 - k / 100) for k, text in enumerate(evidence)]
    return HeuristicVerifier(language="ru").verify_one(Claim(claim_text, 0, len(claim_text), None, kinds), hits)


SALYUT = "Первой в мире орбитальной станцией был «Салют-1», выведенный на орбиту 19 апреля 1971 года."
MIR = ("Базовый блок орбитальной станции «Мир» вывели на орбиту 20 февраля 1986 года. Рассчитанный примерно на 5 лет, "
       "«Мир» проработал на орбите около 15 лет.")


def test_a_numbered_name_is_an_identity():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    identities = analyse(SALYUT, lexicon("ru")).identities
    assert [(x.entity, x.key) for x in identities] == [(("салют", "1"), "первый")]


def test_another_station_is_no_first_station():
    # (With a passage on «Мир» too, which names it where the claim does: no rival name there.)
    v = _verify("«Мир» — первая в мире орбитальная станция, и проработала она около 15 лет.", MIR, SALYUT)
    assert v.label == "contradicted", v.reason
    v = _verify("«Салют-1» — первая в мире орбитальная станция.", MIR, SALYUT)
    assert v.label != "contradicted", v.reason
