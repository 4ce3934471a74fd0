"""Start-up: what loads when, `Engine.warm_up`, and that the light paths give the same results."""

from __future__ import annotations

import threading

import pytest

from factlint.engine import Engine

DOCS = [
    {"id": "men", "title": "Iron for men", "text": "Adult men need 8 mg of iron a day."},
    {"id": "tea", "title": "Tea", "text": "Tea with a meal lowers how much iron the body absorbs."},
]


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    import json

    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    folder = tmp_path_factory.mktemp("startup")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    EvidenceIndex.build([corpus], folder / "built", embedder=Embedder(), progress=False).close()
    return folder / "built"


def _within(seconds: float, call) -> None:
    """Run `call` in a thread: a deadlock fails the test instead of hanging the suite."""
    errors: list[BaseException] = []

    def run():
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s (a deadlock?)"
    if errors:
        raise errors[0]


@pytest.mark.slow
def test_warm_up_with_an_index_loads_the_embedder_and_the_check_finds_the_fact(tiny_index):
    engine = Engine.from_config({"extends": [], "grammar": {"enabled": False}, "facts": {"index": str(tiny_index)}})
    _within(120, engine.warm_up)
    assert "model" in vars(engine.resources.embedder)  # loaded before the first real answer
    report = engine.check("Adult men need about 18 mg of iron a day.")
    assert [f.rule for f in report.findings] == ["fact/contradicted"]


@pytest.mark.slow
def test_the_numpy_encoder_gives_sentence_transformers_vectors():
    import numpy as np

    from factlint.evidence.embedder import Embedder
    from factlint.evidence.numpy_encoder import NumpyEncoder

    light, full = Embedder(), Embedder(backend="sentence-transformers")
    assert isinstance(light.model, NumpyEncoder) and not isinstance(full.model, NumpyEncoder)
    texts = [
        "Adult men need about 18 mg of iron a day.", "  spaces around  ", "", "ﬁgures, naïve café, 東京",
        "word " * 400,  # past 256 tokens: cut where sentence-transformers cuts it
        "Tea with a meal lowers how much iron the body absorbs.",
    ]
    a, b = light.encode(texts), full.encode(texts)
    assert a.shape == b.shape == (len(texts), 384) and a.dtype == np.float32
    assert float((a * b).sum(axis=1).min()) > 0.99999


def test_the_numpy_encoder_refuses_folders_of_another_shape(tmp_path):
    import json
    import shutil

    from factlint.evidence.embedder import _bundled_path
    from factlint.evidence.numpy_encoder import _plain_shape

    folder = tmp_path / "model"
    shutil.copytree(_bundled_path(), folder, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "onnx", "openvino"))
    (folder / "model.safetensors").write_bytes(b"")  # only its presence is looked at here
    assert _plain_shape(folder) is not None
    pooling = folder / "1_Pooling" / "config.json"
    cls_pooling = {**json.loads(pooling.read_text()), "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}
    pooling.write_text(json.dumps(cls_pooling))
    assert _plain_shape(folder) is None


def test_a_check_with_an_index_never_imports_torch(tiny_index):
    import subprocess
    import sys

    code = (
        "import sys; from factlint.engine import Engine; "
        f"e = Engine.from_config({{'facts': {{'index': {str(tiny_index)!r}}}}}); "
        "r = e.check('Adult men need about 18 mg of iron a day.'); "
        "assert [f.rule for f in r.findings if f.category == 'fact'] == ['fact/contradicted'], r.findings; "
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_a_blank_pipeline_imports_neither_torch_nor_spacys_cli_and_both_still_work():
    import subprocess
    import sys

    code = (
        "import sys; from factlint.document import build_pipeline; nlp = build_pipeline(); "
        "print(sorted(m for m in ('torch', 'weasel', 'typer', 'spacy.cli') if m in sys.modules)); "
        "import spacy, spacy.cli; print(callable(spacy.cli.download), sorted(spacy.info(silent=True))[:1]); "
        "import torch; print([t.text for t in nlp('One. Two.')], torch.tensor([1]).item())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines() == ["[]", "True ['location']", "['One', '.', 'Two', '.'] 1"]
