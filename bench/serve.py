"""Latency and throughput of `factlint serve`, beside Engine.check_batch in-process.

    python bench/serve.py [--seconds 10] [--overload-seconds 30] [--index DIR] [--data DIR]

On 80-word answers cut from OneStopEnglish (as bench/check_throughput.py cuts them), in one
run, so that the ratios hold under whatever else the machine is doing:

1. Cold start: seconds from starting `factlint serve` to /ready answering 200, without and
   with the evidence index (the demo index is built when --index is not given).
2. In-process: Engine.check_batch over the answers in batches of 32 (answers/s), and
   Engine.check of one answer at a time (p50), with the server's config.
3. /v1/check, one answer per request, with 1, 8 and 32 concurrent keep-alive clients for
   --seconds each: requests/s, p50 and p99 latency; requests/s over in-process answers/s.
4. Overload: 200 concurrent clients for --overload-seconds against the server without an
   index, started with --max-pending 64 so that the queue fills: every request must be
   answered 200 or 503 (sent = 200s + 503s, no connection errors), and the server's memory
   is sampled every second (first, last, highest).

The clients are a few lines of asyncio over raw HTTP/1.1 connections, to leave the CPU to
the server. The load average is printed with the figures: on a shared machine, compare
figures of one run with each other, not with another run's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))
from check_throughput import DEFAULT_DATA, make_answers  # noqa: E402
from serve_helpers import free_port  # noqa: E402


class Connection:
    """One keep-alive HTTP/1.1 connection: POST a body, read status and body back."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes) -> int:
        for attempt in (1, 2):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            try:
                head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n").encode()
                self.writer.write(head + body)
                await self.writer.drain()
                status_line = await self.reader.readline()
                if not status_line:
                    raise ConnectionResetError("closed")
                status = int(status_line.split()[1])
                length = 0
                while True:
                    line = await self.reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                await self.reader.readexactly(length)
                return status
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(port: int, bodies: list[bytes], clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    sent = 0
    stop = time.perf_counter() + seconds

    async def client(k: int) -> None:
        nonlocal errors, sent
        conn = Connection(port)
        i = k
        while time.perf_counter() < stop:
            body = bodies[i % len(bodies)]
            i += clients
            started = time.perf_counter()
            sent += 1
            try:
                status = await asyncio.wait_for(conn.post("/v1/check", body), 120)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError):
                errors += 1
                conn.close()
                continue
            statuses[status] = statuses.get(status, 0) + 1
            if status == 200:
                latencies.append(time.perf_counter() - started)
        conn.close()

    began = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "clients": clients, "sent": sent, "statuses": statuses, "errors": errors,
        "rps": statuses.get(200, 0) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else None,
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else None,
    }


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server(extra: list[str]) -> tuple[subprocess.Popen, int, float]:
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "factlint.cli", "serve", "--port", str(port), "--no-access-log", *extra],
                               cwd=tempfile.mkdtemp(), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while True:
        if process.poll() is not None:
            sys.exit(f"factlint serve exited {process.returncode}: {process.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as r:
                if r.status == 200:
                    return process, port, time.perf_counter() - started
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)


def in_process(answers: list[dict], index: str | None, seconds: float) -> dict:
    from factlint.engine import Engine
    from factlint.model import Answer

    config = {"facts": {"index": index}} if index else {}
    engine = Engine.from_config(config)
    getattr(engine, "warm_up", lambda: engine.check("Warm up."))()
    items = [Answer(id=a["id"], text=a["answer"]) for a in answers]
    engine.check_batch(items[-8:])  # untimed: whatever the warm-up left to load on first use
    # Batches of 32, at least one, for at least `seconds`: the server's batches are of this order.
    done, started = 0, time.perf_counter()
    while done == 0 or time.perf_counter() - started < seconds:
        batch = (items[done % len(items):] + items)[:32]
        engine.check_batch(batch)
        done += len(batch)
    throughput = done / (time.perf_counter() - started)
    singles = []
    stop = time.perf_counter() + seconds / 2
    i = 0
    while len(singles) < 5 or time.perf_counter() < stop:
        t = time.perf_counter()
        engine.check(items[i % len(items)])
        singles.append(time.perf_counter() - t)
        i += 1
    return {"answers_per_s": throughput, "one_p50_ms": 1000 * statistics.median(singles)}


def demo_index() -> str:
    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    out = Path(tempfile.mkdtemp()) / "demo"
    EvidenceIndex.build([REPO / "indexes" / "demo" / "corpus.jsonl"], out, embedder=Embedder(), progress=False).close()
    return str(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per load level")
    parser.add_argument("--overload-seconds", type=float, default=30.0)
    parser.add_argument("--index", help="evidence index (default: the demo index, built now)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=500, help="distinct answers")
    parser.add_argument("--levels", default="1,8,32")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    answers = make_answers(args.data, args.n, 80)
    bodies = [json.dumps({"id": a["id"], "text": a["answer"]}).encode() for a in answers]
    index = args.index or demo_index()
    print(f"load average at start: {os.getloadavg()[0]:.2f} ({os.cpu_count()} CPUs); "
          f"{len(answers)} answers of ~80 words, {args.seconds:g} s per level", flush=True)

    for label, extra, idx in (("no index", ["--max-pending", "64"], None), ("demo index", ["--index", index], index)):
        process, port, cold = start_server(extra)
        try:
            print(f"\n== {label}: cold start to ready {cold:.1f} s", flush=True)
            local = in_process(answers, idx, args.seconds)
            print(f"in-process Engine.check_batch (32): {local['answers_per_s']:.1f} answers/s; "
                  f"Engine.check one answer p50 {local['one_p50_ms']:.1f} ms", flush=True)
            for clients in [int(x) for x in args.levels.split(",")]:
                r = asyncio.run(load(port, bodies, clients, args.seconds))
                print(f"/v1/check {clients:>3} clients: {r['rps']:7.1f} req/s ({r['rps'] / local['answers_per_s']:.2f} of in-process), "
                      f"p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, statuses {r['statuses']}, errors {r['errors']}"
                      f"  [load {os.getloadavg()[0]:.2f}]", flush=True)
            if idx is None and args.overload_seconds > 0:
                samples = [rss_mib(process.pid)]

                async def overload():
                    async def sample():
                        while True:
                            await asyncio.sleep(1)
                            samples.append(rss_mib(process.pid))

                    sampler = asyncio.ensure_future(sample())
                    try:
                        return await load(port, bodies, 200, args.overload_seconds)
                    finally:
                        sampler.cancel()

                r = asyncio.run(overload())
                answered = sum(r["statuses"].values())
                ok = process.poll() is None and r["errors"] == 0 and answered == r["sent"] and set(r["statuses"]) <= {200, 503}
                print(f"overload 200 clients {args.overload_seconds:g} s: sent {r['sent']}, answered {answered} {r['statuses']}, "
                      f"errors {r['errors']}, 200s at {r['rps']:.1f}/s p50 {r['p50_ms']:.0f} ms p99 {r['p99_ms']:.0f} ms; "
                      f"server RSS MiB first {samples[0]:.0f} last {samples[-1]:.0f} max {max(samples):.0f}; "
                      f"{'OK' if ok else 'FAILED'}  [load {os.getloadavg()[0]:.2f}]", flush=True)
        finally:  # never leave a server behind, whatever failed
            process.terminate()
            code = process.wait(60)
        print(f"SIGTERM: exit status {code}", flush=True)


if __name__ == "__main__":
    main()
