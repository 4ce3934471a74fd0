"""Gathers the answers of concurrent requests into batches for the Engine.

The embedder and the grammar engine are fastest on batches, and an Engine is not
thread-safe, so one worker thread checks everything, one `check_batch` call at a time.
Requests queue in front of it:

- A lone request is checked at once: the worker waits for company only when the last
  batch it ran held more than one request (there is concurrency to wait for), and then at
  most `batch_wait` seconds (a few milliseconds).
- While a batch runs, new requests queue up, and the next batch takes all of them (up to
  `max_batch` answers; a request is never split).
- The queue is bounded: past `max_pending` answers waiting or being checked, `submit`
  raises Overloaded at once, with a Retry-After estimate (never an unbounded pile-up).
- A request that times out is dropped from the queue if its batch has not started.

Each batch holds the answers of one engine key only (requests with the same options), and
candidates of one question stay in their request: callers give every request's
`question_id`s a prefix of their own, so that ranking and near-duplicate checks never mix
the answers of two callers.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from factlint.model import Answer, Report

log = logging.getLogger("factlint.serve")


class Overloaded(Exception):
    def __init__(self, retry_after: int, pending: int) -> None:
        super().__init__(f"{pending} answers are waiting; try again in {retry_after} s")
        self.retry_after = retry_after
        self.pending = pending


@dataclass
class Job:
    options: Any  # hashable: requests with equal options may share a batch
    answers: list[Answer]
    future: asyncio.Future
    queued_at: float = field(default_factory=time.perf_counter)
    dropped: bool = False


@dataclass
class BatchStats:
    """What /metrics shows of the batcher."""

    batches: int = 0
    answers: int = 0
    rejected: int = 0
    sizes: deque = field(default_factory=lambda: deque(maxlen=1000))


class Batcher:
    def __init__(self, check: Callable[[Any, list[Answer]], list[Report]], *, max_batch: int = 64,
                 batch_wait: float = 0.002, max_pending: int = 512,
                 on_batch: Callable[[int], None] | None = None) -> None:
        self._check = check
        self._on_batch = on_batch  # told each batch's size (for /metrics)
        self.max_batch = max_batch
        self.batch_wait = batch_wait
        self.max_pending = max_pending
        self.pending = 0  # answers queued or being checked
        self.stats = BatchStats()
        self._queue: deque[Job] = deque()
        self._wake: asyncio.Event | None = None
        self._ready: asyncio.Event | None = None
        self._task: asyncio.Task | None = None
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="factlint-engine")
        self._last_jobs = 0
        self._per_answer = 0.01  # moving average of seconds per answer, for Retry-After

    # -- life cycle (on the server's event loop) ---------------------------------------------

    def start(self) -> None:
        self._wake = asyncio.Event()
        self._ready = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="factlint-batcher")

    def set_ready(self) -> None:
        """Start checking: called once the models are loaded (requests queue until then)."""
        assert self._ready is not None
        self._ready.set()

    async def run_in_worker(self, func: Callable, *args):
        """Run `func` on the engine's thread (the warm-up, which must not race a batch)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, func, *args)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self._executor.shutdown(wait=True)

    @property
    def queued(self) -> int:
        return sum(len(j.answers) for j in self._queue if not j.dropped)

    # -- requests ---------------------------------------------------------------------------

    def retry_after(self) -> int:
        return max(1, math.ceil(self.pending * self._per_answer))

    async def submit(self, options: Any, answers: list[Answer], timeout: float | None = None,
                     wait_for_room: bool = False) -> list[Report]:
        """The reports of `answers`, in order. Raises Overloaded when the queue is full
        (or, with `wait_for_room`, waits for room: a stream already answering keeps going),
        and asyncio.TimeoutError after `timeout` seconds."""
        assert self._wake is not None, "Batcher.start() first"
        if not answers:
            return []
        n = len(answers)
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.pending > 0 and self.pending + n > self.max_pending:
            if not wait_for_room:
                self.stats.rejected += 1
                raise Overloaded(self.retry_after(), self.pending)
            if deadline is not None and time.monotonic() > deadline:
                raise asyncio.TimeoutError
            await asyncio.sleep(0.01)
        job = Job(options, answers, asyncio.get_running_loop().create_future())
        self.pending += n
        self._queue.append(job)
        self._wake.set()
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            return await asyncio.wait_for(asyncio.shield(job.future), left)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            # Not started yet: the worker skips it. Started: its reports are thrown away.
            job.dropped = True
            raise

    # -- the worker -------------------------------------------------------------------------

    def _take(self, jobs: list[Job], size: int) -> int:
        """Move queued jobs into `jobs` while they fit in one batch; the new size."""
        while self._queue:
            job = self._queue[0]
            if job.dropped:
                self._queue.popleft()
                self.pending -= len(job.answers)
                continue
            if jobs and size + len(job.answers) > self.max_batch:
                break
            jobs.append(self._queue.popleft())
            size += len(job.answers)
        return size

    async def _run(self) -> None:
        assert self._wake is not None and self._ready is not None
        await self._ready.wait()
        loop = asyncio.get_running_loop()
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._queue:
                jobs: list[Job] = []
                size = self._take(jobs, 0)
                if self._last_jobs > 1 and size < self.max_batch and self.batch_wait > 0:
                    # Concurrent callers: give the others a moment to join this batch.
                    until = loop.time() + self.batch_wait
                    while size < self.max_batch and loop.time() < until:
                        await asyncio.sleep(min(0.0005, max(0.0, until - loop.time())))
                        size = self._take(jobs, size)
                self._last_jobs = len(jobs)
                await self._run_jobs(jobs)

    async def _run_jobs(self, jobs: list[Job]) -> None:
        loop = asyncio.get_running_loop()
        groups: dict[Any, list[Job]] = {}
        for job in jobs:
            if job.dropped:
                self.pending -= len(job.answers)
            else:
                groups.setdefault(job.options, []).append(job)
        for options, members in groups.items():
            answers = [a for job in members for a in job.answers]
            started = time.perf_counter()
            try:
                reports = await loop.run_in_executor(self._executor, self._check, options, answers)
            except Exception as exc:  # noqa: BLE001 - each request answers with the error
                log.exception("a batch of %d answers failed", len(answers))
                for job in members:
                    if not job.future.done() and not job.dropped:  # a dropped job has no one waiting
                        job.future.set_exception(exc)
            else:
                seconds = time.perf_counter() - started
                self._per_answer = 0.8 * self._per_answer + 0.2 * seconds / len(answers)
                self.stats.batches += 1
                self.stats.answers += len(answers)
                self.stats.sizes.append(len(answers))
                if self._on_batch is not None:
                    self._on_batch(len(answers))
                at = 0
                for job in members:
                    part = reports[at : at + len(job.answers)]
                    at += len(job.answers)
                    if not job.future.done() and not job.dropped:
                        job.future.set_result(part)
            finally:
                self.pending -= len(answers)
