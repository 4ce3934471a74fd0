"""The grammatical-error detector: its training corruptions, the shipped adapter, the rule."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from factlint.grammar.corrupt import KINDS, corrupt, corrupt_many

# A sentence and, per kind, the error `corrupt` makes in it (seed 7).
PROMISED = [
    ("The bridges were built in 1890.", "participle", "The bridges were build in 1890."),
    ("It is a long walk to the old town.", "confusion", "Its a long walk to the old town."),
    ("Many people have a lot of time.", "alot", "Many people have alot of time."),
    ("She visited many museums in the city.", "many-singular", "She visited many museum in the city."),
    ("He goes to school by bus every day.", "verb-s", "He go to school by bus every day."),
    ("The children are playing in the park.", "agreement", "The children is playing in the park."),
    ("She ate an apple after the long walk.", "article-swap", "She ate a apple after the long walk."),
    ("Your sister is taller than you are.", "confusion", None),
    ("They told us that their house was sold.", "confusion", None),
    ("She gave me some useful information about the town.", "uncountable-plural",
     "She gave me some useful informations about the town."),
    ("I was interested in the film.", "ed-ing", "I was interesting in the film."),
    ("The new shop was a great success.", "word-form", "The new shop was a great successful."),
    ("The bridge was built by a local company.", "passive-be", "The bridge built by a local company."),
    ("They decided to take a taxi.", "to-ing", "They decided taking a taxi."),
    ("There were many cars in the street.", "much-many", "There were much cars in the street."),
    ("There was much traffic in the city.", "much-many", "There was many traffic in the city."),
]


@pytest.mark.parametrize("text, kind, expected", PROMISED)
def test_each_corruption_makes_its_error_the_same_way_every_time(text, kind, expected):
    first = corrupt(text, random.Random(7), kind=kind)
    assert first is not None and first[1] == kind and first[0] != text
    assert corrupt(text, random.Random(7), kind=kind) == first  # seeded: deterministic
    if expected is not None:
        assert first[0] == expected
    if kind == "confusion":
        changed = {w.lower() for w in first[0].split()} - {w.lower() for w in text.split()}
        assert changed & {"you're", "there", "they're", "then", "than", "its", "it's"}


def test_every_kind_has_a_place_in_some_sentence_and_none_leaves_the_text_unchanged():
    sentences = [
        "The bridges were built in 1890 by a local company.", "He goes to school every day and it is a long walk.",
        "Many people think that their city is better than the others.",
        "Your house is bigger than mine, and you have a lot of friends.",
        "She has written an essay about the history of the town.", "A student in the class was late.",
        "They wanted to go home early.", "These cars are made in Germany.",
        "I was interested in the information, and the trip was a success.", "There were many cars in the street.", "They decided to take a taxi.",
    ]
    rng = random.Random(3)
    made = {}
    for text in sentences:
        for kind in KINDS:
            out = corrupt(text, rng, kind=kind)
            if out is not None:
                assert out[0] != text
                made.setdefault(kind, out[0])
    assert set(made) == set(KINDS), set(KINDS) - set(made)
    assert corrupt("Yes.", rng, kind="participle") is None
    text, kinds = corrupt_many("The bridges were built in 1890 by a local company.", random.Random(1), 3)
    assert len(kinds) == 3 and text != "The bridges were built in 1890 by a local company."


def test_focus_draws_a_share_of_the_errors_from_the_kinds_named_and_leaves_old_runs_as_they_were():
    # issue 15, thirteenth round: a run may favour the kinds the default is blind to
    from factlint.grammar.detector_train import make_examples

    sents = [("The bridges were built in 1890 by a local company for the town.", "x"),
             ("She went to the market in the morning and bought a lot of apples.", "y")] * 40
    focus = ("article-drop", "preposition")
    rows = make_examples(sents, random.Random(3), focus, 1.0)
    assert all(set(r["kinds"]) <= set(focus) for r in rows) and any(r["kinds"] for r in rows)
    mixed = make_examples(sents, random.Random(3))
    assert any(set(r["kinds"]) - set(focus) for r in mixed)
    # without focus the rng is drawn as before, so a run repeats its data
    rng = random.Random(3)
    again = []
    for sentence, source in sents:
        errors = rng.choices([1, 2, 3], weights=[0.6, 0.28, 0.12])[0]
        again.append(corrupt_many(sentence, rng, errors))
    assert [r["text"] for r in mixed if r["label"]] == [a[0] for a in again if a]


class FakeDetector:
    name = "fake"

    def __init__(self, scores):
        self.scores = scores

    def score(self, sentences):
        return [self.scores.get(s, 0.0) for s in sentences]


def _check(config, nlp, texts, monkeypatch, scores):
    from factlint.checks.grammar import GrammarCheck, GrammarConfig
    from factlint.config import load_settings
    from factlint.document import build_documents
    from factlint.grammar import detector
    from factlint.model import Answer
    from factlint.resources import Resources

    monkeypatch.setattr(detector, "load_detector", lambda adapter=None: FakeDetector(scores))
    settings = load_settings({}, discover=False)
    check = GrammarCheck(GrammarConfig.model_validate(config), Resources(settings), settings)
    docs = build_documents([Answer(id=str(i), text=t) for i, t in enumerate(texts)], nlp)
    return check.run(docs)


def test_a_sentence_at_the_threshold_gets_a_likely_error_and_one_below_it_none(nlp, monkeypatch):
    from factlint.grammar.detector import THRESHOLD

    wrong, fine = "I am agree with this idea about the city.", "I agree with this idea about the city."
    scores = {wrong: THRESHOLD, fine: THRESHOLD - 0.01}
    found = _check({"detector": True}, nlp, [f"{fine} {wrong}"], monkeypatch, scores)[0]
    likely = [f for f in found if f.rule == "grammar/likely-error"]
    assert [(f.start, f.end, f.severity) for f in likely] == [(len(fine) + 1, len(fine) + 1 + len(wrong), "info")]
    assert "model" in likely[0].message and likely[0].confidence == pytest.approx(THRESHOLD)
    # Off unless asked for, in either preset; a sentence with a rule's finding is not asked.
    for preset in ("default", "strict"):
        assert "grammar/likely-error" not in {f.rule for f in _check({"preset": preset}, nlp, [wrong], monkeypatch, scores)[0]}
    assert [f.rule for f in _check({"preset": "strict", "detector": True}, nlp, [wrong], monkeypatch, scores)[0]] == ["grammar/likely-error"]
    typo = "We has a error in teh text today."
    found = _check({"detector": True}, nlp, [typo], monkeypatch, {typo: 1.0})[0]
    assert found and "grammar/likely-error" not in {f.rule for f in found}


def test_plain_sentences_are_the_ones_the_detector_is_asked_about():
    from factlint.grammar.detector import plain_sentence

    for text in ("He have went to school yesterday.", "I think I'm right, and I’ve said so.",
                 "Its a well-known place for young people."):
        assert plain_sentence(text), text
    for text in ("Then Oxfam said it was right.", "It costs 5 dollars a day.", 'He said "no" to it.',
                 "It was big (very big) then.", "There were three: one, two and three.",
                 "The place – a small town – is far.", "It is a long walk - a very long one.", "The U.S. is big."):
        assert not plain_sentence(text), text


def test_the_check_leaves_a_sentence_with_a_name_a_figure_or_a_quotation_to_the_rules(nlp, monkeypatch):
    texts = ["The team of Leicester won the match last week.", "The team won the match 3 times last week.",
             'The team said "we won" last week.']
    plain = "The team win the match last week."
    scores = {t: 1.0 for t in texts + [plain]}
    found = _check({"detector": True}, nlp, texts + [plain], monkeypatch, scores)
    assert [[f.rule for f in x] for x in found] == [[], [], [], ["grammar/likely-error"]]


def test_the_rule_is_known_to_rules_explain():
    from factlint.checks.grammar import GrammarCheck

    doc = GrammarCheck.rules["grammar/likely-error"]
    assert doc.severity == "info" and "model" in doc.description


def test_the_default_check_never_imports_torch():
    code = (
        "import sys; from factlint.engine import Engine; "
        "r = Engine.from_config({}).check('He go to school every day. Its a long walk.'); "
        "assert any(f.category == 'grammar' for f in r.findings), r.findings; "
        "print(sorted(m for m in ('torch', 'transformers', 'peft') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_the_shipped_adapter_loads_and_scores_a_broken_sentence_above_its_clean_twin():
    from factlint.grammar.detector import DEFAULT_ADAPTER, load_detector

    assert sum(f.stat().st_size for f in DEFAULT_ADAPTER.iterdir()) < 5_000_000
    detector = load_detector()
    broken, clean = detector.score(["He have went to school yesterday.", "He went to school yesterday."])
    assert broken > clean
    assert broken - clean > 0.2


@pytest.mark.slow
def test_token_scores_point_at_the_error_and_their_highest_is_the_sentence_score():
    from factlint.grammar.detector import load_detector

    detector = load_detector()
    texts = ["He have went to school yesterday.", "He went to school yesterday."]
    tokens = detector.token_scores(texts)
    assert [max(p for _, _, p in t) for t in tokens] == detector.score(texts)
    start, end, _ = max(tokens[0], key=lambda t: t[2])
    assert texts[0][start:end] in ("have", "went")  # where the error is, not elsewhere
    assert all(texts[1][a:b].strip() for a, b, _ in tokens[1])  # real characters, no [CLS] or [SEP]
    assert detector.token_scores([]) == []


@pytest.mark.slow
def test_the_real_detector_flags_the_explain_example_and_leaves_a_clean_sentence_alone(nlp):
    from factlint.checks.grammar import GrammarCheck, GrammarConfig
    from factlint.config import load_settings
    from factlint.document import build_documents
    from factlint.model import Answer
    from factlint.resources import Resources

    settings = load_settings({}, discover=False)
    check = GrammarCheck(GrammarConfig(detector=True), Resources(settings), settings)
    wrong = GrammarCheck.rules["grammar/likely-error"].bad  # no rule finds anything in it
    docs = build_documents([Answer(id="a", text="The museum opens at nine and closes at five on weekdays."),
                            Answer(id="b", text=wrong)], nlp)
    clean, flagged = check.run(docs)
    assert clean == []
    assert [(f.rule, f.start, f.end) for f in flagged] == [("grammar/likely-error", 0, len(wrong))]


@pytest.mark.slow
def test_the_trainer_runs_end_to_end_on_a_tiny_set(tmp_path):
    from factlint.grammar import detector_train
    from factlint.grammar.detector import load_detector

    data = tmp_path / "data"
    data.mkdir()
    premises = ["The old bridge was built in 1890 by a local company.", "She has written many letters to her friends.",
                "They went to the market and bought a lot of fruit.", "It is a long way from the station to the hotel."]
    (data / "snli_dev_test.jsonl").write_text(
        "".join(json.dumps({"premise": p, "hypothesis": "x", "label": "neutral"}) + "\n" for p in premises * 3))
    out = tmp_path / "adapter"
    assert detector_train.main(["--data", str(data), "--out", str(out), "--steps", "2", "--batch-size", "4",
                                "--eval-sentences", "4", "--threads", "1"]) == 0
    info = json.loads((out / "training.json").read_text())
    assert info["data"]["steps"] == 2 and info["seed"] == 13
    assert len(load_detector(out).score(["He have went to school."])) == 1
