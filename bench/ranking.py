"""Ranking and relevance: does factlint put the answer a trainer would pick first?

    python bench/ranking.py [--data DIR] [--stages halueval,halueval-index,trainer] [--out DIR] [--limit N]
                            [--seed 13] [--verbose]

halueval  HaluEval QA dev (DIR/halueval/qa_dev.jsonl, 500 records; never copied here). Each
          question gets three candidates, in a seeded random order: its own right answer, the
          right answer of another question (the next record of the same parity, so the two
          halves stay apart) and a bare refusal (one of REFUSALS, in turn). They are triaged
          through the default Engine (no evidence index: the bench is about relevance, not
          facts) as the candidates of one question. Figures:
          - first: the share of questions whose right answer ranks first (the issue aims >= 0.97);
          - relevance balanced accuracy, in the group and alone (each answer checked on its own
            with its question, so only the absolute threshold applies): positives are the other
            question's answer and the refusal, a positive is caught when it gets
            relevance/off-topic or relevance/unhelpful-refusal; negatives are the right answers;
          - off-topic alone: the same for the other question's answer against the right answer
            with relevance/off-topic only.
          Thresholds, chosen on the even-numbered records (simulated: the relevance findings are
          recomputed from each answer's relevance metrics and the group is ranked again):
          fit_weight and kind_weight by the share ranked first, then short_off_topic (the
          threshold for short answers: HaluEval's are all short) by the best off-topic balanced
          accuracy alone; group_gap by the share ranked first too, unless it
          does not move with it (then the trainer stage chooses it). All figures are given for
          the even records (the half they were chosen on), the odd records (held out) and all
          500, and why the right answer is not first where it is not (the first candidate's
          relevance findings, or the criterion that put it above: closeness, a tie).
halueval-index
          The same questions and candidates, triaged with the facts check on, against an evidence
          index of all 500 knowledge paragraphs (built in --out, as bench/facts.py builds it): a
          short answer that, read with its question, a passage about the question supports gains
          `support_weight` relevance (factlint/checks/relevance.py). support_weight and
          support_floor (how close the supporting passage must be to the question and answer)
          are chosen on the even records by the share ranked first, then by relevance balanced
          accuracy in the group; the figures as in halueval, and without support for comparison.
          The index holds every question's own paragraph, which names its right answer: the
          figures say what the ranking makes of evidence that covers the question, not how
          often a real index does.
trainer   The project's own set (bench/data/ranking/candidates.jsonl: 40 questions with 3-4
          candidates each and the order a careful trainer gives them, written by hand for this
          bench; see its README), each question's candidates in a seeded random order: pairwise
          agreement of factlint's ranking with the trainer's order (pairs the trainer ranks
          equal are left out), overall and per tag, and the disagreements. on_topic and
          group_gap (the candidates' off-topic rule) are chosen on the even-numbered questions,
          the odd-numbered ones held out.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
TRAINER_SET = REPO / "bench" / "data" / "ranking" / "candidates.jsonl"

REFUSALS = ("I cannot help with that.", "I'm sorry, but I can't answer that.", "I don't know.", "I won't answer that.")
#: The grid the halueval stage simulates on the even-numbered records.
GRID = {
    "short_off_topic": [0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5],
    "fit_weight": [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
    "kind_weight": [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0],
    "group_gap": [0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3],
}
#: The grid the halueval-index stage simulates on the even-numbered records.
GRID_SUPPORT = {
    "support_weight": [0.0, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0],
    "support_floor": [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
}
#: The values of the relevance check's `on_topic` the trainer stage tries on its even questions.
GRID_ON_TOPIC = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
GRID_GAP = [0.0, 0.04, 0.08, 0.15, 0.3]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def engine():
    from factlint.engine import Engine

    return Engine.from_config({}, )


def halves(n: int) -> dict[str, list[int]]:
    return {"even (chosen on)": list(range(0, n, 2)), "odd (held out)": list(range(1, n, 2)), "all": list(range(n))}


# ---- halueval ----------------------------------------------------------------------------------


def halueval_groups(rows: list[dict], seed: int):
    from factlint.model import Answer

    rng = random.Random(seed)
    n = len(rows)
    groups = []
    for i, row in enumerate(rows):
        other = rows[(i + 2) % n if (i + 2) < n else i % 2]["right_answer"]
        cands = [("right", row["right_answer"]), ("other", other), ("refusal", REFUSALS[i % len(REFUSALS)])]
        rng.shuffle(cands)
        qid = f"h{i}"
        groups.append([Answer(id=f"{qid}-{kind}", text=text, question=row["question"],
                              meta={"question_id": qid, "candidate": k + 1})
                       for k, (kind, text) in enumerate(cands)])
    return groups


def _finding(rule: str):
    from factlint.model import Finding

    return Finding(rule=rule, category="relevance", severity="warning", message="", start=0, end=0)


def supported(rel: dict, weight: float, floor: float) -> float:
    """What the evidence adds to a short answer's relevance: `weight` when a passage about the
    question supports it (its score `floor` or more), else 0."""
    evidence = rel.get("evidence")
    return weight if evidence is not None and evidence >= floor else 0.0


def rescore(rel: dict, params: dict, defaults) -> float:
    """An answer's relevance score under `params` (fit_weight, kind_weight, support_weight,
    support_floor; a missing key keeps the check's default), from the score the check computed
    with its defaults."""
    return (rel["score"]
            + (params.get("fit_weight", defaults.fit_weight) - defaults.fit_weight) * (rel.get("fit") or 0)
            + (params.get("kind_weight", defaults.kind_weight) - defaults.kind_weight) * (rel.get("kind") or 0)
            + supported(rel, params.get("support_weight", defaults.support_weight),
                        params.get("support_floor", defaults.support_floor))
            - supported(rel, defaults.support_weight, defaults.support_floor))


def limit(rel: dict, params: dict) -> float:
    """The off-topic threshold for an answer: short_off_topic for a short one (judged with its
    fit and kind), off_topic otherwise."""
    return params["short_off_topic"] if rel.get("short") else params["off_topic"]


def simulate(groups, reports, params: dict, defaults) -> list[list]:
    """Reports with the off-topic and incomplete findings recomputed for `params` (off_topic,
    short_off_topic, fit_weight, kind_weight, group_gap, on_topic; a missing key keeps the check's
    default) from each answer's relevance metrics, the way the relevance check decides them, and
    each group ranked again."""
    from factlint.checks.relevance import INCOMPLETE, OFF_TOPIC, less_relevant
    from factlint.questions import content_stems
    from factlint.ranking import rank_group

    p = {"off_topic": defaults.off_topic, "short_off_topic": defaults.short_off_topic,
         "fit_weight": defaults.fit_weight, "group_gap": defaults.group_gap, "on_topic": defaults.on_topic, **params}
    out = []
    for answers, reps in zip(groups, reports):
        reps = [copy.deepcopy(r) for r in reps]
        scores = {}
        for k, r in enumerate(reps):
            rel = r.metrics.get("relevance") or {}
            if rel.get("score") is None:
                continue
            r.findings = [f for f in r.findings if f.rule not in (OFF_TOPIC, INCOMPLETE)]
            score = rescore(rel, p, defaults)
            r.metrics["relevance"] = {**rel, "score": round(score, 4)}  # closeness ranks by it
            if score < limit(rel, p):
                r.findings.append(_finding(OFF_TOPIC))
            else:
                scores[k] = score
                if rel.get("missing"):
                    r.findings.append(_finding(INCOMPLETE))
        members = sorted(scores)
        far = less_relevant([scores[k] for k in members], [content_stems(answers[k].text) for k in members],
                            p["group_gap"], p["on_topic"])
        for k in far:
            r = reps[members[k]]
            r.findings = [f for f in r.findings if f.rule != INCOMPLETE] + [_finding(OFF_TOPIC)]
        rank_group(reps)
        out.append(reps)
    return out


def figures(groups, reports, alone, idx) -> dict:
    from factlint.checks.relevance import OFF_TOPIC, REFUSAL

    first = 0
    caught = defaultdict(list)
    for i in idx:
        for answer, report in zip(groups[i], reports[i]):
            kind = answer.id.split("-", 1)[1]
            rules = {f.rule for f in report.findings}
            caught[kind].append(bool(rules & {OFF_TOPIC, REFUSAL}))
            if kind == "right" and report.metrics.get("rank") == 1:
                first += 1
    out = {"first": first / len(idx)}
    tnr = 1 - sum(caught["right"]) / len(caught["right"])
    tpr = (sum(caught["other"]) + sum(caught["refusal"])) / (len(caught["other"]) + len(caught["refusal"]))
    out["balanced accuracy (group)"] = (tpr + tnr) / 2
    out["right answers flagged (group)"] = 1 - tnr
    out["other answers off-topic (group)"] = sum(caught["other"]) / len(caught["other"])
    out["refusals flagged"] = sum(caught["refusal"]) / len(caught["refusal"])
    if alone is not None:
        right = [OFF_TOPIC in {f.rule for f in alone[i]["right"].findings} for i in idx]
        other = [OFF_TOPIC in {f.rule for f in alone[i]["other"].findings} for i in idx]
        refusal = [REFUSAL in {f.rule for f in alone[i]["refusal"].findings} for i in idx]
        tnr_a = 1 - sum(right) / len(right)
        out["balanced accuracy (alone)"] = (tnr_a + (sum(other) + sum(refusal)) / (2 * len(idx))) / 2
        out["off-topic balanced accuracy (alone)"] = (tnr_a + sum(other) / len(other)) / 2
        out["right answers off-topic (alone)"] = 1 - tnr_a
    return out


def alone_simulated(groups, reports, params, defaults, idx):
    """Each answer's findings when it is checked alone: only the absolute threshold applies."""
    from factlint.checks.relevance import OFF_TOPIC
    from factlint.model import Finding

    out = {}
    for i in idx:
        kinds = {}
        for answer, r in zip(groups[i], reports[i]):
            r = copy.copy(r)
            r.findings = [f for f in r.findings if f.rule != OFF_TOPIC]
            rel = r.metrics.get("relevance") or {}
            if rel.get("score") is not None:
                if rescore(rel, params, defaults) < limit(rel, params):
                    r.findings = [*r.findings, Finding(rule=OFF_TOPIC, category="relevance", severity="warning",
                                                       message="", start=0, end=0)]
            kinds[answer.id.split("-", 1)[1]] = r
        out[i] = kinds
    return out


def triage_halueval(groups, eng) -> list[list]:
    reports = []
    for g in range(0, len(groups), 64):  # 64 questions (192 answers) a batch
        batch = [a for group in groups[g : g + 64] for a in group]
        checked = eng.check_batch(batch)
        reports.extend(checked[k : k + 3] for k in range(0, len(checked), 3))
    return reports


def knowledge_index(rows: list[dict], folder: Path) -> Path:
    """An evidence index of every record's knowledge paragraph (one document each, as
    bench/facts.py builds it), rebuilt only when the paragraphs change."""
    import hashlib

    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    corpus = [{"id": f"k{i}", "title": "", "text": r["knowledge"]} for i, r in enumerate(rows)]
    digest = hashlib.sha256(json.dumps(corpus, sort_keys=True).encode()).hexdigest()[:16]
    stamp = folder / "corpus.sha"
    if folder.is_dir() and stamp.exists() and stamp.read_text() == digest:
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    source = folder.parent / f"{folder.name}.corpus.jsonl"
    with source.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus)
    EvidenceIndex.build([source], folder, embedder=Embedder(), progress=False).close()
    stamp.write_text(digest)
    return folder


def print_figures(groups, reports, rows, defaults, runs) -> None:
    """Each (label, params) of `runs` (params None: as run), per half."""
    for label, params in runs:
        sim = reports if params is None else simulate(groups, reports, params, defaults)
        p = {"off_topic": defaults.off_topic, "short_off_topic": defaults.short_off_topic,
             "fit_weight": defaults.fit_weight, "kind_weight": defaults.kind_weight,
             "group_gap": defaults.group_gap, **(params or {})}
        print(f"  {label}: {p}")
        for name, idx in halves(len(rows)).items():
            alone = alone_simulated(groups, reports, p, defaults, idx)
            figs = figures(groups, sim, alone, idx)
            print(f"    {name:18} " + ", ".join(f"{k} {v:.3f}" for k, v in figs.items()))


def print_losses(groups, reports, rows, verbose: bool) -> None:
    print("  why the right answer is not first (as run):")
    for name, idx in halves(len(rows)).items():
        counts = losses(groups, reports, idx)
        print(f"    {name:18} {sum(counts.values())} questions: "
              + "; ".join(f"{why} {n}" for why, n in counts.most_common()))
    if verbose:  # the half the weights are chosen on: the held-out half stays unread
        for i in range(0, len(rows), 2):
            for answer, r in zip(groups[i], reports[i]):
                if answer.id.endswith("-right") and r.metrics.get("rank") != 1:
                    print(f"    not first: {rows[i]['question'][:80]!r} -> {answer.text!r}: {r.metrics['rank_reasons'][1:2]}")


def stage_halueval(args) -> None:
    from factlint.checks.relevance import RelevanceConfig

    path = args.data / "halueval" / "qa_dev.jsonl"
    rows = read_jsonl(path)[: args.limit or None]
    groups = halueval_groups(rows, args.seed)
    eng = engine()
    started = time.perf_counter()
    reports = triage_halueval(groups, eng)
    seconds = time.perf_counter() - started
    print(f"halueval: {len(rows)} questions, {3 * len(rows)} answers triaged in {seconds:.1f} s ({path}), "
          "no evidence index")
    defaults = RelevanceConfig()
    even = list(range(0, len(rows), 2))

    # On the even records only: the weights of fit and kind by the share ranked first (they order
    # the candidates; ties to the values nearest the defaults), then the absolute threshold by the
    # off-topic balanced accuracy of a lone answer with those weights (ties to the lower one), then
    # the group gap by the share ranked first.
    by_weights = [(figures(groups, simulate(groups, reports, {"fit_weight": w, "kind_weight": k}, defaults), None,
                           even)["first"], -abs(w - defaults.fit_weight) - abs(k - defaults.kind_weight), w, k)
                  for w in GRID["fit_weight"] for k in GRID["kind_weight"]]
    for w in GRID["fit_weight"]:
        print(f"  first on the even records, fit_weight {w}, by kind_weight: "
              + ", ".join(f"{k}: {f:.3f}" for f, _, ww, k in by_weights if ww == w))
    _, _, w, kw = max(by_weights)
    best_alone = max(
        (figures(groups, reports, alone_simulated(groups, reports, p, defaults, even), even)
         ["off-topic balanced accuracy (alone)"], -p["short_off_topic"])
        for p in ({"off_topic": defaults.off_topic, "short_off_topic": t, "fit_weight": w, "kind_weight": kw}
                  for t in GRID["short_off_topic"]))
    t = -best_alone[1]
    curve = [(figures(groups, simulate(groups, reports, {"short_off_topic": t, "fit_weight": w, "kind_weight": kw,
                                                         "group_gap": g}, defaults), None, even)["first"], g)
             for g in GRID["group_gap"]]
    print("  first on the even records by group_gap: " + ", ".join(f"{g}: {f:.3f}" for f, g in curve))
    chosen = {"short_off_topic": t, "fit_weight": w, "kind_weight": kw}
    if len({f for f, _ in curve}) > 1:  # ties to the value nearest the default
        chosen["group_gap"] = max(curve, key=lambda fg: (fg[0], -abs(fg[1] - defaults.group_gap)))[1]
    else:
        print("  (flat: HaluEval cannot choose group_gap; the trainer stage chooses it)")
    print(f"  chosen on the even records: {chosen} (off-topic balanced accuracy alone {best_alone[0]:.3f}, "
          f"first {max(curve)[0]:.3f}); the defaults are {{'short_off_topic': {defaults.short_off_topic}, "
          f"'fit_weight': {defaults.fit_weight}, 'kind_weight': {defaults.kind_weight}, "
          f"'group_gap': {defaults.group_gap}}}")
    print_figures(groups, reports, rows, defaults, (("defaults (as run)", None), ("chosen", chosen)))
    print_losses(groups, reports, rows, args.verbose)


def stage_halueval_index(args) -> None:
    """The halueval stage with the facts check on, against an index of all 500 knowledge
    paragraphs: a short answer that a passage about its question supports gains relevance."""
    from factlint.checks.relevance import RelevanceConfig
    from factlint.engine import Engine

    path = args.data / "halueval" / "qa_dev.jsonl"
    rows = read_jsonl(path)[: args.limit or None]
    groups = halueval_groups(rows, args.seed)
    folder = knowledge_index(read_jsonl(path), args.out / "halueval-index")
    eng = Engine.from_config({"facts": {"index": str(folder)}})
    started = time.perf_counter()
    reports = triage_halueval(groups, eng)
    seconds = time.perf_counter() - started
    print(f"halueval-index: {len(rows)} questions, {3 * len(rows)} answers triaged in {seconds:.1f} s, "
          f"with an evidence index of the 500 knowledge paragraphs ({folder})")
    defaults = RelevanceConfig()
    even = list(range(0, len(rows), 2))
    supported_by = Counter()
    for i in even:
        for answer, r in zip(groups[i], reports[i]):
            evidence = (r.metrics.get("relevance") or {}).get("evidence")
            supported_by[(answer.id.split("-", 1)[1], evidence is not None and evidence >= defaults.support_floor,
                          evidence is not None)] += 1
    print("  even records, short answers the evidence supports (at support_floor, at any score): " + "; ".join(
        f"{kind} {supported_by[(kind, True, True)]}, {supported_by[(kind, True, True)] + supported_by[(kind, False, True)]}"
        for kind in ("right", "other", "refusal")))
    # On the even records only: support_weight and support_floor by the share ranked first, then
    # by relevance balanced accuracy in the group; ties to the values nearest the defaults.
    scored = []
    for w, f in itertools.product(GRID_SUPPORT["support_weight"], GRID_SUPPORT["support_floor"]):
        figs = figures(groups, simulate(groups, reports, {"support_weight": w, "support_floor": f}, defaults), None, even)
        scored.append((figs["first"], figs["balanced accuracy (group)"],
                       -abs(w - defaults.support_weight) - abs(f - defaults.support_floor), w, f))
    for w in GRID_SUPPORT["support_weight"]:
        print(f"  first (balanced accuracy) on the even records, support_weight {w}, by support_floor: "
              + ", ".join(f"{f}: {a:.3f} ({b:.3f})" for a, b, _, ww, f in scored if ww == w))
    best = max(scored)
    chosen = {"support_weight": best[3], "support_floor": best[4]}
    print(f"  chosen on the even records: {chosen} (first {best[0]:.3f}, balanced accuracy {best[1]:.3f}); "
          f"the defaults are support_weight {defaults.support_weight}, support_floor {defaults.support_floor}")
    print_figures(groups, reports, rows, defaults, (("defaults (as run)", None), ("chosen", chosen),
                                                    ("without support (support_weight 0)", {"support_weight": 0.0})))
    print_losses(groups, reports, rows, args.verbose)


def losses(groups, reports, idx) -> Counter:
    """Why the right answer is not first, per question where it is not: what the candidate ranked
    first is, and which criterion put it above (the relevance findings on each, closeness, a tie)."""
    from factlint.checks.relevance import INCOMPLETE, OFF_TOPIC
    from factlint.ranking import decide

    out = Counter()
    for i in idx:
        by_kind = {a.id.split("-", 1)[1]: r for a, r in zip(groups[i], reports[i])}
        right = by_kind["right"]
        if right.metrics.get("rank") == 1:
            continue
        kind, first = next((k, r) for k, r in by_kind.items() if r.metrics.get("rank") == 1)
        name, *_ = decide(first, right)
        rules = {f.rule for f in right.findings}
        if kind == "refusal":
            why = "the refusal first"
        elif OFF_TOPIC in rules:
            why = "both off-topic, the other closer" if OFF_TOPIC in {f.rule for f in first.findings} else (
                "the right answer off-topic, the other not")
        elif INCOMPLETE in rules:
            why = "the right answer incomplete"
        elif name == "relevance":
            why = "the other answer judged more relevant"
        elif name in ("closeness", "order"):
            why = {"closeness": "both answer, the other closer", "order": "a tie, input order"}[name]
        else:
            why = f"a finding on the right answer ({name})"
        out[why] += 1
    return out


# ---- trainer -----------------------------------------------------------------------------------


def trainer_pairs(order: list) -> list[tuple[str, str]]:
    """(better, worse) pairs of a trainer's order; ids in one inner list are equal."""
    tiers = [t if isinstance(t, list) else [t] for t in order]
    return [(a, b) for i, upper in enumerate(tiers) for lower in tiers[i + 1 :] for a in upper for b in lower]


def agreement(records, reports: dict, idx) -> tuple[int, int, int, dict, list]:
    agree = total = top = 0
    per_tag = defaultdict(lambda: [0, 0])
    misses = []
    for i in idx:
        r = records[i]
        first = r["order"][0] if isinstance(r["order"][0], list) else [r["order"][0]]
        top += any(reports[x].metrics["rank"] == 1 for x in first)
        for better, worse in trainer_pairs(r["order"]):
            ok = reports[better].metrics["rank"] < reports[worse].metrics["rank"]
            agree += ok
            total += 1
            for tag in r["tags"]:
                per_tag[tag][0] += ok
                per_tag[tag][1] += 1
            if not ok:
                misses.append((r["id"], better, worse, reports[worse].metrics["rank_reasons"]))
    return agree, total, top, per_tag, misses


def stage_trainer(args) -> None:
    from factlint.checks.relevance import RelevanceConfig
    from factlint.model import Answer
    from factlint.ranking import decide

    records = read_jsonl(TRAINER_SET)[: args.limit or None]
    rng = random.Random(args.seed)
    groups = []
    for r in records:
        cands = list(r["candidates"])
        rng.shuffle(cands)  # the set lists the best candidate first more often than not
        groups.append([Answer(id=c["id"], text=c["answer"], question=r["question"],
                              meta={"question_id": r["id"], "candidate": k + 1}) for k, c in enumerate(cands)])
    eng = engine()
    started = time.perf_counter()
    checked = eng.check_batch([a for g in groups for a in g])
    seconds = time.perf_counter() - started
    grouped, k = [], 0
    for g in groups:
        grouped.append(checked[k : k + len(g)])
        k += len(g)
    n_pairs = sum(len(trainer_pairs(r["order"])) for r in records)
    print(f"trainer: {len(records)} questions, {len(checked)} candidates, {n_pairs} ordered pairs, "
          f"triaged in {seconds:.1f} s ({TRAINER_SET.relative_to(REPO)}), candidates shuffled (seed {args.seed})")
    defaults = RelevanceConfig()
    parts = {"even (chosen on)": list(range(0, len(records), 2)), "odd (held out)": list(range(1, len(records), 2)),
             "all": list(range(len(records)))}

    def as_dict(reps):
        return {rep.answer_id: rep for g in reps for rep in g}

    # The candidates' off-topic rule (on_topic, its ceiling, and group_gap) is chosen on the
    # even-numbered questions: HaluEval's answers are all short, far below any ceiling, and its
    # first-ranked share does not move with group_gap. Ties go to the values nearest the defaults.
    even = parts["even (chosen on)"]
    scored = []
    for on_topic, gap in itertools.product(GRID_ON_TOPIC, GRID_GAP):
        sim = simulate(groups, grouped, {"on_topic": on_topic, "group_gap": gap}, defaults)
        agree, total, *_ = agreement(records, as_dict(sim), even)
        scored.append((agree / total, -abs(on_topic - defaults.on_topic) - abs(gap - defaults.group_gap), on_topic, gap))
    for on_topic in GRID_ON_TOPIC:
        print(f"  on_topic {on_topic:.2f}, even-question agreement by group_gap: " + ", ".join(
            f"{gap}: {a:.3f}" for a, _, o, gap in scored if o == on_topic))
    best = max(scored)
    print(f"  chosen on the even questions: on_topic {best[2]}, group_gap {best[3]} (agreement {best[0]:.3f}); "
          f"the defaults are on_topic {defaults.on_topic}, group_gap {defaults.group_gap}")
    for label, reps in (("as run (defaults)", grouped),):
        reports = as_dict(reps)
        print(f"  {label}:")
        for name, idx in parts.items():
            agree, total, top, per_tag, misses = agreement(records, reports, idx)
            print(f"    {name:18} pairwise agreement {agree}/{total} = {agree / total:.3f}; "
                  f"trainer's first choice ranked first {top}/{len(idx)} = {top / len(idx):.3f}")
        agree, total, top, per_tag, misses = agreement(records, reports, parts["all"])
        for tag, (ok, n) in sorted(per_tag.items()):
            print(f"      {tag:12} {ok}/{n} = {ok / n:.3f}")
        for qid, better, worse, _ in misses:
            name, why, close, _ = decide(reports[worse], reports[better])
            print(f"    disagree {qid}: trainer {better} > {worse}; factlint ranks {worse} higher by {name}: {why}"
                  + (" (a close call)" if close else ""))
    if args.verbose:
        for g, reps in zip(groups, grouped):
            for a, rep in zip(g, reps):
                print(f"    {a.id} rank {rep.metrics['rank']} {rep.metrics.get('relevance')} "
                      f"{sorted(f.rule for f in rep.findings)}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared datasets folder (default ../shared/datasets)")
    parser.add_argument("--stages", default="halueval,halueval-index,trainer")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "ranking",
                        help="where the halueval-index stage builds its index (default bench/out/ranking)")
    parser.add_argument("--limit", type=int, default=0, help="first N records only (a quick run)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    for stage in args.stages.split(","):
        {"halueval": stage_halueval, "halueval-index": stage_halueval_index,
         "trainer": stage_trainer}[stage.strip()](args)


if __name__ == "__main__":
    main()
