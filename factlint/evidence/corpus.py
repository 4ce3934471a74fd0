"""Corpus readers: turn source files into documents (id, title, text, source, line).

Formats, by file suffix: JSON Lines (`.jsonl`, `.ndjson`; field names configurable),
CSV and TSV (a header row; same field names), plain text (`.txt`) and Markdown (`.md`,
`.markdown`), one document per file. A directory is read recursively, in sorted order,
skipping hidden files and files of other kinds.

Readers stream: a corpus of any size is read one record at a time. Text is kept exactly as
in the file (no newline translation), so passage offsets point into it. Bad input raises
InputError naming the file and line; recoverable oddities (a duplicate id, an empty text)
are logged as warnings naming the file and line, and the record is skipped.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factlint.errors import InputError

log = logging.getLogger("factlint.evidence")


@dataclass(frozen=True, slots=True)
class CorpusFields:
    """Names of the fields of JSONL and CSV records (DESIGN.md, "Field defaults")."""

    id: str = "id"
    title: str = "title"
    text: str = "text"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    doc_id: str
    title: str
    text: str
    source: str  # the file it came from, as given or found
    line: int | None = None  # 1-based line of the record, for JSONL and CSV

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


Reader = Callable[[Path, CorpusFields], Iterator[SourceDocument]]


def _open_text(path: Path):
    # newline="" keeps "\r\n" as it is, so offsets count the file's own characters;
    # utf-8-sig drops a byte-order mark some editors write.
    return path.open(encoding="utf-8-sig", newline="")


def _read_whole(path: Path) -> str:
    try:
        with _open_text(path) as f:
            return f.read()
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start})") from None


def _record_document(
    record: dict, fields: CorpusFields, path: Path, line: int, state: dict
) -> SourceDocument | None:
    if fields.text not in record:
        known = ", ".join(sorted(record)) or "none"
        raise InputError(
            f"{path}:{line}: no field {fields.text!r} (fields: {known}); name the text field "
            "with --text-field"
        )
    text = record[fields.text]
    if text is None:  # JSON null, or a CSV row with fewer cells than the header
        text = ""
    if not isinstance(text, str):
        raise InputError(f"{path}:{line}: field {fields.text!r} is {type(text).__name__}, not a string")
    doc_id = record.get(fields.id)
    if doc_id is None or doc_id == "":
        # Without ids, file name and line identify a record: stable while the file is.
        if not state.get("warned_no_id"):
            log.warning("%s:%d: no field %r; document ids are file:line", path, line, fields.id)
            state["warned_no_id"] = True
        doc_id = f"{path.name}:{line}"
    title = record.get(fields.title) or ""
    if not text.strip():
        log.warning("%s:%d: document %r has no text; skipped", path, line, str(doc_id))
        return None
    return SourceDocument(str(doc_id), str(title), text, str(path), line)


def read_jsonl(path: Path, fields: CorpusFields) -> Iterator[SourceDocument]:
    state: dict = {}
    # Bytes, decoded line by line: lines end at "\n" only (as JSON Lines says), and a
    # decoding error is reported on its own line.
    with path.open("rb") as f:
        for line, raw in enumerate(f, 1):
            if line == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}:{line}: not UTF-8 (byte {exc.start + 1} of the line)") from None
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{line}: invalid JSON ({exc.msg}, column {exc.colno})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}:{line}: expected a JSON object, got {type(record).__name__}")
            doc = _record_document(record, fields, path, line, state)
            if doc is not None:
                yield doc


def _read_delimited(path: Path, fields: CorpusFields, delimiter: str) -> Iterator[SourceDocument]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # reference passages can be long
    state: dict = {}
    with _open_text(path) as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        try:
            header = reader.fieldnames
            if not header:
                return
            if fields.text not in header:
                raise InputError(
                    f"{path}:1: no column {fields.text!r} (columns: {', '.join(header)}); "
                    "name the text column with --text-field"
                )
            line = reader.line_num + 1
            for row in reader:
                doc = _record_document(
                    {k: v for k, v in row.items() if k is not None}, fields, path, line, state
                )
                line = reader.line_num + 1  # a quoted field may span several lines
                if doc is not None:
                    yield doc
        except csv.Error as exc:
            raise InputError(f"{path}:{reader.line_num}: bad CSV ({exc})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}:{reader.line_num + 1}: not UTF-8 (byte {exc.start})") from None


def read_csv(path: Path, fields: CorpusFields) -> Iterator[SourceDocument]:
    return _read_delimited(path, fields, ",")


def read_tsv(path: Path, fields: CorpusFields) -> Iterator[SourceDocument]:
    return _read_delimited(path, fields, "\t")


def read_text(path: Path, fields: CorpusFields) -> Iterator[SourceDocument]:
    text = _read_whole(path)
    if not text.strip():
        log.warning("%s: empty file; skipped", path)
        return
    yield SourceDocument(path.as_posix(), path.stem, text, str(path))


_HEADING = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_FRONT_TITLE = re.compile(r"\A---\r?\n(?:.*\r?\n)*?title:[ \t]*[\"']?(.+?)[\"']?[ \t]*\r?\n", re.MULTILINE)


def read_markdown(path: Path, fields: CorpusFields) -> Iterator[SourceDocument]:
    text = _read_whole(path)
    if not text.strip():
        log.warning("%s: empty file; skipped", path)
        return
    m = _FRONT_TITLE.match(text) or _HEADING.search(text)
    title = m.group(1).strip() if m else path.stem
    yield SourceDocument(path.as_posix(), title, text, str(path))


#: Readers by file suffix; add one here to read a new format.
READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
}


def _files(source: Path) -> Iterator[Path]:
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            rel = path.relative_to(source).parts
            if any(part.startswith(".") for part in rel):
                continue
            if path.is_file() and path.suffix.lower() in READERS:
                yield path
        return
    if not source.exists():
        raise InputError(f"{source}: no such file or directory")
    if source.suffix.lower() not in READERS:
        kinds = ", ".join(sorted(READERS))
        raise InputError(f"{source}: unknown corpus format (expected one of {kinds})")
    yield source


def read_sources(
    sources: Iterable[str | Path], fields: CorpusFields = CorpusFields()
) -> Iterator[SourceDocument]:
    """Documents of every source in order; a repeated document id is reported and skipped.

    Ids are unique across all the sources of one call: the first occurrence wins. Only the
    ids are remembered, never the texts, so memory stays small for a large corpus.
    """
    first_seen: dict[str, str] = {}
    for source in sources:
        source = Path(source)
        found = False
        for path in _files(source):
            found = True
            for doc in READERS[path.suffix.lower()](path, fields):
                earlier = first_seen.get(doc.doc_id)
                if earlier is not None:
                    log.warning(
                        "%s: duplicate document id %r (first at %s); skipped",
                        doc.where, doc.doc_id, earlier,
                    )
                    continue
                first_seen[doc.doc_id] = doc.where
                yield doc
        if not found:
            log.warning("%s: no corpus files found (%s)", source, ", ".join(sorted(READERS)))
