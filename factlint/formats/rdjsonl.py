"""rdjsonl: reviewdog's Diagnostic Format, one `Diagnostic` per line (`reviewdog -f=rdjsonl`).

    {"message": ..., "location": {"path": ..., "range": {"start": {"line", "column"},
     "end": {"line", "column"}}}, "severity": "ERROR"|"WARNING"|"INFO",
     "source": {"name": "factlint", "url": ...}, "code": {"value": RULE, "url": LINK},
     (LINK: the rule's documentation, see factlint.formats.rule_docs.help_uri)
     "suggestions": [{"range": ..., "text": ...}]}

As reviewdog's format defines them, lines and columns are 1-based, columns count UTF-8
bytes (not code points: "é" is two columns), and `end` is exclusive. Each suggestion
replaces the finding's range with its text, which is how reviewdog offers it as a
suggested change.

A JSONL record's range is its line only (no columns, no suggestions: text positions do
not match the file's, and a replacement there would corrupt the JSON), and the message ends
with the answer id. An answer that could not be processed gives an ERROR diagnostic with
code `input` at its record line (or line 1).
"""

from __future__ import annotations

from typing import Any

from factlint.formats.base import INFORMATION_URI, Writer
from factlint.formats.json_report import dumps
from factlint.formats.records import AnswerRef, FindingRecord
from factlint.formats.rule_docs import help_uri
from factlint.model import Report
from factlint.registry import formats

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


@formats.register("rdjsonl")
class RdjsonlWriter(Writer):
    name = "rdjsonl"

    @property
    def source(self) -> dict[str, str]:
        return {"name": "factlint", "url": self.options.get("information_uri") or INFORMATION_URI}

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        suffix = f" (id={ref.answer_id})" if ref.needs_id else ""
        lines = []
        if report.error is not None:
            lines.append(
                {
                    "message": ref.strip_location(report.error) + suffix,
                    "location": {"path": ref.path, "range": {"start": {"line": ref.record_line or 1}}},
                    "severity": "ERROR",
                    "source": self.source,
                    "code": {"value": "input"},
                }
            )
        for r in records:
            lines.append(self._diagnostic(r, suffix))
        for d in lines:
            self.out.write(dumps(d) + "\n")

    def _diagnostic(self, r: FindingRecord, suffix: str) -> dict[str, Any]:
        code: dict[str, str] = {"value": r.rule, "url": help_uri(r.rule, self.rules.get(r.rule))}
        d: dict[str, Any] = {"message": r.message + suffix}
        if r.in_record:
            d["location"] = {"path": r.path, "range": {"start": {"line": r.record_line}}}
        else:
            span = {
                "start": {"line": r.line, "column": r.byte_column},
                "end": {"line": r.end_line, "column": r.end_byte_column},
            }
            d["location"] = {"path": r.path, "range": span}
        d["severity"] = SEVERITY[r.severity]
        d["source"] = self.source
        d["code"] = code
        if r.suggestions and not r.in_record:
            d["suggestions"] = [{"range": d["location"]["range"], "text": s} for s in r.suggestions]
        return d
