"""EvidenceIndex: build, open, add to, remove from and search an evidence index.

An index is a directory (DESIGN.md, "Evidence index"):
    manifest.json     format version, embedding model, dimension, normalisation, metric,
                      FAISS factory string and search parameters, counts, file checksums
    index.faiss       unit vectors under stable int64 passage ids, inner-product metric
    passages.sqlite   passage id -> document id, title, source, text, offsets

Writes never change an index in place: build, add and remove fill a scratch directory and
swap it in (atomic.py), so a kill at any point leaves the previous index whole, and readers
in other processes are never disturbed. Opening checks the manifest, the files' sizes and
checksums, and that the embedder matches the model that built the index.

Embedder policy: an index can be searched only with its own base model. Precision may
differ: an index built in fp32 can be searched with the int8-quantised embedder of the same
model and the other way round. bench/index.py measured what that costs: HaluEval recall@5
0.986 for an fp32 index with int8 queries against 0.990 all-fp32; among 100,000 passages,
0.931 either way (the top-10 lists overlap by 0.76 only, but the right passage stays in).
Query embedding is what the int8 model speeds up, while an index is built once, offline,
and may as well be fp32. Adding to an index needs its own precision: one index never mixes.

    index = EvidenceIndex.build(["corpus.jsonl"], "built/", embedder=Embedder())
    hits = index.search(["How much iron do adult men need?"], k=5)[0]
    hits = index.search(vectors, k=5)   # vectors already embedded: nothing is embedded twice
"""

from __future__ import annotations

import datetime as _dt
import logging
import shutil
import sys
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from factlint.errors import EvidenceIndexError, InputError
from factlint.evidence import faiss_index
from factlint.evidence.atomic import backup_path, replacing
from factlint.evidence.chunking import ChunkSpec, chunk_spans
from factlint.evidence.corpus import CorpusFields, SourceDocument, read_sources
from factlint.evidence.manifest import (
    FAISS_FILE,
    FORMAT,
    FORMAT_VERSION,
    STORE_FILE,
    read_manifest,
    write_manifest,
)
from factlint.evidence.store import PassageStore
from factlint.model import Evidence

log = logging.getLogger("factlint.evidence")

#: Passages embedded per encode() call: large enough that sentence-transformers' length
#: sorting packs batches well, small enough that a huge corpus is never held in memory.
BATCH_PASSAGES = 4096


@dataclass(slots=True)
class Hit:
    passage_id: int
    doc_id: str
    title: str
    source: str
    text: str
    score: float
    start: int  # code-point offsets of the passage in its document's text
    end: int

    @property
    def citation(self) -> str:
        return f"{self.source}#{self.doc_id}"

    def to_dict(self) -> dict:
        return asdict(self)

    def to_evidence(self, stance: str | None = None) -> Evidence:
        return Evidence(passage_id=self.passage_id, source=self.citation, text=self.text, score=self.score, stance=stance)


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        st = folder.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _embed_text(title: str, text: str) -> str:
    """What the model sees: the title gives a passage its subject ("Iron in spinach. It has...")."""
    if not title:
        return text
    return f"{title}{'' if title[-1] in '.:!?' else '.'} {text}"


def _progress(enabled: bool | None, desc: str):
    from tqdm import tqdm

    # disable=None: tqdm turns itself off when stderr is not a terminal.
    return tqdm(desc=desc, unit=" passages", file=sys.stderr, disable=None if enabled is None else not enabled, dynamic_ncols=True)


class _Staging:
    """Vectors of a write, appended to a raw float32 file in the scratch directory, so the
    passages of a large corpus are embedded in batches without holding their texts."""

    def __init__(self, path: Path, dimension: int) -> None:
        self.path = path
        self.dimension = dimension
        self.rows = 0
        self._file = open(path, "wb")

    def append(self, vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise EvidenceIndexError(
                f"the embedder returned vectors of shape {vectors.shape}, expected (n, {self.dimension})"
            )
        self._file.write(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
        self.rows += len(vectors)

    def vectors(self) -> np.ndarray:
        self._file.close()
        if self.rows == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.memmap(self.path, dtype=np.float32, mode="r", shape=(self.rows, self.dimension))

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def _embed_documents(
    docs: Iterable[SourceDocument],
    spec: ChunkSpec,
    embed_title: bool,
    embedder,
    store: PassageStore,
    staging: _Staging,
    first_id: int,
    progress: bool | None,
    doc_ids: list[str] | None = None,
    batch_passages: int = BATCH_PASSAGES,
) -> tuple[int, int]:
    """Chunk, embed and store every document; (documents, passages) written."""
    next_id = first_id
    documents = 0
    rows: list[tuple] = []
    texts: list[str] = []

    def flush() -> None:
        # getattr: an embedder a caller brings need not tell passages from queries
        staging.append(getattr(embedder, "encode_passages", embedder.encode)(texts))
        store.add(rows)
        bar.update(len(rows))
        rows.clear()
        texts.clear()

    with _progress(progress, "embedding") as bar:
        for doc in docs:
            spans = chunk_spans(doc.text, spec)
            if not spans:
                continue
            documents += 1
            if doc_ids is not None:
                doc_ids.append(doc.doc_id)
            for start, end in spans:
                passage = doc.text[start:end]
                rows.append((next_id, doc.doc_id, doc.title, doc.source, passage, start, end))
                texts.append(_embed_text(doc.title, passage) if embed_title else passage)
                next_id += 1
            if len(rows) >= batch_passages:
                flush()
        if rows:
            flush()
    return documents, next_id - first_id


def _check_embedder(manifest: dict, embedder, where: Path) -> None:
    if embedder is None:
        return
    if embedder.base_model_id != manifest["base_model"]:
        raise EvidenceIndexError(
            f"{where}: built with embedding model {manifest['embedding_model']!r}, but the embedder "
            f"is {embedder.model_id!r}; configure `embedder.model = \"{manifest.get('model_name', manifest['base_model'])}\"` "
            "or rebuild the index with this model"
        )
    if embedder.model_id != manifest["embedding_model"]:
        log.info("%s: built with %s, searched with %s (same model, other precision)",
                 where, manifest["embedding_model"], embedder.model_id)


class EvidenceIndex:
    def __init__(self, path: Path, manifest: dict, index, store: PassageStore, embedder=None) -> None:
        self.path = path
        self.manifest = manifest
        self.index = index
        self.store = store
        self.embedder = embedder
        self._lock = threading.Lock()

    # ---- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, embedder=None, verify: bool = True) -> EvidenceIndex:
        """Open an index read-only, after checking it (see manifest.read_manifest).

        With `verify=False` file sizes are still checked but not checksums (faster for a
        large index you trust). `embedder` is needed to search with strings and to add.
        """
        path = Path(path)
        # A writer may swap a new index in while this reads the old one's files; then the
        # directory's identity changes and the open starts again on the new one.
        for attempt in range(5):
            folder = path
            if not path.exists() and backup_path(path).is_dir():
                folder = backup_path(path)  # a write died between its two renames
                log.warning("%s: missing; reading the previous index from %s", path, folder)
            before = _identity(folder)
            try:
                opened = cls._open_folder(path, folder, embedder, verify)
            except (EvidenceIndexError, OSError):
                if attempt < 4 and _identity(folder) != before:
                    continue
                raise
            if _identity(folder) == before:
                return opened
            opened.close()
        raise EvidenceIndexError(f"{path}: the index kept changing while it was opened; try again")

    @classmethod
    def _open_folder(cls, path: Path, folder: Path, embedder, verify: bool) -> EvidenceIndex:
        manifest = read_manifest(folder, verify=verify)
        _check_embedder(manifest, embedder, path)
        index = faiss_index.read(str(folder / FAISS_FILE))
        if index.d != manifest["dimension"] or index.ntotal != manifest["passage_count"]:
            raise EvidenceIndexError(
                f"{folder / FAISS_FILE}: holds {index.ntotal} vectors of dimension {index.d}, the manifest "
                f"says {manifest['passage_count']} of dimension {manifest['dimension']}; rebuild the index"
            )
        store = None
        try:
            store = PassageStore.open_readonly(folder / STORE_FILE)
            store.check_schema()
            count = store.count()
        except Exception as exc:  # sqlite3.DatabaseError and friends; ValueError: another schema
            if store is not None:
                store.close()
            problem = f"not a passage store ({exc})" if isinstance(exc, ValueError) else f"SQLite cannot read it ({exc})"
            raise EvidenceIndexError(f"{folder / STORE_FILE}: {problem}; rebuild the index") from None
        if count != manifest["passage_count"]:
            store.close()
            raise EvidenceIndexError(
                f"{folder / STORE_FILE}: {count} passages, the manifest says {manifest['passage_count']}; rebuild the index"
            )
        if manifest.get("search_params"):
            faiss_index.apply_params(index, manifest["search_params"])
        return cls(path, manifest, index, store, embedder)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EvidenceIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def _writing_embedder(self):
        """The embedder for adding: the one given at open, else the one that built the index."""
        if self.embedder is None:
            from factlint.evidence.embedder import Embedder

            self.embedder = Embedder(self.manifest.get("model_name", self.manifest["base_model"]),
                                     quantize=self.manifest.get("quantization") == "int8")
        if self.embedder.model_id != self.manifest["embedding_model"]:
            # Searching across precisions is fine; mixing them inside one index is not.
            raise EvidenceIndexError(
                f"{self.path}: built with {self.manifest['embedding_model']!r}; passages can only be added "
                f"with that embedder, not {self.embedder.model_id!r}"
            )
        return self.embedder

    # ---- building --------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        sources: Iterable[str | Path],
        out_dir: str | Path,
        embedder=None,
        *,
        id_field: str = "id",
        title_field: str = "title",
        text_field: str = "text",
        max_chars: int = 600,
        overlap: int = 1,
        embed_title: bool = True,
        factory: str = "auto",
        nprobe: int | None = None,
        ef_search: int | None = None,
        progress: bool | None = None,
        batch_passages: int = BATCH_PASSAGES,
    ) -> EvidenceIndex:
        """Build an index of `sources` (files or directories) in `out_dir`, replacing any
        index there only once the new one is complete. Returns it opened."""
        if embedder is None:
            from factlint.evidence.embedder import Embedder

            embedder = Embedder()
        try:
            spec = ChunkSpec(max_chars=max_chars, overlap=overlap)
        except ValueError as exc:
            raise EvidenceIndexError(f"chunking: {exc}") from None
        fields = CorpusFields(id=id_field, title=title_field, text=text_field)
        requested = {k: v for k, v in (("nprobe", nprobe), ("efSearch", ef_search)) if v is not None}
        out_dir = Path(out_dir)
        sources = [Path(s) for s in sources]
        if not sources:
            raise InputError("index build: no sources given")
        dimension = embedder.dimension
        with replacing(out_dir) as scratch:
            store = PassageStore.create(scratch / STORE_FILE)
            staging = _Staging(scratch / "vectors.f32", dimension)
            documents, passages = _embed_documents(
                read_sources(sources, fields), spec, embed_title, embedder, store, staging,
                first_id=0, progress=progress, batch_passages=batch_passages,
            )
            if passages == 0:
                raise InputError(f"index build: no text found in {', '.join(map(str, sources))}")
            vectors = staging.vectors()
            ids = np.arange(passages, dtype=np.int64)
            chosen = faiss_index.choose_factory(passages, factory)
            index, effective = faiss_index.make_index(chosen, dimension)
            faiss_index.train(index, vectors)
            faiss_index.add(index, vectors, ids)
            if requested:
                faiss_index.apply_params(index, requested)
                params, tuning = requested, None
            else:
                params, tuning = faiss_index.tune(index, vectors, ids)
            del vectors
            staging.discard()
            faiss_index.write(index, str(scratch / FAISS_FILE))
            store.finish()
            now = _now()
            write_manifest(scratch, {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": now,
                "updated": now,
                "factlint_version": _version(),
                "embedding_model": embedder.model_id,
                "base_model": embedder.base_model_id,
                "quantization": "int8" if getattr(embedder, "quantize", False) else None,
                "model_name": getattr(embedder, "model_name", embedder.base_model_id),
                "dimension": dimension,
                "normalization": "l2",
                "metric": "inner_product",
                "factory": effective,
                "factory_requested": factory,
                "search_params": params,
                "tuning": tuning,
                "passage_count": passages,
                "document_count": documents,
                "next_passage_id": passages,
                "chunking": {"max_chars": spec.max_chars, "overlap": spec.overlap, "embed_title": embed_title},
                "fields": {"id": id_field, "title": title_field, "text": text_field},
            })
        log.debug("%s: %d passages from %d documents, %s", out_dir, passages, documents, effective)
        return cls.open(out_dir, embedder=embedder, verify=False)

    # ---- editing ---------------------------------------------------------------------

    def _reload(self) -> None:
        fresh = EvidenceIndex.open(self.path, embedder=self.embedder, verify=False)
        self.store.close()
        self.manifest, self.index, self.store = fresh.manifest, fresh.index, fresh.store

    def add(
        self,
        sources: Iterable[str | Path],
        *,
        id_field: str | None = None,
        title_field: str | None = None,
        text_field: str | None = None,
        progress: bool | None = None,
        batch_passages: int = BATCH_PASSAGES,
    ) -> dict[str, int]:
        """Add the documents of `sources`. A document whose id is already in the index
        replaces it (its old passages are removed). Existing passages keep their ids; new
        ones get ids never used before. Field names default to those of the build."""
        embedder = self._writing_embedder()
        defaults = self.manifest.get("fields", {})
        fields = CorpusFields(
            id=id_field or defaults.get("id", "id"),
            title=title_field or defaults.get("title", "title"),
            text=text_field or defaults.get("text", "text"),
        )
        chunking = self.manifest.get("chunking", {})
        spec = ChunkSpec(max_chars=chunking.get("max_chars", 600), overlap=chunking.get("overlap", 1))
        embed_title = chunking.get("embed_title", True)
        sources = [Path(s) for s in sources]
        with replacing(self.path) as scratch:
            # Re-read under the writer lock: another process may have changed the index
            # since this one was opened.
            manifest = read_manifest(self.path)
            index = faiss_index.read(str(self.path / FAISS_FILE))
            shutil.copyfile(self.path / STORE_FILE, scratch / STORE_FILE)
            store = PassageStore.open_for_update(scratch / STORE_FILE)
            staging = _Staging(scratch / "vectors.f32", manifest["dimension"])
            first_id = manifest["next_passage_id"]
            doc_ids: list[str] = []
            documents, passages = _embed_documents(
                read_sources(sources, fields), spec, embed_title, embedder, store, staging,
                first_id=first_id, progress=progress, doc_ids=doc_ids, batch_passages=batch_passages,
            )
            old = [pid for pid in store.passage_ids_of(doc_ids) if pid < first_id]
            replaced = len(set(self._doc_ids_of(store, old)))
            vectors = staging.vectors()
            faiss_index.add(index, vectors, np.arange(first_id, first_id + passages, dtype=np.int64))
            del vectors
            staging.discard()
            index = faiss_index.remove(index, np.array(old, dtype=np.int64), manifest["factory"], manifest["dimension"])
            store.delete(old)
            count = store.count()
            manifest.update(
                updated=_now(),
                passage_count=count,
                document_count=store.document_count(),
                next_passage_id=first_id + passages,
            )
            faiss_index.write(index, str(scratch / FAISS_FILE))
            store.finish()
            write_manifest(scratch, manifest)
        self._reload()
        if self.manifest["factory"] == "IDMap2,Flat" and len(self) > faiss_index.EXACT_MAX:
            log.info("%s: %d passages in an exact index; a rebuild would choose an approximate one (faster search)",
                     self.path, len(self))
        return {"documents": documents, "passages": passages, "replaced_documents": replaced, "removed_passages": len(old)}

    @staticmethod
    def _doc_ids_of(store: PassageStore, passage_ids: list[int]) -> list[str]:
        return [row[1] for row in store.get(passage_ids).values()]

    def remove(self, doc_ids: Iterable[str]) -> dict[str, Any]:
        """Remove documents by id; other passages keep their ids. Returns what was removed
        and which ids were not in the index."""
        doc_ids = list(dict.fromkeys(str(d) for d in doc_ids))
        with replacing(self.path) as scratch:
            manifest = read_manifest(self.path)
            shutil.copyfile(self.path / STORE_FILE, scratch / STORE_FILE)
            store = PassageStore.open_for_update(scratch / STORE_FILE)
            ids = store.passage_ids_of(doc_ids)
            found = set(self._doc_ids_of(store, ids))
            missing = [d for d in doc_ids if d not in found]
            if ids:
                index = faiss_index.read(str(self.path / FAISS_FILE))
                index = faiss_index.remove(index, np.array(ids, dtype=np.int64), manifest["factory"], manifest["dimension"])
                store.delete(ids)
                manifest.update(updated=_now(), passage_count=store.count(), document_count=store.document_count())
                faiss_index.write(index, str(scratch / FAISS_FILE))
            else:  # nothing to do: keep the index as it is
                shutil.copyfile(self.path / FAISS_FILE, scratch / FAISS_FILE)
            store.finish()
            write_manifest(scratch, manifest)
        self._reload()
        return {"documents": len(found), "passages": len(ids), "not_found": missing}

    # ---- searching -------------------------------------------------------------------

    def search(
        self,
        queries: list[str] | np.ndarray,
        k: int = 5,
        *,
        nprobe: int | None = None,
        ef_search: int | None = None,
    ) -> list[list[Hit]]:
        """The `k` best passages for each query, best first. Queries are texts (embedded
        here) or an array of vectors from the same embedder (n, dimension), used as they are."""
        if isinstance(queries, str):
            queries = [queries]
        if isinstance(queries, np.ndarray):
            vectors = queries.reshape(1, -1) if queries.ndim == 1 else queries
        else:
            if self.embedder is None:
                raise EvidenceIndexError(
                    f"{self.path}: opened without an embedder; pass query vectors, or open it with an embedder"
                )
            vectors = self.embedder.encode(list(queries))
        dimension = self.manifest["dimension"]
        if vectors.ndim != 2 or (len(vectors) and vectors.shape[1] != dimension):
            raise EvidenceIndexError(f"{self.path}: query vectors of shape {vectors.shape}; the index holds dimension {dimension}")
        if k < 1:
            raise ValueError(f"k must be at least 1, not {k}")
        if len(vectors) == 0 or self.index.ntotal == 0:
            return [[] for _ in range(len(vectors))]
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        override = {n: v for n, v in (("nprobe", nprobe), ("efSearch", ef_search)) if v is not None}
        with self._lock:
            if override:
                faiss_index.apply_params(self.index, override)
            try:
                scores, ids = faiss_index.search(self.index, vectors, min(k, int(self.index.ntotal)))
            finally:
                if override:
                    faiss_index.apply_params(self.index, self.manifest.get("search_params") or {})
        rows = self.store.get([int(i) for i in np.unique(ids) if i >= 0])
        results = []
        for score_row, id_row in zip(scores.tolist(), ids.tolist()):
            hits = []
            for score, pid in zip(score_row, id_row):
                row = rows.get(pid)
                if row is None:
                    continue  # -1: fewer neighbours than k were found
                hits.append(Hit(row[0], row[1], row[2], row[3], row[4], float(score), row[5], row[6]))
            results.append(hits)
        return results

    # ---- describing ------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        m = self.manifest
        files = {name: entry["bytes"] for name, entry in m["files"].items()}
        return {
            "path": str(self.path),
            "format_version": m["format_version"],
            "embedding_model": m["embedding_model"],
            "base_model": m["base_model"],
            "quantization": m.get("quantization"),
            "dimension": m["dimension"],
            "metric": m["metric"],
            "normalization": m["normalization"],
            "factory": m["factory"],
            "search_params": m.get("search_params") or {},
            "tuning": m.get("tuning"),
            "passages": m["passage_count"],
            "documents": m.get("document_count"),
            "next_passage_id": m["next_passage_id"],
            "chunking": m.get("chunking"),
            "files": files,
            "size_bytes": sum(files.values()),
            "created": m.get("created"),
            "updated": m.get("updated"),
        }


def _version() -> str:
    from factlint import __version__

    return __version__
