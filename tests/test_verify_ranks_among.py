"""A claim that gives one thing a rank alone ("it was the busiest port in Europe at the time")
against a passage that gives it the rank only as one of several ("one of the busiest ports in
Europe at the time"; «одним из крупнейших портов») is contradicted; the same rank said as one
of several, or a rank the evidence also gives to one thing alone, is not."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

HARBOUR = passage_hit(1, "Velmora grew quickly after the new quays opened. By the late 17th century some 40,000 sailors "
                         "passed through it every year, which made it one of the busiest ports in Europe at the time. "
                         "Its customs house was rebuilt in 1702.",
                      title="The port of Velmora", score=0.8)
ALONE = passage_hit(2, "Velmora was the busiest port in Europe at the time, with some 40,000 sailors a year in the "
                       "late 17th century.", title="Velmora in the 17th century", score=0.7)


def _verify(text: str, hits=(HARBOUR,)):
    claim = Claim(text, 0, len(text), None, ("superlative",), "What was the port of Velmora like?")
    return HeuristicVerifier().verify_one(claim, list(hits))


def test_a_leader_made_of_one_of_the_leaders_is_contradicted():
    v = _verify("With some 40,000 sailors a year in the late 17th century, it was the busiest port in Europe at the time.")
    assert v.label == "contradicted", v.reason
    assert "one of the busiest ports" in v.reason


def test_one_of_several_as_the_evidence_says_is_not():
    v = _verify("With some 40,000 sailors a year in the late 17th century, it was one of the busiest ports in Europe at the time.")
    assert v.label != "contradicted", v.reason


def test_a_passage_that_gives_the_rank_alone_leaves_it_to_the_rank_checks():
    v = _verify("With some 40,000 sailors a year in the late 17th century, it was the busiest port in Europe at the time.",
                (HARBOUR, ALONE))
    assert v.label != "contradicted", v.reason


def test_russian_one_of_the_largest_against_the_largest():
    from verify_helpers import russian_verify

    verify = russian_verify(("superlative",))
    evidence = ("К концу XVII века через порт проходило около 40 тысяч моряков в год, и он был одним из крупнейших портов "
                "Европы того времени. Таможню в нём перестроили в 1702 году.")
    v = verify("В конце XVII века через порт проходило около 40 тысяч моряков в год, и он был крупнейшим портом Европы "
               "того времени.", evidence)
    assert v.label == "contradicted", v.reason
    assert "одним из крупнейших" in v.reason
    v = verify("В конце XVII века через порт проходило около 40 тысяч моряков в год, и он был одним из крупнейших портов "
               "Европы того времени.", evidence)
    assert v.label != "contradicted", v.reason
