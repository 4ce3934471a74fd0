"""A Russian clause that opens with a noun of a cause («Причина наводнений не в самой Неве, а в
Балтике») says with «в» what the cause is, not where something is: the name after it holds the
cause's place, and is no rival of the place the evidence gives the floods («Наводнения в
Петербурге вызывает ...»)."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = ("Наводнения в Петербурге вызывает не сама Нева, а длинная волна, которую сильный западный ветер "
             "гонит из Балтики в Невскую губу навстречу течению реки.")


def _slots(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    a = analyse(text, lexicon("ru"))
    return {m.text: m.slot for m in a.mentions if m.kind == "name"}


def test_a_name_after_a_cause_holds_the_cause_s_place():
    assert _slots("Причина наводнений в Балтике.")["Балтике"] == "причина"
    assert _slots("Наводнения бывают в Петербурге.")["Петербурге"] == "в"


def test_the_cause_is_no_rival_of_the_place():
    v = _verify("Причина наводнений не в самой Неве, а в Балтике: западный ветер гонит длинную волну в Невскую губу.",
                _EVIDENCE)
    assert v.label != "contradicted", v.reason
