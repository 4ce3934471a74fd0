"""Russian dates by both calendars: «16 (28) января 1820 года» is the 16th by the old calendar
and the 28th by the new, in one place of the text; a claim's date is weighed against both."""

from __future__ import annotations

from verify_helpers import russian_verify


def _dates(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    return [(m.kind, m.value) for m in analyse(text, lexicon("ru")).mentions if m.kind in ("date", "number")]


_verify = russian_verify(("statement",))


def test_a_date_by_both_calendars():
    assert _dates("Шлюпы подошли к барьеру 16 (28) января 1820 года.") == [("date", (1, 16)), ("date", (1, 28))]


MSU = ("Московский университет основан указом императрицы Елизаветы Петровны, подписанным 12 (23) января 1755 года, "
       "в день святой Татьяны.")


def test_a_day_of_neither_calendar_disagrees():
    v = _verify("Указ об основании университета Елизавета Петровна подписала 25 января 1755 года.", MSU)
    assert v.label == "contradicted", v.reason
    for day in (12, 23):
        v = _verify(f"Указ об основании университета Елизавета Петровна подписала {day} января 1755 года.", MSU)
        assert v.label != "contradicted", v.reason
