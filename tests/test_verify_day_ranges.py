"""The first day of a range of days has the month of the last ("from 14 to 25 February 1956",
«с 14 по 25 февраля 1956 года»): a claim of 14 February meets it, not the 25th (ru_blind17
q05-d, a right answer contradicted at 5a3b832)."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, russian_verify, verify_claim
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

CONGRESS = "XX съезд КПСС проходил в Москве с 14 по 25 февраля 1956 года."


@pytest.mark.parametrize("text, language", [
    ("The congress met in Moscow from 14 to 25 February 1956.", "en"),
    (CONGRESS, "ru"),
])
def test_the_first_day_of_a_range_is_a_date_of_the_last_day_s_month(text, language):
    dates = {m.value for m in analyse(text, lexicon(language)).mentions if m.kind == "date"}
    assert dates == {(2, 14), (2, 25)}


def test_a_count_before_a_date_is_no_day_without_a_joiner():
    dates = {m.value for m in analyse("Some 14 delegates left on 25 February 1956.", lexicon("en")).mentions if m.kind == "date"}
    assert dates == {(2, 25)}


def test_the_opening_day_meets_the_range_s_first_day():
    verify = russian_verify(("statement",))
    verdict = verify("На съезде, открывшемся 14 февраля 1956 года, Хрущёв выступил с докладом.", CONGRESS)
    assert verdict.label != "contradicted", verdict.reason
    hit = passage_hit(1, "The Twentieth Congress met in Moscow from 14 to 25 February 1956.", title="The Twentieth Congress")
    verdict = verify_claim("The Twentieth Congress opened in Moscow on 18 February 1956.", [hit], "en")
    assert verdict.label == "contradicted", verdict.reason
