"""triage-text: the triage of each question for a person at a terminal (`triage --format text`).

The candidates of one question are shown together, best first: first the ranking criteria
of every candidate side by side (one row each, with the criterion that put it above the next
one), then each candidate with its rank, route, risk and reasons, why it ranks above the next
one, and its findings with their evidence:

    question iron: What foods should I eat to get more iron in my body?
      rank  id      facts           policy  relevance       grammar  simplicity  style  over next
      #1    iron-c  2 supported     ok      answers (0.77)  0        grade 8.1   0      facts
      #2    iron-a  1 contradicted  ok      answers (0.79)  0        grade 6.3   0
      #1 iron-c   pass    risk 0.02
           ranked above iron-a: iron-a states a fact the evidence contradicts
      #2 iron-a   reject  risk 0.75  fact/contradicted rejects
         1:62 error fact/contradicted Says 18 mg; the evidence says 8 mg.
             evidence: passage 12 (corpus.jsonl, contradicts, score 0.71): "Adult men need 8 mg ..."

Positions are `line:column` inside the answer's text. A question's group is written as soon
as the next question starts, so this streams like the other line formats.
"""

from __future__ import annotations

from factlint.formats.records import one_line
from factlint.formats.text import SEVERITY_COLOR, TextWriter
from factlint.formats.triage_view import TriageItem, TriageWriter
from factlint.registry import formats

ROUTE_COLOR = {"pass": "\x1b[32m", "review": "\x1b[33m", "reject": "\x1b[31m"}


@formats.register("triage-text")
class TriageTextWriter(TriageWriter, TextWriter):
    name = "triage-text"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self._group: list[TriageItem] = []

    def emit_item(self, item: TriageItem) -> None:
        if self._group and (item.question_id is None or item.question_id != self._group[-1].question_id):
            self._flush()
        self._group.append(item)

    def _flush(self) -> None:
        if not self._group:
            return
        first = self._group[0]
        lines = []
        if first.question_id is not None or first.question:
            label = f"question {first.question_id}" if first.question_id is not None else "question"
            lines.append(self._paint(f"{label}: {one_line(first.question or '')}".rstrip(": "), "\x1b[1m"))
        width = max(len(i.answer_id) for i in self._group)
        ordered = sorted(self._group, key=lambda i: (i.rank or 0))
        lines.extend(self._criteria(ordered))
        for item in ordered:
            rank = f"#{item.rank}" if item.rank else " -"
            route = self._paint(f"{item.route:<6}", ROUTE_COLOR.get(item.route, ""))
            reasons = "; ".join(item.route_reasons)
            lines.append(f"  {rank} {item.answer_id:<{width}}  {route}  risk {item.risk:.2f}  {reasons}".rstrip())
            if item.margin_reason:
                close = " (a close call)" if item.margin and item.margin.get("close") and "close call" not in item.margin_reason else ""
                lines.append(f"       {one_line(item.margin_reason)}{close}")
            if item.error:
                lines.append(f"       {self._paint('error', SEVERITY_COLOR['error'])} {one_line(item.ref.strip_location(item.error))}")
            for r in item.records:
                lines.append(
                    f"       {r.line}:{r.column} {self._paint(r.severity, SEVERITY_COLOR[r.severity])} "
                    f"{r.rule} {one_line(r.message)}"
                )
                lines.extend("         " + d.lstrip() for d in self._details(r))
        self.out.write("\n".join(lines) + "\n")
        self._group = []

    @staticmethod
    def _criteria(ordered: list[TriageItem]) -> list[str]:
        """The ranking criteria of ranked candidates side by side: a row each, a column each."""
        ranked = [i for i in ordered if i.rank and i.criteria]
        if len(ranked) < 2:
            return []
        names = list(dict.fromkeys(name for item in ranked for name in item.criteria))
        rows = [["rank", "id", *names, "over next"]]
        for item in ranked:
            over = str(item.margin.get("criterion", "")) if item.margin else ""
            rows.append([f"#{item.rank}", item.answer_id, *(one_line(item.criteria.get(n, "")) for n in names), over])
        widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
        return ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]

    def finish(self) -> None:
        self._flush()
        if not self.options.get("quiet"):
            self.out.write(self.summary.line() + "\n")
