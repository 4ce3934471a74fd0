"""`factlint check`: lint files like a compiler lints code."""

from __future__ import annotations

import sys

import click

from factlint.commands.options import config_options, fail, finished, input_overrides, open_out, refuse_clash, settings_from
from factlint.errors import FactlintError
from factlint.model import SEVERITY_RANK

FORMATS = ("text", "json", "jsonl", "sarif", "github", "rdjsonl")


def rule_metadata(engine) -> dict:
    """Rule id -> description, link, severity, ...: what SARIF and reviewdog describe rules with
    (the keys: factlint.formats.rule_docs)."""
    from factlint.catalog import catalog

    meta = {}
    for e in catalog(engine.ruleset).values():  # the checks' own rules too (fact/contradicted...)
        meta[e.id] = {"description": e.description, "severity": e.severity,
                      "examples": {"bad": list(e.bad), "good": list(e.good)}}
        if e.rule is not None:
            meta[e.id].update(link=e.rule.link, message=e.rule.message, file=str(e.rule.file))
    return meta


def head_start(config_path: str | None, overrides: dict) -> None:
    """Harper's set-up, and the English dictionary beside it, started before the settings are
    read (which imports every check: 0.3 s of a one-line check), when nothing can leave Harper
    out: no config file, given or found, and no --select or --ignore. The grammar check then
    runs Harper with its defaults, and Engine.preload, which starts the same threads from the
    settings, finds them started. Otherwise Engine.preload alone decides, as before."""
    if config_path or overrides.get("select") or overrides.get("ignore"):
        return
    from factlint.config import find_project_config

    try:
        if find_project_config() is not None:
            return
        from factlint.config import Settings
        from factlint.grammar import harper, hunspell
    except Exception:  # noqa: BLE001 - only a head start: the settings say what is wrong
        return
    harper.preload()
    language = str(overrides.get("language") or Settings.model_fields["language"].default)
    if language.replace("_", "-").split("-")[0].lower() == "en":
        dialect = harper.dialect_for(language, None)
        hunspell.preload_english(dialect if dialect in (*harper.DIALECTS, "any") else "any")


class Outcome:
    """What the exit code needs from the reports, counted as they stream past."""

    def __init__(self, fail_on: str) -> None:
        self.fail_on = fail_on
        self.input_errors = 0
        self.worst = -1

    def add(self, report) -> None:
        self.input_errors += bool(report.error)
        for f in report.findings:
            self.worst = max(self.worst, SEVERITY_RANK[f.severity])

    def exit_code(self) -> int:
        """2 if any input could not be checked, 1 if a finding reaches --fail-on, else 0."""
        if self.input_errors:
            return 2
        if self.fail_on == "never":
            return 0
        return int(self.worst >= SEVERITY_RANK[self.fail_on])


@click.command()
@click.argument("paths", nargs=-1, required=True)
@config_options
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, writable=True), help="Write results here instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Exit 1 when a finding is at or above this severity (default: error).")
@click.option("--text-field", help="JSONL field holding the answer (default: answer, else text).")
@click.option("--id-field", help="JSONL field holding the record id (default: id).")
@click.option("--question-field", help="JSONL field holding the question (default: question).")
@click.option("--index", "index_dir", type=click.Path(file_okay=False), help="Evidence index for fact checks (factlint index build); sets [facts] index.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary line, no notices.")
def check(paths, fmt, out, fail_on, text_field, id_field, question_field, index_dir, quiet, overrides, config_path):
    """Check answers in PATHS (.txt, .md, .jsonl files, folders of them, quoted glob
    patterns such as 'docs/**/*.md', or - for stdin).

    \b
    Examples:
      factlint check answer.md
      factlint check batch.jsonl --format sarif --out factlint.sarif
      factlint check docs/ --pack strict --ignore style/passive-voice --fail-on warning
      cat answers.jsonl | factlint check - --format jsonl
      factlint check indexes/demo/answers.jsonl --index indexes/demo/built

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage, config or input error (the other inputs are still checked).
    """
    from factlint.readers import expand_patterns, read_answers

    paths = expand_patterns(list(paths))  # before --out is opened: it must not match a pattern
    refuse_clash(out, paths)
    input_overrides(overrides, {"text": text_field, "id": id_field, "question": question_field}, index_dir)
    if fail_on:
        overrides["fail_on"] = fail_on
    head_start(config_path, overrides)
    from factlint.engine import Engine
    from factlint.formats import Writer  # noqa: F401 - registers the formats
    from factlint.registry import formats

    settings = settings_from(config_path, overrides)
    engine = Engine(settings)
    engine.preload()  # Harper sets itself up in a thread while the packs load (and spaCy, if an answer needs it)
    try:
        engine.validate()  # load the packs, and refuse an unknown rule name, before any output
    except FactlintError as exc:
        fail(str(exc))
    for message in engine.ruleset.errors:
        click.echo(f"factlint: error: {message}", err=True)
    if not quiet:
        for message in engine.ruleset.warnings:
            click.echo(f"factlint: warning: {message}", err=True)

    handle = open_out(out)
    writer = formats.get(fmt)(handle, {"rules": rule_metadata(engine), "quiet": quiet, "color": handle.isatty() and not out})
    outcome = Outcome(settings.fail_on)
    try:
        answers = read_answers(paths, settings.fields, max_bytes=settings.max_chars * 4)
        for answer, report in engine.pairs(answers):
            writer.write(answer, report)
            outcome.add(report)
            if report.error and fmt != "text":
                click.echo(f"factlint: error: {report.error}", err=True)
    except FactlintError as exc:
        fail(str(exc))
    finally:
        writer.close()
        if out:
            handle.close()
    if not quiet:
        for message in engine.notices:
            if message not in engine.ruleset.errors + engine.ruleset.warnings:
                click.echo(f"factlint: note: {message}", err=True)
    finished()  # the output is closed: the process may end without tearing everything down
    sys.exit(2 if engine.ruleset.errors else outcome.exit_code())
