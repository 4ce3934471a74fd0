"""csv: one row per answer, for a spreadsheet or pandas; streamed (a row per answer).

Columns, in this order (the header is the first row):

    answer_id, question_id, source, record_line, route, risk, rank, candidates, error,
    errors, warnings, info, rules, reasons, rank_reasons, question, answer

- `rank` (1 = best) and `candidates` (how many were ranked) are empty for a lone answer.
- `errors`, `warnings`, `info`: how many findings of each severity.
- `rules`: each rule found once, sorted, joined by "; ".
- `reasons`: why the route, `rank_reasons`: why the rank, each joined by "; ".
- `error`: why the answer could not be checked (the row is still there, route review).
- `question`, `answer`: the texts, line breaks kept (the csv module quotes them; read the
  file with `newline=""` as the csv module documents).

Options:

- `append` (bool): write no header, because rows are being added to an existing file
  (`factlint triage --resume`).
- `formula_guard` (bool, default True): prefix "'" to every text cell, ids and sources
  included, that a spreadsheet would run as a formula (see `guard_formula`): answers and
  ids alike come from untrusted input, and a trainer opens this file in Excel. A guarded
  cell reads back exactly with `unguard_formula` (`triage --resume` reads ids so); turn the
  guard off for byte-exact texts. Cells factlint makes from numbers are never guarded.

Risk is written with up to four decimals, as routing rounds it.

Resuming: a row can span several lines (an answer with line breaks is one quoted field), so
"cut the last unfinished line" is not enough after a kill: the cut may fall inside a quoted
answer. `whole_rows_length(path)` gives the bytes that hold only whole rows; truncate the
file there before reading it back and appending.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from factlint.formats.records import one_line
from factlint.formats.triage_view import TriageItem, TriageWriter, guard_formula
from factlint.registry import formats

COLUMNS = (
    "answer_id", "question_id", "source", "record_line", "route", "risk", "rank", "candidates",
    "error", "errors", "warnings", "info", "rules", "reasons", "rank_reasons", "question", "answer",
)
# Cells factlint writes from numbers; every other cell holds text and is guarded.
NUMERIC = ("record_line", "risk", "rank", "candidates", "errors", "warnings", "info")
JOIN = "; "


def _cell(value: object) -> str:
    return "" if value is None else str(value)


@formats.register("csv")
class CsvWriter(TriageWriter):
    name = "csv"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        # RFC 4180 line ends; the caller opens the file with newline="" so they stay \r\n.
        self._csv = csv.writer(out, lineterminator="\r\n")
        self._header_done = bool(self.options.get("append"))

    def _header(self) -> None:
        if not self._header_done:
            self._header_done = True
            self._csv.writerow(COLUMNS)

    def row(self, item: TriageItem) -> dict[str, str]:
        counts = item.severity_counts
        row = {
            "answer_id": item.answer_id,
            "question_id": item.question_id,
            "source": item.ref.source,
            "record_line": item.ref.record_line,
            "route": item.route,
            "risk": round(item.risk, 4),
            "rank": item.rank,
            "candidates": item.candidates,
            "error": one_line(item.error) if item.error else None,
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "rules": JOIN.join(item.rules),
            "reasons": JOIN.join(one_line(r) for r in item.route_reasons),
            "rank_reasons": JOIN.join(one_line(r) for r in item.rank_reasons),
            "question": item.question,
            "answer": item.text,
        }
        cells = {k: _cell(v) for k, v in row.items()}
        if self.options.get("formula_guard", True):
            for key in COLUMNS:
                if key not in NUMERIC:
                    cells[key] = guard_formula(cells[key])
        return cells

    def emit_item(self, item: TriageItem) -> None:
        self._header()
        cells = self.row(item)
        self._csv.writerow([cells[c] for c in COLUMNS])

    def finish(self) -> None:
        self._header()  # an empty run is still a valid CSV file with its columns


def whole_rows_length(path: str | Path, chunk: int = 1 << 20) -> int:
    """How many bytes at the start of the CSV file `path` hold only whole rows.

    This writer quotes every field with a quote or a line break and doubles inner quotes,
    so a line break ends a row exactly when an even number of quotes precede it. The file
    is read in chunks (twice at most: once to count quotes, then backwards from the end
    to the last line break outside quotes), so a file of millions of rows is not held."""
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        quotes = sum(block.count(b'"') for block in iter(lambda: handle.read(chunk), b""))
        after = 0  # quotes between the scan point and the end of the file
        pos = size
        while pos > 0:
            start = max(0, pos - chunk)
            handle.seek(start)
            block = handle.read(pos - start)
            i = len(block)
            while (j := block.rfind(b"\n", 0, i)) != -1:
                after += block.count(b'"', j + 1, i)
                if (quotes - after) % 2 == 0:
                    return start + j + 1
                i = j
            after += block.count(b'"', 0, i)
            pos = start
    return 0
