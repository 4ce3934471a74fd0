"""factlint's outputs read by the tools that consume them, with the default settings.

- Argilla 2.x: the settings `argilla_settings()` describes, built with the argilla SDK's own
  classes and checked by its `Settings.validate()`; each record parsed by the SDK
  (`Record.from_dict`, as `dataset.records.from_json` does) and turned into the API model it
  would send. No server runs: the client's HTTP transport answers only the login call the
  client makes when it is created, and fails the test on any other request. The server's
  own checks (argilla-server 2.8 `validators/response_values.py` and `records.py`: a span's
  label is one the question offers, `start` < length of the field, `end` <= it, a float
  property gets a float...) are restated in `argilla_server_refusals` below, because
  argilla-server pins pydantic 2.9 and httpx 0.27 and cannot be installed beside factlint.
- Label Studio: every prediction checked by label-studio-sdk's
  `LabelInterface(config).validate_prediction` against the config `label_config()` writes
  with the same options, and the data each object tag reads present in the task.
- SARIF: the properties GitHub code scanning and the SARIF validator ask of rules and results.
- CSV: every text cell formula-guarded, ids included, and read back exactly by resume.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid

import argilla as rg
import pytest
from label_studio_sdk.label_interface import LabelInterface
from triage_cases import cases, render

from factlint.formats.argilla import argilla_settings
from factlint.formats.labelstudio import label_config
from factlint.formats.rule_docs import CATEGORY_SECTIONS, README, RULES_SECTION, in_words, pascal_name, rule_doc
from factlint.formats.sarif import artifact_uri
from factlint.formats.triage_view import guard_formula, unguard_formula
from factlint.model import Answer, Evidence, Finding, Report



def rule_ids() -> list[str]:
    return sorted({f.rule for _, r in cases() for f in r.findings})


# -- Argilla -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def argilla_client():
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/me":  # the client logs in when it is created
            return httpx.Response(200, json={"id": str(uuid.uuid4()), "username": "factlint", "role": "owner"})
        raise AssertionError(f"the test must not reach a server: {request.method} {request.url}")

    return rg.Argilla(api_url="http://argilla.invalid", api_key="offline", mounts={"all://": httpx.MockTransport(answer)})


def sdk_settings(s: dict):
    """The settings as the docstring of `argilla_settings` says to build them."""
    return rg.Settings(
        fields=[rg.TextField(**f) for f in s["fields"]],
        questions=[rg.LabelQuestion(**s["questions"][0]), rg.SpanQuestion(**s["questions"][1])],
        metadata=[rg.TermsMetadataProperty(name=n) for n in s["terms_metadata"]]
        + [rg.FloatMetadataProperty(name=n) for n in s["float_metadata"]]
        + [rg.IntegerMetadataProperty(name=n) for n in s["integer_metadata"]],
        allow_extra_metadata=True,
    )


def argilla_server_refusals(s: dict, record: dict) -> list[str]:
    """What argilla-server 2.8 would refuse in `record` under settings `s` (see the module
    docstring: its suggestion, span and metadata validators, restated)."""
    problems = []
    label_q, span_q = s["questions"]
    for name, suggestion in record["suggestions"].items():
        value, score = suggestion["value"], suggestion.get("score")
        if isinstance(value, list) != isinstance(score, list) and score is not None:
            problems.append(f"{name}: value and score differ in cardinality")
        if isinstance(value, list) and isinstance(score, list) and len(value) != len(score):
            problems.append(f"{name}: {len(value)} values, {len(score)} scores")
        if name == label_q["name"] and value not in label_q["labels"]:
            problems.append(f"{name}: undefined label {value!r}")
        if name == span_q["name"]:
            text = record["fields"].get(span_q["field"])
            if text is None:
                problems.append(f"{name}: the record has no field {span_q['field']!r}")
                continue
            for span in value:
                if span["label"] not in span_q["labels"]:
                    problems.append(f"undefined label {span['label']!r} for span question")
                if span["start"] > len(text) - 1 or span["end"] > len(text):
                    problems.append(f"span {span} beyond the field's {len(text)} characters")
    for key, value in record["metadata"].items():
        if key in s["float_metadata"] and not isinstance(value, float):
            problems.append(f"metadata {key}: {value!r} is not a float")
        if key in s["integer_metadata"] and not (isinstance(value, int) and not isinstance(value, bool)):
            problems.append(f"metadata {key}: {value!r} is not an integer")
    return problems


def test_argilla_sdk_accepts_the_default_settings_and_every_record(argilla_client, tmp_path):
    s = argilla_settings()
    settings = sdk_settings(s)
    settings.validate()  # raised "names of dataset settings must be unique ... 'route'" before
    dataset = rg.Dataset(name="triage", settings=settings, client=argilla_client)
    path = tmp_path / "triage.argilla.json"
    path.write_text(render("argilla"), encoding="utf-8")
    dicts = json.loads(path.read_text(encoding="utf-8"))
    spans = 0
    for data in dicts:
        record = rg.Record.from_dict(data, dataset=dataset)
        model = record.api_model()  # raises on a suggestion for a question the dataset lacks
        assert {m.question_name for m in model.suggestions} <= {"route", "findings"}
        assert argilla_server_refusals(s, data) == [], data["id"]
        spans += len(data["suggestions"].get("findings", {}).get("value", []))
    assert spans >= 5  # the cases have spans in several categories: the check saw them


def test_argilla_rule_labels_need_the_rule_ids(argilla_client):
    by_rule = json.loads(render("argilla", span_label="rule"))
    default = argilla_settings()
    # Rule-labelled spans against the default (category) settings: what the server refused.
    refusals = [p for r in by_rule for p in argilla_server_refusals(default, r)]
    assert any("undefined label 'fact/contradicted'" in p for p in refusals)
    s = argilla_settings(rule_ids(), {"span_label": "rule"})
    sdk_settings(s).validate()
    assert all(argilla_server_refusals(s, r) == [] for r in by_rule)
    with pytest.raises(ValueError, match="rule ids"):
        argilla_settings(options={"span_label": "rule"})


def test_argilla_settings_refuse_options_that_clash(argilla_client):
    with pytest.raises(ValueError, match="'rules' would name two"):
        argilla_settings(options={"span_question": "rules"})
    # Other names still make settings the SDK accepts, and records that use them.
    options = {"route_question": "verdict", "span_question": "issues", "answer_field": "reply"}
    s = argilla_settings(options=options)
    sdk_settings(s).validate()
    records = json.loads(render("argilla", **options))
    assert all(argilla_server_refusals(s, r) == [] for r in records)
    assert {"verdict"} <= set(records[0]["suggestions"]) <= {"verdict", "issues"}


# -- Label Studio ------------------------------------------------------------------------------

@pytest.mark.parametrize("options", [
    {},
    {"span_label": "rule"},
    {"label_from_name": "finding", "label_to_name": "answer", "route_from_name": "decision",
     "route_to_name": "answer", "message_from_name": "note"},
    {"messages": False},
], ids=["default", "rule", "names", "no-messages"])
def test_labelstudio_predictions_validate_against_the_config(options):
    labels = rule_ids() if options.get("span_label") == "rule" else None
    interface = LabelInterface(label_config(labels, options))
    tasks = json.loads(render("labelstudio", **options))
    regions = 0
    for task in tasks:
        [prediction] = task["predictions"]
        assert interface.validate_prediction(prediction, return_errors=True) == [], task["data"]["id"]
        for obj in interface.objects:  # what each object tag reads is in the task ($text)
            assert isinstance(task["data"].get(obj.value_name), str)
        regions += sum(r["type"] == "labels" for r in prediction["result"])
    assert regions >= 5


def test_labelstudio_rule_labels_fail_the_default_config():
    """The mismatch Label Studio showed as regions without a label, caught by the SDK."""
    interface = LabelInterface(label_config())
    task = {t["data"]["id"]: t for t in json.loads(render("labelstudio", span_label="rule"))}["iron-c"]
    errors = interface.validate_prediction(task["predictions"][0], return_errors=True)
    assert errors and "fact/contradicted" in " ".join(errors)


def test_labelstudio_regions_carry_message_and_evidence_sentence():
    text = "Spinach has 30 mg of iron per 100 g."
    passage = ("Spinach is a leafy vegetable grown worldwide. Raw spinach contains about 2.7 mg of iron "
               "per 100 g. Its iron is poorly absorbed.")
    finding = Finding(rule="fact/contradicted", category="fact", severity="error",
                      message="Contradicted: says 30 mg; the evidence says 2.7 mg (“Raw spinach contains about 2.7 mg of iron per 100 g.”).",
                      start=0, end=len(text) - 1, engine="heuristic",
                      evidence=[Evidence(passage_id=3, source="corpus#spinach", text=passage, score=0.8, stance="contradicts"),
                                Evidence(passage_id=9, source="corpus#beef", text="Beef has heme iron.", score=0.5, stance="neutral")])
    pair = (Answer(id="s1", text=text), Report(answer_id="s1", findings=[finding], route="reject", risk=0.9))
    [task] = json.loads(render("labelstudio", [pair]))
    result = task["predictions"][0]["result"]
    [region] = [r for r in result if r["type"] == "labels"]
    [note] = [r for r in result if r["type"] == "textarea"]
    assert note["id"] == region["id"] and region["value"]["labels"] == ["fact"]
    assert note["value"]["text"] == [
        "fact/contradicted (error): " + finding.message,
        "evidence (contradicts, corpus#spinach): Raw spinach contains about 2.7 mg of iron per 100 g.",
    ]  # the deciding sentence only: not the passage, not the neutral passage
    assert LabelInterface(label_config()).validate_prediction(task["predictions"][0], return_errors=True) == []


# -- SARIF -------------------------------------------------------------------------------------


def sarif_cases(root) -> list[tuple[Answer, Report]]:
    text = "It is gonna rain. It is gonna rain."
    inside = os.path.join(root, "docs", "a.md")
    findings = [Finding(rule="style/slang", category="style", severity="warning", message="Slang: 'gonna'.",
                        start=i, end=i + 5) for i in (6, 24)]
    findings.append(Finding(rule="spelling/unknown-word", category="spelling", severity="warning",
                            message="Unknown word.", start=0, end=2))
    return [
        (Answer(id=inside, text=text, source=inside), Report(answer_id=inside, source=inside, findings=findings)),
        (Answer(id="/elsewhere/b.md", text=text, source="/elsewhere/b.md"),
         Report(answer_id="/elsewhere/b.md", source="/elsewhere/b.md", findings=findings[:1])),
    ]


def test_sarif_rules_and_results_have_what_code_scanning_wants(tmp_path):
    meta = {"style/slang": {"description": "Slang words", "message": "Slang: '{match}'.", "severity": "warning",
                            "file": str(tmp_path / "rules" / "en" / "default" / "style" / "slang.yml"),
                            "examples": {"bad": ["It's gonna rain."], "good": ["It will rain."]}}}
    log = json.loads(render("sarif", sarif_cases(str(tmp_path)), rules=meta, root=str(tmp_path)))
    run = log["runs"][0]
    assert "pypi.org" not in run["tool"]["driver"]["informationUri"]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"style/slang", "spelling/unknown-word"}
    for rule in rules.values():
        for key in ("shortDescription", "fullDescription"):
            assert rule[key]["text"] and rule[key]["text"] != rule["id"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["helpUri"].startswith("https://")
        assert rule["name"] == pascal_name(rule["id"]) and rule["name"].isalnum()
    slang = rules["style/slang"]
    assert slang["helpUri"].endswith("/blob/main/rules/en/default/style/slang.yml")
    assert "It's gonna rain." in slang["help"]["text"] and "It will rain." in slang["help"]["markdown"]
    assert rules["spelling/unknown-word"]["shortDescription"]["text"] == "Unknown word (spelling)."
    assert rules["spelling/unknown-word"]["helpUri"] == f"{README}#grammar-and-spelling"

    results = run["results"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert uris == ["docs/a.md"] * 3 + ["file:///elsewhere/b.md"]  # relative under the root
    prints = [r["partialFingerprints"]["factlintFinding/v1"] for r in results]
    assert len(set(prints)) == len(prints)  # the two identical "gonna" findings differ by occurrence
    # The same finding after the text around it moved keeps its fingerprint.
    moved = [(Answer(id=a.id, text="Well. " + a.text, source=a.source),
              Report(answer_id=r.answer_id, source=r.source,
                     findings=[Finding(**{**f.to_dict(), "start": f.start + 6, "end": f.end + 6, "evidence": []})
                               for f in r.findings]))
             for a, r in sarif_cases(str(tmp_path))]
    again = json.loads(render("sarif", moved, rules=meta, root=str(tmp_path)))["runs"][0]["results"]
    assert sorted(r["partialFingerprints"]["factlintFinding/v1"] for r in again) == sorted(prints)


def test_rule_docs_link_to_readme_sections_that_exist():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    anchors = {"-".join("".join(c for c in line.lstrip("#").strip().lower() if c.isalnum() or c in " -").split())
               for line in readme.splitlines() if line.startswith("## ")}
    for section in {*CATEGORY_SECTIONS.values(), RULES_SECTION}:
        assert section in anchors, section
    assert in_words("duplicate/near-duplicate") == "Near duplicate (duplicate)"
    assert rule_doc("style/x", {"link": "https://example.org/x"}).help_uri == "https://example.org/x"


def test_artifact_uri_paths():
    assert artifact_uri("./docs/a b.md") == "docs/a%20b.md"
    assert artifact_uri("/repo/docs/../x.md", "/repo") == "x.md"
    assert artifact_uri("/repository/x.md", "/repo") == "file:///repository/x.md"  # a prefix, not a parent
    assert artifact_uri("C:\\work\\x.md", "C:\\work") == "x.md"


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_guards_every_text_cell_and_resume_reads_ids_back(tmp_path):
    from factlint.triage import answer_key, resume_keys

    evil = '=HYPERLINK("http://evil.example","x")'
    pairs = [(Answer(id=evil, text="@SUM(1)", question="+1", source="-cmd.jsonl", meta={"line": 1, "question_id": "=q"}),
              Report(answer_id=evil, source="-cmd.jsonl", route="pass",
                     metrics={"route_reasons": ["=1+1"], "rank": 1, "candidates": 1, "rank_reasons": ["-2+3"]})),
             (Answer(id="'quoted", text="fine", source="a.jsonl", meta={"line": 2}),
              Report(answer_id="'quoted", source="a.jsonl", route="pass"))]
    text = render("csv", pairs)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    first = rows[0]
    for column in ("answer_id", "question_id", "source", "reasons", "rank_reasons", "question", "answer"):
        assert first[column].startswith("'"), column
    assert first["answer_id"] == "'" + evil and first["risk"] == "0.0" and first["rank"] == "1"
    assert rows[1]["answer_id"] == "''quoted"  # a leading quote is doubled, so it reads back
    path = tmp_path / "out.csv"
    path.write_text(text, encoding="utf-8", newline="")
    assert resume_keys(path, "csv") == {answer_key(1, evil), answer_key(2, "'quoted")}
    for value in (evil, "'quoted", "''", "- item", "-1", "'", "", "plain"):
        assert unguard_formula(guard_formula(value)) == value


def test_labelstudio_config_command(tmp_path):
    from click.testing import CliRunner

    from factlint.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["labelstudio-config", "--format-option", "label_from_name=finding",
                                  "--format-option", "message_from_name=note", "--out", str(tmp_path / "c.xml")])
    assert result.exit_code == 0, result.output
    config = (tmp_path / "c.xml").read_text(encoding="utf-8")
    assert config == label_config(options={"label_from_name": "finding", "message_from_name": "note"})
    interface = LabelInterface(config)
    for task in json.loads(render("labelstudio", label_from_name="finding", message_from_name="note")):
        assert interface.validate_prediction(task["predictions"][0], return_errors=True) == []
    # By rule: every rule id the default packs and the checks report is a label.
    result = runner.invoke(main, ["labelstudio-config", "--format-option", "span_label=rule"])
    assert result.exit_code == 0, result.output
    offered = set(LabelInterface(result.output).get_control("label").labels)
    assert {"style/slang", "fact/contradicted", "spelling/unknown-word", "grammar/repeated-word",
            "relevance/off-topic", "duplicate/near-duplicate", "policy/missing-referral"} <= offered
    bad = runner.invoke(main, ["labelstudio-config", "--format-option", "span_label=rules"])
    assert bad.exit_code == 2 and "span_label must be one of category, rule" in bad.output
    bad = runner.invoke(main, ["labelstudio-config", "--format-option", "lable_from_name=x"])
    assert bad.exit_code == 2 and "not a labelstudio option: lable_from_name" in bad.output


def test_triage_refuses_a_bad_writer_option_before_touching_out(tmp_path):
    from click.testing import CliRunner

    from factlint.cli import main

    (tmp_path / "in.jsonl").write_text('{"id": "a", "answer": "It is gonna rain."}\n', encoding="utf-8")
    out = tmp_path / "tasks.json"
    out.write_text("kept", encoding="utf-8")
    result = CliRunner().invoke(main, ["triage", str(tmp_path / "in.jsonl"), "--format", "labelstudio",
                                       "--format-option", "span_label=rules", "--out", str(out)])
    assert result.exit_code == 2 and "span_label must be one of category, rule" in result.output
    assert out.read_text(encoding="utf-8") == "kept"


def test_deciding_quotes_pick_the_sentence_the_message_quotes():
    from factlint.formats.quotes import deciding_quotes
    from factlint.formats.records import build_records

    text = "Men need 18 mg of iron a day."
    passage = "The RDA differs by age.\nAdult men need 8 mg of iron a day, not 18 mg, as the NIH says in its fact sheet. Women need more."
    evidence = [Evidence(passage_id=1, source="nih", text=passage, score=0.8, stance="contradicts"),
                Evidence(passage_id=2, source="x", text="Unrelated.", score=0.3, stance="neutral")]
    shortened = "Contradicted: says 18 mg; the evidence says 8 mg (“Adult men need 8 mg of iron a day, not 18 mg, as the…”)."
    for message in (shortened, "Contradicted: says 18 mg.", "Contradicted by “Iron”: says 18 mg."):
        finding = Finding(rule="fact/contradicted", category="fact", severity="error", message=message, start=0, end=len(text) - 1)
        finding.evidence = evidence
        [record] = build_records(Answer(id="a", text=text), Report(answer_id="a", findings=[finding]))
        [quote] = deciding_quotes(record)  # the neutral passage is left out
        # quoted (cut short with "…"), or else the sentence sharing most words with the claim
        assert quote.sentence == "Adult men need 8 mg of iron a day, not 18 mg, as the NIH says in its fact sheet.", message
        assert (quote.source, quote.stance, quote.passage) == ("nih", "contradicts", passage)
