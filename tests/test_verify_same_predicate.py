"""Two names each followed by the same verb, said of the same object, are the subjects of one
statement: "when Anna Kell patented a far more stable hinge" is contradicted by a passage that
says "The Dutch joiner Piet Maas patented a far more stable hinge in 1871", though the
evidence names Anna Kell elsewhere ("Anna Kell founded the Kell Works") in another role."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

HINGE = passage_hit(1, "Folding desks are old, but early ones sagged or jammed. The Dutch joiner Piet Maas patented a far "
                       "more stable hinge in 1871, with brass pins that kept the lid level.",
                    title="Folding desks and Maas", score=0.8)
WORKS = passage_hit(2, "In 1875 Anna Kell founded the Kell Works in Leiden, which made desks for schools.",
                    title="Kell and the school desk", score=0.75)


def _verify(text: str):
    claim = Claim(text, 0, len(text), "Folding desks are old.", ("name",), "Who invented the folding desk hinge?")
    return HeuristicVerifier().verify_one(claim, [HINGE, WORKS])


def test_another_subject_of_the_same_statement_is_contradicted():
    v = _verify("The decisive step came in 1871, when Anna Kell patented a far more stable hinge with brass pins.")
    assert v.label == "contradicted", v.reason
    assert "Piet Maas" in v.reason


def test_the_right_subject_is_not():
    v = _verify("The decisive step came in 1871, when Piet Maas patented a far more stable hinge with brass pins.")
    assert v.label != "contradicted", v.reason


def test_the_other_names_own_statement_is_not():
    v = _verify("Anna Kell founded the Kell Works in Leiden in 1875.")
    assert v.label != "contradicted", v.reason
