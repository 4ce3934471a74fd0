"""Every rule of every built-in pack proves itself with its own examples (one parametrised test)."""

from __future__ import annotations

import pytest

from factlint.config import load_settings
from factlint.packs import builtin_packs, load_rules
from factlint.packs.selftest import missing_examples, test_rule as run_examples


def _all_rules():
    seen = {}
    for pack in builtin_packs("en"):
        ruleset = load_rules(load_settings({"extends": [pack]}, discover=False))
        assert not ruleset.errors, ruleset.errors
        for rule in ruleset.rules.values():
            seen[(pack, rule.id)] = rule
    return seen


RULES = _all_rules()


def test_the_three_packs_exist():
    assert {"default", "strict", "children"} <= set(builtin_packs("en"))


@pytest.mark.parametrize("key", sorted(RULES), ids=lambda k: f"{k[0]}:{k[1]}")
def test_rule_examples(key, nlp):
    rule = RULES[key]
    assert not missing_examples(rule)
    for result in run_examples(rule, nlp):
        assert result.passed, f"{rule.id} {result.expect} example gave {result.found} findings: {result.text!r}"
