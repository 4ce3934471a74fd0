"""Triage: stream a large batch of answers through the Engine, one report per answer.

    run = TriageRun(engine, writer, workers=1)
    summary = run.run(read_answers(["in.jsonl"], fields), skip=resume_keys(out_path))

- Memory is bounded: answers are read lazily and checked batch by batch (a question's
  candidates stay in one batch so they can be ranked together); at most a few batches are
  in flight.
- Output is flushed after every batch, so a kill -9 loses at most the batches in flight, and
  `resume_keys()` tells a new run which records are already written.
- With `workers > 1`, batches are checked in worker processes, each with its own Engine,
  and written in input order.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from factlint.engine import Engine, batches
from factlint.errors import ConfigError, InputError
from factlint.model import Answer, Report


def answer_key(answer_or_record_line: int | None, answer_id: str) -> str:
    """What identifies one output record: the input line and the answer id (ids may repeat)."""
    return f"{answer_or_record_line}\t{answer_id}"


@dataclass
class TriageSummary:
    answers: int = 0
    errors: int = 0
    skipped: int = 0
    routes: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    engines: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    interrupted: bool = False

    def add(self, report: Report) -> None:
        self.answers += 1
        self.errors += report.error is not None
        self.routes[report.route] += 1
        self.rules.update(f.rule for f in report.findings)
        self.engines.update(report.engines)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def to_dict(self) -> dict:
        return {
            "answers": self.answers, "errors": self.errors, "already_done": self.skipped,
            "routes": dict(self.routes), "rules": dict(self.rules.most_common()),
            "engines": self.engines, "seconds": round(self.seconds, 3),
            "answers_per_second": round(self.answers / self.seconds, 2) if self.seconds else None,
            "interrupted": self.interrupted,
        }

    def render(self) -> str:
        rate = self.answers / self.seconds if self.seconds else 0.0
        head = "interrupted after" if self.interrupted else "triaged"
        lines = [f"{head} {self.answers:,} answers in {self.seconds:.1f} s ({rate:.1f} answers/s)"
                 + (f", {self.skipped:,} already done" if self.skipped else "")
                 + (f", {self.errors:,} could not be checked" if self.errors else "")]
        lines.append("routes: " + ", ".join(f"{r} {self.routes.get(r, 0):,}" for r in ("pass", "review", "reject")))
        if self.rules:
            lines.append("rules: " + ", ".join(f"{rule} {n:,}" for rule, n in self.rules.most_common()))
        if self.engines:
            lines.append("engines: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.engines.items())))
        lines.extend(f"note: {n}" for n in self.notices)
        return "\n".join(lines)


def resume_keys(path: str | Path, fmt: str = "jsonl") -> set[str]:
    """Keys of the records an earlier run already wrote to `path`, after cutting off a last
    line that a kill left half-written. An empty set when there is no such file.

    The file is checked to be a `fmt` triage output before anything is cut: resuming with
    another --format than the one that wrote it is an error naming the file and line, and
    leaves the file as it was."""
    path = Path(path)
    if not path.exists():
        return set()
    if fmt not in ("jsonl", "csv"):
        raise ConfigError(f"{path}: --resume needs a line-based output (jsonl or csv), not {fmt}")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file; --resume continues a file an earlier run wrote")
    _check_kind(path, fmt)
    if fmt == "csv":
        # A CSV row may span lines (quoted line breaks): cut where the last whole row ends.
        from factlint.formats.csv_report import whole_rows_length

        with path.open("rb+") as handle:
            handle.truncate(whole_rows_length(path))
    else:
        _drop_partial_last_line(path)
    keys = set()
    other = f"not a {fmt} triage record (was the file written with another --format?)"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            if fmt == "jsonl":
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                        keys.add(answer_key(record.get("record_line"), str(record["answer_id"])))
                    except (ValueError, RecursionError, KeyError, TypeError, AttributeError):
                        raise InputError(f"{path}:{number}: {other}") from None
            else:
                import csv

                from factlint.formats.triage_view import unguard_formula

                for row in csv.DictReader(handle):
                    line = row.get("record_line") or None
                    try:  # an id is formula-guarded like every text cell ("'=HYPERLINK(...)")
                        keys.add(answer_key(int(line) if line else None, unguard_formula(row["answer_id"])))
                    except (ValueError, KeyError, TypeError):
                        raise InputError(f"{path}: row {len(keys) + 2}: {other}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start}); {other}") from None
    return keys


def _check_kind(path: Path, fmt: str) -> None:
    """Refuse, before anything is cut, a file that another format wrote: jsonl records start
    with "{", a csv report with its header row."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head.strip():
        return
    if fmt == "jsonl":
        ok = head.lstrip().startswith(b"{")
    else:
        from factlint.formats.csv_report import COLUMNS

        ok = head.startswith(",".join(COLUMNS[:4]).encode())
    if not ok:
        first = head.split(b"\n", 1)[0][:60].decode("utf-8", "replace")
        raise InputError(f"{path}:1: not a {fmt} triage output (it starts {first!r}; was it written with another --format?)")


class InputChanged(InputError):
    """--resume found records in the output that the input no longer holds where it did."""


class _ResumeGuard:
    """Checks, while the input streams past, that the records an earlier run wrote are still
    the input's first records, at the same lines with the same ids. That run wrote records
    in input order, so what it did is a prefix of the input; a line inserted, removed or
    moved in that prefix (or an id changed) would otherwise make every later record be
    written twice or lost. It raises before the first record that would be checked again is
    written (the batch that holds it is only handed out once the next record is read)."""

    def __init__(self, done: set[str], source: str | None, out: str | None) -> None:
        self.keys = set(done)
        self.unmatched = set(done)
        self.source = source or "the input"
        self.out = out or "the output"
        self.todo_line: int | None = None  # the line of the first record not done yet

    def done(self, answer: Answer) -> bool:
        line = answer.meta.get("line")
        key = answer_key(line, answer.id)
        if self.todo_line is not None and line != self.todo_line:
            self._all_matched(line)
        if key in self.keys:  # (an id twice in one record: both were written, both skipped)
            self.unmatched.discard(key)
            return True
        if self.todo_line is None:
            self.todo_line = line
            # Only the rest of this record (other candidates of its question) may be pending.
            if any(not k.startswith(f"{line}\t") for k in self.unmatched):
                self._changed(line)
        return False

    def finish(self) -> None:
        self._all_matched(None)

    def _all_matched(self, line) -> None:
        if self.unmatched:
            self._changed(line)

    def _changed(self, line) -> None:
        pending = sorted(self.unmatched, key=lambda k: (len(k.split("\t")[0]), k))[0].split("\t", 1)
        at = f"line {line}" if line is not None else "the end of the input"
        raise InputChanged(
            f"{self.source}: the input changed since {self.out} was written: it holds no record "
            f"{pending[1]!r} at line {pending[0]} any more (noticed at {at}); records would be written "
            f"twice or lost. Triage it again without --resume, or into a new --out"
        )


def _drop_partial_last_line(path: Path) -> None:
    with path.open("rb+") as handle:
        data_end = handle.seek(0, os.SEEK_END)
        if data_end == 0:
            return
        handle.seek(data_end - 1)
        if handle.read(1) == b"\n":
            return
        # Walk back to the last newline and cut there: that line was never finished.
        chunk = 65536
        pos = data_end
        while pos > 0:
            start = max(0, pos - chunk)
            handle.seek(start)
            block = handle.read(pos - start)
            cut = block.rfind(b"\n")
            if cut != -1:
                handle.truncate(start + cut + 1)
                return
            pos = start
        handle.truncate(0)


# -- worker processes --------------------------------------------------------------------------

_worker_engine: Engine | None = None


def _guard_worker(parent: int) -> None:
    """What every worker process does first. Ctrl-C reaches the whole process group; the
    parent handles it (and stops the workers), so a worker ignores SIGINT instead of
    printing a traceback, and SIGTERM simply ends it. A worker never outlives its parent, even one killed with -9:
    Linux kills it at once (PR_SET_PDEATHSIG), and a watchdog thread checks elsewhere."""
    import signal
    import sys
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler (stop cleanly, say so); the
    # parent sends SIGTERM to stop a worker, which should simply end, without a traceback.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before the guard was set
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="factlint-parent-watch", daemon=True).start()


def _init_worker(settings_data: dict, threads: int, parent: int | None = None) -> None:
    global _worker_engine
    if parent is not None:
        _guard_worker(parent)
    import torch

    torch.set_num_threads(threads)
    from factlint.config import Settings

    _worker_engine = Engine(Settings.model_validate(settings_data))


def _check_in_worker(batch: list[Answer]) -> tuple[list[Report], list[str]]:
    assert _worker_engine is not None
    return _worker_engine.check_batch(batch), list(_worker_engine.notices)


class TriageRun:
    def __init__(self, engine: Engine, writer, workers: int = 1, batch_size: int | None = None,
                 on_batch: Callable[[int], None] | None = None) -> None:
        self.engine = engine
        self.writer = writer
        self.workers = max(1, workers)
        self.batch_size = batch_size or engine.settings.batch_size
        self.on_batch = on_batch  # progress: called with the number of answers just written

    def run(self, answers: Iterable[Answer], skip: set[str] | None = None,
            source: str | None = None, out: str | None = None) -> TriageSummary:
        """Triage `answers`; `skip` holds the keys an earlier run wrote (`resume_keys`), which
        must be the input's first records (else InputChanged, before anything is written).
        `source` and `out` name the input and the output in that error."""
        summary = TriageSummary()
        guard = _ResumeGuard(skip, source, out) if skip else None

        def todo() -> Iterator[Answer]:
            for answer in answers:
                if guard is not None and guard.done(answer):
                    summary.skipped += 1
                    continue
                yield answer
            if guard is not None:
                guard.finish()

        try:
            for batch, reports in self._checked(batches(todo(), self.batch_size), summary):
                for answer, report in zip(batch, reports):
                    self.writer.write(answer, report)
                    summary.add(report)
                self.writer.out.flush()
                if self.on_batch:
                    self.on_batch(len(batch))
        except KeyboardInterrupt:
            summary.interrupted = True
        for notice in self.engine.notices:
            if notice not in summary.notices:
                summary.notices.append(notice)
        return summary

    def _checked(self, work: Iterator[list[Answer]], summary: TriageSummary):
        if self.workers == 1:
            for batch in work:
                yield batch, self.engine.check_batch(batch)
            return
        threads = max(1, (os.cpu_count() or 1) // self.workers)
        pool = ProcessPoolExecutor(
            self.workers, initializer=_init_worker,
            initargs=(self.engine.settings.model_dump(), threads, os.getpid()),
        )
        in_flight: list[tuple[list[Answer], Future]] = []
        finished = False
        try:
            for batch in work:
                in_flight.append((batch, pool.submit(_check_in_worker, batch)))
                # A bounded window: never more than two batches per worker read ahead.
                if len(in_flight) >= 2 * self.workers:
                    yield self._collect(in_flight.pop(0), summary)
            while in_flight:
                yield self._collect(in_flight.pop(0), summary)
            finished = True
        finally:
            if not finished:
                # Interrupted (Ctrl-C, SIGTERM) or failed: the batches in flight are dropped,
                # so stop the workers now rather than wait for them to finish.
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.terminate()
            pool.shutdown(wait=finished, cancel_futures=True)

    def _collect(self, item, summary: TriageSummary):
        batch, future = item
        reports, notices = future.result()
        for notice in notices:
            if notice not in summary.notices:
                summary.notices.append(notice)
        return batch, reports
