"""Faults: damaged files, wrong model, kill -9 at any point of a write, concurrent readers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factlint.errors import EvidenceIndexError
from factlint.evidence import atomic
from factlint.evidence.index import EvidenceIndex
from test_evidence_support import IRON, FakeEmbedder, write_jsonl

TESTS = Path(__file__).parent


@pytest.fixture
def built(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", IRON)
    EvidenceIndex.build([corpus], tmp_path / "idx", embedder=FakeEmbedder(), progress=False)
    return tmp_path / "idx"


def test_missing_directory(tmp_path):
    with pytest.raises(EvidenceIndexError, match="no evidence index here"):
        EvidenceIndex.open(tmp_path / "nothing")


@pytest.mark.parametrize("name", ["manifest.json", "index.faiss", "passages.sqlite"])
def test_missing_file(built, name):
    (built / name).unlink()
    with pytest.raises(EvidenceIndexError, match=f"{name}: missing"):
        EvidenceIndex.open(built)


@pytest.mark.parametrize("name", ["index.faiss", "passages.sqlite"])
def test_truncated_file(built, name):
    data = (built / name).read_bytes()
    (built / name).write_bytes(data[: len(data) // 2])
    with pytest.raises(EvidenceIndexError, match=rf"{name}: \d+ bytes, the manifest says \d+ \(truncated"):
        EvidenceIndex.open(built)


@pytest.mark.parametrize("name", ["index.faiss", "passages.sqlite"])
def test_same_size_corruption_fails_the_checksum(built, name):
    data = bytearray((built / name).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (built / name).write_bytes(bytes(data))
    with pytest.raises(EvidenceIndexError, match=f"{name}: checksum does not match"):
        EvidenceIndex.open(built)


def test_corruption_past_a_skipped_checksum_is_still_an_index_error(built):
    data = bytearray((built / "index.faiss").read_bytes())
    data[:8] = b"XXXXXXXX"  # FAISS's header
    (built / "index.faiss").write_bytes(bytes(data))
    with pytest.raises(EvidenceIndexError, match="FAISS cannot read it"):
        EvidenceIndex.open(built, verify=False)


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda t: t[: len(t) // 2], "not valid JSON, truncated or corrupt"),
        (lambda t: json.dumps({"hello": 1}), "not a factlint evidence index manifest"),
        (lambda t: t.replace('"format_version": 1', '"format_version": 99'), "format version 99; this factlint reads version 1"),
        (lambda t: json.dumps({k: v for k, v in json.loads(t).items() if k != "dimension"}), "missing key"),
        (lambda t: t.replace('"passage_count": 5', '"passage_count": 4'), "holds 5 vectors"),
    ],
)
def test_bad_manifest(built, damage, message):
    path = built / "manifest.json"
    path.write_text(damage(path.read_text()))
    with pytest.raises(EvidenceIndexError, match=message):
        EvidenceIndex.open(built)


def test_another_embedding_model_is_refused(built):
    with pytest.raises(EvidenceIndexError, match=r"built with embedding model 'fake-bow-64', but the embedder is 'other-model'"):
        EvidenceIndex.open(built, embedder=FakeEmbedder("other-model"))


def test_same_model_in_another_precision_may_search(built):
    opened = EvidenceIndex.open(built, embedder=FakeEmbedder("fake-bow-64+int8"))
    assert opened.search(["tea coffee"], k=1)[0][0].doc_id == "tea"


# ---- interrupted writes ----------------------------------------------------------------

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from test_evidence_support import FakeEmbedder
    from factlint.evidence import atomic, faiss_index, index as index_module
    from factlint.evidence.index import EvidenceIndex

    point = {point!r}

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    class DyingEmbedder(FakeEmbedder):
        def encode(self, texts):
            if self.calls == 2:
                die()
            return super().encode(texts)

    if point == "write-faiss":
        faiss_index.write = die
    elif point == "manifest":
        index_module.write_manifest = die
    elif point == "between-renames":
        atomic._exchange = lambda a, b: False
        real_rename = os.rename
        renames = []
        def rename(a, b):
            renames.append(a)
            if len(renames) == 2:
                die()
            real_rename(a, b)
        atomic.os.rename = rename

    op = {op!r}
    if op == "build":
        EvidenceIndex.build([{corpus!r}], {target!r}, embedder=DyingEmbedder(), batch_passages=2, progress=False)
    else:
        EvidenceIndex.open({target!r}, embedder=DyingEmbedder()).add([{corpus!r}], batch_passages=2)
    """
)


@pytest.mark.parametrize("op", ["build", "add"])
@pytest.mark.parametrize("point", ["encode", "write-faiss", "manifest", "between-renames"])
def test_kill_9_during_a_write_leaves_the_previous_index_openable(tmp_path, built, op, point):
    new = write_jsonl(tmp_path / "new.jsonl", [{"id": f"n{i}", "text": f"New passage {i}."} for i in range(9)])
    script = KILLER.format(tests=str(TESTS), point=point, op=op, corpus=str(new), target=str(built))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    old = EvidenceIndex.open(built)  # still the previous index, checksums and all
    assert old.info()["passages"] == 5
    assert old.search(FakeEmbedder().encode(["tea"]), k=1)[0][0].doc_id == "tea"
    # The next write cleans up what the killed one left, and works.
    EvidenceIndex.build([new], built, embedder=FakeEmbedder(), progress=False)
    assert EvidenceIndex.open(built).info()["passages"] == 9
    leftovers = [p.name for p in built.parent.iterdir() if p.name.startswith(".idx.") and not p.name.endswith(".lock")]
    assert leftovers == []


def test_an_exception_during_a_build_leaves_the_previous_index(tmp_path, built):
    class Failing(FakeEmbedder):
        def encode(self, texts):
            raise RuntimeError("model crashed")

    with pytest.raises(RuntimeError, match="model crashed"):
        EvidenceIndex.build([tmp_path / "corpus.jsonl"], built, embedder=Failing(), progress=False)
    assert EvidenceIndex.open(built).info()["passages"] == 5
    assert [p for p in built.parent.iterdir() if ".tmp-" in p.name] == []


def test_without_atomic_exchange_a_swap_still_works(tmp_path, built, monkeypatch):
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    EvidenceIndex.build([write_jsonl(tmp_path / "x.jsonl", [{"id": "x", "text": "X."}])], built, embedder=FakeEmbedder(), progress=False)
    assert EvidenceIndex.open(built).info()["passages"] == 1
    assert not atomic.backup_path(built).exists()


def test_a_second_writer_is_refused_while_one_writes(tmp_path, built):
    class Abort(Exception):
        pass

    with pytest.raises(Abort), atomic.replacing(built):  # a write in progress, then abandoned
        with pytest.raises(EvidenceIndexError, match="another process is writing this index"):
            EvidenceIndex.open(built).remove(["tea"])
        raise Abort
    assert EvidenceIndex.open(built).info()["passages"] == 5


# ---- several readers -----------------------------------------------------------------

READER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_evidence_support import FakeEmbedder
    from factlint.evidence.index import EvidenceIndex
    vectors = FakeEmbedder().encode(["tea coffee absorption"])
    for _ in range({rounds}):
        with EvidenceIndex.open({target!r}) as idx:
            hits = idx.search(vectors, k=3)[0]
            assert hits and hits[0].doc_id == "tea", hits
            assert idx.store.count() == idx.info()["passages"]
    print("ok")
    """
)


def test_readers_in_several_processes_while_a_writer_swaps_indexes(tmp_path, built):
    script = READER.format(tests=str(TESTS), target=str(built), rounds=40)
    readers = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(3)]
    idx = EvidenceIndex.open(built, embedder=FakeEmbedder())
    extra = write_jsonl(tmp_path / "extra.jsonl", [{"id": "zinc", "text": "Zinc is another mineral."}])
    for _ in range(10):
        idx.add([extra])
        idx.remove(["zinc"])
    for proc in readers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    os.chmod(built / "passages.sqlite", 0o444)  # read-only files are fine for readers
    assert EvidenceIndex.open(built).info()["passages"] == 5


# -- hardening (issue 11): a crafted index is a clear error, never a traceback or a silent skip --


def _rewrite_manifest(folder: Path, **changes) -> None:
    path = folder / "manifest.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize("changes, key", [
    ({"files": []}, "files"),
    ({"files": {"index.faiss": [], "passages.sqlite": 1}}, "files.index.faiss"),
    ({"search_params": [1, 2]}, "search_params"),
    ({"search_params": {"nprobe": "many"}}, "search_params"),
    ({"dimension": "384"}, "dimension"),
    ({"passage_count": -1}, "passage_count"),
    ({"chunking": [1]}, "chunking"),
    ({"fields": {"id": 5}}, "fields"),
    ({"embedding_model": {"a": 1}}, "embedding_model"),
])
def test_a_manifest_value_of_the_wrong_type_is_named(built, changes, key):
    _rewrite_manifest(built, **changes)
    with pytest.raises(EvidenceIndexError, match=f"manifest.json: key `{key}`"):
        EvidenceIndex.open(built, verify=False)


def test_a_manifest_nested_too_deep_is_an_index_error(built):
    (built / "manifest.json").write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(EvidenceIndexError, match="manifest.json: not valid JSON"):
        EvidenceIndex.open(built)


def test_a_store_with_another_schema_is_refused_at_open(built):
    """A valid SQLite file, checksums recomputed: it used to open, then fail every search,
    which the facts check turned into a silent skip."""
    import sqlite3

    from factlint.evidence.manifest import write_manifest

    store = built / "passages.sqlite"
    store.unlink()
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE passages (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO passages VALUES (?, ?)", [(i, "x") for i in range(5)])
    conn.commit()
    conn.close()
    write_manifest(built, json.loads((built / "manifest.json").read_text()))  # checksums recomputed
    with pytest.raises(EvidenceIndexError, match=r"passages.sqlite: not a passage store \(table `passages` lacks"):
        EvidenceIndex.open(built)
