"""A passage that states the claim's year in a clause naming something the claim names is no
veto when the conflicting clause names it too, before it in its sentence: in "«Заяц в поле» —
мультфильм Петра Лунина, снятый ... в 1975 году" the participle's clause is about Lunin's
film, so Lunin's other film of 1979, in another passage, does not agree with a claimed 1979."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

FILM = passage_hit(1, "«Заяц в поле» — мультфильм Петра Лунина, снятый на студии «Союзмультфильм» в 1975 году по сказке "
                      "Сергея Ветрова.", title="«Заяц в поле»", score=0.9)
FAME = passage_hit(2, "В 2003 году критики назвали «Зайца в поле» лучшим мультфильмом. Ещё раньше лучшим признали другую "
                      "работу Лунина — «Сказку о ветре» (1979).", title="Признание Лунина", score=0.85)
QUESTION = "Как создавался мультфильм «Заяц в поле»?"


def _verify(text: str):
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("year",), QUESTION), [FILM, FAME])


def test_another_work_of_the_same_author_is_no_agreement():
    v = _verify("«Зайца в поле» Пётр Лунин снял на «Союзмультфильме» в 1979 году по сказке Сергея Ветрова.")
    assert v.label == "contradicted", v.reason
    assert "1975" in v.reason


def test_the_right_year_is_not_contradicted():
    v = _verify("«Зайца в поле» Пётр Лунин снял на «Союзмультфильме» в 1975 году по сказке Сергея Ветрова.")
    assert v.label != "contradicted", v.reason
