"""Words that look like denials and deny nothing a figure or a clause says:

- "not only X but also Y" adds Y; it denies nothing ("records not only the brightness ... but
  also its phase" supports "captures the phase as well as the brightness");
- a failure said with when or why it came denies nothing: "the campaign failed when the council
  approved the dam" does not deny the approval, nor "the cable failed after three weeks" that it
  worked until then;
- a figure the claim itself denies, "not two but three values" («не два, а три»), is said to
  be wrong: it meets only an evidence figure that says it, never another one."""

from __future__ import annotations

from verify_helpers import passage_hit, russian_verify
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

verify_ru = russian_verify(("number",))


def _verify(text: str, evidence: str, kinds=("number",)):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, kinds), [passage_hit(1, evidence)])


def test_not_only_in_the_evidence_denies_nothing():
    v = _verify("A lumograph captures the colour of light as well as its brightness.",
                "A lumograph records not only the brightness of light from a lamp but also its colour.", ("negation",))
    assert v.label != "contradicted", v.reason


def test_a_real_denial_still_contradicts():
    v = _verify("A lumograph captures the colour of light as well as its brightness.",
                "A lumograph does not capture the colour of light, only its brightness.", ("negation",))
    assert v.label == "contradicted", v.reason


def test_a_failure_when_something_happened_denies_nothing_after_it():
    v = _verify("Orr died the year after the council approved the dam in the Pell Valley that he had fought against.",
                "Orr's last campaign, against a dam in the Pell Valley, failed when the council approved the dam in 1913, "
                "and he died the following year.", ("negation",))
    assert v.label != "contradicted", v.reason


def test_a_failure_after_a_time_is_no_denial():
    v = _verify("The Orr cable stopped working after about three weeks.",
                "The Orr cable failed after about three weeks, because its engineer raised the voltage.", ("negation",))
    assert v.label != "contradicted", v.reason


def test_a_failure_to_do_something_denies_it():
    v = _verify("The Orr cable carried messages across the bay.",
                "The Orr cable failed to carry messages across the bay.", ("negation",))
    assert v.label == "contradicted", v.reason


def test_a_figure_the_claim_denies_meets_no_other_figure():
    v = verify_ru("Разряд машины принимал не два, а три значения: −1, 0 и +1.",
                  "Каждый разряд машины мог принимать значения −1, 0 и +1.")
    assert v.label != "contradicted", v.reason


def test_a_figure_the_claim_denies_meets_the_evidence_that_says_it():
    v = _verify("Each register of the machine held not two but three values.",
                "Each register of the machine held two values.")
    assert v.label == "contradicted", v.reason
