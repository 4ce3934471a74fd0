"""Readers: turn files and streams into Answers, lazily, one per record.

- .txt / .md (and anything else that is not .jsonl): the whole file is one answer, id = path.
- .jsonl: one record per line: `id`, `question`, `answer` (or `text`), or `candidates`, a
  list of answers to one question (ids `ID#1`, `ID#2`...). Field names come from config.
- a directory: its .txt, .md and .jsonl files, sorted, recursively.
- a glob pattern that names no file ("docs/**/*.md", quoted): the files it matches, sorted.
- "-": standard input, JSONL when its first character is "{", else one text.

Nothing is ever dropped: a record that cannot be read (not UTF-8, not JSON, nested too deep,
no text field, a lone surrogate, an empty `candidates` list, a line too long) becomes an
Answer with `meta["input_error"]`, which the Engine turns into an error Report that names
the file and line. A file that holds no record at all gives one such Answer too.

Memory and time stay bounded whatever the input: a line is read in pieces of at most
`max_line_bytes` and a longer one is skipped to its end without being kept; a path that is
not a regular file (a FIFO, a device) is refused rather than read, so it can never block or
read forever (pipe it to "-" instead).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from factlint.config import Fields
from factlint.model import Answer

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
STDIN = "-"
#: The longest JSONL line read when no limit is given (the commands derive theirs from max_chars).
MAX_LINE_BYTES = 64 << 20
_SKIP_CHUNK = 1 << 20  # the rest of a line that is too long is read (and dropped) this much at a time
_SURROGATE = re.compile("[\ud800-\udfff]")


def failed(answer_id: str, source: str, message: str, line: int | None = None) -> Answer:
    """A placeholder answer that carries a read error to the report."""
    meta = {"input_error": message}
    if line is not None:
        meta["line"] = line
    return Answer(id=answer_id, text="", source=source, meta=meta)


def line_limit(max_bytes: int | None) -> int:
    """The longest JSONL line worth reading for answers of at most `max_bytes` UTF-8 bytes:
    JSON may spell a character in up to twice its UTF-8 bytes (\\u0001), plus other fields."""
    return MAX_LINE_BYTES if max_bytes is None else 2 * max_bytes + (1 << 20)


def _decode(data: bytes, source: str, line: int | None = None) -> str | Answer:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if line is None:
            line = data.count(b"\n", 0, exc.start) + 1
        where = f"{source}:{line}"
        return failed(where if line else source, source, f"{where}: not UTF-8 (byte 0x{data[exc.start]:02x}); re-save the file as UTF-8", line)


def is_pattern(path: str) -> bool:
    """A path that names no file and holds glob characters: "docs/**/*.md", quoted so the
    shell left it alone (or a shell without globs). A file whose name holds "*" is a file."""
    return path != STDIN and any(c in path for c in "*?[") and not Path(path).exists()


def expand_patterns(paths: list[str]) -> list[str]:
    """`paths` with each glob pattern replaced by what it matches, sorted, as ruff does with
    a quoted glob: `**` spans folders, a leading dot is matched only by a dot. A pattern that
    matches nothing stays, and reading it reports that. Commands call this before they open
    their output, so an output file the pattern would match is never read as input."""
    import glob

    out: list[str] = []
    for path in paths:
        matches = sorted(glob.glob(path, recursive=True)) if is_pattern(path) else []
        out.extend(matches or [path])
    return out


def expand(paths: list[str]) -> Iterator[str]:
    """Paths with glob patterns and directories replaced by the files they hold that factlint reads."""
    for path in expand_patterns(paths):
        p = Path(path)
        if path != STDIN and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield str(child)
        else:
            yield path


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: nothing can be read or written there
        return None


def output_clash(out: str | None, paths: list[str]) -> str | None:
    """Why writing results to `out` would destroy or feed back into the inputs `paths`, or
    None. Opening `out` for writing empties it before the first input is read, so an output
    that is one of the inputs (by any name: a link, another spelling) would lose it, and one
    inside an input folder would be read as input."""
    if not out or out == STDIN:
        return None
    target = Path(out)
    resolved = _resolved(target)
    if resolved is None:
        return None
    for path in paths:
        p = Path(path)
        where = _resolved(p) if path != STDIN else None
        if where is None:
            continue
        if p.is_dir():
            if resolved.is_relative_to(where) and resolved.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                return f"--out {out} is inside the input folder {path} and would be read as input; write it elsewhere"
            continue
        try:
            same = target.exists() and p.exists() and target.samefile(p)
        except OSError:
            same = False
        if same or resolved == where:
            return f"--out {out} is the input {path}: writing would empty it before it is read; write to another file"
    return None


def read_answers(paths: list[str], fields: Fields | None = None, max_bytes: int | None = None) -> Iterator[Answer]:
    """Answers from files, directories and "-", in order, lazily. `max_bytes` bounds what is
    read for one answer: a larger text file is refused unread, a longer JSONL line too."""
    fields = fields or Fields()
    for path in expand(paths):
        if path == STDIN:
            yield from read_stream(sys.stdin.buffer, STDIN, fields, max_bytes)
            continue
        p = Path(path)
        if not p.exists():
            yield failed(path, path, f"{path}: no file matches this pattern" if is_pattern(path) else f"{path}: no such file")
        elif not p.is_file():
            yield failed(path, path, f"{path}: not a regular file (a FIFO, device or socket); pipe it to - instead")
        elif p.suffix.lower() in JSONL_SUFFIXES:
            try:
                with p.open("rb") as handle:
                    yield from read_jsonl(handle, path, fields, line_limit(max_bytes))
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


def read_stream(handle: IO[bytes], source: str, fields: Fields, max_bytes: int | None = None) -> Iterator[Answer]:
    if not hasattr(handle, "peek"):  # a plain byte stream: buffer it to look ahead
        handle = io.BufferedReader(handle)
    first = handle.peek(1).lstrip()[:1]
    if first == b"{":
        yield from read_jsonl(handle, source, fields, line_limit(max_bytes))
        return
    data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        yield failed(source, source, f"{source}: input too large: over {max_bytes:,} bytes (max_chars allows about {max_bytes:,})")
        return
    text = _decode(data, source)
    if isinstance(text, Answer):
        yield text
    elif not text.strip():
        yield failed(source, source, f"{source}: empty input")
    else:
        yield Answer(id="stdin", text=text, source=source)


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; (line number, size) for a line over `limit` bytes,
    which is read to its end in bounded pieces and dropped."""
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw
            continue
        size = len(raw)
        del raw
        while chunk := handle.readline(_SKIP_CHUNK):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                size -= 1
                break
        yield number, size


def read_jsonl(handle: IO[bytes], source: str, fields: Fields, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Answer]:
    """One Answer per answer of each line; a blank line is skipped, a bad one is an error."""
    records = 0
    for number, raw in _lines(handle, max_line_bytes):
        where = f"{source}:{number}"
        if isinstance(raw, int):
            records += 1
            yield failed(where, source, f"{where}: line too long: {raw:,} bytes (at most {max_line_bytes:,} are read; see max_chars)", number)
            continue
        if not raw.strip():
            continue
        records += 1
        line = _decode(raw, source, number)
        if isinstance(line, Answer):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failed(where, source, f"{where}: not JSON: {exc.msg} at column {exc.colno}", number)
            continue
        except RecursionError:
            yield failed(where, source, f"{where}: not JSON factlint can read: nested too deep", number)
            continue
        except ValueError as exc:  # an integer too long to convert, and the like
            yield failed(where, source, f"{where}: not JSON factlint can read: {str(exc).split(';')[0]}", number)
            continue
        if not isinstance(record, dict):
            yield failed(where, source, f"{where}: expected a JSON object, got {type(record).__name__}", number)
            continue
        yield from answers_of_record(record, source, number, fields)
    if not records:
        yield failed(source, source, f"{source}: no records (empty file)")


class _BadRecord(Exception):
    """A field of a record has a value factlint cannot use; the message names the field."""


def _writable(value: str) -> str:
    """A string that can be written as UTF-8: lone surrogates become U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", value)


def _text_field(value, name: str) -> str | None:
    """A text field (answer, question) as it is, None when absent; a lone surrogate is an
    error, not a silent change to the text the checks see."""
    if not isinstance(value, str):
        return None
    m = _SURROGATE.search(value)
    if m:
        raise _BadRecord(f"`{name}` holds a lone surrogate (\\u{ord(m.group()):04x} at {m.start()}), not valid Unicode")
    return value


def _id_field(value, default: str, name: str) -> str:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _BadRecord(f"`{name}` must be a string or a number, not {type(value).__name__}")
    return _writable(str(value))


def _names_field(value, name: str) -> list[str]:
    """A rule list: a comma-separated string or a list of strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [p.strip() for p in _writable(value).split(",") if p.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [_writable(v) for v in value]
    raise _BadRecord(f"`{name}` must be a rule id, a comma-separated string or a list of them, not {type(value).__name__}")


def answers_of_record(record: dict, source: str, number: int, fields: Fields) -> Iterator[Answer]:
    """The answers of one record: one, or one per candidate. A record whose own fields are
    bad still gives one error answer per candidate, so the count never depends on them."""
    where = f"{source}:{number}"
    candidates = record.get(fields.candidates)
    candidates = candidates if isinstance(candidates, list) else None
    try:
        record_id = _id_field(record.get(fields.id), where, fields.id)
        question = _text_field(record.get(fields.question), fields.question)
        meta = {"line": number}
        ignore = _names_field(record.get(fields.ignore), fields.ignore)
        if ignore:
            meta["ignore"] = ignore
        if isinstance(record.get(fields.language), str):
            meta["language"] = _writable(record[fields.language])
        if candidates is not None and not candidates:
            raise _BadRecord(f"`{fields.candidates}` is an empty list")
    except _BadRecord as exc:
        try:
            record_id = _id_field(record.get(fields.id), where, fields.id)
        except _BadRecord:
            record_id = where
        for k in range(1, len(candidates) + 1) if candidates else (None,):
            bad = failed(record_id if k is None else f"{record_id}#{k}", source, f"{where}: {exc}", number)
            if k is not None:
                bad.meta.update(question_id=record_id, candidate=k)
            yield bad
        return

    if candidates is not None:
        for k, candidate in enumerate(candidates, start=1):
            cmeta = {**meta, "question_id": record_id, "candidate": k}
            is_dict = isinstance(candidate, dict)
            try:
                cid = _id_field(candidate.get(fields.id), f"{record_id}#{k}", fields.id) if is_dict else f"{record_id}#{k}"
            except _BadRecord as exc:
                cid, problem = f"{record_id}#{k}", f"candidate {k}: {exc}"
            else:
                try:
                    text = _text_field(candidate.get(fields.text, candidate.get(fields.text_fallback)) if is_dict else candidate, fields.text)
                    problem = None if text is not None else f"candidate {k} has no text"
                except _BadRecord as exc:
                    problem = f"candidate {k}: {exc}"
            if problem:
                missing = failed(cid, source, f"{where}: {problem}", number)
                missing.meta.update(cmeta)  # stays with its question's other candidates
                yield missing
            else:
                yield Answer(id=cid, text=text, question=question, source=source, meta=cmeta)
        return

    try:
        text = _text_field(record.get(fields.text, record.get(fields.text_fallback)), fields.text)
    except _BadRecord as exc:
        yield failed(record_id, source, f"{where}: {exc}", number)
        return
    if text is None:
        yield failed(
            record_id, source,
            f"{where}: no `{fields.text}` or `{fields.text_fallback}` text field (nor a `{fields.candidates}` list)",
            number,
        )
        return
    yield Answer(id=record_id, text=text, question=question, source=source, meta=meta)
