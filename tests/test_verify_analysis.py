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
    assert ("number", 1300.0, "km²") in found  # an area, converted with square miles


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


def quantity(text):
    a = analyse(text, ENGLISH)
    return [m for m in a.mentions if m.kind == "number"]


@pytest.mark.parametrize(
    "text, value, high, unit, bound, per, said",
    [
        ("Adults can take up to 8 grams of paracetamol a day.", 8.0, None, "g", "<=", 24.0, "up to 8 g a day"),
        ("Adults should take no more than 4 g of paracetamol in 24 hours.", 4.0, None, "g", "<=", 24.0, "no more than 4 g in 24 hours"),
        ("Adults should not take more than 1,200 mg in 24 hours.", 1200.0, None, "mg", "<=", 24.0, "no more than 1,200 mg in 24 hours"),
        ("Children need at least 2 cups of milk.", 2.0, None, "~cup", ">=", None, "at least 2 cups"),
        ("The maximum daily dose of ibuprofen is 2,400 mg a day.", 2400.0, None, "mg", "<=", 24.0, "2,400 mg a day"),
        ("More than 5 people came.", 5.0, None, "~peopl", ">", None, "more than 5 people"),
        ("Adults can take 200 mg to 400 mg of ibuprofen.", 200.0, 400.0, "mg", None, None, "200 to 400 mg"),
        ("The usual dose is 500 mg to 1 g.", 500.0, 1000.0, "mg", None, None, "500 mg to 1 g"),
        ("Take one dose every 4 to 6 hours.", 4.0, 6.0, "hour", None, None, "4 to 6 hours"),
        ("Between 2 and 3 million people live there.", 2e6, 3e6, "~peopl", None, None, "2 to 3 million people"),
        ("Women aged 19-50 are at risk.", 19.0, 50.0, None, None, None, "19 to 50"),
        ("Olympus Mons rises about 22 kilometres above the plains.", 22.0, None, "km", None, None, "about 22 km"),
        ("Water boils at 212 °F at sea level.", 212.0, None, "°F", None, None, "212 °F"),
        ("Water boils at 100 degrees Celsius.", 100.0, None, "°C", None, None, "100 °C"),
    ],
)
def test_quantities_have_units_ranges_bounds_and_periods(text, value, high, unit, bound, per, said):
    m = quantity(text)[0]
    assert (m.value, m.high, m.unit, m.bound, m.per, m.said) == (value, high, unit, bound, per, said)


def test_a_change_is_two_values_not_a_range():
    assert [(m.value, m.high) for m in quantity("Its share rose from 5 to 10 percent.")] == [(5.0, None), (10.0, None)]


def test_a_bound_s_negation_does_not_turn_its_clause():
    a = analyse("Adults should take no more than 4 g a day. Adults should not take more than 4 g a day. Men need 8 mg, not 18 mg.", ENGLISH)
    assert [c.negated for c in a.clauses] == [False, False, False]
    assert [m.negated for m in a.mentions if m.kind == "number"] == [False, False, False, True]


def test_units_are_not_names():
    names = [m.value for m in analyse("Water boils at 212 °F, or 100 °C, in Paris.", ENGLISH).mentions if m.kind == "name"]
    assert names == [("paris",)]


@pytest.mark.parametrize(
    "claim, evidence, outcome",
    [
        ("no more than 4,000 mg in 24 hours", "no more than 4 g in 24 hours", "same"),
        ("212 °F", "100 °C", "same"),
        ("about 14 miles", "about 22 kilometres", "same"),
        ("about 30 miles", "about 22 kilometres", "conflict"),
        ("about 9 kilometres", "about 22 kilometres", "conflict"),
        ("up to 8 grams a day", "no more than 4 g in 24 hours", "conflict"),
        ("up to 3 grams a day", "no more than 4 g in 24 hours", "consistent"),
        ("2,400 mg a day", "no more than 1,200 mg in 24 hours", "conflict"),
        ("800 mg a day", "no more than 1,200 mg in 24 hours", "consistent"),
        ("1,200 mg a day", "no more than 1,200 mg in 24 hours", "same"),
        ("300 mg", "200 mg to 400 mg", "same"),
        ("600 mg", "200 mg to 400 mg", "conflict"),
        ("200 mg to 400 mg", "200 to 400 mg", "same"),
        ("up to 8 grams", "500 mg to 1 g", "consistent"),
        ("4 g a day", "28 g a week", "same"),  # rates over different periods
        ("4 g a day", "4 g a week", "conflict"),
        ("no more than 4 g a day", "no more than 1 g in 4 hours", "apart"),  # limits over different windows
        ("60 to 400 gigatonnes", "60 to 100 gigatonnes", "conflict"),  # a range beyond the evidence's
        ("200 to 300 mg", "200 to 400 mg", "consistent"),  # ...or within it
        ("a decrease of 4–2 percent", "a decrease of 4–5 percent", "conflict"),
        ("2 °F", "1.1 °C", "same"),  # a change of temperature
        ("100 °F", "100 °C", "conflict"),
        ("4 g", "4 km", "apart"),
        ("more than 5 km", "about 22 km", "same"),
        ("more than 30 km", "about 22 km", "conflict"),
    ],
)
def test_compare_aligns_units_ranges_and_bounds(claim, evidence, outcome):
    from factlint.verify.analysis import compare

    (c,), (e,) = quantity(f"It is {claim}."), quantity(f"It is {evidence}.")
    assert compare(c, e, 0.1) == outcome


def test_a_clause_without_its_subject_borrows_it():
    a = analyse("Olympus Mons is a volcano on Mars. It rises about 22 km above the plains, and its base is about 600 km across.", ENGLISH)
    rise, base = [m for m in a.mentions if m.kind == "number"]
    assert {"olympus", "mon"} <= a.context(rise)
    assert {"olympus", "mon"} <= a.context(base)
    dose = analyse("Adults can take 200 mg of ibuprofen, and should not take more than 1,200 mg in 24 hours.", ENGLISH)
    limit = [m for m in dose.mentions if m.kind == "number"][1]
    assert "ibuprofen" in dose.context(limit)


def test_identities_name_the_one_thing_a_description_fits():
    for text in ("Venus is the hottest planet in the solar system, hotter than Mercury.", "The hottest planet in the solar system is Venus."):
        (identity,) = analyse(text, ENGLISH).identities
        assert identity.entity == ("venus",) and identity.key == "hottest"
        assert {"hottest", "planet", "solar", "system"} <= identity.description
    assert analyse("Venus is a planet with a thick atmosphere.", ENGLISH).identities == []
    assert analyse("Venus is the forest of the rest.", ENGLISH).identities == []


def test_an_abbreviation_does_not_end_a_sentence_and_an_opener_joined_to_a_name_is_not_part_of_it():
    a = analyse("St. Vitus Cathedral stands inside it. Construction of Charles Bridge began in 1357.", ENGLISH)
    assert [a.text[s:e] for s, e in a.sentences] == ["St. Vitus Cathedral stands inside it.", "Construction of Charles Bridge began in 1357."]
    assert [m.value for m in a.mentions if m.kind == "name"] == [("st", "vitus", "cathedral"), ("charles", "bridge")]


def test_a_limit_word_makes_a_limit_only_of_what_the_limit_is_said_to_be():
    assert quantity("The maximum daily dose of paracetamol is 4 g.")[0].bound == "<="
    assert quantity("The minimum ice extent declined by 12 percent.")[0].bound is None


def test_a_number_after_a_possessive_is_not_part_of_the_name():
    a = analyse("During Roosevelt's 12 years in office, Route 66 opened.", ENGLISH)
    assert [m.value for m in a.mentions if m.kind == "name"] == [("roosevelt",), ("route", "66")]
    assert [m.said for m in a.mentions if m.kind == "number"] == ["12 years"]


def test_russian_numbers_months_years_and_abbreviations():
    from factlint.verify.languages import lexicon
    ru = lexicon("ru")

    def said(text):
        return [(m.kind, m.value, m.unit) for m in analyse(text, ru).mentions]

    assert said("Германия объединилась 3 октября 1990 года.") == [("date", (10, 3), None), ("year", 1990, None)]
    assert said("В городе живёт 10 000 человек.") == [("number", 10000.0, "~человек")]
    assert said("Взрослым — 1,5 г, в 2001, 2002 годах.") == [("number", 1.5, "g"), ("year", 2001, None), ("year", 2002, None)]
    assert said("В стране 1,3 млн жителей.")[0][1] == 1_300_000.0
    assert said("Это было 10 лет назад.") == [("number", 10.0, "year")]  # a count of years, not a year
    assert len(analyse("Население около 12 тыс. человек. Это много.", ru).sentences) == 2
    # English keeps its own conventions: "1,300" is thousands and months are capitalised.
    assert [m.value for m in analyse("About 1,300 people came in may.", lexicon("en")).mentions] == [1300.0]


def test_strengths_areas_and_lone_letters():
    lex = lexicon("en")
    strength = [(m.text, m.strength) for m in analyse("It contains 120 mg of paracetamol in each 5 ml; take 7.5 ml.", lex).mentions if m.kind == "number"]
    assert strength == [("120 mg", True), ("5 ml", True), ("7.5 ml", False)]
    tablets = [(m.text, m.strength) for m in analyse("Take two 250 mg tablets, or one tablet (250 mg) later.", lex).mentions if m.kind == "number"]
    assert ("250 mg", True) in tablets and ("250 mg", False) in tablets
    assert ("number", 17.1e6, "km²") in mentions("It covers 17.1 million square kilometres.", "number")
    # "K. 626" and "D minor" hold no names.
    assert mentions("Mozart's Requiem in D minor, K. 626, was unfinished.", "name") == [("name", ("mozart's", "requiem"), "Mozart's Requiem")] or all(
        len("".join(m[1])) > 1 for m in mentions("Mozart's Requiem in D minor, K. 626, was unfinished.", "name"))


def test_a_dose_before_how_many_times_a_day_is_one_dose():
    a = analyse("Children can take 25 mg three times a day, up to 75 mg a day, 10 mg twice daily or 20 mg once a day.", lexicon("en"))
    doses = {m.text: m.per for m in a.mentions if m.kind == "number" and m.unit == "mg"}
    assert doses == {"25 mg": None, "75 mg": 24.0, "10 mg": None, "20 mg": 24.0}


def test_m_after_a_number_is_metres_unless_it_is_money():
    a = analyse("The tower is 96 m tall, holds 209,000 m³ and cost $5 m.", lexicon("en"))
    units = {m.text: m.unit for m in a.mentions if m.kind == "number"}
    assert units["96 m"] == "m" and units["209,000 m³"] == "m³" and units["5"] == "$"


def test_ages_and_intervals_are_marked():
    a = analyse("Children aged 2 to 11 take 5 ml every 4 hours for 3 days.", lexicon("en"))
    marks = {m.text: (m.age, m.interval) for m in a.mentions if m.kind == "number"}
    assert marks["2 to 11"] == (True, False) and marks["4 hours"] == (False, True) and marks["3 days"] == (False, False)


def test_a_denial_that_opens_a_list_denies_each_item():
    a = analyse("Don't put them in a hot bath, use a hot water bottle or heat lamp, rub their arms and legs, or give them alcohol.",
                ENGLISH)
    assert [c.negated for c in a.clauses] == [True, True, True]
    assert {"bottl", "lamp"} <= a.clauses[1].denied
    a = analyse("Do not use it on broken skin, or within 12 hours of shaving.", ENGLISH)
    assert [c.negated for c in a.clauses] == [True, True]
    # Not a list of what not to do: people, after a denial in mid-clause; a list without "or".
    a = analyse("It should not be taken by people with high blood pressure, heart disease or a thyroid problem, "
                "or by people taking MAOIs.", ENGLISH)
    assert [c.negated for c in a.clauses][1:] == [False] * (len(a.clauses) - 1)
    # "or the pan may catch fire" says what follows: it closes no list.
    a = analyse("Never leave hot oil unattended on the stove, turn the heat off, or the pan may catch fire.", ENGLISH)
    assert [c.negated for c in a.clauses] == [True, False, False]


def test_a_month_after_in_is_a_date_not_a_given_name():
    a = analyse("The revolt broke out in late January 1877, and in February Saigo led his army north.", ENGLISH)
    assert ("saigo",) in [m.value for m in a.mentions if m.kind == "name"]
    assert not any("february" in m.value for m in a.mentions if m.kind == "name")
    a = analyse("The song was recorded with June Carter in 1963.", ENGLISH)
    assert ("june", "carter") in [m.value for m in a.mentions if m.kind == "name"]


def test_too_before_an_adjective_and_an_infinitive_denies_the_infinitive():
    a = analyse("Henry Cole was too busy to write his usual Christmas letters.", ENGLISH)
    assert a.clauses[0].negated and "write" in a.clauses[0].denied
    assert not analyse("It was too late for the harvest.", ENGLISH).clauses[0].negated
    assert not analyse("She wrote letters too, to her friends.", ENGLISH).clauses[0].negated


def test_then_after_its_clause_s_subject_goes_on_with_it():
    a = analyse("The estimate was far too low because nobody then knew that radioactive elements heat the interior.", ENGLISH)
    assert any(c.negated and "know" in c.denied for c in a.clauses)
    # Elsewhere "then" still starts a clause of its own.
    assert len(analyse("Add the flour, then stir the mixture for two minutes.", ENGLISH).clauses) == 2


def test_a_russian_near_miss_is_no_denial():
    ru = lexicon("ru")
    # «едва не закончился дуэлью»: almost ended in a duel; «не закончился» alone denies it.
    assert not analyse("Конфликт едва не закончился дуэлью в ноябре 1836 года.", ru).clauses[0].negated
    assert not analyse("Он чуть не утонул в реке.", ru).clauses[0].negated
    assert analyse("Конфликт не закончился дуэлью в ноябре 1836 года.", ru).clauses[0].negated


def test_a_denying_word_after_an_article_is_part_of_a_noun_not_a_denial():
    assert not analyse("After a failed siege of the castle the rebels were worn down.", ENGLISH).clauses[0].negated
    assert analyse("The siege of the castle failed in April.", ENGLISH).clauses[0].negated


def test_an_identitys_entity_ends_before_of_the():
    # "The X of the Y is the D": X is what the description fits, however long "of the Y" is.
    for text, entity in (("The marsh harrier of the Lowen fens is the largest harrier in Britain.", ("marsh", "harrier")),
                         ("The Varnian lynx of the cold northern and eastern Lowen forests is the rarest cat known.", ("varnian", "lynx"))):
        (identity,) = analyse(text, ENGLISH).identities
        assert identity.entity == entity, identity


def test_an_identitys_entity_ends_before_its_relative_clause():
    # "A Varnian party that landed by balloon on 3 May 1901 were the first ...": "Varnian party".
    (identity,) = analyse("A Varnian party that landed by balloon on 3 May 1901 were the first people to stand on Mount Orla.",
                          ENGLISH).identities
    assert identity.entity == ("varnian", "party"), identity


def test_about_a_measure_is_one_of_it_and_centuries_are_periods():
    def numbers(text):
        return [(m.value, m.unit, m.per) for m in analyse(text, ENGLISH).mentions if m.kind == "number"]
    assert numbers("Stalactites grow about a centimetre a century.") == [(1.0, "cm", 876600.0)]
    assert numbers("The wall is roughly a metre thick.") == [(1.0, "m", None)]
    assert numbers("It took about a year.") == []  # a period, not a measure
    assert numbers("The Protestant states followed over the next two centuries.") == [(2.0, "century", None)]


def test_a_bare_figure_after_dated_or_in_takes_no_unit_from_the_figure_before():
    # A list part ("a habanero about 100,000 to 350,000,") takes the unit before it; a figure
    # after "dated" or "in" is a year, not another length.
    found = mentions("It is a printed scroll about 5 feet long, dated 868, the earliest printed book with a date.", "number")
    assert ("number", 868.0, "ft") not in found and ("number", 5.0, "ft") in found
    found = mentions("A jalapeno measures about 2,500 units and a habanero about 100,000, while capsaicin rates more.", "number")
    assert ("number", 100000.0, "units") in found or any(v == 100000.0 and u is not None for _, v, u in found)
