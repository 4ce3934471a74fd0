"""Triage throughput against the embedding bound, and memory that must not grow with input.

    python bench/triage.py --index DIR [--n 10000] [--big 100000] [--data DIR] [--workers 1]

1. Answers: every right and hallucinated answer of HaluEval QA dev (500 questions, so 1,000
   answers), each with its question, repeated with new ids up to --n.
2. Throughput: `factlint triage` (default pack, Harper grammar, fact checks against --index)
   runs in this process through the library (TriageRun, output to /dev/null), while the
   embedder records every text it is asked to encode. Then raw `Embedder.encode()` of exactly
   those texts, in the same process, same batch size. The ratio raw_time / triage_time says how
   close triage gets to the bound the embedder sets (1.0 = triage costs no more than embedding).
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


def in_process(path: Path, index: str, workers: int) -> dict:
    from factlint.engine import Engine
    from factlint.evidence.embedder import Embedder
    from factlint.formats import Writer  # noqa: F401
    from factlint.readers import read_answers
    from factlint.registry import formats
    from factlint.triage import TriageRun

    seen: list[str] = []
    original = Embedder.encode

    def recording(self, texts, *args, **kwargs):
        seen.extend(texts)
        return original(self, texts, *args, **kwargs)

    Embedder.encode = recording
    engine = Engine.from_config(None, facts={"index": index})
    engine.resources.embedder  # load the model before the clock starts, as raw encode() has it
    engine.resources.index(str(engine.settings.resolve(index)))
    engine.resources.nlp
    with open(os.devnull, "w") as sink:
        writer = formats.get("jsonl")(sink, {})
        start = time.perf_counter()
        summary = TriageRun(engine, writer, workers=workers).run(read_answers([str(path)], engine.settings.fields))
        triage_s = time.perf_counter() - start
    Embedder.encode = original

    texts = list(seen)
    embedder = engine.resources.embedder
    start = time.perf_counter()
    for i in range(0, len(texts), 1024):
        embedder.encode(texts[i : i + 1024])
    raw_s = time.perf_counter() - start
    return {
        "answers": summary.answers, "triage_s": triage_s, "texts_embedded": len(texts),
        "distinct_texts": len(set(texts)), "raw_encode_s": raw_s, "routes": dict(summary.routes),
        "rules": dict(summary.rules.most_common(8)), "engines": summary.engines,
    }


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
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    out = REPO / "bench" / "out"
    small = write_jsonl(make_answers(args.data, args.n), out / f"triage_{args.n}.jsonl")
    info = json.loads((Path(args.index) / "manifest.json").read_text())
    print(f"index: {args.index}, {info.get('passage_count', info.get('count'))} passages, factory {info.get('factory')}")

    r = in_process(small, args.index, args.workers)
    print(f"triage, in process: {r['answers']} answers in {r['triage_s']:.1f} s = {r['answers'] / r['triage_s']:.1f} answers/s")
    print(f"  embedded {r['texts_embedded']} texts ({r['distinct_texts']} distinct); raw encode() of the same texts: {r['raw_encode_s']:.1f} s")
    print(f"  ratio raw encode / triage: {r['raw_encode_s'] / r['triage_s']:.2f}  (aim >= 0.6)")
    print(f"  routes {r['routes']}; top rules {r['rules']}")
    print(f"  engines {r['engines']}")

    seconds, peak = cli_peak(small, args.index)
    print(f"CLI on {args.n:,} answers: {seconds:.1f} s, peak {peak:.0f} MiB")
    if args.big:
        big = write_jsonl(make_answers(args.data, args.big), out / f"triage_{args.big}.jsonl")
        seconds, peak = cli_peak(big, args.index)
        print(f"CLI on {args.big:,} answers: {seconds:.1f} s, peak {peak:.0f} MiB")


if __name__ == "__main__":
    main()
