"""Options shared by several commands, so each means the same everywhere."""

from __future__ import annotations

import functools
import sys

import click

from factlint.config import Settings, load_settings
from factlint.errors import FactlintError


#: Set by a command once everything it opened is written and closed (`factlint check`):
#: run from the command line, the process may then end at once (factlint.cli._leave).
_finished = [False]


def finished() -> None:
    _finished[0] = True


def is_finished() -> bool:
    return _finished[0]


def config_options(func):
    """--config, --pack, --select, --ignore, --language: everything that shapes Settings."""

    @click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: nearest factlint.toml, .factlint.toml or pyproject.toml [tool.factlint]).")
    @click.option("--pack", "packs", multiple=True, help="Rule pack by name (default, strict, children) or folder; repeatable. Replaces `extends`.")
    @click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated or repeated), e.g. --select fact.")
    @click.option("--ignore", multiple=True, help="Leave out these rule ids or categories, e.g. --ignore style/passive-voice.")
    @click.option("--language", help="Language of the answers (default en).")
    @functools.wraps(func)
    def wrapper(*args, config_path, packs, select, ignore, language, **kwargs):
        overrides = {}
        if packs:
            overrides["extends"] = list(packs)
        if select:
            overrides["select"] = list(select)
        if ignore:
            overrides["ignore"] = list(ignore)
        if language:
            overrides["language"] = language
        kwargs["overrides"] = overrides
        kwargs["config_path"] = config_path
        return func(*args, **kwargs)

    return wrapper


def input_overrides(overrides: dict, fields: dict, index_dir: str | None) -> dict:
    """Add the field-name flags and --index (check and triage share them) to `overrides`."""
    import os

    named = {k: v for k, v in fields.items() if v}
    if named:
        overrides["fields"] = named
    if index_dir:  # relative to where the command runs, not to the config file
        overrides["facts"] = {"index": os.path.abspath(index_dir)}
    return overrides


def refuse_clash(out: str | None, paths: list[str]) -> None:
    """A usage error (exit 2) when --out is one of the inputs or would be read as one."""
    from factlint.readers import output_clash

    problem = output_clash(out, paths)
    if problem:
        raise click.UsageError(problem)


def open_out(out: str | None, mode: str = "w", **kwargs):
    """Where results go: `out` opened for writing (a path that cannot be written is exit 2
    naming it), else stdout. One guard for every format: a character UTF-8 cannot hold (a
    file name that is not UTF-8 arrives as a lone surrogate) is written as its escape,
    `\\udcff`, instead of stopping the run half-way."""
    if not out:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="backslashreplace")
        return sys.stdout
    try:
        return open(out, mode, encoding="utf-8", errors="backslashreplace", **kwargs)  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or exc}")


def settings_from(config_path: str | None, overrides: dict) -> Settings:
    try:
        return load_settings(config_path, overrides)
    except FactlintError as exc:
        raise click.UsageError(str(exc)) from None


def fail(message: str) -> None:
    """A library error: print its one-line message and exit 2."""
    click.echo(f"factlint: error: {message}", err=True)
    raise SystemExit(2)
