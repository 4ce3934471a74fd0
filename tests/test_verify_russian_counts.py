"""Russian counts: the noun a figure counts may follow adjectives («двенадцать гранитных
атлантов»); the count is compared with counts of the same noun (Lexicon.attributive)."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

pytest.importorskip("pymorphy3")


_verify = russian_verify(("statement",))


def test_the_counted_noun_after_adjectives():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    units = [m.unit for m in analyse("Портик поддерживают двенадцать гранитных атлантов.", lexicon("ru")).mentions
             if m.kind == "number"]
    assert units == ["~атлант"]


HERMITAGE = ("В 1852 году открылся Новый Эрмитаж архитектора Лео фон Кленце. Его портик поддерживают десять атлантов из "
             "серого гранита.")


def test_a_count_of_the_same_noun_disagrees():
    v = _verify("Портик Нового Эрмитажа поддерживают двенадцать гранитных атлантов.", HERMITAGE)
    assert v.label == "contradicted", v.reason
    v = _verify("Портик Нового Эрмитажа поддерживают десять гранитных атлантов.", HERMITAGE)
    assert v.label != "contradicted", v.reason


def test_a_four_digit_count_of_people_is_no_year():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon
    from verify_helpers import passage_hit, verify_claim

    lex = lexicon("ru")
    kinds = [(m.kind, m.text) for m in analyse("По официальным данным, погибли 1389 человек.", lex).mentions]
    assert ("number", "1389") in kinds
    assert ("year", "1812") in [(m.kind, m.text) for m in analyse("В 1812 году армия вошла в Москву.", lex).mentions]
    field = passage_hit(1, "Рано утром прошёл слух, что подарков на всех не хватит, и люди гибли в давке. По официальным "
                           "данным, погибли 1389 человек.", title="Давка на Ходынском поле")
    verdict = verify_claim("В давке, по официальным данным, погибли около 130 человек.", [field], "ru")
    assert verdict.label == "contradicted", verdict.reason


def test_a_span_of_years_stays_years():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    kinds = [(m.kind, m.text) for m in analyse("Беринг возглавил экспедицию 1725–1730 годов.", lexicon("ru")).mentions]
    assert ("number", "1730") not in kinds
