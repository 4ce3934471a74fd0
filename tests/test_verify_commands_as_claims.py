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


ILLNESS = passage_hit(9, "Wash soiled clothes and bedding on a hot wash. Do not share towels and flannels with someone who is "
                         "ill.", title="Washing clothes and bedding", score=0.8)


@pytest.mark.parametrize("said, contradicted", [
    # blind32 q23-b, a right answer contradicted at 5a3b832: giving is no sharing.
    ("Wash soiled clothes and bedding on a hot wash, and give the ill person their own towels and flannels.", False),
    ("Share towels and flannels with someone who is ill.", True),
])
def test_a_command_meets_only_a_prohibition_of_its_own_act(said, contradicted):
    verdict = HeuristicVerifier().verify_one(Claim(said, 0, len(said), None, ("advice",)), [ILLNESS])
    assert (verdict.label == "contradicted") is contradicted, verdict.reason
