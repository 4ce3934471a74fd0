from __future__ import annotations

import io

from factlint.config import Fields
from factlint.readers import read_answers, read_jsonl


def jsonl(text: bytes, fields=None):
    return list(read_jsonl(io.BytesIO(text), "in.jsonl", fields or Fields()))


def test_records_questions_and_fallback_text_field():
    answers = jsonl(b'{"id": "a", "question": "Q?", "answer": "A."}\n\n{"id": "b", "text": "B."}\n')
    assert [(a.id, a.text, a.question, a.meta["line"]) for a in answers] == [("a", "A.", "Q?", 1), ("b", "B.", None, 3)]


def test_bad_lines_become_errors_that_name_the_line_and_nothing_is_lost():
    data = b'{"id": "a", "answer": "ok"}\nnot json\n[1, 2]\n{"id": "d"}\n\xff\xfe{"answer": "x"}\n{"id": "f", "answer": "fine"}\n'
    answers = jsonl(data)
    assert len(answers) == 6
    errors = [a.meta.get("input_error") for a in answers]
    assert errors[0] is None and errors[5] is None
    assert errors[1].startswith("in.jsonl:2: not JSON")
    assert errors[2].startswith("in.jsonl:3: expected a JSON object")
    assert errors[3].startswith("in.jsonl:4: no `answer` or `text`")
    assert errors[4].startswith("in.jsonl:5: not UTF-8")


def test_candidates_and_ignore_list_and_renamed_fields():
    fields = Fields(text="body", id="key")
    (a, b) = jsonl(b'{"key": "q1", "question": "Q", "candidates": ["one", {"body": "two", "key": "x"}], "ignore": "style/slang, readability"}\n', fields)
    assert (a.id, a.text, b.id, b.text) == ("q1#1", "one", "x", "two")
    assert a.question == b.question == "Q"
    assert a.meta["ignore"] == ["style/slang", "readability"]


def test_files_folders_encoding_empty_and_huge(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.md").write_text("# Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "d" / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "huge.txt").write_text("word " * 300)
    answers = list(read_answers([str(tmp_path / "d"), str(tmp_path / "latin1.txt"), str(tmp_path / "empty.txt"), str(tmp_path / "huge.txt"), str(tmp_path / "missing.md")], max_bytes=1000))
    assert [a.id.rsplit("/", 1)[-1] for a in answers] == ["a.md", "latin1.txt:1", "empty.txt", "huge.txt", "missing.md"]
    assert answers[0].text.startswith("# Title") and "input_error" not in answers[0].meta
    assert "not UTF-8 (byte 0xe9)" in answers[1].meta["input_error"] and "latin1.txt:1" in answers[1].meta["input_error"]
    assert answers[2].meta["input_error"].endswith("empty file")
    assert "file too large" in answers[3].meta["input_error"]
    assert answers[4].meta["input_error"].endswith("no such file")


def test_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHello.".encode())
    (answer,) = read_answers([str(path)])
    assert answer.text == "Hello."
