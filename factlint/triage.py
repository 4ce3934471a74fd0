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
    line that a kill left half-written. An empty set when there is no such file."""
    path = Path(path)
    if not path.exists():
        return set()
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"--resume needs a line-based output (jsonl or csv), not {fmt}")
    if fmt == "csv":
        # A CSV row may span lines (quoted line breaks): cut where the last whole row ends.
        from factlint.formats.csv_report import whole_rows_length

        with path.open("rb+") as handle:
            handle.truncate(whole_rows_length(path))
    else:
        _drop_partial_last_line(path)
    keys = set()
    with path.open(encoding="utf-8", newline="") as handle:
        if fmt == "jsonl":
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    keys.add(answer_key(record.get("record_line"), str(record["answer_id"])))
        else:
            import csv

            for row in csv.DictReader(handle):
                line = row.get("record_line") or None
                keys.add(answer_key(int(line) if line else None, row["answer_id"]))
    return keys


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


def _init_worker(settings_data: dict, threads: int) -> None:
    global _worker_engine
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

    def run(self, answers: Iterable[Answer], skip: set[str] | None = None) -> TriageSummary:
        summary = TriageSummary()
        skip = skip or set()

        def todo() -> Iterator[Answer]:
            for answer in answers:
                if skip and answer_key(answer.meta.get("line"), answer.id) in skip:
                    summary.skipped += 1
                    continue
                yield answer

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
            initargs=(self.engine.settings.model_dump(), threads),
        )
        in_flight: list[tuple[list[Answer], Future]] = []
        try:
            for batch in work:
                in_flight.append((batch, pool.submit(_check_in_worker, batch)))
                # A bounded window: never more than two batches per worker read ahead.
                if len(in_flight) >= 2 * self.workers:
                    yield self._collect(in_flight.pop(0), summary)
            while in_flight:
                yield self._collect(in_flight.pop(0), summary)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _collect(self, item, summary: TriageSummary):
        batch, future = item
        reports, notices = future.result()
        for notice in notices:
            if notice not in summary.notices:
                summary.notices.append(notice)
        return batch, reports
