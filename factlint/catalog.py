"""Every rule id factlint can report, and the check of the rule names a user writes.

Rule ids come from two places: a pack's folder and file name (rules/<lang>/<pack>/<category>/
<name>.yml: `style/slang`), and a check's `rules` declaration (grammar, facts, relevance,
duplicates; a third-party check declares its own). `catalog()` joins them for `factlint rules
list` and `rules explain`; `check_rule_names()` makes a name in `--select`, `--ignore`, `ignore`,
`[rules.X]` or the routing lists that is neither a known rule id nor a category an error
naming it and where it was written, as ruff and eslint do: `--select stlye` otherwise checks
nothing and passes.

    catalog(ruleset)["grammar/repeated-word"].description
    check_rule_names(settings, ruleset)   # raises ConfigError
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factlint.errors import ConfigError

if TYPE_CHECKING:
    from factlint.config import Settings
    from factlint.packs.loader import Rule, RuleSet


@dataclass(frozen=True)
class RuleEntry:
    id: str
    severity: str
    description: str
    #: "pack default" for a pack's rule, "check grammar" for a check's.
    source: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    #: The pack's Rule (kind, message, file...), None for a check's rule.
    rule: Rule | None = None

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]


def catalog(ruleset: RuleSet) -> dict[str, RuleEntry]:
    """The rules of every registered check, then those of the active packs, by id."""
    from factlint.registry import checks, load_builtins

    load_builtins()
    out: dict[str, RuleEntry] = {}
    for name, check in sorted(checks.get_all().items()):
        for rule_id, doc in getattr(check, "rules", {}).items():
            out[rule_id] = RuleEntry(rule_id, doc.severity, doc.description, f"check {name}",
                                     (doc.bad,) if doc.bad else (), (doc.good,) if doc.good else ())
    for rule in ruleset.rules.values():
        out[rule.id] = RuleEntry(
            rule.id, rule.severity, (rule.description or rule.message).strip(), f"pack {rule.pack}",
            tuple(e.text for e in rule.bad_examples()), tuple(e.text for e in rule.good_examples()), rule,
        )
    return out


def _builtin_pack_ids() -> set[str]:
    """Rule ids of every built-in pack, from file names alone (nothing parsed):
    `[rules."style/passive-voice"]` is not a typo because the active packs leave that rule out."""
    from factlint.packs.loader import builtin_root

    return {f"{p.parent.name}/{p.stem}" for p in builtin_root().glob("*/*/*/*.yml") if p.parent.name != "lexicons"}


def known_names(ruleset: RuleSet) -> tuple[set[str], set[str], set[str]]:
    """(rule ids, categories, categories of checks that do not list their rules)."""
    from factlint.registry import checks, load_builtins

    load_builtins()
    ids = set(catalog(ruleset)) | _builtin_pack_ids()
    categories = {i.split("/", 1)[0] for i in ids}
    open_categories = set()
    for check in checks.get_all().values():
        declared = set(getattr(check, "categories", ()) or ())
        categories |= declared
        if not getattr(check, "rules", None) and getattr(check, "name", "") != "packs":
            open_categories |= declared  # a third party's check: any id in its categories may be real
    return ids, categories, open_categories


def _where(settings: Settings, key: str) -> str:
    origin = settings.origin(key) or "config"
    if origin == "command line" and key in ("select", "ignore"):
        return f"--{key}"
    return f"{origin}: key `{key}`"


def check_rule_names(settings: Settings, ruleset: RuleSet) -> None:
    """Raise ConfigError naming every rule name in the settings that factlint does not know."""
    ids, categories, open_categories = known_names(ruleset)
    problems = []

    def unknown(name: str) -> str | None:
        if name in ids or name in categories:
            return None
        category = name.split("/", 1)[0]
        if "/" in name and category in open_categories:
            return None
        close = difflib.get_close_matches(name, sorted(ids | categories), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        kind = "rule" if "/" in name else "rule or category"
        return f"unknown {kind} {name!r}{hint}"

    lists = [("select", settings.select), ("ignore", settings.ignore),
             ("routing.reject_on", settings.routing.reject_on), ("routing.review_on", settings.routing.review_on)]
    for key, names in lists:
        if key.startswith("routing.") and settings.origin(key) is None:
            continue  # the defaults: not written by anyone (and "style/obscene" has no pack in every language)
        for name in names:
            problem = unknown(name)
            if problem:
                problems.append(f"{_where(settings, key)}: {problem}")
    for name in settings.rules:
        if "/" not in name:
            problems.append(f"{_where(settings, f'rules.{name}')}: a rule id is category/name, not {name!r}")
            continue
        problem = unknown(name)
        if problem:
            problems.append(f"{_where(settings, f'rules.{name}')}: {problem}")
    if problems:
        raise ConfigError("\n".join(problems) + "\n(factlint rules list: every rule id and its category)")
