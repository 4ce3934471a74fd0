"""A year said of when something began or ended ("began in 1918", "ended in 1914") is the first
or last year of a span the evidence gives, not any year within it: "lasted from 1914 to 1918"
contradicts the first and holds the years of its own edges."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import lexicon

WAR = passage_hit(1, "The Great War lasted from 1914 to 1918 and killed millions of soldiers in Europe.",
                  title="The Great War", score=0.8)


def _verify(text: str):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ()), [WAR])


@pytest.mark.parametrize("said", ["The Great War began in 1918.", "The Great War ended in 1914."])
def test_the_other_edge_of_the_span_contradicts(said):
    verdict = _verify(said)
    assert verdict.label == "contradicted", verdict.reason
    assert "1914 to 1918" in verdict.reason


@pytest.mark.parametrize("said", ["The Great War began in 1914.", "The Great War ended in 1918.",
                                  "The Great War killed millions of soldiers in 1916."])
def test_its_own_edge_or_a_year_within_agrees(said):
    assert _verify(said).label == "supported"


def test_the_edge_is_read_from_the_verb_before_the_year():
    lex = lexicon("en")
    edges = {m.text: m.edge for m in analyse("It was founded in 1850, ended in AD 1220 and moved in 1901.", lex).mentions}
    assert edges == {"1850": "start", "AD 1220": "end", "1901": None}
