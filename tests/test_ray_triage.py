"""Triage on Ray Data (factlint.integrations.ray, `factlint triage --ray`): the same records
as local triage, from JSONL and Parquet, through a dead actor and a record that fails."""

from __future__ import annotations

import json
import os
import sys

import pytest
from click.testing import CliRunner

from factlint.cli import main
from test_triage import NO_GRAMMAR, write_batch


def records(folder):
    """Every record of a --ray output folder, with the shards' names."""
    shards = sorted(folder.glob("part-*.jsonl"))
    return [json.loads(line) for shard in shards for line in shard.read_text().splitlines()], [s.name for s in shards]


def local_records(src, out):
    result = CliRunner().invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--batch-size", "4"])
    assert result.exit_code in (0, 2), result.output
    return [json.loads(line) for line in out.read_text().splitlines()]


def by_key(reports):
    return sorted(reports, key=lambda r: (r["source"], r["record_line"] or 0, r["answer_id"]))


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray")
    ray.init(address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             logging_level="WARNING", configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def settings():
    from factlint.config import load_settings

    return load_settings(None, {"ignore": ["grammar", "spelling"]})


def test_same_records_as_local_triage_from_jsonl_and_parquet(ray_local, settings, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from factlint.integrations.ray import triage_ray

    src = tmp_path / "in.jsonl"
    write_batch(src, 30, bad_every=7)  # candidates every 5th record, 4 lines that are not JSON
    clean = tmp_path / "clean.jsonl"
    write_batch(clean, 12)
    rows = [json.loads(line) for line in clean.read_text().splitlines()]
    columns = ("id", "question", "answer", "candidates")  # a null cell is an absent field
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    pq.write_table(table, tmp_path / "clean.parquet")

    summary = triage_ray([str(src), str(tmp_path / "clean.parquet")], tmp_path / "out", settings, actors=2,
                         batch_size=4, shard_size=20)
    got, shards = records(tmp_path / "out")
    assert shards == [f"part-{i:05d}.jsonl" for i in range(len(shards))] and len(shards) == -(-len(got) // 20)
    assert not list((tmp_path / "out").glob(".*partial"))
    keys = [(r["source"], r["record_line"], r["answer_id"]) for r in got]
    assert len(keys) == len(set(keys))  # each record once

    want = local_records(src, tmp_path / "local.jsonl")
    from_jsonl = [r for r in got if r["source"] == str(src)]
    assert by_key(from_jsonl) == by_key(want)  # record by record, error records and ranks included
    assert sum(1 for r in from_jsonl if r["error"]) == 4
    assert any(r["metrics"].get("rank") == 2 for r in from_jsonl)

    # Parquet rows are read as JSONL records are: row n is record_line n.
    want_clean = local_records(clean, tmp_path / "local-clean.jsonl")
    from_parquet = [{**r, "source": str(clean)} for r in got if r["source"] == str(tmp_path / "clean.parquet")]
    assert by_key(from_parquet) == by_key(want_clean)

    saved = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert saved["answers"] == summary.answers == len(want) + len(want_clean)
    assert saved["errors"] == 4 and saved["shards"] == shards
    assert saved["routes"] == dict(__import__("collections").Counter(r["route"] for r in got))
    assert saved["actor_processes"] == 2  # both actors checked batches

    # A second run into the same folder would write every record twice: refused.
    from factlint.errors import ConfigError

    with pytest.raises(ConfigError, match="already holds part-00000.jsonl"):
        triage_ray([str(src)], tmp_path / "out", settings)



def _flaky_checker(marker):
    """A Checker whose process dies on its second batch, once per run (the marker file says it
    died), after its first batch's records reached the driver; its engine raises on any batch
    holding an answer that says "explode"."""
    from factlint.integrations.ray import Checker

    class FlakyChecker(Checker):
        def __init__(self, *args):
            super().__init__(*args)
            self.calls = 0
            check = self.engine.check_batch

            def check_batch(answers):
                if any("explode" in a.text for a in answers):
                    raise RuntimeError("the engine blew up")
                return check(answers)

            self.engine.check_batch = check_batch

        def __call__(self, batch):
            self.calls += 1
            if self.calls == 2 and not os.path.exists(marker):
                open(marker, "w").close()
                os._exit(1)  # a crash: Ray restarts the actor and retries the batch
            return super().__call__(batch)

    return FlakyChecker


def test_a_dead_actor_is_retried_and_a_failing_record_gets_an_error_record(ray_local, settings, tmp_path):
    from factlint.integrations.ray import triage_ray

    src = tmp_path / "in.jsonl"
    write_batch(src, 16, candidates_every=0)
    lines = src.read_text().splitlines()
    lines[5] = json.dumps({"id": "bad", "answer": "This answer will explode."})
    src.write_text("\n".join(lines) + "\n")
    marker = tmp_path / "died"
    summary = triage_ray([str(src)], tmp_path / "out", settings, actors=1, batch_size=4,
                         checker=_flaky_checker(str(marker)))
    assert marker.exists() and len(summary.actor_processes) == 2  # the actor died, and a new one took over
    got, _ = records(tmp_path / "out")
    want = local_records(src, tmp_path / "local.jsonl")
    assert [r["answer_id"] for r in by_key(got)] == [r["answer_id"] for r in by_key(want)]  # all, once
    bad = [r for r in got if r["answer_id"] == "bad"]
    assert bad[0]["error"] == f"{src}:6: could not be checked: RuntimeError: the engine blew up"
    # The other records of the failing record's batch were checked alone, as local triage checks them.
    assert by_key([r for r in got if r["answer_id"] != "bad"]) == by_key([r for r in want if r["answer_id"] != "bad"])
    assert summary.errors == 1 and summary.answers == 16


# -- the CLI ----------------------------------------------------------------------------------------


def test_cli_ray_without_ray_installed_says_how_to_install(isolated, monkeypatch):
    src = isolated / "in.jsonl"
    write_batch(src, 2)
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails as it would without the extra
    result = CliRunner().invoke(main, ["triage", str(src), "--ray", "--out", "out", *NO_GRAMMAR])
    assert result.exit_code == 2
    assert 'pip install "factlint[ray]"' in result.stderr and "Traceback" not in result.output
    assert not (isolated / "out").exists()


def test_cli_ray_refuses_what_it_cannot_do(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 2)
    runner = CliRunner()
    for args, says in ((["--ray"], "--ray needs --out"), (["--ray", "auto", "--out", "o", "--format", "csv"], "jsonl shards"),
                       (["--ray", "--out", "o", "--resume"], "jsonl shards")):
        result = runner.invoke(main, ["triage", str(src), *args])
        assert result.exit_code == 2 and says in result.output, (args, result.output)


def test_cli_ray_writes_shards_and_a_summary(ray_local, isolated):
    """`--ray` with no address joins the Ray this process already runs (the module's)."""
    src = isolated / "in.jsonl"
    write_batch(src, 6, candidates_every=3)
    result = CliRunner().invoke(main, ["triage", str(src), "--ray", "--out", "out", "--workers", "1", *NO_GRAMMAR])
    assert result.exit_code == 0, result.output
    assert "triaged 8 answers" in result.stderr and "1 shard(s)" in result.stderr
    got, shards = records(isolated / "out")
    assert shards == ["part-00000.jsonl"] and len(got) == 8
    assert json.loads((isolated / "out" / "summary.json").read_text())["answers"] == 8
