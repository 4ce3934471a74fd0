"""Russian (issue 14): spelling, grammar, readability, facts and speed, each printed.

    python bench/russian.py [--data ../shared/datasets/ru] [--limit N] [--facts N] [--skip facts]

- Spelling on RUSpellRU (1,000 sentences with gold corrections): words are aligned with their
  corrected sentence (difflib over lower-cased words; gold punctuation is stripped, so words
  are compared, not strings); a text word in a changed span is misspelt. Word-level precision,
  recall and F0.5 of the words factlint flags (spelling/*), false alarms per 1,000 correct
  words, and how often the right word is the first suggestion (and among the five), on
  one-word-for-one-word corrections.
- Grammar: RuCoLA (acceptable vs not, by error type) and RuBLiMP minimal pairs: precision
  and recall of "flagged" for the unacceptable sentence, with the curated rules alone
  (grammar/*) and with spelling too; for RuBLiMP also the share of pairs where only the bad
  one is flagged.
- Rules one by one: each grammar/* rule of the ru default pack alone, its hits on learner text
  (on a corrected word or not) and its false alarms on correct text (the -тся/-ться stage's).
- Readability: Oborneva's grade on texts written for this bench at three levels per topic
  (bench/data/readability_ru.jsonl): the share of topics ordered easy < medium < hard.
- -тся/-ться (grammar/tsya-tsya): recall and precision on the words whose only correction is
  -тся <-> -ться (RUSpellRU, ReLCo), false alarms on correct text, beside the regex it replaced.
- Retrieval: xquad_ru paragraphs indexed with each embedder (--embedder; default the English
  all-MiniLM-L6-v2 and multilingual-e5-small); hit@1, hit@5 and MRR of the paragraph for the
  set's questions and for claims (a paragraph's sentence with a number changed).
- Facts: xquad_ru contexts indexed (with each embedder); for a sentence with a number, the
  sentence itself (right) and the sentence with the number changed (wrong): recall on the
  wrong, false alarms on the right, as in bench/facts.py.
- Throughput of Engine.check_batch on Russian answers with the ru default pack and spelling.

The data are only read from ../shared/datasets/ru; nothing was tuned on them.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prf(tp: int, fp: int, fn: int, beta: float = 0.5) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
    return p, r, f


def engine(**config):
    from factlint.engine import Engine
    from factlint.registry import checks, load_builtins

    load_builtins()
    keep = config.pop("keep", ())
    off = {name: {"enabled": False} for name in checks.get_all() if name not in keep}
    return Engine.from_config({"language": "ru", **off, **config})


def check_all(eng, texts: list[str], batch: int = 64):
    from factlint.model import Answer

    answers = [Answer(id=str(i), text=t, meta={"language": "ru"}) for i, t in enumerate(texts)]
    return [r for b in range(0, len(answers), batch) for r in eng.check_batch(answers[b : b + batch])]


# ---- spelling ---------------------------------------------------------------------------


def gold_errors(text: str, corrected: str) -> tuple[list[tuple[int, int, str]], set[int], dict[int, str]]:
    """The text's words (start, end, word), the indices of misspelt ones, and for one-for-one
    corrections the right word."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    gold = [m.group() for m in WORD.finditer(corrected)]
    a, b = [w[2].lower() for w in words], [w.lower() for w in gold]
    wrong, right = set(), {}
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            wrong.update(range(i1, i2))
            if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
                right[i1] = b[j1]
    return words, wrong, right


def spelling(args) -> None:
    import factlint.grammar.hunspell as hunspell

    rows = read_jsonl(args.data / "spelling" / "ruspellru.jsonl")[: args.limit]
    eng = engine(keep=("grammar",), grammar={"suggestions": False})  # suggesting costs 0.1-1 s a word
    started = time.perf_counter()
    reports = check_all(eng, [r["text"] for r in rows])
    seconds = time.perf_counter() - started
    tp = fp = fn = correct = 0
    hits_for_suggestions = []
    for row, rep in zip(rows, reports):
        words, wrong, right = gold_errors(row["text"], row["corrected"])
        flagged = set()
        for f in rep.findings:
            if f.category == "spelling":
                flagged.update(i for i, (s, e, _) in enumerate(words) if s < f.end and f.start < e)
        tp += len(flagged & wrong)
        fp += len(flagged - wrong)
        fn += len(wrong - flagged)
        correct += len(words) - len(wrong)
        hits_for_suggestions.extend((words[i][2], right[i]) for i in sorted(flagged & wrong) if i in right)
    p, r, f = prf(tp, fp, fn)
    print(f"Spelling, RUSpellRU: {len(rows)} sentences, {tp + fn} misspelt words, checked in {seconds:.1f} s")
    print(f"  precision {p:.3f}  recall {r:.3f}  F0.5 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"  false alarms per 1,000 correct words: {1000 * fp / max(correct, 1):.1f}")
    sample = hits_for_suggestions[: args.suggest]
    if sample:
        path = str(hunspell.dictionary_path("ru"))
        started = time.perf_counter()
        ranked = [(hunspell._suggestions(path, w), gold) for w, gold in sample]
        seconds = time.perf_counter() - started
        top1 = sum(bool(s) and s[0].lower() == g for s, g in ranked) / len(ranked)
        top5 = sum(g in [x.lower() for x in s] for s, g in ranked) / len(ranked)
        print(f"  suggestions on {len(ranked)} flagged one-word errors: right word first {top1:.3f}, "
              f"in the five {top5:.3f} ({seconds / len(ranked):.2f} s a word)")


# ---- grammar ----------------------------------------------------------------------------


def grammar(args) -> None:
    rucola = read_jsonl(args.data / "grammar" / "rucola.jsonl")[: args.limit]
    rublimp = read_jsonl(args.data / "grammar" / "rublimp_sample.jsonl")[: args.limit]
    rules_only = engine(keep=("packs",), select=["grammar"])
    # flagged or not is all that is measured here: no suggestions
    with_spelling = engine(keep=("packs", "grammar"), select=["grammar", "spelling"], grammar={"suggestions": False})
    _grammar_sets(rucola, rublimp, rules_only, with_spelling)


def _grammar_sets(rucola, rublimp, rules_only, with_spelling) -> None:
    for name, rows in (("RuCoLA", rucola), ("RuBLiMP", rublimp)):
        bad = [not r["acceptable"] for r in rows]
        for label, eng in (("rules (grammar/*)", rules_only), ("rules + spelling", with_spelling)):
            started = time.perf_counter()
            flags = [bool(rep.findings) for rep in check_all(eng, [r["text"] for r in rows])]
            seconds = time.perf_counter() - started
            tp = sum(f and b for f, b in zip(flags, bad))
            fp = sum(f and not b for f, b in zip(flags, bad))
            fn = sum(b and not f for f, b in zip(flags, bad))
            p, r, _ = prf(tp, fp, fn)
            print(f"{name} ({len(rows)} sentences, {sum(bad)} unacceptable), {label}: precision {p:.3f} "
                  f"recall {r:.3f} (flagged {tp + fp}; {seconds:.1f} s)")
            if name == "RuCoLA":
                by_type = Counter(r["error_type"] for r, f, b in zip(rows, flags, bad) if f and b)
                total = Counter(r["error_type"] for r, b in zip(rows, bad) if b)
                print("    recall by error type: " + ", ".join(f"{t} {by_type[t]}/{n}" for t, n in total.most_common()))
            else:
                pairs: dict[str, dict[bool, bool]] = {}
                for row, f in zip(rows, flags):
                    pairs.setdefault(row["pair_id"], {})[row["acceptable"]] = f
                whole = [v for v in pairs.values() if len(v) == 2]
                only_bad = sum(v[False] and not v[True] for v in whole)
                print(f"    pairs with only the bad one flagged: {only_bad}/{len(whole)} ({only_bad / max(len(whole), 1):.3f})")


# ---- -тся / -ться -------------------------------------------------------------------------

#: The regex-only rule that grammar/tsya-tsya (kind verb-form, with pymorphy3) replaced, for
#: the comparison: a -тся word after a modal word, a -ться word right after он/она/оно.
REGEX_TSYA = (
    r"(?:\b(?:надо|нужно|можно|нельзя|необходимо|хочу|хочешь|хочет|хотим|хотите|хотят|хотел|хотела|хотели|могу|"
    r"может|можете|могут|должен|должна|должно|должны|начал|начала|начали|стал|стала|стали|буду|будешь|будет|будем|"
    r"будете|будут|пора|придётся|придется|стоит|старайтесь|постарайтесь|попробуйте|не\s+забудьте|не\s+стоит|"
    r"не\s+нужно|не\s+надо)\s+(?:не\s+)?\w{2,}тся\b|(?<!\bли\s)\b(?:он|она|оно)\s+(?:не\s+)?\w{2,}ться\b)")
TSYA_WORD = re.compile(r"\w+ть?ся$")


def _tsya_errors(words, wrong, right) -> set[int]:
    """Indices of the words whose only correction is -тся <-> -ться."""
    return {j for j in wrong if j in right and TSYA_WORD.match(words[j][2].lower()) and TSYA_WORD.match(right[j])
            and words[j][2].lower().replace("ь", "") == right[j].replace("ь", "")}


def _learner_and_correct(args) -> tuple[list[tuple[str, list[dict]]], list[str], list[str]]:
    """The learner sets with gold corrections (RUSpellRU, ReLCo), RuCoLA's acceptable
    sentences and xquad_ru's contexts: the texts the rule stages read."""
    sets = [("RUSpellRU", read_jsonl(args.data / "spelling" / "ruspellru.jsonl")[: args.limit]),
            ("ReLCo", read_jsonl(args.data / "grammar" / "relco_grammatical.jsonl")[: args.limit])]
    rucola = [r["text"] for r in read_jsonl(args.data / "grammar" / "rucola.jsonl")[: args.limit] if r["acceptable"]]
    xquad = list(dict.fromkeys(r["context"].lstrip("\ufeff") for r in read_jsonl(args.data / "factcheck" / "xquad_ru.jsonl")))
    return sets, rucola, xquad


def tsya(args) -> None:
    """grammar/tsya-tsya on the words whose only correction is -тся <-> -ться, in RUSpellRU
    (social media; the rule's word lists were widened after reading its two frame errors, so
    this figure is not held out) and ReLCo's learner grammar errors (held out): recall and
    precision on those words; and its false alarms on correct Russian text (the sets'
    corrected sentences, RuCoLA's acceptable ones, xquad_ru's contexts), beside the regex rule."""
    sets, rucola, xquad = _learner_and_correct(args)
    clean = [r["corrected"] for _, rows in sets for r in rows] + rucola + xquad
    morph = None
    try:
        from factlint.packs.kinds import russian_morphology

        morph = russian_morphology()
    except Exception:  # noqa: BLE001 - the count of non-words is a side figure
        pass
    eng = engine(keep=("packs",), select=["grammar/tsya-tsya"])
    regex_rule = re.compile(REGEX_TSYA, re.IGNORECASE)
    started = time.perf_counter()
    texts = [r["text"] for _, rows in sets for r in rows] + clean
    spans = [[(f.start, f.end) for f in rep.findings] for rep in check_all(eng, texts)]
    seconds = time.perf_counter() - started
    words_clean = sum(len(WORD.findall(t)) for t in clean)
    for label, found in (("verb-form (pymorphy3)", lambda i, text: spans[i]),
                         ("regex only", lambda i, text: [m.span() for m in regex_rule.finditer(text)])):
        at = 0
        for name, rows in sets:
            tp = fp = fn = nonwords = 0
            for i, row in enumerate(rows, start=at):
                words, wrong, right = gold_errors(row["text"], row["corrected"])
                errors = _tsya_errors(words, wrong, right)
                flagged = {j for s, e in found(i, row["text"]) for j, (ws, we, _) in enumerate(words) if ws < e and s < we}
                tp += len(flagged & errors)
                fp += len(flagged - wrong)
                fn += len(errors - flagged)
                if morph is not None:
                    nonwords += sum(not morph.word_is_known(words[j][2].lower()) for j in errors)
            at += len(rows)
            p, r, _ = prf(tp, fp, fn)
            print(f"-тся/-ться, {label}, {name}: {tp + fn} such errors ({nonwords} not words at all: spelling's), "
                  f"flagged {tp}, precision {p:.3f} recall {r:.3f} (fp {fp})")
        alarms = sum(len(found(at + k, t)) for k, t in enumerate(clean))
        print(f"-тся/-ться, {label}: false alarms on {len(clean):,} correct texts ({words_clean:,} words): {alarms}")
    print(f"  ({len(texts):,} texts checked by the rule in {seconds:.1f} s)")


# ---- the pack's grammar rules, one by one --------------------------------------------------


def rule_by_rule(args) -> None:
    """Each grammar/* rule of the Russian default pack on its own: on learner text (RUSpellRU
    and ReLCo, with gold corrections) the hits that fall on a corrected word and those that do
    not; on correct text (ReLCo's corrected sentences, RuCoLA's acceptable ones, xquad_ru's
    contexts) every hit is a false alarm, and so on RUSpellRU's corrections, counted apart: their
    punctuation is stripped. A rule written for an error these sets rarely hold
    shows few hits either way: its false alarms are the figure that matters."""
    from factlint.config import load_settings
    from factlint.packs.loader import load_rules

    sets, rucola, xquad = _learner_and_correct(args)
    # RUSpellRU's corrections have their punctuation stripped: a missing comma there is no
    # false alarm, so the correct texts are counted in two groups.
    stripped = [r["corrected"] for r in sets[0][1]]
    clean = [r["corrected"] for r in sets[1][1]] + rucola + xquad
    learner = [r for _, rows in sets for r in rows]
    ids = sorted(r for r in load_rules(load_settings({"language": "ru"}, discover=False)).rules if r.startswith("grammar/"))
    eng = engine(keep=("packs",), select=ids)
    started = time.perf_counter()
    reports = check_all(eng, [r["text"] for r in learner] + clean + stripped)
    seconds = time.perf_counter() - started
    on_error, elsewhere, alarms, unpunctuated = Counter(), Counter(), Counter(), Counter()
    for row, rep in zip(learner, reports):
        words, wrong, _ = gold_errors(row["text"], row["corrected"])
        for f in rep.findings:
            hit = {j for j, (ws, we, _) in enumerate(words) if ws < f.end and f.start < we}
            (on_error if hit & wrong else elsewhere)[f.rule] += 1
    for rep in reports[len(learner):len(learner) + len(clean)]:
        alarms.update(f.rule for f in rep.findings)
    for rep in reports[len(learner) + len(clean):]:
        unpunctuated.update(f.rule for f in rep.findings)
    words_clean = sum(len(WORD.findall(t)) for t in clean)
    print(f"grammar rules one by one: {len(learner):,} learner sentences (RUSpellRU, ReLCo), "
          f"{len(clean):,} correct texts ({words_clean:,} words: ReLCo's corrections, RuCoLA's acceptable "
          f"sentences, xquad_ru's contexts) and {len(stripped):,} RUSpellRU corrections without punctuation; {seconds:.1f} s")
    for rule in ids:
        print(f"  {rule:32} learner: on a corrected word {on_error[rule]:3}, elsewhere {elsewhere[rule]:3}; "
              f"correct text: {alarms[rule]:3} (without punctuation: {unpunctuated[rule]})")


# ---- readability ------------------------------------------------------------------------


def readability(args) -> None:
    from factlint.document import build_documents, build_pipeline
    from factlint.model import Answer

    rows = read_jsonl(ROOT / "bench" / "data" / "readability_ru.jsonl")
    nlp = build_pipeline(language="ru")
    docs = build_documents([Answer(id=str(i), text=r["text"]) for i, r in enumerate(rows)], nlp, "ru")
    topics: dict[str, dict[int, float]] = {}
    for row, doc in zip(rows, docs):
        topics.setdefault(row["topic"], {})[row["level"]] = doc.readability["grade_level"]
    ordered = sum(g[1] < g[2] < g[3] for g in topics.values())
    print(f"Readability (Oborneva grade), {len(rows)} texts written for this bench at 3 levels: "
          f"{ordered}/{len(topics)} topics ordered easy < medium < hard")
    for topic, g in topics.items():
        print(f"    {topic}: " + "  ".join(f"level {lvl} {g[lvl]:.1f}" for lvl in sorted(g)))


# ---- facts ------------------------------------------------------------------------------

NUMBER = re.compile(r"(?<![\d.,])(\d{1,4})(?![\d.,]\d)")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z])", text) if s.strip()]


def _changed_numbers(contexts: list[str]) -> tuple[list[str], list[str], list[int]]:
    """Per context, its first sentence with a number (right), the same with the number
    changed (wrong), and the context's index."""
    right, wrong, of = [], [], []
    for i, c in enumerate(contexts):
        for s in _sentences(c):
            m = NUMBER.search(s)
            if m and 12 <= len(s.split()) <= 40:
                n = int(m.group(1))
                changed = str(n + 1 if n >= 1000 else n * 2 + 3)  # a year moves by one, a count grows
                right.append(s)
                wrong.append(s[: m.start()] + changed + s[m.end():])
                of.append(i)
                break
    return right, wrong, of


def _xquad_contexts(args) -> tuple[list[dict], list[str]]:
    rows = read_jsonl(args.data / "factcheck" / "xquad_ru.jsonl")
    return rows, list(dict.fromkeys(r["context"].lstrip("\ufeff") for r in rows))


def _write_corpus(folder: Path, contexts: list[str]) -> Path:
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"c{i}", "title": "", "text": c}, ensure_ascii=False) + "\n"
                              for i, c in enumerate(contexts)), encoding="utf-8")
    return corpus


def retrieval(args) -> None:
    """Claim -> passage retrieval on xquad_ru, English MiniLM against multilingual-e5-small:
    every paragraph indexed as factlint indexes a corpus (600-character passages); queries are
    the set's questions and, as claims, each paragraph's first sentence with a number changed
    (what the facts check must find a passage for). Hit@1, hit@5 and MRR of the paragraph."""
    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    rows, contexts = _xquad_contexts(args)
    position = {c: i for i, c in enumerate(contexts)}
    _, claims, claim_of = _changed_numbers(contexts)
    sets = [("questions", [r["question"] for r in rows], [position[r["context"].lstrip("\ufeff")] for r in rows]),
            ("claims", claims, claim_of)]
    print(f"Retrieval, xquad_ru: {len(contexts)} paragraphs; {len(rows)} questions, {len(claims)} claims")
    for model in args.embedder:
        embedder = Embedder(model)
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            index = EvidenceIndex.build([_write_corpus(Path(tmp), contexts)], Path(tmp) / "index", embedder=embedder,
                                        progress=False)
            built = time.perf_counter() - started
            for name, queries, gold in sets:
                started = time.perf_counter()
                hits = index.search(queries, k=5)
                seconds = time.perf_counter() - started
                ranks = [next((k for k, h in enumerate(hs, 1) if h.doc_id == f"c{g}"), None) for hs, g in zip(hits, gold)]
                at1 = sum(r == 1 for r in ranks) / len(ranks)
                at5 = sum(r is not None for r in ranks) / len(ranks)
                mrr = sum(1 / r for r in ranks if r) / len(ranks)
                print(f"  {embedder.model_id:<26} {name:<9}: hit@1 {at1:.3f}  hit@5 {at5:.3f}  MRR@5 {mrr:.3f}  "
                      f"({index.manifest.get('passage_count', '?')} passages built in {built:.1f} s; "
                      f"{len(queries)} searches in {seconds:.1f} s)")
            index.close()


def facts(args) -> None:
    from factlint.evidence.index import EvidenceIndex
    from factlint.model import Answer

    _, contexts = _xquad_contexts(args)
    contexts = contexts[: args.facts]
    right, wrong, _ = _changed_numbers(contexts)
    for model in args.embedder:
        _facts_with(model, contexts, right, wrong, EvidenceIndex, Answer)


def _facts_with(model, contexts, right, wrong, EvidenceIndex, Answer) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _write_corpus(Path(tmp), contexts)
        eng = engine(keep=("facts",), facts={"index": str(Path(tmp) / "index")})
        started = time.perf_counter()
        from factlint.evidence.embedder import Embedder

        EvidenceIndex.build([corpus], Path(tmp) / "index", embedder=Embedder(model), progress=False)
        print(f"Facts, xquad_ru, index embedder {model}: {len(contexts)} contexts indexed in "
              f"{time.perf_counter() - started:.1f} s; {len(right)} right and {len(wrong)} wrong answers (one number changed)")
        answers = [Answer(id=f"{k}{i}", text=t, meta={"language": "ru"}) for k, texts in (("r", right), ("w", wrong))
                   for i, t in enumerate(texts)]
        started = time.perf_counter()
        reports = [r for b in range(0, len(answers), 32) for r in eng.check_batch(answers[b : b + 32])]
        seconds = time.perf_counter() - started
    kinds = Counter()
    for a, rep in zip(answers, reports):
        rules = {f.rule for f in rep.findings}
        kinds[(a.id[0], "contradicted" if "fact/contradicted" in rules else "unsupported" if rules else "passed")] += 1
    n = len(right)
    print(f"  wrong answers contradicted (recall): {kinds[('w', 'contradicted')] / n:.3f}; flagged at all: "
          f"{(n - kinds[('w', 'passed')]) / n:.3f}")
    print(f"  right answers contradicted (false alarms): {kinds[('r', 'contradicted')] / n:.3f}; flagged at all: "
          f"{(n - kinds[('r', 'passed')]) / n:.3f}   ({seconds:.1f} s for {len(answers)} answers)")


# ---- throughput -------------------------------------------------------------------------


def throughput(args) -> None:
    rows = read_jsonl(args.data / "grammar" / "rucola.jsonl")
    texts = [" ".join(r["text"] for r in rows[i : i + 6]) for i in range(0, min(len(rows), 6 * args.speed), 6)]
    words = sum(len(t.split()) for t in texts)
    for suggestions in (False, True):
        eng = engine(keep=("packs", "grammar"), grammar={"suggestions": suggestions})
        check_all(eng, ["Загрузка словаря и правил."])  # load everything first
        started = time.perf_counter()
        reports = check_all(eng, texts)
        seconds = time.perf_counter() - started
        flagged = sum(f.category == "spelling" for r in reports for f in r.findings)
        print(f"Throughput, ru default pack + spelling, suggestions {'on' if suggestions else 'off'}: {len(texts)} answers "
              f"of ~{words // len(texts)} words in {seconds:.1f} s = {len(texts) / seconds:.1f} answers/s "
              f"({flagged} spelling findings)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "ru")
    ap.add_argument("--limit", type=int, default=None, help="records per spelling/grammar set (default all)")
    ap.add_argument("--suggest", type=int, default=100, help="flagged words whose suggestions are scored")
    ap.add_argument("--facts", type=int, default=30, help="xquad_ru contexts to index")
    ap.add_argument("--speed", type=int, default=200, help="answers for the throughput figure")
    ap.add_argument("--skip", action="append", default=[], help="spelling, grammar, tsya, rules, readability, retrieval, facts, throughput")
    ap.add_argument("--embedder", action="append", default=None,
                    help="index embedders for retrieval and facts (default: all-MiniLM-L6-v2 and multilingual-e5-small)")
    args = ap.parse_args()
    args.embedder = args.embedder or ["all-MiniLM-L6-v2", "multilingual-e5-small"]
    if not args.data.is_dir():
        sys.exit(f"no data at {args.data} (give --data)")
    for name, run in (("readability", readability), ("spelling", spelling), ("grammar", grammar), ("tsya", tsya),
                      ("rules", rule_by_rule), ("retrieval", retrieval), ("facts", facts), ("throughput", throughput)):
        if name not in args.skip:
            run(args)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
