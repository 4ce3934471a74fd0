"""Evidence index figures: build throughput, search at 100,000 passages, retrieval quality.

    python bench/index.py [--data DIR] [--out bench/out/index] [--n 100000] [--queries 1000]
                          [--stages throughput,scale,quality] [--throughput-n 10000]

throughput  Build throughput (passages/s) of EvidenceIndex.build against raw Embedder.encode()
            of exactly the texts the build embeds, in the same process, alternated twice;
            the best of each is compared.
scale       A corpus of --n passages from ../shared/datasets: every sentence of WiCE evidence,
            Climate-FEVER evidence and OneStopEnglish articles, HaluEval knowledge paragraphs
            whole, padded with windows of 2-4 consecutive sentences. An exact index (IDMap2,Flat) is built
            with the real embedder in a subprocess (time, peak memory); its vectors are cached
            in --out so approximate indexes (auto = IVF, and HNSW32) are built from the same
            real vectors without embedding again. Each index is then searched in its own
            subprocess with --queries held-out queries (WiCE and Climate-FEVER claims,
            HaluEval question + answer; none is in the corpus): latency p50/p99 of one query
            through EvidenceIndex.search (FAISS + SQLite), batch throughput, peak memory,
            recall@10 against exact, size on disk, and HaluEval recall@5 among the 100k.
quality     HaluEval QA (500 knowledge paragraphs): index the paragraphs, query with question
            + right answer, recall@1/@5 of the right paragraph with fp32 and int8 embedders
            (and an fp32 index searched with int8 queries); int8 encode speed ratio and mean
            cosine between fp32 and int8 vectors of the same texts.

Nothing is fitted on these data: the IVF nprobe is tuned at build time on the corpus's own
vectors (never on the queries), and the queries are held out from the corpus.
Peak memory is ru_maxrss of each child process. Timings are noisy on a shared machine;
ratios measured within one run are the figures to trust.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def peak_mib() -> float:
    """Peak resident memory of this process. VmHWM rather than ru_maxrss: on Linux
    ru_maxrss survives execve, so a child started by a parent that had loaded the model
    would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def clean(text: str) -> str:
    return " ".join(text.split())


# ---- corpus -----------------------------------------------------------------------------


def halueval(data: Path) -> list[dict]:
    return [json.loads(line) for line in (data / "halueval" / "qa_dev.jsonl").open(encoding="utf-8")]


def scale_corpus(data: Path, n: int, max_chars: int = 600) -> list[dict]:
    """`n` distinct passages of real text: sentences, HaluEval paragraphs, then windows."""
    from factlint.evidence.chunking import ChunkSpec, chunk_spans

    sentences: list[str] = []
    for line in (data / "wice" / "dev.jsonl").open(encoding="utf-8"):
        sentences.extend(json.loads(line)["evidence"])
    for line in (data / "climate_fever" / "dev.jsonl").open(encoding="utf-8"):
        sentences.extend(e["evidence"] for e in json.loads(line)["evidences"])
    for line in (data / "onestopenglish" / "dev.jsonl").open(encoding="utf-8"):
        sentences.extend(SENT_SPLIT.split(json.loads(line)["text"]))
    sentences = [s for s in (clean(s) for s in sentences) if 25 <= len(s) <= max_chars]
    records, seen = [], set()

    def add(doc_id: str, text: str) -> None:
        if text not in seen and len(records) < n:
            seen.add(text)
            records.append({"id": doc_id, "text": text})

    spec = ChunkSpec(max_chars=max_chars, overlap=0)
    for i, row in enumerate(halueval(data)):
        knowledge = clean(row["knowledge"])
        for j, (s, e) in enumerate(chunk_spans(knowledge, spec)):
            add(f"halueval:{i}:{j}", knowledge[s:e])
    for i, s in enumerate(sentences):
        add(f"s{i}", s)
    for width in (2, 3, 4):  # pad with windows of consecutive sentences
        for i in range(len(sentences) - width + 1):
            if len(records) >= n:
                break
            window = " ".join(sentences[i : i + width])
            if len(window) <= max_chars:
                add(f"w{width}:{i}", window)
    if len(records) < n:
        sys.exit(f"only {len(records)} distinct passages in {data}; ask for fewer with --n")
    return records


def scale_queries(data: Path, count: int) -> tuple[list[str], list[int | None]]:
    """Held-out queries and, for HaluEval ones, the index of the right record."""
    queries: list[tuple[str, int | None]] = []
    for i, row in enumerate(halueval(data)):
        queries.append((clean(f"{row['question']} {row['right_answer']}"), i))
    for line in (data / "wice" / "dev.jsonl").open(encoding="utf-8"):
        queries.append((clean(json.loads(line)["claim"]), None))
    for line in (data / "climate_fever" / "dev.jsonl").open(encoding="utf-8"):
        queries.append((clean(json.loads(line)["claim"]), None))
    rng = np.random.default_rng(0)
    order = rng.permutation(len(queries))[:count]
    return [queries[i][0] for i in order], [queries[i][1] for i in order]


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


# ---- children (run in their own process, print one JSON line) -------------------------


class CachedEmbedder:
    """The real model's vectors, looked up by text: builds approximate indexes from the
    same real embeddings as the exact one without embedding 100,000 passages again."""

    def __init__(self, vectors: np.ndarray, texts: list[str]) -> None:
        from factlint.evidence.embedder import BUNDLED

        self.vectors = vectors
        self.row = {t: i for i, t in enumerate(texts)}
        self.model_id = self.base_model_id = self.model_name = BUNDLED
        self.quantize = False
        self.dimension = vectors.shape[1]

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.vectors[[self.row[t] for t in texts]]


def child_build(args) -> dict:
    from factlint.evidence.index import EvidenceIndex

    out = Path(args.target)
    if args.cached_vectors:
        vectors = np.load(args.cached_vectors, mmap_mode="r")
        texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8")]
        embedder = CachedEmbedder(vectors, texts)
    else:
        from factlint.evidence.embedder import Embedder

        embedder = Embedder()
        embedder.encode(["warm up"])
    started = time.perf_counter()
    idx = EvidenceIndex.build([args.corpus], out, embedder=embedder, factory=args.factory, progress=False)
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "peak_mib": peak_mib(), "info": idx.info()}  # before the copy below
    if args.save_vectors:  # the exact index's own vectors, in passage-id order
        import faiss

        inner = faiss.downcast_index(idx.index.index)
        ids = faiss.vector_to_array(idx.index.id_map)
        assert (ids == np.arange(len(ids))).all()
        np.save(args.save_vectors, inner.reconstruct_n(0, idx.index.ntotal))
    return result


def child_search(args) -> dict:
    from factlint.evidence.index import EvidenceIndex

    queries = np.load(args.query_vectors)
    started = time.perf_counter()
    idx = EvidenceIndex.open(args.target)  # full checksum verification
    open_seconds = time.perf_counter() - started
    idx.search(queries[:10], k=10)  # warm up
    latencies = []
    ids = np.full((len(queries), 10), -1, dtype=np.int64)
    docs = []
    for i in range(len(queries)):
        t = time.perf_counter()
        hits = idx.search(queries[i : i + 1], k=10)[0]
        latencies.append(time.perf_counter() - t)
        ids[i, : len(hits)] = [h.passage_id for h in hits]
        docs.append([h.doc_id for h in hits])
    t = time.perf_counter()
    idx.search(queries, k=10)
    batch_seconds = time.perf_counter() - t
    np.save(args.save_ids, ids)
    Path(args.save_ids).with_suffix(".docs.json").write_text(json.dumps(docs))
    lat = np.array(latencies) * 1000
    return {
        "open_seconds": open_seconds,
        "p50_ms": float(np.percentile(lat, 50)),
        "p99_ms": float(np.percentile(lat, 99)),
        "batch_qps": len(queries) / batch_seconds,
        "peak_mib": peak_mib(),
    }


def run_child(*argv: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *argv]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if proc.returncode != 0:
        sys.exit(f"child {' '.join(argv)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---- stages -----------------------------------------------------------------------------


def stage_throughput(args, out: Path) -> dict:
    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    records = scale_corpus(args.data, args.n)
    rng = np.random.default_rng(1)
    records = [records[i] for i in rng.choice(len(records), size=args.throughput_n, replace=False)]
    corpus = out / "throughput.jsonl"
    write_jsonl(corpus, records)
    texts = [r["text"] for r in records]  # no titles: the build embeds exactly these
    embedder = Embedder()
    embedder.encode(texts[:64])  # load and warm up

    def raw():
        embedder.encode(texts)

    def build():
        idx = EvidenceIndex.build([corpus], out / "throughput_index", embedder=embedder, progress=False)
        assert len(idx) == len(texts), "each record must be one passage"
        idx.close()

    # Other processes share the cores: alternate the order each round and keep the best
    # wall time and the best CPU time of each.
    timing = {"raw": [], "build": []}
    for round_ in range(args.rounds):
        order = [("raw", raw), ("build", build)]
        for name, fn in order if round_ % 2 == 0 else order[::-1]:
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            timing[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    best = {name: (min(w for w, _ in t), min(c for _, c in t)) for name, t in timing.items()}
    n = len(texts)
    return {
        "passages": n,
        "mean_chars": float(np.mean([len(t) for t in texts])),
        "raw_encode_per_s": n / best["raw"][0],
        "build_per_s": n / best["build"][0],
        "ratio": best["raw"][0] / best["build"][0],
        "cpu_ratio": best["raw"][1] / best["build"][1],
        "timings_wall_cpu": timing,
    }


def stage_scale(args, out: Path) -> dict:
    from factlint.evidence.embedder import Embedder

    work = out / "scale"
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus_{args.n}.jsonl"
    if not corpus.exists():
        write_jsonl(corpus, scale_corpus(args.data, args.n))
    stamp = digest(corpus)
    cache = work / f"exact_{stamp}.json"
    vectors = work / f"vectors_{stamp}.npy"
    exact_dir = work / "exact"
    results: dict = {"passages": args.n, "corpus_sha256_16": stamp}
    if cache.exists() and vectors.exists() and exact_dir.exists():
        results["exact_build"] = json.loads(cache.read_text()) | {"cached": True}
    else:
        print(f"building the exact index of {args.n} passages with the real embedder...", file=sys.stderr)
        built = run_child("build", "--corpus", str(corpus), "--target", str(exact_dir),
                          "--factory", "Flat", "--save-vectors", str(vectors))
        cache.write_text(json.dumps(built))
        results["exact_build"] = built
    results["exact_build"]["passages_per_s"] = args.n / results["exact_build"]["seconds"]

    queries, gold = scale_queries(args.data, args.queries)
    qfile = work / f"queries_{args.queries}.npy"
    if not qfile.exists():
        np.save(qfile, Embedder().encode(queries))

    dirs = {"exact": exact_dir}
    for name, factory in (("auto", "auto"), ("hnsw32", "HNSW32,Flat")):
        dirs[name] = work / name
        built = run_child("build", "--corpus", str(corpus), "--target", str(dirs[name]),
                          "--factory", factory, "--cached-vectors", str(vectors))
        results[f"{name}_build"] = {k: built[k] for k in ("seconds", "peak_mib")} | {
            "factory": built["info"]["factory"], "search_params": built["info"]["search_params"],
            "tuning": built["info"]["tuning"],
        }
    found = {}
    for name, folder in dirs.items():
        ids_file = work / f"ids_{name}.npy"
        searched = run_child("search", "--target", str(folder), "--query-vectors", str(qfile), "--save-ids", str(ids_file))
        found[name] = (np.load(ids_file), json.loads(ids_file.with_suffix(".docs.json").read_text()))
        results[f"{name}_search"] = searched | {"size_mb": dir_bytes(folder) / 1e6}
    # The exact index searched with int8-quantised query vectors (the mixed-precision case).
    q8file = work / f"queries_{args.queries}_int8.npy"
    if not q8file.exists():
        np.save(q8file, Embedder(quantize=True).encode(queries))
    ids_file = work / "ids_exact_int8.npy"
    searched = run_child("search", "--target", str(exact_dir), "--query-vectors", str(q8file), "--save-ids", str(ids_file))
    found["exact_int8q"] = (np.load(ids_file), json.loads(ids_file.with_suffix(".docs.json").read_text()))
    results["exact_int8q_search"] = searched | {"size_mb": dir_bytes(exact_dir) / 1e6}
    exact_ids = found["exact"][0]
    for name in ("auto", "hnsw32", "exact_int8q"):
        approx = found[name][0]
        recall = np.mean([len(set(a[a >= 0]) & set(e[e >= 0])) / max(1, (e >= 0).sum()) for a, e in zip(approx, exact_ids)])
        results[f"{name}_search"]["recall_at_10_vs_exact"] = float(recall)
    for name in found:
        docs = found[name][1]
        hits = [any(d.startswith(f"halueval:{g}:") for d in doc_ids[:5]) for doc_ids, g in zip(docs, gold) if g is not None]
        results[f"{name}_search"]["halueval_recall_at_5_in_100k"] = float(np.mean(hits))
        results[f"{name}_search"]["halueval_queries"] = len(hits)
    return results


def stage_quality(args, out: Path) -> dict:
    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    rows = halueval(args.data)
    corpus = out / "halueval_knowledge.jsonl"
    write_jsonl(corpus, [{"id": str(i), "text": r["knowledge"]} for i, r in enumerate(rows)])
    queries = [f"{r['question']} {r['right_answer']}" for r in rows]
    knowledge = [r["knowledge"] for r in rows]
    fp32, int8 = Embedder(), Embedder(quantize=True)
    fp32.encode(["warm up"]), int8.encode(["warm up"])
    times = {"fp32": [], "int8": []}
    vecs = {}
    for _ in range(2):  # alternate, keep the best of each
        for name, emb in (("fp32", fp32), ("int8", int8)):
            t = time.perf_counter()
            vecs[name, "k"] = emb.encode(knowledge)
            vecs[name, "q"] = emb.encode(queries)
            times[name].append(time.perf_counter() - t)
    indexes = {}
    for name, emb in (("fp32", fp32), ("int8", int8)):
        indexes[name] = EvidenceIndex.build([corpus], out / f"halueval_{name}", embedder=emb, progress=False)
    passages = len(indexes["fp32"])
    results = {
        "records": len(rows),
        "passages": passages,
        "int8_speedup": min(times["fp32"]) / min(times["int8"]),
        "encode_seconds": {k: min(v) for k, v in times.items()},
        "mean_cosine_fp32_int8_knowledge": float((vecs["fp32", "k"] * vecs["int8", "k"]).sum(1).mean()),
        "mean_cosine_fp32_int8_queries": float((vecs["fp32", "q"] * vecs["int8", "q"]).sum(1).mean()),
    }
    for index_name, query_name in (("fp32", "fp32"), ("int8", "int8"), ("fp32", "int8")):
        found = indexes[index_name].search(vecs[query_name, "q"], k=5)
        at = {k: float(np.mean([str(i) in [h.doc_id for h in hits[:k]] for i, hits in enumerate(found)])) for k in (1, 5)}
        results[f"index_{index_name}_queries_{query_name}"] = {"recall_at_1": at[1], "recall_at_5": at[5]}
    return results


# ---- main -------------------------------------------------------------------------------


def report(results: dict) -> None:
    t = results.get("throughput")
    if t:
        print(f"\n== build throughput ({t['passages']} passages, same process, best of {len(t['timings_wall_cpu']['raw'])})")
        print(f"raw encode():        {t['raw_encode_per_s']:8.1f} passages/s")
        print(f"EvidenceIndex.build: {t['build_per_s']:8.1f} passages/s   ratio {t['ratio']:.3f} "
              f"(CPU-time ratio {t['cpu_ratio']:.3f}; passages of {t['mean_chars']:.0f} chars on average)")
    s = results.get("scale")
    if s:
        b = s["exact_build"]
        print(f"\n== {s['passages']} passages (real MiniLM vectors)")
        print(f"exact build with the embedder: {b['seconds']:.0f} s ({b['passages_per_s']:.0f} passages/s), "
              f"peak {b['peak_mib']:.0f} MiB{' (cached from an earlier run)' if b.get('cached') else ''}")
        print(f"{'index':<8}{'factory':<20}{'params':<14}{'build s':>8}{'build MiB':>10}{'open s':>8}"
              f"{'p50 ms':>8}{'p99 ms':>8}{'batch q/s':>10}{'search MiB':>11}{'MB disk':>8}{'R@10':>7}{'halu R@5':>9}")
        for name in ("exact", "auto", "hnsw32"):
            q = s[f"{name}_search"]
            bb = s.get(f"{name}_build") if name != "exact" else {
                "seconds": b["seconds"], "peak_mib": b["peak_mib"],
                "factory": b["info"]["factory"], "search_params": b["info"]["search_params"]}
            params = ",".join(f"{k}={v}" for k, v in bb["search_params"].items()) or "-"
            recall = f"{q['recall_at_10_vs_exact']:.3f}" if "recall_at_10_vs_exact" in q else "1"
            print(f"{name:<8}{bb['factory']:<20}{params:<14}{bb['seconds']:>8.1f}{bb['peak_mib']:>10.0f}{q['open_seconds']:>8.2f}"
                  f"{q['p50_ms']:>8.2f}{q['p99_ms']:>8.2f}{q['batch_qps']:>10.0f}{q['peak_mib']:>11.0f}{q['size_mb']:>8.1f}"
                  f"{recall:>7}{q['halueval_recall_at_5_in_100k']:>9.3f}")
        print("(approximate builds embed nothing: they look the exact index's vectors up, which their peak memory includes)")
        q8 = s.get("exact_int8q_search")
        if q8:
            print(f"exact index, int8 query vectors: top-10 overlap with fp32 queries {q8['recall_at_10_vs_exact']:.3f}, "
                  f"HaluEval recall@5 {q8['halueval_recall_at_5_in_100k']:.3f} (fp32 queries: {s['exact_search']['halueval_recall_at_5_in_100k']:.3f}, "
                  f"{q8['halueval_queries']} HaluEval queries among the {s['exact_search'].get('queries', 'held-out')})")
    qa = results.get("quality")
    if qa:
        print(f"\n== HaluEval QA retrieval ({qa['records']} questions, {qa['passages']} passages)")
        for key in ("index_fp32_queries_fp32", "index_int8_queries_int8", "index_fp32_queries_int8"):
            r = qa[key]
            print(f"{key:<26} recall@1 {r['recall_at_1']:.3f}  recall@5 {r['recall_at_5']:.3f}")
        print(f"int8 encode speed-up x{qa['int8_speedup']:.2f}; mean cosine fp32/int8: knowledge "
              f"{qa['mean_cosine_fp32_int8_knowledge']:.3f}, queries {qa['mean_cosine_fp32_int8_queries']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "index")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--throughput-n", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds of the throughput stage")
    parser.add_argument("--stages", default="throughput,scale,quality")
    parser.add_argument("--report", action="store_true", help="print the figures of the last run (--out/results.json)")
    parser.add_argument("--child", choices=["build", "search"])
    parser.add_argument("--corpus")
    parser.add_argument("--target")
    parser.add_argument("--factory", default="auto")
    parser.add_argument("--cached-vectors")
    parser.add_argument("--save-vectors")
    parser.add_argument("--query-vectors")
    parser.add_argument("--save-ids")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.child:
        result = child_build(args) if args.child == "build" else child_search(args)
        print(json.dumps(result))
        return
    if args.report:
        report(json.loads((args.out / "results.json").read_text()))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    previous = args.out / "results.json"
    # Stages not run this time keep their last figures, so --report shows a whole run.
    results: dict = json.loads(previous.read_text()) if previous.exists() else {}
    stages = {"throughput": stage_throughput, "scale": stage_scale, "quality": stage_quality}
    for name in args.stages.split(","):
        started = time.perf_counter()
        results[name] = stages[name](args, args.out)
        print(f"[{name} done in {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
        (args.out / "results.json").write_text(json.dumps(results, indent=2))
    report(results)
    shutil.rmtree(args.out / "throughput_index", ignore_errors=True)


if __name__ == "__main__":
    main()
