"""Ranking the candidates of one question: a contradicted fact always ranks last."""

from factlint.model import Finding, Report
from factlint.ranking import rank_group


def finding(rule: str, severity: str) -> Finding:
    return Finding(rule=rule, category=rule.split("/")[0], severity=severity, message="m", start=0, end=1)


def report(answer_id: str, route: str, risk: float, *findings: Finding) -> Report:
    return Report(answer_id=answer_id, source=None, findings=list(findings), metrics={}, risk=risk, route=route)


def test_a_contradicted_fact_ranks_below_an_answer_that_is_rejected_for_other_reasons():
    # The confident wrong dose has one error; the sloppy answer has more, and is rejected too.
    wrong_dose = report("dose", "reject", 0.75, finding("fact/contradicted", "error"))
    sloppy = report("sloppy", "reject", 0.95, finding("policy/missing-referral", "error"), finding("style/obscene", "error"),
                    finding("style/slang", "warning"))
    rank_group([wrong_dose, sloppy])
    assert sloppy.metrics["rank"] == 1
    assert wrong_dose.metrics["rank"] == 2
    assert "it states a fact the evidence contradicts" in wrong_dose.metrics["rank_reasons"][1]


def test_a_contradicted_fact_ranks_below_an_answer_that_could_not_be_checked():
    wrong = report("wrong", "reject", 0.75, finding("fact/contradicted", "error"))
    broken = Report.failed("broken", None, "answer too long")
    rank_group([wrong, broken])
    assert broken.metrics["rank"] == 1


def test_without_contradictions_a_style_finding_decides_and_the_reason_says_so():
    clean = report("clean", "pass", 0.0)
    warned = report("warned", "review", 0.44, finding("style/slang", "warning"))
    rank_group([warned, clean])
    assert clean.metrics["rank"] == 1
    assert warned.metrics["rank_reasons"][1] == (
        "ranked below clean: same facts, policy, relevance, grammar and simplicity; cleaner style (0 vs 1 in style findings)")
