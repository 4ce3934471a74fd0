"""Hostile input, config and signals against the `factlint` CLI: does each attack hold?

    python bench/attacks.py                  # every attack, at the default (small) sizes
    python bench/attacks.py --full           # the sizes of issue 11: 1 GB streams, 50 MB answers, 350 FAISS files
    python bench/attacks.py --only lone-surrogate-answer --only resume-changed-input
    python bench/attacks.py --list

Each attack runs the real CLI (`python -m factlint.cli`) in a scratch folder and says `held`
(no traceback, an exit code of 0, 1 or 2 that fits, nothing lost, a clear message where one
is due, time and memory bounded) or `failed`, with a detail. The `item` column is the
number of the failure in issue 11 the attack reproduces; `-` marks attacks that already held
when the issue was filed. The exit code is 1 when any attack failed.

Sizes. By default the attacks that need big inputs use smaller ones, so the run takes a few
minutes on a laptop: a 100 MB JSONL line instead of 1 GB (`long-line-memory`), 50 MB of
bad lines instead of 1 GB (`stream-of-bad-lines`), a 5 MB answer instead of 50 MB
(`huge-answer`), 50 mutated FAISS files instead of 350 (`mutated-faiss`). `--full` uses the
issue's sizes (several GB of scratch disk and a long run). Memory is measured as the peak
RSS of the factlint process against the same command on a tiny input.

The index attacks build the demo corpus once (the bundled embedding model, offline).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "indexes" / "demo"
FAST = ["--ignore", "grammar,spelling,duplicate,relevance,fact"]  # no model to load where none is needed

# A wrapper that runs a command and reports its peak RSS (KiB) on the last stderr line.
MEASURE = textwrap.dedent("""
    import resource, subprocess, sys
    rc = subprocess.call(sys.argv[1:])
    sys.stderr.write("\\nMAXRSS %d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    sys.exit(rc)
""")


class Result:
    def __init__(self, proc: subprocess.CompletedProcess, seconds: float, maxrss_kb: int | None = None) -> None:
        self.rc = proc.returncode
        self.out = proc.stdout if isinstance(proc.stdout, str) else (proc.stdout or b"").decode("utf-8", "replace")
        self.err = proc.stderr if isinstance(proc.stderr, str) else (proc.stderr or b"").decode("utf-8", "replace")
        self.seconds = seconds
        self.maxrss_mb = maxrss_kb / 1024 if maxrss_kb else None

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err or "Traceback (most recent call last)" in self.out

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.startswith("{")]


def factlint(*args, cwd: Path, stdin: bytes | None = None, timeout: float = 600, measure: bool = False, env=None) -> Result:
    cmd = [sys.executable, "-m", "factlint.cli", *map(str, args)]
    if measure:
        cmd = [sys.executable, "-c", MEASURE, *cmd]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=timeout, env=env)
    result = Result(proc, time.monotonic() - started)
    if measure:
        head, _, tail = result.err.rpartition("MAXRSS ")
        result.err = head
        result.maxrss_mb = int(tail.split()[0]) / 1024 if tail.strip() else None
    return result


ATTACKS: list[tuple[str, str, Callable]] = []


def attack(name: str, item: str = "-"):
    def register(fn):
        ATTACKS.append((name, item, fn))
        return fn

    return register


def jsonl(path: Path, *records, raw: list[bytes] | None = None) -> Path:
    lines = [json.dumps(r).encode() for r in records] + list(raw or [])
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def basic(r: Result, codes=(0, 1, 2)) -> str | None:
    """What is wrong with any run: a traceback, or an exit code outside `codes`."""
    if r.traceback:
        return "traceback: " + r.err.strip().splitlines()[-1][:120]
    if r.rc not in codes:
        return f"exit {r.rc}: {r.err.strip()[-160:]}"
    return None


def children_of(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def many_answers(path: Path, n: int) -> Path:
    return jsonl(path, *({"id": f"a{i}", "answer": f"Answer {i} is gonna mention beans and lentils, tbh."} for i in range(n)))


# -- input records (items 3, 4, 10, 13) --------------------------------------------------------


@attack("invalid-utf8")
def _(tmp, opts):
    jsonl(tmp / "in.jsonl", {"id": "ok", "answer": "Fine."}, raw=[b'{"id": "bad", "answer": "caf\xe9"}', b'{"id": "after", "answer": "Also fine."}'])
    r = factlint("check", "in.jsonl", "--format", "jsonl", *FAST, cwd=tmp)
    ids = [x["answer_id"] for x in r.records()]
    return basic(r, (2,)) or (None if ids == ["ok", "in.jsonl:2", "after"] and "not UTF-8" in r.err else f"records {ids}")


@attack("nul-bytes")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", {"id": "nul", "answer": "It is gonna\u0000 be fine."})
    (tmp / "nul.txt").write_bytes(b"It is gonna \x00 rain.\n")
    r = factlint("check", src, "nul.txt", "--format", "jsonl", *FAST, cwd=tmp)
    return basic(r, (0, 1)) or (None if len(r.records()) == 2 else f"{len(r.records())} records")


@attack("huge-answer")
def _(tmp, opts):
    size = 50_000_000 if opts.full else 5_000_000
    with (tmp / "in.jsonl").open("w") as f:
        f.write(json.dumps({"id": "big", "answer": "word " * (size // 5)}) + "\n")
        f.write(json.dumps({"id": "after", "answer": "It is gonna be fine."}) + "\n")
    r = factlint("triage", "in.jsonl", "--quiet", *FAST, cwd=tmp, measure=True)
    recs = r.records()
    # Refused as too long: parsed (answer too long) or, past the line limit, not even read.
    ok = len(recs) == 2 and recs[0]["error"] and recs[0]["record_line"] == 1 and recs[1]["answer_id"] == "after" and not recs[1]["error"]
    if ok:
        why = recs[0]["error"].split(": ", 1)[1].split(" (")[0]
        opts.notes["huge-answer"] = f"{size // 1_000_000} MB: {why}; peak memory {r.maxrss_mb:.0f} MB"
    return basic(r, (2,)) or (None if ok else f"records {[(x['answer_id'], x['error']) for x in recs]}")


@attack("stream-of-bad-lines")
def _(tmp, opts):
    size = 1 << 30 if opts.full else 50 << 20
    line = b"{not json " + b"x" * 10_000 + b"\n"
    n = size // len(line)
    r_small = factlint("check", "-", "--format", "jsonl", *FAST, cwd=tmp, stdin=line * 3, measure=True)
    r = factlint("check", "-", "--format", "jsonl", *FAST, cwd=tmp, stdin=line * n, measure=True, timeout=3600)
    got = sum(1 for x in r.out.splitlines() if x.startswith("{"))
    grew = (r.maxrss_mb or 0) - (r_small.maxrss_mb or 0)
    opts.notes["stream-of-bad-lines"] = f"{n:,} lines, {size >> 20} MB: {got:,} error records, peak memory +{grew:.0f} MB"
    return basic(r, (2,)) or (None if got == n and grew < 200 else f"{got} of {n} records, memory +{grew:.0f} MB")


@attack("lone-surrogate-answer", "3")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", raw=[b'{"id": "s", "answer": "gonna \\ud800 tbh"}', b'{"id": "after", "answer": "It is gonna be fine."}'])
    r = factlint("triage", src, "--out", "out.jsonl", "--quiet", *FAST, cwd=tmp)
    written = (tmp / "out.jsonl").read_text(encoding="utf-8").splitlines() if (tmp / "out.jsonl").exists() else []
    ids = [json.loads(x)["answer_id"] for x in written]
    return basic(r, (2,)) or (None if ids == ["s", "after"] and "surrogate" in json.loads(written[0])["error"] else f"records {ids}")


@attack("lone-surrogate-id", "3")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", raw=[b'{"id": "\\udc80", "answer": "Fine."}', b'{"id": "after", "answer": "Fine too."}'])
    for fmt in ("jsonl", "csv", "html"):
        r = factlint("triage", src, "--format", fmt, "--out", f"out.{fmt}", "--quiet", *FAST, cwd=tmp)
        problem = basic(r, (0,)) or (None if "after" in (tmp / f"out.{fmt}").read_text(encoding="utf-8") else f"{fmt}: a record lost")
        if problem:
            return f"{fmt}: {problem}"
    return None


@attack("ignore-not-a-list", "3")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", {"id": "i", "answer": "Fine.", "ignore": 5}, {"id": "after", "answer": "Fine too."})
    r = factlint("triage", src, "--quiet", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if len(r.records()) == 2 else f"{len(r.records())} records")


@attack("5000-digit-integer", "3")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", raw=[b'{"id": "n", "answer": "Fine.", "n": ' + b"7" * 5000 + b"}", b'{"id": "after", "answer": "Fine."}'])
    r = factlint("triage", src, "--quiet", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if len(r.records()) == 2 else f"{len(r.records())} records")


@attack("json-nested-1500-deep", "3")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", raw=[b'{"id": "d", "answer": "Fine.", "x": ' + b"[" * 1500 + b"]" * 1500 + b"}", b'{"id": "after", "answer": "Fine."}'])
    r = factlint("check", src, "--format", "jsonl", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if len(r.records()) == 2 else f"{len(r.records())} records")


@attack("one-100k-token", "4")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", {"id": "long", "answer": "It is gonna be " + "x" * 100_000 + " fine."}, {"id": "after", "answer": "Fine."})
    r = factlint("check", src, "--format", "jsonl", cwd=tmp)  # with the grammar engine
    return basic(r, (0, 1)) or (None if len(r.records()) == 2 else f"{len(r.records())} records")


@attack("empty-jsonl", "10")
def _(tmp, opts):
    (tmp / "empty.jsonl").write_bytes(b"")
    (tmp / "blank.jsonl").write_bytes(b"\n \n")
    r = factlint("check", "empty.jsonl", "blank.jsonl", "--format", "jsonl", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if len(r.records()) == 2 and "no records" in r.err else f"{len(r.records())} records, stderr {r.err[:80]!r}")


@attack("empty-candidates", "10")
def _(tmp, opts):
    src = jsonl(tmp / "in.jsonl", {"id": "q", "question": "Q?", "candidates": []}, {"id": "after", "answer": "Fine."})
    r = factlint("triage", src, "--quiet", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if [x["answer_id"] for x in r.records()] == ["q", "after"] else f"{len(r.records())} records")


@attack("long-line-memory", "13")
def _(tmp, opts):
    size = 1 << 30 if opts.full else 100 << 20
    with (tmp / "in.jsonl").open("wb") as f:
        f.write(b'{"id": "big", "answer": "')
        chunk = b"x" * (1 << 20)
        for _ in range(size // len(chunk)):
            f.write(chunk)
        f.write(b'"}\n{"id": "after", "answer": "Fine."}\n')
    jsonl(tmp / "small.jsonl", {"id": "a", "answer": "Fine."})
    base = factlint("check", "small.jsonl", "--format", "jsonl", *FAST, cwd=tmp, measure=True)
    r = factlint("check", "in.jsonl", "--format", "jsonl", *FAST, cwd=tmp, measure=True, timeout=3600)
    grew = (r.maxrss_mb or 0) - (base.maxrss_mb or 0)
    opts.notes["long-line-memory"] = f"a {size >> 20} MB line: peak memory +{grew:.0f} MB"
    ok = len(r.records()) == 2 and grew < 0.5 * size / 2**20 and grew < 300
    return basic(r, (2,)) or (None if ok else f"{len(r.records())} records, memory +{grew:.0f} MB for a {size >> 20} MB line")


@attack("fifo-as-path", "13")
def _(tmp, opts):
    os.mkfifo(tmp / "pipe.jsonl")
    try:
        r = factlint("check", "pipe.jsonl", "--format", "jsonl", *FAST, cwd=tmp, timeout=60)
    except subprocess.TimeoutExpired:
        return "blocked for 60 s"
    return basic(r, (2,)) or (None if "not a regular file" in r.err else r.err[:120])


@attack("symlink-loop")
def _(tmp, opts):
    (tmp / "d").mkdir()
    (tmp / "d" / "a.md").write_text("It is fine.\n")
    os.symlink("loop", tmp / "d" / "loop")
    os.symlink(tmp / "d", tmp / "d" / "up")
    try:
        r = factlint("check", "d", "d/loop", "--format", "jsonl", *FAST, cwd=tmp, timeout=120)
    except subprocess.TimeoutExpired:
        return "did not finish in 120 s"
    return basic(r, (2,))


@attack("offsets-emoji-rtl-combining")
def _(tmp, opts):
    text = "👩‍👩‍👧 שלום e\u0301 It is gonna rain, tbh."
    src = jsonl(tmp / "in.jsonl", {"id": "u", "answer": text})
    r = factlint("check", src, "--format", "jsonl", *FAST, cwd=tmp)
    words = [text[f["start"]:f["end"]] for f in r.records()[0]["findings"]] if r.records() else []
    return basic(r, (0, 1)) or (None if "gonna" in words and "tbh" in words else f"findings point at {words}")


@attack("zero-width-and-fullwidth", "13")
def _(tmp, opts):
    texts = ["It is gon\u200dna rain.", "It is \uff47\uff4f\uff4e\uff4e\uff41 rain.", "Eat the\u200b the beans.", "Eat \uff54\uff48\uff45 the beans."]
    src = jsonl(tmp / "in.jsonl", *({"id": str(i), "answer": t} for i, t in enumerate(texts)))
    r = factlint("check", src, "--format", "jsonl", *FAST, cwd=tmp)
    missed = [t for t, rec in zip(texts, r.records()) if not {"style/slang", "style/repeated-word"} & {f["rule"] for f in rec["findings"]}]
    return basic(r, (0, 1)) or (None if not missed and len(r.records()) == 4 else f"missed {missed}")


# -- output and resume (items 1, 5, 6, 13) -----------------------------------------------------


@attack("out-equals-input-triage", "1")
def _(tmp, opts):
    src = jsonl(tmp / "same.jsonl", {"id": "a", "answer": "It is gonna be fine."})
    before = src.read_bytes()
    r = factlint("triage", "same.jsonl", "--out", "same.jsonl", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if src.read_bytes() == before else f"input now {len(src.read_bytes())} bytes")


@attack("out-equals-input-check", "1")
def _(tmp, opts):
    src = jsonl(tmp / "same.jsonl", {"id": "a", "answer": "It is gonna be fine."})
    before = src.read_bytes()
    r = factlint("check", "same.jsonl", "--format", "jsonl", "--out", "./same.jsonl", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if src.read_bytes() == before else f"input now {len(src.read_bytes())} bytes")


@attack("resume-changed-input", "6")
def _(tmp, opts):
    many_answers(tmp / "in.jsonl", 200)
    factlint("triage", "in.jsonl", "--out", "out.jsonl", "--quiet", *FAST, cwd=tmp)
    lines = (tmp / "in.jsonl").read_text().splitlines()
    (tmp / "in.jsonl").write_text("\n".join([json.dumps({"id": "new", "answer": "New."}), *lines]) + "\n")
    before = (tmp / "out.jsonl").read_bytes()
    r = factlint("triage", "in.jsonl", "--out", "out.jsonl", "--resume", *FAST, cwd=tmp)
    same = (tmp / "out.jsonl").read_bytes() == before
    return basic(r, (2,)) or (None if same and "changed" in r.err else f"exit {r.rc}, output {'kept' if same else 'changed'}")


@attack("resume-other-format", "6")
def _(tmp, opts):
    many_answers(tmp / "in.jsonl", 5)
    factlint("triage", "in.jsonl", "--out", "out.jsonl", "--quiet", *FAST, cwd=tmp)
    factlint("triage", "in.jsonl", "--out", "out.csv", "--format", "csv", "--quiet", *FAST, cwd=tmp)
    before = {p: (tmp / p).read_bytes() for p in ("out.jsonl", "out.csv")}
    for out, fmt in (("out.jsonl", "csv"), ("out.csv", "jsonl")):
        r = factlint("triage", "in.jsonl", "--out", out, "--format", fmt, "--resume", *FAST, cwd=tmp)
        problem = basic(r, (2,)) or (None if r.err.startswith(f"factlint: error: {out}") else f"message names no file: {r.err[:100]!r}")
        if problem:
            return problem
    return None if all((tmp / p).read_bytes() == b for p, b in before.items()) else "an output was changed"


@attack("kill-9-triage-then-resume")
def _(tmp, opts):
    many_answers(tmp / "in.jsonl", 3000)
    cmd = [sys.executable, "-m", "factlint.cli", "triage", "in.jsonl", "--out", "out.jsonl", "--quiet", "--batch-size", "16", *FAST]
    proc = subprocess.Popen(cmd, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not (tmp / "out.jsonl").exists() or (tmp / "out.jsonl").stat().st_size < 30_000):
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    r = factlint("triage", "in.jsonl", "--out", "out.jsonl", "--resume", "--quiet", "--batch-size", "16", *FAST, cwd=tmp)
    ids = [json.loads(x)["answer_id"] for x in (tmp / "out.jsonl").read_text().splitlines()]
    return basic(r, (0,)) or (None if ids == [f"a{i}" for i in range(3000)] else f"{len(ids)} records, {len(ids) - len(set(ids))} twice")


def _workers_started(tmp: Path, args: list[str], new_session: bool = False, output: bool = True):
    """A `triage --workers 2` run and its two worker pids, once they exist (and, with
    `output`, once the first batch is written; else while they are still starting)."""
    many_answers(tmp / "in.jsonl", 4000)
    out = tmp / "out.jsonl"
    if out.exists():
        out.unlink()
    cmd = [sys.executable, "-m", "factlint.cli", "triage", "in.jsonl", "--out", "out.jsonl", "--workers", "2", "--batch-size", "32", *args, *FAST]
    proc = subprocess.Popen(cmd, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=new_session)
    deadline = time.time() + 240
    workers: list[int] = []
    while time.time() < deadline and proc.poll() is None:
        workers = [c for c in children_of(proc.pid) if b"factlint" in _cmdline(c)]
        if len(workers) >= 2 and (not output or (out.exists() and out.stat().st_size > 0)):
            break
        time.sleep(0.05 if not output else 0.2)
    return proc, workers


@attack("kill-9-with-workers", "5")
def _(tmp, opts):
    proc, workers = _workers_started(tmp, [])
    if len(workers) < 2:
        proc.kill()
        return "the workers did not start"
    proc.kill()
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(alive(w) for w in workers):
        time.sleep(0.2)
    left = [w for w in workers if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    return None if not left else f"{len(left)} worker(s) still alive 15 s after the parent died"


@attack("ctrl-c-with-workers", "13")
def _(tmp, opts):
    for moment, output in (("while the workers start", False), ("mid-run", True)):
        proc, workers = _workers_started(tmp, [], new_session=True, output=output)
        if len(workers) < 2:
            proc.kill()
            return "the workers did not start"
        if output is False:
            time.sleep(0.5)  # inside the workers' start-up (the engine is a few seconds to build)
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends: the whole foreground group
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            return f"{moment}: did not stop within 60 s of Ctrl-C"
        err = err.decode("utf-8", "replace")
        time.sleep(1)
        left = [w for w in workers if alive(w)]
        for w in left:
            os.kill(w, signal.SIGKILL)
        if "Traceback" in err:
            return f"{moment}: traceback: " + err.strip().splitlines()[-1][:100]
        if left:
            return f"{moment}: {len(left)} worker(s) still alive"
        if proc.returncode != 130:
            return f"{moment}: exit {proc.returncode}"
    return None


# -- rules, lexicons and config (items 2, 7, 8, 9, 12) ----------------------------------------


def pack(tmp: Path, rules: dict[str, str]) -> Path:
    folder = tmp / "pack"
    (folder / "style").mkdir(parents=True)
    (folder / "pack.yml").write_text("name: attack\nextends: [default]\n")
    for rule_id, body in rules.items():
        (folder / f"{rule_id}.yml").write_text(textwrap.dedent(body))
    return folder


RULE = """\
kind: existence
tokens: [tbh]
message: "MESSAGE"
severity: warning
examples: {bad: ["tbh it is"], good: ["it is"]}
"""


@attack("positional-message-field", "2")
def _(tmp, opts):
    folder = pack(tmp, {"style/bad": RULE.replace("MESSAGE", "Avoid {0}: '{match}'")})
    src = jsonl(tmp / "in.jsonl", {"id": "a", "question": "What should I eat for iron?", "answer": "Take supplements daily, tbh."})
    r = factlint("triage", src, "--pack", folder, "--quiet", *FAST, cwd=tmp)
    recs = r.records()
    ok = recs and recs[0]["route"] == "reject" and "bad.yml" in r.err and "`message`" in r.err
    return basic(r, (2,)) or (None if ok else f"route {recs[0]['route'] if recs else None}, stderr {r.err[:100]!r}")


@attack("python-yaml-tag")
def _(tmp, opts):
    folder = pack(tmp, {"style/evil": "kind: existence\ntokens: !!python/object/apply:os.system ['touch pwned']\nmessage: x\nseverity: warning\nexamples: {bad: [a], good: [b]}\n"})
    src = jsonl(tmp / "in.jsonl", {"id": "a", "answer": "It is gonna rain."})
    r = factlint("check", src, "--pack", folder, "--format", "jsonl", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if not (tmp / "pwned").exists() and "evil.yml" in r.err else "tag was run or not named")


@attack("redos-pattern")
def _(tmp, opts):
    folder = pack(tmp, {"style/slow": RULE.replace("kind: existence\ntokens: [tbh]", "kind: pattern\npattern: '(a|aa)+b'").replace("MESSAGE", "{match}")})
    src = jsonl(tmp / "in.jsonl", *({"id": str(i), "answer": "a" * 60} for i in range(4)))
    r = factlint("check", src, "--pack", folder, "--format", "jsonl", *FAST, cwd=tmp, timeout=120)
    timed = [x["metrics"].get("rule_timeouts") for x in r.records()]
    return basic(r, (0, 1)) or (None if all(t == ["style/slow"] for t in timed) else f"timeouts {timed}")


def _slow_length(pattern: str = "(a|aa)+b", seconds: float = 0.15) -> int:
    """The longest run of a's that `pattern` takes under `seconds` to fail on, here: each
    sentence of the occurrence attack stays under the time-out, so only a budget for the
    whole answer stops the rule."""
    import regex

    compiled = regex.compile(pattern, regex.IGNORECASE)
    n = 12
    while n < 60:
        started = time.perf_counter()
        compiled.search("a" * (n + 1))
        if time.perf_counter() - started > seconds:
            return n
        n += 1
    return n


def _timed_rule(tmp: Path, body: str, n_sentences: int, length: int = 40) -> tuple[str | None, float]:
    folder = pack(tmp, {"style/slow": body})
    script = textwrap.dedent(f"""
        import time, sys
        from factlint.engine import Engine
        e = Engine.from_config({{"extends": [{str(folder)!r}], "grammar": {{"enabled": False}}}})
        e.check("Warm up.")
        text = " ".join(["a" * {length} + "."] * {n_sentences})
        t = time.monotonic()
        r = e.check(text)
        print(time.monotonic() - t, r.metrics.get("rule_timeouts"))
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp, capture_output=True, text=True, timeout=600)
    if proc.returncode:
        return proc.stderr.strip().splitlines()[-1][:120], 0.0
    seconds, timeouts = proc.stdout.split(maxsplit=1)
    return (None if "style/slow" in timeouts else f"no time-out reported: {timeouts.strip()}"), float(seconds)


@attack("occurrence-per-sentence-time", "7")
def _(tmp, opts):
    body = RULE.replace("kind: existence\ntokens: [tbh]", "kind: occurrence\nscope: sentence\nmax: 0\ntoken: '(a|aa)+b'").replace("MESSAGE", "{match}")
    problem, seconds = _timed_rule(tmp, body, 40, _slow_length())  # 40 sentences of up to 0.15 s each
    opts.notes["occurrence-per-sentence-time"] = f"the answer took {seconds:.2f} s"
    return problem or (None if seconds < 1.5 else f"{seconds:.1f} s on one answer (the limit is 0.5 s)")


@attack("pattern-time-out-wall-clock", "7")
def _(tmp, opts):
    body = RULE.replace("kind: existence\ntokens: [tbh]", "kind: pattern\npattern: '(a|aa)+b'").replace("MESSAGE", "{match}")
    problem, seconds = _timed_rule(tmp, body, 1)
    opts.notes["pattern-time-out-wall-clock"] = f"the answer took {seconds:.2f} s"
    # The whole check (every other rule and the tokenizer included) must end near 0.5 s.
    return problem or (None if seconds < 0.8 else f"{seconds:.2f} s (the limit is 0.5 s)")


@attack("lexicon-is-a-folder", "8")
def _(tmp, opts):
    folder = pack(tmp, {"style/lex": RULE.replace("tokens: [tbh]", "lexicon: ./sub/")})
    (folder / "style" / "sub").mkdir()
    r = factlint("rules", "list", "--pack", folder, cwd=tmp)
    return basic(r, (2,)) or (None if "lex.yml: key `lexicon`" in r.err else r.err[:120])


@attack("lexicon-dev-zero", "8")
def _(tmp, opts):
    folder = pack(tmp, {"style/lex": RULE.replace("tokens: [tbh]", "lexicon: ./zero.txt")})
    os.symlink("/dev/zero", folder / "style" / "zero.txt")
    r = factlint("rules", "list", "--pack", folder, cwd=tmp, timeout=120, measure=True)
    return basic(r, (2,)) or (None if "lex.yml: key `lexicon`" in r.err and (r.maxrss_mb or 0) < 2000 else r.err[:120])


@attack("lexicon-outside-the-pack", "8")
def _(tmp, opts):
    folder = pack(tmp, {"style/lex": RULE.replace("tokens: [tbh]", "lexicon: ../../../../../../../../etc/passwd")})
    r = factlint("rules", "list", "--pack", folder, cwd=tmp)
    return basic(r, (2,)) or (None if "outside the pack" in r.err else "read without a word: " + r.err[:100])


@attack("vocabulary-is-a-folder", "8")
def _(tmp, opts):
    (tmp / "factlint.toml").write_text('vocabulary = ["."]\n')
    src = jsonl(tmp / "in.jsonl", {"id": "a", "answer": "It is fine."})
    r = factlint("check", src, "--format", "jsonl", cwd=tmp)
    return basic(r, (2,)) or (None if "vocabulary" in r.err else r.err[:120])


@attack("yaml-alias-bomb-examples", "9")
def _(tmp, opts):
    lines = ["kind: existence", "tokens: [tbh]", 'message: "{match}"', "severity: warning", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 9)]
    lines += ["examples: {bad: *a8, good: [fine]}"]
    folder = pack(tmp, {"style/bomb": "\n".join(lines) + "\n"})
    for args in (["rules", "explain", "style/bomb"], ["rules", "test"]):
        try:
            r = factlint(*args, "--pack", folder, cwd=tmp, timeout=300, measure=True)
        except subprocess.TimeoutExpired:
            return f"{args[1]} did not finish in 300 s"
        problem = basic(r, (1, 2)) or (None if (r.maxrss_mb or 0) < 2000 and "bomb.yml" in r.err + r.out else f"{args[1]}: {r.maxrss_mb:.0f} MB")
        if problem:
            return problem
    return None


@attack("nested-examples", "9")
def _(tmp, opts):
    folder = pack(tmp, {"style/nested": RULE.replace('bad: ["tbh it is"]', "bad: [[1, 2]]").replace("MESSAGE", "{match}")})
    r = factlint("rules", "test", "--pack", folder, cwd=tmp)
    return basic(r, (1, 2)) or (None if "nested.yml: key `examples.bad.0`" in r.out + r.err else (r.out + r.err)[:120])


@attack("routing-weights-out-of-range", "12")
def _(tmp, opts):
    (tmp / "factlint.toml").write_text("[routing]\nweights = {error = 5.0, warning = -3.0}\n")
    src = jsonl(tmp / "in.jsonl", {"id": "a", "answer": "It is gonna rain, tbh, tbh."})
    r = factlint("triage", src, "--quiet", *FAST, cwd=tmp)
    return basic(r, (2,)) or (None if "routing.weights" in r.err and not r.records() else f"accepted; risk {[x['risk'] for x in r.records()]}")


# -- evidence indexes (item 11 and the index attacks that held) --------------------------------


def demo_index(tmp: Path, opts) -> Path:
    """A copy of the demo index, built once per run."""
    if opts.built is None:
        opts.built = Path(tempfile.mkdtemp(prefix="factlint-attacks-index-")) / "built"
        r = factlint("index", "build", DEMO / "corpus.jsonl", "--out", opts.built, "--quiet", cwd=tmp, timeout=900)
        if r.rc:
            raise RuntimeError(f"could not build the demo index: {r.err[-300:]}")
    target = tmp / "idx"
    shutil.copytree(opts.built, target)
    return target


def rewrite_manifest(index: Path, **changes) -> None:
    path = index / "manifest.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))


def _index_refused(tmp: Path, index: Path, what: str) -> str | None:
    src = jsonl(tmp / "in.jsonl", {"id": "a", "answer": "Adult men need 18 mg of iron a day."})
    for args in (["check", src, "--index", index, "--format", "jsonl"], ["index", "info", index]):
        r = factlint(*args, cwd=tmp, timeout=600)
        problem = basic(r, (2,)) or (None if what in r.err else f"{args[0]}: {r.err.strip()[-140:]!r}")
        if problem:
            return problem
    return None


@attack("manifest-files-not-an-object", "11")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    rewrite_manifest(index, files=[])
    return _index_refused(tmp, index, "key `files`")


@attack("manifest-search-params-a-list", "11")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    rewrite_manifest(index, search_params=[1, 2])
    return _index_refused(tmp, index, "key `search_params`")


@attack("manifest-nested-deep", "11")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    (index / "manifest.json").write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return _index_refused(tmp, index, "manifest.json")


@attack("store-with-another-schema", "11")
def _(tmp, opts):
    import sqlite3

    sys.path.insert(0, str(REPO))
    from factlint.evidence.manifest import write_manifest

    index = demo_index(tmp, opts)
    count = json.loads((index / "manifest.json").read_text())["passage_count"]
    (index / "passages.sqlite").unlink()
    conn = sqlite3.connect(index / "passages.sqlite")
    conn.execute("CREATE TABLE passages (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO passages VALUES (?, ?)", [(i, "x") for i in range(count)])
    conn.commit()
    conn.close()
    write_manifest(index, json.loads((index / "manifest.json").read_text()))  # checksums recomputed
    return _index_refused(tmp, index, "not a passage store")


@attack("mutated-faiss")
def _(tmp, opts):
    n = 350 if opts.full else 50
    index = demo_index(tmp, opts)
    script = textwrap.dedent(f"""
        import json, random, shutil, sys
        from pathlib import Path
        import numpy as np
        from factlint.errors import EvidenceIndexError
        from factlint.evidence.index import EvidenceIndex
        from factlint.evidence.manifest import write_manifest
        src = Path({str(index)!r}); rng = random.Random(11); bad = refused = opened = 0
        data = (src / "index.faiss").read_bytes()
        for i in range({n}):
            dst = Path({str(tmp)!r}) / f"m{{i}}"
            shutil.copytree(src, dst)
            mutated = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            if rng.random() < 0.2:
                mutated = mutated[: rng.randrange(len(mutated))]
            (dst / "index.faiss").write_bytes(bytes(mutated))
            write_manifest(dst, json.loads((dst / "manifest.json").read_text()))
            try:
                with EvidenceIndex.open(dst) as idx:
                    idx.search(np.ones((1, 384), dtype="float32"), k=3)
                opened += 1
            except EvidenceIndexError:
                refused += 1
            except Exception as exc:
                bad += 1
                print("unexpected", type(exc).__name__, exc, file=sys.stderr)
            shutil.rmtree(dst)
        print(opened, refused, bad)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp, capture_output=True, text=True, timeout=1800)
    if proc.returncode:
        return f"the process died (exit {proc.returncode}): {proc.stderr.strip()[-120:]}"
    opened, refused, bad = map(int, proc.stdout.split()[-3:])
    opts.notes["mutated-faiss"] = f"{n} files: {refused} refused with a clear error, {opened} still opened and searched"
    return None if bad == 0 else f"{bad} of {n} mutated files gave another error than EvidenceIndexError"


def _kill_during(tmp: Path, opts, args: list[str], delays: list[float]) -> str | None:
    index = demo_index(tmp, opts)
    for delay in delays:
        proc = subprocess.Popen([sys.executable, "-m", "factlint.cli", *map(str, args), "--quiet"], cwd=tmp,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        r = factlint("index", "search", index, "iron for adult men", "-k", "1", "--format", "json", cwd=tmp, timeout=600)
        problem = basic(r, (0,))
        if problem:
            return f"after a kill at {delay} s: {problem}"
    return None


@attack("kill-9-during-index-build")
def _(tmp, opts):
    return _kill_during(tmp, opts, ["index", "build", DEMO / "corpus.jsonl", "--out", tmp / "idx"], [1.0, 4.0, 8.0])


@attack("kill-9-during-index-add")
def _(tmp, opts):
    more = jsonl(tmp / "more.jsonl", *({"id": f"m{i}", "title": "Molasses", "text": f"Blackstrap molasses {i} has iron."} for i in range(50)))
    return _kill_during(tmp, opts, ["index", "add", tmp / "idx", more], [1.0, 4.0, 8.0])


@attack("two-writers-on-one-index")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    before = json.loads((index / "manifest.json").read_text())["passage_count"]
    files = [jsonl(tmp / f"w{k}.jsonl", *({"id": f"w{k}-{i}", "text": f"Writer {k} passage {i} about iron."} for i in range(20))) for k in (1, 2)]
    procs = [subprocess.Popen([sys.executable, "-m", "factlint.cli", "index", "add", str(index), str(f), "--quiet"], cwd=tmp,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
    codes = [p.wait(timeout=900) for p in procs]
    errs = [p.stderr.read().decode() for p in procs]
    if any("Traceback" in e for e in errs) or any(c not in (0, 2) for c in codes):
        return f"exits {codes}"
    after = json.loads((index / "manifest.json").read_text())["passage_count"]
    expected = before + 20 * codes.count(0)
    r = factlint("index", "info", index, cwd=tmp)
    return basic(r, (0,)) or (None if after == expected else f"{after} passages, expected {expected} (exits {codes})")


@attack("search-prints-terminal-escapes", "13")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    evil = jsonl(tmp / "evil.jsonl", {"id": "evil", "title": "Molasses \x1b[2J\x1b]0;owned\x07", "text": "Blackstrap molasses\x1b[8m has iron."})
    factlint("index", "add", index, evil, "--quiet", cwd=tmp, timeout=600)
    r = factlint("index", "search", index, "molasses iron", "-k", "1", cwd=tmp, timeout=600)
    return basic(r, (0,)) or (None if "\x1b" not in r.out and "\x07" not in r.out else "escape sequences printed raw")


@attack("no-network")
def _(tmp, opts):
    index = demo_index(tmp, opts)
    guard = tmp / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(textwrap.dedent("""
        import socket, sys
        def refuse(*args, **kwargs):
            sys.stderr.write("NETWORK ATTEMPT %r\\n" % (args[1:] if len(args) > 1 else args,))
            raise OSError("network is off in this attack")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
    """))
    env = {**os.environ, "PYTHONPATH": f"{guard}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        env.pop(k, None)
    r = factlint("triage", DEMO / "answers.jsonl", "--index", index, "--quiet", cwd=tmp, env=env, timeout=900)
    if "NETWORK ATTEMPT" in r.err:
        return "tried the network: " + r.err.split("NETWORK ATTEMPT", 1)[1].splitlines()[0][:80]
    return basic(r, (0,)) or (None if len(r.records()) == 3 else f"{len(r.records())} records")


# -- the run ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="the issue's sizes (1 GB streams, 50 MB answers, 350 FAISS files)")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="run this attack only; repeatable")
    parser.add_argument("--list", action="store_true", help="list the attacks and exit")
    opts = parser.parse_args()
    opts.built = None
    opts.notes = {}  # what a held attack measured, shown in its detail column
    if opts.list:
        for name, item, _ in ATTACKS:
            print(f"{item:>4}  {name}")
        return 0
    chosen = [a for a in ATTACKS if not opts.only or a[0] in opts.only]
    unknown = set(opts.only) - {a[0] for a in ATTACKS}
    if unknown:
        parser.error(f"no attack {', '.join(sorted(unknown))} (see --list)")
    random.seed(11)
    width = max(len(name) for name, _, _ in chosen)
    print(f"{'attack':<{width}}  item  result  seconds  detail")
    failed = 0
    for name, item, fn in chosen:
        with tempfile.TemporaryDirectory(prefix="factlint-attack-") as scratch:
            started = time.monotonic()
            try:
                problem = fn(Path(scratch), opts)
            except subprocess.TimeoutExpired as exc:
                problem = f"timed out after {exc.timeout:.0f} s"
            except Exception as exc:  # noqa: BLE001 - the attack itself broke: report it as failed
                problem = f"attack error: {type(exc).__name__}: {exc}"
            seconds = time.monotonic() - started
        failed += problem is not None
        detail = problem or opts.notes.get(name, "")
        print(f"{name:<{width}}  {item:>4}  {'held' if problem is None else 'FAILED':<6}  {seconds:7.1f}  {detail}", flush=True)
    if opts.built is not None:
        shutil.rmtree(opts.built.parent, ignore_errors=True)
    print(f"{len(chosen) - failed} of {len(chosen)} attacks held")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
