"""The `packs` check: runs every enabled rule of the loaded YAML packs.

Categories: whatever the packs' folders name (style, readability, policy, ...).
Config: `[packs] enabled = false` turns it off; rule-level settings live in
the config's `[rules."style/slang"]` tables and in the packs themselves.
Languages: each answer runs the packs of its own language, `rules/<language>/<pack>`, with the
pack names `extends` gives (a Russian answer in an English run gets rules/ru/default).
Example: "It's gonna be fine." -> style/slang "Avoid slang: 'gonna'."
"""

from __future__ import annotations

import logging
from typing import ClassVar

from factlint.checks.base import Check
from factlint.registry import checks

log = logging.getLogger("factlint")


@checks.register("packs")
class RulesCheck(Check):
    name: ClassVar[str] = "packs"
    categories: ClassVar[tuple[str, ...]] = ("style", "readability", "policy", "grammar", "spelling", "fact", "duplicate")

    def supports(self, language: str) -> bool:
        # Each answer gets the packs of its own language (rules/<language>/...): the configured
        # ones, or the built-in packs of the same names for another language (a mixed batch).
        return self.resources.ruleset_for(language) is not None

    def unsupported(self, language: str) -> str:
        loaded = self.settings.language.split("-")[0]
        return (f"language {language!r} not supported (no built-in pack of {language!r} among "
                f"{', '.join(self.settings.extends) or 'the packs'}; the packs loaded are for {loaded!r})")

    def run(self, docs):
        results = []
        for doc in docs:
            rules = self.resources.ruleset_for(doc.language).enabled()
            found = []
            for rule in rules:
                # One rule that fails costs that rule on that answer, never the other rules.
                try:
                    found.extend(rule.findings(doc))
                except TimeoutError:
                    doc.metrics.setdefault("rule_timeouts", []).append(rule.id)
                except Exception as exc:  # noqa: BLE001 - said once per rule, listed per answer
                    doc.metrics.setdefault("rule_failures", []).append(rule.id)
                    self._said(rule, exc)
            results.append(found)
        return results

    def _said(self, rule, exc: Exception) -> None:
        said = self.__dict__.setdefault("_failed_rules", set())
        if rule.id not in said:
            said.add(rule.id)
            log.warning("%s: rule %s failed (%s: %s); it is left out where it fails (metrics.rule_failures)",
                        rule.file, rule.id, type(exc).__name__, exc)
