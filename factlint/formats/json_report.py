"""json: one JSON document for the whole run, written on `close()`.

    {
      "version": "0.1.0",            factlint's version
      "format_version": 1,           this document's layout; fields are only ever added
      "reports": [REPORT, ...],      one per answer, in input order
      "summary": {"answers", "failed", "findings", "errors", "warnings", "info",
                  "by_rule", "routes"}
    }

REPORT (also one line of the jsonl format):

    {"answer_id", "source", "record_line", "question_id", "findings", "metrics", "route",
     "risk", "error", "skipped", "engines"}

Each finding is `Finding.to_dict()` plus `line`, `column`, `end_line`, `end_column`
(1-based code points in the answer's text, end exclusive) and `matched` (the text at
start:end). `record_line` is the answer's line in its JSONL file, or null. `question_id`
groups the candidate answers of one question (null for a lone answer); their rank among
each other is in `metrics` (`rank`, 1 = best, `candidates`, `rank_reasons`), next to
`route_reasons`. Findings are ordered by position. `timings` appear only with the `timings`
option, because they differ from run to run and the same input must give the same output.
NaN and infinity, which JSON cannot hold, are written as null.
"""

from __future__ import annotations

import json
from typing import Any

from factlint.formats.base import Writer
from factlint.formats.records import AnswerRef, FindingRecord, json_safe
from factlint.model import Report
from factlint.registry import formats

FORMAT_VERSION = 1


def report_dict(
    ref: AnswerRef, report: Report, records: list[FindingRecord], timings: bool = False
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "answer_id": ref.answer_id,
        "source": ref.source,
        "record_line": ref.record_line,
        "question_id": ref.question_id,
        "findings": [r.finding_dict() for r in records],
        "metrics": report.metrics,
        "route": report.route,
        "risk": report.risk,
        "error": report.error,
        "skipped": report.skipped,
        "engines": report.engines,
    }
    if timings:
        data["timings"] = report.timings
    return json_safe(data)


# Characters that json.dumps leaves raw but str.splitlines() treats as line breaks: escaped,
# so that a JSONL line stays one line for every reader.
_SPLITTING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(data: Any, indent: int | None = None) -> str:
    # ensure_ascii=False: answers are prose in any language; keep them readable.
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_SPLITTING)


@formats.register("json")
class JsonWriter(Writer):
    name = "json"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.reports: list[dict[str, Any]] = []

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        self.reports.append(report_dict(ref, report, records, bool(self.options.get("timings"))))

    def finish(self) -> None:
        document = {
            "version": self.tool_version,
            "format_version": FORMAT_VERSION,
            "reports": self.reports,
            "summary": self.summary.to_dict(),
        }
        self.out.write(dumps(document, indent=2) + "\n")
