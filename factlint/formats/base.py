"""Writer: the interface every output format implements.

    writer = formats.get("sarif")(out, options)
    for answer, report in pairs:
        writer.write(answer, report)   # once per answer, in input order
    writer.close()                     # flushes accumulated output (json, sarif) and summaries

`out` is a text stream the caller owns (the writer never closes it). Options every writer
accepts, all optional:

- `tool_version` (str): factlint's version in headers; defaults to the installed version.
- `rules` (dict rule id -> {"description", "link", "severity", ...}): rule metadata for
  formats that describe rules (SARIF `tool.driver.rules`, reviewdog `code.url`); the keys
  are listed in `factlint.formats.rule_docs`.
- `color` (bool, text only), `quiet` (bool: no summary line in text),
  `details` (bool, text only: evidence and suggestion lines, default True),
  `timings` (bool, json/jsonl: include `Report.timings`, off by default so that the same
  input gives byte-identical output).
"""

from __future__ import annotations

from typing import Any, ClassVar, TextIO

from factlint.formats.records import AnswerRef, FindingRecord, Summary, answer_ref, build_records
from factlint.model import Answer, Report

# The project's home: the repository the built-in packs already link their rule files to
# (rules/en/default/style/slang.yml). factlint is not on PyPI, so no PyPI page. SARIF's
# informationUri and reviewdog's source url point here, and rule help links into it
# (factlint.formats.rule_docs); the `information_uri` option overrides it for a fork.
PROJECT_URL = "https://github.com/factlint/factlint"
INFORMATION_URI = PROJECT_URL


def default_tool_version() -> str:
    from factlint import __version__

    return __version__


class Writer:
    name: ClassVar[str] = ""

    def __init__(self, out: TextIO, options: dict[str, Any] | None = None) -> None:
        self.out = out
        self.options: dict[str, Any] = dict(options or {})
        self.summary = Summary()
        self._closed = False

    @property
    def tool_version(self) -> str:
        return str(self.options.get("tool_version") or default_tool_version())

    @property
    def rules(self) -> dict[str, dict[str, Any]]:
        return self.options.get("rules") or {}

    def rule_link(self, rule: str) -> str | None:
        return (self.rules.get(rule) or {}).get("link") or None

    def write(self, answer: Answer | None, report: Report) -> None:
        if self._closed:
            raise ValueError(f"{type(self).__name__} is closed")
        records = build_records(answer, report)
        self.summary.add(report, records)
        self.emit(answer_ref(answer, report), report, records)

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        """Render one answer: write it now (streaming formats) or keep it for `finish`."""
        raise NotImplementedError

    def finish(self) -> None:
        """Write whatever comes after the last answer."""

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.finish()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
