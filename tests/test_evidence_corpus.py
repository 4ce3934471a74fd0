"""Corpus readers: JSONL, CSV/TSV, .txt, .md, directories; duplicates and bad input."""

from __future__ import annotations

import logging

import pytest

from factlint.errors import InputError
from factlint.evidence.corpus import CorpusFields, read_sources
from test_evidence_support import write_jsonl


def docs(*sources, **fields):
    return list(read_sources(sources, CorpusFields(**fields)))


def test_jsonl_with_default_fields(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "title": "T", "text": "Iron."}, {"id": 7, "text": "Zinc."}])
    got = docs(path)
    assert [(d.doc_id, d.title, d.text, d.line) for d in got] == [("a", "T", "Iron.", 1), ("7", "", "Zinc.", 2)]
    assert got[0].source == str(path)


def test_jsonl_with_configured_fields_and_blank_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"key": "k1", "name": "N", "body": "Text one."}\n\n{"key": "k2", "body": "Text two."}\n')
    got = docs(path, id="key", title="name", text="body")
    assert [(d.doc_id, d.title, d.line) for d in got] == [("k1", "N", 1), ("k2", "", 3)]


def test_jsonl_without_ids_uses_file_and_line(tmp_path, caplog):
    path = write_jsonl(tmp_path / "c.jsonl", [{"text": "One."}, {"text": "Two."}])
    with caplog.at_level(logging.WARNING, logger="factlint.evidence"):
        assert [d.doc_id for d in docs(path)] == ["c.jsonl:1", "c.jsonl:2"]
    assert "no field 'id'" in caplog.text


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "c.jsonl:2: invalid JSON"),
        ('["not", "an", "object"]\n', "c.jsonl:1: expected a JSON object"),
        ('{"id": "a", "body": "x"}\n', "c.jsonl:1: no field 'text' (fields: body, id)"),
        ('{"id": "a", "text": ["x"]}\n', "c.jsonl:1: field 'text' is list"),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "c.jsonl"
    path.write_text(content)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        docs(path)


def test_not_utf8_is_an_input_error(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"c.jsonl:2: not UTF-8"):
        docs(path)


def test_empty_text_is_skipped_with_a_warning(tmp_path, caplog):
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "  "}, {"id": "b", "text": "Iron."}])
    with caplog.at_level(logging.WARNING, logger="factlint.evidence"):
        assert [d.doc_id for d in docs(path)] == ["b"]
    assert "c.jsonl:1: document 'a' has no text; skipped" in caplog.text


def test_duplicate_ids_are_reported_with_file_and_line_and_skipped(tmp_path, caplog):
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": "First."}, {"id": "y", "text": "Y."}])
    second = write_jsonl(tmp_path / "b.jsonl", [{"id": "z", "text": "Z."}, {"id": "x", "text": "Again."}])
    with caplog.at_level(logging.WARNING, logger="factlint.evidence"):
        got = docs(first, second)
    assert [(d.doc_id, d.text) for d in got] == [("x", "First."), ("y", "Y."), ("z", "Z.")]
    assert f"{second}:2: duplicate document id 'x' (first at {first}:1); skipped" in caplog.text


def test_csv_with_header_quoted_multiline_fields_and_line_numbers(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,title,text\na,Iron,"Line one.\nLine two."\nb,,Plain text.\n', newline="")
    got = docs(path)
    assert [(d.doc_id, d.title, d.text, d.line) for d in got] == [
        ("a", "Iron", "Line one.\nLine two.", 2),
        ("b", "", "Plain text.", 4),
    ]


def test_csv_without_the_text_column_names_the_columns(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,body\na,x\n")
    with pytest.raises(InputError, match=r"c.csv:1: no column 'text' \(columns: id, body\)"):
        docs(path)
    assert [d.text for d in docs(path, text="body")] == ["x"]


def test_tsv(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_text("id\ttext\nq\tTab separated, with a comma.\n")
    assert [(d.doc_id, d.text) for d in docs(path)] == [("q", "Tab separated, with a comma.")]


def test_txt_is_one_document_with_the_file_as_id_and_exact_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("\ufeffIron matters.\r\nSecond line.\r\n".encode("utf-8"))
    (doc,) = docs(path)
    assert doc.doc_id == path.as_posix() and doc.title == "notes"
    assert doc.text == "Iron matters.\r\nSecond line.\r\n"  # no BOM, CRLF kept: offsets are exact


def test_markdown_title_from_front_matter_or_first_heading(tmp_path):
    (tmp_path / "a.md").write_text("Intro line.\n\n# Heme iron\n\nBody.\n")
    (tmp_path / "b.md").write_text('---\ntitle: "Vitamin C"\n---\n# Other\nBody.\n')
    (tmp_path / "c.markdown").write_text("No heading here.\n")
    titles = {d.doc_id.rsplit("/", 1)[-1]: d.title for d in docs(tmp_path)}
    assert titles == {"a.md": "Heme iron", "b.md": "Vitamin C", "c.markdown": "c"}


def test_directories_are_read_recursively_in_order_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "sub" / "a.md").write_text("A.")
    write_jsonl(tmp_path / "sub" / "c.jsonl", [{"id": "c1", "text": "C."}])
    (tmp_path / ".git" / "x.txt").write_text("hidden")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    got = [d.doc_id for d in docs(tmp_path)]
    assert got == [(tmp_path / "b.txt").as_posix(), (tmp_path / "sub" / "a.md").as_posix(), "c1"]


def test_missing_source_and_unknown_format(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        docs(tmp_path / "missing.jsonl")
    (tmp_path / "data.parquet").write_bytes(b"PAR1")
    with pytest.raises(InputError, match=r"data.parquet: unknown corpus format"):
        docs(tmp_path / "data.parquet")


def test_reading_streams_one_record_at_a_time(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\nnot json\n')
    reader = read_sources([path])
    assert next(reader).doc_id == "a"  # the bad second line is not read yet
    with pytest.raises(InputError):
        next(reader)
