"""Text analysis behind the heuristic verifier: clauses, polarity, typed mentions, numbers."""

from __future__ import annotations

import pytest

from factlint.verify.analysis import Mention, analyse, numbers_agree
from factlint.verify.languages import ENGLISH, lexicon


def mentions(text, kind=None):
    a = analyse(text, ENGLISH)
    return [(m.kind, m.value, m.unit) for m in a.mentions if kind is None or m.kind == kind]


def test_numbers_carry_units_scales_and_currency():
    found = mentions("It earned $268 million, 15 percent more, on 3.5 kg and 1,300 km2 of land.", "number")
    assert ("number", 268e6, "$") in found
    assert ("number", 15.0, "%") in found
    assert ("number", 3.5, "kg") in found
    assert ("number", 1300.0, "~km2") in found


def test_years_dates_and_decades():
    found = mentions("Born March 2, 1991, she moved in 2008; 2000 soldiers fought in the 1990s.")
    assert ("date", (3, 2), None) in found
    assert ("year", 1991, None) in found and ("year", 2008, None) in found
    assert ("number", 2000.0, "~soldier") in found  # a count, not a year
    assert ("decade", 1990, None) in found


def test_names_are_capitalised_runs_not_sentence_openers():
    names = [m[1] for m in mentions('Spinach is rich. "The War of the Roses" starred Danny DeVito and J. H. Williams III.', "name")]
    assert ("war", "roses") in names
    assert ("danny", "devito") in names
    assert ("j", "h", "williams", "iii") in names
    assert ("spinach",) not in names  # one capitalised word opening a sentence is not a name


def test_clauses_keep_a_parenthesis_apart_and_a_fragment_with_its_clause():
    a = analyse("Boston College (also BC) is a university located in Chestnut Hill. Men need 8 mg a day, not 18 mg.", ENGLISH)
    first = a.clauses[0]
    assert {"boston", "colleg", "locat", "chestnut", "hill"} <= first.stems
    eight, eighteen = [m for m in a.mentions if m.kind == "number"]
    assert eight.clause == eighteen.clause and eighteen.negated and not eight.negated


def test_polarity_counts_negations():
    a = analyse("Spinach is not the best source, and it does not give more iron than meat. Beef is good.", ENGLISH)
    assert [c.negated for c in a.clauses] == [True, True, False]


def num(value, text, **kw):
    return Mention("number", value, text, 0, len(text), 0, **kw)


@pytest.mark.parametrize(
    "claim, evidence, agree",
    [
        (num(18.0, "18"), num(18.0, "18"), True),
        (num(18.0, "18"), num(8.0, "8"), False),
        (num(200000.0, "200,000"), num(208800.0, "208,800"), True),  # rounding
        (num(1.8, "1.8"), num(1.83, "1.83"), True),
        (num(1.8, "1.8"), num(1.9, "1.9"), False),
        (num(20.0, "about 20", approx=True), num(21.0, "21"), True),
        (num(5.0, "more than 5", bound=">"), num(8.0, "8"), True),
        (num(10.0, "more than 10", bound=">"), num(8.0, "8"), False),
    ],
)
def test_numbers_agree(claim, evidence, agree):
    assert numbers_agree(claim, evidence, 0.1) is agree


def test_lexicons_are_per_language():
    assert lexicon("en-US") is ENGLISH
    assert lexicon("xx") is None
    assert "the" in ENGLISH.stop_words and "not" not in ENGLISH.stop_words


def test_the_stemmer_is_the_fast_c_one_with_the_same_results():
    import snowballstemmer
    from snowballstemmer import english_stemmer

    from factlint.verify.languages import lexicon

    stem = lexicon("en").stem
    pure = english_stemmer.EnglishStemmer()
    words = ["running", "generously", "hemoglobin", "iron's", "studies", "caresses", "ponies"]
    assert [stem(w) for w in words] == [pure.stemWord(w) for w in words]
    assert type(snowballstemmer.stemmer("english")).__module__ == "Stemmer"  # PyStemmer
