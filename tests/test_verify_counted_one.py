""""One" is a pronoun in "one of the best", and was never read as a figure; "only one" counts
("Only one of his lutes survives" against "Three of Marrow's lutes survive"), while "the only
one" still says what is unique, not how many."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import ENGLISH

LUTES = passage_hit(1, "Tobias Marrow built lutes in Bruges from about 1610. Three of Marrow's lutes survive; the oldest, "
                       "from 1622, is in the Gruuthuse Museum in Bruges.", title="Tobias Marrow", score=0.8)


def _verify(text: str):
    claim = Claim(text, 0, len(text), None, ("number",), "Who was Tobias Marrow?")
    return HeuristicVerifier().verify_one(claim, [LUTES])


def test_only_one_is_a_count():
    (count, *_) = analyse("Only one of his lutes survives.", ENGLISH).mentions
    assert (count.kind, count.value) == ("number", 1.0)
    for text in ("It is the only one of its kind.", "It is one of the finest lutes.", "One of them survives."):
        assert not [m for m in analyse(text, ENGLISH).mentions if m.kind == "number"], text


def test_only_one_against_three_is_contradicted():
    v = _verify("Only one of his lutes survives, dated 1622, and it is in the Gruuthuse Museum in Bruges.")
    assert v.label == "contradicted", v.reason
    assert "3" in v.reason or "Three" in v.reason


def test_three_of_them_is_not():
    v = _verify("Three of his lutes survive, and the oldest, dated 1622, is in the Gruuthuse Museum in Bruges.")
    assert v.label != "contradicted", v.reason
