"""The training script: the held-out slice, hard negatives, and a tiny real run whose adapter
the runtime loads (the same files that ship in the package)."""

from __future__ import annotations

import json
import random

import pytest

from factlint.verify import train
from factlint.verify.trained import PairModel


def test_the_held_out_slice_depends_on_the_pair_only():
    a = train.held_out_key("Adult men need 8 mg of iron a day.", "Men need 8 mg.")
    assert a == train.held_out_key("Adult men need 8 mg of iron a day.", "Men need 8 mg.")
    keys = [train.held_out_key(f"premise {i}", "claim") for i in range(4000)]
    assert 60 < keys.count(0) < 140  # about 1 in 40


def test_hard_negatives_change_one_thing():
    rng = random.Random(1)
    for _ in range(20):
        changed, kind = train.perturb("The bridge was begun in 1357 and is 516 metres long.", rng)
        assert changed != "The bridge was begun in 1357 and is 516 metres long."
        assert kind in ("number", "negation")
    assert train.perturb("Venus is hotter than Mercury.", random.Random(3))[0] in (
        "Venus is colder than Mercury.", "Venus is not hotter than Mercury.")
    assert train.perturb("Blue sky", rng) is None


@pytest.mark.slow
def test_a_tiny_training_run_writes_an_adapter_the_runtime_loads(tmp_path):
    rows = [
        {"premise": f"The bridge is {n} metres long.", "hypothesis": f"The bridge is {m} metres long.",
         "label": "entailment" if n == m else "contradiction", "source": "toy"}
        for n in (100, 200, 300, 400) for m in (100, 200, 300, 400)
    ]
    rows += [{"premise": "The bridge is old.", "hypothesis": "The bridge has a shop.", "label": "neutral", "source": "toy"}] * 8
    data = tmp_path / "data"
    data.mkdir()
    (data / "toy.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "adapter"
    assert train.main(["--data", str(data), "--out", str(out), "--max-pairs", "24", "--batch-size", "8",
                       "--eval-pairs", "0", "--rank", "2", "--alpha", "4"]) == 0
    info = json.loads((out / "training.json").read_text())
    assert info["data"]["steps"] == 3 and info["seed"] == 13
    assert "held_out" in info
    # A second run continues from the first one's adapter, and says so.
    again = tmp_path / "again"
    assert train.main(["--data", str(data), "--out", str(again), "--max-pairs", "8", "--batch-size", "8",
                       "--eval-pairs", "0", "--init", str(out), "--seed", "14"]) == 0
    assert json.loads((again / "training.json").read_text())["continues"]["steps"] == 3
    model = PairModel(again, quantize=True)
    probs = model.predict([("The bridge is 100 metres long.", "The bridge is 300 metres long.")])
    assert probs.shape == (1, 3)
    assert abs(float(probs.sum()) - 1.0) < 1e-4


def test_the_step_plan_warms_up_decays_and_replans_to_the_time_budget(monkeypatch):
    from factlint.verify import train

    plan = train.StepPlan(100)
    assert plan.warmup == 4 and plan.lr_factor() == 0.25
    for _ in range(4):
        assert not plan.after_step(1.0)
    assert plan.lr_factor() == 1.0
    while not plan.after_step(1.0):
        pass
    assert plan.step == 100 and plan.lr_factor() == 0.02  # the floor at the end
    # 20 steps in 60 s with a one-minute budget: no time is left, so one more step ends it.
    clock = iter([0.0, 60.0])
    monkeypatch.setattr(train.time, "time", lambda: next(clock, 60.0))
    budget = train.StepPlan(1000, max_minutes=1)
    budget.step = 19
    assert not budget.after_step(1.0) and budget.planned == 21
    assert budget.after_step(1.0)
