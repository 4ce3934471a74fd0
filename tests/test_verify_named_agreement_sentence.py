"""A passage that states the claim's year in a clause naming something the claim names is no
veto when the conflicting clause names it too, before it in its sentence: in "«Заяц в поле» —
мультфильм Петра Лунина, снятый ... в 1975 году" the participle's clause is about Lunin's
film, so Lunin's other film of 1979, in another passage, does not agree with a claimed 1979."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim
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


# A sentence's first word is no name mention, so the name a passage's conflicting sentence opens
# with ("Tarvos joined ...") must still count as named there: else the claim's "Tarvos" (a name
# by the passage's other sentence) anchors the year of another event of Tarvos. (Invented
# names, after a pattern met in session 34.)
UNION = passage_hit(3, "Tarvos joined the new Federation of Meridia, together with Meria, Sabor and Sarel, on 16 September 1911, "
                       "after a referendum held in 1910. Relations between the People's Action Party and the government in "
                       "Kel Dara soon soured over politics, money and the place of the Meri and Chinese communities, and in "
                       "July and September 1912 race riots broke out in Tarvos.", title="Tarvos in Meridia", score=0.9)


def _joined(text: str):
    return verify_claim(text, [UNION])


def test_a_name_the_conflicting_sentence_opens_with_anchors_no_other_year():
    v = _joined("Tarvos joined the new Federation of Meridia in 1912, together with Meria, Sabor and Sarel.")
    assert v.label == "contradicted", v.reason
    assert "says 1912; the evidence says 1911" in v.reason


def test_the_year_of_the_other_event_of_that_name_still_agrees():
    assert _joined("Tarvos joined the new Federation of Meridia in 1911, together with Meria, Sabor and Sarel.").label == "supported"
    assert _joined("Race riots broke out in Tarvos in 1912.").label != "contradicted"
