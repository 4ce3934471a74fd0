"""jsonl: one report per line, written as each answer is done (streams large batches).

Each line is the REPORT object described in `factlint.formats.json_report`; every input
answer gives exactly one line, an error report included. No summary line: a consumer that
wants totals adds them up, and a stream of reports stays a stream of one kind of record.
"""

from __future__ import annotations

from factlint.formats.base import Writer
from factlint.formats.json_report import dumps, report_dict
from factlint.formats.records import AnswerRef, FindingRecord
from factlint.model import Report
from factlint.registry import formats


@formats.register("jsonl")
class JsonlWriter(Writer):
    name = "jsonl"

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        data = report_dict(ref, report, records, bool(self.options.get("timings")))
        self.out.write(dumps(data) + "\n")
