"""«100 тысяч рублей по бумажному бланку и 400 тысяч при передаче данных»: a figure after «и»
with no unit of its own is in the unit of the figure before it, so the evidence's «400 тысяч
рублей» is the claim's second figure, no rival of its first; and a scale word in any case
(«ограничена 100 тысячами рублей») is read as one."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("number",))


LIMIT = ("Если данные о ДТП переданы через приложение «Помощник ОСАГО» или Госуслуги, предел выплаты по европротоколу — "
         "400 тысяч рублей.")


def test_a_second_figure_takes_the_first_ones_unit():
    v = _verify("Предел выплаты — 100 тысяч рублей по бумажному бланку и 400 тысяч при передаче данных через приложение "
                "или Госуслуги.", LIMIT)
    assert v.label != "contradicted", v.reason


def test_a_scale_word_in_the_instrumental_is_read():
    v = _verify("По бумажному европротоколу выплата ограничена 100 тысячами рублей.",
                "По бумажному европротоколу страховая выплата — не более 100 000 рублей.")
    assert v.label == "supported", v.reason


def test_a_figure_in_its_own_unit_keeps_it():
    v = _verify("Предел выплаты — 400 тысяч рублей и 15 дней на ремонт.", LIMIT)
    assert v.label != "contradicted", v.reason
