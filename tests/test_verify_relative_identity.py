"""A rank said in a relative clause ("Harrowgate, built in 1310, which is the largest castle in
Morland") is said of the name the comma before the relative sets off, and meets the evidence's
"Denholm Castle ... It is the largest castle in Morland" as "Harrowgate is the largest castle in
Morland" would."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import lexicon

DENHOLM = passage_hit(1, "Denholm Castle in north Morland was begun in 1270 by a powerful border lord. It is the largest "
                         "castle in Morland, and its water defences are the widest of any castle in the north.",
                      title="Denholm Castle", score=0.8)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("superlative",), "What is a water castle?")
    return HeuristicVerifier().verify_one(claim, [DENHOLM])


def test_the_relative_stands_for_the_name_before_its_comma():
    a = analyse("The best-known example is Harrowgate, built in 1310, which is the largest castle in Morland.", lexicon("en"))
    assert (("harrowgate",), "largest") in [(i.entity, i.key) for i in a.identities]


def test_another_castle_given_the_rank_is_contradicted():
    v = _verify("In Morland the best-known example is Harrowgate, built in 1310, which is the largest castle in Morland.")
    assert v.label == "contradicted", v.reason
    assert "Harrowgate" in v.reason and "Denholm" in v.reason


def test_the_castle_the_evidence_ranks_is_not():
    v = _verify("In Morland the best-known example is Denholm, begun in 1270, which is the largest castle in Morland.")
    assert v.label != "contradicted", v.reason


def test_a_rank_after_what_the_sentence_opens_with_is_the_next_one():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import ENGLISH
    nearest = passage_hit(7, "Velka, a small red dwarf, is the nearest star to the Sun, about 4.2 light years away.",
                          title="Velka", score=0.6)
    text = "After them, the nearest is Orm's Star, about 6 light years away."
    claim = Claim(text, 0, len(text), "The Arden pair lie about 4.4 light years away.", ("name", "number"),
                  "Which stars are nearest to the Sun?")
    orm = passage_hit(8, "Orm's Star, a red dwarf about 6 light years away, moves faster across the sky than any other star.",
                      title="Orm's Star", score=0.55)
    v = HeuristicVerifier().verify_one(claim, [nearest, orm])
    assert v.label != "contradicted", v.reason
    assert not analyse(text, ENGLISH).identities
    # (Without the opener it is the nearest, against Velka.)
    assert analyse("The nearest is Orm's Star, about 6 light years away.", ENGLISH).identities
