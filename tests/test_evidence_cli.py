"""`factlint index` through click's CliRunner; results are checked through the library."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint.commands.index import index
from factlint.evidence.index import EvidenceIndex
from test_evidence_support import write_jsonl

pytestmark = pytest.mark.slow
DEMO = Path(__file__).parent.parent / "indexes" / "demo"


def run(*args):
    return CliRunner().invoke(index, [str(a) for a in args])


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "built"
    result = run("build", DEMO / "corpus.jsonl", "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def demo_copy(demo_index, tmp_path):
    shutil.copytree(demo_index, tmp_path / "built")
    return tmp_path / "built"


def test_build_then_open_through_the_library(demo_index):
    idx = EvidenceIndex.open(demo_index)
    info = idx.info()
    assert info["passages"] == info["documents"] == sum(1 for _ in (DEMO / "corpus.jsonl").open())
    assert info["embedding_model"] == "all-MiniLM-L6-v2"


def test_build_from_the_demo_definition(tmp_path):
    shutil.copy(DEMO / "corpus.jsonl", tmp_path / "corpus.jsonl")
    shutil.copy(DEMO / "index.toml", tmp_path / "index.toml")
    result = run("build", tmp_path / "index.toml")
    assert result.exit_code == 0, result.output
    assert "built" in result.stderr and "38 passages" in result.stderr
    assert EvidenceIndex.open(tmp_path / "built").info()["chunking"]["max_chars"] == 600


def test_definition_errors_name_the_file_and_key(tmp_path):
    (tmp_path / "bad.toml").write_text('sources = ["c.jsonl"]\nout = "b"\nmax_char = 3\n')
    result = run("build", tmp_path / "bad.toml")
    assert result.exit_code == 2
    assert "bad.toml: key `max_char`: unknown key" in result.stderr


def test_info_text_and_json(demo_index):
    text = run("info", demo_index)
    assert text.exit_code == 0
    assert "all-MiniLM-L6-v2" in text.output and "IDMap2,Flat" in text.output and "38 from 38 documents" in text.output
    data = json.loads(run("info", demo_index, "--format", "json").output)
    assert data["passages"] == 38 and data["size_bytes"] > 0 and data["factory"] == "IDMap2,Flat"


def test_search_text_and_json(demo_index):
    result = run("search", demo_index, "Adult men need 18 mg of iron a day", "-k", "2")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "query: Adult men need 18 mg of iron a day"
    assert "iron-rda-men" in lines[1]
    data = json.loads(run("search", demo_index, "tea with meals", "vitamin C", "-k", "3", "--format", "json").output)
    assert [d["query"] for d in data] == ["tea with meals", "vitamin C"]
    assert data[0]["hits"][0]["doc_id"] == "inhibitors-tea-coffee"
    assert set(data[0]["hits"][0]) == {"passage_id", "doc_id", "title", "source", "text", "score", "start", "end"}
    assert len(data[1]["hits"]) == 3


def test_add_and_remove(demo_copy, tmp_path):
    more = write_jsonl(tmp_path / "more.jsonl", [{"id": "molasses", "title": "Blackstrap molasses", "text": "One tablespoon of blackstrap molasses has about 3.6 mg of iron."}])
    result = run("add", demo_copy, more, "--quiet")
    assert result.exit_code == 0, result.output
    idx = EvidenceIndex.open(demo_copy)
    assert idx.info()["passages"] == 39
    result = run("search", demo_copy, "molasses iron", "-k", "1", "--format", "json")
    assert json.loads(result.output)[0]["hits"][0]["doc_id"] == "molasses"
    result = run("remove", demo_copy, "--doc", "molasses", "--doc", "popeye", "--doc", "missing-id")
    assert result.exit_code == 0
    assert "removed 2 passages of 2 documents" in result.stderr
    assert "no document 'missing-id'" in result.stderr
    assert EvidenceIndex.open(demo_copy).info()["passages"] == 37


def test_duplicate_ids_in_a_source_are_reported(tmp_path, caplog):
    src = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "Iron one."}, {"id": "a", "text": "Iron two."}])
    with caplog.at_level(logging.WARNING, logger="factlint.evidence"):
        result = run("build", src, "--out", tmp_path / "i", "--quiet")
    assert result.exit_code == 0
    assert f"{src}:2: duplicate document id 'a' (first at {src}:1); skipped" in caplog.text


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "missing.jsonl", "--out", "x"], "missing.jsonl: no such file or directory"),
        (["info", "nowhere"], "nowhere: no evidence index here"),
        (["search", "nowhere", "q"], "nowhere: no evidence index here"),
    ],
)
def test_errors_exit_2_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_build_needs_out_without_a_definition(tmp_path):
    result = run("build", DEMO / "corpus.jsonl")
    assert result.exit_code == 2 and "--out is required" in result.stderr


def test_a_corrupt_index_exits_2(demo_copy):
    (demo_copy / "passages.sqlite").write_bytes(b"garbage")
    result = run("info", demo_copy)
    assert result.exit_code == 2 and "passages.sqlite" in result.stderr and "truncated" in result.stderr


def test_searching_with_another_model_exits_2(demo_index, tmp_path):
    fake_model = tmp_path / "other-model"  # refused by its id before anything loads
    fake_model.mkdir()
    result = run("search", demo_index, "iron", "--model", fake_model)
    assert result.exit_code == 2
    assert "built with embedding model 'all-MiniLM-L6-v2', but the embedder is 'other-model'" in result.stderr


def test_search_with_the_int8_embedder_on_an_fp32_index(demo_index):
    result = run("search", demo_index, "How much iron do pregnant women need?", "-k", "1", "--quantize", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["hits"][0]["doc_id"] == "iron-rda-pregnancy"


def test_every_command_has_help():
    for name, command in index.commands.items():
        assert command.help and "Example" in command.help, name
        assert run(name, "--help").exit_code == 0


def test_search_text_output_never_prints_terminal_escapes(demo_copy, tmp_path):
    evil = {"id": "evil\x1b]0;owned\x07", "title": "Molasses \x1b[2J\x1b[31m", "text": "Blackstrap molasses\x1b[8m has iron\x9b1m.\rGone"}
    run("add", demo_copy, write_jsonl(tmp_path / "evil.jsonl", [evil]), "--quiet")
    result = run("search", demo_copy, "molasses iron \x1b[1m", "-k", "1")
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in "\x1b\x07\x9b\r"), repr(result.output)
    assert "\\x1b[2J" in result.output  # shown, not obeyed
    data = json.loads(run("search", demo_copy, "molasses iron", "-k", "1", "--format", "json").output)
    assert data[0]["hits"][0]["title"] == evil["title"]  # JSON keeps the exact text (escaped by JSON)
