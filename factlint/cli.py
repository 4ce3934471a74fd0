"""The `factlint` command. Thin: each command group lives in factlint/commands/ and only
parses options, calls the library and renders; library errors become exit code 2."""

from __future__ import annotations

import logging
import sys

import click

from factlint import __version__
from factlint.commands.check import check
from factlint.commands.options import is_finished
from factlint.commands.outputs import labelstudio_config, schema
from factlint.commands.rules import rules
from factlint.commands.serve import serve
from factlint.commands.triage import triage


class _Command(click.Group):
    """The `factlint` group. Run from the command line, a command that has written and closed
    everything it opened (`options.finished()`) ends the process without tearing the
    interpreter down (see `_leave`)."""

    def main(self, args=None, *rest, **options):
        if args is not None:  # called with its arguments (click's CliRunner, a caller): as is
            return super().main(args, *rest, **options)
        try:
            return super().main(None, *rest, **options)
        except SystemExit as exc:
            if is_finished() and isinstance(exc.code, int) and not _watched():
                _leave(exc.code)
            raise


def _watched() -> bool:
    """Whether a profiler, tracer, debugger or coverage watches this process (`python -m
    cProfile -m factlint.cli ...`): it writes its results when the process ends the usual way."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return True
    monitoring = getattr(sys, "monitoring", None)  # Python 3.12+: coverage and profilers use it
    return monitoring is not None and any(monitoring.get_tool(tool) is not None for tool in range(6))


def _leave(code: int) -> None:
    """End the process without freeing every object one by one: spaCy's vocabulary, Harper's
    dictionaries and the rest took 0.2-0.4 s to tear down after a one-line `factlint check`,
    a tenth of its time (mypy ends the same way). The atexit handlers still run (a
    LanguageTool server the check started is stopped, logging is flushed). If standard output
    cannot be flushed (a closed pipe), the process ends the usual way, which reports it."""
    import atexit
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:  # what the handlers printed
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


@click.group(cls=_Command, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="factlint")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Lint LLM answers for grammar, style, readability, policy and facts.

    \b
    factlint check answers.jsonl            lint files (txt, md, jsonl) like a compiler
    factlint triage batch.jsonl --out t.jsonl   route, rank and pre-annotate a batch
    factlint rules list                     the rules of the active packs
    factlint index build corpus.jsonl --out idx   build an evidence index
    factlint serve --index idx              HTTP service: /v1, LanguageTool /v2, Label Studio
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=level, stream=sys.stderr, format="factlint: %(message)s")
    # Whatever a command prints (a rule's message from a YAML "\\udfff", a file name that is
    # not UTF-8), a character the terminal's encoding cannot hold is shown escaped.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


main.add_command(check)
main.add_command(rules)
main.add_command(triage)
main.add_command(serve)
main.add_command(schema)
main.add_command(labelstudio_config)

try:  # the index group arrives with the evidence package
    from factlint.commands.index import index

    main.add_command(index)
except ImportError:  # pragma: no cover
    pass


if __name__ == "__main__":  # pragma: no cover
    main()
