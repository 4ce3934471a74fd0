"""A Russian time between two events («спустя две недели», «на год раньше», «через 40 лет») is a
difference, as "two weeks later" is: no rival of how long anything lasted («плавание ... в
1803–1806 годах»), only of another time between events."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("statement",))


VOYAGE = "Первое кругосветное плавание под российским флагом состоялось в 1803–1806 годах на шлюпах «Надежда» и «Нева»."


def test_a_time_between_events_is_no_duration():
    v = _verify("Первой в Кронштадт вернулась «Надежда», а «Нева» пришла только спустя две недели.", VOYAGE)
    assert v.label != "contradicted", v.reason
    v = _verify("«Нева» вернулась из плавания через две недели после «Надежды».", VOYAGE)
    assert v.label != "contradicted", v.reason


def test_two_times_between_events_still_disagree():
    evidence = "«Нева» вернулась в Кронштадт на две недели раньше «Надежды»."
    v = _verify("«Нева» вернулась в Кронштадт на два месяца раньше «Надежды».", evidence)
    assert v.label == "contradicted", v.reason
