"""The last items of a list after a comma ("should not be bent, loose or missing") belong to
the clause that opened the list: its denial covers them, so a checklist that says "no loose or
missing steps" agrees with it instead of being read against a bare "loose or missing"."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import lexicon

CHECKS = ("Check a ladder or stepladder each time before using it. The stiles, the two long side pieces, "
          "should not be bent, split or damaged, the feet should be present and in good condition, and the "
          "rungs or steps should not be bent, loose or missing.")


def _verify(text: str):
    hit = passage_hit(1, CHECKS, title="Checking a ladder before use")
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ("statement",), "How do I use a stepladder safely?"), [hit])


def _clause_of(a, word: str) -> int:
    return next(t.clause for t in a.tokens if t.lower == word)


def test_a_list_tail_is_read_with_the_clause_that_opened_it():
    a = analyse("The rungs or steps should not be bent, loose or missing.", lexicon("en"))
    assert _clause_of(a, "loose") == _clause_of(a, "bent")
    assert a.clauses[_clause_of(a, "missing")].negated


def test_a_clause_of_its_own_stays_apart():
    # A verb makes it more than the tail of a list of words.
    a = analyse("Keep them warm with a blanket, rub their arms and legs.", lexicon("en"))
    assert _clause_of(a, "rub") != _clause_of(a, "blanket")


def test_the_last_names_of_a_list_of_names_are_denied_with_the_first():
    a = analyse("He did not visit Paris, Rome or Berlin.", lexicon("en"))
    assert _clause_of(a, "rome") == _clause_of(a, "paris")
    assert a.clauses[_clause_of(a, "berlin")].negated


def test_a_checklist_that_denies_the_same_list_is_not_contradicted():
    v = _verify("Check it over first: no bent or split stiles, no loose or missing steps, and working locks.")
    assert v.label != "contradicted", v.reason


def test_a_claim_that_allows_what_the_list_denies_is_contradicted():
    v = _verify("The rungs or steps can be bent, loose or missing.")
    assert v.label == "contradicted", v.reason
