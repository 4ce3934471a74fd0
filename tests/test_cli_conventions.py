"""CLI conventions a ruff, Vale or eslint user expects: unknown rule names are errors, every
reportable rule can be listed and explained, quoted globs expand, pre-commit can run it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factlint.cli import main
from factlint.engine import Engine
from factlint.errors import ConfigError

def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def answer(isolated):
    (isolated / "a.txt").write_text("It is gonna be fine.\n", encoding="utf-8")
    return isolated


# --- unknown rule names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "flags, says",
    [
        (["--select", "stlye"], "--select: unknown rule or category 'stlye' (did you mean 'style'?)"),
        (["--ignore", "style/slangg"], "--ignore: unknown rule 'style/slangg' (did you mean 'style/slang'?)"),
        (["--select", "grammar/repeated-word,fact/contradictd"], "--select: unknown rule 'fact/contradictd'"),
    ],
)
def test_an_unknown_rule_or_category_on_the_command_line_is_exit_2_naming_it(answer, flags, says):
    result = run("check", "a.txt", *flags)
    assert result.exit_code == 2 and says in result.stderr
    assert result.stdout == ""  # nothing was checked


def test_unknown_names_in_the_config_file_name_the_file_and_key(answer):
    (answer / "factlint.toml").write_text(
        'ignore = ["polcy"]\n[rules."style/slangg"]\nseverity = "error"\n[routing]\nreject_on = ["fact/contradicted", "facts"]\n',
        encoding="utf-8",
    )
    result = run("check", "a.txt")
    assert result.exit_code == 2
    config = str(answer / "factlint.toml")
    assert f"{config}: key `ignore`: unknown rule or category 'polcy' (did you mean 'policy'?)" in result.stderr
    assert f"{config}: key `rules.style/slangg`: unknown rule 'style/slangg'" in result.stderr
    assert f"{config}: key `routing.reject_on`: unknown rule or category 'facts'" in result.stderr


def test_known_names_pass_even_when_the_active_packs_leave_them_out(answer):
    # style/plain-words is the children pack's; the default pack is active
    (answer / "factlint.toml").write_text('[rules."style/plain-words"]\nenabled = false\n', encoding="utf-8")
    for flags in (["--select", "style,grammar/repeated-word"], ["--ignore", "relevance,duplicate,fact/unsupported"]):
        result = run("check", "a.txt", *flags)
        assert result.exit_code == 0, result.output


def test_the_library_refuses_unknown_names_too():
    engine = Engine.from_config({"select": ["stlye"], "grammar": {"enabled": False}})
    with pytest.raises(ConfigError, match="config: key `select`: unknown rule or category 'stlye'"):
        engine.check("It is gonna be fine.")


def test_a_third_party_check_without_a_rule_list_accepts_ids_in_its_categories():
    from catalogue import _remove

    from factlint.checks.base import Check
    from factlint.registry import checks

    class Tone(Check):
        name = "tone"
        categories = ("tone",)

        def run(self, docs):
            return [[] for _ in docs]

    checks.register("tone", func=Tone)
    try:
        Engine.from_config({"select": ["tone/formal", "style"], "grammar": {"enabled": False}}).validate()
        with pytest.raises(ConfigError, match="unknown rule or category 'tnoe'"):
            Engine.from_config({"ignore": ["tnoe"], "grammar": {"enabled": False}}).validate()
    finally:
        _remove(("factlint", "checks", "tone"))


# --- rules list and explain -------------------------------------------------------------

EVERY_KIND = ["fact/contradicted", "fact/unsupported", "grammar/repeated-word", "spelling/unknown-word",
              "relevance/off-topic", "duplicate/near-duplicate", "style/slang", "policy/missing-referral"]


@pytest.mark.parametrize("rule_id", EVERY_KIND)
def test_rules_explain_works_for_every_kind_of_rule(isolated, rule_id):
    result = run("rules", "explain", rule_id)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(rule_id + "  (") and len(result.stdout.splitlines()) >= 3


def test_rules_explain_suggests_near_names(isolated):
    result = run("rules", "explain", "grammar/repeated-wrd")
    assert result.exit_code == 2 and "did you mean grammar/repeated-word" in result.stderr


def test_rules_list_has_every_reportable_rule_and_whole_descriptions(isolated):
    listed = json.loads(run("rules", "list", "--format", "json").stdout)["rules"]
    by_id = {r["id"]: r for r in listed}
    assert set(EVERY_KIND) <= set(by_id)
    assert by_id["grammar/repeated-word"]["check"] == "grammar" and by_id["style/slang"]["pack"] == "default"
    text = run("rules", "list").stdout
    flat = " ".join(text.split())
    for rule in listed:  # wrapped onto more lines, never cut short
        assert " ".join(rule["description"].split()) in flat, rule["id"]


# --- paths, help, pre-commit ------------------------------------------------------------


def test_a_quoted_glob_expands_like_ruff(isolated):
    (isolated / "docs" / "a" / "b").mkdir(parents=True)
    (isolated / "docs" / "a" / "x.md").write_text("It is gonna rain.\n", encoding="utf-8")
    (isolated / "docs" / "a" / "b" / "y.md").write_text("Lol, it rains.\n", encoding="utf-8")
    (isolated / "docs" / "z.txt").write_text("It is gonna rain.\n", encoding="utf-8")
    result = run("check", "docs/**/*.md", "--ignore", "grammar,spelling", "--format", "jsonl", "--out", "docs/out.md")
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in (isolated / "docs" / "out.md").read_text().splitlines()]
    # both .md files, sorted, at any depth; not the .txt; not the output the pattern would match
    assert [r["source"] for r in reports] == ["docs/a/b/y.md", "docs/a/x.md"]
    missing = run("check", "nothing/**/*.md")
    assert missing.exit_code == 2 and "nothing/**/*.md:1: error input no file matches this pattern" in missing.output


def test_a_file_whose_name_holds_a_star_is_read_as_that_file(isolated):
    (isolated / "a*.txt").write_text("It is gonna rain.\n", encoding="utf-8")
    (isolated / "ab.txt").write_text("Lol.\n", encoding="utf-8")
    result = run("check", "a*.txt", "--ignore", "grammar,spelling", "--format", "jsonl")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["a*.txt"]


def test_triage_help_gives_the_real_batch_size_default():
    from factlint.config import Settings

    help_text = " ".join(run("triage", "--help").output.split())
    assert f"default: batch_size in the config, {Settings().batch_size}" in help_text


def _hooks():
    from pathlib import Path

    import yaml

    return yaml.safe_load((Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_the_pre_commit_manifest_is_valid_for_pre_commit():
    clientlib = pytest.importorskip("pre_commit.clientlib")
    from pathlib import Path

    (hook,) = clientlib.load_manifest(str(Path(__file__).parent.parent / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "factlint" and hook["entry"] == "factlint check" and hook["pass_filenames"]


def test_pre_commit_runs_the_hook_on_staged_answers_and_fails_on_an_error(isolated):
    """The hook as pre-commit runs it (its file selection, its entry, its exit code), from a
    local copy of the manifest's hook with `language: system`, so nothing is installed."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import yaml

    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hook = {**_hooks()[0], "language": "system"}
    (isolated / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}))
    (isolated / "good.md").write_text("Lentils and beans contain iron.\n", encoding="utf-8")
    (isolated / "skipped.py").write_text("x = 'the the'\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "PRE_COMMIT_HOME": str(isolated / ".cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}

    def pre_commit():
        subprocess.run(["git", "add", "-A"], cwd=isolated, env=env, check=True, capture_output=True)
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=isolated, env=env,
                              capture_output=True, text=True, timeout=300)

    subprocess.run(["git", "init", "-q"], cwd=isolated, env=env, check=True)
    passed = pre_commit()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    (isolated / "bad.md").write_text("We has a error.\n", encoding="utf-8")
    failed = pre_commit()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "bad.md:1:4: error grammar/agreement" in failed.stdout and "skipped.py" not in failed.stdout
