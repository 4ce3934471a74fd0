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
