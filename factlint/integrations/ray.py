"""Triage on a Ray cluster with Ray Data (`pip install "factlint[ray]"`).

    from factlint.integrations.ray import triage_ray
    summary = triage_ray(["s3://bucket/batch/"], "triage-out", settings, address="auto", actors=8)

The same records as local triage (`factlint.triage`), one per answer, as JSONL shards in an
output folder (`part-00000.jsonl`, ...) plus `summary.json`:

1. Read: a Ray Data datasource streams each input file (JSONL or Parquet; local paths, or
   anything Ray Data reads: s3://, gs://...) in one read task, files in parallel, through
   factlint's own reader, so record lines, ids and error records for unreadable lines are
   exactly those of local triage. One row per input record: a record's candidates never part.
2. Check: `map_batches` over an actor pool, one Engine per actor, loaded once. A batch holds
   whole records, so ranking and duplicates see a question's candidates together. A batch
   that raises is checked again record by record; a record that still raises gets an error
   record. An actor that dies (OOM, a crash) is restarted by Ray and its batch retried;
   a batch's output reaches the driver once, whichever try produced it.
3. Write: the driver streams the checked rows into shards of `shard_size` records, each
   written to a temporary name and renamed when complete, so a shard on disk is whole and
   every record is in exactly one shard. A folder that already holds shards is refused.

Output order follows Ray's scheduling, not the input (records carry `source` and
`record_line`). Ray is imported only when a function here runs; this module never needs
the CLI.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from factlint.config import Fields, Settings
from factlint.errors import ConfigError, FactlintError
from factlint.model import Answer, Report
from factlint.triage import TriageSummary

INSTALL_HINT = 'Ray is not installed: pip install "factlint[ray]"'
SHARD = "part-{:05d}.jsonl"
SUMMARY = "summary.json"
PARQUET_SUFFIXES = (".parquet", ".pq")
READ_EXTENSIONS = ["jsonl", "ndjson", "parquet", "pq"]


def import_ray():
    """The `ray` module, or ConfigError saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401 - the extra is ray[data]; a bare ray lacks pyarrow
    except ImportError as exc:
        raise ConfigError(f"{INSTALL_HINT} ({exc})") from None
    return ray


@dataclass
class RaySummary(TriageSummary):
    """Local triage's summary, plus where the output went and what starting cost."""

    shards: list[str] = field(default_factory=list)
    actors: int = 0
    actor_processes: set[int] = field(default_factory=set)  # distinct actor pids that sent batches (restarts count)
    connect_seconds: float = 0.0  # ray.init
    first_record_seconds: float | None = None  # from the start to the first checked record: engines loaded

    def to_dict(self) -> dict:
        return {**super().to_dict(), "shards": self.shards, "actors": self.actors,
                "actor_processes": len(self.actor_processes), "connect_seconds": round(self.connect_seconds, 3),
                "first_record_seconds": None if self.first_record_seconds is None else round(self.first_record_seconds, 3),
                "notices": self.notices}


# -- read: files to records --------------------------------------------------------------------


def records_of_file(handle: IO[bytes], source: str, fields: Fields, max_bytes: int | None = None) -> Iterator[list[Answer]]:
    """The answers of each record of one file, a list per record, as local triage reads them:
    JSONL through `factlint.readers.read_jsonl` (line numbers, error records), Parquet row by
    row through `answers_of_record` (its `record_line` is the row's number, from 1)."""
    from factlint.readers import line_limit, read_jsonl

    if source.lower().endswith(PARQUET_SUFFIXES):
        yield from _parquet_records(handle.read(), source, fields)
        return
    record: list[Answer] = []
    for answer in read_jsonl(handle, source, fields, line_limit(max_bytes)):
        if record and answer.meta.get("line") != record[0].meta.get("line"):
            yield record
            record = []
        record.append(answer)
    if record:
        yield record


def _parquet_records(data: bytes, source: str, fields: Fields) -> Iterator[list[Answer]]:
    import pyarrow.parquet as pq

    from factlint.readers import answers_of_record, failed

    try:
        table = pq.ParquetFile(io.BytesIO(data))
        number = 0
        for batch in table.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                number += 1
                # A null column is an absent field, as a JSONL record would leave it out.
                yield list(answers_of_record({k: v for k, v in row.items() if v is not None}, source, number, fields))
        if not number:
            yield [failed(source, source, f"{source}: no records (empty file)")]
    except Exception as exc:  # noqa: BLE001 - a file pyarrow cannot read is one error record, like a bad line
        yield [failed(source, source, f"{source}: not Parquet factlint can read: {type(exc).__name__}: {exc}")]


class _Stream(io.RawIOBase):
    """A pyarrow input stream as a raw Python stream, for io.BufferedReader (readline(limit))."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def answer_source(*args, **kwargs):
    """A Ray Data datasource of factlint records (built lazily: Ray is imported here)."""
    from ray.data.datasource import FileBasedDatasource

    class AnswerSource(FileBasedDatasource):
        """Reads JSONL and Parquet files through factlint's readers: one row per input record,
        `answers` holding its answers as JSON. Each file is streamed by one read task; Ray
        splits the rows into blocks for the actors."""

        def __init__(self, paths, fields: Fields, max_bytes: int | None, sources: dict[str, str],
                     rows_per_block: int = 256, **kwargs) -> None:
            super().__init__(paths, **kwargs)
            self.fields, self.max_bytes, self.sources = fields, max_bytes, sources
            self.rows_per_block = rows_per_block

        def _read_stream(self, f, path: str):
            import pyarrow as pa

            source = self.sources.get(path, path)
            rows: list[str] = []
            handle = io.BufferedReader(_Stream(f), 1 << 20)
            for record in records_of_file(handle, source, self.fields, self.max_bytes):
                rows.append(json.dumps([a.to_dict() for a in record]))
                if len(rows) >= self.rows_per_block:
                    yield pa.table({"answers": rows})
                    rows = []
            if rows:
                yield pa.table({"answers": rows})

    return AnswerSource(*args, **kwargs)


# -- check: one Engine per actor -----------------------------------------------------------------


class Checker:
    """The actor map_batches runs: builds its Engine once, then checks batches of records and
    returns each answer's JSONL record (the `jsonl` writer's line) and what the summary needs."""

    def __init__(self, settings: dict, threads: int = 1) -> None:
        try:
            import torch

            torch.set_num_threads(max(1, threads))
        except ImportError:  # pragma: no cover - torch is a dependency of sentence-transformers
            pass
        from factlint.engine import Engine
        from factlint.formats import Writer  # noqa: F401 - registers the formats

        self.engine = Engine(Settings.model_validate(settings))
        self.pid = os.getpid()

    def __call__(self, batch: dict) -> dict[str, list]:
        records = [[Answer.from_dict(a) for a in json.loads(text)] for text in batch["answers"]]
        answers = [a for record in records for a in record]
        try:
            reports = self.engine.check_batch(answers)
        except Exception:  # noqa: BLE001 - one record must not cost the batch: again, record by record
            reports = [r for record in records for r in self._check_alone(record)]
        return self._rows(answers, reports)

    def _check_alone(self, record: list[Answer]) -> list[Report]:
        try:
            return self.engine.check_batch(record)
        except Exception as exc:  # noqa: BLE001 - the record gets an error record, the run goes on
            where = f"{record[0].source}:{record[0].meta['line']}: " if record[0].meta.get("line") else ""
            return [Report.failed(a.id, a.source, f"{where}could not be checked: {type(exc).__name__}: {exc}") for a in record]

    def _rows(self, answers: list[Answer], reports: list[Report]) -> dict[str, list]:
        from factlint.registry import formats

        if not reports:
            return {"record": [], "route": [], "failed": [], "rules": [], "info": []}
        out = io.StringIO()
        writer = formats.get("jsonl")(out, {})
        for answer, report in zip(answers, reports):
            writer.write(answer, report)
        lines = out.getvalue().split("\n")[:-1]  # one line per report, each ending in "\n"
        info = json.dumps({"engines": {k: v for r in reports for k, v in r.engines.items()},
                           "notices": list(self.engine.notices), "pid": self.pid})
        return {
            "record": lines,
            "route": [r.route for r in reports],
            "failed": [r.error is not None for r in reports],
            "rules": ["\n".join(f.rule for f in r.findings) for r in reports],
            # What one batch says once (engines, notices, which actor), on its first row.
            "info": [info] + [""] * (len(reports) - 1),
        }


# -- write: shards on the driver -------------------------------------------------------------------


class ShardWriter:
    """JSONL shards of at most `size` records; a shard is written under a temporary name and
    renamed when it is complete, so what is on disk as `part-*.jsonl` is always whole."""

    def __init__(self, folder: Path, size: int) -> None:
        self.folder, self.size = folder, max(1, size)
        self.shards: list[str] = []
        self._handle = None
        self._count = 0

    def write(self, line: str) -> None:
        if self._handle is None:
            name = SHARD.format(len(self.shards))
            self._handle = (self.folder / f".{name}.partial").open("w", encoding="utf-8", newline="")
            self._count = 0
        self._handle.write(line + "\n")
        self._count += 1
        if self._count >= self.size:
            self.close_shard()

    def close_shard(self) -> None:
        if self._handle is None:
            return
        name = SHARD.format(len(self.shards))
        self._handle.close()
        os.replace(self.folder / f".{name}.partial", self.folder / name)
        self.shards.append(name)
        self._handle = None

    def discard(self) -> None:
        """Drop the shard in progress (the run failed or was interrupted before it was whole)."""
        if self._handle is not None:
            name = self._handle.name
            self._handle.close()
            Path(name).unlink(missing_ok=True)
            self._handle = None


def prepare_folder(out: str | Path) -> Path:
    """The output folder, created; refused when it already holds a run's shards (each record
    must be written once: a second run goes to a new folder)."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"--out {out}: with --ray the output is a folder of JSONL shards, and this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    done = sorted(p.name for p in folder.glob("part-*.jsonl")) + ([SUMMARY] if (folder / SUMMARY).exists() else [])
    if done:
        raise ConfigError(f"--out {out}: already holds {done[0]} from an earlier run; triage into a new folder "
                          "(records are never written twice)")
    for stale in folder.glob(".part-*.jsonl.partial"):
        stale.unlink()
    return folder


def _sources(paths: list[str]) -> dict[str, str]:
    """The absolute path Ray Data names a local file by, to the name local triage gives it
    (its `source`: the path as given, or a folder's or a glob's file as found). Remote URIs
    keep Ray's name."""
    from factlint.readers import expand

    local = [p for p in paths if "://" not in p]
    return {os.path.abspath(path): path for path in expand(local) if Path(path).is_file()}


def connect(address: str | None, **init: Any):
    """ray.init at `address` (None: Ray's default, RAY_ADDRESS or a new local instance;
    "auto": a running cluster), unless this process is already connected."""
    ray = import_ray()
    if not ray.is_initialized():
        try:
            ray.init(address=address or None, **init)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            raise ConfigError(f"cannot start or reach Ray at {address or 'a new local instance'}: "
                              f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return ray


#: Ray Data's blocks for this run, in bytes. Its default (128 MiB) would pack a whole file's
#: records into one block (one actor) and a task's reports into one output, which reaches the
#: driver only when the task ends; blocks of about a batch spread a file over the actors and
#: stream reports to the shards as each batch is done.
BLOCK_BYTES = 128 << 10


@contextmanager
def _context(ray, quiet: bool):
    """Ray Data's settings for the datasets built inside: a Dataset keeps the DataContext it
    was made under, and the caller's own context is put back after (a team's Ray job)."""
    context = ray.data.DataContext.get_current()
    saved = {k: getattr(context, k) for k in ("target_max_block_size", "enable_progress_bars", "print_on_execution_start")}
    context.target_max_block_size = BLOCK_BYTES
    if quiet:
        context.enable_progress_bars = False
        context.print_on_execution_start = False
    try:
        yield context
    finally:
        for key, value in saved.items():
            setattr(context, key, value)


def triage_ray(paths: list[str], out: str | Path, settings: Settings, *, address: str | None = None,
               actors: int = 2, actor_cpus: float = 1.0, batch_size: int | None = None,
               shard_size: int = 100_000, quiet: bool = True, init: dict | None = None,
               on_batch=None, checker: type = Checker) -> RaySummary:
    """Triage `paths` (JSONL or Parquet files, folders, globs or URIs Ray Data reads) on Ray
    into shards in the folder `out`, and write `out/summary.json`. Returns the summary.

    `actors` Engines check batches of `batch_size` records (default: the settings'
    batch_size); each actor takes `actor_cpus` CPUs and as many torch threads. A dead actor
    is restarted and its batch retried (Ray Data's default for actor pools: without limit).
    `init` is passed to ray.init; `on_batch` is called with the number of answers written.
    `checker` is the actor class (a subclass of Checker, to wrap the Engine).
    """
    import logging

    missing = [p for p in paths if "://" not in p and not Path(p).exists() and not any(c in p for c in "*?[")]
    if missing:
        raise ConfigError(f"{missing[0]}: no such file or folder")
    folder = prepare_folder(out)
    summary = RaySummary(actors=max(1, actors))
    ray = connect(address, **{**({"logging_level": logging.WARNING} if quiet else {}), **(init or {})})
    summary.connect_seconds = time.perf_counter() - summary.started
    if quiet:
        logging.getLogger("ray.data").setLevel(logging.WARNING)

    size = batch_size or settings.batch_size
    source = answer_source(paths, settings.fields, settings.max_chars * 4, _sources(paths), rows_per_block=size,
                           file_extensions=READ_EXTENSIONS)
    with _context(ray, quiet):
        # Parsing is light: 0 CPUs, so that it never waits behind actors holding every CPU.
        records = ray.data.read_datasource(source, num_cpus=0)
        checked = records.map_batches(
            checker, fn_constructor_args=(settings.model_dump(), int(max(1, actor_cpus))),
            batch_size=size, batch_format="numpy", num_cpus=actor_cpus,
            compute=ray.data.ActorPoolStrategy(size=max(1, actors)),
        )

    shards = ShardWriter(folder, shard_size)
    finished = False
    try:
        for batch in checked.iter_batches(batch_format="numpy", batch_size=None):
            if summary.first_record_seconds is None:
                summary.first_record_seconds = time.perf_counter() - summary.started
            for line, route, failed, rules, info in zip(batch["record"], batch["route"], batch["failed"],
                                                        batch["rules"], batch["info"]):
                shards.write(str(line))
                summary.answers += 1
                summary.errors += bool(failed)
                summary.routes[str(route)] += 1
                if rules:
                    summary.rules.update(str(rules).split("\n"))
                if info:
                    said = json.loads(str(info))
                    summary.engines.update(said["engines"])
                    summary.actor_processes.add(said["pid"])
                    summary.notices.extend(n for n in said["notices"] if n not in summary.notices)
            if on_batch:
                on_batch(len(batch["record"]))
        finished = True
    except KeyboardInterrupt:
        summary.interrupted = True
    except FactlintError:
        raise
    except Exception as exc:  # a Ray failure (retries spent, cluster lost): say so, keep the whole shards
        raise FactlintError(f"the Ray run failed after {summary.answers:,} records ({type(exc).__name__}: "
                            f"{str(exc).splitlines()[0] if str(exc) else ''}); whole shards are kept in {folder}") from exc
    finally:
        if finished or summary.interrupted:
            shards.close_shard()
        else:
            shards.discard()
    summary.shards = shards.shards
    (folder / SUMMARY).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    return summary
