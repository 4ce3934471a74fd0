"""github: GitHub Actions workflow commands, which GitHub shows as annotations on the files.

    ::error file=notes.md,line=3,col=17,endLine=3,endColumn=22,title=style/slang::MESSAGE

- Severity error -> `::error`, warning -> `::warning`, info -> `::notice`.
- Columns are 1-based code points, `endColumn` exclusive. GitHub accepts columns only when
  the annotation starts and ends on the same line, so a finding over several lines gives
  `line` and `endLine` only.
- A JSONL record: `line`/`endLine` are the record's line, with no columns (text columns do
  not match the file's), and the message ends with the answer id.
- An answer with no file (stdin, library use) has no `file` property.
- An answer that could not be processed: `::error file=...,line=N,title=input::MESSAGE`.

Escaping as GitHub's toolkit does: in the message `%`, CR and LF become `%25`, `%0D`,
`%0A`; in property values `:` and `,` also become `%3A` and `%2C`.
"""

from __future__ import annotations

from factlint.formats.base import Writer
from factlint.formats.records import AnswerRef, FindingRecord
from factlint.model import Report
from factlint.registry import formats

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


@formats.register("github")
class GithubWriter(Writer):
    name = "github"

    def emit(self, ref: AnswerRef, report: Report, records: list[FindingRecord]) -> None:
        file = ref.source if ref.source not in (None, "-") else None
        suffix = f" (id={ref.answer_id})" if ref.needs_id else ""
        lines = []
        if report.error is not None:
            props = {"file": file, "line": ref.record_line or (1 if file else None), "title": "input"}
            lines.append(command("error", props, ref.strip_location(report.error) + suffix))
        for r in records:
            if r.in_record:
                props = {"file": file, "line": r.record_line, "endLine": r.record_line}
            elif r.line == r.end_line:
                props = {
                    "file": file,
                    "line": r.line,
                    "col": r.column,
                    "endLine": r.end_line,
                    "endColumn": r.end_column,
                }
            else:
                props = {"file": file, "line": r.line, "endLine": r.end_line}
            if file is None:
                # Without a file, GitHub has nowhere to put a line; keep it in the title.
                props = {"title": f"{r.rule} ({ref.path}:{r.shown_position[0]})"}
            else:
                props["title"] = r.rule
            lines.append(command(COMMAND[r.severity], props, r.message + suffix))
        if lines:
            self.out.write("\n".join(lines) + "\n")
