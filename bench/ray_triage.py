"""Triage on Ray (2 actors) beside local triage (--workers 2): throughput, start-up, memory.

    python bench/ray_triage.py [--n 10000] [--workers 2] [--index DIR] [--data DIR]

1. Answers: bench/triage.py's (every right and hallucinated answer of HaluEval QA dev, with
   its question, repeated with new ids up to --n), written to bench/out/triage_N.jsonl.
2. Start-up: each command on 20 of those answers; its wall time is nearly all start-up
   (Python and factlint imports, engines loaded per worker or actor, Ray started).
3. Throughput: `factlint triage FILE --workers 2 --out /dev/null` and `factlint triage FILE
   --ray --workers 2 --out DIR` on the --n answers, each a fresh process (and, for Ray, a
   fresh local Ray instance with as many CPUs as the machine has), wall time including
   start-up; answers/s also net of the start-up measured in 2.
4. Memory: while each runs, the peak RSS (VmHWM) of every process that checks answers (the
   local workers; Ray's MapWorker actors) and, for Ray, of its own daemons (raylet, GCS,
   agents, the driver).

Without --index the demo corpus is built into bench/out/demo-index (the fact check then
runs against 38 documents, as in the README's demo); --index names a larger one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from triage import DEFAULT_DATA, REPO, make_answers, write_jsonl  # noqa: E402 - bench/triage.py, beside this file

OUT = REPO / "bench" / "out"


def demo_index() -> Path:
    out = OUT / "demo-index"
    if not (out / "manifest.json").exists():
        from factlint.evidence.embedder import Embedder
        from factlint.evidence.index import EvidenceIndex

        shutil.rmtree(out, ignore_errors=True)
        EvidenceIndex.build([REPO / "indexes" / "demo" / "corpus.jsonl"], out, embedder=Embedder(), progress=False).close()
    return out


def _processes() -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                pass
    return found


def _peak_rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _descendants(root: int, table: dict[int, str]) -> set[int]:
    parents = {}
    for pid in table:
        try:
            parents[pid] = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            pass
    found, todo = set(), [root]
    while todo:
        current = todo.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in found:
                found.add(pid)
                todo.append(pid)
    return found


class Sampler(threading.Thread):
    """Peak RSS per process of a running command, by role, sampled every half second."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peaks, self.roles = root, {}, {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            table = _processes()
            mine = _descendants(self.root, table) | {self.root}
            for pid in mine:
                cmd = table.get(pid, "")
                role = ("actor" if "MapWorker" in cmd else "ray" if "ray" in cmd.lower() and pid != self.root
                        else "driver" if pid == self.root else "worker")
                peak = _peak_rss_mib(pid)
                if peak is not None:
                    self.peaks[pid] = max(peak, self.peaks.get(pid, 0.0))
                    self.roles[pid] = role
            self.stop.wait(0.5)

    def by_role(self) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for pid, peak in self.peaks.items():
            out.setdefault(self.roles[pid], []).append(round(peak))
        return {k: sorted(v, reverse=True) for k, v in out.items()}


def timed(cmd: list[str]) -> tuple[float, dict[str, list[float]], str]:
    start = time.perf_counter()
    # A new session: Ray's daemons are the command's descendants, and none outlives it.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, sampler.by_role(), err


def local_cmd(path: Path, index: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "factlint.cli", "triage", str(path), "--out", os.devnull, "--quiet",
            "--index", str(index), "--workers", str(workers)]


def ray_cmd(path: Path, index: Path, workers: int, out: Path) -> list[str]:
    shutil.rmtree(out, ignore_errors=True)
    return [sys.executable, "-m", "factlint.cli", "triage", str(path), "--ray", "--out", str(out), "--quiet",
            "--index", str(index), "--workers", str(workers)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2, help="local worker processes and Ray actors")
    parser.add_argument("--index", type=Path, help="an evidence index (default: the demo corpus, built once)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("RAY_DATA_DISABLE_PROGRESS_BARS", "1")

    index = args.index or demo_index()
    answers = make_answers(args.data, args.n)
    big = write_jsonl(answers, OUT / f"triage_{args.n}.jsonl")
    tiny = write_jsonl(answers[:20], OUT / "triage_ray_tiny.jsonl")
    print(f"{args.n:,} answers ({big}), index {index}, {args.workers} workers/actors, {os.cpu_count()} CPUs")

    ray_out = OUT / "ray-triage"
    results = {}
    for name, make in (("local", lambda p: local_cmd(p, index, args.workers)),
                       ("ray", lambda p: ray_cmd(p, index, args.workers, ray_out))):
        startup, _, _ = timed(make(tiny))
        seconds, memory, _ = timed(make(big))
        results[name] = (startup, seconds, memory)
        net = f"{args.n / (seconds - startup):.1f}" if seconds > startup else "n/a"
        line = (f"{name:5}: start-up {startup:.1f} s (20 answers); {args.n:,} answers in {seconds:.1f} s = "
                f"{args.n / seconds:.1f} answers/s with start-up, {net} without")
        print(line + f" (load average after: {os.getloadavg()[0]:.1f})", flush=True)
        print(f"       peak RSS MiB by process: {json.dumps(memory)}", flush=True)
        if name == "ray":
            summary = json.loads((ray_out / "summary.json").read_text())
            print(f"       summary.json: {summary['answers']:,} answers, {len(summary['shards'])} shard(s), "
                  f"ray.init {summary['connect_seconds']:.1f} s, first record after {summary['first_record_seconds']:.1f} s, "
                  f"{summary['actor_processes']} actor processes, routes {summary['routes']}", flush=True)
    local, ray = results["local"], results["ray"]
    print(f"ray / local: {local[1] / ray[1]:.2f}x the throughput with start-up; start-up {ray[0] - local[0]:+.1f} s")


if __name__ == "__main__":
    main()
