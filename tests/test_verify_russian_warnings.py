"""«Особенно опасно оставлять ребёнка в закрытой машине»: a warning forbids what it names,
as «Не оставляйте ребёнка в закрытой машине» does; the advice agrees."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("advice",))


CAR = ("Оставлять ребёнка младше 7 лет в машине на стоянке без взрослых запрещено. Особенно опасно оставлять "
       "ребёнка в закрытой машине в жару: салон на солнце быстро нагревается.")


def test_a_warning_agrees_with_a_prohibition():
    v = _verify("Не оставляйте ребёнка одного в закрытой машине, особенно в жару: салон на солнце быстро нагревается.", CAR)
    assert v.label != "contradicted", v.reason


def test_a_warning_meets_a_permission():
    v = _verify("Оставлять ребёнка в закрытой машине в жару безопасно.",
                "Особенно опасно оставлять ребёнка в закрытой машине в жару: салон на солнце быстро нагревается.")
    assert v.label == "contradicted", v.reason
