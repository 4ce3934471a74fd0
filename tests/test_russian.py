"""Russian answers (issue 14): language by script, skipped checks said once, ru packs."""

from __future__ import annotations

import pytest

from factlint.language import detect
from factlint.model import Answer


@pytest.mark.parametrize(("text", "default", "expected"), [
    ("Эффективное лечение назначает врач.", "en", "ru"),
    ("Установите пакет командой pip.", "en", "ru"),      # mostly Cyrillic letters
    ("Iron carries oxygen.", "ru", "en"),
    ("Iron carries oxygen.", "en-GB", "en-GB"),          # the configured Latin language kept
    ("Залізо переносить кисень.", "uk", "uk"),           # a configured Cyrillic language kept
    ("42 + 7", "ru", "ru"),                              # no letters: the configured language
    ("Python и pip", "en", "en"),                        # no 60% majority: configured
])
def test_detect_by_script(text, default, expected):
    assert detect(text, default) == expected


def _light(**config):
    from factlint.engine import Engine

    off = {name: {"enabled": False} for name in ("grammar", "facts", "relevance", "duplicates")}
    return Engine.from_config({**off, **config})


def test_a_russian_answer_under_english_settings_says_what_did_not_run():
    engine = _light()
    reports = engine.check_batch([Answer(id="a", text="Это эфективное лечение."),
                                  Answer(id="b", text="Это тоже лечение."),
                                  Answer(id="c", text="Iron is gonna help.")])
    assert [r.metrics["language"] for r in reports] == ["ru", "ru", "en"]
    assert "packs" in reports[0].skipped and "packs" in reports[1].skipped
    assert "packs" not in reports[2].skipped
    said = [n for n in engine.notices if n.startswith("packs:")]
    assert len(said) == 1 and "'ru'" in said[0]


def test_an_answer_field_and_detect_language_false_win_over_the_script():
    engine = _light(detect_language=False)
    assert engine.check("Это лечение.").metrics["language"] == "en"
    engine = _light()
    report = engine.check(Answer(id="x", text="Это лечение.", meta={"language": "en"}))
    assert report.metrics["language"] == "en"
