"""A figure stated in a passage sentence with more of the claim's words than a rival's clause
holds is the one to weigh, though an apposition splits that sentence into clauses that each
hold fewer: "In 1206 a moot, a great assembly of the Varnian nobles, met near the Onon River
and proclaimed him Tamar Khan" agrees with "a moot in 1206 proclaimed him Tamar Khan", whatever
"a moot confirmed his son as Great Khan in 1229" says."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

MOOT = passage_hit(1, "After years of war Tamar had united the peoples of the steppe. In 1206 a moot, a great assembly of "
                      "the Varnian nobles, met near the source of the Onon River and proclaimed him Tamar Khan. He organised his army in units of "
                      "10, 100 and 1,000 men.", title="The moot of 1206", score=0.79)
HEIR = passage_hit(2, "Tamar Khan chose his third son, Odo, as his heir, and a moot confirmed him as Great Khan in 1229. Odo "
                      "completed the conquest of the south.", title="Odo Khan", score=0.53)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("date", "name"), "How did Tamar rise to power?")
    return HeuristicVerifier().verify_one(claim, [MOOT, HEIR])


def test_the_sentence_that_states_the_figure_agrees():
    v = _verify("Once the steppe was united, a moot in 1206 proclaimed him Tamar Khan, and he organised the army in units.")
    assert v.label != "contradicted", v.reason


def test_a_figure_no_sentence_states_is_still_contradicted():
    v = _verify("Once the steppe was united, a moot in 1209 proclaimed him Tamar Khan, and he organised the army in units.")
    assert v.label == "contradicted", v.reason
