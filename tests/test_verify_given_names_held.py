"""A name that the question or an earlier sentence gives counts as found when a claim's
figures are aligned, but a passage that never names it is about something else and supports
nothing said of it: "Rontgen received the first Nobel Prize in Physics" does not support
"Thomson was the first ever winner of the Nobel Prize in Physics". And a rank word that says
when, not which ("a ballet in two acts, first performed in 1841"), holds no rank a claim gives
("the very first Romantic ballet")."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

HONOURS = passage_hit(1, "Anton Feld received the first Varnian Medal for Chemistry, in 1921; the first Varnian Medal for "
                         "Physics that year went to Ilse Moor. Feld gave his prize money to his university.",
                      title="Feld's honours", score=0.6)
ROOK = passage_hit(2, "In 1919 the chemist Piet Rook, working in Delft, isolated the element lowenium from river clay. "
                      "He was awarded the Varnian Medal for Chemistry in 1926 for this work.",
                   title="Piet Rook and lowenium", score=0.75)


def _verify(text: str, hits, context: str | None = "In 1919 the chemist Piet Rook isolated lowenium in Delft."):
    claim = Claim(text, 0, len(text), context, ("name", "comparison"), "Who isolated lowenium?")
    return HeuristicVerifier().verify_one(claim, hits)


def test_a_passage_that_does_not_name_the_given_subject_supports_nothing_of_it():
    for text in ("Rook was the first winner of the Varnian Medal for Chemistry.",
                 "Rook received the first Varnian Medal for Chemistry."):
        v = _verify(text, [HONOURS, ROOK])
        assert v.label != "supported", v.reason


def test_the_passage_that_names_it_still_supports():
    v = _verify("Rook was awarded the Varnian Medal for Chemistry in 1926 for this work.", [HONOURS, ROOK])
    assert v.label == "supported", v.reason


BALLET = passage_hit(3, "Lisette is a Romantic ballet in two acts, first performed by the Velmora Opera Ballet on 12 May "
                        "1851. The music was by Anton Feld.", title="Lisette", score=0.8)


def test_first_performed_holds_no_rank():
    v = _verify("Lisette was the very first Romantic ballet, premiered at the Velmora Opera on 12 May 1851.", [BALLET],
                context=None)
    assert v.label != "supported", v.reason
    v = _verify("Lisette is a Romantic ballet in two acts, first performed at the Velmora Opera on 12 May 1851.", [BALLET],
                context=None)
    assert v.label == "supported", v.reason


PARACETAMOL = passage_hit(4, "Adults can take one or two 500 mg tablets of paracetamol every 4 to 6 hours.",
                          title="Paracetamol: dose for adults", score=0.7)
IBUPROFEN = passage_hit(5, "Adults can take one or two 200 mg tablets of ibuprofen three times a day with food.",
                        title="Ibuprofen: dose for adults", score=0.8)


def test_a_passage_about_another_thing_supports_nothing():
    # (The paracetamol passage says the same words, but it is not about what was asked.)
    text = "Adults can take it every 4 to 6 hours."
    claim = Claim(text, 0, len(text), None, ("number",), "What is the usual dose of ibuprofen for adults?")
    v = HeuristicVerifier().verify_one(claim, [IBUPROFEN, PARACETAMOL])
    assert v.label != "supported", v.reason
