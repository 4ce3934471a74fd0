"""Readability: each formula against hand-computed figures, syllables, short and odd input."""

from __future__ import annotations

import json
import math

import pytest

from factlint.readability import measure
from factlint.readability.familiar_en import is_familiar
from factlint.readability.syllables_en import count_syllables, rule_syllables

KEYS = {
    "words", "sentences", "syllables", "syllables_per_word", "words_per_sentence",
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
    "coleman_liau_index", "automated_readability_index", "dale_chall_score", "grade_level",
    "readability_note",
}  # fmt: skip

# Three sentences, twice over: 30 words, 6 sentences. Per copy, by hand:
#   The cat sat on the mat          6 words, 6 syllables, 17 letters
#   We saw an enormous elephant yesterday
#                                   6 words, 12 syllables (enormous, elephant, yesterday: 3
#                                   each), 32 letters; 3 polysyllables; "enormous" is not on
#                                   the Dale-Chall list, "elephant" and "yesterday" are
#   Dogs run fast                   3 words, 3 syllables, 11 letters ("dogs": inflected "dog")
# Whole text: 30 words, 6 sentences, 42 syllables, 120 letters, 6 polysyllables (none a name
# or an -es/-ed/-ing form, so 6 complex words for Fog), 2 unfamiliar words.
SENTENCES = [
    ["The", "cat", "sat", "on", "the", "mat"],
    ["We", "saw", "an", "enormous", "elephant", "yesterday"],
    ["Dogs", "run", "fast"],
] * 2
W, S, SYL, LETTERS, POLY, COMPLEX, UNFAMILIAR = 30, 6, 42, 120, 6, 6, 2


@pytest.fixture(scope="module")
def figures():
    return measure(SENTENCES, "en")


def test_counts(figures):
    assert (figures["words"], figures["sentences"], figures["syllables"]) == (W, S, SYL)
    assert figures["words_per_sentence"] == 5.0
    assert figures["syllables_per_word"] == 1.4
    assert figures["readability_note"] is None


@pytest.mark.parametrize(
    "name, expected",
    [
        ("flesch_reading_ease", 206.835 - 1.015 * W / S - 84.6 * SYL / W),  # 83.32
        ("flesch_kincaid_grade", 0.39 * W / S + 11.8 * SYL / W - 15.59),  # 2.88
        ("gunning_fog", 0.4 * (W / S + 100 * COMPLEX / W)),  # 10.0
        ("smog_index", 1.0430 * math.sqrt(POLY * 30 / S) + 3.1291),  # 8.84
        ("coleman_liau_index", 0.0588 * 100 * LETTERS / W - 0.296 * 100 * S / W - 15.8),  # 1.80
        ("automated_readability_index", 4.71 * LETTERS / W + 0.5 * W / S - 21.43),  # -0.09
        # 6.67% unfamiliar words is over 5%, so the 3.6365 step applies.
        ("dale_chall_score", 0.1579 * 100 * UNFAMILIAR / W + 0.0496 * W / S + 3.6365),  # 4.94
    ],
)
def test_formula_by_hand(figures, name, expected):
    assert figures[name] == pytest.approx(expected, abs=0.006)


def test_hand_values_written_out(figures):
    # The same figures as literals, so a slip in the parametrised expressions shows too.
    assert figures["flesch_reading_ease"] == 83.32
    assert figures["flesch_kincaid_grade"] == 2.88
    assert figures["gunning_fog"] == 10.0
    assert figures["smog_index"] == 8.84
    assert figures["coleman_liau_index"] == 1.8
    assert figures["automated_readability_index"] == -0.09
    assert figures["dale_chall_score"] == 4.94


def test_grade_level_is_flesch_kincaid_floored_at_zero(figures):
    assert figures["grade_level"] == figures["flesch_kincaid_grade"]
    easy = measure([["I", "am", "a", "cat"], ["You", "are", "a", "dog"], ["We", "run"]] * 3)
    assert easy["flesch_kincaid_grade"] < 0
    assert easy["grade_level"] == 0.0


def test_output_is_flat_json_with_exactly_the_documented_keys(figures):
    assert set(figures) == KEYS
    assert json.loads(json.dumps(figures)) == figures


def test_names_inside_a_sentence_are_neither_complex_nor_unfamiliar():
    # "Alexander" (4 syllables) mid-sentence is a name; "Enormous" opening a sentence is not.
    base = [["We", "met", "Alexander", "today"], ["Enormous", "dogs", "run", "fast"]] * 3
    m = measure(base)
    assert m["words"] == 24
    complex_words = (m["gunning_fog"] / 0.4 - 24 / 6) * 24 / 100
    assert complex_words == pytest.approx(3, abs=0.01)  # only the three "Enormous"
    unfamiliar = (m["dale_chall_score"] - 0.0496 * 4 - 3.6365) / 0.1579 * 24 / 100
    assert unfamiliar == pytest.approx(3, abs=0.01)


def test_gunning_does_not_count_a_spoken_inflection_ending():
    # "created" is three syllables only thanks to -ed, "boxes" two thanks to -es.
    m = measure([["They", "created", "new", "boxes", "and", "painted", "them", "red"]] * 4)
    assert m["gunning_fog"] == pytest.approx(0.4 * 8, abs=0.006)  # no complex word


@pytest.mark.parametrize(
    "word, syllables",
    [
        ("the", 1),
        ("cat", 1),
        ("beautiful", 3),
        ("readability", 5),
        ("university", 5),
        ("don't", 1),
        ("don’t", 1),  # curly apostrophe
        ("Elephant", 3),  # case does not matter
        ("church's", 2),  # possessive after a hissing sound
        ("well-known", 2),
        ("iron-rich", 3),  # not in cmudict: its parts are
        ("HTML", 4),  # acronym spoken letter by letter
        ("LLMs", 3),
        ("ChatGPT", 4),
    ],
)
def test_syllables_of_known_words(word, syllables):
    assert count_syllables(word) == syllables


@pytest.mark.parametrize(
    "word, syllables",
    [
        ("table", 2),
        ("make", 1),
        ("wanted", 2),
        ("jumped", 1),
        ("boxes", 2),
        ("makes", 1),
        ("media", 3),
        ("yes", 1),
        ("hopeless", 2),
        ("tackled", 2),
    ],
)
def test_spelling_rules_for_words_missing_from_cmudict(word, syllables):
    assert rule_syllables(word) == syllables


def test_ligatures_count_as_the_letters_they_join():
    assert count_syllables("ﬁgures") == count_syllables("figures") == 2
    m = measure([["The", "ﬁgures", "are", "oﬃcial"]])
    assert (m["syllables"], m["words"]) == (1 + 2 + 1 + 3, 4)


def test_cmudict_found_in_its_text_or_its_table_gives_the_same_counts():
    from factlint.readability.syllables_en import _cmu_counts, _Cmu

    words = ["readability", "a", "zebra", "'bout", "aalborg", "sepultura", "stilted", "zzyzx", "nonesuchword"]
    found = [_Cmu.find(w) for w in words]
    table = _cmu_counts()
    assert found == [table.get(w) for w in words]
    assert found[:3] == [5, 1, 2] and found[-1] is None


def test_familiar_words_and_their_regular_inflections():
    assert is_familiar("house") and is_familiar("houses")
    assert is_familiar("stopped") and is_familiar("running") and is_familiar("babies")
    assert is_familiar("bigger") and is_familiar("Dog")
    assert not is_familiar("hypertension")
    assert not is_familiar("enormous")


def test_clitics_join_the_word_before_them():
    m = measure([["I", "do", "n't", "know", "what", "Anna", "'s", "cat", "wants"]])
    assert m["words"] == 7  # I, don't, know, what, Anna's, cat, wants
    assert m["syllables"] == 8  # "don't" one syllable, "Anna's" two


def test_a_handful_of_words_gives_counts_and_no_figures():
    m = measure([["Yes", "it", "is", "Canberra"]])
    assert (m["words"], m["sentences"]) == (4, 1)
    assert m["syllables"] == 6  # Can-ber-ra
    assert m["readability_note"] == "too short: 4 words"
    for name in KEYS - {"words", "sentences", "syllables", "syllables_per_word",
                        "words_per_sentence", "readability_note"}:  # fmt: skip
        assert m[name] is None, name


def test_smog_needs_thirty_words_in_three_sentences():
    two = [["The", "enormous", "elephant", "ate", "the", "bananas", "slowly"]] * 2
    m = measure(two)
    assert m["smog_index"] is None
    assert m["flesch_kincaid_grade"] is not None and m["grade_level"] is not None
    assert "smog_index" in m["readability_note"]
    assert "14 words, 2 sentences" in m["readability_note"]
    five = measure(two * 3)  # 42 words, 6 sentences
    assert five["smog_index"] is not None
    assert five["readability_note"] is None


@pytest.mark.parametrize("empty", [[], [[]], [[], []]])
def test_empty_input_gives_zeros_and_none(empty):
    m = measure(empty)
    assert set(m) == KEYS
    assert (m["words"], m["sentences"], m["syllables"]) == (0, 0, 0)
    assert m["grade_level"] is None and m["flesch_reading_ease"] is None
    assert m["readability_note"]


def test_unsupported_language_gives_counts_and_no_english_figures():
    m = measure([["Das", "ist", "ein", "sehr", "langes", "Wort"]] * 10, "de")
    assert (m["words"], m["sentences"]) == (60, 10)
    assert m["grade_level"] is None and m["flesch_kincaid_grade"] is None
    assert m["syllables"] is None  # no German syllable counter: not an English guess
    assert "not supported" in m["readability_note"] and "de" in m["readability_note"]


def test_russian_gets_oborneva_figures_and_no_english_ones():
    m = measure([["Мама", "мыла", "раму"]] * 10, "ru")
    assert (m["words"], m["sentences"], m["syllables"]) == (30, 10, 60)
    # 3 words a sentence, 2 syllables a word: 0.5*3 + 8.4*2 - 15.59; 206.835 - 1.3*3 - 60.1*2
    assert m["oborneva_grade"] == m["grade_level"] == 2.71
    assert m["oborneva_reading_ease"] == pytest.approx(82.735, abs=0.01)
    assert m["flesch_reading_ease"] is None and m["readability_note"] is None


def test_regional_language_tags_use_the_base_language():
    assert measure(SENTENCES, "en-GB") == measure(SENTENCES, "en")
    assert measure(SENTENCES, "en_US")["grade_level"] == 2.88
