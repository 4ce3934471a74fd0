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


# -- hardening (issue 11): one bad record never stops the run, nothing is dropped -------------


def test_a_record_that_python_cannot_hold_becomes_an_error_record():
    deep = b'{"id": "deep", "answer": "x", "meta": ' + b"[" * 1500 + b"]" * 1500 + b"}"
    data = b"\n".join([
        b'{"id": "s", "answer": "gonna \\ud800 tbh"}',
        b'{"id": "\\udc80", "answer": "Fine."}',
        b'{"id": "i", "answer": "Fine.", "ignore": 5}',
        b'{"id": "n", "answer": "Fine.", "n": ' + b"7" * 5000 + b"}",
        deep,
        b'{"id": ["x"], "answer": "Fine."}',
        b'{"id": "ok", "answer": "Fine."}',
    ]) + b"\n"
    answers = jsonl(data)
    assert len(answers) == 7
    errors = [a.meta.get("input_error") for a in answers]
    assert errors[0].startswith("in.jsonl:1: ") and "surrogate" in errors[0]
    assert errors[1] is None and answers[1].id == "\ufffd"  # an id is kept, made writable
    assert errors[2].startswith("in.jsonl:3: ") and "`ignore`" in errors[2]
    assert errors[3].startswith("in.jsonl:4: not JSON")
    assert errors[4].startswith("in.jsonl:5: not JSON") and "nested" in errors[4]
    assert errors[5].startswith("in.jsonl:6: ") and "`id`" in errors[5]
    assert errors[6] is None
    for answer in answers:  # everything a writer prints can be encoded
        (answer.id + answer.text + (answer.meta.get("input_error") or "")).encode("utf-8")


def test_an_empty_jsonl_and_an_empty_candidates_list_are_errors_not_silence(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\n")
    (empty, blank) = read_answers([str(tmp_path / "empty.jsonl"), str(tmp_path / "blank.jsonl")])
    assert empty.meta["input_error"] == f"{tmp_path / 'empty.jsonl'}: no records (empty file)"
    assert "no records" in blank.meta["input_error"]
    (none,) = jsonl(b'{"id": "q", "question": "Q?", "candidates": []}\n')
    assert none.id == "q" and none.meta["line"] == 1
    assert none.meta["input_error"] == "in.jsonl:1: `candidates` is an empty list"


def test_a_huge_line_is_refused_without_being_read_whole():
    class Counting(io.BytesIO):
        biggest = 0

        def readline(self, size=-1):
            line = super().readline(size)
            Counting.biggest = max(Counting.biggest, len(line))
            return line

    huge = b'{"id": "big", "answer": "' + b"x" * 3_000_000 + b'"}\n'
    stream = Counting(huge + b'{"id": "after", "answer": "Fine."}\n')
    (big, after) = read_jsonl(stream, "in.jsonl", Fields(), max_line_bytes=100_000)
    assert big.meta["input_error"].startswith("in.jsonl:1: line too long: 3,000,") and big.meta["line"] == 1
    assert after.id == "after" and after.meta["line"] == 2 and "input_error" not in after.meta
    assert Counting.biggest <= 1_100_000  # read in bounded pieces, never the whole line


def test_a_fifo_or_device_is_refused_not_read(tmp_path):
    import os

    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    (a, b) = read_answers([str(fifo), "/dev/zero"], max_bytes=1000)
    assert "not a regular file" in a.meta["input_error"] and str(fifo) in a.meta["input_error"]
    assert "not a regular file" in b.meta["input_error"]


def test_stdin_text_is_read_up_to_the_limit_only():
    from factlint.readers import read_stream

    (answer,) = read_stream(io.BytesIO(b"word " * 1000), "-", Fields(), max_bytes=100)
    assert "too large" in answer.meta["input_error"]


def test_a_bad_record_with_candidates_still_gives_one_answer_per_candidate():
    answers = jsonl(b'{"id": "q", "ignore": {"x": 1}, "candidates": ["one", {"id": "two", "answer": "Two."}]}\n')
    assert [(a.id, a.meta["question_id"], a.meta["candidate"]) for a in answers] == [("q#1", "q", 1), ("q#2", "q", 2)]
    assert all(a.meta["input_error"] == "in.jsonl:1: `ignore` must be a rule id, a comma-separated string or a list of them, not dict" for a in answers)


def test_output_clash_survives_symlink_loops(tmp_path, monkeypatch):
    from factlint.readers import output_clash

    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "in.jsonl").write_text("{}\n")
    assert output_clash("out.jsonl", ["loop", "in.jsonl"]) is None
    assert output_clash("loop", ["in.jsonl"]) is None
    assert "is the input" in output_clash("./in.jsonl", ["loop", "in.jsonl"])
