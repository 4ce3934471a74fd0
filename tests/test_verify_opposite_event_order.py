"""An event the claim puts after another, where the evidence puts it before that very event
(or the other way round), in a clause that says the same of it: the evidence orders the two
itself, so no year need date them. "Soon after Lind's discovery, chemists at the Berg works
patented their own glazes" against "... patented glazes ..., the year before Lind's discovery"."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

BERG = passage_hit(1, "In Sweden, chemists at the Berg works, Olof Sand and Erik Ny, patented glazes containing tin and "
                      "lead in 1891, the year before Lind's discovery. Their glaze became the most widely used one.",
                   title="Glazes in Sweden")


def test_after_against_before_the_same_event_is_contradicted():
    verdict = verify_claim("Soon after Lind's discovery, chemists at the Berg works in Sweden patented their own "
                           "glazes containing tin and lead.", [BERG])
    assert verdict.label == "contradicted", verdict.reason
    assert "before Lind's discovery" in verdict.reason


def test_the_same_order_agrees():
    verdict = verify_claim("Shortly before Lind's discovery, chemists at the Berg works in Sweden patented their own "
                           "glazes containing tin and lead.", [BERG])
    assert verdict.label != "contradicted", verdict.reason


def test_another_deed_ordered_against_the_same_event_is_no_conflict():
    # What the claim orders must be what the evidence orders: a clause about something else
    # put after Lind's discovery says nothing against the glazes' patent.
    verdict = verify_claim("Soon after Lind's discovery, the potters of Delft changed their kilns.", [BERG])
    assert verdict.label != "contradicted", verdict.reason


def test_russian_after_against_before_with_no_comma_to_end_the_event():
    passage = passage_hit(1, "В Швеции химики завода Берга Улоф Санд и Эрик Ню запатентовали оловянную глазурь в 1891 году, "
                             "за год до открытия Линд.", title="Глазури в Швеции")
    verdict = verify_claim("Вскоре после открытия Линд химики завода Берга запатентовали свою оловянную глазурь.",
                           [passage], "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "до открытия Линд" in verdict.reason
    verdict = verify_claim("Незадолго до открытия Линд химики завода Берга запатентовали свою оловянную глазурь.",
                           [passage], "ru")
    assert verdict.label != "contradicted", verdict.reason


def test_two_events_of_one_word_each_must_be_the_same_one():
    # «до Мурманска» (as far as Murmansk) and «после Берга» (after Berg) order two other things.
    passage = passage_hit(1, "Меньше чем через месяц после Берга, 12 июля 1931 года, через полюс пролетел второй самолёт "
                             "с экипажем Ивана Холма.", title="Рекорд Холма")
    verdict = verify_claim("Вскоре экипаж Ивана Холма тоже пролетел через полюс, но ещё дальше, до Мурманска.", [passage], "ru")
    assert verdict.label != "contradicted", verdict.reason
