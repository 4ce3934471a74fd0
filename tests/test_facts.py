"""The facts check end to end: the demo index (built here with the bundled embedder, offline),
the Engine, `factlint check --index`, skipping without an index, and clear index errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.checks.facts import SKIPPED
from factlint.cli import main
from factlint.engine import Engine
from factlint.errors import ConfigError, EvidenceIndexError
from factlint.model import Answer

pytestmark = pytest.mark.slow
DEMO = Path(__file__).parent.parent / "indexes" / "demo"


@pytest.fixture(scope="module")
def demo_answers():
    record = json.loads((DEMO / "answers.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return {c["id"]: Answer(id=c["id"], text=c["answer"], question=record["question"]) for c in record["candidates"]}


def facts_only(**facts):
    return {"extends": [], "grammar": {"enabled": False}, "facts": facts}


@pytest.fixture(scope="module")
def engine(demo_index):
    return Engine.from_config(facts_only(index=str(demo_index)))


def test_the_wrong_facts_of_the_demo_are_contradicted_with_their_passages(engine, demo_answers):
    answer = demo_answers["iron-a"]
    report = engine.check(answer)
    found = {(f.rule, answer.text[f.start : f.end]): f for f in report.findings}
    # A clause read as the opposite of the passage is a doubt, not an error (doubtful_kinds):
    # warned, with the passage quoted.
    spinach = found[("fact/unsupported", answer.text[: answer.text.index(".") + 1])]
    assert spinach.severity == "warning"
    assert spinach.message.startswith("Not supported by “Is spinach better than meat for iron?”, which may say otherwise: says")
    men = found[("fact/contradicted", "Adult men need about 18 mg of iron a day.")]
    assert men.severity == "error" and men.category == "fact"
    assert "says about 18 mg a day; the evidence says 8 mg a day (“Adult men need 8 mg of iron a day, not 18 mg.”)" in men.message
    assert men.evidence[0].source.endswith("#iron-rda-men") and men.evidence[0].stance == "contradicts"
    assert "Adult men need 8 mg of iron a day, not 18 mg." in men.evidence[0].text
    assert spinach.evidence[0].source.endswith("#spinach-vs-meat")
    assert 0.5 < men.confidence <= 1
    assert report.metrics["claims"]["contradicted"] == 1
    assert report.engines["facts"] == "factlint:heuristic"
    # What disagrees, per contradicted or doubtful claim, strongest first: a figure; a polarity.
    kinds = {answer.text[c["start"]:c["end"]]: c["kinds"] for c in report.metrics["contradictions"]}
    assert set(kinds) == {"Adult men need about 18 mg of iron a day."}
    assert kinds["Adult men need about 18 mg of iron a day."][0] == "number"
    assert [(c["start"], c["end"], c["kinds"]) for c in report.metrics["doubts"]] == [(spinach.start, spinach.end, ["polarity"])]


def test_with_no_doubtful_kinds_a_clause_read_as_the_opposite_is_an_error(demo_index, demo_answers):
    answer = demo_answers["iron-a"]
    report = Engine.from_config(facts_only(index=str(demo_index), doubtful_kinds=[])).check(answer)
    spinach = [f for f in report.findings if f.start == 0]
    assert [f.rule for f in spinach] == ["fact/contradicted"] and spinach[0].severity == "error"
    assert "the evidence says the opposite (“Spinach is not the best source of iron" in spinach[0].message
    assert report.metrics["claims"]["contradicted"] == 2 and report.metrics["doubts"] == []


def test_the_good_answer_passes_and_its_claims_are_cited(engine, demo_answers):
    report = engine.check(demo_answers["iron-c"])
    assert [f for f in report.findings if f.category == "fact"] == []
    claims = report.metrics["claims"]
    assert claims["checked"] >= 2 and claims["supported"] == claims["checked"]
    assert claims["contradicted"] == claims["unverifiable"] == 0
    cited = {c["source"].split("#")[1] for c in report.metrics["citations"]}
    assert cited & {"iron-rda-men", "iron-rda-adults"}
    for c in report.metrics["citations"]:
        assert demo_answers["iron-c"].text[c["start"] : c["end"]] == c["claim"] and isinstance(c["passage_id"], int)


def test_a_claim_outside_the_corpus_is_unsupported(engine):
    report = engine.check("The Eiffel Tower was painted green by Gustave Eiffel in 1999 for 40 million euros.")
    assert {f.rule for f in report.findings} <= {"fact/unsupported", "fact/contradicted"}
    assert report.findings and report.findings[0].severity in ("warning", "error")


def test_a_batch_embeds_its_claims_once_and_searches_with_vectors(engine, demo_answers):
    import numpy as np

    embedder = engine.resources.embedder
    check = next(c for c in engine.checks if c.name == "facts")
    calls, searched = [], []
    encode, search = embedder.encode, check.index.search
    embedder.encode = lambda texts: calls.append(list(texts)) or encode(texts)
    check.index.search = lambda queries, k: searched.append(type(queries)) or search(queries, k)
    try:
        engine.check_batch(list(demo_answers.values()))
    finally:
        del embedder.encode, check.index.search
    assert len(calls) == 1 and searched == [np.ndarray]


def test_without_an_index_fact_checks_are_skipped_with_one_notice(demo_answers):
    engine = Engine.from_config(facts_only())
    reports = engine.check_batch(list(demo_answers.values())) + engine.check_batch([demo_answers["iron-a"]])
    assert all(r.skipped["facts"] == SKIPPED and r.error is None for r in reports)
    assert [n for n in engine.notices if "facts" in n] == [f"facts: {SKIPPED}"]
    assert not any(f.category == "fact" for r in reports for f in r.findings)


def test_a_missing_or_corrupt_index_is_one_clear_error(demo_index, tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(EvidenceIndexError, match=str(missing)):
        Engine.from_config(facts_only(index=str(missing))).check("Men need 8 mg of iron a day.")
    broken = tmp_path / "broken"
    shutil.copytree(demo_index, broken)
    (broken / "index.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(EvidenceIndexError, match="broken"):
        Engine.from_config(facts_only(index=str(broken))).check("Men need 8 mg of iron a day.")


def test_an_index_path_in_a_config_file_is_relative_to_that_file(demo_index, tmp_path, monkeypatch):
    project = tmp_path / "project"
    shutil.copytree(demo_index, project / "idx")
    (project / "factlint.toml").write_text('extends = []\n[grammar]\nenabled = false\n[facts]\nindex = "idx"\nk = 3\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = Engine.from_config(project / "factlint.toml").check("Adult men need 18 mg of iron a day.")
    assert "facts" not in report.skipped
    assert [f.rule for f in report.findings] == ["fact/contradicted"]


def test_bad_facts_config_names_the_key(demo_index):
    with pytest.raises(ConfigError, match="facts.verifier"):
        Engine.from_config(facts_only(index=str(demo_index), verifier="oracle")).check("Men need 8 mg a day.")
    with pytest.raises(ConfigError, match="facts.heuristic.support_coverage"):
        Engine.from_config(facts_only(index=str(demo_index), heuristic={"support_coverage": 3})).check("x")


def test_answers_in_a_language_without_claim_detection_are_skipped_by_language(engine):
    # Russian has a lexicon now (factlint/verify/languages.py); German has none.
    report = engine.check(Answer(id="de", text="Männer brauchen 8 mg Eisen am Tag.", meta={"language": "de"}))
    assert report.skipped["facts"] == "language 'de' not supported"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_check_with_index_flags_the_demo_and_cites_the_passage(demo_index, isolated):
    shutil.copy(DEMO / "answers.jsonl", isolated / "answers.jsonl")
    result = run("check", "answers.jsonl", "--index", demo_index, "--select", "fact", "--format", "json")
    assert result.exit_code == 1, result.output
    reports = {r["answer_id"]: r for r in json.loads(result.stdout)["reports"]}
    bad = reports["iron-a"]["findings"]
    assert [(f["rule"], f["severity"]) for f in bad] == [("fact/unsupported", "warning"), ("fact/contradicted", "error")]
    assert bad[1]["evidence"][0]["source"].endswith("#iron-rda-men")
    assert reports["iron-c"]["findings"] == []
    assert reports["iron-c"]["metrics"]["claims"]["supported"] >= 2


def test_check_without_index_prints_the_notice_once_and_passes(isolated):
    (isolated / "good.txt").write_text("Most adult men need 8 mg of iron a day.\n", encoding="utf-8")
    result = run("check", "good.txt", "--select", "fact")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("no evidence index configured: fact checks skipped") == 1


def test_a_rule_pack_may_set_fact_thresholds_and_the_project_config_wins(demo_index, tmp_path):
    pack = tmp_path / "careful"
    pack.mkdir()
    (pack / "pack.yml").write_text(
        "name: careful\nsettings:\n  facts: {k: 3, heuristic: {support_coverage: 0.9, answer_coverage: 1.0}}\n",
        encoding="utf-8",
    )
    engine = Engine.from_config({"extends": [str(pack)], "grammar": {"enabled": False},
                                 "facts": {"index": str(demo_index), "heuristic": {"answer_coverage": 0.95}}})
    check = next(c for c in engine.checks if c.name == "facts")
    assert check.config.k == 3
    assert check.config.heuristic.support_coverage == 0.9  # from the pack
    assert check.config.heuristic.answer_coverage == 0.95  # the project config over the pack
    # A stricter coverage turns the good answer's loosest claim ("...which the body absorbs
    # most easily", 0.73 of its words in the passage) into a warning.
    report = engine.check("Red meat, poultry, fish and shellfish contain heme iron, which the body absorbs most easily.")
    assert [f.rule for f in report.findings] == ["fact/unsupported"]


def test_a_plain_statement_counts_only_when_the_evidence_says_the_opposite(demo_index):
    engine = Engine.from_config(facts_only(index=str(demo_index)))
    # Two sentences: a one-sentence answer is read as a short answer to its question.
    text = "Spinach is a healthy green vegetable. It is also an especially good source of iron."
    question = "Is spinach good for iron?"
    report = engine.check(Answer(id="s1", text=text, question=question))
    # (reported as a doubt: on unseen answers, polarity alone was wrong more often than right)
    assert [f.rule for f in report.findings] == ["fact/unsupported"], report.findings
    assert "which may say otherwise" in report.findings[0].message
    assert "not an especially good source of iron" in report.findings[0].message
    # Off, a statement with no figure, date or name is no claim at all.
    off = Engine.from_config(facts_only(index=str(demo_index), statements=False)).check(Answer(id="s2", text=text, question=question))
    assert off.findings == [] and off.metrics["claims"]["checked"] == 0
    # A statement the evidence does not contradict is neither reported nor counted.
    for i, plain in enumerate(("Blacksmiths shape hot metal with hammers and anvils. They work at a forge.",
                               "Eating beans with orange juice helps your body absorb their iron. Lentils work too.")):
        quiet = engine.check(Answer(id=f"s{i + 3}", text=plain, question="What should I know?"))
        assert [f for f in quiet.findings if f.category == "fact"] == [] and quiet.metrics["claims"]["checked"] == 0, quiet.findings


def test_advice_counts_only_when_the_evidence_forbids_what_it_allows(demo_index):
    engine = Engine.from_config(facts_only(index=str(demo_index)))
    question = "Can people with hemochromatosis take iron tablets?"
    wrong = "Hemochromatosis makes the body absorb too much iron. If you have it, you can take iron supplements safely."
    report = engine.check(Answer(id="a1", text=wrong, question=question))
    assert [f.rule for f in report.findings if f.category == "fact"] == ["fact/unsupported"], report.findings
    assert report.metrics["doubts"][0]["kinds"] == ["polarity"]
    assert "must not take iron supplements" in report.findings[0].message
    right = "Hemochromatosis makes the body absorb too much iron. If you have it, don't take iron supplements."
    report = engine.check(Answer(id="a2", text=right, question=question))
    assert [f for f in report.findings if f.rule == "fact/contradicted"] == [], report.findings
    # Advice the evidence does not speak to is not reported as unsupported.
    other = "Hemochromatosis makes the body absorb too much iron. Never take aspirin with a cold drink."
    report = engine.check(Answer(id="a3", text=other, question=question))
    assert [f for f in report.findings if "aspirin" in other[f.start:f.end]] == [], report.findings
