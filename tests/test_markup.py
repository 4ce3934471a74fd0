from factlint.markup import Suppressions, blank_out, mask_ranges


def masked_text(text):
    return [text[a:b] for a, b in mask_ranges(text)]


def test_code_urls_and_front_matter_are_masked():
    text = (
        "---\ntitle: Iron\n---\n"
        "Use `gonna_var` here.\n\n"
        "```python\nx = 'gonna'\n```\n"
        "See https://example.org/gonna and [docs](http://x.io/a) or mail a@b.org.\n"
    )
    parts = masked_text(text)
    assert parts[0].startswith("---\ntitle")
    assert "`gonna_var`" in parts
    assert any(p.startswith("```python") and p.endswith("```") for p in parts)
    assert "https://example.org/gonna" in parts
    assert "http://x.io/a" in parts
    assert "a@b.org" in parts


def test_blank_out_keeps_length_and_newlines():
    text = "a `code`\n```\nx\n```\nb"
    prose = blank_out(text, mask_ranges(text))
    assert len(prose) == len(text)
    assert prose.count("\n") == text.count("\n")
    assert "code" not in prose and prose.startswith("a ") and prose.endswith("b")


def test_unclosed_fence_runs_to_end():
    text = "Intro.\n```\ncode gonna\nmore"
    (start, end), = mask_ranges(text)
    assert text[start:end].startswith("```") and end == len(text)


def test_disable_enable_and_next_line():
    text = (
        "one\n<!-- factlint-disable style/slang -->\ntwo\n<!-- factlint-enable style/slang -->\n"
        "three\n<!-- factlint-disable-next-line style -->\nfour\nfive"
    )
    s = Suppressions.parse(text)
    assert s.silences("style/slang", "style", text.index("two"))
    assert not s.silences("style/slang", "style", text.index("three"))
    assert s.silences("style/filler", "style", text.index("four"))
    assert not s.silences("style/filler", "style", text.index("five"))
    assert not s.silences("grammar/x", "grammar", text.index("four"))


def test_disable_without_rule_silences_everything_to_the_end():
    text = "a\n<!-- factlint-disable -->\nb"
    s = Suppressions.parse(text)
    assert s.silences("fact/contradicted", "fact", text.rindex("b"))
    assert not s.silences("fact/contradicted", "fact", 0)


def test_record_ignore_list():
    s = Suppressions.parse("text", everywhere=("style/slang", "readability"))
    assert s.silences("style/slang", "style", 0)
    assert s.silences("readability/grade-level", "readability", 0)
    assert not s.silences("style/filler", "style", 0)


def test_a_run_of_over_100_characters_without_a_space_is_not_prose():
    blob = "x" * 101
    text = f"A hash {blob} and a word gonna be {'y' * 100} here."
    assert masked_text(text) == [blob]


def test_one_long_token_does_not_take_down_the_run(isolated):
    """`"x" * 100000` used to make Harper's speller ask for 30 GB and abort the process."""
    import json
    import subprocess
    import sys

    src = isolated / "in.jsonl"
    src.write_text(json.dumps({"id": "long", "answer": "It is gonna be " + "x" * 100_000 + " fine."}) + "\n"
                   + json.dumps({"id": "next", "answer": "Fine."}) + "\n")
    done = subprocess.run([sys.executable, "-m", "factlint.cli", "check", str(src), "--format", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["answer_id"] for r in reports] == ["long", "next"]
    assert "style/slang" in {f["rule"] for f in reports[0]["findings"]}
