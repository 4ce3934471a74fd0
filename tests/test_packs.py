"""Pack loading: validation errors name file and key; overrides and extends work."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from factlint.config import load_settings
from factlint.errors import PackError
from factlint.packs import load_rules
from factlint.packs.loader import builtin_root


def make_pack(root: Path, name: str, rules: dict[str, str], meta: str = "") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "pack.yml").write_text(f"name: {name}\n{meta}", encoding="utf-8")
    for rule_id, body in rules.items():
        path = folder / f"{rule_id}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body), encoding="utf-8")
    return folder


GOOD = """\
kind: existence
tokens: [foo]
message: "no {match}"
severity: warning
examples: {bad: ["a foo"], good: ["a bar"]}
"""


def load(folder: Path, **extra):
    return load_rules(load_settings({"extends": [str(folder)], **extra}, discover=False))


def test_invalid_regex_is_named_and_other_rules_still_load(tmp_path):
    folder = make_pack(tmp_path, "p", {
        "style/ok": GOOD,
        "style/bad-regex": GOOD.replace("kind: existence\ntokens: [foo]", "kind: pattern\npattern: '(unclosed'"),
    })
    ruleset = load(folder)
    assert "style/ok" in ruleset.rules and "style/bad-regex" not in ruleset.rules
    (error,) = ruleset.errors
    assert "bad-regex.yml" in error and "`pattern`" in error


def test_missing_lexicon_is_named(tmp_path):
    folder = make_pack(tmp_path, "p", {"style/lex": GOOD.replace("tokens: [foo]", "lexicon: ./nope.txt")})
    (error,) = load(folder).errors
    assert "lex.yml" in error and "`lexicon`" in error and "nope.txt" in error


@pytest.mark.parametrize("body, key", [
    (GOOD + "colour: red\n", "colour"),
    (GOOD.replace("severity: warning", "severity: fatal"), "severity"),
    (GOOD.replace("kind: existence", "kind: magic"), "kind"),
    (GOOD.replace("kind: existence\n", ""), "kind"),
])
def test_bad_keys_are_named(tmp_path, body, key):
    folder = make_pack(tmp_path, "p", {"style/r": body})
    (error,) = load(folder).errors
    assert "r.yml" in error and key in error


def test_rule_folder_must_be_a_category(tmp_path):
    folder = make_pack(tmp_path, "p", {"tone/r": GOOD})
    (error,) = load(folder).errors
    assert "not a category" in error


def test_extends_overrides_and_cycles(tmp_path):
    make_pack(tmp_path, "base", {"style/foo": GOOD})
    child = make_pack(tmp_path, "child", {}, meta="extends: [../base]\nrules:\n  style/foo: {severity: error}\n")
    ruleset = load(child)
    assert ruleset.packs == ["base", "child"]
    assert ruleset.rules["style/foo"].severity == "error"

    a = make_pack(tmp_path, "a", {}, meta="extends: [../b]\n")
    make_pack(tmp_path, "b", {}, meta="extends: [../a]\n")
    with pytest.raises(PackError, match="cycle"):
        load(a)


def test_config_override_params_and_team_lexicon(tmp_path):
    (tmp_path / "team.txt").write_text("# ours\nyolo\n", encoding="utf-8")
    settings = load_settings({
        "lexicons": {"slang": [str(tmp_path / "team.txt")]},
        "rules": {"style/long-sentence": {"params": {"max": 3}}, "style/filler": {"enabled": False}},
    }, discover=False)
    ruleset = load_rules(settings)
    assert ruleset.rules["style/long-sentence"].kind.max == 3
    assert not ruleset.rules["style/filler"].enabled
    slang = ruleset.rules["style/slang"].kind
    assert slang._pattern.search("yolo") and slang._pattern.search("gonna")


def test_unknown_rule_in_config_is_a_warning(tmp_path):
    ruleset = load_rules(load_settings({"rules": {"style/slangg": {"enabled": False}}}, discover=False))
    assert any("style/slangg" in w for w in ruleset.warnings)
    assert not ruleset.errors


def test_unknown_pack_is_an_error():
    with pytest.raises(PackError, match="not found"):
        load_rules(load_settings({"extends": ["nonesuch"]}, discover=False))


def test_packs_ship_inside_the_wheel(tmp_path):
    """The wheel carries rules/ as factlint/_rules, where the loader looks first."""
    import zipfile

    from hatchling.builders.wheel import WheelBuilder

    root = builtin_root().parent
    if not (root / "pyproject.toml").exists():
        pytest.skip("running from an installed wheel: the loader already found " + str(builtin_root()))
    wheel = next(iter(WheelBuilder(str(root)).build(directory=str(tmp_path), versions=["standard"])))
    names = zipfile.ZipFile(wheel).namelist()
    assert "factlint/_rules/en/default/pack.yml" in names
    assert "factlint/_rules/en/lexicons/slang.txt" in names
    # and the JSON Schemas that `factlint schema` prints
    from factlint.schemas import NAMES

    assert {f"factlint/schemas/{n}.schema.json" for n in NAMES} <= set(names)


# -- hardening (issue 11): a rule file cannot switch checks off, hang, or read outside ---------


def _check(folder: Path, text: str, **extra):
    from factlint.engine import Engine

    engine = Engine(load_settings({"extends": [str(folder)], "grammar": {"enabled": False}, **extra}, discover=False))
    return engine, engine.check(text)


@pytest.mark.parametrize("message", ["Avoid {0}: '{match}'", "Avoid {}", "Avoid {match.__class__}", "Avoid {match[0]}", "Avoid {match", "Avoid {match:>999999999}"])
def test_a_message_with_a_field_no_hit_can_fill_is_an_error_at_load(tmp_path, message):
    folder = make_pack(tmp_path, "p", {
        "style/ok": GOOD.replace("[foo]", "[gonna]").replace("a foo", "gonna"),
        "style/bad-message": GOOD.replace('"no {match}"', repr(message).replace("'", '"') if "'" not in message else '"' + message + '"'),
    })
    engine, report = _check(folder, "It is gonna rain, foo.")
    (error,) = engine.ruleset.errors
    assert "bad-message.yml" in error and "`message`" in error
    assert [f.rule for f in report.findings] == ["style/ok"]  # the other rules still run


def test_a_message_override_from_config_is_checked_too(tmp_path):
    folder = make_pack(tmp_path, "p", {"style/ok": GOOD})
    ruleset = load(folder, rules={"style/ok": {"message": "Avoid {0}"}})
    (error,) = ruleset.errors
    assert "style/ok" in error and "message" in error


def test_a_rule_that_raises_costs_only_itself_and_is_said(tmp_path, monkeypatch, caplog):
    folder = make_pack(tmp_path, "p", {"style/ok": GOOD, "style/other": GOOD.replace("[foo]", "[bar]")})
    from factlint.engine import Engine
    from factlint.packs.kinds import Existence

    engine = Engine(load_settings({"extends": [str(folder)], "grammar": {"enabled": False}}, discover=False))
    real = Existence.find

    def broken(self, doc):
        if self.tokens == ["bar"]:
            raise RuntimeError("boom")
        return real(self, doc)

    monkeypatch.setattr(Existence, "find", broken)
    report = engine.check("A foo and a bar.")
    assert [f.rule for f in report.findings] == ["style/ok"]
    assert report.metrics["rule_failures"] == ["style/other"]
    assert any("style/other" in r.getMessage() and "boom" in r.getMessage() for r in caplog.records)


def test_pattern_and_sentence_occurrence_stop_at_half_a_second_in_all(tmp_path):
    import time

    slow = "(a|aa)+b"
    folder = make_pack(tmp_path, "p", {
        "style/slow-pattern": GOOD.replace("kind: existence\ntokens: [foo]", f"kind: pattern\npattern: '{slow}'"),
        "style/slow-count": GOOD.replace("kind: existence\ntokens: [foo]", f"kind: occurrence\nscope: sentence\nmax: 0\ntoken: '{slow}'"),
    })
    text = " ".join(["a" * 40 + "."] * 30)  # thirty sentences, each slow for the regex
    engine, _ = _check(folder, "warm up.")
    for rule_id in ("style/slow-pattern", "style/slow-count"):
        rule = engine.ruleset.rules[rule_id]
        from factlint.document import build_documents
        from factlint.model import Answer

        (doc,) = build_documents([Answer(id="x", text=text)], engine.resources.nlp)
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            rule.findings(doc)
        assert time.monotonic() - started < 0.8, rule_id  # wall clock, however busy the machine


def test_lexicon_paths_stay_in_the_pack_and_must_be_regular_small_files(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("hunter2\n")
    folder = make_pack(tmp_path, "p", {
        "style/up": GOOD.replace("tokens: [foo]", "lexicon: ../../secret.txt"),
        "style/abs": GOOD.replace("tokens: [foo]", f"lexicon: {outside}"),
        "style/folder": GOOD.replace("tokens: [foo]", "lexicon: ./adir/"),
        "style/zero": GOOD.replace("tokens: [foo]", "lexicon: /dev/zero"),
        "style/mine": GOOD.replace("tokens: [foo]", "lexicon: ./words.txt"),
    })
    (folder / "style" / "words.txt").write_text("foo\n")
    (folder / "style" / "adir").mkdir()
    (folder / "style" / "link.txt").symlink_to(outside)
    (folder / "style" / "linked.yml").write_text(GOOD.replace("tokens: [foo]", "lexicon: ./link.txt"))
    ruleset = load(folder)
    assert sorted(ruleset.rules) == ["style/mine"]
    errors = "\n".join(ruleset.errors)
    for name in ("up", "abs", "folder", "zero", "linked"):
        assert f"{name}.yml: key `lexicon`" in errors, name
    assert "outside the pack" in errors and "not a regular file" in errors
    # A team's own lexicon files come from the config, which may name any path.
    settings = load_settings({"extends": [str(folder)], "lexicons": {"slang": [str(outside)]}}, discover=False)
    assert not any("slang" in e for e in load_rules(settings).errors)


def test_a_vocabulary_that_is_a_folder_or_a_device_is_a_config_error(tmp_path):
    from factlint.errors import ConfigError
    from factlint.grammar.names import Vocabulary

    for path in (tmp_path, Path("/dev/zero")):
        with pytest.raises(ConfigError, match="vocabulary.*not a regular file"):
            Vocabulary.load([path])


def test_examples_must_be_texts_and_an_alias_bomb_is_refused(tmp_path):
    bomb = "\n".join(
        ["kind: existence", "tokens: [foo]", 'message: "no {match}"', "severity: warning", "a0: &a0 [foo, foo, foo, foo, foo, foo, foo, foo, foo]"]
        + [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 9)]
        + ["examples: {bad: *a8, good: [a bar]}"]
    )
    folder = make_pack(tmp_path, "p", {
        "style/ok": GOOD,
        "style/nested": GOOD.replace('bad: ["a foo"]', "bad: [[1, 2]]"),
        "style/bomb": bomb,
    })
    ruleset = load(folder)
    assert sorted(ruleset.rules) == ["style/ok"]
    errors = "\n".join(ruleset.errors)
    assert "nested.yml: key `examples.bad.0`" in errors
    assert "bomb.yml" in errors and "alias" in errors


def test_zero_width_and_fullwidth_letters_do_not_hide_a_word(engine):
    for text, rule, word in [
        ("It is gon\u200dna rain.", "style/slang", "gon\u200dna"),
        ("It is \uff47\uff4f\uff4e\uff4e\uff41 rain.", "style/slang", "\uff47\uff4f\uff4e\uff4e\uff41"),
        ("Eat the\u200b the beans.", "style/repeated-word", "the\u200b the"),
        ("Eat \uff54\uff48\uff45 the beans.", "style/repeated-word", "\uff54\uff48\uff45 the"),
    ]:
        report = engine.check(text)
        found = [f for f in report.findings if f.rule == rule]
        assert found, (text, [f.rule for f in report.findings])
        assert text[found[0].start:found[0].end] == word  # offsets point into the original text
