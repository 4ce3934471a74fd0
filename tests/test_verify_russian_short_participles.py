"""A short participle is read as its verb («распущена» as «распустить», the verb of
«распустили»), so a date said with either form aligns with one said with the other; and a name
that goes on with its noun in lower case («Первая Государственная дума») holds a shorter name
of the same thing («Первая Дума»)."""

from __future__ import annotations

from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

ДУМА = passage_hit(1, "Первая Государственная дума открылась 27 апреля 1906 года. Дума требовала передать крестьянам часть "
                      "помещичьей земли и была распущена 8 июля 1906 года, проработав всего 72 дня.",
                   title="Первая Государственная дума")


def test_a_short_participle_is_read_as_its_verb():
    lex = lexicon("ru")
    assert lex.word_stem("распущена") == lex.word_stem("распустили")
    assert lex.word_stem("построен") == lex.word_stem("построили")


def test_a_date_said_with_the_other_form_is_compared():
    verdict = verify_claim("Первая Дума открылась 27 апреля 1906 года, а распустили её 9 ноября 1906 года.", [ДУМА], "ru")
    assert verdict.label == "contradicted", verdict.reason
    assert "8 июля" in verdict.reason and "Государственная" not in verdict.reason


def test_a_name_that_goes_on_in_lower_case_holds_the_shorter_one():
    verdict = verify_claim("Первая Дума открылась 27 апреля 1906 года.", [ДУМА], "ru")
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("Вторая Дума открылась 27 апреля 1906 года.", [ДУМА], "ru")
    assert verdict.label == "contradicted", verdict.reason
