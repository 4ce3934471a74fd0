"""The real bundled embedder (loaded once per session, offline) and the demo corpus."""

from __future__ import annotations

import numpy as np
import pytest

from factlint.config import EmbedderConfig
from factlint.errors import BackendError
from factlint.evidence.embedder import BUNDLED, Embedder, resolve_model
from factlint.evidence.index import EvidenceIndex

pytestmark = pytest.mark.slow
DEMO = "indexes/demo/corpus.jsonl"


@pytest.fixture(scope="session")
def embedder():
    return Embedder()


@pytest.fixture(scope="session")
def int8():
    return Embedder(quantize=True)


@pytest.fixture(scope="session")
def demo(embedder, tmp_path_factory):
    from pathlib import Path

    corpus = Path(__file__).parent.parent / DEMO
    return EvidenceIndex.build([corpus], tmp_path_factory.mktemp("demo") / "built", embedder=embedder, progress=False)


def test_default_model_is_the_bundled_minilm(embedder):
    assert embedder.model_id == BUNDLED == embedder.base_model_id
    assert embedder.dimension == 384


def test_encode_returns_unit_float32_rows_in_order(embedder):
    texts = ["Iron is a mineral.", "Tea reduces iron absorption.", "The Eiffel Tower is in Paris."]
    v = embedder.encode(texts)
    assert v.dtype == np.float32 and v.shape == (3, 384) and v.flags["C_CONTIGUOUS"]
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    alone = embedder.encode([texts[1]])[0]
    assert float(alone @ v[1]) > 0.9999  # batching does not change a text's vector
    assert embedder.encode([]).shape == (0, 384)


def test_the_model_loads_once_per_process(embedder):
    assert Embedder.from_settings(EmbedderConfig()).model is embedder.model


def test_names_and_paths_resolve_to_stable_model_ids():
    bundled_path, base = resolve_model("sentence-transformers/all-MiniLM-L6-v2")
    assert base == BUNDLED
    assert resolve_model(bundled_path) == (bundled_path, BUNDLED)
    assert resolve_model("sentence-transformers/all-mpnet-base-v2") == ("sentence-transformers/all-mpnet-base-v2", "all-mpnet-base-v2")
    assert Embedder(quantize=True).model_id == "all-MiniLM-L6-v2+int8"


def test_a_model_that_is_not_on_this_machine_is_a_clear_error():
    with pytest.raises(BackendError, match="cannot load model 'no-such-org/no-such-model'.*not on this machine"):
        Embedder("no-such-org/no-such-model").encode(["x"])


def test_int8_vectors_are_close_to_fp32_but_not_the_same(embedder, int8):
    texts = ["Adult men need 8 mg of iron a day.", "Spinach contains oxalates.", "Coffee spread from Yemen."]
    a, b = embedder.encode(texts), int8.encode(texts)
    cos = (a * b).sum(axis=1)
    assert np.all(cos > 0.8) and np.all(cos < 0.9999)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    "claim, passage",
    [
        ("Spinach has more iron than red meat and is the best source.", "spinach-vs-meat"),
        ("Adult men need 18 mg of iron a day.", "iron-rda-men"),
        ("Pregnant women need 27 mg of iron daily.", "iron-rda-pregnancy"),
        ("Drinking tea with meals helps you absorb iron.", "inhibitors-tea-coffee"),
        ("Take iron supplements only on a doctor's advice.", "supplements-doctor"),
    ],
)
def test_demo_corpus_finds_the_passage_that_settles_each_claim(demo, claim, passage):
    top = [h.doc_id for h in demo.search([claim], k=2)[0]]
    assert passage in top


def test_demo_passages_state_the_numbers_that_contradict_the_wrong_claims(demo):
    men = demo.search(["Adult men need 18 mg of iron a day."], k=1)[0][0]
    assert "8 mg" in men.text and "not 18 mg" in men.text
    spinach = demo.search(["Spinach has more iron than red meat and is the best source."], k=1)[0][0]
    assert "not the best source" in spinach.text and "3 mg" in spinach.text


def test_fp32_index_searched_with_the_int8_embedder(demo, int8):
    opened = EvidenceIndex.open(demo.path, embedder=int8)
    assert opened.search(["How much iron do adult men need?"], k=2)[0][0].doc_id in {"iron-rda-men", "iron-rda-adults"}
