"""«около 58 мегатонн» and «около 58 килотонн»: a yield in TNT has its units, a thousand
apart, so the same digits in the other unit are another figure."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("number",))


BOMB = ("30 октября 1961 года над полуостровом Сухой Нос взорвали «Царь-бомбу» — самое мощное взрывное устройство "
        "в истории; мощность взрыва составила около 58 мегатонн.")


def test_kilotons_are_no_megatons():
    v = _verify("30 октября 1961 года над полуостровом Сухой Нос взорвали «Царь-бомбу» мощностью около 58 килотонн.", BOMB)
    assert v.label == "contradicted", v.reason


def test_the_same_yield_in_other_units_agrees():
    v = _verify("30 октября 1961 года над полуостровом Сухой Нос взорвали «Царь-бомбу» мощностью около 58 000 килотонн.", BOMB)
    assert v.label != "contradicted", v.reason
