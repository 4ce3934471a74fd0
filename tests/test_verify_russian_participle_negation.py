"""«через не разорённые войной губернии»: a «не» before a full participle negates the
participle (written apart because a word depends on it), not the clause; the clause says
nothing the other way round of «через нетронутые войной губернии»."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("statement",))


RETREAT = ("7 (19) октября 1812 года Наполеон покинул Москву и двинулся на юг, к Калуге, рассчитывая отступать "
           "через нетронутые войной губернии.")


def test_a_negated_participle_is_no_denial_of_its_clause():
    v = _verify("Наполеон повёл армию на юг, к Калуге, чтобы отступать через не разорённые войной губернии.", RETREAT)
    assert v.label != "contradicted", v.reason


def test_a_negated_passive_participle_is_no_denial():
    v = _verify("Экспедиция прошла через не исследованные никем острова архипелага.",
                "Экспедиция прошла через острова архипелага, которые до неё никто не исследовал.")
    assert v.label != "contradicted", v.reason


def test_a_negated_verb_still_denies():
    v = _verify("Наполеон не двинулся на юг, к Калуге.", RETREAT)
    assert v.label == "contradicted", v.reason
