"""Triage: one output record per input record, resume after a kill, workers, bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner

from factlint.cli import main
from factlint.triage import resume_keys

NO_GRAMMAR = ["--ignore", "grammar,spelling"]


def write_batch(path, n, bad_every=0, candidates_every=5):
    lines = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append("{not json")
        elif candidates_every and i % candidates_every == 0:
            lines.append(json.dumps({"id": f"q{i}", "question": "What foods have iron?",
                                     "candidates": [f"Lol, beans number {i}.", f"Beans and lentils contain iron ({i})."]}))
        else:
            lines.append(json.dumps({"id": f"a{i}", "answer": f"Answer {i} is gonna mention beans and lentils."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def expected_keys(path):
    keys = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            keys.append((number, f"{path}:{number}"))
            continue
        if "candidates" in record:
            keys.extend((number, f"{record['id']}#{k}") for k in (1, 2))
        else:
            keys.append((number, record["id"]))
    return keys


def output_keys(path):
    return [(r["record_line"], r["answer_id"]) for r in map(json.loads, path.read_text().splitlines())]


def test_every_record_once_in_order_with_errors_and_ranks(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 23, bad_every=7)
    result = CliRunner().invoke(main, ["triage", str(src), "--out", "out.jsonl", *NO_GRAMMAR, "--batch-size", "4"])
    assert result.exit_code == 2  # three lines were not JSON
    assert f"triaged {len(expected_keys(src))} answers" in result.stderr and "3 could not be checked" in result.stderr
    out = isolated / "out.jsonl"
    assert output_keys(out) == expected_keys(src)
    reports = [json.loads(line) for line in out.read_text().splitlines()]
    ranked = [r for r in reports if r["answer_id"].startswith("q0#")]
    assert [r["metrics"]["rank"] for r in ranked] == [2, 1]
    assert {r["route"] for r in reports} <= {"pass", "review", "reject"}
    assert all(0 <= r["risk"] <= 1 for r in reports)


def test_resume_skips_what_is_written_and_cuts_a_half_line(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 12)
    out = isolated / "out.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR])
    full = out.read_text().splitlines()
    # Pretend the run died: keep 5 records and half of the sixth.
    out.write_text("\n".join(full[:5]) + "\n" + full[5][: len(full[5]) // 2])
    assert len(resume_keys(out)) == 5 and out.read_text().endswith("\n")
    result = runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"])
    assert result.exit_code == 0, result.output
    assert "5 already done" in result.stderr
    assert output_keys(out) == expected_keys(src)


def test_resume_needs_out(isolated):
    result = CliRunner().invoke(main, ["triage", "x.jsonl", "--resume"])
    assert result.exit_code == 2 and "--resume needs --out" in result.output


def test_kill_9_then_resume_gives_each_record_exactly_once(isolated):
    """A real process, killed with SIGKILL mid-run, then resumed."""
    src = isolated / "in.jsonl"
    write_batch(src, 3000, candidates_every=0)  # no candidates: no embedder to load, a fast run
    out = isolated / "out.jsonl"
    cmd = [sys.executable, "-m", "factlint.cli", "triage", str(src), "--out", str(out), "--quiet", "--batch-size", "16", *NO_GRAMMAR]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    written = len(out.read_text().splitlines())
    assert 0 < written < len(expected_keys(src)), "the kill should land mid-run"
    subprocess.run([*cmd, "--resume"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    keys = output_keys(out)
    assert len(keys) == len(set(keys))
    assert keys == expected_keys(src)


def test_two_workers_give_the_same_records_as_one(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 40)
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", "one.jsonl", *NO_GRAMMAR, "--batch-size", "8"])
    runner.invoke(main, ["triage", str(src), "--out", "two.jsonl", *NO_GRAMMAR, "--batch-size", "8", "--workers", "2"])

    def strip(path):  # timings differ between runs; nothing else may
        return [json.loads(line) for line in (isolated / path).read_text().splitlines()]

    assert strip("one.jsonl") == strip("two.jsonl")


def test_huge_answer_is_an_error_record_with_its_line(isolated):
    src = isolated / "in.jsonl"
    src.write_text(json.dumps({"id": "ok", "answer": "Fine."}) + "\n" + json.dumps({"id": "big", "answer": "word " * 300_000}) + "\n")
    result = CliRunner().invoke(main, ["triage", str(src), *NO_GRAMMAR])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["answer_id"] for r in records] == ["ok", "big"]
    assert records[1]["error"].startswith(f"{src}:2: answer too long")


def test_csv_resume_cuts_a_row_split_inside_a_quoted_line_break(isolated):
    src = isolated / "in.jsonl"
    rows = [json.dumps({"id": f"a{i}", "answer": f"Line one of {i}.\nLine two is gonna be here."}) for i in range(6)]
    src.write_text("\n".join(rows) + "\n")
    out = isolated / "out.csv"
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", str(out), "--format", "csv", *NO_GRAMMAR])
    full = out.read_text()
    cut = full.index("Line two is gonna be here.", full.index("a3"))  # inside row a3's quoted answer
    out.write_text(full[:cut])
    assert len(resume_keys(out, "csv")) == 3
    result = runner.invoke(main, ["triage", str(src), "--out", str(out), "--format", "csv", *NO_GRAMMAR, "--resume"])
    assert result.exit_code == 0, result.output
    import csv

    ids = [row["answer_id"] for row in csv.DictReader(out.open(newline=""))]
    assert ids == [f"a{i}" for i in range(6)]


def test_format_options_reach_the_writer(isolated):
    src = isolated / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "answer": "It is gonna rain."}) + "\n")
    result = CliRunner().invoke(main, ["triage", str(src), "--format", "labelstudio", *NO_GRAMMAR,
                                       "--format-option", "label_from_name=spans", "--format-option", "route_from_name=verdict"])
    tasks = json.loads(result.stdout)
    names = {r["from_name"] for r in tasks[0]["predictions"][0]["result"]}
    assert names == {"spans", "message", "verdict"}  # "message": each region's findings
    bad = CliRunner().invoke(main, ["triage", str(src), "--format-option", "novalue"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.output


def test_text_format_groups_candidates_best_first(isolated):
    src = isolated / "in.jsonl"
    src.write_text(json.dumps({"id": "q", "question": "What foods have iron?",
                               "candidates": [{"id": "worse", "answer": "Lol, it is gonna be beans."}, {"id": "better", "answer": "Beans and lentils contain iron."}]}) + "\n")
    result = CliRunner().invoke(main, ["triage", str(src), "--format", "text", *NO_GRAMMAR])
    lines = result.stdout.splitlines()
    assert lines[0] == "question q: What foods have iron?"
    # the ranking criteria side by side, then each candidate with its findings
    assert lines[1].split()[:3] == ["rank", "id", "facts"]
    assert lines[2].split()[:2] == ["#1", "better"] and lines[3].split()[:2] == ["#2", "worse"]
    candidates = [line.split()[:2] for line in lines if line.split()[2:3] in (["pass"], ["review"], ["reject"])]
    assert candidates == [["#1", "better"], ["#2", "worse"]]
    assert any("style/slang" in line for line in lines[4:])


# -- hardening (issue 11) ---------------------------------------------------------------------


def test_resume_refuses_an_input_that_changed(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 8, candidates_every=0)
    out = isolated / "out.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR])
    done = out.read_bytes()
    lines = src.read_text().splitlines()
    src.write_text("\n".join([json.dumps({"id": "new", "answer": "A new first line."}), *lines]) + "\n")
    result = runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"])
    assert result.exit_code == 2
    assert "changed" in result.stderr and str(src) in result.stderr and str(out) in result.stderr
    assert out.read_bytes() == done  # nothing written twice, nothing lost
    # A shorter input, a record moved: the same refusal; appending to the input is fine.
    src.write_text("\n".join(lines[:5]) + "\n")
    assert runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"]).exit_code == 2
    src.write_text("\n".join([lines[1], lines[0], *lines[2:]]) + "\n")
    assert runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"]).exit_code == 2
    src.write_text("\n".join([*lines, json.dumps({"id": "more", "answer": "One more."})]) + "\n")
    result = runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"])
    assert result.exit_code == 0 and "8 already done" in result.stderr
    assert [k[1] for k in output_keys(out)][-2:] == ["a7", "more"]


def test_resume_with_another_format_names_the_file_and_keeps_it(isolated):
    src = isolated / "in.jsonl"
    write_batch(src, 3, candidates_every=0)
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", "out.jsonl", *NO_GRAMMAR])
    runner.invoke(main, ["triage", str(src), "--out", "out.csv", "--format", "csv", *NO_GRAMMAR])
    jsonl_bytes, csv_bytes = (isolated / "out.jsonl").read_bytes(), (isolated / "out.csv").read_bytes()
    for out, fmt in (("out.jsonl", "csv"), ("out.csv", "jsonl"), ("out.jsonl", "html")):
        result = runner.invoke(main, ["triage", str(src), "--out", out, "--format", fmt, *NO_GRAMMAR, "--resume"])
        assert result.exit_code == 2, (out, fmt, result.output)
        assert result.stderr.startswith(f"factlint: error: {out}") and "Traceback" not in result.output
    assert (isolated / "out.jsonl").read_bytes() == jsonl_bytes and (isolated / "out.csv").read_bytes() == csv_bytes


def test_out_equal_to_the_input_is_refused_and_the_input_kept(isolated):
    src = isolated / "same.jsonl"
    src.write_text(json.dumps({"id": "a", "answer": "It is gonna be fine."}) + "\n")
    before = src.read_bytes()
    os.link(src, isolated / "hard.jsonl")
    os.symlink(src, isolated / "soft.jsonl")
    runner = CliRunner()
    for out in ("same.jsonl", "./same.jsonl", "hard.jsonl", "soft.jsonl"):
        for args in (["triage", "same.jsonl", "--out", out], ["triage", "same.jsonl", "--out", out, "--resume"],
                     ["check", "same.jsonl", "--format", "jsonl", "--out", out]):
            result = runner.invoke(main, [*args, *NO_GRAMMAR])
            assert result.exit_code == 2, (args, result.output)
            assert "is the input" in result.output
            assert src.read_bytes() == before
    (isolated / "docs").mkdir()
    (isolated / "docs" / "a.md").write_text("Fine words.\n")
    result = runner.invoke(main, ["check", "docs", "--format", "jsonl", "--out", "docs/report.jsonl", *NO_GRAMMAR])
    assert result.exit_code == 2 and "would be read as input" in result.output
    assert not (isolated / "docs" / "report.jsonl").exists()


def test_workers_ignore_ctrl_c_and_die_with_their_parent(tmp_path):
    """A parent process with a pool whose workers are guarded as triage's are, killed -9."""
    script = (
        "import os, signal, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from factlint.triage import _guard_worker\n"
        "def probe(_):\n"
        "    return os.getpid(), signal.getsignal(signal.SIGINT) == signal.SIG_IGN and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL\n"
        "signal.signal(signal.SIGTERM, lambda *_: None)  # the parent's own handler, as triage sets one\n"
        "pool = ProcessPoolExecutor(1, initializer=_guard_worker, initargs=(os.getpid(),))\n"
        "pid, ignores = pool.submit(probe, 0).result()\n"
        "print(pid, ignores, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pid, ignores = parent.stdout.readline().split()
    assert ignores == "True"
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(int(pid), signal.SIGKILL)
        raise AssertionError("the worker outlived its parent")


def test_resume_skips_both_candidates_that_share_an_id(isolated):
    src = isolated / "in.jsonl"
    src.write_text(json.dumps({"id": "q", "question": "Iron?", "candidates": [{"id": "same", "answer": "Beans."}, {"id": "same", "answer": "Lentils."}]}) + "\n")
    out = isolated / "out.jsonl"
    runner = CliRunner()
    runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR])
    result = runner.invoke(main, ["triage", str(src), "--out", str(out), *NO_GRAMMAR, "--resume"])
    assert result.exit_code == 0, result.output
    assert [k[1] for k in output_keys(out)] == ["same", "same"]
