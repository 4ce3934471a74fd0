"""«годы» after a span of years dates it («За 1954–1960 годы распахали ...»), as «годах» does: it
is no count of 1960 years against the claim's «семь лет» (ru_blind17 q06-b, a right answer
contradicted at 5a3b832). A count of years takes «года» or «лет»."""

from __future__ import annotations

import pytest

from verify_helpers import russian_verify
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

verify = russian_verify(("statement",))
VIRGIN_LANDS = "За 1954–1960 годы распахали около 42 миллионов гектаров."


@pytest.mark.parametrize("text, years, counts", [
    ("За 1954–1960 годы распахали около 42 миллионов гектаров.", {1954, 1960}, set()),
    ("В 1856–1857 годах он совершил путешествие.", {1856, 1857}, set()),
    ("Стройка заняла 3 года.", set(), {3.0}),
    ("Стройка заняла семь лет.", set(), {7.0}),
])
def test_years_and_counts_of_years(text, years, counts):
    mentions = analyse(text, lexicon("ru")).mentions
    assert {m.value for m in mentions if m.kind == "year"} == years
    assert {m.value for m in mentions if m.kind == "number" and m.unit == "year" and "–" not in text[m.start:m.end]} == counts


def test_a_count_of_years_is_no_rival_of_the_span_s_last_year():
    verdict = verify("За семь лет, с 1954 по 1960 год, под пашню подняли около 42 миллионов гектаров.", VIRGIN_LANDS)
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify("За семь лет, с 1954 по 1960 год, под пашню подняли около 12 миллионов гектаров.", VIRGIN_LANDS)
    assert verdict.label == "contradicted", verdict.reason
