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
