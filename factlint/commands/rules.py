"""`factlint rules`: list, explain and test the rules of the active packs."""

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


@rules.command("list")
@config_options
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(fmt, overrides, config_path):
    """List the rules of the active packs (see --pack).

    \b
    Example:
      factlint rules list --pack children
    """
    _, ruleset = _ruleset(config_path, overrides)
    rows = [
        {"id": r.id, "severity": r.severity, "enabled": r.enabled, "kind": r.kind.kind, "pack": r.pack, "description": r.description.strip()}
        for r in ruleset.rules.values()
    ]
    if fmt == "json":
        click.echo(json.dumps({"packs": ruleset.packs, "rules": rows}, indent=2))
    else:
        click.echo(f"packs: {', '.join(ruleset.packs)}")
        width = max((len(r["id"]) for r in rows), default=10)
        for r in rows:
            state = "" if r["enabled"] else "  (off)"
            click.echo(f"{r['id']:<{width}}  {r['severity']:<7}  {r['kind']:<12}  {r['description'][:70]}{state}")
    for message in ruleset.errors:
        click.echo(f"factlint: error: {message}", err=True)
    sys.exit(2 if ruleset.errors else 0)


@rules.command("explain")
@click.argument("rule_id")
@config_options
def explain(rule_id, overrides, config_path):
    """Show what RULE_ID checks, its settings and its examples.

    \b
    Example:
      factlint rules explain style/slang
    """
    _, ruleset = _ruleset(config_path, overrides)
    rule = ruleset.rules.get(rule_id)
    if rule is None:
        for message in ruleset.errors:  # why a rule that has a file did not load
            click.echo(f"factlint: error: {message}", err=True)
        known = ", ".join(sorted(ruleset.rules))
        fail(f"no rule {rule_id!r} in packs {', '.join(ruleset.packs)} (rules: {known})")
    settings = {k: v for k, v in rule.kind.model_dump().items() if k != "kind"}
    click.echo(f"{rule.id}  ({rule.kind.kind}, {rule.severity}, pack {rule.pack})")
    click.echo(f"  {rule.description.strip()}")
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
            else:
                want = "at least one finding" if result.expect == "bad" else "no finding"
                failures.append(f"{rule.file}: {result.expect} example wants {want}, got {result.found}: {text}")
    for message in failures:
        click.echo(f"FAIL  {message}")
    click.echo(f"{passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
