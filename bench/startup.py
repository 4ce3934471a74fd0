"""Start-up: how long a trainer waits for a one-line `factlint check`, and a library caller
for its first `Engine.check()`.

    python bench/startup.py [--runs 5] [--index DIR]

Each figure is a fresh Python process, timed from the outside (wall clock), `--runs` times;
the median and the fastest are printed, with the median CPU seconds of the process and the
load average before and after, since a busy machine stretches every wall-clock figure:

- `check`, no index: `factlint check one.txt` on a one-line answer (Harper, spaCy, packs).
- `check --index`: the same with the demo evidence index (claims embedded and searched).
- first `Engine.check()`, without and with the index: `Engine.from_config()` then one check,
  timed inside the process (interpreter start-up excluded), and the same after
  `engine.warm_up()`, which is what a service pays once before its first request.
- `import factlint.cli`: the floor every command pays before it does anything.

The demo index is built into bench/out/startup-index (once; not timed) unless --index names one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANSWER = "Ibuprofen is basically totally safe, you can take 800 mg every 2 hours for a headache lol.\n"
FACT = "Adult men need about 18 mg of iron a day."

ENGINE_CODE = """
import json, sys, time
start = time.perf_counter()
from factlint.engine import Engine
config = {{"facts": {{"index": {index!r}}}}} if {index!r} else None
engine = Engine.from_config(config)
if {warm!r}:
    engine.warm_up()
warmed = time.perf_counter()
report = engine.check({text!r})
done = time.perf_counter()
print(json.dumps({{"first_check": done - warmed, "before": warmed - start, "rules": [f.rule for f in report.findings]}}))
"""


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


CPU: list[float] = []  # CPU seconds (user + system) of each timed process, all its threads


def timed(cmd: list[str]) -> tuple[float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return seconds, proc.stdout


def build_index(folder: Path) -> Path:
    if not (folder / "manifest.json").is_file():
        print(f"building the demo index into {folder} (not timed) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "factlint.cli", "index", "build", "indexes/demo/corpus.jsonl",
                        "--out", str(folder)], check=True, cwd=REPO, capture_output=True)
    return folder


def row(name: str, figures: list[float], aim: float | None = None, cpu: bool = True) -> None:
    """Wall-clock median and fastest, and the median CPU seconds of the whole processes (less
    moved by other load than the wall clock; threads loading side by side add up)."""
    med, best = statistics.median(figures), min(figures)
    used = f"   cpu {statistics.median(CPU[-len(figures):]):5.2f} s" if cpu else " " * 15
    note = f"   aim < {aim:.1f} s: {'met' if med < aim else 'not met'}" if aim else ""
    print(f"{name:44} median {med:6.2f} s   fastest {best:6.2f} s{used}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--index", type=Path, help="an evidence index (default: the demo, built once)")
    args = parser.parse_args()
    index = args.index or build_index(REPO / "bench" / "out" / "startup-index")
    cli = [sys.executable, "-m", "factlint.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(ANSWER, encoding="utf-8")
        fact = Path(tmp) / "fact.txt"
        fact.write_text(FACT + "\n", encoding="utf-8")
        print(f"load average before: {load()}   (cores: {os.cpu_count()})")
        runs = range(args.runs)
        row("import factlint.cli", [timed([sys.executable, "-c", "import factlint.cli"])[0] for _ in runs])
        row("factlint check one.txt (no index)", [timed([*cli, "check", str(one)])[0] for _ in runs], 1.5)
        row("factlint check fact.txt --index DEMO", [timed([*cli, "check", str(fact), "--index", str(index)])[0]
                                                     for _ in runs], 4.0)
        for label, idx in (("no index", ""), ("with index", str(index))):
            for warm in (False, True):
                results = []
                for _ in runs:
                    code = ENGINE_CODE.format(index=idx, warm=warm, text=FACT if idx else ANSWER.strip())
                    results.append(json.loads(timed([sys.executable, "-c", code])[1].strip().splitlines()[-1]))
                if warm:
                    row(f"Engine.warm_up() ({label})", [r["before"] for r in results])
                    row(f"  then the first check ({label})", [r["first_check"] for r in results], cpu=False)
                else:
                    row(f"first Engine.check() ({label})", [r["before"] + r["first_check"] for r in results])
        print(f"load average after:  {load()}")


if __name__ == "__main__":
    main()
