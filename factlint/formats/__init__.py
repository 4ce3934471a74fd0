"""Output formats: one writer per module, each rendering from FindingRecords and Reports only.

Importing this package registers the built-in writers in `factlint.registry.formats`
(text, json, jsonl, sarif, github, rdjsonl for `check`; jsonl, csv, labelstudio, argilla,
html, and text (the writer `triage-text`) for `triage`), the same way a third party's would register
through the `factlint.formats` entry-point group. See `factlint.formats.base.Writer` for the
interface and `factlint.formats.records` for positions and paths.
"""

from factlint.formats import (  # noqa: F401
    argilla,
    csv_report,
    github,
    html_report,
    json_report,
    jsonl,
    labelstudio,
    rdjsonl,
    sarif,
    text,
    triage_text,
)
from factlint.formats.base import Writer
from factlint.formats.records import FindingRecord, build_records

FORMAT_NAMES = ("text", "json", "jsonl", "sarif", "github", "rdjsonl")
TRIAGE_FORMAT_NAMES = ("jsonl", "text", "csv", "labelstudio", "argilla", "html")

__all__ = ["FORMAT_NAMES", "TRIAGE_FORMAT_NAMES", "FindingRecord", "Writer", "build_records"]
