"""A short denial in the evidence ("are not allergic to aspirin") held whole by a claim's
clause is a conflict only when that clause denies nothing itself: "An adult who is not
allergic to aspirin and hasn't been told to avoid it" says the same, though its two denials
leave it unnegated as a whole."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

HEART_ATTACK = ("If you think someone is having a heart attack, call 999 straight away. If they are an adult, "
                "are not allergic to aspirin and have not been told by a doctor not to take it, they can slowly "
                "chew one 300 mg aspirin tablet while they wait.")


def _verify(text: str):
    hit = passage_hit(1, HEART_ATTACK, title="What to do for a heart attack")
    claim = Claim(text, 0, len(text), None, ("number",), "What should I do if someone is having a heart attack?")
    return HeuristicVerifier().verify_one(claim, [hit])


def test_a_clause_that_holds_the_denial_itself_agrees():
    v = _verify("An adult who is not allergic to aspirin and hasn't been told to avoid it can chew a 300 mg aspirin slowly.")
    assert v.label != "contradicted", v.reason


def test_a_clause_that_drops_the_denial_is_contradicted():
    v = _verify("An adult who is allergic to aspirin can chew a 300 mg aspirin slowly.")
    assert v.label == "contradicted", v.reason
