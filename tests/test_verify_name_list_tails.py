"""A list of names goes on in one clause: "the route with 40 stations in Austria, Hungary and
Romania" names all three where the route is, so a claim that names Hungary there agrees with
it rather than finding Hungary in a clause of its own, beside nothing the claim says."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

TEXT = ("In 2019 the commission opened about 1,200 kilometres of the old line, the Danube route with 40 stations "
        "in Austria, Hungary and Romania, to cyclists.")
ROUTE = passage_hit(1, TEXT, title="The Danube route")


def test_the_last_names_of_a_list_stay_in_its_clause():
    a = analyse(TEXT, lexicon("en"))
    assert len(a.clauses) == 1
    hungary = next(m for m in a.mentions if m.text == "Hungary")
    assert {"austria", "kilometr"} <= a.context(hungary)


def test_a_listed_name_is_no_rival_of_the_first():
    verdict = verify_claim("In 2019 about 1,200 kilometres of it, running through Austria, Hungary and Romania, "
                           "were opened to cyclists.", [ROUTE])
    assert verdict.label != "contradicted", verdict.reason
    # A name the list does not hold is still one.
    verdict = verify_claim("In 2019 about 1,200 kilometres of it, running through Austria, Serbia and Romania, "
                           "were opened to cyclists.", [ROUTE])
    assert verdict.label != "supported", verdict.reason


def test_a_clause_after_a_name_is_still_a_clause():
    # Two capitalised words with no "and" between them are not a list's tail.
    a = analyse("The line reached Vienna in 1858, Budapest followed in 1860.", lexicon("en"))
    assert len(a.clauses) == 2


def test_a_listed_name_has_the_first_name_s_place():
    # "he named Helluland, Markland and Vinland": Markland is named too, not a subject, so it is
    # no rival of the claim's subject.
    a = analyse("Erik Berg sailed west in about 1000 and reached lands he named Holmland, Skerland and Fjordland.",
                lexicon("en"))
    slots = {m.text: m.slot for m in a.mentions if m.kind == "name"}
    assert slots["Holmland"] == slots["Skerland"] == "named"
    passage = passage_hit(1, "Erik Berg, a son of Olaf the Tall, sailed west from Iceland in about 1000 and reached lands he "
                             "named Holmland, Skerland and Fjordland.", title="Erik Berg and Fjordland")
    verdict = verify_claim("Erik Berg reached Fjordland from Iceland in about 1000, and a site there was found in 1961.",
                           [passage])
    assert verdict.label != "contradicted", verdict.reason


def test_names_after_of_are_not_read_as_more_of_its_list():
    # "the two largest moons of Uranus, Titania and Oberon" names the moons: their year is no
    # year of Uranus, so it does not vouch for a claim that Uranus was found then.
    a = analyse("Herschel also discovered the two largest moons of Uranus, Titania and Oberon, in 1787.", lexicon("en"))
    assert next(t.clause for t in a.tokens if t.text == "Titania") != next(t.clause for t in a.tokens if t.text == "Uranus")
