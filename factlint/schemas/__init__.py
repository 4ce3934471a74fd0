"""JSON Schemas (draft 2020-12) of factlint's JSON outputs, shipped in the package.

    report     one report: a line of the jsonl format (check and triage), an item of the json
               format's `reports`, the HTTP service's report
    document   the json format's whole document: reports and summary
    triage     one triage record: a report with the routing and ranking metrics triage adds

The files (`factlint/schemas/NAME.schema.json`) refer to each other by `$id`
(document and triage build on report). `schema(name, bundle=True)` gives one self-contained
schema, the referenced ones embedded under `$defs` with their own `$id` (a compound schema
document, as draft 2020-12 defines it): what `factlint schema NAME` prints. Outputs only
ever grow by new fields, so every object allows properties the schema does not list.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

NAMES = ("report", "document", "triage")


def _load(name: str) -> dict[str, Any]:
    if name not in NAMES:
        raise ValueError(f"no schema {name!r}: choose one of {', '.join(NAMES)}")
    text = resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _file_refs(node: Any) -> set[str]:
    """The other schema files a schema refers to ("report.schema.json")."""
    found = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            found.add(ref.split("#", 1)[0])
        for value in node.values():
            found |= _file_refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _file_refs(value)
    return found


def schema(name: str, bundle: bool = False) -> dict[str, Any]:
    """The schema `name` (one of NAMES); with `bundle`, self-contained."""
    root = _load(name)
    if not bundle:
        return root
    defs = root.setdefault("$defs", {})
    todo = sorted(_file_refs(root))
    while todo:
        ref = todo.pop()
        other = ref.removesuffix(".schema.json")
        if other in defs or other == name:
            continue
        embedded = _load(other)
        embedded.pop("$schema", None)
        defs[other] = embedded
        todo.extend(sorted(_file_refs(embedded)))
    return root


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every schema by its `$id`, for a validator's registry of resources."""
    return {s["$id"]: s for s in (schema(n) for n in NAMES)}
