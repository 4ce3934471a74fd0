"""sarif: a SARIF 2.1.0 log (one run), written on `close()`, for GitHub code scanning and
other SARIF viewers.

- `runs[0].tool.driver`: name "factlint", version, informationUri (the project's repository,
  `information_uri` option), and `rules`: one reportingDescriptor per rule that has a result
  (sorted by id), each with a PascalCase name, shortDescription in words, fullDescription,
  help (text and markdown, with the rule's examples when the `rules` option has them),
  helpUri and defaultConfiguration.level, as GitHub code scanning and the SARIF validator
  want every rule to have them. What the `rules` option does not say is filled in by
  `factlint.formats.rule_docs` (a description from the id in words, a help URI by category).
- `runs[0].columnKind` is "unicodeCodePoints": columns and charOffset/charLength count code
  points, as factlint's offsets do (SARIF's default would be UTF-16 code units).
- Each finding is a result: ruleId, ruleIndex, level (error, warning, or note for info),
  message.text, one physical location, `partialFingerprints`, and `properties` (answerId,
  category, engine, confidence, matched text, evidence passages).
  - `partialFingerprints["factlintFinding/v1"]` identifies a finding across runs while the
    text around it changes: a hash of the rule, the file, the answer id, the matched text
    (white space folded) and which occurrence of that text in the answer it is; not of its
    line, so a finding that moves is the same alert on GitHub.
  - Artifact URIs: a path under the working directory (the `root` option) is written
    relative to it, with "/" (GitHub resolves relative URIs against the checkout); any other
    absolute path is a file:// URI.
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

import hashlib
import json
import os
from collections import Counter
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from factlint.formats.base import INFORMATION_URI, Writer
from factlint.formats.records import AnswerRef, FindingRecord, json_safe
from factlint.formats.rule_docs import rule_doc
from factlint.model import Report
from factlint.registry import formats

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


FINGERPRINT = "factlintFinding/v1"


def _relative_to(path: str, root: str | None) -> str | None:
    """`path` relative to the directory `root`, with "/", or None when it is not under it."""
    if not root:
        return None
    if PureWindowsPath(path).drive:
        path_, root_ = PureWindowsPath(path), PureWindowsPath(root)
    else:  # "/repo/docs/../x.md" is under "/repo"
        path_, root_ = PurePosixPath(os.path.normpath(path)), PurePosixPath(os.path.normpath(root))
    try:
        rel = path_.relative_to(root_)
    except ValueError:
        return None
    return rel.as_posix() if str(rel) != "." else None


def artifact_uri(path: str, root: str | None = None) -> str:
    """A URI reference for a path: relative paths stay relative (GitHub resolves them
    against the repository), as do absolute ones under `root` (the working directory);
    any other absolute path becomes a file:// URI."""
    if PureWindowsPath(path).drive or path.startswith("/"):
        rel = _relative_to(path, root)
        if rel is not None:
            return quote(rel, safe="/")
        pure = PureWindowsPath(path) if PureWindowsPath(path).drive else PurePath(path)
        try:
            return pure.as_uri()
        except ValueError:
            pass
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return quote(path, safe="/")


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
        self.root = self.options.get("root") or os.getcwd()
        # How often each (file, answer, rule, matched text) was seen: the occurrence number
        # keeps fingerprints of repeated identical findings apart.
        self._seen: Counter = Counter()
        self._fingerprints: list[str] = []

    def uri(self, path: str) -> str:
        return artifact_uri(path, self.root)

    def _fingerprint(self, ref: AnswerRef, r: FindingRecord) -> str:
        key = (self.uri(ref.path), r.answer_id, r.rule, " ".join(r.matched.split()))
        self._seen[key] += 1
        data = "\x00".join([*key, str(self._seen[key])])
        return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        if report.error is not None:
            region = {"startLine": ref.record_line} if ref.record_line else None
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": ref.strip_location(report.error)},
                    "locations": [_physical(self.uri(ref.path), region)],
                    "descriptor": {"id": "input"},
                    "properties": {"answerId": ref.answer_id},
                }
            )
        for r in records:
            self.findings.append((ref, r))
            self._fingerprints.append(self._fingerprint(ref, r))

    def _rule_descriptors(self) -> tuple[list[dict[str, Any]], dict[str, int]]:
        first_severity: dict[str, str] = {}
        for _, r in self.findings:
            first_severity.setdefault(r.rule, r.severity)
        descriptors = []
        for rule in sorted(first_severity):
            meta = dict(self.rules.get(rule) or {})
            meta.setdefault("severity", first_severity[rule])
            doc = rule_doc(rule, meta)
            descriptors.append({
                "id": rule,
                "name": doc.name,
                "shortDescription": {"text": doc.short},
                "fullDescription": {"text": doc.full},
                "help": {"text": doc.help_text, "markdown": doc.help_markdown},
                "helpUri": doc.help_uri,
                "defaultConfiguration": {"level": LEVEL.get(meta["severity"], "warning")},
                "properties": {"category": rule.split("/", 1)[0]},
            })
        return descriptors, {d["id"]: i for i, d in enumerate(descriptors)}

    def _result(self, ref: AnswerRef, r: FindingRecord, index: int, fingerprint: str) -> dict[str, Any]:
        uri = self.uri(ref.path)
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
        result["partialFingerprints"] = {FINGERPRINT: fingerprint}
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
            "results": [
                self._result(ref, r, index[r.rule], fp) for (ref, r), fp in zip(self.findings, self._fingerprints)
            ],
            "properties": {"summary": self.summary.to_dict()},
        }
        return json_safe({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]})

    def finish(self) -> None:
        self.out.write(json.dumps(self.log(), ensure_ascii=False, indent=2) + "\n")
