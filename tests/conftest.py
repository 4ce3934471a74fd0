"""Shared fixtures: one spaCy pipeline, one default Engine and one built demo index per test
session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Nothing in the tests may reach a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def nlp():
    from factlint.document import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def engine():
    """The default engine with the grammar check off (it has its own tests)."""
    from factlint.engine import Engine

    return Engine.from_config({"grammar": {"enabled": False}} if _has_check("grammar") else {})


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory) -> Path:
    """The bundled demo corpus built into an index through the library (read-only for tests)."""
    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    demo = Path(__file__).parent.parent / "indexes" / "demo"
    out = tmp_path_factory.mktemp("demo-index") / "built"
    EvidenceIndex.build([demo / "corpus.jsonl"], out, embedder=Embedder(), progress=False).close()
    return out


def _has_check(name: str) -> bool:
    from factlint.registry import checks, load_builtins

    load_builtins()
    return name in checks.get_all()


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A working directory with no project config above it that factlint could discover."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
