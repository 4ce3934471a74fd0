"""A sentence may open with more than one phrase of time: "About a month later, on 6 May 1931,
Lena Holm flew ..." dates the flight by both, so the date is read with the flight and not with
whatever else the passage dated that month."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

PASSAGE = passage_hit(1, "Holm's mechanic, Ivar Sten, was given a medal on 2 May 1931 and worked for her for about 19 months. "
                         "In Norway, Lena Holm flew the first solo crossing of the fjords in that country on 6 May 1931.",
                      title="After the first crossing")


def test_two_opening_phrases_go_on_to_the_main_clause():
    a = analyse("About a month later, on 6 May 1931, Lena Holm flew the first solo crossing of the fjords.", lexicon("en"))
    assert len(a.clauses) == 1
    b = analyse("Через месяц, 6 мая 1931 года, Лена Хольм совершила перелёт.", lexicon("ru"))
    assert len(b.clauses) == 1


def test_the_date_meets_its_own_event():
    verdict = verify_claim("About a month later, on 6 May 1931, Lena Holm flew the first solo crossing of the fjords in Norway.",
                           [PASSAGE])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("About a month later, on 9 May 1931, Lena Holm flew the first solo crossing of the fjords in Norway.",
                           [PASSAGE])
    assert verdict.label == "contradicted", verdict.reason
