"""Do factlint's readability figures put OneStopEnglish's reading levels in order? How fast?

OneStopEnglish has news articles each rewritten at three levels: ele(mentary) < int(ermediate)
< adv(anced). Each article gives 3 pairs: (ele, int), (int, adv), (ele, adv). A pair counts
as ordered when the lower level's figure is strictly lower (for flesch_reading_ease, where
higher means easier, strictly higher). We print, for each figure, the share of all pairs
(3 per article) that are ordered.

Honesty: grade_level's definition (the Flesch-Kincaid grade) was chosen after looking at
this file's scores for the candidates below, each single formula and the mean or median of
several. Its full-file figure is therefore in-sample. To estimate what that choice is worth
on unseen articles we also run the choice itself under leave-one-article-out
cross-validation: for each article, pick the candidate that orders the most pairs of the
other articles (ties shared out evenly), and score it on the held-out article's 3 pairs.

The syllable fallback (for words cmudict lacks) is checked against cmudict itself: on a
fixed random sample of cmudict's plain words, how often the spelling rules, and pyphen's
en_US hyphenation for comparison, give cmudict's count. The rules were written while
looking at their mismatches on such samples, so their figure is not a held-out one.

Throughput is words per second of measure() alone, on the Documents already built: once on
whole articles and once with the articles cut into answers of about 80 words (the size of a
typical LLM answer), next to the time spaCy took to build those Documents, in the same run.

    python bench/readability.py [--data ../shared/datasets] [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factlint.document import build_documents, build_pipeline  # noqa: E402
from factlint.model import Answer  # noqa: E402
from factlint.readability import FIGURES, measure  # noqa: E402
from factlint.readability.formulas_en import dale_chall_grade  # noqa: E402

LEVELS = ("ele", "int", "adv")
PAIRS = (("ele", "int"), ("int", "adv"), ("ele", "adv"))
HIGHER_IS_EASIER = {"flesch_reading_ease"}
# The grade formulas a grade_level could be made of (Dale-Chall mapped onto grades).
GRADES = (
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_grade",
)
ANSWER_WORDS = 80


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ordered(by_level: dict[str, float], lo: str, hi: str) -> bool:
    return by_level[lo] < by_level[hi]


def pair_share(articles: dict[str, dict[str, float]]) -> tuple[int, int]:
    ok = sum(ordered(levels, lo, hi) for levels in articles.values() for lo, hi in PAIRS)
    return ok, len(articles) * len(PAIRS)


def candidates() -> dict[str, callable]:
    """Every definition of grade_level we compared on this file, as figure -> number."""
    out = {name: (lambda m, n=name: m[n]) for name in GRADES}
    out["-flesch_reading_ease"] = lambda m: -m["flesch_reading_ease"]
    for k in range(2, len(GRADES) + 1):
        for combo in itertools.combinations(GRADES, k):
            out["mean(" + ",".join(combo) + ")"] = lambda m, c=combo: statistics.fmean(m[n] for n in c)
    out["median(all grades)"] = lambda m: statistics.median(m[n] for n in GRADES)
    return out


def cross_validate(figs: dict[str, dict[str, dict]]) -> tuple[float, dict[str, float]]:
    """Leave-one-article-out: choose on the rest, score the held-out article's pairs."""
    cands = candidates()
    # ok[c][article] = ordered pairs of that article under candidate c.
    ok = {
        c: {a: sum(ordered({lv: f(m) for lv, m in levels.items()}, lo, hi) for lo, hi in PAIRS)
            for a, levels in figs.items()}
        for c, f in cands.items()
    }  # fmt: skip
    total = {c: sum(per.values()) for c, per in ok.items()}
    held_ok = 0.0
    chosen: dict[str, float] = defaultdict(float)
    for a in figs:
        train = {c: total[c] - ok[c][a] for c in cands}
        best = max(train.values())
        tied = [c for c in cands if train[c] == best]
        held_ok += sum(ok[c][a] for c in tied) / len(tied)
        for c in tied:
            chosen[c] += 1 / len(tied)
    return held_ok / (len(figs) * len(PAIRS)), dict(chosen)


def chunk(sentences: list[list[str]], size: int) -> list[list[list[str]]]:
    """Consecutive sentences grouped into answers of at least `size` words."""
    out, current, n = [], [], 0
    for words in sentences:
        current.append(words)
        n += len(words)
        if n >= size:
            out.append(current)
            current, n = [], 0
    if current:
        out.append(current)
    return out


def words_per_second(texts: list[list[list[str]]], repeat: int) -> tuple[float, float]:
    words = sum(len(w) for t in texts for w in t)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            measure(t, "en")
        best = min(best, time.perf_counter() - start)
    return words / best, best


def syllable_fallback(sample_size: int = 30_000) -> None:
    import random
    import re

    import pyphen

    from factlint.readability.syllables_en import _cmu_counts, rule_syllables

    cmu = _cmu_counts()
    plain = sorted(w for w in cmu if re.fullmatch("[a-z]+", w))
    sample = random.Random(0).sample(plain, min(sample_size, len(plain)))
    hyphenator = pyphen.Pyphen(lang="en_US")
    ways = {"spelling rules": rule_syllables, "pyphen en_US": lambda w: len(hyphenator.positions(w)) + 1}
    print(f"syllable fallback against cmudict, {len(sample)} random cmudict words:")
    for label, fn in ways.items():
        diffs = [fn(w) - cmu[w] for w in sample]
        exact = sum(d == 0 for d in diffs) / len(diffs)
        near = sum(abs(d) <= 1 for d in diffs) / len(diffs)
        print(f"  {label:15} exact {100 * exact:.1f}%, within one {100 * near:.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=REPO.parent / "shared" / "datasets",
        help="datasets folder (reads onestopenglish/dev.jsonl) or the JSONL file itself",
    )  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = parser.parse_args()
    path = args.data if args.data.is_file() else args.data / "onestopenglish" / "dev.jsonl"

    records = load(path)
    nlp = build_pipeline()
    answers = [Answer(id=f"{r['article']}/{r['level']}", text=r["text"]) for r in records]
    start = time.perf_counter()
    docs = build_documents(answers, nlp)
    sentence_words = [d.sentence_words for d in docs]
    build_s = time.perf_counter() - start

    start = time.perf_counter()
    results = [measure(sw, d.language) for sw, d in zip(sentence_words, docs)]
    cold_s = time.perf_counter() - start  # includes loading cmudict and the word list

    figs: dict[str, dict[str, dict]] = defaultdict(dict)
    for r, m in zip(records, results):
        figs[r["article"]][r["level"]] = {**m, "dale_chall_grade": dale_chall_grade(m["dale_chall_score"])}
    complete = {a: lv for a, lv in figs.items() if all(level in lv for level in LEVELS)}
    n_words = sum(m["words"] for m in results)
    print(f"{path}: {len(records)} texts, {len(complete)} articles with all 3 levels, {n_words} words")
    print(f"pairs: 3 per article, {3 * len(complete)} in all; ordered = lower level strictly lower")
    print()
    print(f"{'figure':32} ordered pairs")
    for name in (*FIGURES, "dale_chall_grade", "grade_level"):
        sign = -1 if name in HIGHER_IS_EASIER else 1
        scores = {a: {lv: sign * m[name] for lv, m in levels.items()} for a, levels in complete.items()}
        ok, n = pair_share(scores)
        tag = "  (in-sample: chosen on this file)" if name == "grade_level" else ""
        print(f"{name:32} {100 * ok / n:5.1f}%  {ok}/{n}{tag}")

    cv, chosen = cross_validate(complete)
    print()
    print(f"grade_level choice, leave-one-article-out ({len(candidates())} candidates):"
          f" {100 * cv:.1f}% of held-out pairs ordered")  # fmt: skip
    top = sorted(chosen.items(), key=lambda kv: -kv[1])[:5]
    print("  chosen most often (folds, ties shared): "
          + ", ".join(f"{c} {v:.1f}" for c, v in top))  # fmt: skip

    print()
    syllable_fallback()

    answers_80 = [part for sw in sentence_words for part in chunk(sw, ANSWER_WORDS)]
    whole_rate, _ = words_per_second(sentence_words, args.repeat)
    small_rate, small_s = words_per_second(answers_80, args.repeat)
    print()
    print(f"throughput of measure(): first pass {n_words / cold_s:,.0f} words/s "
          f"(includes loading cmudict, {cold_s:.2f}s)")  # fmt: skip
    print(f"  warm, whole articles: {whole_rate:,.0f} words/s")
    print(f"  warm, {len(answers_80)} answers of ~{ANSWER_WORDS} words: {small_rate:,.0f} words/s, "
          f"{1e6 * small_s / len(answers_80):.0f} us per answer")  # fmt: skip
    print(f"  building the Documents (spaCy blank + sentences): {n_words / build_s:,.0f} words/s;"
          f" measure() adds {100 * (n_words / small_rate) / build_s:.1f}% to that")  # fmt: skip
    per_10k = 10_000 * ANSWER_WORDS / small_rate
    print(f"  10,000 answers of {ANSWER_WORDS} words: about {per_10k:.1f}s of measure()")


if __name__ == "__main__":
    main()
