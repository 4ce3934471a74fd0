"""Reports as the service answers them: the same JSON as `factlint check --format json`
(one document) and `factlint triage --format jsonl` (one report per line), written by the
same writers, so every door returns the same report JSON in the same order."""

from __future__ import annotations

import io

from factlint.formats.json_report import JsonWriter
from factlint.formats.jsonl import JsonlWriter
from factlint.model import Answer, Report


def _written(writer_class, answers: list[Answer], reports: list[Report], timings: bool) -> str:
    out = io.StringIO()
    writer = writer_class(out, {"timings": timings})
    for answer, report in zip(answers, reports):
        writer.write(answer, report)
    writer.close()
    return out.getvalue()


def json_document(answers: list[Answer], reports: list[Report], timings: bool = False) -> str:
    return _written(JsonWriter, answers, reports, timings)


def jsonl_lines(answers: list[Answer], reports: list[Report], timings: bool = False) -> str:
    return _written(JsonlWriter, answers, reports, timings)
