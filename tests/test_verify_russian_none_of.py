"""«ни одна из сторон», «ни одного корабля»: Russian says "none" with «ни» and the number
one; it is no count of one that the evidence's «ни одна» denies."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("number",))


BATTLE = "Бой продолжался больше десяти часов, и ни одна из сторон не добилась решительной победы."


def test_none_of_said_in_another_case_is_no_conflict():
    v = _verify("Бой длился больше десяти часов и не принёс решительной победы ни одной из сторон.", BATTLE)
    assert v.label != "contradicted", v.reason


def test_none_of_ships_is_no_count():
    v = _verify("Эскадра не потеряла ни одного корабля.", "В бою эскадра не потеряла ни одного корабля, хотя два судна получили повреждения.")
    assert v.label != "contradicted", v.reason


def test_a_count_of_hours_is_still_compared():
    v = _verify("Бой длился больше двадцати часов и не принёс решительной победы ни одной из сторон.",
                "Бой продолжался около десяти часов, и ни одна из сторон не добилась решительной победы.")
    assert v.label == "contradicted", v.reason
