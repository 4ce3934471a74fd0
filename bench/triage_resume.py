"""Kill -9 and resume: does the output hold each input record exactly once?

    python bench/triage_resume.py [--n 20000] [--kills 3] [-- extra triage args]

Writes --n records (HaluEval questions and answers when ../shared/datasets is there, with a
bad line every 997 records), starts `factlint triage --out OUT`, kills it with SIGKILL at a
random moment after it has written its first batch, --kills times (resuming with --resume
after each kill), lets the last run finish, then counts: input records, output records, duplicates, missing, and whether the
output order equals the input order.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"


def make_input(path: Path, n: int, data: Path) -> list[tuple[int, str]]:
    qa = []
    source = data / "halueval" / "qa_dev.jsonl"
    if source.exists():
        for line in source.open(encoding="utf-8"):
            r = json.loads(line)
            qa += [(r["question"], r["right_answer"]), (r["question"], r["hallucinated_answer"])]
    else:
        qa = [("What foods have iron?", "Beans and lentils have iron.")]
    keys = []
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            line_no = i + 1
            if i % 997 == 996:
                handle.write("{this line is broken\n")
                keys.append((line_no, f"{path}:{line_no}"))
                continue
            q, a = qa[i % len(qa)]
            handle.write(json.dumps({"id": f"r{i}", "question": q, "answer": a}) + "\n")
            keys.append((line_no, f"r{i}"))
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("extra", nargs="*", help="extra arguments for factlint triage")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    work = REPO / "bench" / "out" / "resume"
    work.mkdir(parents=True, exist_ok=True)
    src, out = work / "in.jsonl", work / "out.jsonl"
    out.unlink(missing_ok=True)
    expected = make_input(src, args.n, args.data)
    base = [sys.executable, "-m", "factlint.cli", "triage", str(src), "--out", str(out), "--quiet", *args.extra]

    def lines() -> int:
        return out.read_bytes().count(b"\n") if out.exists() else 0

    for k in range(args.kills + 1):
        cmd = base + (["--resume"] if k else [])
        before = lines()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if k < args.kills:
            # Kill mid-stream: once this run has written its first batch (loading the models
            # takes a while), at a random moment within the next few batches.
            while lines() == before and proc.poll() is None:
                time.sleep(0.2)
            time.sleep(rng.uniform(0, 6))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            print(f"kill {k + 1}: SIGKILL after {lines()} complete output lines")
        else:
            code = proc.wait()
            print(f"final run exited {code} (2: the input holds malformed lines, reported as error records)")

    got = [(r["record_line"], r["answer_id"]) for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())]
    dupes = len(got) - len(set(got))
    missing = len(set(expected) - set(got))
    print(f"input records {len(expected)}, output records {len(got)}, duplicates {dupes}, missing {missing}, "
          f"same order as input: {got == expected}")
    sys.exit(0 if got == expected else 1)


if __name__ == "__main__":
    main()
