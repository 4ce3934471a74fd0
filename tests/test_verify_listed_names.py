"""Names listed after a colon spell out what the words before it count («кружок из пяти
художников: Ланской, Орлов, ...»): they are not what the clause is about, so its figure is
the figure of the thing the passage is titled after, and meets the claim's; nor are they rivals
of the name the claim gives that thing («Северная пятёрка» is no «Ланской»)."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

CIRCLE = passage_hit(1, "Название «Северная пятёрка» появилось в 1871 году в статье критика Ивана Рудина. Так стали называть "
                        "кружок из пяти художников: Ланской, Орлов, Вяземский, Трубин и Галкин.",
                     title="«Северная пятёрка»", score=0.9)
QUESTION = "Что такое «Северная пятёрка»?"


def _verify(text: str):
    return HeuristicVerifier(language="ru").verify_one(Claim(text, 0, len(text), None, ("number",), QUESTION), [CIRCLE])


def test_a_count_spelt_out_by_a_list_of_names_is_the_titled_things():
    v = _verify("«Северная пятёрка» — кружок из семи художников, сложившийся вокруг Ивана Рудина.")
    assert v.label == "contradicted", v.reason
    assert "пяти" in v.reason


def test_the_right_count_is_not_contradicted():
    v = _verify("«Северная пятёрка» — кружок из пяти художников, сложившийся вокруг Ивана Рудина.")
    assert v.label != "contradicted", v.reason
