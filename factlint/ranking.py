"""Ranking: order the candidate answers of one question, best first, with the reasons.

Candidates belong together when they share `Answer.meta["question_id"]` (set by the readers
for a record's `candidates` list, or by the caller). An answer with a contradicted fact always
ranks below every candidate without one (a confident, well-written answer with a wrong dose
must never come first); then the order is by route (pass, then review, then reject), then by
the worst severity found, then risk, then the number of findings; ties keep input order. Each report gets `metrics["rank"]` (1 = best), `metrics["candidates"]` (how
many were ranked) and `metrics["rank_reasons"]`.
"""

from __future__ import annotations

from collections import Counter

from factlint.model import ROUTES, SEVERITY_RANK, Answer, Report


def group_key(answer: Answer) -> str | None:
    return answer.meta.get("question_id")


CONTRADICTED = "fact/contradicted"


def _contradicted(report: Report) -> int:
    return sum(f.rule == CONTRADICTED for f in report.findings)


def _sort_key(report: Report) -> tuple:
    worst = report.worst_severity()
    return (
        _contradicted(report) > 0,
        report.error is not None,
        ROUTES.index(report.route),
        SEVERITY_RANK[worst] if worst else -1,
        report.risk,
        len(report.findings),
    )


def _summary(report: Report) -> str:
    if report.error:
        return "could not be checked"
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info") if counts[s]]
    return f"{report.route}, risk {report.risk:.2f}, " + (", ".join(parts) if parts else "no findings")


def rank_group(reports: list[Report]) -> None:
    """Rank the reports of one question in place."""
    ordered = sorted(range(len(reports)), key=lambda i: (_sort_key(reports[i]), i))
    for rank, i in enumerate(ordered, start=1):
        report = reports[i]
        reasons = [_summary(report)]
        if rank > 1:
            better = reports[ordered[rank - 2]]
            if _contradicted(report) and not _contradicted(better):
                reasons.append(f"ranked below {better.answer_id}: it states a fact the evidence contradicts")
            else:
                reasons.append(f"ranked below {better.answer_id}")
        top_rules = sorted({f.rule for f in report.findings if f.severity != "info"})
        if top_rules:
            reasons.append("findings: " + ", ".join(top_rules))
        report.metrics["rank"] = rank
        report.metrics["candidates"] = len(reports)
        report.metrics["rank_reasons"] = reasons


def rank_batch(answers: list[Answer], reports: list[Report]) -> None:
    """Rank every group of candidates found in a batch (answers and reports in the same order)."""
    groups: dict[str, list[Report]] = {}
    for answer, report in zip(answers, reports):
        key = group_key(answer)
        if key is not None:
            groups.setdefault(key, []).append(report)
    for members in groups.values():
        if len(members) > 1:
            rank_group(members)
