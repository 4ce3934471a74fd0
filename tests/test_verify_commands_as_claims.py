"""A command to act on the body or a thing ("rub the eye firmly") is a claim of its own kind,
advice, even with no figure or name in it: the evidence may forbid that very act ("do not rub
it"), and an answer that tells a reader to do what the reference forbids is the harmful one.
It counts only when contradicted. A command of no such act ("Talk to your pharmacist") stays
out, as before."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit
from factlint.claims import Claim, ClaimDetector
from factlint.verify.heuristic import HeuristicVerifier


@pytest.mark.parametrize("language, sentence", [
    ("en", "If it is still there, rub the eye firmly with your knuckle for a few seconds."),
    ("en", "Pop the blister with a clean needle."),
    ("ru", "Сразу наклонитесь и поднимите их, чтобы не потерять."),
])
def test_a_command_to_act_is_advice(language, sentence):
    assert ClaimDetector(language).checkable(sentence) == ("advice",)


@pytest.mark.parametrize("sentence", ["Talk to your pharmacist.", "If you feel tired, see a doctor.", "Eat lentils with oranges."])
def test_a_command_of_no_act_is_no_claim(sentence):
    assert ClaimDetector("en").checkable(sentence) == ()


EYE = passage_hit(1, "If you get a speck of dust, an eyelash or grit in your eye, do not rub it. Blink several times and "
                     "rinse the eye with clean water.", title="Something in your eye", score=0.8)
QUESTION = "What should I do if I get something in my eye?"


def _verify(text: str):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ("advice",), QUESTION), [EYE])


def test_a_command_to_do_what_the_evidence_forbids_is_contradicted():
    v = _verify("If it is still there, rub the eye firmly with your knuckle for a few seconds.")
    assert v.label == "contradicted", v.reason
    assert "do not rub it" in v.reason


def test_a_command_the_evidence_gives_is_not_contradicted():
    v = _verify("If it is still there, rinse the eye with clean water.")
    assert v.label != "contradicted", v.reason
