"""«Войска должны были окружить Наполеона, но ему удалось переправиться»: a plan or a duty
that a «но» clause answers tells what did not happen; it agrees with «не удалось окружить»."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("statement",))


BEREZINA = ("Русским армиям Чичагова и Витгенштейна не удалось окружить Наполеона, и он сам сумел уйти за реку, "
            "но его армия потеряла, по разным оценкам, десятки тысяч человек.")


def test_a_frustrated_duty_agrees_with_a_failure():
    v = _verify("Русские войска Чичагова и Витгенштейна должны были окружить Наполеона, но ему удалось переправиться.",
                BEREZINA)
    assert v.label != "contradicted", v.reason


def test_a_frustrated_plan_agrees_with_a_failure():
    v = _verify("Экспедиция собиралась дойти до полюса, но повернула назад из-за льдов.",
                "Экспедиции не удалось дойти до полюса: из-за тяжёлых льдов она повернула назад.")
    assert v.label != "contradicted", v.reason


def test_what_happened_still_meets_the_failure():
    v = _verify("Русские войска Чичагова и Витгенштейна окружили Наполеона у Березины.", BEREZINA)
    assert v.label == "contradicted", v.reason
