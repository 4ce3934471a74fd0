from __future__ import annotations

from factlint import Answer, Engine, Report


def rules_of(report: Report):
    return [f.rule for f in report.findings]


def test_check_a_string_gives_findings_with_offsets(engine):
    text = "It is gonna rain. Bring the the umbrella."
    report = engine.check(text)
    slang = next(f for f in report.findings if f.rule == "style/slang")
    assert text[slang.start:slang.end] == "gonna"
    repeated = next(f for f in report.findings if f.rule == "style/repeated-word")
    assert text[repeated.start:repeated.end] == "the the" and repeated.suggestions == ["the"]
    assert report.route in {"review", "pass"} and 0 < report.risk < 1


def test_batch_keeps_order_and_never_drops_an_answer(engine):
    answers = [
        Answer("a", "Fine text about beans."),
        Answer("b", ""),
        Answer("c", "x" * 10, meta={"input_error": "in.jsonl:3: not JSON"}),
        Answer("d", "Lol, beans."),
    ]
    reports = engine.check_batch(answers)
    assert [r.answer_id for r in reports] == ["a", "b", "c", "d"]
    assert reports[1].error == "empty answer: nothing to check"
    assert reports[2].error == "in.jsonl:3: not JSON" and reports[2].route == "review"
    assert rules_of(reports[3]) == ["style/slang"]


def test_too_long_answer_is_an_error_report():
    engine = Engine.from_config({"max_chars": 50, "grammar": {"enabled": False}} if _grammar() else {"max_chars": 50})
    (report,) = engine.check_batch([Answer("big", "word " * 20)])
    assert "too long" in report.error and report.findings == []


def _grammar():
    from factlint.registry import checks

    return "grammar" in checks.get_all()


def test_stream_is_lazy_and_in_order(engine):
    def answers():
        for i in range(7):
            yield Answer(str(i), f"Answer number {i} is gonna be short.")

    ids = [r.answer_id for r in engine.stream(answers(), batch_size=3)]
    assert ids == [str(i) for i in range(7)]


def test_code_and_urls_are_not_linted_and_offsets_stay_true(engine):
    text = "Run `gonna --now` or see https://gonna.example/x.\n\n```\nthe the\n```\nIt is gonna work."
    report = engine.check(text)
    (slang,) = [f for f in report.findings if f.rule == "style/slang"]
    assert slang.start == text.rindex("gonna")
    assert "style/repeated-word" not in rules_of(report)


def test_suppressions_and_record_ignore_list(engine):
    text = "<!-- factlint-disable-next-line style/slang -->\nIt is gonna work.\nIt is gonna work out."
    report = engine.check(text)
    assert [text[f.start:f.end] for f in report.findings if f.rule == "style/slang"] == ["gonna"]
    assert report.findings[0].start > text.index("out") - 20
    ignored = engine.check(Answer("x", "It is gonna work, lol.", meta={"ignore": ["style/slang"]}))
    assert "style/slang" not in rules_of(ignored)


def test_select_and_ignore_by_category_and_id():
    base = {"grammar": {"enabled": False}} if _grammar() else {}
    text = "Basically it is gonna rain."
    only_filler = Engine.from_config({**base, "select": ["style/filler"]}).check(text)
    assert rules_of(only_filler) == ["style/filler"]
    no_style = Engine.from_config({**base, "ignore": ["style"]}).check(text)
    assert not [r for r in rules_of(no_style) if r.startswith("style/")]


def test_severity_override_from_config():
    base = {"grammar": {"enabled": False}} if _grammar() else {}
    report = Engine.from_config({**base, "rules": {"style/slang": {"severity": "error"}}}).check("It is gonna rain.")
    assert [f.severity for f in report.findings if f.rule == "style/slang"] == ["error"]


def test_unsupported_language_is_skipped_and_said(engine):
    # no built-in packs for German (a Russian answer gets rules/ru: tests/test_mixed_languages.py)
    report = engine.check(Answer("de", "Das ist sehr gut, lol.", meta={"language": "de"}))
    assert report.findings == []
    assert "not supported" in report.skipped["packs"]


def test_missing_referral_uses_the_question(engine):
    q = "What foods should I eat to get more iron in my body?"
    bad = engine.check(Answer("1", "Eat red meat, beans and lentils every day.", question=q))
    good = engine.check(Answer("2", "Eat red meat, beans and lentils, and see a doctor if you feel tired.", question=q))
    assert "policy/missing-referral" in rules_of(bad) and bad.route == "reject"
    assert "policy/missing-referral" not in rules_of(good)


def test_readability_metrics_are_reported(engine):
    text = " ".join(["The cat sat on the mat and looked at the dog."] * 6)
    metrics = engine.check(text).metrics
    assert metrics["words"] == 66 and metrics["sentences"] == 6
    assert metrics["grade_level"] is not None and metrics["flesch_kincaid_grade"] is not None


def test_report_json_round_trip(engine):
    report = engine.check("It is gonna rain.")
    assert Report.from_dict(report.to_dict()) == report


def test_candidates_of_a_question_are_ranked_best_first(engine):
    q = "What foods should I eat to get more iron in my body?"
    meta = lambda k: {"question_id": "q1", "candidate": k}  # noqa: E731
    answers = [
        Answer("bad", "Lol, just take supplements, it is gonna be fine.", question=q, meta=meta(1)),
        Answer("good", "Eat beans and lentils, and ask a doctor before you take supplements.", question=q, meta=meta(2)),
        Answer("meh", "Basically, eat beans and lentils, and ask a doctor before you take supplements.", question=q, meta=meta(3)),
        Answer("alone", "Beans contain iron."),
    ]
    reports = {r.answer_id: r for r in engine.check_batch(answers)}
    assert [reports[i].metrics["rank"] for i in ("good", "meh", "bad")] == [1, 2, 3]
    assert reports["bad"].metrics["candidates"] == 3
    assert any("policy/missing-referral" in r for r in reports["bad"].metrics["rank_reasons"])
    assert "rank" not in reports["alone"].metrics


def test_batches_never_split_a_question():
    from factlint.engine import batches

    answers = [Answer(str(i), "x", meta={"question_id": f"q{i // 3}"}) for i in range(9)]
    sizes = [len(b) for b in batches(answers, 2)]
    assert sizes == [3, 3, 3]


def test_near_duplicate_candidates_are_flagged_once(engine):
    meta = lambda k: {"question_id": "q", "candidate": k}  # noqa: E731
    answers = [
        Answer("a", "Eat beans, lentils and red meat. They contain iron.", meta=meta(1)),
        Answer("b", "Eat red meat, lentils and beans. They contain iron.", meta=meta(2)),
        Answer("c", "Paris is the capital of France and sits on the Seine.", meta=meta(3)),
    ]
    reports = engine.check_batch(answers)
    dup = [[f for f in r.findings if f.rule == "duplicate/near-duplicate"] for r in reports]
    assert dup[0] == [] and dup[2] == []
    (finding,) = dup[1]
    assert "candidate a" in finding.message and finding.confidence >= 0.95
    assert reports[1].metrics["rank"] > reports[0].metrics["rank"]


def test_a_trained_pipeline_by_path_is_used(tmp_path):
    import spacy

    from factlint.document import build_pipeline

    saved = spacy.blank("en")
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "pipe")
    nlp = build_pipeline(str(tmp_path / "pipe"))
    doc = nlp("One sentence. Another one.")
    assert len(list(doc.sents)) == 2


def test_an_unknown_spacy_model_is_a_config_error():
    import pytest

    from factlint.errors import ConfigError

    engine = Engine.from_config({"spacy": {"model": "en_no_such_pipeline"}})
    with pytest.raises(ConfigError, match="spacy.model"):
        engine.check("Some text.")


def test_the_same_problem_from_two_checks_is_one_finding():
    from factlint.model import Finding

    class Echo:  # a second check that reports what the pack reports
        name, categories = "echo", ("grammar",)

        def supports(self, language):
            return True

        def texts_to_embed(self, docs):
            return []

        def engine_name(self):
            return "echo"

        def run(self, docs):
            return [[Finding("grammar/repeated-word", "grammar", "error", "again", 4, 11)] for _ in docs]

    engine = Engine.from_config({"grammar": {"enabled": False}} if _grammar() else {})
    engine.checks.append(Echo())
    report = engine.check("Eat the the beans.")
    assert [(f.rule, f.start, f.end) for f in report.findings] == [("style/repeated-word", 4, 11)]


def test_timings_cover_every_stage_of_the_batch(engine):
    report = engine.check("It is gonna be fine. The committee met on Tuesday.")
    stages = set(report.timings)
    assert {"document", "embed"} <= stages
    assert {c.name for c in engine.checks} <= stages
    assert all(v >= 0 for v in report.timings.values())


def test_a_check_that_fails_on_an_answer_is_said_not_silent(monkeypatch):
    """The answer's report lists the check under `skipped`, and the engine says so once."""
    from factlint.checks.rules import RulesCheck

    engine = Engine.from_config({"grammar": {"enabled": False}})
    real = RulesCheck.run

    def flaky(self, docs):
        if any("boom" in d.text for d in docs):
            raise RuntimeError("cannot")
        return real(self, docs)

    monkeypatch.setattr(RulesCheck, "run", flaky)
    reports = engine.check_batch([Answer(id="a", text="It is gonna rain."), Answer(id="b", text="boom boom"), Answer(id="c", text="boom")])
    assert reports[0].findings and reports[1].skipped["packs"].startswith("failed: RuntimeError")
    (said,) = [n for n in engine.notices if n.startswith("packs:")]
    assert "failed" in said and "'b'" in said


def test_a_lone_surrogate_from_a_library_caller_is_an_error_report(engine):
    reports = engine.check_batch([Answer(id="a", text="Fine \ud800 text."), Answer(id="b", text="Fine.", question="Why \udfff?"),
                                  Answer(id="c", text="It is gonna rain.")])
    assert [bool(r.error) for r in reports] == [True, True, False]
    assert "lone surrogate" in reports[0].error and "question" in reports[1].error


def test_warm_up_loads_what_the_checks_need_then_checks_stay_the_same():
    engine = Engine.from_config({"relevance": {"enabled": False}, "duplicates": {"enabled": False}})
    assert "nlp" not in vars(engine.resources)
    engine.warm_up()
    assert "nlp" in vars(engine.resources)  # spaCy built
    grammar = next(c for c in engine.checks if c.name == "grammar")
    assert grammar._backend is not None  # Harper built before the first real answer
    assert engine.resources._embedder is None  # nothing embeds without an index or these checks
    report = engine.check("It is gonna rain.")
    assert rules_of(report) == ["style/slang"] and report.answer_id == "text"
