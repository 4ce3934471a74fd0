"""The FAISS side of an evidence index: choose a factory, make, train, fill, tune and edit.

Vectors are unit length and compared by inner product (= cosine). Passage ids are the
index's own int64 ids, so they survive adds and removes:
- IVF indexes take ids natively and remove them natively, so they are used as they are;
- every other kind (Flat, HNSW...) is wrapped in IndexIDMap2. Flat removes natively;
  kinds that cannot remove (HNSW) are rebuilt from their stored vectors when asked to.
(An IDMap around an IVF would break on remove: IVF does not renumber its internal ids.)

"auto" picks exact search up to EXACT_MAX passages (a brute-force scan of 50,000 vectors
of 384 floats takes a few milliseconds), and above that IVF with about 4*sqrt(n) lists:
it adds and removes natively, where HNSW would need a rebuild to remove a passage, and it
costs no extra memory for a graph. Its `nprobe` is tuned at build time (see `tune`).
"""

from __future__ import annotations

import math
import re
import threading

import faiss
import numpy as np

from factlint.errors import EvidenceIndexError

EXACT_MAX = 50_000
TUNE_TARGET = 0.98
TUNE_QUERIES = 256
TUNE_K = 10
TUNE_MARGIN = 2
MIN_EF_SEARCH = 64
_ADD_CHUNK = 65_536
_PARAMS = {"nprobe": (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024), "efSearch": (16, 32, 64, 128, 256, 512)}
#: Below this many queries a search runs on one OpenMP thread. FAISS opens a parallel region
#: even for one query; when other processes hold the cores, waiting for the second thread
#: costs far more than it saves (bench, 100k passages on 2 busy cores, one query: exact
#: 40 -> 11 ms, HNSW 7.6 -> 0.2 ms). Large batches keep FAISS's own threading.
SINGLE_THREAD_BELOW = 64
_THREADS_LOCK = threading.Lock()
_IDMAP_PREFIX = re.compile(r"^\s*IDMap2?\s*,\s*", re.IGNORECASE)


def choose_factory(n: int, requested: str = "auto") -> str:
    """The FAISS factory string for `n` passages: the user's own, or one chosen by size."""
    if requested.strip().lower() != "auto":
        return _IDMAP_PREFIX.sub("", requested.strip())
    if n <= EXACT_MAX:
        return "Flat"
    nlist = 2 ** round(math.log2(4 * math.sqrt(n)))
    return f"IVF{nlist},Flat"


def make_index(factory: str, dimension: int) -> tuple[faiss.Index, str]:
    """An empty index for `factory` and the factory string that describes it exactly."""
    factory = _IDMAP_PREFIX.sub("", factory.strip())
    try:
        inner = faiss.index_factory(dimension, factory, faiss.METRIC_INNER_PRODUCT)
    except RuntimeError as exc:
        first = str(exc).strip().splitlines()[-1] if str(exc).strip() else "invalid"
        raise EvidenceIndexError(f"FAISS factory string {factory!r} is not valid: {first}") from None
    if faiss.try_extract_index_ivf(inner) is not None:
        return inner, factory
    index = faiss.IndexIDMap2(inner)
    index.own_fields = True
    inner.this.disown()  # the IDMap owns the inner index from now on
    return index, f"IDMap2,{factory}"


def param_name(index: faiss.Index) -> str | None:
    """The name of the index's search-time accuracy knob, if it has one."""
    if faiss.try_extract_index_ivf(index) is not None:
        return "nprobe"
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else index
    if hasattr(inner, "hnsw"):
        return "efSearch"
    return None


def apply_params(index: faiss.Index, params: dict[str, int]) -> None:
    space = faiss.ParameterSpace()
    for name, value in params.items():
        if name != param_name(index):
            raise EvidenceIndexError(f"search parameter {name} does not apply to this index ({type(index).__name__})")
        space.set_index_parameter(index, name, int(value))


def train(index: faiss.Index, vectors: np.ndarray, seed: int = 0) -> None:
    if index.is_trained:
        return
    n = len(vectors)
    ivf = faiss.try_extract_index_ivf(index)
    lists = ivf.nlist if ivf is not None else 0
    if n < lists:
        raise EvidenceIndexError(f"the index needs at least {lists} passages to train its {lists} lists; there are {n}")
    size = min(n, max(50_000, 40 * lists))
    rows = np.sort(np.random.default_rng(seed).choice(n, size=size, replace=False)) if size < n else slice(None)
    try:
        index.train(np.ascontiguousarray(vectors[rows], dtype=np.float32))
    except RuntimeError as exc:
        raise EvidenceIndexError(f"FAISS could not train the index: {str(exc).strip().splitlines()[-1]}") from None


def add(index: faiss.Index, vectors: np.ndarray, ids: np.ndarray) -> None:
    for i in range(0, len(vectors), _ADD_CHUNK):
        chunk = np.ascontiguousarray(vectors[i : i + _ADD_CHUNK], dtype=np.float32)
        index.add_with_ids(chunk, np.ascontiguousarray(ids[i : i + _ADD_CHUNK], dtype=np.int64))


def tune(index: faiss.Index, vectors: np.ndarray, ids: np.ndarray, seed: int = 1) -> tuple[dict, dict | None]:
    """A setting of the index's knob (nprobe, efSearch) for a recall@10 of 0.95 or more
    against exact search on real queries.

    The smallest setting that reaches TUNE_TARGET with a sample of the corpus's own vectors
    as queries (each query's own passage left out) is found, then multiplied by TUNE_MARGIN,
    with efSearch at least MIN_EF_SEARCH. Why the margin: questions and claims sit farther
    from the passages than passages do from each other, so the sample overrates recall. On
    100,000 passages of real text (bench/index.py), 618 held-out claims and questions, none
    of them among the queries the bench reports, needed one step more for IVF (the sample's
    nprobe=64 gave 0.969, 128 gave 0.986) and two for HNSW32 (the sample's efSearch=16 gave
    0.893, 32 gave 0.948, 64 gave 0.975). Perturbed or mid-point synthetic queries did not
    track real ones any better.
    """
    name = param_name(index)
    if name is None:
        return {}, None
    n = len(vectors)
    rows = np.sort(np.random.default_rng(seed).choice(n, size=min(TUNE_QUERIES, n), replace=False))
    queries = np.ascontiguousarray(vectors[rows], dtype=np.float32)
    own = ids[rows]
    k = min(TUNE_K, n - 1)
    if k < 1:
        return {}, None
    _, exact_rows = faiss.knn(queries, np.ascontiguousarray(vectors, dtype=np.float32), k + 1, faiss.METRIC_INNER_PRODUCT)
    truth = [set([i for i in ids[r[r >= 0]].tolist() if i != q][:k]) for r, q in zip(exact_rows, own)]

    def sample_recall(value: int) -> float:
        apply_params(index, {name: value})
        _, found = index.search(queries, k + 1)
        hits = 0
        for f, t, q in zip(found, truth, own):
            got = [i for i in f.tolist() if i != q and i >= 0][:k]
            hits += len(t.intersection(got))
        return hits / max(1, sum(len(t) for t in truth))

    limit = faiss.try_extract_index_ivf(index).nlist if name == "nprobe" else 1 << 30
    candidates = [v for v in _PARAMS[name] if v <= limit] or [limit]
    for base in candidates:
        base_recall = sample_recall(base)
        if base_recall >= TUNE_TARGET:
            break
    value = min(limit, base * TUNE_MARGIN)
    if name == "efSearch":
        value = max(value, MIN_EF_SEARCH)
    apply_params(index, {name: value})
    return {name: value}, {
        "target_recall_at_10": TUNE_TARGET,
        "sample_value": base,
        "sample_recall_at_10": round(base_recall, 4),
        "margin": TUNE_MARGIN,
        "queries": len(rows),
    }


def remove(index: faiss.Index, ids: np.ndarray, factory: str, dimension: int) -> faiss.Index:
    """`index` without `ids`; kinds that cannot remove (HNSW) are rebuilt without them."""
    ids = np.ascontiguousarray(ids, dtype=np.int64)
    if len(ids) == 0:
        return index
    try:
        index.remove_ids(ids)
        return index
    except RuntimeError:
        pass
    inner = faiss.downcast_index(index.index) if isinstance(index, faiss.IndexIDMap2) else None
    if not isinstance(inner, faiss.IndexHNSWFlat):
        raise EvidenceIndexError(
            f"a {factory} index cannot remove passages; rebuild it without these documents"
        )
    # HNSWFlat keeps the original vectors, so the rebuild is exact.
    all_ids = faiss.vector_to_array(index.id_map)
    keep = ~np.isin(all_ids, ids)
    vectors = inner.storage.reconstruct_n(0, index.ntotal)[keep]
    fresh, _ = make_index(factory, dimension)
    name = param_name(index)
    add(fresh, vectors, all_ids[keep])
    if name == "efSearch":
        apply_params(fresh, {name: inner.hnsw.efSearch})
    return fresh


def search(index: faiss.Index, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """FAISS search, single-threaded for small batches (see SINGLE_THREAD_BELOW)."""
    if len(queries) >= SINGLE_THREAD_BELOW:
        return index.search(queries, k)
    with _THREADS_LOCK:  # the OpenMP thread count is process-wide
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            return index.search(queries, k)
        finally:
            faiss.omp_set_num_threads(threads)


def read(path: str) -> faiss.Index:
    try:
        return faiss.read_index(path)
    except RuntimeError as exc:
        raise EvidenceIndexError(f"{path}: FAISS cannot read it (corrupt?): {str(exc).strip().splitlines()[-1]}") from None


def write(index: faiss.Index, path: str) -> None:
    faiss.write_index(index, path)
