"""Shared fixtures: one spaCy pipeline and one default Engine per test session."""

from __future__ import annotations

import os

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


def _has_check(name: str) -> bool:
    from factlint.registry import checks, load_builtins

    load_builtins()
    return name in checks.get_all()


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A working directory with no project config above it that factlint could discover."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
