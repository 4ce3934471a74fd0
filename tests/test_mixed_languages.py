"""A batch that mixes languages: each answer runs its own language's packs and pipeline, the
report names the language, and a check that cannot read a language says so once."""

from __future__ import annotations

from factlint.model import Answer

RU = "Из за дождя он одел пальто. Это ул. Пушкина, д. 5, им. Пушкина. Надеюсь, это поможет!"
EN = "Iron is gonna help, tbh."


def _engine(**config):
    from factlint.engine import Engine

    off = {name: {"enabled": False} for name in ("grammar", "facts", "relevance", "duplicates")}
    return Engine.from_config({**off, **config})




def test_each_answer_runs_its_own_languages_packs_whatever_the_configured_language():
    for configured in ("en", "ru"):
        engine = _engine(language=configured)
        ru, en = engine.check_batch([Answer(id="ru", text=RU), Answer(id="en", text=EN)])
        assert (ru.metrics["language"], en.metrics["language"]) == ("ru", "en")
        assert [f.rule for f in ru.findings] == ["grammar/hyphen", "grammar/nadet", "style/ai-boilerplate"]
        assert [f.rule for f in en.findings] == ["style/slang", "style/slang"]
        assert not ru.skipped and not en.skipped
        assert not [n for n in engine.notices if n.startswith("packs:")]


def test_a_russian_answer_reads_the_same_in_a_mixed_batch_as_under_language_ru():
    alone = _engine(language="ru").check(RU)
    mixed = _engine().check_batch([Answer(id="en", text=EN), Answer(id="ru", text=RU)])[1]
    assert [(f.rule, f.start, f.end) for f in mixed.findings] == [(f.rule, f.start, f.end) for f in alone.findings]
    # Russian abbreviations (ул., д., им.) do not end a sentence: the Russian pipeline read it
    assert mixed.metrics["words_per_sentence"] == alone.metrics["words_per_sentence"]


def test_the_russian_pipeline_keeps_russian_abbreviations_inside_the_sentence():
    from factlint.document import build_documents
    from factlint.resources import Resources
    from factlint.config import load_settings

    resources = Resources(load_settings({}, discover=False))
    ru, en = build_documents([Answer(id="r", text=RU), Answer(id="e", text=EN)], resources.nlp, "en",
                             detect=True, nlp_for=resources.nlp_for)
    assert len(ru.sentences) == 3 and len(en.sentences) == 1
    assert len(build_documents([Answer(id="r", text=RU)], resources.nlp, "en", detect=True)[0].sentences) > 3


def test_a_language_without_packs_is_skipped_and_said_once():
    engine = _engine()
    reports = engine.check_batch([Answer(id="d1", text="Das ist sehr gut.", meta={"language": "de"}),
                                  Answer(id="d2", text="Das auch.", meta={"language": "de"}),
                                  Answer(id="en", text=EN)])
    assert "no built-in pack of 'de'" in reports[0].skipped["packs"] and "packs" in reports[1].skipped
    assert "packs" not in reports[2].skipped and reports[2].findings
    said = [n for n in engine.notices if n.startswith("packs:")]
    assert len(said) == 1 and "'de'" in said[0]


def test_project_overrides_reach_the_other_languages_rules_and_a_folder_pack_does_not(tmp_path):
    pack = tmp_path / "house"
    (pack / "style").mkdir(parents=True)
    (pack / "pack.yml").write_text("name: house\n", encoding="utf-8")
    (pack / "style" / "no-iron.yml").write_text(
        "kind: existence\ntokens: [iron, железо]\nmessage: 'No {match}.'\nseverity: info\n"
        "examples:\n  bad: [iron]\n  good: [copper]\n", encoding="utf-8")
    engine = _engine(extends=["default", str(pack)], rules={"style/slang": {"severity": "error"},
                                                                  "style/spoken-filler": {"enabled": False}})
    ru, en = engine.check_batch([Answer(id="ru", text="Щас железо поможет."), Answer(id="en", text="Iron is gonna help.")])
    assert [(f.rule, f.severity) for f in ru.findings] == [("style/slang", "error")]
    assert [(f.rule, f.severity) for f in en.findings] == [("style/no-iron", "info"), ("style/slang", "error")]
    # the English-only override of a rule ru has not is no warning about the Russian packs
    assert not [n for n in engine.notices if "no such rule" in n]


def test_russian_pack_errors_are_said_like_the_configured_ones(monkeypatch):
    from factlint.packs import loader

    real = loader.load_rules_for_language

    def broken(settings, language):
        ruleset = real(settings, language)
        ruleset.errors.append("rules/ru/default/style/x.yml: key `pattern`: broken")
        return ruleset

    monkeypatch.setattr(loader, "load_rules_for_language", broken)
    engine = _engine()
    engine.check_batch([Answer(id="ru", text="Щас расскажу.")])
    assert "rules/ru/default/style/x.yml: key `pattern`: broken" in engine.notices
