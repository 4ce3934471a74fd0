"""The data model: Answer, Finding, Evidence, Report.

Plain dataclasses with a JSON round-trip (`to_dict` / `from_dict`). Every output format
renders from these; JSON outputs only ever grow by new fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

CATEGORIES = ("fact", "grammar", "spelling", "style", "readability", "policy", "duplicate", "relevance")
SEVERITIES = ("error", "warning", "info")
ROUTES = ("pass", "review", "reject")

# Higher rank = more severe; used by --fail-on and for sorting.
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def _known(cls, data: dict) -> dict:
    """Keep only the keys `cls` declares, so newer JSON still loads into older code."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass
class Answer:
    id: str
    text: str
    question: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Answer:
        return cls(**_known(cls, data))


@dataclass
class Evidence:
    passage_id: int
    source: str | None
    text: str
    score: float
    stance: str | None = None  # "supports", "contradicts", "neutral" or None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Evidence:
        return cls(**_known(cls, data))


@dataclass
class Finding:
    rule: str  # "category/name", lower-case kebab
    category: str
    severity: str
    message: str
    start: int  # code-point offsets into Answer.text
    end: int
    suggestions: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float | None = None
    engine: str = "factlint"

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r} for rule {self.rule!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r} for rule {self.rule!r}")
        if self.start > self.end:
            raise ValueError(f"finding {self.rule!r} ends before it starts")

    def to_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [e.to_dict() for e in self.evidence]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        kwargs = _known(cls, data)
        kwargs["evidence"] = [Evidence.from_dict(e) for e in kwargs.get("evidence", [])]
        return cls(**kwargs)


@dataclass
class Report:
    answer_id: str
    source: str | None = None
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    risk: float = 0.0
    route: str = "pass"
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    # Checks that did not run on this answer, with the reason (language unsupported,
    # no index configured, a backend that could not be reached).
    skipped: dict[str, str] = field(default_factory=dict)
    engines: dict[str, str] = field(default_factory=dict)  # check name -> engine + version

    def to_dict(self) -> dict:
        data = asdict(self)
        data["findings"] = [f.to_dict() for f in self.findings]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        kwargs = _known(cls, data)
        kwargs["findings"] = [Finding.from_dict(f) for f in kwargs.get("findings", [])]
        return cls(**kwargs)

    def worst_severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)

    @classmethod
    def failed(cls, answer_id: str, source: str | None, error: str) -> Report:
        """A report that stands for an answer that could not be processed."""
        return cls(answer_id=answer_id, source=source, error=error, route="review", risk=1.0)
