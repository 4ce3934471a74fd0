"""The triage formats (csv, labelstudio, argilla, html) on hand-built reports.

Each test reads the output back the way its consumer would (the csv module, json, an HTML
parser) and checks it against the answers: offsets slice the text to the finding, ranks
and routes survive, untrusted text stays text. The page in a real browser is in
test_html_browser.py.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from triage_cases import EVIL_TEXT, FORMULA_TEXT, OPTIONS, QUESTION, answer_texts, cases, render

import factlint.formats  # noqa: F401  (registers the writers)
from factlint.formats import TRIAGE_FORMAT_NAMES
from factlint.formats.argilla import argilla_settings
from factlint.formats.csv_report import COLUMNS, whole_rows_length
from factlint.formats.labelstudio import label_config
from factlint.formats.triage_view import TriageWriter, guard_formula
from factlint.model import Answer, Report
from factlint.registry import formats

TRIAGE_ONLY = ("csv", "labelstudio", "argilla", "html")


def findings_by_answer() -> dict[str, list]:
    return {a.id: r.findings for a, r in cases()}


# -- all formats ---------------------------------------------------------------------------


def test_triage_formats_are_registered():
    for name in TRIAGE_FORMAT_NAMES:
        assert formats.get(name) is not None
    for name in TRIAGE_ONLY:
        assert issubclass(formats.get(name), TriageWriter)


@pytest.mark.parametrize("name", TRIAGE_ONLY)
def test_same_input_same_bytes(name):
    assert render(name) == render(name)


@pytest.mark.parametrize("name", TRIAGE_ONLY)
def test_close_twice_and_write_after_close(name):
    out = io.StringIO()
    writer = formats.get(name)(out, dict(OPTIONS))
    answer, report = cases()[0]
    writer.write(answer, report)
    writer.close()
    first = out.getvalue()
    writer.close()
    assert out.getvalue() == first
    with pytest.raises(ValueError):
        writer.write(answer, report)


@pytest.mark.parametrize("name", TRIAGE_ONLY)
def test_report_without_answer_is_still_one_record(name):
    report = Report.failed("lost-1", "in.jsonl", "in.jsonl:9: no `answer` field")
    text = render(name, [(None, report)])
    assert "lost-1" in text
    assert "no `answer` field" in text or "no `answer` field".replace("`", "&#x60;") in text


def test_jsonl_carries_what_triage_needs():
    lines = render("jsonl").splitlines()
    assert len(lines) == len(cases())
    b = json.loads(lines[1])
    for key in ("answer_id", "record_line", "question_id", "route", "risk", "findings", "metrics", "error"):
        assert key in b
    assert (b["answer_id"], b["question_id"], b["record_line"], b["route"]) == ("iron-b", "q-iron", 1, "review")
    assert b["metrics"]["rank"] == 2 and b["metrics"]["rank_reasons"] and b["metrics"]["route_reasons"]
    assert json.loads(lines[3])["question_id"] is None


# -- csv -----------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_parses_back_one_row_per_answer():
    text = render("csv")
    assert text.splitlines()[0].split(",") == list(COLUMNS)
    rows = read_csv(text)
    assert [r["answer_id"] for r in rows] == [a.id for a, _ in cases()]
    by_id = {r["answer_id"]: r for r in rows}
    b = by_id["iron-b"]
    assert (b["question_id"], b["record_line"], b["route"], b["risk"]) == ("q-iron", "1", "review", "0.4375")
    assert (b["rank"], b["candidates"]) == ("2", "3")
    assert (b["errors"], b["warnings"], b["info"]) == ("0", "2", "1")
    assert b["rules"] == "fact/unsupported; style/filler; style/slang"
    assert b["reasons"] == "fact/unsupported needs review"
    assert b["rank_reasons"] == "review, risk 0.44, 2 warnings, 1 info; ranked below iron-a"
    assert b["question"] == QUESTION
    c = by_id["iron-c"]
    assert (c["errors"], c["warnings"], c["route"]) == ("2", "1", "reject")


def test_csv_keeps_untrusted_text_exact():
    rows = {r["answer_id"]: r for r in read_csv(render("csv"))}
    assert rows["evil-1"]["answer"] == EVIL_TEXT  # quotes, <script>, emoji and a line break
    assert rows["evil-1"]["question"] == "Is <b>dessert</b> healthy?"
    assert (rows["evil-1"]["rank"], rows["evil-1"]["candidates"]) == ("", "")


def test_csv_error_row():
    row = {r["answer_id"]: r for r in read_csv(render("csv"))}["batch.jsonl:3"]
    assert row["error"] == "batch.jsonl:3: not JSON: Expecting value at column 1"
    assert (row["route"], row["risk"], row["record_line"], row["answer"]) == ("review", "1.0", "3", "")


def test_csv_formula_guard():
    rows = {r["answer_id"]: r for r in read_csv(render("csv"))}
    assert rows["formula-1"]["answer"] == "'" + FORMULA_TEXT
    assert rows["formula-1"]["question"] == "'+SUM(1,2)"
    raw = {r["answer_id"]: r for r in read_csv(render("csv", formula_guard=False))}
    assert raw["formula-1"]["answer"] == FORMULA_TEXT
    assert guard_formula("- a list item") == "- a list item"
    assert guard_formula("-2+3+cmd|' /C calc'!A0").startswith("'")
    assert guard_formula("@SUM(A1)") == "'@SUM(A1)"


def test_csv_streams_rows_and_append_skips_header():
    out = io.StringIO()
    writer = formats.get("csv")(out, dict(OPTIONS))
    answer, report = cases()[0]
    writer.write(answer, report)
    assert len(read_csv(out.getvalue())) == 1  # written before close
    appended = render("csv", cases()[:2], append=True)
    assert not appended.startswith("answer_id,")
    assert len(list(csv.reader(io.StringIO(appended, newline="")))) == 2
    assert render("csv", []).strip() == ",".join(COLUMNS)


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_csv_whole_rows_after_a_kill(tmp_path, chunk):
    data = render("csv").encode("utf-8")
    path = tmp_path / "out.csv"
    path.write_bytes(data)
    assert whole_rows_length(path, chunk) == len(data)
    # killed inside evil-1's quoted answer, just after the line break in it
    evil_start = data.index(b"\r\nevil-1,") + 2
    cut = data.index(b"gonna help,\n") + len(b"gonna help,\n")
    path.write_bytes(data[:cut])
    assert whole_rows_length(path, chunk) == evil_start
    with path.open("r+b") as handle:
        handle.truncate(whole_rows_length(path, chunk))
    rows = read_csv(path.read_text(encoding="utf-8"))
    assert [r["answer_id"] for r in rows] == ["iron-a", "iron-b", "iron-c"]
    # every cut leaves a prefix of whole rows that parses to complete rows
    for cut in range(0, len(data), 37):
        path.write_bytes(data[:cut])
        n = whole_rows_length(path, chunk)
        assert data[:n].endswith(b"\n") or n == 0
        for row in read_csv(data[:n].decode("utf-8")):
            assert len(row) == len(COLUMNS) and None not in row


# -- label studio --------------------------------------------------------------------------


def test_labelstudio_regions_slice_the_text():
    tasks = json.loads(render("labelstudio"))
    texts = answer_texts()
    assert [t["data"]["id"] for t in tasks] == [a.id for a, _ in cases()]
    regions = 0
    for task in tasks:
        text = task["data"]["text"]
        assert text == texts[task["data"]["id"]]
        [prediction] = task["predictions"]
        for result in prediction["result"]:
            if result["type"] == "labels":
                v = result["value"]
                assert text[v["start"] : v["end"]] == v["text"]
                regions += 1
    # every finding with a span gets a region; the one without a span (start == end) none
    spanned = sum(1 for fs in findings_by_answer().values() for f in fs if f.end > f.start)
    assert regions == spanned


def test_labelstudio_task_shape():
    tasks = {t["data"]["id"]: t for t in json.loads(render("labelstudio"))}
    c = tasks["iron-c"]
    assert c["data"]["question"] == QUESTION
    assert (c["data"]["question_id"], c["data"]["rank"], c["data"]["candidates"], c["data"]["route"]) == ("q-iron", 3, 3, "reject")
    [prediction] = c["predictions"]
    assert prediction["model_version"] == "factlint 0.0.0-test"
    # lowest score is shown first in Label Studio: the riskiest answer gets the lowest
    assert prediction["score"] == pytest.approx(1 - 0.96)
    assert min(tasks.values(), key=lambda t: t["predictions"][0]["score"])["data"]["id"] == "batch.jsonl:3"
    route = [r for r in prediction["result"] if r["type"] == "choices"]
    assert route == [{"id": "route", "from_name": "route", "to_name": "text", "type": "choices", "value": {"choices": ["reject"]}}]
    labels = [r for r in prediction["result"] if r["type"] == "labels"]
    # Labelled by category by default: the labels the default config offers.
    assert [(r["from_name"], r["to_name"], r["value"]["labels"]) for r in labels] == [
        ("label", "text", ["fact"]),
        ("label", "text", ["style"]),
    ]
    # Each region's message is a textarea result with the region's id (one per region).
    messages = {r["id"]: r for r in prediction["result"] if r["type"] == "textarea"}
    assert [r["id"] for r in labels] == list(messages)
    for region in labels:
        note = messages[region["id"]]
        assert (note["from_name"], note["to_name"]) == ("message", "text")
        assert (note["value"]["start"], note["value"]["end"]) == (region["value"]["start"], region["value"]["end"])
    fact_notes = messages[labels[0]["id"]]["value"]["text"]
    assert fact_notes[0] == "fact/contradicted (error): Spinach has about 2.7 mg of iron per 100 g."
    # The evidence sentence that contradicts it, not the whole passage.
    assert fact_notes[1].startswith("evidence (contradicts, https://example.org/iron): Raw spinach contains about 2.7 mg")
    assert len({(r["id"], r["type"]) for r in prediction["result"]}) == len(prediction["result"])
    assert "policy/missing-referral" in c["data"]["rules"]


def test_labelstudio_code_point_offsets_after_emoji():
    task = {t["data"]["id"]: t for t in json.loads(render("labelstudio"))}["evil-1"]
    values = [r["value"] for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    gonna = next(v for v in values if v["labels"] == ["style"] and v["text"] == "gonna")
    assert (gonna["start"], gonna["end"]) == (EVIL_TEXT.index("gonna"), EVIL_TEXT.index("gonna") + 5)
    assert EVIL_TEXT[gonna["start"] : gonna["end"]] == "gonna"


def test_labelstudio_options():
    text = render("labelstudio", label_from_name="finding", label_to_name="answer", route_from_name="decision",
                  route_to_name="answer", message_from_name="note", span_label="rule", score="risk")
    task = {t["data"]["id"]: t for t in json.loads(text)}["iron-c"]
    [prediction] = task["predictions"]
    assert prediction["score"] == 0.96
    names = {(r["type"], r["from_name"], r["to_name"]) for r in prediction["result"]}
    assert names == {("labels", "finding", "answer"), ("textarea", "note", "answer"), ("choices", "decision", "answer")}
    labels = sorted(r["value"]["labels"][0] for r in prediction["result"] if r["type"] == "labels")
    assert labels == ["fact/contradicted", "style/units"]
    quiet = {t["data"]["id"]: t for t in json.loads(render("labelstudio", messages=False))}["iron-c"]
    assert {r["type"] for r in quiet["predictions"][0]["result"]} == {"labels", "choices"}
    with pytest.raises(ValueError, match="span_label"):
        render("labelstudio", span_label="rules")


def test_labelstudio_streams_a_json_list():
    out = io.StringIO()
    writer = formats.get("labelstudio")(out, dict(OPTIONS))
    for answer, report in cases()[:2]:
        writer.write(answer, report)
    assert out.getvalue().startswith("[\n") and out.getvalue().count("\n") == 2  # a task per line, before close
    writer.close()
    assert len(json.loads(out.getvalue())) == 2
    assert json.loads(render("labelstudio", [])) == []


def test_labelstudio_label_config_matches_tasks():
    rules = sorted({f.rule for fs in findings_by_answer().values() for f in fs})
    root = ET.fromstring(label_config(rules, {"span_label": "rule"}))
    labels = root.find("Labels")
    assert (labels.get("name"), labels.get("toName")) == ("label", "text")
    offered = {e.get("value") for e in labels}
    for task in json.loads(render("labelstudio", span_label="rule")):
        for r in task["predictions"][0]["result"]:
            if r["type"] == "labels":
                assert set(r["value"]["labels"]) <= offered
    choices = root.find("Choices")
    assert choices.get("name") == "route" and [c.get("value") for c in choices] == ["pass", "review", "reject"]
    assert ET.fromstring(label_config(['a"<b>']))  # label values are escaped
    with pytest.raises(ValueError, match="rule ids"):
        label_config(options={"span_label": "rule"})  # rule ids cannot be guessed


# -- argilla -------------------------------------------------------------------------------


def test_argilla_record_shape():
    records = json.loads(render("argilla"))
    assert [r["id"] for r in records] == [a.id for a, _ in cases()]
    for r in records:
        assert set(r) == {"id", "fields", "metadata", "suggestions", "responses", "vectors"}
        assert None not in r["metadata"].values()
        for suggestion in r["suggestions"].values():
            assert set(suggestion) == {"value", "score", "agent"}  # what Record.from_dict passes to Suggestion
            assert suggestion["agent"] == "factlint 0.0.0-test"
    c = {r["id"]: r for r in records}["iron-c"]
    assert c["fields"] == {"question": QUESTION, "answer": "Spinach has 30 mg of iron per 100 g, so eat it daily."}
    assert c["suggestions"]["route"] == {"value": "reject", "score": 0.96, "agent": "factlint 0.0.0-test"}
    assert c["metadata"]["rank"] == 3 and c["metadata"]["question_id"] == "q-iron"
    assert c["metadata"]["rules"] == ["fact/contradicted", "policy/missing-referral", "style/units"]


def test_argilla_spans_slice_the_answer():
    texts = answer_texts()
    found = 0
    for r in json.loads(render("argilla")):
        spans = r["suggestions"].get("findings")
        if not spans:
            continue
        assert len(spans["score"]) == len(spans["value"])
        text = r["fields"]["answer"]
        assert text == texts[r["id"]]
        matched = {(f.start, f.end, f.category) for f in findings_by_answer()[r["id"]]}
        for s in spans["value"]:
            assert (s["start"], s["end"], s["label"]) in matched
            assert 0 <= s["start"] < s["end"] <= len(text)
            found += 1
    # one span per category and place
    assert found == len({(a, f.start, f.end, f.category) for a, fs in findings_by_answer().items() for f in fs if f.end > f.start})
    b = {r["id"]: r for r in json.loads(render("argilla"))}["iron-b"]
    assert b["suggestions"]["findings"]["score"] == [0.55, 1.0, 1.0]


def test_argilla_error_and_questionless_records():
    records = {r["id"]: r for r in json.loads(render("argilla"))}
    bad = records["batch.jsonl:3"]
    assert bad["fields"] == {"answer": "[could not be checked: batch.jsonl:3: not JSON: Expecting value at column 1]"}
    assert bad["metadata"]["error"].startswith("batch.jsonl:3: not JSON")
    assert "findings" not in bad["suggestions"]
    assert records["evil-1"]["fields"]["answer"] == EVIL_TEXT


def test_argilla_settings_name_what_records_use():
    s = argilla_settings()
    assert [f["name"] for f in s["fields"]] == ["question", "answer"]
    route_q, span_q = s["questions"]
    assert route_q["labels"] == ["pass", "review", "reject"]
    assert span_q["field"] == "answer" and span_q["allow_overlapping"] is True
    declared = set(s["terms_metadata"]) | set(s["float_metadata"]) | set(s["integer_metadata"])
    for r in json.loads(render("argilla")):
        assert set(r["metadata"]) <= declared


# -- html ----------------------------------------------------------------------------------


class Page(HTMLParser):
    """Collects what the tests look at: the text inside each finding's marks, the cards,
    every tag and attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marked: dict[str, str] = {}
        self.cards: list[dict] = []
        self._marks: list[list[str]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "mark":
            ids = attrs.get("data-f", "").split()
            self._marks.append(ids)
            for i in ids:
                self.marked.setdefault(i, "")
        if tag == "article":
            self.cards.append(attrs)
        if tag == "script":
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "mark":
            self._marks.pop()
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data
        for ids in self._marks:
            for i in ids:
                self.marked[i] += data


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


def finding_spans(page: Page) -> dict[str, tuple[int, int, str]]:
    """finding id -> (start, end, rule), from the list items under each answer."""
    return {
        a["id"]: (int(a["data-start"]), int(a["data-end"]), a["data-rule"])
        for tag, a in page.tags
        if tag == "li" and "finding" in a.get("class", "")
    }


def test_html_highlights_are_the_findings_text():
    page = parse(render("html"))
    texts = answer_texts()
    spans = finding_spans(page)
    assert len(spans) == sum(len(fs) for fs in findings_by_answer().values())
    # Which answer each finding belongs to: its card holds its list item; ids are in order.
    owners = {}
    fid = 0
    for a, r in cases():
        for f in sorted(r.findings, key=lambda f: (f.start, f.end)):
            fid += 1
            owners[f"f{fid}"] = a.id
            assert spans[f"f{fid}"] == (f.start, f.end, f.rule)
    for fid, (start, end, _) in spans.items():
        assert page.marked[fid] == texts[owners[fid]][start:end], fid


def test_html_overlapping_findings_share_segments():
    page = parse(render("html"))
    multi = [a for tag, a in page.tags if tag == "mark" and len(a["data-f"].split()) > 1]
    # "basically" inside the unsupported claim; "30 mg" in the claim and in the units finding
    assert len(multi) == 2
    assert all("multi" in a["class"] for a in multi)


def test_html_escapes_untrusted_text():
    text = render("html")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>dessert</b>" not in text and "&lt;b&gt;dessert&lt;/b&gt;" in text
    assert "<em>only</em>" not in text
    page = parse(text)
    assert [tag for tag, _ in page.tags].count("script") == 1  # ours only
    assert "alert(1)" not in page.script_text
    assert "🍮" in text and "naïvely" in text


def test_html_is_self_contained():
    text = render("html")
    page = parse(text)
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base"), tag
        for name in ("src", "href", "action", "style") + tuple(a for a in attrs if a.startswith("on")):
            assert name not in attrs, (tag, name)
    assert "url(" not in text and "@import" not in text
    # the evidence source (a URL) is shown as text, not linked
    assert "https://example.org/iron" in text


def test_html_groups_ranks_and_counts():
    text = render("html")
    page = parse(text)
    order = [c["data-answer-id"] for c in page.cards]
    assert order[:3] == ["iron-a", "iron-b", "iron-c"]  # one question, best rank first
    cards = {c["data-answer-id"]: c for c in page.cards}
    assert cards["iron-c"]["data-route"] == "reject"
    assert cards["iron-c"]["data-rules"] == "fact/contradicted policy/missing-referral style/units"
    assert cards["batch.jsonl:3"]["data-error"] == "1"
    assert "#3 of 3" in text and "#1 of 3" in text
    assert "Could not be checked:</strong> batch.jsonl:3: not JSON" in text
    assert 'data-route-count="review">3<' in text  # iron-b, evil-1 and the error report
    assert 'data-route-count="reject">1<' in text
    assert '<option value="style/slang">style/slang (2)</option>' in text
    assert '<option value="#error">could not be checked (1)</option>' in text
    assert "<h2>" + QUESTION + "</h2>" in text


def test_html_ranked_order_does_not_depend_on_input_order():
    pairs = cases()
    shuffled = [pairs[2], pairs[0], pairs[1]] + pairs[3:]
    order = [c["data-answer-id"] for c in parse(render("html", shuffled)).cards]
    assert order[:3] == ["iron-a", "iron-b", "iron-c"]


def test_html_empty_run_is_a_page():
    text = render("html", [])
    assert text.startswith("<!DOCTYPE html>") and "No answers." in text


def test_html_finding_at_the_end_of_the_text():
    answer = Answer(id="x", text="abc")
    report = Report(answer_id="x", findings=[])
    from factlint.model import Finding

    report.findings = [Finding(rule="policy/missing-referral", category="policy", severity="error",
                               message="m", start=3, end=3)]
    page = parse(render("html", [(answer, report)]))
    assert page.marked == {"f1": ""}


# -- the ranking criteria side by side (issue 17) --------------------------------------------------


def ranked_pairs():
    from factlint.model import Finding
    from factlint.ranking import rank_group

    q = "What foods should I eat to get more iron in my body?"
    texts = {"iron-b": "Basically you gotta eat red meat.", "iron-c": "Red meat and lentils contain iron.",
             "iron-x": "Paris is the capital of France."}
    found = {"iron-b": [Finding(rule="style/slang", category="style", severity="warning", message="Slang: 'gotta'.",
                                start=16, end=21)],
             "iron-c": [],
             "iron-x": [Finding(rule="relevance/off-topic", category="relevance", severity="warning",
                                message="Does not address the question.", start=0, end=31)]}
    grades = {"iron-b": 3.1, "iron-c": 7.9, "iron-x": 4.0}
    pairs = []
    for k, aid in enumerate(texts):
        answer = Answer(id=aid, text=texts[aid], question=q, source="batch.jsonl",
                        meta={"line": 1, "question_id": "iron", "candidate": k + 1})
        report = Report(answer_id=aid, source="batch.jsonl", findings=found[aid],
                        route="review" if aid == "iron-x" else "pass", risk=0.15 if found[aid] else 0.0,
                        metrics={"grade_level": grades[aid], "route_reasons": [],
                                 "relevance": {"score": 0.05 if aid == "iron-x" else 0.7}})
        pairs.append((answer, report))
    rank_group([r for _, r in pairs])
    return pairs


def test_triage_text_shows_the_criteria_side_by_side():
    text = render("triage-text", ranked_pairs())
    lines = text.splitlines()
    assert lines[0].startswith("question iron:")
    head = lines[1].split()
    assert head[:2] == ["rank", "id"] and head[2:8] == ["facts", "policy", "relevance", "grammar", "simplicity", "style"]
    rows = [line.split() for line in lines[2:5]]
    assert [r[:2] for r in rows] == [["#1", "iron-c"], ["#2", "iron-b"], ["#3", "iron-x"]]
    assert rows[0][-1] == "style" and rows[1][-1] == "relevance"  # what put each above the next
    assert "off-topic (0.05)" in lines[4]
    assert "ranked above iron-b: same facts, policy, relevance, grammar and simplicity; cleaner style (0 vs 1 in style findings)" in text
    assert text.index("#1 iron-c  pass") < text.index("#2 iron-b") < text.index("#3 iron-x")


def test_html_shows_the_criteria_side_by_side_the_best_and_the_margin():
    text = render("html", ranked_pairs())
    table = text[text.index('<table class="criteria">') : text.index("</table>", text.index('<table class="criteria">'))]
    assert table.index("iron-c") < table.index("iron-b") < table.index("iron-x")
    for name in ("facts", "policy", "relevance", "grammar", "simplicity", "style", "over next"):
        assert f'<th scope="row">{name}</th>' in table
    assert "off-topic (0.05)" in table
    assert text.count('<span class="best">best</span>') == 1
    best_card = text[text.index('data-answer-id="iron-c"') :]
    assert best_card.index('class="best"') < best_card.index("</article>")
    assert "ranked above iron-b: same facts" in text


def test_formats_without_criteria_show_no_table():
    assert '<table class="criteria">' not in render("html")
    assert "over next" not in render("triage-text")


def test_html_evidence_is_the_deciding_sentence_and_marks_carry_messages():
    text = render("html")
    start = text.index('data-rule="fact/contradicted"')
    item = text[start : text.index("</li>", start)]
    evs = item[item.index('<blockquote class="evs">') :]
    # The deciding sentence is shown; the rest of its passage and the passage that did not
    # decide are folded away in <details>.
    assert evs.startswith('<blockquote class="evs">Raw spinach contains about 2.7 mg of iron per 100 g &lt;em&gt;only&lt;/em&gt;.</blockquote>')
    folded = item[item.index('<details class="passage">') :]
    assert "Cooking shrinks the leaves" in folded and "Cooking shrinks" not in item[: item.index('<details class="passage">')]
    assert '<details class="others"><summary>1 more passage retrieved, not deciding</summary>' in item
    assert item.index("Beef is a source of heme iron.") > item.index('<details class="others">')
    page = parse(text)
    titles = {a["title"] for tag, a in page.tags if tag == "mark" and a["data-r"] == "style/slang"}
    assert titles == {"style/slang: style/slang: 'tbh'", "style/slang: style/slang: 'gonna'"}
    contradicted = next(a for tag, a in page.tags if tag == "mark" and a["data-r"] == "fact/contradicted")
    assert contradicted["title"] == "fact/contradicted: Spinach has about 2.7 mg of iron per 100 g."
    assert any(tag == "button" and a.get("id") == "expand-all" for tag, a in page.tags)
