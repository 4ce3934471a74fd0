"""Routing: a report's findings become a risk in [0, 1] and a route (pass, review, reject),
with the reasons a trainer reads. The policy is config (`[routing]`), not code."""

from __future__ import annotations

from factlint.config import RoutingConfig
from factlint.model import Report


def _matches(finding, names: list[str]) -> bool:
    return finding.rule in names or finding.category in names


def route(report: Report, policy: RoutingConfig) -> tuple[float, str, list[str]]:
    """(risk, route, reasons) for a report."""
    if report.error:
        return 1.0, "review", [f"could not be checked: {report.error}"]
    keep = 1.0
    for finding in report.findings:
        keep *= 1.0 - policy.weights.get(finding.severity, 0.0)
    risk = round(1.0 - keep, 4)

    reject = sorted({f.rule for f in report.findings if _matches(f, policy.reject_on)})
    if reject:
        return risk, "reject", [f"{rule} rejects" for rule in reject]
    review = sorted({f.rule for f in report.findings if f.severity == "error" or _matches(f, policy.review_on)})
    if review:
        return risk, "review", [f"{rule} needs review" for rule in review]
    if risk >= policy.review_risk:
        return risk, "review", [f"risk {risk:.2f} reaches review_risk {policy.review_risk}"]
    return risk, "pass", []
