from __future__ import annotations

import pytest

from factlint.config import find_project_config, load_settings, merge
from factlint.errors import ConfigError


def test_merge_tables_key_by_key_and_replaces_the_rest():
    assert merge({"a": {"x": 1, "y": 2}, "l": [1]}, {"a": {"y": 3}, "l": [2]}) == {"a": {"x": 1, "y": 3}, "l": [2]}


def test_nearest_config_wins(isolated):
    (isolated / "factlint.toml").write_text('fail_on = "warning"\n')
    sub = isolated / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.factlint]\nfail_on = "info"\n')
    assert find_project_config(sub) == sub / "pyproject.toml"
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.factlint]: not ours
    assert find_project_config(sub) == isolated / "factlint.toml"


def test_discovered_file_then_flags(isolated):
    (isolated / ".factlint.toml").write_text('fail_on = "warning"\nignore = ["style/filler"]\n')
    settings = load_settings(overrides={"ignore": ["style"]})
    assert settings.fail_on == "warning"
    assert settings.ignore == ["style"]
    assert settings.root == str(isolated.resolve())


def test_unknown_key_names_file_and_key(isolated):
    path = isolated / "factlint.toml"
    path.write_text('[fields]\ntxt = "body"\n')
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(path) in str(err.value) and "`fields.txt`" in str(err.value) and "unknown key" in str(err.value)


def test_bad_value_names_key(isolated):
    (isolated / "factlint.toml").write_text('fail_on = "sometimes"\n')
    with pytest.raises(ConfigError, match="`fail_on`"):
        load_settings()


def test_invalid_toml_names_file(isolated):
    (isolated / "factlint.toml").write_text("fail_on = \n")
    with pytest.raises(ConfigError, match="factlint.toml: invalid TOML"):
        load_settings()


def test_select_accepts_commas():
    settings = load_settings({"select": ["style,fact", "policy"]}, discover=False)
    assert settings.select == ["style", "fact", "policy"]


@pytest.mark.parametrize("weights", [{"error": 5.0}, {"warning": -3.0}, {"info": float("nan")}, {"error": float("inf")}])
def test_routing_weights_are_probabilities(isolated, weights):
    """`weights = {error = 5.0, warning = -3.0}` used to give risk 257."""
    (isolated / "factlint.toml").write_text(
        "[routing]\nweights = {" + ", ".join(f"{k} = {v}" for k, v in weights.items()) + "}\n"
    )
    with pytest.raises(ConfigError, match=r"factlint.toml: key `routing.weights.\w+`"):
        load_settings()


@pytest.mark.parametrize("path", ["/dev/zero", "."])
def test_a_config_that_is_not_a_regular_file_is_an_error(isolated, path):
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(path)
