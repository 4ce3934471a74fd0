"""grammar/tsya-tsya (kind verb-form): -тся/-ться decided by the word before the verb and
confirmed by pymorphy3's dictionary; its own examples run in tests/test_russian.py."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def engine():
    from factlint.engine import Engine

    off = {name: {"enabled": False} for name in ("grammar", "facts", "relevance", "duplicates")}
    return Engine.from_config({**off, "language": "ru", "select": ["grammar/tsya-tsya"]})


@pytest.mark.parametrize(("text", "word", "suggestion"), [
    ("Надо учится каждый день.", "учится", "учиться"),          # after a modal word: the infinitive
    ("Ребёнку нужно не боится врачей.", "боится", "бояться"),   # the swap is no word: the dictionary's lemma
    ("Он будет заниматся спортом.", "заниматся", "заниматься"),  # a misspelt form, the infinitive known
    ("Она учиться в школе.", "учиться", "учится"),              # after она: the 3rd person
    ("Он научиться плавать.", "научиться", "научится"),         # perfective: its future
    ("Это длиться месяц.", "длиться", "длится"),
])
def test_the_verb_is_flagged_with_the_dictionarys_form(engine, text, word, suggestion):
    (finding,) = engine.check(text).findings
    assert text[finding.start:finding.end] == word
    assert finding.suggestions == [suggestion]
    assert f"«{suggestion}»" in finding.message


@pytest.mark.parametrize("text", [
    "Она заниматься спортом не любит.",      # the infinitive's governor comes later in the clause
    "Хочет ли она учиться?",                 # ... or earlier
    "Жить — это учиться.",                   # a copula after a dash
    "Он, кажется, учится хорошо.",
    "Надо, кажется, подождать.",
    "Они боятся, а он боится.",              # plural and singular are both right
    "Он бояться не должен.",                 # a short adjective governs it
    "Врач сказал, что надо лечиться, и она лечится.",
])
def test_right_sentences_are_left_alone(engine, text):
    assert engine.check(text).findings == []


def test_a_clause_word_ends_the_search_for_another_governor(engine):
    # "плету" governs nothing beyond "и": "это нравиться" is wrong on its own
    (finding,) = engine.check("Я плету интриги и мне это нравиться.").findings
    assert finding.suggestions == ["нравится"]


def test_without_pymorphy3_the_rule_is_dropped_with_a_message_naming_it(monkeypatch):
    import sys

    from factlint.config import load_settings
    from factlint.packs import load_rules
    from factlint.packs import kinds

    kinds.russian_morphology.cache_clear()
    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    try:
        ruleset = load_rules(load_settings({"language": "ru", "extends": ["default"]}, discover=False))
    finally:
        kinds.russian_morphology.cache_clear()
    assert "grammar/tsya-tsya" not in ruleset.rules and "grammar/hyphen" in ruleset.rules
    (error,) = ruleset.errors
    assert "tsya-tsya.yml" in error and "pymorphy3" in error


def test_an_unknown_key_names_the_file_and_the_key(tmp_path):
    from factlint.errors import PackError
    from factlint.packs.kinds import Context
    from factlint.packs.loader import build_rule

    data = {"kind": "verb-form", "infinitive_after": ["надо"], "finite_after": ["он"], "infinitive_ending": "ться",
            "finite_ending": "тся", "governors": ["x"], "message": "m", "severity": "warning",
            "examples": {"bad": ["Надо учится."], "good": ["Надо учиться."]}}
    path = tmp_path / "grammar" / "x.yml"
    with pytest.raises(PackError, match=r"x\.yml: key `governors`: unknown key"):
        build_rule("grammar/x", data, path, "p", Context(rule_file=path, lexicon_dir=tmp_path))
