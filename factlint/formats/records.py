"""FindingRecord: the one flat structure every output format renders from.

A record is built once per finding from an Answer and its Report. Writers never look at
checks or Documents: they read records (and the Report for metrics, route and error).

Positions
---------
`start`/`end` are code-point offsets into `Answer.text` (as in the data model). From them:

- `line`, `column`, `end_line`, `end_column`: 1-based, counted in code points inside the
  answer's text. The end is exclusive (the column after the last character), as SARIF's
  `endColumn` and reviewdog's `end` are. CR, LF and CRLF all end a line.
- `byte_column`, `end_byte_column`: the same columns counted in UTF-8 bytes, which is what
  reviewdog's format asks for.

Where the answer sits in a file:

- A plain file (.txt, .md, stdin): the answer's text is the whole file, so the text
  position is the file position.
- A JSONL record (`Answer.meta["line"]` is set, kept as `record_line`): the text lives inside
  a JSON string on line `record_line` of the file, so text columns do not match file columns.
  Formats for people (text) show `record_line` and the answer id, then `line:column` inside
  the answer's text: `batch.jsonl:12 [id=a1] 1:57`. Formats for machines that place
  marks in files (sarif, github, rdjsonl) give the record's line only, without columns, and
  never a fix: a column or replacement there would point into the JSON syntax.

Paths: `Answer.source` is the file the answer came from; "-" (stdin) is shown as
`<stdin>`, and None (library use) as `<string>`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factlint.model import SEVERITY_RANK, Answer, Report

STDIN_PATH = "<stdin>"
LIBRARY_PATH = "<string>"

LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns code-point offsets of one text into 1-based lines and columns."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]

    def clamp(self, offset: int) -> int:
        # A finding past the end of the text is a bug elsewhere; render it, don't crash on it.
        return min(max(offset, 0), len(self.text))

    def _line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = self.clamp(offset)
        i = self._line_of(offset)
        return i + 1, offset - self.starts[i] + 1

    def byte_column(self, offset: int) -> int:
        offset = self.clamp(offset)
        i = self._line_of(offset)
        prefix = self.text[self.starts[i] : offset]
        return len(prefix.encode("utf-8", "surrogatepass")) + 1


@dataclass(frozen=True)
class AnswerRef:
    """Where one answer came from, as the formats show it."""

    path: str  # display path: the source, <stdin> or <string>
    source: str | None  # Answer.source as given
    answer_id: str
    record_line: int | None  # line of the JSONL record, None for a plain file
    # Candidates of one question share it (`Answer.meta["question_id"]`); None for a lone answer.
    question_id: str | None = None

    @property
    def in_record(self) -> bool:
        return self.record_line is not None

    @property
    def needs_id(self) -> bool:
        """The path alone does not say which answer (a JSONL record, or no file at all),
        and the id says more than the location does (readers name records "path:line")."""
        if self.record_line is None and self.source is not None:
            return False
        return self.answer_id not in (self.source, f"{self.source}:{self.record_line}")

    def strip_location(self, message: str) -> str:
        """`message` without a leading "path:line:" or "path:" naming this answer's place,
        for formats that give the place separately (readers' errors start with it)."""
        for name in dict.fromkeys(n for n in (self.source, self.path) if n):
            for prefix in (f"{name}:{self.record_line}:", f"{name}:"):
                if message.startswith(prefix):
                    return message[len(prefix) :].lstrip()
        return message


def display_path(source: str | None) -> str:
    if source is None:
        return LIBRARY_PATH
    if source == "-":
        return STDIN_PATH
    return source


def answer_ref(answer: Answer | None, report: Report) -> AnswerRef:
    source = report.source if report.source is not None else (answer.source if answer else None)
    line = (answer.meta or {}).get("line") if answer is not None else None
    try:
        record_line = int(line) if line is not None else None
    except (TypeError, ValueError):
        record_line = None
    question_id = (answer.meta or {}).get("question_id") if answer is not None else None
    return AnswerRef(
        path=display_path(source),
        source=source,
        answer_id=str(report.answer_id),
        record_line=record_line,
        question_id=str(question_id) if question_id is not None else None,
    )


@dataclass(frozen=True)
class FindingRecord:
    path: str
    source: str | None
    answer_id: str
    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    byte_column: int
    end_byte_column: int
    record_line: int | None
    matched: str
    suggestions: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    confidence: float | None = None
    engine: str = "factlint"

    @property
    def in_record(self) -> bool:
        return self.record_line is not None

    @property
    def shown_position(self) -> tuple[int, int]:
        """(line, column) a person is shown: see the module docstring for JSONL records."""
        if self.record_line is not None:
            return self.record_line, self.start + 1
        return self.line, self.column

    def finding_dict(self) -> dict[str, Any]:
        """The finding as in `Finding.to_dict()`, plus the derived position and match."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "matched": self.matched,
            "suggestions": list(self.suggestions),
            "evidence": [dict(e) for e in self.evidence],
            "confidence": self.confidence,
            "engine": self.engine,
        }


def build_records(answer: Answer | None, report: Report) -> list[FindingRecord]:
    """One record per finding of `report`, ordered by position (ties keep report order)."""
    ref = answer_ref(answer, report)
    if not report.findings:
        return []
    text = answer.text if answer is not None else ""
    index = LineIndex(text)
    records = []
    for f in report.findings:
        start, end = index.clamp(f.start), index.clamp(f.end)
        line, column = index.line_col(start)
        end_line, end_column = index.line_col(end)
        records.append(
            FindingRecord(
                path=ref.path,
                source=ref.source,
                answer_id=ref.answer_id,
                rule=f.rule,
                category=f.category,
                severity=f.severity,
                message=f.message,
                start=start,
                end=end,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                byte_column=index.byte_column(start),
                end_byte_column=index.byte_column(end),
                record_line=ref.record_line,
                matched=text[start:end],
                suggestions=[str(s) for s in f.suggestions],
                evidence=[e.to_dict() for e in f.evidence],
                confidence=f.confidence,
                engine=f.engine,
            )
        )
    records.sort(key=lambda r: (r.start, r.end))
    return records


def one_line(text: str) -> str:
    """A message on one line: formats that are line-based must not be split by it."""
    return LINE_BREAK.sub(" ", text).strip()


def json_safe(value: Any) -> Any:
    """Plain JSON values: NaN/inf become null (JSON has neither), numpy scalars become Python."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if hasattr(value, "item"):  # numpy scalar
        return json_safe(value.item())
    if hasattr(value, "tolist"):  # numpy array
        return json_safe(value.tolist())
    return str(value)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class Summary:
    """Counts over every answer a writer has seen."""

    answers: int = 0
    failed: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    routes: Counter = field(default_factory=Counter)

    def add(self, report: Report, records: list[FindingRecord]) -> None:
        self.answers += 1
        if report.error is not None:
            self.failed += 1
        self.routes[report.route] += 1
        for r in records:
            self.by_severity[r.severity] += 1
            self.by_rule[r.rule] += 1

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())

    def worst_severity(self) -> str | None:
        present = [s for s, n in self.by_severity.items() if n]
        return max(present, key=SEVERITY_RANK.__getitem__) if present else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "failed": self.failed,
            "findings": self.findings,
            "errors": self.by_severity["error"],
            "warnings": self.by_severity["warning"],
            "info": self.by_severity["info"],
            "by_rule": dict(sorted(self.by_rule.items())),
            "routes": dict(sorted(self.routes.items())),
        }

    def line(self) -> str:
        """'3 errors, 2 warnings in 4 answers', with info and failures named when present."""
        parts = [
            _plural(self.by_severity["error"], "error"),
            _plural(self.by_severity["warning"], "warning"),
        ]
        if self.by_severity["info"]:
            parts.append(f"{self.by_severity['info']} info")
        text = f"{', '.join(parts)} in {_plural(self.answers, 'answer')}"
        if self.failed:
            text += f" ({self.failed} could not be checked)"
        return text
