"""A word and its opposite («выиграл», «проиграл») said of the two sides of one event agree:
«Начало было для Спасского удачным: первую партию он выиграл» says what «Первую партию Фишер
проиграл» says, when the claim's clause tells its one by a pronoun and its sentence names
someone else than the evidence's clause. Said of the same one, they still disagree."""

from __future__ import annotations

from verify_helpers import russian_verify

_verify = russian_verify(("statement",))

_EVIDENCE = "Первую партию Фишер проиграл, а на вторую не явился, и ему засчитали поражение."


def test_the_other_side_s_loss_is_no_denial_of_a_win():
    v = _verify("Начало было для Спасского удачным: первую партию он выиграл.", _EVIDENCE)
    assert v.label != "contradicted", v.reason


def test_the_same_one_s_win_denies_his_loss():
    v = _verify("Начало было для Фишера удачным: первую партию Фишер выиграл.", _EVIDENCE)
    assert v.label == "contradicted", v.reason
