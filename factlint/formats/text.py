"""text: one line per finding, like a compiler, then a summary line.

    PATH:LINE:COL: SEVERITY RULE MESSAGE

- A plain file (.txt, .md): LINE and COL are the finding's 1-based line and column in the
  file, in code points (so "é" counts as one column).
- A JSONL record: the record (its line in the file and the answer id), then the finding's
  line and column inside the answer's text, as the json formats' `record_line`, `line` and
  `column` give them. A column inside a JSON string is not a column of the file, so the two
  are kept apart rather than joined as `PATH:LINE:COL`:

      batch.jsonl:12 [id=a1] 1:41: error fact/contradicted Spinach has ...

  Answers with no file (library use, shown as `<string>`) end with their id: `(id=q7)`.
- An answer that could not be processed (`Report.error`):

      PATH:LINE: error input MESSAGE
      batch.jsonl:4 [id=a1]: error input MESSAGE

  with LINE the record's line, or 1 for a whole file; the id where it says more than the line.
- Under a finding, indented lines give its evidence passages and suggestions
  (`details: False` leaves them out). Editors and problem matchers that read
  `PATH:LINE:COL:` skip them, as they skip the summary line:

      3 errors, 2 warnings in 4 answers

  (`quiet: True` leaves the summary out). Messages are flattened to one line.
"""

from __future__ import annotations

import json

from factlint.formats.base import Writer
from factlint.formats.records import AnswerRef, FindingRecord, one_line
from factlint.model import Report
from factlint.registry import formats

RESET, BOLD, DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"
SEVERITY_COLOR = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
EVIDENCE_CHARS = 200  # enough to show why a passage contradicts, short enough for a terminal
MAX_SUGGESTIONS = 5


def _clip(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


@formats.register("text")
class TextWriter(Writer):
    name = "text"

    @property
    def color(self) -> bool:
        return bool(self.options.get("color", False))

    def _paint(self, text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if self.color else text

    def _id_suffix(self, ref: AnswerRef) -> str:
        return f" (id={ref.answer_id})" if ref.needs_id and not ref.in_record else ""

    @staticmethod
    def _record(ref: AnswerRef) -> str:
        """'batch.jsonl:12 [id=a1]': which record of a JSONL file."""
        return f"{ref.path}:{ref.record_line}" + (f" [id={ref.answer_id}]" if ref.needs_id else "")

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        lines = []
        if report.error is not None:
            where = f"{self._record(ref)}:" if ref.in_record else f"{ref.path}:1:"
            # Errors that already name their place would otherwise say it twice.
            message = one_line(ref.strip_location(report.error))
            lines.append(
                f"{self._paint(where, BOLD)} {self._paint('error', SEVERITY_COLOR['error'])} "
                f"input {message}{self._id_suffix(ref)}"
            )
        details = self.options.get("details", True)
        for r in records:
            where = f"{self._record(ref)} {r.line}:{r.column}:" if r.in_record else f"{r.path}:{r.line}:{r.column}:"
            lines.append(
                f"{self._paint(where, BOLD)} "
                f"{self._paint(r.severity, SEVERITY_COLOR[r.severity])} "
                f"{self._paint(r.rule, DIM)} {one_line(r.message)}{self._id_suffix(ref)}"
            )
            if details:
                lines.extend(self._details(r))
        if lines:
            self.out.write("\n".join(lines) + "\n")

    def _details(self, r: FindingRecord) -> list[str]:
        out = []
        for e in r.evidence:
            about = [e.get("source") or "?"]
            if e.get("stance"):
                about.append(str(e["stance"]))
            if isinstance(e.get("score"), (int, float)):
                about.append(f"score {e['score']:.2f}")
            out.append(
                f"    evidence: passage {e.get('passage_id')} ({', '.join(about)}): "
                f"\"{_clip(str(e.get('text', '')), EVIDENCE_CHARS)}\""
            )
        if r.suggestions:
            shown = ", ".join(json.dumps(s, ensure_ascii=False) for s in r.suggestions[:MAX_SUGGESTIONS])
            more = len(r.suggestions) - MAX_SUGGESTIONS
            label = "suggestion" if len(r.suggestions) == 1 else "suggestions"
            out.append(f"    {label}: {shown}" + (f" (+{more} more)" if more > 0 else ""))
        return out

    def finish(self) -> None:
        if not self.options.get("quiet"):
            self.out.write(self.summary.line() + "\n")
