"""sarif: a SARIF 2.1.0 log (one run), written on `close()`, for GitHub code scanning and
other SARIF viewers.

- `runs[0].tool.driver`: name "factlint", version, informationUri, and `rules`: one
  reportingDescriptor per rule that has a result (sorted by id), with shortDescription,
  helpUri and defaultConfiguration.level from the `rules` option when it knows the rule.
- `runs[0].columnKind` is "unicodeCodePoints": columns and charOffset/charLength count code
  points, as factlint's offsets do (SARIF's default would be UTF-16 code units).
- Each finding is a result: ruleId, ruleIndex, level (error, warning, or note for info),
  message.text, one physical location, and `properties` (answerId, category, engine,
  confidence, matched text, evidence passages).
  - In a plain file the region has startLine, startColumn, endLine, endColumn (exclusive),
    charOffset and charLength, and suggestions become `fixes` (one replacement each).
  - In a JSONL record the region is the record's line only (text columns do not match the
    file's), no fix is offered, and the position inside the answer's text is kept in
    `properties.textRegion`.
- An answer that could not be processed becomes an error notification in
  `invocations[0].toolExecutionNotifications` (with its file and record line), and
  `executionSuccessful` is false when there is any, as factlint then exits 2.
"""

from __future__ import annotations

import json
from pathlib import PurePath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from factlint.formats.base import INFORMATION_URI, Writer
from factlint.formats.records import AnswerRef, FindingRecord, json_safe
from factlint.model import Report
from factlint.registry import formats

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (GitHub resolves them
    against the repository), absolute ones become file:// URIs."""
    if PureWindowsPath(path).drive or path.startswith("/"):
        pure = PureWindowsPath(path) if PureWindowsPath(path).drive else PurePath(path)
        try:
            return pure.as_uri()
        except ValueError:
            pass
    return quote(path.replace("\\", "/"), safe="/")


def _physical(uri: str, region: dict[str, Any] | None) -> dict[str, Any]:
    loc: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if region:
        loc["region"] = region
    return {"physicalLocation": loc}


def _text_region(r: FindingRecord) -> dict[str, int]:
    return {
        "startLine": r.line,
        "startColumn": r.column,
        "endLine": r.end_line,
        "endColumn": r.end_column,
        "charOffset": r.start,
        "charLength": r.end - r.start,
    }


@formats.register("sarif")
class SarifWriter(Writer):
    name = "sarif"

    def __init__(self, out, options=None) -> None:
        super().__init__(out, options)
        self.findings: list[tuple[AnswerRef, FindingRecord]] = []
        self.notifications: list[dict[str, Any]] = []

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        if report.error is not None:
            region = {"startLine": ref.record_line} if ref.record_line else None
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": ref.strip_location(report.error)},
                    "locations": [_physical(artifact_uri(ref.path), region)],
                    "descriptor": {"id": "input"},
                    "properties": {"answerId": ref.answer_id},
                }
            )
        self.findings.extend((ref, r) for r in records)

    def _rule_descriptors(self) -> tuple[list[dict[str, Any]], dict[str, int]]:
        first_severity: dict[str, str] = {}
        for _, r in self.findings:
            first_severity.setdefault(r.rule, r.severity)
        descriptors = []
        for rule in sorted(first_severity):
            meta = self.rules.get(rule) or {}
            severity = meta.get("severity") or first_severity[rule]
            d: dict[str, Any] = {
                "id": rule,
                "shortDescription": {"text": meta.get("description") or rule},
            }
            if meta.get("link"):
                d["helpUri"] = meta["link"]
            d["defaultConfiguration"] = {"level": LEVEL.get(severity, "warning")}
            d["properties"] = {"category": rule.split("/", 1)[0]}
            descriptors.append(d)
        return descriptors, {d["id"]: i for i, d in enumerate(descriptors)}

    def _result(self, ref: AnswerRef, r: FindingRecord, index: int) -> dict[str, Any]:
        uri = artifact_uri(ref.path)
        properties: dict[str, Any] = {
            "answerId": r.answer_id,
            "category": r.category,
            "engine": r.engine,
            "matched": r.matched,
        }
        if r.confidence is not None:
            properties["confidence"] = r.confidence
        if r.evidence:
            properties["evidence"] = r.evidence
        if r.suggestions:
            properties["suggestions"] = list(r.suggestions)
        result: dict[str, Any] = {
            "ruleId": r.rule,
            "ruleIndex": index,
            "level": LEVEL[r.severity],
            "message": {"text": r.message},
        }
        if r.in_record:
            result["locations"] = [_physical(uri, {"startLine": r.record_line})]
            properties["recordLine"] = r.record_line
            properties["textRegion"] = _text_region(r)
        else:
            result["locations"] = [_physical(uri, _text_region(r))]
            if r.suggestions:
                result["fixes"] = [
                    {
                        "description": {"text": f"Replace with {json.dumps(s, ensure_ascii=False)}"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": _text_region(r),
                                        "insertedContent": {"text": s},
                                    }
                                ],
                            }
                        ],
                    }
                    for s in r.suggestions
                ]
        result["properties"] = properties
        return result

    def log(self) -> dict[str, Any]:
        """The SARIF log as a dict (what `close()` writes)."""
        descriptors, index = self._rule_descriptors()
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "factlint",
                    "version": self.tool_version,
                    "informationUri": self.options.get("information_uri") or INFORMATION_URI,
                    "rules": descriptors,
                }
            },
            "invocations": [
                {
                    "executionSuccessful": not self.notifications,
                    "toolExecutionNotifications": self.notifications,
                }
            ],
            "columnKind": "unicodeCodePoints",
            "results": [self._result(ref, r, index[r.rule]) for ref, r in self.findings],
            "properties": {"summary": self.summary.to_dict()},
        }
        return json_safe({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]})

    def finish(self) -> None:
        self.out.write(json.dumps(self.log(), ensure_ascii=False, indent=2) + "\n")
