"""bench/facts.py's tally of contradicted claims by what disagrees: at a planted error, elsewhere
in a wrong answer, in a right answer (the measure that showed, on session 33's unseen sets, that
clauses read as the opposite were wrong more often than right)."""

from __future__ import annotations

from types import SimpleNamespace

from scripts import load_script


def _bench_facts():
    return load_script("bench/facts.py", "bench_facts")


def _report(*contradictions):
    return SimpleNamespace(metrics={"contradictions": [{"start": s, "end": e, "kinds": list(k)} for s, e, k in contradictions]})


def test_each_contradicted_claim_is_counted_by_its_strongest_kind_and_place():
    tally = _bench_facts().contradictions_by_kind([
        ({"wrong": True}, _report((0, 10, ("number", "unit")), (20, 30, ("polarity",))), [(5, 8)]),
        ({"wrong": False}, _report((0, 10, ("polarity",)), (12, 14, ())), []),
        ({"wrong": True}, _report(), [(0, 4)]),
    ])
    assert tally == {"number": [1, 0, 0], "polarity": [0, 1, 1], "other": [0, 0, 1]}
