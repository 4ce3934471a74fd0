"""TriageItem: what the triage formats (csv, labelstudio, argilla, html) show of one answer.

The check formats render from an AnswerRef, the Report and its FindingRecords. The triage
formats also need the answer's own text and question (to show it, to place labels on it),
so `TriageWriter` keeps the Answer beside them and hands each writer one `TriageItem`:

    ref, report, records         as for every writer (see records.py)
    text, question               the answer's text ("" when the report is an error without one)
    question_id                  candidates of one question share it (None for a lone answer)
    route, risk, error           from the Report
    rank, candidates             the answer's rank among its question's candidates (1 = best),
                                 and how many were ranked; None for a lone answer
    route_reasons, rank_reasons  the reasons a trainer reads, from Report.metrics
    best, margin, criteria       the best candidate of its question; what put it above the next
                                 one (`to`, `criterion`, `detail`, `close`); each ranking
                                 criterion in words, for the side-by-side views (factlint.ranking)

Nothing here is specific to one output: positions, paths and the JSON-safe values come
from records.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from factlint.formats.base import Writer
from factlint.formats.records import AnswerRef, FindingRecord
from factlint.model import SEVERITIES, Answer, Report

# Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")
GUARDED_STARTS = (*FORMULA_STARTS, "'")


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _str_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


@dataclass(frozen=True)
class TriageItem:
    ref: AnswerRef
    report: Report
    records: list[FindingRecord]
    text: str
    question: str | None

    @property
    def answer_id(self) -> str:
        return self.ref.answer_id

    @property
    def question_id(self) -> str | None:
        return self.ref.question_id

    @property
    def route(self) -> str:
        return self.report.route

    @property
    def risk(self) -> float:
        return float(self.report.risk)

    @property
    def error(self) -> str | None:
        return self.report.error

    @property
    def rank(self) -> int | None:
        return _int_or_none(self.report.metrics.get("rank"))

    @property
    def candidates(self) -> int | None:
        return _int_or_none(self.report.metrics.get("candidates"))

    @property
    def route_reasons(self) -> list[str]:
        return _str_list(self.report.metrics.get("route_reasons"))

    @property
    def rank_reasons(self) -> list[str]:
        return _str_list(self.report.metrics.get("rank_reasons"))

    @property
    def best(self) -> bool:
        return self.report.metrics.get("best") is True

    @property
    def margin(self) -> dict[str, Any] | None:
        margin = self.report.metrics.get("margin")
        return margin if isinstance(margin, dict) else None

    @property
    def margin_reason(self) -> str | None:
        """Why this candidate ranks above the next one, in words."""
        m = self.margin
        if not m:
            return None
        return f"ranked above {m.get('to')}: " + next(
            (r.split(": ", 1)[1] for r in self.rank_reasons if r.startswith(f"ranked above {m.get('to')}: ")),
            str(m.get("detail", "")),
        )

    @property
    def criteria(self) -> dict[str, str]:
        value = self.report.metrics.get("criteria")
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @property
    def severity_counts(self) -> dict[str, int]:
        counts = Counter(r.severity for r in self.records)
        return {s: counts[s] for s in SEVERITIES}

    @property
    def rules(self) -> list[str]:
        """Each rule found in the answer once, sorted."""
        return sorted({r.rule for r in self.records})

    @property
    def group_key(self) -> tuple[str, str]:
        """What puts answers together in a report: the question id, else the question's
        text; answers with neither share one group ("none")."""
        if self.question_id is not None:
            return ("id", self.question_id)
        if self.question:
            return ("question", self.question)
        return ("none", "")


def guard_formula(value: str) -> str:
    """`value` with a leading quote when a spreadsheet would run it as a formula.

    Answers are untrusted text; a cell that starts with "=", "+", "@" (or "-" followed by
    something other than a space, as in "-2+3+cmd|...") is evaluated by Excel and LibreOffice.
    A leading "'" makes them show it as text. A markdown list item ("- spinach") is left alone.
    A value that starts with "'" gets one more, so that `unguard_formula` gives back exactly
    what was guarded (ids are read back by `triage --resume`).
    """
    if not value:
        return value
    if value.startswith(GUARDED_STARTS) or (value[0] == "-" and len(value) > 1 and not value[1].isspace()):
        return "'" + value
    return value


def unguard_formula(value: str) -> str:
    """The value `guard_formula` was given: unguard_formula(guard_formula(x)) == x for every x."""
    if value.startswith("'") and guard_formula(value[1:]) == value:
        return value[1:]
    return value


class TriageWriter(Writer):
    """A Writer that also sees the Answer: subclasses implement `emit_item`."""

    _answer: Answer | None = None

    def write(self, answer: Answer | None, report: Report) -> None:
        self._answer = answer
        try:
            super().write(answer, report)
        finally:
            self._answer = None

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        answer = self._answer
        question = answer.question if answer is not None else None
        self.emit_item(
            TriageItem(
                ref=ref,
                report=report,
                records=records,
                text=answer.text if answer is not None else "",
                question=question if isinstance(question, str) else None,
            )
        )

    def emit_item(self, item: TriageItem) -> None:
        raise NotImplementedError

    @property
    def model_version(self) -> str:
        """How the annotation tools name what made the pre-annotations."""
        return f"factlint {self.tool_version}"
