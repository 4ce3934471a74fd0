"""Russian spans of years say how long something lasted: «писал в 1870–1873 годах» is three to
four years, a rival of «почти десять лет»; a span of two years running («в 1928–1929 годах») is
when one thing happened, not a period. A verbal noun in «-ительство» is read as its verb
(«строительство» as «строили»)."""

from __future__ import annotations

from verify_helpers import russian_verify
from factlint.verify.languages import RUSSIAN


_verify = russian_verify(("statement",))


BURLAKI = "Картину «Бурлаки на Волге» Илья Репин писал в 1870–1873 годах по заказу великого князя Владимира Александровича."


def test_a_span_of_years_is_a_period_of_its_length():
    v = _verify("Картину Репин писал почти десять лет по заказу великого князя Владимира Александровича.", BURLAKI)
    assert v.label == "contradicted", v.reason
    v = _verify("Картину Репин писал около трёх лет по заказу великого князя Владимира Александровича.", BURLAKI)
    assert v.label != "contradicted", v.reason
    v = _verify("Картину Репин писал четыре года по заказу великого князя Владимира Александровича.", BURLAKI)
    assert v.label != "contradicted", v.reason


def test_two_years_running_are_no_period():
    novel = ("Михаил Булгаков начал роман, ставший потом «Мастером и Маргаритой», в 1928–1929 годах; точную дату "
             "начала исследователи называют по-разному.")
    v = _verify("Роман Булгаков начал и писал больше десяти лет.", novel)
    assert v.label != "contradicted", v.reason


def test_a_verbal_noun_in_itelstvo_is_read_as_its_verb():
    assert RUSSIAN.stem("строительство") == RUSSIAN.stem("строили") == RUSSIAN.stem("строительства")
    assert RUSSIAN.stem("правительство") == RUSSIAN.stem("правили")
