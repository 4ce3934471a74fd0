"""`factlint schema` and `factlint labelstudio-config`: what the tools that read factlint's
outputs need to read them (a JSON Schema, a Label Studio labeling config)."""

from __future__ import annotations

import json

import click

from factlint.commands.options import config_options, fail, open_out, settings_from
from factlint.errors import FactlintError
from factlint.schemas import NAMES


@click.command()
@click.argument("name", type=click.Choice(NAMES))
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="Write the schema here instead of stdout.")
def schema(name, out):
    """Print the JSON Schema (draft 2020-12) of a JSON output, self-contained.

    \b
    report     one report: a line of `check --format jsonl` and of `triage`
    document   the whole output of `check --format json`
    triage     one triage record: a report with its routing and ranking metrics

    \b
    Example:
      factlint schema triage --out triage.schema.json
    """
    from factlint.schemas import schema as load

    handle = open_out(out)
    try:
        handle.write(json.dumps(load(name, bundle=True), indent=2, ensure_ascii=False) + "\n")
    finally:
        if out:
            handle.close()


def _rule_ids(config_path, overrides) -> list[str]:
    """Every rule id a run with these settings can report: the active packs' rules and the
    rules the checks declare (factlint.catalog)."""
    from factlint.catalog import catalog
    from factlint.resources import Resources

    try:
        return sorted(catalog(Resources(settings_from(config_path, overrides)).ruleset))
    except FactlintError as exc:
        fail(str(exc))


@click.command("labelstudio-config")
@config_options
@click.option("--format-option", "format_options", multiple=True, metavar="KEY=VALUE",
              help="The labelstudio writer options the tasks are written with (label_from_name, span_label...), repeatable.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="Write the config here instead of stdout.")
def labelstudio_config(format_options, out, overrides, config_path):
    """Print the Label Studio labeling config that fits `triage --format labelstudio` tasks.

    Give it the same --format-option pairs as the triage run, so that tag names and labels
    agree. Regions are labelled by category by default; with span_label=rule the config
    offers every rule id of the active packs (--pack, --config) and of the built-in checks.
    Paste the config in the project's Settings > Labeling Interface > Code, or send it as the
    project's `label_config` through the API, then import the tasks.

    \b
    Examples:
      factlint labelstudio-config --out labeling.xml
      factlint labelstudio-config --format-option span_label=rule --pack strict
    """
    from factlint.commands.triage import parse_options
    from factlint.formats.labelstudio import DEFAULTS, label_config

    options = parse_options(format_options)
    unknown = sorted(set(options) - set(DEFAULTS))
    if unknown:
        raise click.BadParameter(f"not a labelstudio option: {', '.join(unknown)} (options: {', '.join(DEFAULTS)})",
                                 param_hint="--format-option")
    labels = _rule_ids(config_path, overrides) if options.get("span_label") == "rule" else None
    try:
        text = label_config(labels, options)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--format-option") from None
    handle = open_out(out)
    try:
        handle.write(text)
    finally:
        if out:
            handle.close()
