"""Russian bounds before «за» and a period: «не позднее чем за две недели» is two weeks ahead
at least, «не более чем за три года» three years at most. Their «не» is the bound's, no denial
of the clause."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))


@pytest.mark.parametrize(("text", "bound"), [
    ("предупредить письменно не позднее чем за две недели", ">="),
    ("вернуть налог не более чем за три последних года", "<="),
    ("предупредить минимум за три дня", ">="),
    ("сделать это не более чем за 10 минут", "<="),
])
def test_a_bound_before_a_period(text, bound):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    assert [m.bound for m in a.mentions if m.kind == "number"] == [bound]
    assert not a.clauses[0].negated


RESIGN = "Уволиться по собственному желанию можно, предупредив работодателя письменно не позднее чем за две недели."


def test_the_bound_s_negation_denies_nothing():
    v = _verify("Уволиться по собственному желанию может любой работник, но предупредить работодателя "
                "письменно нужно минимум за две недели.", RESIGN)
    assert v.label != "contradicted", v.reason


def test_a_figure_beyond_the_bound_disagrees():
    v = _verify("Вернуть налог можно за последние пять лет.", "Вернуть налог можно не более чем за три последних года.")
    assert v.label == "contradicted", v.reason
    assert "пять лет" in v.reason, v.reason
