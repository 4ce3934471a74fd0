"""Russian reporting verbs (Lexicon.reporting_verbs): a figure someone estimated or believed is
theirs, no rival of the one the claim states as fact."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("number",))


def test_an_estimate_someone_made_is_no_rival_of_the_fact():
    v = _verify("Высота горы составляет 5642 м.", "Раньше учёные считали, что высота горы составляет 5300 м.")
    assert v.label != "contradicted", v.reason
    # (A figure said as fact still is.)
    assert _verify("Высота горы составляет 5642 м.", "Высота горы составляет 5300 м.").label == "contradicted"


def test_the_russian_reporting_verbs_are_known():
    from factlint.verify.languages import lexicon

    assert {"считают", "полагали", "оценивал", "подсчитали"} <= lexicon("ru").reporting_verbs


def test_a_figure_some_mention_is_no_rival_of_the_fact():
    # «иногда упоминаемые −71,2 °C официальным измерением не считаются»: what some mention.
    v = _verify("Высота горы составляет 5642 м.", "Иногда упоминаемые 5300 м — старая оценка высоты горы.")
    assert v.label != "contradicted", v.reason
