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
