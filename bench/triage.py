"""Triage throughput against the embedding bound, and memory that must not grow with input.

    python bench/triage.py --index DIR [--n 10000] [--big 100000] [--data DIR]
                           [--workers 1,2] [--distinct 1000]

1. Answers: every right and hallucinated answer of HaluEval QA dev (500 questions, so 1,000
   answers), each with its question, repeated with new ids up to --n.
2. Throughput: `factlint triage` (default pack, Harper grammar, fact checks against --index)
   runs in this process through the library (TriageRun, output to /dev/null) on an engine
   warmed up on the demo's answers, while the embedder records every text it is asked to
   encode. Then raw `Embedder.encode()` of exactly those texts, in the same process, at the
   configured batch size and at 64. The ratio raw_time / triage_time says how close triage
   gets to the bound the embedder sets (1.0 = triage costs no more than embedding). The same
   input is then timed with --workers N. This runs twice: on the 1,000 distinct answers
   (a fresh engine: no cache has seen them) and on --n answers.
3. Memory: the CLI in a subprocess on --n and on --big answers; peak RSS of each. A streaming
   runner keeps these close; growth with input would show here.

The index should hold at least 100,000 passages: bench/index.py builds one (bench/out/index/...).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"


def make_answers(data: Path, n: int) -> list[dict]:
    base = []
    for line in (data / "halueval" / "qa_dev.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        base.append({"question": r["question"], "answer": r["right_answer"]})
        base.append({"question": r["question"], "answer": r["hallucinated_answer"]})
    return [{"id": f"h{i}", **base[i % len(base)]} for i in range(n)]


def write_jsonl(rows: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return path


def warmed_engine(index: str):
    """An Engine with everything loaded and run once, as a long run has it after its first
    batches: the model (torch's first passes pay a warm-up of a few seconds), the index, the
    packs, Harper (its spell checker's first real text costs about a second). The warm-up
    texts are the demo's answers and passages, not the benchmark's."""
    from factlint.engine import Engine
    from factlint.model import Answer
    from factlint.readers import read_answers

    engine = Engine.from_config(None, facts={"index": index})
    demo = REPO / "indexes" / "demo"
    answers = list(read_answers([str(demo / "answers.jsonl")], engine.settings.fields))
    passages = [json.loads(line)["text"] for line in (demo / "corpus.jsonl").open(encoding="utf-8")]
    engine.check_batch(answers + [Answer(id=f"warm-up-{i}", text=t) for i, t in enumerate(passages)])
    return engine


def timed_triage(engine, path: Path, workers: int, record: list[str] | None = None):
    """Seconds and summary of a triage of `path` (output to /dev/null). With `record`, every
    text the embedder is asked to encode is appended to it (in this process only)."""
    from factlint.evidence.embedder import Embedder
    from factlint.formats import Writer  # noqa: F401
    from factlint.readers import read_answers
    from factlint.registry import formats
    from factlint.triage import TriageRun

    original = Embedder.encode

    def recording(self, texts, *args, **kwargs):
        record.extend(texts)
        return original(self, texts, *args, **kwargs)

    class Timed:  # the writer, adding up each report's time per stage (Report.timings, per answer)
        def __init__(self, writer) -> None:
            self.writer, self.out, self.stages = writer, writer.out, Counter()

        def write(self, answer, report) -> None:
            self.stages.update(report.timings)
            self.writer.write(answer, report)

    if record is not None:
        Embedder.encode = recording
    try:
        with open(os.devnull, "w") as sink:
            writer = Timed(formats.get("jsonl")(sink, {}))
            start = time.perf_counter()
            summary = TriageRun(engine, writer, workers=workers).run(read_answers([str(path)], engine.settings.fields))
            summary.stages = writer.stages
            return time.perf_counter() - start, summary
    finally:
        Embedder.encode = original


def raw_encode(embedder, texts: list[str], batch_size: int) -> float:
    """Seconds for `embedder` to encode `texts` in calls of 1,024, at `batch_size` per pass."""
    configured, embedder.batch_size = embedder.batch_size, batch_size
    try:
        start = time.perf_counter()
        for i in range(0, len(texts), 1024):
            embedder.encode(texts[i : i + 1024])
        return time.perf_counter() - start
    finally:
        embedder.batch_size = configured


def throughput(path: Path, index: str, workers: list[int], label: str) -> None:
    engine = warmed_engine(index)
    texts: list[str] = []
    seconds, summary = timed_triage(engine, path, 1, record=texts)
    embedder = engine.resources.embedder
    raw = {b: raw_encode(embedder, texts, b) for b in (embedder.batch_size, 64)}  # configured, old default
    best = min(raw.values())
    print(f"{label}: {summary.answers:,} answers in {seconds:.1f} s = {summary.answers / seconds:.1f} answers/s, "
          f"ratio raw encode / triage {best / seconds:.2f} (aim >= 0.6)")
    print(f"  embedded {len(texts):,} texts ({len(set(texts)):,} distinct); raw encode() of them: "
          + ", ".join(f"{s:.1f} s at batch_size {b}" for b, s in raw.items()))
    print("  seconds per stage (one worker): " + ", ".join(f"{k} {v:.1f}" for k, v in summary.stages.most_common()))
    print(f"  routes {dict(summary.routes)}; top rules {dict(summary.rules.most_common(8))}")
    print(f"  engines {summary.engines}")
    for n in workers:
        if n == 1:
            continue
        # Worker processes build their own engines: their start-up is inside this time.
        seconds_n, summary_n = timed_triage(engine, path, n)
        print(f"  --workers {n}: {summary_n.answers / seconds_n:.1f} answers/s ({seconds_n:.1f} s with start-up), "
              f"ratio {best / seconds_n:.2f}; {seconds / seconds_n:.2f}x one worker")


def cli_peak(path: Path, index: str) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "factlint.cli", "triage", str(path), "--out", os.devnull, "--quiet", "--index", index]
    start = time.perf_counter()
    # A fresh process per measurement: ru_maxrss of RUSAGE_CHILDREN is a max over all children.
    probe = f"import resource,subprocess,sys; subprocess.run({cmd!r}); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", required=True, help="an evidence index (>= 100,000 passages for the issue's figure)")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000, help="answers for the second memory run (0: skip)")
    parser.add_argument("--workers", default="1,2", help="worker counts to time, e.g. 1,2 (1 is always run)")
    parser.add_argument("--distinct", type=int, default=1000, help="also time this many distinct answers (0: skip)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    out = REPO / "bench" / "out"
    small = write_jsonl(make_answers(args.data, args.n), out / f"triage_{args.n}.jsonl")
    info = json.loads((Path(args.index) / "manifest.json").read_text())
    print(f"index: {args.index}, {info.get('passage_count', info.get('count'))} passages, factory {info.get('factory')}")

    workers = [int(w) for w in args.workers.split(",")]
    if args.distinct:
        # HaluEval dev has 1,000 answers; --n repeats them, and engines cache: Harper its lints
        # of a text, the fact check its analysis of a passage. Real batches repeat less, so the
        # distinct answers alone, on a fresh engine, are the honest lower figure.
        distinct = write_jsonl(make_answers(args.data, args.distinct), out / f"triage_distinct_{args.distinct}.jsonl")
        throughput(distinct, args.index, workers, f"triage of {args.distinct:,} distinct answers")
    throughput(small, args.index, workers, f"triage of {args.n:,} answers")

    seconds, peak = cli_peak(small, args.index)
    print(f"CLI on {args.n:,} answers: {seconds:.1f} s, peak {peak:.0f} MiB")
    if args.big:
        big = write_jsonl(make_answers(args.data, args.big), out / f"triage_{args.big}.jsonl")
        seconds, peak = cli_peak(big, args.index)
        print(f"CLI on {args.big:,} answers: {seconds:.1f} s, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
