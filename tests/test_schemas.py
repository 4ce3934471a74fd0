"""The JSON Schemas shipped in factlint/schemas/, checked with the `jsonschema` library.

Every JSON golden file validates against its schema (a new golden file must be named in
GOLDEN_SCHEMAS, so none goes unchecked), so does what the engine itself writes, the schemas
refuse what they should refuse, and `factlint schema NAME` prints a self-contained schema.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from referencing import Registry, Resource
from triage_cases import cases

import factlint.formats  # noqa: F401  (registers the writers)
from factlint.model import Answer
from factlint.registry import formats
from factlint.schemas import NAMES, all_schemas, schema

GOLDEN = Path(__file__).parent / "golden"
# golden file -> (schema, one document per line?)
GOLDEN_SCHEMAS = {
    "check.json": ("document", False),
    "check.jsonl": ("report", True),
    "triage.jsonl": ("triage", True),
}
REGISTRY = Registry().with_resources((sid, Resource.from_contents(s)) for sid, s in all_schemas().items())


def validator(name: str) -> jsonschema.protocols.Validator:
    s = schema(name)
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s, registry=REGISTRY, format_checker=jsonschema.FormatChecker())


def documents(path: Path, per_line: bool) -> list:
    text = path.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()] if per_line else [json.loads(text)]


def render_triage_jsonl() -> str:
    out = io.StringIO()
    writer = formats.get("jsonl")(out, {"tool_version": "0.0.0-test"})
    for answer, report in cases():
        writer.write(answer, report)
    writer.close()
    return out.getvalue()


def test_triage_golden():
    """The triage cases as `factlint triage` writes them (jsonl): a golden file of its own, so
    the triage schema is checked on every kind of record (ranked, lone, error, formula)."""
    path = GOLDEN / "triage.jsonl"
    rendered = render_triage_jsonl()
    if os.environ.get("FACTLINT_UPDATE_GOLDEN") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_every_json_golden_file_has_a_schema():
    json_files = {p.name for p in GOLDEN.iterdir() if p.suffix in (".json", ".jsonl")}
    assert json_files == set(GOLDEN_SCHEMAS)


@pytest.mark.parametrize("name", sorted(GOLDEN_SCHEMAS))
def test_golden_files_validate(name):
    schema_name, per_line = GOLDEN_SCHEMAS[name]
    docs = documents(GOLDEN / name, per_line)
    assert docs
    v = validator(schema_name)
    for doc in docs:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(doc)]
        assert errors == [], (name, errors)


def test_what_the_engine_writes_validates(engine):
    text = "Spinach is basically the best source of iron, tbh. It's gonna help."
    answers = [Answer(id=f"c{i}", text=t, question="Which foods have iron?", source="b.jsonl",
                      meta={"line": 1, "question_id": "q1"})
               for i, t in enumerate([text, "Lentils and beans are rich in iron."])]
    reports = engine.check_batch(answers)
    out = io.StringIO()
    writer = formats.get("jsonl")(out, {})
    for answer, report in zip(answers, reports):
        writer.write(answer, report)
    writer.close()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert any(r["findings"] for r in records) and all("rank" in r["metrics"] for r in records)
    for name in ("report", "triage"):
        v = validator(name)
        for record in records:
            assert list(v.iter_errors(record)) == []


def _error_paths(name: str, doc) -> list[str]:
    return sorted("/".join(map(str, e.absolute_path)) for e in validator(name).iter_errors(doc))


def test_schemas_refuse_what_is_not_a_report():
    good = documents(GOLDEN / "check.jsonl", True)[0]
    assert _error_paths("report", good) == []
    bad = json.loads(json.dumps(good))
    bad["route"] = "maybe"
    bad["findings"][0]["category"] = "typo"
    bad["findings"][1]["start"] = -1
    del bad["answer_id"]
    assert _error_paths("report", bad) == ["", "findings/0/category", "findings/1/start", "route"]
    ranked = json.loads(json.dumps(good))
    ranked["metrics"]["rank"] = 2  # without candidates and rank_reasons
    assert _error_paths("report", ranked) == []  # the report schema leaves metrics open
    messages = " ".join(e.message for e in validator("triage").iter_errors(ranked))
    assert "'candidates' is a dependency of 'rank'" in messages and "'rank_reasons'" in messages
    document = documents(GOLDEN / "check.json", False)[0]
    document["reports"][0]["risk"] = 1.5
    assert _error_paths("document", document) == ["reports/0/risk"]


@pytest.mark.parametrize("name", NAMES)
def test_schema_command_prints_a_self_contained_schema(name, tmp_path):
    from factlint.cli import main

    result = CliRunner().invoke(main, ["schema", name])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed["$id"] == schema(name)["$id"] and printed["$id"].endswith(f"/{name}.schema.json")
    # No registry: everything it refers to is inside it.
    v = jsonschema.Draft202012Validator(printed)
    golden = {"report": ("check.jsonl", True), "document": ("check.json", False), "triage": ("triage.jsonl", True)}[name]
    for doc in documents(GOLDEN / golden[0], golden[1]):
        assert list(v.iter_errors(doc)) == []
    assert CliRunner().invoke(main, ["schema", name, "--out", str(tmp_path / "s.json")]).exit_code == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == printed
    assert CliRunner().invoke(main, ["schema", "nope"]).exit_code == 2
