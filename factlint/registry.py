"""Registries: where checks, output formats, grammar backends and verifiers are found.

Built-in components register exactly the way a third party does, so nothing about the core
is special. Third parties publish entry points in the groups `factlint.checks`,
`factlint.formats`, `factlint.grammar_backends` and `factlint.verifiers`.
"""

from __future__ import annotations

import catalogue

checks = catalogue.create("factlint", "checks", entry_points=True)
formats = catalogue.create("factlint", "formats", entry_points=True)
grammar_backends = catalogue.create("factlint", "grammar_backends", entry_points=True)
verifiers = catalogue.create("factlint", "verifiers", entry_points=True)


def load_builtins() -> None:
    """Import the modules whose import registers the built-in components."""
    # Imported for their side effect: each module registers itself.
    from factlint import checks as _checks  # noqa: F401
    from factlint import formats as _formats  # noqa: F401
