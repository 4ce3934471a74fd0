"""The grammar check with Harper, for real (it is offline): mapping, offsets, names,
vocabulary, dialects, presets and the engine around it."""

from __future__ import annotations

import logging

import pytest

from factlint import Answer, Engine
from factlint.checks.grammar import GrammarCheck, GrammarConfig
from factlint.config import load_settings
from factlint.document import build_documents
from factlint.errors import ConfigError
from factlint.resources import Resources


@pytest.fixture(scope="module")
def settings():
    return load_settings({}, discover=False)


@pytest.fixture(scope="module")
def default_check(settings):
    return GrammarCheck(GrammarConfig(), Resources(settings), settings)


def run(check, nlp, *texts, language=None):
    answers = [Answer(id=str(i), text=t, meta={"language": language} if language else {}) for i, t in enumerate(texts)]
    return check.run(build_documents(answers, nlp))


def spans(text, findings):
    return [(f.rule, text[f.start:f.end]) for f in findings]


def test_maps_harper_lints_onto_factlint_rules(default_check, nlp):
    text = "We has a error in teh text. The the end is near."
    (found,) = run(default_check, nlp, text)
    assert ("grammar/agreement", "has") in spans(text, found)
    assert ("grammar/article", "a") in spans(text, found)
    assert ("spelling/typo", "teh") in spans(text, found)
    assert ("grammar/repeated-word", "The the") in spans(text, found)
    by_rule = {f.rule: f for f in found}
    assert by_rule["grammar/agreement"].category == "grammar" and by_rule["grammar/agreement"].severity == "error"
    assert by_rule["spelling/typo"].category == "spelling" and by_rule["spelling/typo"].suggestions[0] == "the"
    assert by_rule["grammar/article"].suggestions == ["an"]
    assert all(f.engine.startswith("harper-py ") for f in found)
    assert {f.category for f in found} <= {"grammar", "spelling"}


def test_parts_of_a_compound_the_dictionary_knows_whole_are_not_misspelt(default_check, nlp):
    from factlint.checks.grammar import _in_known_compound
    from factlint.grammar.hunspell import known_compound

    assert known_compound("cul-de-sac") and known_compound("cul-de-sacs") and not known_compound("cul-de-zog")
    text = "They met for a tête-à-tête in a cul-de-zog."
    assert _in_known_compound(text, text.index("tête"), text.index("tête") + 4)
    assert not _in_known_compound(text, text.index("zog"), text.index("zog") + 3)
    found = run(default_check, nlp, "They live in a cul-de-sac.", text)
    assert found[0] == []
    assert [w for r, w in spans(text, found[1]) if r.startswith("spelling")] == ["zog"]


def test_a_word_the_second_dictionary_knows_whole_is_not_split(default_check, nlp):
    text = "They broke the fast with iftar at sunset, but inmany homes it was late."
    (found,) = run(default_check, nlp, text)
    assert [w for r, w in spans(text, found) if r.startswith("spelling")] == ["inmany"]


def test_a_second_dictionary_knows_words_harper_lacks(default_check, nlp):
    text = "A dose of oxytocin helps. An unspoilt beach. We recieve it."
    (found,) = run(default_check, nlp, text)
    assert [w for r, w in spans(text, found) if r.startswith("spelling")] == ["recieve"]


def test_science_combining_forms_and_plurals_in_ings_are_words(default_check, nlp):
    # Issue 15, ninth round: Climate-FEVER's "forcings" (ten sentences), "paleoclimatologists"
    text = ("External forcings and reef bleachings matter. Paleoclimatologists study subpoles "
            "and nitrogen trifluoride. We recieve it untill noon.")
    (found,) = run(default_check, nlp, text)
    assert [w for r, w in spans(text, found) if r.startswith("spelling")] == ["recieve", "untill"]


def test_clean_professional_prose_has_no_findings(default_check, nlp):
    text = (
        "The committee approved the budget on Tuesday. Its members, including the chair, "
        "agreed that spending on health care should rise by 4% next year, according to a "
        "statement published after the meeting."
    )
    assert run(default_check, nlp, text) == [[]]


def test_harper_misreadings_of_edited_prose_are_dropped_and_its_catches_kept(default_check, nlp):
    clean = [
        "It has been an honour to lead the club.",  # a silent h in British spelling
        "We have heard the settled will of the Scottish people.",  # the noun "will"
        "She last deactivated her account in 2015.",  # an adverb before the verb
        "The difference between Goodfellow and us was the system.",  # a compound subject
        "The textbooks are now out of date.",  # a predicate, no hyphens
        "It is a holistic approach to health and wellbeing.",
        "The car takes over all the tasks of driving.",
        "Apps are changing how people get around.",
    ]
    assert run(default_check, nlp, *clean) == [[] for _ in clean]
    errors = ["It was an hotel.", "He could of done it.", "She have a car.", "He are late."]
    found = run(default_check, nlp, *errors)
    assert all(found), [spans(t, f) for t, f in zip(errors, found)]


def test_abbreviations_participles_after_to_and_damages_are_no_slips_and_the_learner_forms_are(default_check, nlp):
    # Issue 15, ninth round: Harper misreadings found on Climate-FEVER and HaluEval sentences
    clean = [
        "Canadian North Inc. is an airline headquartered in Calgary.",  # an abbreviation's full stop
        "It was recorded by Grover Washington Jr. and Bill Withers.",
        "Troops from the U.S. and Britain arrived.",
        "Bleaching is due to elevated ocean temperatures.",  # "to" a preposition, a participle
        "Higher levels lead to reduced plant uptake of nitrogen.",
        "The storm cost $125 billion in damages, and climate damages will rise.",  # edited English
    ]
    assert run(default_check, nlp, *clean) == [[] for _ in clean]
    errors = ["I want to improved my English.", "The storm caused many damages to the houses.",
              "I like it. then I left."]
    found = run(default_check, nlp, *errors)
    assert all(found), [spans(t, f) for t, f in zip(errors, found)]


def test_lost_formatting_and_n_joins_are_no_slips_and_the_same_slips_elsewhere_are(default_check, nlp):
    lost = [
        "Her first album was titled simply David Bowie .",  # a title's italics, and its space
        "An artwork he called the Solspeil , or Sun mirror, came to him.",
        "she asked.",  # a quotation's attribution, cut from it by the splitter
        "said Alan Strickland, a councillor.",
        "grins Ingrid Sparbo, lifting her face to the light.",
        "according to the charity.",
        "she sighed.",
        "If my ri \ufb02 e killed people, am I responsible?",  # a word a PDF split at a ligature
        "He loved rock’n’ roll and fish'n'chips.",  # 'n' for "and"
        "Nobody fears an invasion of 'rat multiborgs'.",  # a term the writer introduces
        "Cold phases called glacials lasted long.",
        "Germany started DST (German: Sommerzeit) in 1916.",  # a gloss in another language
        "They share the tronc (a payment arrangement) fairly.",
    ]
    assert run(default_check, nlp, *lost) == [[] for _ in lost]
    slips = ["We liked the film very much .", "I like it , said Tom.", "she is late again.", "the car is red.",
             "Ths word is wrong.", "Fishn chips are rong.", "He said 'I recieve it every day from him'.",
             "Said in German: I recieve it."]
    found = run(default_check, nlp, *slips)
    assert [[f.rule for f in fs] for fs in found] == [
        ["grammar/punctuation"], ["grammar/punctuation"], ["grammar/capitalization"],
        ["grammar/capitalization"], ["spelling/unknown-word"], ["spelling/unknown-word", "spelling/unknown-word"],
        ["spelling/unknown-word"], ["spelling/unknown-word"]]


def test_offsets_are_code_points_after_emoji_and_accents(default_check, nlp):
    text = "Café 😀 naïve 👩‍👩‍👧 déjà vu: we has a error here. 😀😀 Ths is bad."
    (found,) = run(default_check, nlp, text)
    got = spans(text, found)
    assert ("grammar/agreement", "has") in got
    assert ("grammar/article", "a") in got
    assert ("spelling/unknown-word", "Ths") in got


def test_names_brands_and_acronyms_are_not_misspellings(default_check, nlp):
    text = (
        "Yesterday we met Zeina Qorvath at the Blorbix office. The ICANN board and gTLDs came "
        "up, and so did the iPhone, GPT4o and the .patagonia domain. Qorvath said the "
        "Blorbix team ships on Fridays."
    )
    (found,) = run(default_check, nlp, text)
    assert [f for f in found if f.category == "spelling"] == []


def test_a_misspelt_word_at_a_sentence_start_is_still_flagged(default_check, nlp):
    text = "Althogh some people agree, the plan is simple. Recieve the parcel."
    (found,) = run(default_check, nlp, text)
    flagged = {text[f.start:f.end] for f in found if f.rule == "spelling/unknown-word"}
    assert flagged == {"Althogh", "Recieve"}


def test_lowercase_misspellings_are_flagged_with_suggestions(default_check, nlp):
    text = "The goverment will recieve the report tomorow."
    (found,) = run(default_check, nlp, text)
    unknown = {text[f.start:f.end]: f for f in found if f.rule == "spelling/unknown-word"}
    assert set(unknown) == {"goverment", "recieve", "tomorow"}
    assert "receive" in unknown["recieve"].suggestions
    assert unknown["recieve"].severity == "warning"


def test_dialect_any_accepts_british_spelling_but_american_does_not(settings, nlp):
    text = "The colour of the theatre programme was grey."
    any_dialect = GrammarCheck(GrammarConfig(), Resources(settings), settings)
    assert run(any_dialect, nlp, text) == [[]]
    american = GrammarCheck(GrammarConfig(dialect="american"), Resources(settings), settings)
    (found,) = run(american, nlp, text)
    assert {text[f.start:f.end] for f in found if f.category == "spelling"} >= {"colour", "programme"}
    assert american.engine_name().endswith("(dialect american)")


def test_language_region_picks_the_dialect(nlp):
    settings = load_settings({"language": "en-US"}, discover=False)
    check = GrammarCheck(GrammarConfig(), Resources(settings), settings)
    (found,) = run(check, nlp, "The colour is nice.")
    assert [f.rule for f in found] == ["spelling/unknown-word"]


def test_vocabulary_file_silences_spelling_for_every_case(tmp_path, nlp):
    (tmp_path / "words.txt").write_text("# product words\nflarbnik\nZorpCo  # a brand\n", encoding="utf-8")
    settings = load_settings({"vocabulary": ["words.txt"]}, discover=False).model_copy(update={"root": str(tmp_path)})
    check = GrammarCheck(GrammarConfig(), Resources(settings), settings)
    text = "Flarbnik is our tool. We run flarbnik daily and zorpco never. Recieve it."
    (found,) = run(check, nlp, text)
    assert {text[f.start:f.end] for f in found if f.category == "spelling"} == {"zorpco", "Recieve"}


def test_missing_vocabulary_file_is_a_config_error(tmp_path, nlp):
    settings = load_settings({"vocabulary": ["nope.txt"]}, discover=False).model_copy(update={"root": str(tmp_path)})
    with pytest.raises(ConfigError, match="nope.txt"):
        GrammarCheck(GrammarConfig(), Resources(settings), settings)


def test_strict_preset_turns_on_style_rules_as_info(settings, nlp):
    text = "We bought apples, pears and plums."
    default = GrammarCheck(GrammarConfig(), Resources(settings), settings)
    strict = GrammarCheck(GrammarConfig(preset="strict"), Resources(settings), settings)
    assert run(default, nlp, text) == [[]]
    (found,) = run(strict, nlp, text)
    assert [(f.rule, f.severity) for f in found] == [("grammar/style", "info")]


def test_engine_rules_can_be_enabled_and_disabled(settings, nlp, caplog):
    text = "We bought apples, pears and plums. We has a plan."
    config = GrammarConfig(enable_rules=["OxfordComma"], disable_rules=["PronounVerbAgreement", "NoSuchHarperRule"])
    with caplog.at_level(logging.WARNING, logger="factlint"):
        check = GrammarCheck(config, Resources(settings), settings)
        (found,) = run(check, nlp, text)
    assert [f.rule for f in found] == ["grammar/style"]
    assert "NoSuchHarperRule" in caplog.text  # a stale rule id warns, it does not fail


def test_engine_categories_can_be_disabled(settings, nlp):
    check = GrammarCheck(GrammarConfig(disable_categories=["Agreement"]), Resources(settings), settings)
    assert [f.rule for f in run(check, nlp, "We has a plan.")[0]] == []


def test_code_and_urls_are_not_checked(default_check, nlp):
    text = "Run `recieve_teh --fast` first.\n\n```\nteh recieve goverment\n```\n\nSee https://exmaple.com/teh for more."
    assert run(default_check, nlp, text) == [[]]


def test_batch_results_keep_document_order(default_check, nlp):
    found = run(default_check, nlp, "All good here.", "We has a plan.", "Fine too.")
    assert [[f.rule for f in fs] for fs in found] == [[], ["grammar/agreement"], []]


def test_non_english_answers_are_not_checked_by_harper(default_check):
    assert default_check.supports("en") and default_check.supports("en-GB")
    assert not default_check.supports("de")
    # Russian answers get Hunspell spelling instead (factlint/grammar/hunspell.py)
    assert default_check.supports("ru")


def test_engine_reports_harper_and_its_findings():
    engine = Engine.from_config({"extends": []})
    report = engine.check("We has a error in teh text.")
    assert report.engines["grammar"].startswith("harper-py ")
    assert {f.rule for f in report.findings} >= {"grammar/agreement", "grammar/article", "spelling/typo"}
    assert "grammar" not in report.skipped


def test_unknown_backend_is_a_config_error_naming_the_key():
    with pytest.raises(ConfigError, match=r"grammar\.backend"):
        load_settings({"grammar": {"backend": "grammarly"}}, discover=False)


def test_unknown_grammar_key_is_a_config_error():
    with pytest.raises(ConfigError, match=r"grammar\.languagetool\.urll"):
        load_settings({"grammar": {"languagetool": {"urll": "x"}}}, discover=False)


def test_run_together_words_closed_compounds_and_misspellings(default_check, nlp):
    text = "We worked inmany places. The thinktank met on birthweight. The postion was open."
    (found,) = run(default_check, nlp, text)
    got = {text[f.start:f.end]: f for f in found}
    assert set(got) == {"inmany", "postion"}
    assert got["inmany"].rule == "spelling/word-boundary" and got["inmany"].suggestions[0] == "in many"
    assert got["postion"].rule == "spelling/unknown-word" and "position" in got["postion"].suggestions


def test_combining_forms_of_known_words_are_accepted(default_check, nlp):
    text = "Ethics of neurotechnologies and supersmart rats."
    assert run(default_check, nlp, text) == [[]]


# -- batching: a batch's texts are linted as paragraphs of one Harper document ------------

BATCH = [
    "We has a error in teh text.",
    "",
    "The the end is near",
    "is it right ?",  # Harper calls this out only when it is not a whole document by itself
    "She lives in Washington, D.C.",
    "Send it to me at the office. its here.",
]


def test_a_texts_findings_do_not_depend_on_its_neighbours(default_check, nlp):
    together = run(default_check, nlp, *BATCH)
    alone = [run(default_check, nlp, text)[0] for text in BATCH]
    assert together == alone
    assert ("spelling/typo", "teh") in spans(BATCH[0], together[0])
    assert ("grammar/repeated-word", "The the") in spans(BATCH[2], together[2])
    assert ("grammar/capitalization", "is") in spans(BATCH[3], together[3])
    assert together[4] == []  # "D.C." as the very last word is not called misspelt


def test_markup_that_a_blank_line_does_not_close_is_linted_alone(default_check, nlp):
    from factlint.grammar.harper import HarperBackend

    texts = ["Open a fence:\n```\ncode", "We has a error in teh text.", "A <pre> block", "Its fine."]
    backend = default_check.backend()
    assert isinstance(backend, HarperBackend)
    assert backend._chunks(texts) == [[0], [2], [1, 3]]
    found = run(default_check, nlp, *texts)
    assert ("spelling/typo", "teh") in spans(texts[1], found[1])


def test_long_batches_are_split_into_documents_of_bounded_size(default_check, monkeypatch):
    from factlint.grammar import harper

    monkeypatch.setattr(harper, "CHUNK_CHARS", 100)
    texts = ["x" * 40] * 5
    chunks = default_check.backend()._chunks(texts)
    assert [i for chunk in chunks for i in chunk] == [0, 1, 2, 3, 4]
    assert all(sum(len(texts[i]) for i in chunk) <= 100 for chunk in chunks) and len(chunks) > 1


# -- names are blanked out before Harper's spell checker runs --------------------------------


def test_names_are_not_spell_checked_but_the_words_around_them_are(default_check, nlp):
    backend = default_check.backend()
    asked = []
    original = backend.speller.organized_lints

    class Spy:  # Harper's Linter is a native class: record what the speller is given
        def organized_lints(self, text, **kwargs):
            asked.append(text)
            return original(text, **kwargs)

    text = "So It will be good situstion. We met Zanjeer Oberoi in Delhi."
    backend.speller, spy = Spy(), backend.speller
    try:
        (found,) = run(default_check, nlp, text)
    finally:
        backend.speller = spy
    assert ("spelling/unknown-word", "situstion") in spans(text, found)
    assert not any(f.category == "spelling" and text[f.start:f.end] in ("Zanjeer", "Oberoi") for f in found)
    seen = asked[0][: len(text)]
    assert len(seen) == len(text) and "Zanjeer" not in seen and "Oberoi" not in seen and "situstion" in seen
    assert "    " not in seen  # blanked with no-break spaces: four spaces would start a code block


def test_name_spans_are_the_words_the_guard_accepts():
    from factlint.grammar.names import NameGuard

    text = "We met Zanjeer Oberoi at NASA. Delhi is big."
    guard = NameGuard(text, [(0, 30), (31, len(text))])
    spans_ = guard.name_spans()
    assert {"Zanjeer", "Oberoi", "NASA"} <= {text[s:e] for s, e in spans_}
    # A capitalised word that only starts a sentence is no name: it is still spell-checked.
    assert not {"Delhi", "is", "big"} & {text[s:e] for s, e in spans_}
    assert all(guard.is_name(s, e) for s, e in spans_)


def test_the_learner_errors_an_answer_held_are_each_found_once():
    """Issue 15's answer: seven learner errors, two of which were found. Each is now found,
    once (a pack rule and Harper on one place merge), and the corrected answer is clean."""
    bad = ["The houses were build in 1900.", "Its the best museum in town.", "The castle still stand on the hill.",
           "I think it have been a good trip.", "We went there many time.", "Alot of people came.",
           "The tourists visits the old town."]
    good = ["The houses were built in 1900.", "It's the best museum in town.", "The castle still stands on the hill.",
            "It has been a good trip.", "We went there many times.", "A lot of people came.",
            "The tourists visit the old town."]
    engine = Engine.from_config({})
    reports = engine.check_batch([Answer(id=str(i), text=t) for i, t in enumerate(bad + good)])
    grammar = [[f for f in r.findings if f.category in ("grammar", "spelling")] for r in reports]
    assert all(len(found) == 1 for found in grammar[: len(bad)]), grammar[: len(bad)]
    assert grammar[len(bad):] == [[]] * len(good)


def test_a_name_the_question_gives_is_a_name_at_the_start_of_the_answer(default_check, nlp):
    text = "Kerkorian, in 1969, opened the International Hotel."  # no evidence in the text
    alone = default_check.run(build_documents([Answer(id="a", text=text)], nlp))[0]
    assert ("spelling/unknown-word", "Kerkorian") in spans(text, alone)
    asked = Answer(id="b", text=text, question="Which hotel did the businessman Kirk Kerkorian build first?")
    assert [f for f in default_check.run(build_documents([asked], nlp))[0] if f.category == "spelling"] == []
    # The question's first word carries no such signal: a misspelling it shares stays one.
    typo = Answer(id="c", text="Recieve the parcel today.", question="Recieve means what?")
    assert any(f.category == "spelling" for f in default_check.run(build_documents([typo], nlp))[0])


def test_harper_s_debug_print_does_not_reach_stdout(default_check, nlp, capfd):
    # harper-py 0.2.0 prints "gerund_form: -hearing- -- verb: -hear-" to the process's
    # stdout for this sentence; `factlint check --format json` must still print JSON only.
    found = run(default_check, nlp, "I'm looking forward to hear from you.")
    assert found[0]  # a finding, so Harper did lint it
    out, _ = capfd.readouterr()
    assert "gerund_form" not in out and out == ""


def test_quiet_stdout_silences_fd_1_and_gives_it_back(capfd):
    import os

    from factlint.grammar.harper import quiet_stdout

    print("before", flush=True)
    with quiet_stdout():
        os.write(1, b"native noise\n")
    print("after", flush=True)
    out, _ = capfd.readouterr()
    assert out == "before\nafter\n"


def test_check_json_on_a_text_harper_prints_for_is_still_json(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "answer.txt"
    path.write_text("I'm looking forward to hear from you.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "factlint.cli", "check", "--format", "json", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report
