"""Russian units of the imperial system and decades (Lexicon.units): «88 футов» is 88 ft,
so the evidence's 88 m in another unit is the claim's figure said wrong."""

from __future__ import annotations

import pytest
from verify_helpers import passage_hit, russian_verify

_verify = russian_verify(("statement",))


@pytest.mark.parametrize(("text", "unit"), [("около 88 футов", "ft"), ("3 мили", "mi"), ("15 дюймов", "in"),
                                            ("8 унций", "oz"), ("два десятилетия", "decade")])
def test_units(text, unit):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [m.unit for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"] == [unit]


def test_the_evidence_s_figure_in_another_unit():
    from factlint.claims import Claim
    from factlint.verify.heuristic import HeuristicVerifier

    mriya = "Ан-225 «Мрия» — самый тяжёлый самолёт в истории: размах его крыла около 88 м, а длина — 84 м."
    said = "Размах крыла Ан-225 — около 88 футов."
    hit = passage_hit(1, mriya, score=0.9)
    v = HeuristicVerifier(language="ru").verify_one(Claim(said, 0, len(said), None, ("number",)), [hit])
    assert v.label == "contradicted", v.reason


@pytest.mark.parametrize(("text", "said", "unit"), [("за три последних года", "три последних года", "year"),
                                                    ("два полных месяца", "два полных месяца", "month"),
                                                    ("двенадцать гранитных атлантов", "двенадцать", "~атлант")])
def test_a_unit_after_adjectives(text, said, unit):
    # «три последних года»: the adjectives between a number and its unit leave it the unit
    # (a counted noun after them stays a counted noun, read where the number is).
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [(m.text, m.unit) for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"] == [(said, unit)]


def test_a_unit_after_adjectives_meets_the_claim_s_unit():
    evidence = "Строительство собора шло пять полных лет."
    v = _verify("Строительство собора шло два года.", evidence)
    assert v.label == "contradicted", v.reason
    assert _verify("Строительство собора шло пять лет.", evidence).label == "supported"


@pytest.mark.parametrize(("text", "kind", "value"), [("на площади около 2000 км²", "number", 2000),
                                                     ("в 1500 м от берега", "number", 1500),
                                                     ("около 1990 года", "year", 1990), ("в 1812 г.", "year", 1812)])
def test_a_unit_makes_a_four_digit_figure_a_quantity(text, kind, value):
    # «около 2000 км²»: «около» may set a year («около 1990 года»), but a unit of measure after
    # the figure makes it a quantity.
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [(m.kind, m.value) for m in analyse(text, lexicon("ru")).mentions] == [(kind, value)]


def test_a_four_digit_area_meets_its_rival():
    evidence = "Лес был повален на площади около 2000 км², примерно 80 млн деревьев."
    v = _verify("Взрыв повалил лес на площади около 200 км².", evidence)
    assert v.label == "contradicted", v.reason


@pytest.mark.parametrize(("text", "unit"), [("5 МВт", "MW"), ("50 мегаватт", "MW"), ("5 кВт", "kW"), ("100 Вт", "W"),
                                            ("2 ГВт", "GW")])
def test_power(text, unit):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    assert [m.unit for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"] == [unit]


def test_power_in_another_unit():
    evidence = "Электрическая мощность реактора АМ-1 составляла 5 МВт, а каждого реактора Колдер-Холла — около 50 МВт."
    v = _verify("Электрическая мощность реактора АМ-1 составляла 5 кВт.", evidence)
    assert v.label == "contradicted", v.reason
    assert _verify("Электрическая мощность реактора АМ-1 составляла 5000 кВт.", evidence).label == "supported"
