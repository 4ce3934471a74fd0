"""Output formats: golden files per format, plus the properties each format promises.

The answers and reports are built by hand (no engine, no models), so these tests are fast
and pin exactly what a writer does with a given report. To rewrite the golden files after a
deliberate change, run:

    FACTLINT_UPDATE_GOLDEN=1 pytest tests/test_formats.py

and review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path

import pytest

import factlint.formats  # noqa: F401  (registers the writers)
from factlint.formats.github import escape_data, escape_property
from factlint.formats.records import LineIndex, build_records
from factlint.formats.sarif import artifact_uri
from factlint.model import Answer, Evidence, Finding, Report
from factlint.registry import formats

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1"
FORMATS = ("text", "json", "jsonl", "sarif", "github", "rdjsonl")
OPTIONS = {
    "tool_version": "0.0.0-test",
    "rules": {
        "style/slang": {
            "description": "Slang words",
            "link": "https://example.org/rules/style/slang",
            "severity": "warning",
        },
        "fact/contradicted": {"description": "A claim the evidence contradicts", "severity": "error"},
    },
}

# A markdown file: non-ASCII letters before findings, so code-point columns differ from
# byte columns (and from UTF-16 ones in the emoji case).
MD_TEXT = (
    "# Iron for café regulars\n"
    "Crème brûlée 🍮 won't help, but spinach gonna give you 30 mg of iron per 100 g.\n"
    "\n"
    "As an AI language model, I hope this helps!\n"
    "Ask a doctor.\n"
)
# A JSONL record (line 12 of batch.jsonl) whose answer text has two lines.
JSONL_TEXT = "Naïve answer: lentils are\nbasically useless for iron, tbh."


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _cases() -> list[tuple[Answer, Report]]:
    md = Answer(id="notes.md", text=MD_TEXT, source="docs/notes.md")
    s, e = _span(MD_TEXT, "gonna")
    fs, fe = _span(MD_TEXT, "spinach gonna give you 30 mg of iron per 100 g.")
    bs, be = _span(MD_TEXT, "As an AI language model, I hope this helps!\nAsk")
    md_report = Report(
        answer_id="notes.md",
        source="docs/notes.md",
        findings=[
            # Given out of order: writers sort by position.
            Finding(
                rule="fact/contradicted",
                category="fact",
                severity="error",
                message="Spinach has about 2.7 mg of iron per 100 g, not 30 mg.",
                start=fs,
                end=fe,
                evidence=[
                    Evidence(
                        passage_id=7,
                        source="indexes/demo/iron.md",
                        text="Raw spinach contains about 2.7 mg of iron per 100 g;\nits iron is poorly absorbed.",
                        score=0.8123,
                        stance="contradicts",
                    )
                ],
                confidence=0.9,
                engine="heuristic",
            ),
            Finding(
                rule="style/slang",
                category="style",
                severity="warning",
                message="Avoid slang: 'gonna'.",
                start=s,
                end=e,
                suggestions=["is going to", "will"],
            ),
            Finding(
                rule="style/ai-boilerplate",
                category="style",
                severity="info",
                message="Boilerplate: 50% of readers skip it,\nsay it plainly: or not at all.",
                start=bs,
                end=be,
            ),
        ],
        metrics={"words": 31, "flesch_kincaid_grade": 4.25, "smog": float("nan"), "grade_level": 4.3},
        risk=0.8,
        route="reject",
        skipped={"grammar": "backend not configured"},
        engines={"facts": "heuristic"},
        timings={"total": 0.123},
    )

    rec = Answer(id="a1", text=JSONL_TEXT, source="batch.jsonl", meta={"line": 12})
    ts, te = _span(JSONL_TEXT, "tbh")
    us, ue = _span(JSONL_TEXT, "lentils are\nbasically useless")
    rec_report = Report(
        answer_id="a1",
        source="batch.jsonl",
        findings=[
            Finding(
                rule="style/slang",
                category="style",
                severity="warning",
                message="Avoid slang: 'tbh'.",
                start=ts,
                end=te,
                suggestions=["to be honest"],
            ),
            Finding(
                rule="fact/unsupported",
                category="fact",
                severity="warning",
                message="No passage in the index supports this claim.",
                start=us,
                end=ue,
                confidence=0.55,
                engine="heuristic",
            ),
        ],
        metrics={"words": 9},
        risk=0.4,
        route="review",
    )

    bad = Answer(id="batch.jsonl:13", text="", source="batch.jsonl", meta={"line": 13})
    # As the readers word it: the error names its place, the id is "path:line".
    bad_report = Report.failed("batch.jsonl:13", "batch.jsonl", "batch.jsonl:13: not JSON: Expecting value at column 1")

    clean = Answer(id="clean.txt", text="Lentils and beans are good sources of iron.\n", source="clean.txt")
    clean_report = Report(answer_id="clean.txt", source="clean.txt", metrics={"words": 8}, route="pass")

    return [(md, md_report), (rec, rec_report), (bad, bad_report), (clean, clean_report)]


def render(name: str, cases=None, **options) -> str:
    out = io.StringIO()
    writer = formats.get(name)(out, {**OPTIONS, **options})
    for answer, report in cases if cases is not None else _cases():
        writer.write(answer, report)
    writer.close()
    return out.getvalue()


GOLDEN_FILES = {name: f"check.{name}" for name in FORMATS}


@pytest.mark.parametrize("name", FORMATS)
def test_golden(name):
    path = GOLDEN / GOLDEN_FILES[name]
    rendered = render(name)
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with FACTLINT_UPDATE_GOLDEN=1 to create it"
    assert rendered == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FORMATS)
def test_same_input_gives_same_output(name):
    assert render(name) == render(name)


@pytest.mark.parametrize("name", FORMATS)
def test_close_is_idempotent_and_write_after_close_fails(name):
    out = io.StringIO()
    writer = formats.get(name)(out, dict(OPTIONS))
    answer, report = _cases()[0]
    writer.write(answer, report)
    writer.close()
    first = out.getvalue()
    writer.close()
    assert out.getvalue() == first
    with pytest.raises(ValueError):
        writer.write(answer, report)


# --- positions ------------------------------------------------------------------------


def test_columns_count_code_points_and_bytes():
    md, md_report = _cases()[0]
    slang = next(r for r in build_records(md, md_report) if r.rule == "style/slang")
    line2 = MD_TEXT.split("\n")[1]
    assert (slang.line, slang.end_line) == (2, 2)
    assert slang.column == line2.index("gonna") + 1  # code points: é, û, 🍮 count one each
    assert slang.end_column == slang.column + len("gonna")
    before = line2[: line2.index("gonna")]
    assert slang.byte_column == len(before.encode("utf-8")) + 1
    assert slang.byte_column > slang.column  # the line holds multi-byte characters
    assert slang.matched == "gonna"


def test_line_index_handles_crlf_cr_and_the_end_of_text():
    index = LineIndex("ab\r\ncd\ref\n")
    assert index.line_col(0) == (1, 1)
    assert index.line_col(4) == (2, 1)
    assert index.line_col(7) == (3, 1)
    assert index.line_col(10) == (4, 1)  # just past the final newline
    assert index.line_col(99) == (4, 1)  # clamped, not a crash


def test_records_are_sorted_by_position():
    md, md_report = _cases()[0]
    starts = [r.start for r in build_records(md, md_report)]
    assert starts == sorted(starts)


def test_multiline_finding_spans_lines():
    md, md_report = _cases()[0]
    boiler = next(r for r in build_records(md, md_report) if r.rule == "style/ai-boilerplate")
    assert (boiler.line, boiler.column, boiler.end_line, boiler.end_column) == (4, 1, 5, 4)


# --- text -----------------------------------------------------------------------------


def test_text_lines_and_summary():
    lines = render("text").splitlines()
    col = MD_TEXT.split("\n")[1].index("gonna") + 1
    assert f"docs/notes.md:2:{col}: warning style/slang Avoid slang: 'gonna'." in lines
    # JSONL record: the record's line and the answer id, then line:column inside the answer's
    # text, the same figures as the json formats' record_line, line and column.
    line = JSONL_TEXT[: JSONL_TEXT.index("tbh")].count("\n") + 1
    col = JSONL_TEXT.index("tbh") - (JSONL_TEXT.rfind("\n", 0, JSONL_TEXT.index("tbh")) + 1) + 1
    assert f"batch.jsonl:12 [id=a1] {line}:{col}: warning style/slang Avoid slang: 'tbh'." in lines
    record = next(r for r in json.loads(render("json"))["reports"] if r["answer_id"] == "a1")
    tbh = next(f for f in record["findings"] if f["matched"] == "tbh")
    assert (record["record_line"], tbh["line"], tbh["column"]) == (12, line, col)
    # The error's own "batch.jsonl:13:" and an id that only repeats it are not said twice.
    assert "batch.jsonl:13: error input not JSON: Expecting value at column 1" in lines
    assert not any(line.startswith("clean.txt") for line in lines)
    assert lines[-1] == "1 error, 3 warnings, 1 info in 4 answers (1 could not be checked)"
    # A message with a line break stays on one line.
    assert any(line.endswith("skip it, say it plainly: or not at all.") for line in lines)


def test_text_quiet_color_and_details():
    quiet = render("text", quiet=True, details=False)
    assert "answers" not in quiet.splitlines()[-1]
    assert "evidence:" not in quiet and "suggestion" not in quiet
    colored = render("text", color=True)
    assert "\x1b[31merror\x1b[0m" in colored and "\x1b[33mwarning\x1b[0m" in colored
    plain = render("text")
    assert "\x1b[" not in plain
    assert '    suggestions: "is going to", "will"' in plain


def test_text_error_does_not_repeat_its_location():
    record = Answer(id="x", text="", source="batch.jsonl", meta={"line": 4})
    record_report = Report.failed("x", "batch.jsonl", "batch.jsonl:4: missing field 'answer'")
    whole = Answer(id="empty.md", text="", source="empty.md")
    whole_report = Report.failed("empty.md", "empty.md", "empty.md: empty file")
    other = Answer(id="o.md", text="", source="o.md")
    other_report = Report.failed("o.md", "o.md", "backend: LanguageTool server unreachable")
    out = render("text", [(record, record_report), (whole, whole_report), (other, other_report)], quiet=True)
    assert out.splitlines() == [
        "batch.jsonl:4 [id=x]: error input missing field 'answer'",
        "empty.md:1: error input empty file",
        "o.md:1: error input backend: LanguageTool server unreachable",
    ]


def test_text_stdin_and_library_paths():
    finding = Finding(rule="style/slang", category="style", severity="warning", message="m", start=0, end=1)
    stdin = (Answer(id="-", text="x", source="-"), Report(answer_id="-", findings=[finding]))
    library = (Answer(id="q7", text="x"), Report(answer_id="q7", findings=[finding]))
    out = render("text", [stdin, library], quiet=True).splitlines()
    assert out == ["<stdin>:1:1: warning style/slang m", "<string>:1:1: warning style/slang m (id=q7)"]


def test_text_summary_with_no_answers():
    assert render("text", []) == "0 errors, 0 warnings in 0 answers\n"


# --- json / jsonl ---------------------------------------------------------------------


def test_json_document_shape():
    doc = json.loads(render("json"))
    assert doc["version"] == "0.0.0-test"
    assert [r["answer_id"] for r in doc["reports"]] == ["notes.md", "a1", "batch.jsonl:13", "clean.txt"]
    md = doc["reports"][0]
    assert md["metrics"]["smog"] is None  # NaN is not JSON
    assert md["metrics"]["flesch_kincaid_grade"] == 4.25
    assert "timings" not in md  # they change from run to run
    for key in ("answer_id", "source", "findings", "metrics", "route", "risk", "error", "skipped", "engines"):
        assert key in md
    finding = md["findings"][1]
    assert finding["rule"] == "style/slang"
    assert {"line", "column", "end_line", "end_column", "start", "end", "matched"} <= finding.keys()
    assert finding["evidence"] == [] and md["findings"][0]["evidence"][0]["passage_id"] == 7
    assert doc["reports"][2]["error"] == "batch.jsonl:13: not JSON: Expecting value at column 1"  # as given
    assert doc["reports"][1]["record_line"] == 12
    assert doc["summary"] == {
        "answers": 4,
        "failed": 1,
        "findings": 5,
        "errors": 1,
        "warnings": 3,
        "info": 1,
        "by_rule": {"fact/contradicted": 1, "fact/unsupported": 1, "style/ai-boilerplate": 1, "style/slang": 2},
        "routes": {"pass": 1, "reject": 1, "review": 2},
    }


def test_json_timings_on_request():
    doc = json.loads(render("json", timings=True))
    assert doc["reports"][0]["timings"] == {"total": 0.123}


def test_jsonl_one_line_per_answer_matching_json_reports():
    lines = render("jsonl").split("\n")
    assert lines[-1] == ""
    reports = [json.loads(line) for line in lines[:-1]]
    assert reports == json.loads(render("json"))["reports"]


def test_jsonl_lines_do_not_split_on_unicode_line_separators():
    text = "one\u2028two\x85three"
    answer = Answer(id="u", text=text, source="u.txt")
    report = Report(
        answer_id="u",
        findings=[Finding(rule="style/x", category="style", severity="info", message=text, start=0, end=3)],
    )
    out = render("jsonl", [(answer, report)])
    assert len(out.splitlines()) == 1
    assert json.loads(out)["findings"][0]["message"] == text


# --- sarif ----------------------------------------------------------------------------


def test_sarif_structure():
    log = json.loads(render("sarif"))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factlint" and driver["version"] == "0.0.0-test"
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == sorted(set(rule_ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert next(r for r in driver["rules"] if r["id"] == "style/slang")["helpUri"] == (
        "https://example.org/rules/style/slang"
    )
    results = run["results"]
    assert len(results) == 5
    for result in results:
        assert result["ruleId"] in rule_ids
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert isinstance(region["startLine"], int) and region["startLine"] >= 1
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_sarif_regions_and_fixes():
    run = json.loads(render("sarif"))["runs"][0]
    by_rule_uri = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r for r in run["results"]
    }
    slang = by_rule_uri[("style/slang", "docs/notes.md")]
    region = slang["locations"][0]["physicalLocation"]["region"]
    start = MD_TEXT.index("gonna")
    assert region["charOffset"] == start and region["charLength"] == 5
    assert MD_TEXT[region["charOffset"] : region["charOffset"] + region["charLength"]] == "gonna"
    assert region["startLine"] == 2 and region["startColumn"] == MD_TEXT.split("\n")[1].index("gonna") + 1
    assert [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in slang["fixes"]] == [
        "is going to",
        "will",
    ]
    # A JSONL record: the record's line, no columns, no fix; the text position in properties.
    tbh = by_rule_uri[("style/slang", "batch.jsonl")]
    assert tbh["locations"][0]["physicalLocation"]["region"] == {"startLine": 12}
    assert "fixes" not in tbh
    assert tbh["properties"]["textRegion"]["charOffset"] == JSONL_TEXT.index("tbh")


def test_sarif_error_reports_become_notifications():
    invocation = json.loads(render("sarif"))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == "not JSON: Expecting value at column 1"
    loc = note["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "batch.jsonl" and loc["region"] == {"startLine": 13}

    clean = json.loads(render("sarif", [_cases()[3]]))["runs"][0]
    assert clean["invocations"][0]["executionSuccessful"] is True
    assert clean["results"] == [] and clean["tool"]["driver"]["rules"] == []


def test_sarif_uris():
    assert artifact_uri("docs/my notes.md") == "docs/my%20notes.md"
    assert artifact_uri("/tmp/a b.md") == "file:///tmp/a%20b.md"
    assert artifact_uri("C:\\work\\a.md") == "file:///C:/work/a.md"
    assert artifact_uri("docs\\a.md") == "docs/a.md"


# --- github ---------------------------------------------------------------------------


def test_github_escaping():
    assert escape_data("50%\r\nnext: a,b") == "50%25%0D%0Anext: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_commands():
    lines = render("github").splitlines()
    col = MD_TEXT.split("\n")[1].index("gonna") + 1
    assert (
        f"::warning file=docs/notes.md,line=2,col={col},endLine=2,endColumn={col + 5},"
        "title=style/slang::Avoid slang: 'gonna'." in lines
    )
    # Over two lines: GitHub takes no columns; info is a notice; the message is escaped.
    assert (
        "::notice file=docs/notes.md,line=4,endLine=5,title=style/ai-boilerplate::"
        "Boilerplate: 50%25 of readers skip it,%0Asay it plainly: or not at all." in lines
    )
    assert "::warning file=batch.jsonl,line=12,endLine=12,title=style/slang::Avoid slang: 'tbh'. (id=a1)" in lines
    assert "::error file=batch.jsonl,line=13,title=input::not JSON: Expecting value at column 1" in lines
    assert all(line.startswith("::") for line in lines)


# --- rdjsonl --------------------------------------------------------------------------


def test_rdjsonl_diagnostics():
    diags = [json.loads(line) for line in render("rdjsonl").splitlines()]
    assert len(diags) == 6  # five findings and one error
    for d in diags:
        assert d["severity"] in ("ERROR", "WARNING", "INFO")
        assert d["source"]["name"] == "factlint"
        assert d["location"]["path"] and d["location"]["range"]["start"]["line"] >= 1
    slang = next(d for d in diags if d["code"]["value"] == "style/slang" and d["location"]["path"] == "docs/notes.md")
    line2 = MD_TEXT.split("\n")[1]
    byte_col = len(line2[: line2.index("gonna")].encode("utf-8")) + 1
    assert slang["location"]["range"] == {
        "start": {"line": 2, "column": byte_col},
        "end": {"line": 2, "column": byte_col + 5},
    }
    assert slang["code"]["url"] == "https://example.org/rules/style/slang"
    assert [s["text"] for s in slang["suggestions"]] == ["is going to", "will"]
    assert all(s["range"] == slang["location"]["range"] for s in slang["suggestions"])
    tbh = next(d for d in diags if d["location"]["path"] == "batch.jsonl" and d["code"]["value"] == "style/slang")
    assert tbh["location"]["range"] == {"start": {"line": 12}}
    assert "suggestions" not in tbh
    error = next(d for d in diags if d["code"]["value"] == "input")
    assert error["severity"] == "ERROR" and error["location"]["range"]["start"]["line"] == 13


# --- registry -------------------------------------------------------------------------


def test_every_format_is_registered():
    assert set(FORMATS) <= set(formats.get_all())


def test_non_finite_metrics_never_reach_json():
    for name in ("json", "jsonl", "sarif"):
        text = render(name)
        assert "NaN" not in text and "Infinity" not in text
        json.loads(text.splitlines()[0] if name == "jsonl" else text)
    assert math.isnan(_cases()[0][1].metrics["smog"])  # the report itself is left alone
