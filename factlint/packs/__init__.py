"""YAML rule packs: loading, validation, rule kinds and lexicons."""

from factlint.packs.loader import Rule, RuleSet, builtin_packs, load_rules

__all__ = ["Rule", "RuleSet", "builtin_packs", "load_rules"]
