"""What a request may change, and the limits the service holds every request to.

A request may select or ignore rules (by id or category) and name built-in packs; nothing
else. A rule name is a word or `category/name`, never a path or a pattern, and a pack is one
of the built-in packs' names, resolved to the pack inside factlint (a folder of the same
name where the server runs is never read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factlint.serve.errors import ServeError

#: A rule id (`style/slang`), a category (`style`), or a LanguageTool-style upper-case id.
RULE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,63})?")
MAX_NAMES = 100  # rule names per option: more than any pack has


@dataclass(frozen=True)
class Limits:
    """The limits `factlint serve` runs with (its flags say what each one is)."""

    max_body: int = 4 << 20  # bytes of one request body
    max_chars: int = 20_000  # characters of one answer
    max_pending: int = 512  # answers waiting or being checked; more get 503
    timeout: float = 60.0  # seconds a request may wait for its reports
    max_batch: int = 64  # answers checked in one Engine.check_batch call
    batch_wait: float = 0.002  # seconds the batcher waits for company when requests are concurrent
    token: str | None = None
    cors_origins: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestOptions:
    """The options of one request, normalised: sorted, without duplicates."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    packs: tuple[str, ...] = ()  # empty: the packs the server was started with

    @property
    def engine_key(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What needs an Engine of its own: packs and select change which checks run and how
        a report is routed. `ignore` does not: it travels with each answer (its ignore list)."""
        return (self.packs, self.select)


def _names(value, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [v for v in re.split(r"[,\s]+", value) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ServeError(400, f"option `{key}` must be a list of rule ids or categories, or a comma-separated string")
    if len(value) > MAX_NAMES:
        raise ServeError(400, f"option `{key}` names {len(value)} rules; at most {MAX_NAMES}")
    for name in value:
        if not RULE_NAME.fullmatch(name):
            raise ServeError(400, f"option `{key}`: {name[:80]!r} is not a rule id (category/name) or a category")
    return tuple(sorted(set(value)))


def parse_options(data, builtin_packs: list[str]) -> RequestOptions:
    """RequestOptions from a request's `options` object (or query parameters as a dict)."""
    if data is None:
        return RequestOptions()
    if not isinstance(data, dict):
        raise ServeError(400, "`options` must be an object with `select`, `ignore` and/or `packs`")
    unknown = sorted(set(data) - {"select", "ignore", "packs"})
    if unknown:
        raise ServeError(400, f"unknown option {unknown[0]!r}: a request may set `select`, `ignore` and `packs` only "
                              "(everything else is the server's config)")
    packs = data.get("packs")
    if isinstance(packs, str):
        packs = [p for p in re.split(r"[,\s]+", packs) if p]
    if packs is not None and (not isinstance(packs, list) or not all(isinstance(p, str) for p in packs)):
        raise ServeError(400, "option `packs` must be a list of built-in pack names")
    for pack in packs or ():
        if pack not in builtin_packs:
            raise ServeError(400, f"option `packs`: {pack[:80]!r} is not a built-in pack (built-in: {', '.join(builtin_packs)})")
    # Pack order matters (a later pack overrides an earlier one): the caller's order is kept.
    return RequestOptions(select=_names(data.get("select"), "select"), ignore=_names(data.get("ignore"), "ignore"),
                          packs=tuple(dict.fromkeys(packs or ())))
