"""Two names said as adjectives qualify the nouns after them: «в Печоро-Илычском заповеднике»
names a reserve, «в Троицко-Печорском районе» a district; the one is no rival of the other, while two
of one noun are («в Печоро-Илычском районе»)."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

STONES = ("Столбы выветривания на плато Маньпупунёр находятся в Троицко-Печорском районе Республики Коми, "
          "на территории Печоро-Илычского заповедника.")


def test_an_adjectival_name_of_another_noun_is_no_rival():
    v = _verify("Столбы на плато Маньпупунёр находятся в Печоро-Илычском заповеднике.", STONES)
    assert v.label != "contradicted", v.reason


def test_an_adjectival_name_of_the_same_noun_is():
    v = _verify("Столбы на плато Маньпупунёр находятся в Ивдельском районе Республики Коми.", STONES)
    assert v.label == "contradicted", v.reason
