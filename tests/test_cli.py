"""The CLI: exit codes, formats, bad input, help on every command. Results are checked
through the library's own structures (JSON reports), not by scraping text where avoidable."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from factlint import __version__
from factlint.cli import main

NO_GRAMMAR = ["--ignore", "grammar,spelling"]


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def files(isolated):
    (isolated / "clean.md").write_text("# Iron\n\nLentils and beans contain iron.\n", encoding="utf-8")
    (isolated / "sloppy.txt").write_text("It is gonna be fine.\nEat the the beans!\n", encoding="utf-8")
    (isolated / "batch.jsonl").write_text(
        '{"id": "q1", "question": "Q?", "answer": "Lol, beans."}\n'
        "{broken\n"
        '{"id": "q3", "answer": "Beans are good."}\n',
        encoding="utf-8",
    )
    return isolated


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_clean_file_exits_0_and_findings_respect_fail_on(files):
    assert run("check", "clean.md", *NO_GRAMMAR).exit_code == 0
    assert run("check", "sloppy.txt", *NO_GRAMMAR).exit_code == 0  # warnings only
    result = run("check", "sloppy.txt", *NO_GRAMMAR, "--fail-on", "warning")
    assert result.exit_code == 1
    assert "sloppy.txt:1:7: warning style/slang" in result.output
    assert "sloppy.txt:2:5: warning style/repeated-word" in result.output


def test_bad_record_is_reported_and_the_rest_is_checked(files):
    result = run("check", "batch.jsonl", "clean.md", *NO_GRAMMAR, "--format", "jsonl")
    assert result.exit_code == 2
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["answer_id"] for r in reports] == ["q1", "batch.jsonl:2", "q3", "clean.md"]
    assert reports[1]["error"].startswith("batch.jsonl:2: not JSON")
    assert [f["rule"] for f in reports[0]["findings"]] == ["style/slang"]
    assert "grade_level" in reports[3]["metrics"]


def test_non_utf8_and_empty_files_do_not_stop_the_others(files):
    (files / "latin.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    (files / "empty.md").write_text("")
    result = run("check", "latin.txt", "empty.md", "sloppy.txt", *NO_GRAMMAR)
    assert result.exit_code == 2
    assert "latin.txt:1: error input not UTF-8" in result.output
    assert "empty.md:1: error input empty file" in result.output
    assert "sloppy.txt:1:7:" in result.output


def test_stdin_jsonl(files):
    result = run("check", "-", *NO_GRAMMAR, "--format", "json", input='{"id": "s", "answer": "It is gonna rain."}\n')
    data = json.loads(result.stdout)
    assert data["reports"][0]["answer_id"] == "s"
    assert data["reports"][0]["findings"][0]["rule"] == "style/slang"


def test_select_ignore_pack_and_out(files):
    out = files / "r.json"
    result = run("check", "sloppy.txt", "--select", "style/repeated-word", "--format", "json", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    rules = {f["rule"] for f in json.loads(out.read_text())["reports"][0]["findings"]}
    assert rules == {"style/repeated-word"}
    strict = run("check", "sloppy.txt", *NO_GRAMMAR, "--pack", "strict", "--format", "json")
    assert "style/exclamation" in {f["rule"] for f in json.loads(strict.stdout)["reports"][0]["findings"]}


def test_text_field_option(files):
    (files / "own.jsonl").write_text('{"key": "k", "body": "It is gonna rain."}\n')
    result = run("check", "own.jsonl", *NO_GRAMMAR, "--text-field", "body", "--id-field", "key", "--format", "jsonl")
    assert json.loads(result.stdout)["answer_id"] == "k"


def test_bad_config_is_exit_2_with_file_and_key(files):
    (files / "factlint.toml").write_text("colour = 1\n")
    result = run("check", "clean.md")
    assert result.exit_code == 2
    assert "factlint.toml: key `colour`: unknown key" in result.output


def test_broken_rule_is_reported_and_other_rules_still_run(files):
    pack = files / "mine"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: mine\nextends: [default]\n")
    (pack / "style" / "broken.yml").write_text("kind: pattern\npattern: '(('\nmessage: m\nseverity: info\nexamples: {bad: [x], good: [y]}\n")
    result = run("check", "sloppy.txt", *NO_GRAMMAR, "--pack", str(pack))
    assert result.exit_code == 2
    assert "broken.yml: key `pattern`: invalid regular expression" in result.output
    assert "style/slang" in result.output


def test_rules_list_explain_and_test(files):
    listed = run("rules", "list", "--format", "json")
    ids = {r["id"] for r in json.loads(listed.stdout)["rules"]}
    assert {"style/slang", "policy/missing-referral", "readability/grade-level"} <= ids
    explained = run("rules", "explain", "style/slang")
    assert explained.exit_code == 0 and "bad:" in explained.output and "lexicon" in explained.output
    assert run("rules", "explain", "style/nope").exit_code == 2
    tested = run("rules", "test", "--pack", "strict", "--pack", "children")
    assert tested.exit_code == 0 and " 0 failed" in tested.output


def test_rules_test_fails_on_a_rule_whose_example_does_not_hold(files):
    pack = files / "liar"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: liar\n")
    (pack / "style" / "foo.yml").write_text("kind: existence\ntokens: [foo]\nmessage: m\nseverity: info\nexamples: {bad: [bar], good: [baz]}\n")
    result = run("rules", "test", "--pack", str(pack))
    assert result.exit_code == 1 and "1 failed" in result.output


def test_rules_test_fails_an_example_whose_pattern_runs_out_of_time(files):
    # A pattern that runs past its half second fails its example with the reason, and the
    # self-test goes on to the other rules: no traceback.
    pack = files / "slow"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: slow\n")
    slow = "a" * 40 + "."
    (pack / "style" / "slow.yml").write_text(
        f"kind: pattern\npattern: '(a|aa)+b'\nmessage: m\nseverity: info\nexamples: {{bad: ['{slow}'], good: [baz]}}\n")
    (pack / "style" / "fine.yml").write_text("kind: existence\ntokens: [foo]\nmessage: m\nseverity: info\nexamples: {bad: [foo], good: [baz]}\n")
    result = run("rules", "test", "--pack", str(pack))
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "could not be checked (pattern stopped after 0.5 s)" in result.output and "1 failed" in result.output
    assert "Traceback" not in result.output


def test_explain_says_why_a_rule_did_not_load(files):
    pack = files / "broken"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: broken\n")
    (pack / "style" / "foo.yml").write_text("kind: existence\ntokens: [foo]\nmessage: 'Avoid {0}'\nseverity: info\nexamples: {bad: [foo], good: [baz]}\n")
    result = run("rules", "explain", "style/foo", "--pack", str(pack))
    assert result.exit_code == 2
    assert "foo.yml: key `message`" in result.stderr and "no rule 'style/foo'" in result.stderr


@pytest.mark.parametrize("command", [["check", "clean.md"], ["triage", "batch.jsonl"]])
def test_an_out_that_cannot_be_written_is_exit_2_naming_it(files, command):
    result = run(*command, "--out", "missing/folder/out.jsonl", *NO_GRAMMAR)
    assert result.exit_code == 2
    assert result.stderr.startswith("factlint: error: missing/folder/out.jsonl: cannot write")


def test_a_file_name_that_is_not_utf8_does_not_stop_the_writer(isolated):
    import os

    name = os.fsdecode(b"bad\xff.jsonl")
    (isolated / name).write_text('{"id": "a", "answer": "It is gonna rain."}\n')
    for args in (["check", name, "--format", "jsonl", "--out", "out.jsonl"], ["triage", name, "--out", "out.jsonl"],
                 ["triage", name, "--format", "csv", "--out", "out.csv"]):
        result = run(*args, *NO_GRAMMAR)
        assert result.exit_code == 0, (args, result.output)
        out = (isolated / args[-1]).read_text(encoding="utf-8")
        assert "\\udcff" in out and "style/slang" in out


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("path, command", list(_commands(main)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help(path, command):
    assert command.help and len(command.help.strip()) > 10
    result = run(*path, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_rules_explain_prints_a_message_it_cannot_encode_escaped(files):
    pack = files / "odd"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: odd\n")
    (pack / "style" / "foo.yml").write_text('kind: existence\ntokens: [foo]\nmessage: "Odd \\udfff {match}"\nseverity: info\nexamples: {bad: [foo], good: [baz]}\n')
    result = run("rules", "explain", "style/foo", "--pack", str(pack))
    assert result.exit_code == 0 and "Odd \\udfff" in result.output
