"""Ranking the candidates of one question: a contradicted fact always ranks last."""

import pytest

from factlint.model import Answer, Finding, Report
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


# -- the trainer's order of criteria (issue 17) ---------------------------------------------------


def graded(answer_id: str, grade: float, *findings: Finding, route: str = "pass", risk: float = 0.0, **metrics) -> Report:
    r = report(answer_id, route, risk, *findings)
    r.metrics.update({"grade_level": grade, **metrics})
    return r


def ranks(*reports: Report) -> list[str]:
    rank_group(list(reports))
    return [r.answer_id for r in sorted(reports, key=lambda r: r.metrics["rank"])]


def test_simpler_wording_decides_between_equally_clean_answers_and_says_so():
    hard = graded("iron-b", 11.2)
    plain = graded("iron-c", 7.9)
    assert ranks(hard, plain) == ["iron-c", "iron-b"]
    assert plain.metrics["rank_reasons"][1] == (
        "ranked above iron-b: same facts, policy, relevance and grammar; simpler wording (grade 7.9 vs 11.2)")
    assert hard.metrics["rank_reasons"][1].startswith("ranked below iron-c: same facts")
    assert plain.metrics["best"] is True and hard.metrics["best"] is False
    assert plain.metrics["margin"] == {"to": "iron-b", "criterion": "simplicity",
                                       "detail": "simpler wording (grade 7.9 vs 11.2)", "close": False}
    assert hard.metrics["margin"] is None


def test_a_relevant_answer_with_slang_beats_a_clean_off_topic_answer_and_a_bare_refusal():
    slangy = graded("slangy", 6.0, finding("style/slang", "warning"))
    elsewhere = graded("elsewhere", 5.0, finding("relevance/off-topic", "warning"), route="review")
    refusal = graded("refusal", 2.0, finding("relevance/unhelpful-refusal", "warning"), route="review",
                     relevance={"refusal": "bare"})
    assert ranks(elsewhere, refusal, slangy)[0] == "slangy"
    assert slangy.metrics["rank_reasons"][1].startswith("ranked above ")
    assert "same facts and policy; it answers the question" in slangy.metrics["rank_reasons"][1]


def test_the_order_of_the_criteria():
    # policy > relevance > grammar > simplicity > style, each deciding only when the ones before tie
    no_referral = graded("no-referral", 5.0, finding("policy/missing-referral", "error"), route="reject", risk=0.5)
    incomplete = graded("incomplete", 5.0, finding("relevance/incomplete", "warning"), relevance={"missing": ["why"]})
    misspelt = graded("misspelt", 5.0, finding("spelling/unknown-word", "warning"))
    long_winded = graded("long", 5.0, finding("style/long-sentence", "warning"))
    hedged = graded("hedged", 5.0, finding("style/hedging", "warning"), finding("style/filler", "info"))
    clean = graded("clean", 5.0)
    order = ranks(hedged, long_winded, misspelt, incomplete, no_referral, clean)
    assert order == ["clean", "hedged", "long", "misspelt", "incomplete", "no-referral"]
    deciding = {r.answer_id: r.metrics["margin"]["criterion"] for r in (clean, hedged, long_winded, misspelt, incomplete)}
    assert deciding == {"clean": "style", "hedged": "simplicity", "long": "grammar", "misspelt": "relevance",
                        "incomplete": "policy"}
    assert incomplete.metrics["criteria"]["relevance"] == "incomplete"
    assert set(clean.metrics["criteria"]) == {"facts", "policy", "relevance", "grammar", "simplicity", "style"}


def test_a_doubtful_claim_ranks_below_an_answer_without_one_and_above_a_contradicted_one():
    # A doubt (a passage may say the opposite: metrics["doubts"]) is no error, but is surer than
    # a claim no passage holds: it decides before the share of supported claims.
    unsupported = finding("fact/unsupported", "warning")
    doubt = {"start": 0, "end": 1, "kinds": ["polarity"]}
    doubted = graded("doubted", 5.0, unsupported, claims={"checked": 4, "supported": 3}, doubts=[doubt])
    thin = graded("thin", 9.0, unsupported, unsupported, claims={"checked": 4, "supported": 2}, doubts=[])
    wrong = graded("wrong", 5.0, finding("fact/contradicted", "error"), claims={"checked": 4, "supported": 3})
    assert ranks(wrong, doubted, thin) == ["thin", "doubted", "wrong"]
    assert thin.metrics["margin"]["criterion"] == "doubts"
    assert "fewer claims a passage may say the opposite of (0 vs 1)" in thin.metrics["rank_reasons"][1]
    assert doubted.metrics["criteria"]["facts"] == "1 doubtful"
    assert thin.metrics["criteria"]["facts"] == "2 unsupported"


def test_the_share_of_supported_claims_decides_not_the_count_of_unsupported_ones():
    # A right answer adds true detail the references do not hold; the wrong one says less.
    unsupported = finding("fact/unsupported", "warning")
    detailed = graded("detailed", 8.0, unsupported, unsupported, claims={"checked": 5, "supported": 3})
    terse = graded("terse", 8.0, unsupported, claims={"checked": 2, "supported": 1})
    assert ranks(terse, detailed) == ["detailed", "terse"]
    assert detailed.metrics["margin"]["criterion"] == "support"
    assert "more of its claims supported (60% vs 50%)" in detailed.metrics["rank_reasons"][1]
    # Within a tenth, the count of unsupported claims decides, as before.
    close = graded("close", 8.0, unsupported, claims={"checked": 2, "supported": 1})
    wordy = graded("wordy", 8.0, unsupported, unsupported, claims={"checked": 4, "supported": 2})
    assert ranks(wordy, close) == ["close", "wordy"]
    assert "fewer unsupported claims (1 vs 2)" in close.metrics["rank_reasons"][1]


def test_of_the_same_share_the_answer_whose_least_held_claim_is_held_better_comes_first():
    # (A wrong name the verifier let pass is often the claim the evidence holds least of.)
    shaky = graded("shaky", 6.0, claims={"checked": 3, "supported": 3, "support": 0.62})
    sound = graded("sound", 8.0, claims={"checked": 4, "supported": 4, "support": 0.91})
    assert ranks(shaky, sound) == ["sound", "shaky"]
    assert sound.metrics["margin"]["criterion"] == "support"
    assert "its least supported claim is better held by the evidence (91% vs 62%)" in sound.metrics["rank_reasons"][1]
    # (Within a tenth it does not decide: the simpler wording does.)
    near = graded("near", 6.0, claims={"checked": 3, "supported": 3, "support": 0.88})
    assert ranks(sound, near) == ["near", "sound"]


def test_a_referral_instead_of_an_answer_ranks_below_an_answer_and_above_advice_without_one():
    answer = graded("answer", 7.0)
    referral = graded("referral", 4.0, relevance={"refusal": "referral"})
    advice = graded("advice", 4.0, finding("policy/missing-referral", "error"), route="reject", risk=0.5)
    assert ranks(advice, referral, answer) == ["answer", "referral", "advice"]
    assert "refers the question to a specialist" in answer.metrics["rank_reasons"][1]


def test_a_close_call_is_marked():
    a = graded("a", 5.0)
    b = graded("b", 5.4)
    assert ranks(b, a) == ["a", "b"]
    assert a.metrics["margin"]["criterion"] == "grade" and a.metrics["margin"]["close"] is True
    assert a.metrics["rank_reasons"][1].endswith("(a close call)")
    same = graded("same", 5.0)
    twin = graded("twin", 5.0)
    assert ranks(same, twin) == ["same", "twin"]
    assert same.metrics["margin"]["criterion"] == "order"


def test_between_terse_answers_without_a_grade_the_closer_one_ranks_first():
    # "1957" and "May 30, 1943" to "When was he born?": both dates, both clean, no grade level;
    # the relevance score (closeness and kind) decides, not input order, and it is a close call
    far = graded("far", None, relevance={"score": 0.75, "fit": 1})
    near = graded("near", None, relevance={"score": 0.84, "fit": 1})
    assert ranks(far, near) == ["near", "far"]
    assert near.metrics["margin"]["criterion"] == "closeness" and near.metrics["margin"]["close"] is True
    assert near.metrics["rank_reasons"][1].endswith("closer to the question (0.84 vs 0.75) (a close call)")
    # among answers that have a grade, the simpler wording decides before closeness
    plain = graded("plain", 6.0, relevance={"score": 0.5})
    close = graded("close", 12.0, relevance={"score": 0.9})
    assert ranks(close, plain) == ["plain", "close"]


@pytest.mark.slow
def test_a_bare_refusal_of_a_health_question_gives_no_advice_to_refer(engine):
    """A bare refusal is no health advice without a referral (policy/missing-referral, which
    rejects): it is an unhelpful refusal (review), and ranks above advice that should have
    sent the reader to a doctor."""
    q = "I have had chest pain for an hour. What should I do?"
    meta = lambda k: {"question_id": "chest", "candidate": k}  # noqa: E731
    answers = [Answer("advice", "Chest pain is usually muscle strain, so lie down and take a painkiller; it will pass.",
                      question=q, meta=meta(1)),
               Answer("bare", "I can't help with that.", question=q, meta=meta(2))]
    r = {rep.answer_id: rep for rep in engine.check_batch(answers)}
    rules = lambda rep: {f.rule for f in rep.findings}  # noqa: E731
    assert rules(r["bare"]) & {"policy/missing-referral", "relevance/unhelpful-refusal"} == {"relevance/unhelpful-refusal"}
    assert r["bare"].route == "review"
    assert "policy/missing-referral" in rules(r["advice"]) and r["advice"].route == "reject"
    assert r["bare"].metrics["rank"] == 1 and r["bare"].metrics["margin"]["criterion"] == "policy"


def candidates(question: str, **texts: str) -> tuple[list[Answer], list[Report]]:
    answers = [Answer(id=k, text=t, question=question, meta={"question_id": "q"}) for k, t in texts.items()]
    return answers, [graded(k, None) for k in texts]


def test_an_answer_that_says_what_a_terse_one_says_and_more_ranks_above_it():
    from factlint.ranking import rank_batch

    answers, reports = candidates("Who painted the Mona Lisa?", terse="Leonardo da Vinci.",
                                  full="Leonardo da Vinci painted the Mona Lisa in the early 1500s.")
    reports[1].metrics["grade_level"] = 9.1  # harder than "plain", which a terse answer counts as
    rank_batch(answers, reports)
    terse, full = reports
    assert full.metrics["covers"] == ["terse"] and terse.metrics["covers"] == []
    assert full.metrics["rank"] == 1 and full.metrics["margin"]["criterion"] == "completeness"
    assert full.metrics["rank_reasons"][1] == (
        "ranked above terse: same facts, policy, relevance and grammar; says what terse says, and more")


def test_saying_more_does_not_outweigh_more_findings_or_other_content():
    from factlint.ranking import rank_batch

    answers, reports = candidates("How many bones are in the adult human body?",
                                  plain="An adult human body has 206 bones.",
                                  sloppy="There r 206 bones in an adult body lol, its crazy tbh.",
                                  other="Bones are living tissue: they grow, heal and store calcium.")
    reports[1].findings.append(finding("style/slang", "warning"))
    rank_batch(answers, reports)
    plain, sloppy, other = reports
    assert sloppy.metrics["covers"] == [] and plain.metrics["covers"] == [] and other.metrics["covers"] == []
    assert plain.metrics["rank"] < sloppy.metrics["rank"]


def test_of_two_incomplete_answers_the_one_that_answers_the_first_part_ranks_first():
    # "When did the Berlin Wall fall, and what led to it?": the date is the main ask
    cause_only = graded("cause", 8.0, finding("relevance/incomplete", "warning"),
                        relevance={"missing": ["When did the Berlin Wall fall"], "main_missing": True})
    date_only = graded("date", 12.0, finding("relevance/incomplete", "warning"),
                       relevance={"missing": ["what led to it"], "main_missing": False})
    assert ranks(cause_only, date_only) == ["date", "cause"]
    assert date_only.metrics["margin"]["criterion"] == "relevance"
    assert "answers the main question" in date_only.metrics["margin"]["detail"]
