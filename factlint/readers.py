"""Readers: turn files and streams into Answers, lazily, one per record.

- .txt / .md (and anything else that is not .jsonl): the whole file is one answer, id = path.
- .jsonl: one record per line: `id`, `question`, `answer` (or `text`), or `candidates`, a
  list of answers to one question (ids `ID#1`, `ID#2`...). Field names come from config.
- a directory: its .txt, .md and .jsonl files, sorted, recursively.
- "-": standard input, JSONL when its first character is "{", else one text.

Nothing is ever dropped: a record that cannot be read (not UTF-8, not JSON, no text field,
empty) becomes an Answer with `meta["input_error"]`, which the Engine turns into an error
Report that names the file and line.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from factlint.config import Fields
from factlint.model import Answer

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"


def failed(answer_id: str, source: str, message: str, line: int | None = None) -> Answer:
    """A placeholder answer that carries a read error to the report."""
    meta = {"input_error": message}
    if line is not None:
        meta["line"] = line
    return Answer(id=answer_id, text="", source=source, meta=meta)


def _decode(data: bytes, source: str, line: int | None = None) -> str | Answer:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if line is None:
            line = data.count(b"\n", 0, exc.start) + 1
        where = f"{source}:{line}"
        return failed(where if line else source, source, f"{where}: not UTF-8 (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8", line)


def expand(paths: list[str]) -> Iterator[str]:
    """Paths with directories replaced by the files they hold that factlint reads."""
    for path in paths:
        p = Path(path)
        if path != STDIN and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield str(child)
        else:
            yield path


def read_answers(paths: list[str], fields: Fields | None = None, max_bytes: int | None = None) -> Iterator[Answer]:
    """Answers from files, directories and "-", in order, lazily."""
    fields = fields or Fields()
    for path in expand(paths):
        if path == STDIN:
            yield from read_stream(sys.stdin.buffer, STDIN, fields)
            continue
        p = Path(path)
        if not p.exists():
            yield failed(path, path, f"{path}: no such file")
        elif p.suffix.lower() in JSONL_SUFFIXES:
            try:
                with p.open("rb") as handle:
                    yield from read_jsonl(handle, path, fields)
            except OSError as exc:
                yield failed(path, path, f"{path}: cannot read: {exc.strerror}")
        else:
            yield read_text_file(p, max_bytes)


def read_text_file(p: Path, max_bytes: int | None = None) -> Answer:
    path = str(p)
    try:
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            # Refuse before reading: a huge file is not read into memory to be rejected.
            return failed(path, path, f"{path}: file too large: {size:,} bytes (max_chars allows about {max_bytes:,})")
        data = p.read_bytes()
    except OSError as exc:
        return failed(path, path, f"{path}: cannot read: {exc.strerror}")
    text = _decode(data, path)
    if isinstance(text, Answer):
        return text
    if not text.strip():
        return failed(path, path, f"{path}: empty file")
    return Answer(id=path, text=text, source=path)


def read_stream(handle: IO[bytes], source: str, fields: Fields) -> Iterator[Answer]:
    if not hasattr(handle, "peek"):  # a plain byte stream: buffer it to look ahead
        handle = io.BufferedReader(handle)
    first = handle.peek(1).lstrip()[:1]
    if first == b"{":
        yield from read_jsonl(handle, source, fields)
        return
    text = _decode(handle.read(), source)
    if isinstance(text, Answer):
        yield text
    elif not text.strip():
        yield failed(source, source, f"{source}: empty input")
    else:
        yield Answer(id="stdin", text=text, source=source)


def read_jsonl(handle: IO[bytes], source: str, fields: Fields) -> Iterator[Answer]:
    """One Answer per answer of each line; a blank line is skipped, a bad one is an error."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        line = _decode(raw, source, number)
        if isinstance(line, Answer):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failed(where, source, f"{where}: not JSON: {exc.msg} at column {exc.colno}", number)
            continue
        if not isinstance(record, dict):
            yield failed(where, source, f"{where}: expected a JSON object, got {type(record).__name__}", number)
            continue
        yield from answers_of_record(record, source, number, fields)


def answers_of_record(record: dict, source: str, number: int, fields: Fields) -> Iterator[Answer]:
    where = f"{source}:{number}"
    record_id = str(record.get(fields.id, where))
    question = record.get(fields.question)
    question = question if isinstance(question, str) else None
    meta = {"line": number}
    ignore = record.get(fields.ignore)
    if isinstance(ignore, str):
        ignore = [p.strip() for p in ignore.split(",") if p.strip()]
    if ignore:
        meta["ignore"] = list(ignore)
    if isinstance(record.get(fields.language), str):
        meta["language"] = record[fields.language]

    candidates = record.get(fields.candidates)
    if isinstance(candidates, list):
        for k, candidate in enumerate(candidates, start=1):
            text = candidate.get(fields.text, candidate.get(fields.text_fallback)) if isinstance(candidate, dict) else candidate
            cid = str(candidate.get(fields.id, f"{record_id}#{k}")) if isinstance(candidate, dict) else f"{record_id}#{k}"
            cmeta = {**meta, "question_id": record_id, "candidate": k}
            if not isinstance(text, str):
                missing = failed(cid, source, f"{where}: candidate {k} has no text", number)
                missing.meta.update(cmeta)  # stays with its question's other candidates
                yield missing
            else:
                yield Answer(id=cid, text=text, question=question, source=source, meta=cmeta)
        return

    text = record.get(fields.text, record.get(fields.text_fallback))
    if not isinstance(text, str):
        yield failed(
            record_id, source,
            f"{where}: no `{fields.text}` or `{fields.text_fallback}` text field (nor a `{fields.candidates}` list)",
            number,
        )
        return
    yield Answer(id=record_id, text=text, question=question, source=source, meta=meta)
