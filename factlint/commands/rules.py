"""`factlint rules`: list and explain every rule factlint can report; test the packs' rules."""

from __future__ import annotations

import json
import sys

import click

from factlint.commands.options import config_options, fail, settings_from
from factlint.errors import FactlintError


def _ruleset(config_path, overrides):
    from factlint.resources import Resources

    resources = Resources(settings_from(config_path, overrides))
    try:
        return resources, resources.ruleset
    except FactlintError as exc:
        fail(str(exc))


@click.group()
def rules():
    """List, explain and test rules."""


def _catalog(ruleset):
    from factlint.catalog import catalog

    return catalog(ruleset)


def _wrap(text: str, indent: int) -> str:
    """`text` on lines that fit the terminal, continued under its first column: a
    description is never cut short."""
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size((100, 24)).columns, indent + 30)
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=" " * indent,
                         subsequent_indent=" " * indent)[indent:]


@rules.command("list")
@config_options
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(fmt, overrides, config_path):
    """List every rule factlint can report: the active packs' and the checks' (grammar,
    spelling, facts, relevance, duplicates).

    \b
    Example:
      factlint rules list --pack children
    """
    _, ruleset = _ruleset(config_path, overrides)
    rows = []
    for entry in _catalog(ruleset).values():
        rule = entry.rule
        rows.append({
            "id": entry.id, "severity": entry.severity, "enabled": rule.enabled if rule else True,
            "kind": rule.kind.kind if rule else "check", "pack": rule.pack if rule else None,
            "check": None if rule else entry.source.removeprefix("check "), "description": entry.description,
        })
    rows.sort(key=lambda r: r["id"])
    if fmt == "json":
        click.echo(json.dumps({"packs": ruleset.packs, "rules": rows}, indent=2))
    else:
        click.echo(f"packs: {', '.join(ruleset.packs)}")
        width = max((len(r["id"]) for r in rows), default=10)
        for r in rows:
            state = "  (off)" if not r["enabled"] else ""
            source = r["pack"] or r["check"]
            head = f"{r['id']:<{width}}  {r['severity']:<7}  {source:<10}  "
            click.echo(head + _wrap(r["description"] + state, len(head)))
    for message in ruleset.errors:
        click.echo(f"factlint: error: {message}", err=True)
    sys.exit(2 if ruleset.errors else 0)


@rules.command("explain")
@click.argument("rule_id")
@config_options
def explain(rule_id, overrides, config_path):
    """Show what RULE_ID checks, where it comes from, its settings and its examples. Any rule
    factlint can report: a pack's (style/slang) or a check's (grammar/repeated-word,
    spelling/unknown-word, fact/contradicted).

    \b
    Example:
      factlint rules explain style/slang
    """
    _, ruleset = _ruleset(config_path, overrides)
    entry = _catalog(ruleset).get(rule_id)
    if entry is None:
        import difflib

        for message in ruleset.errors:  # why a rule that has a file did not load
            click.echo(f"factlint: error: {message}", err=True)
        close = difflib.get_close_matches(rule_id, list(_catalog(ruleset)), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        fail(f"no rule {rule_id!r} in packs {', '.join(ruleset.packs)} or in the checks{hint} "
             "(factlint rules list: every rule)")
    rule = entry.rule
    if rule is None:
        check = entry.source.removeprefix("check ")
        click.echo(f"{entry.id}  (reported by the {check} check, {entry.severity})")
        click.echo(f"  {_wrap(entry.description, 2)}")
        click.echo(f"  settings: the [{check}] section of the config; turn it off with ignore = [\"{entry.id}\"]")
        for label, examples in (("bad", entry.bad), ("good", entry.good)):
            for text in examples:
                click.echo(f"  {label}: {text}")
        return
    settings = {k: v for k, v in rule.kind.model_dump().items() if k != "kind"}
    click.echo(f"{rule.id}  ({rule.kind.kind}, {rule.severity}, pack {rule.pack})")
    click.echo(f"  {_wrap(entry.description, 2)}")
    click.echo(f"  message: {rule.message}")
    if rule.link:
        click.echo(f"  link: {rule.link}")
    click.echo(f"  file: {rule.file}")
    for key, value in settings.items():
        click.echo(f"  {key}: {json.dumps(value, default=str)[:200]}")
    for label, examples in (("bad", rule.bad_examples()), ("good", rule.good_examples())):
        for e in examples:
            q = f"  [question: {e.question}]" if e.question else ""
            click.echo(f"  {label}: {' '.join(e.text.split())}{q}")


@rules.command("test")
@config_options
@click.option("-v", "--verbose", is_flag=True, help="Show every example, not only failures.")
def test_rules(verbose, overrides, config_path):
    """Run every rule's own examples: bad ones must be flagged, good ones must not.

    \b
    Example:
      factlint rules test --pack strict --pack children
    """
    from factlint.packs.selftest import missing_examples, test_rule

    resources, ruleset = _ruleset(config_path, overrides)
    failures = list(ruleset.errors)
    passed = 0
    for rule in ruleset.rules.values():
        failures.extend(missing_examples(rule))
        for result in test_rule(rule, resources.nlp, resources.settings.language):
            text = " ".join(result.text.split())[:80]
            if result.passed:
                passed += 1
                if verbose:
                    click.echo(f"ok    {rule.id} {result.expect}: {text}")
            elif result.error:
                failures.append(f"{rule.file}: {result.expect} example could not be checked ({result.error}): {text}")
            else:
                want = "at least one finding" if result.expect == "bad" else "no finding"
                failures.append(f"{rule.file}: {result.expect} example wants {want}, got {result.found}: {text}")
    for message in failures:
        click.echo(f"FAIL  {message}")
    click.echo(f"{passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
