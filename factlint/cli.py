"""The `factlint` command. Thin: each command group lives in factlint/commands/ and only
parses options, calls the library and renders; library errors become exit code 2."""

from __future__ import annotations

import logging
import sys

import click

from factlint import __version__
from factlint.commands.check import check
from factlint.commands.outputs import labelstudio_config, schema
from factlint.commands.rules import rules
from factlint.commands.serve import serve
from factlint.commands.triage import triage


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
