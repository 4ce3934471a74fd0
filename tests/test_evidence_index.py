"""EvidenceIndex with a fake embedder: round trip, vectors, stable ids, add/remove, factories."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from factlint.errors import EvidenceIndexError, InputError
from factlint.evidence import faiss_index
from factlint.evidence.index import EvidenceIndex, Hit
from factlint.model import Evidence
from test_evidence_support import IRON, FakeEmbedder, write_jsonl


@pytest.fixture
def corpus(tmp_path):
    return write_jsonl(tmp_path / "corpus.jsonl", IRON)


@pytest.fixture
def built(tmp_path, corpus):
    return EvidenceIndex.build([corpus], tmp_path / "idx", embedder=FakeEmbedder(), progress=False)


def test_build_open_search_round_trip(tmp_path, corpus, built):
    assert sorted(p.name for p in (tmp_path / "idx").iterdir()) == ["index.faiss", "manifest.json", "passages.sqlite"]
    opened = EvidenceIndex.open(tmp_path / "idx", embedder=FakeEmbedder())
    (hits,) = opened.search(["how much iron do adult men need"], k=3)
    assert hits[0].doc_id == "men"
    assert hits[0].text == "Adult men need 8 mg of iron a day."
    assert hits[0].title == "Iron for men" and hits[0].source == str(corpus)
    assert (hits[0].start, hits[0].end) == (0, len(hits[0].text))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(hits) == 3 and len({h.passage_id for h in hits}) == 3


def test_manifest_records_model_layout_and_checksums(tmp_path, built):
    m = json.loads((tmp_path / "idx" / "manifest.json").read_text())
    assert m["format"] == "factlint-evidence-index" and m["format_version"] == 1
    assert m["embedding_model"] == "fake-bow-64" and m["base_model"] == "fake-bow-64"
    assert (m["dimension"], m["normalization"], m["metric"]) == (64, "l2", "inner_product")
    assert m["factory"] == "IDMap2,Flat"
    assert (m["passage_count"], m["document_count"], m["next_passage_id"]) == (5, 5, 5)
    assert set(m["files"]) == {"index.faiss", "passages.sqlite"}
    assert all(len(f["sha256"]) == 64 and f["bytes"] > 0 for f in m["files"].values())


def test_search_with_precomputed_vectors_embeds_nothing(tmp_path, built):
    query_embedder = FakeEmbedder()
    vectors = query_embedder.encode(["tea coffee absorption", "eiffel tower paris"])
    index_embedder = FakeEmbedder()
    opened = EvidenceIndex.open(tmp_path / "idx", embedder=index_embedder)
    results = opened.search(vectors, k=1)
    assert [hits[0].doc_id for hits in results] == ["tea", "tower"]
    assert index_embedder.calls == 0
    assert opened.search(vectors[0], k=1)[0][0].doc_id == "tea"  # one vector, 1-D


def test_search_without_an_embedder_needs_vectors(tmp_path, built):
    opened = EvidenceIndex.open(tmp_path / "idx")
    assert opened.search(FakeEmbedder().encode(["spinach oxalates"]), k=1)[0][0].doc_id == "spinach"
    with pytest.raises(EvidenceIndexError, match="opened without an embedder"):
        opened.search(["spinach"])
    with pytest.raises(EvidenceIndexError, match=r"shape \(1, 32\).*dimension 64"):
        opened.search(np.zeros((1, 32), dtype=np.float32))


def test_k_larger_than_the_index_and_empty_queries(built):
    assert len(built.search(["iron"], k=50)[0]) == 5
    assert built.search([], k=3) == []


def test_hit_becomes_evidence(built):
    hit = built.search(["tea"], k=1)[0][0]
    assert isinstance(hit, Hit)
    ev = hit.to_evidence(stance="supports")
    assert isinstance(ev, Evidence)
    assert (ev.passage_id, ev.text, ev.stance) == (hit.passage_id, hit.text, "supports")
    assert ev.source.endswith("corpus.jsonl#tea")


def test_long_documents_become_several_passages_with_offsets(tmp_path):
    text = " ".join(f"Sentence {i} mentions iron and zinc." for i in range(30))
    path = write_jsonl(tmp_path / "long.jsonl", [{"id": "long", "text": text}])
    idx = EvidenceIndex.build([path], tmp_path / "i", embedder=FakeEmbedder(), max_chars=200, overlap=1, progress=False)
    hits = idx.search(["iron zinc"], k=100)[0]
    assert len(hits) == idx.info()["passages"] > 5
    for h in hits:
        assert h.doc_id == "long" and text[h.start : h.end] == h.text and len(h.text) <= 200


def test_title_is_embedded_with_the_passage_unless_asked_not_to(tmp_path, corpus):
    emb = FakeEmbedder()
    EvidenceIndex.build([corpus], tmp_path / "a", embedder=emb, progress=False)
    assert emb.texts[0] == "Iron for men. Adult men need 8 mg of iron a day."
    emb = FakeEmbedder()
    EvidenceIndex.build([corpus], tmp_path / "b", embedder=emb, embed_title=False, progress=False)
    assert emb.texts[0] == "Adult men need 8 mg of iron a day."


def test_build_embeds_in_batches_and_each_passage_once(tmp_path):
    records = [{"id": f"d{i}", "text": f"Passage {i} about iron."} for i in range(250)]
    path = write_jsonl(tmp_path / "c.jsonl", records)
    emb = FakeEmbedder()
    idx = EvidenceIndex.build([path], tmp_path / "i", embedder=emb, batch_passages=100, progress=False)
    assert emb.calls == 3 and len(emb.texts) == 250 == len(idx)


def test_ids_are_stable_across_add_and_remove(tmp_path, corpus, built):
    before = {h.doc_id: h.passage_id for h in built.search(["iron"], k=10)[0]}
    more = write_jsonl(tmp_path / "more.jsonl", [{"id": "liver", "text": "Beef liver is rich in iron."}])
    stats = built.add([more])
    assert stats == {"documents": 1, "passages": 1, "replaced_documents": 0, "removed_passages": 0}
    after = {h.doc_id: h.passage_id for h in built.search(["iron"], k=10)[0]}
    assert {d: after[d] for d in before} == before
    assert after["liver"] == 5
    assert built.remove(["women", "nobody"]) == {"documents": 1, "passages": 1, "not_found": ["nobody"]}
    reopened = EvidenceIndex.open(built.path, embedder=FakeEmbedder())
    final = {h.doc_id: h.passage_id for h in reopened.search(["iron"], k=10)[0]}
    assert "women" not in final
    assert {d: final[d] for d in final} == {d: after[d] for d in final}
    # Ids are never reused: the next passage gets a new one.
    built.add([write_jsonl(tmp_path / "m2.jsonl", [{"id": "oyster", "text": "Oysters have iron."}])])
    assert {h.doc_id: h.passage_id for h in built.search(["oysters"], k=1)[0]} == {"oyster": 6}
    info = built.info()
    assert (info["passages"], info["documents"], info["next_passage_id"]) == (6, 6, 7)


def test_add_replaces_a_document_with_the_same_id(tmp_path, built):
    new = write_jsonl(tmp_path / "new.jsonl", [{"id": "men", "title": "Iron for men", "text": "Men need 8 mg daily, says the NIH."}])
    stats = built.add([new])
    assert stats["replaced_documents"] == 1 and stats["removed_passages"] == 1
    hits = [h for h in built.search(["men"], k=10)[0] if h.doc_id == "men"]
    assert [h.text for h in hits] == ["Men need 8 mg daily, says the NIH."]
    assert len(built) == 5


def test_add_uses_the_builds_field_names_and_chunking(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"key": "a", "body": "Alpha iron."}])
    idx = EvidenceIndex.build([path], tmp_path / "i", embedder=FakeEmbedder(), id_field="key", text_field="body", progress=False)
    idx.add([write_jsonl(tmp_path / "d.jsonl", [{"key": "b", "body": "Beta iron."}])])
    assert sorted(h.doc_id for h in idx.search(["iron"], k=5)[0]) == ["a", "b"]


def test_add_with_another_model_is_refused(tmp_path, corpus, built):
    opened = EvidenceIndex.open(tmp_path / "idx", embedder=FakeEmbedder("fake-bow-64+int8"))
    with pytest.raises(EvidenceIndexError, match="can only be added with that embedder"):
        opened.add([corpus])


def test_remove_of_unknown_ids_changes_nothing(tmp_path, built):
    before = (tmp_path / "idx" / "index.faiss").read_bytes()
    assert built.remove(["nobody"]) == {"documents": 0, "passages": 0, "not_found": ["nobody"]}
    assert (tmp_path / "idx" / "index.faiss").read_bytes() == before


def test_empty_corpus_is_an_input_error_and_leaves_nothing(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": " "}])
    with pytest.raises(InputError, match="no text found"):
        EvidenceIndex.build([path], tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    assert not (tmp_path / "i").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".i.tmp")] == []


def test_build_refuses_to_replace_a_folder_that_is_not_an_index(tmp_path, corpus):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "keep.txt").write_text("precious")
    with pytest.raises(EvidenceIndexError, match="not an evidence index"):
        EvidenceIndex.build([corpus], tmp_path / "docs", embedder=FakeEmbedder(), progress=False)
    assert (tmp_path / "docs" / "keep.txt").read_text() == "precious"


def test_rebuild_replaces_the_index(tmp_path, corpus, built):
    EvidenceIndex.build([write_jsonl(tmp_path / "x.jsonl", [{"id": "only", "text": "Only one."}])],
                        tmp_path / "idx", embedder=FakeEmbedder(), progress=False)
    assert EvidenceIndex.open(tmp_path / "idx").info()["passages"] == 1


def test_duplicate_ids_are_reported_during_a_build(tmp_path, caplog):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}])
    with caplog.at_level(logging.WARNING, logger="factlint.evidence"):
        idx = EvidenceIndex.build([path], tmp_path / "i", embedder=FakeEmbedder(), progress=False)
    assert f"{path}:2: duplicate document id 'a' (first at {path}:1)" in caplog.text
    assert len(idx) == 1


# ---- factories -----------------------------------------------------------------------


def clustered(n, d=64, seed=0):
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(40, d))
    x = centers[rng.integers(0, 40, n)] + 0.35 * rng.normal(size=(n, d))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


class VectorEmbedder(FakeEmbedder):
    """Returns prepared vectors by passage number ("p123" -> row 123)."""

    def __init__(self, vectors):
        super().__init__()
        self.vectors = vectors

    def encode(self, texts):
        self.calls += 1
        return self.vectors[[int(t.split()[0][1:]) for t in texts]]


def vector_corpus(tmp_path, n):
    return write_jsonl(tmp_path / "v.jsonl", [{"id": f"d{i}", "text": f"p{i} text"} for i in range(n)])


def test_auto_factory_is_exact_for_small_corpora_and_ivf_above_the_limit(monkeypatch):
    assert faiss_index.choose_factory(10) == "Flat"
    assert faiss_index.choose_factory(50_000) == "Flat"
    assert faiss_index.choose_factory(100_000) == "IVF1024,Flat"
    assert faiss_index.choose_factory(4_000_000) == "IVF8192,Flat"
    assert faiss_index.choose_factory(10, "IDMap2,HNSW32,Flat") == "HNSW32,Flat"


def test_ivf_index_is_tuned_to_the_recall_target_and_supports_add_and_remove(tmp_path, monkeypatch):
    monkeypatch.setattr(faiss_index, "EXACT_MAX", 1000)
    n = 3000
    vectors = clustered(n + 100)
    idx = EvidenceIndex.build([vector_corpus(tmp_path, n)], tmp_path / "ivf", embedder=VectorEmbedder(vectors), progress=False)
    info = idx.info()
    assert info["factory"].startswith("IVF") and "IDMap" not in info["factory"]
    assert set(info["search_params"]) == {"nprobe"}
    assert info["tuning"]["sample_recall_at_10"] >= faiss_index.TUNE_TARGET
    # The margin: real queries are harder than the corpus's own vectors.
    nlist = int(info["factory"].split(",")[0].removeprefix("IVF"))
    assert info["search_params"]["nprobe"] == min(info["tuning"]["sample_value"] * faiss_index.TUNE_MARGIN, nlist)
    exact = EvidenceIndex.build([vector_corpus(tmp_path, n)], tmp_path / "flat", embedder=VectorEmbedder(vectors), factory="Flat", progress=False)
    queries = vectors[n:]
    approx_ids = [[h.passage_id for h in hits] for hits in idx.search(queries, k=10)]
    exact_ids = [[h.passage_id for h in hits] for hits in exact.search(queries, k=10)]
    recall = np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx_ids, exact_ids)])
    assert recall >= 0.9
    idx.remove([f"d{i}" for i in range(0, 100)])
    assert len(idx) == n - 100
    assert all(h.passage_id >= 100 for hits in idx.search(queries, k=10) for h in hits)
    # nprobe can be overridden per search; the stored value comes back afterwards.
    assert len(idx.search(queries[:1], k=10, nprobe=1)[0]) == 10
    assert EvidenceIndex.open(tmp_path / "ivf").info()["search_params"] == info["search_params"]


def test_hnsw_factory_string_with_ef_search_and_remove_by_rebuild(tmp_path):
    n = 500
    vectors = clustered(n)
    idx = EvidenceIndex.build([vector_corpus(tmp_path, n)], tmp_path / "h", embedder=VectorEmbedder(vectors),
                              factory="HNSW16,Flat", ef_search=40, progress=False)
    assert idx.info()["factory"] == "IDMap2,HNSW16,Flat"
    assert idx.info()["search_params"] == {"efSearch": 40}
    top = idx.search(vectors[:5], k=1)
    assert [hits[0].passage_id for hits in top] == [0, 1, 2, 3, 4]
    idx.remove(["d0", "d1"])
    assert len(idx) == n - 2
    assert [hits[0].passage_id for hits in idx.search(vectors[2:5], k=1)] == [2, 3, 4]
    assert EvidenceIndex.open(tmp_path / "h").info()["search_params"] == {"efSearch": 40}


def test_bad_factory_and_misplaced_search_parameter_are_clear_errors(tmp_path, corpus):
    with pytest.raises(EvidenceIndexError, match="factory string 'Nonsense42' is not valid"):
        EvidenceIndex.build([corpus], tmp_path / "a", embedder=FakeEmbedder(), factory="Nonsense42", progress=False)
    with pytest.raises(EvidenceIndexError, match="nprobe does not apply"):
        EvidenceIndex.build([corpus], tmp_path / "b", embedder=FakeEmbedder(), nprobe=4, progress=False)
    with pytest.raises(EvidenceIndexError, match="needs at least 64 passages"):
        EvidenceIndex.build([corpus], tmp_path / "c", embedder=FakeEmbedder(), factory="IVF64,Flat", progress=False)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()
