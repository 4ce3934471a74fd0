"""«в 988 году», «988 года», «988 год»: a three-digit number before a singular word of a year
is a year (a count of 988 years is «988 лет»), compared with years, not as a span of time;
«983 года» and «981 год» may still count years."""

from __future__ import annotations

from verify_helpers import russian_verify
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon


_verify = russian_verify(("date",))


BAPTISM = ("Крещение Руси связывают с киевским князем Владимиром Святославичем: по летописи, в 988 году он крестился "
           "сам, а затем крестил киевлян в водах Днепра. Дата условна: часть историков относит крещение самого князя "
           "к 987 или 989 году.")


def test_the_chronicles_year_is_said():
    v = _verify("Крещение Руси летопись относит к 988 году: киевский князь Владимир Святославич принял христианство "
                "от Византии.", BAPTISM)
    assert v.label != "contradicted", v.reason


def test_an_early_year_is_a_year():
    kinds = {m.text: m.kind for m in analyse("В 988 году, а не в 862 год и не в 1015 году.", lexicon("ru")).mentions}
    assert kinds["988"] == kinds["862"] == kinds["1015"] == "year", kinds


def test_a_count_of_years_stays_a_count():
    kinds = [m.kind for m in analyse("Династия правила 983 года.", lexicon("ru")).mentions]
    assert kinds == ["number"], kinds
