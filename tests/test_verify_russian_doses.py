"""Russian doses in the verifier: a dose said right before how often it is taken also says
what it comes to in that period (Lexicon.dose_totals)."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("number",))


def _figures(text):
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    return [(m.value, m.unit, m.per) for m in analyse(text, lexicon("ru")).mentions if m.kind == "number"]


def test_a_dose_before_its_frequency_says_the_daily_amount():
    assert (3.0, "~пакетик", 24.0) in _figures("Взрослым назначают по 1 пакетику 3 раза в день.")
    assert (2.0, "~таблетк", 24.0) in _figures("Принимайте по 1 таблетке 2 раза в сутки.")
    # (A mass is left a dose: «по 500 мг 2 раза в сутки» is said per dose.)
    assert not [f for f in _figures("Принимайте по 500 мг 2 раза в сутки.") if f[1] == "mg" and f[2]]
    # (Not a dose apart from its frequency, nor one with a period of its own.)
    assert _figures("Взрослым назначают 1 пакетик, а детям 3 раза в день по половине.")[:1] == [(1.0, "~пакетик", None)]
    assert not [f for f in _figures("Принимайте 500 мг, затем 2 раза в сутки.") if f[2] and f[1] == "mg"]


def test_a_dose_times_its_frequency_is_no_rival_of_the_daily_amount():
    smecta = "Взрослым обычно назначают 3 пакетика в сутки, а при острой диарее дозу можно удвоить."
    v = _verify("Взрослым смекту назначают по 1 пакетику 3 раза в день.", smecta)
    assert v.label != "contradicted", v.reason
    v = _verify("Взрослым смекту назначают по 2 пакетика 3 раза в день.", smecta)
    assert v.label == "contradicted", v.reason
