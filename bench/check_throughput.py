"""Throughput and peak memory of `factlint check` on 10,000 answers of about 80 words.

The answers are cut from OneStopEnglish article text (../shared/datasets/onestopenglish),
80 words each, ending at a sentence end where one is near. The check runs as a real CLI
subprocess (`factlint check FILE --format jsonl --out /dev/null`), so the figures include
start-up, reading, every check of the default pack, and writing. Peak memory is the child's
maximum resident set size.

    python bench/check_throughput.py [--n 10000] [--words 80] [--data DIR] [-- extra check args]

It prints one line per configuration: the default checks, and the default checks without
grammar (to show what the grammar engine costs), each as answers/s and peak MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"


def make_answers(data: Path, n: int, words: int) -> list[dict]:
    texts = [json.loads(line)["text"] for line in (data / "onestopenglish" / "dev.jsonl").open(encoding="utf-8")]
    pieces = []
    for text in texts:
        tokens = text.split()
        for i in range(0, len(tokens) - words, words):
            chunk = tokens[i : i + words]
            # End on a full stop when one is in the last quarter, like a real answer would.
            for j in range(len(chunk) - 1, words * 3 // 4, -1):
                if chunk[j].endswith((".", "?", "!")):
                    chunk = chunk[: j + 1]
                    break
            pieces.append(" ".join(chunk))
    out = []
    while len(out) < n:  # cycle if the corpus has fewer pieces than asked for
        out.extend(pieces[: n - len(out)])
    return [{"id": f"a{i}", "answer": t} for i, t in enumerate(out)]


def run_check(path: Path, extra: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of one `factlint check` subprocess."""
    cmd = [sys.executable, "-m", "factlint.cli", "check", str(path), "--format", "jsonl", "--out", os.devnull, "--quiet", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        sys.exit(f"factlint check failed ({proc.returncode}): {proc.stderr[-2000:]}")
    # ru_maxrss of children is the max over all children so far: run the larger config last.
    return seconds, max(peak, before) / 1024, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=80)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("extra", nargs="*", help="extra arguments for factlint check")
    args = parser.parse_args()

    out_dir = REPO / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"answers_{args.n}x{args.words}.jsonl"
    answers = make_answers(args.data, args.n, args.words)
    path.write_text("".join(json.dumps(a) + "\n" for a in answers), encoding="utf-8")
    mean_words = sum(len(a["answer"].split()) for a in answers) / len(answers)
    print(f"{len(answers)} answers, {mean_words:.1f} words on average, {path.stat().st_size / 2**20:.1f} MiB")

    configs = [("default pack, no grammar", ["--ignore", "grammar,spelling"]), ("default pack (all checks)", [])]
    for label, flags in configs:
        seconds, peak, _ = run_check(path, flags + args.extra)
        print(f"{label:<28} {len(answers) / seconds:8.1f} answers/s  {seconds:7.1f} s  peak {peak:7.1f} MiB")


if __name__ == "__main__":
    main()
