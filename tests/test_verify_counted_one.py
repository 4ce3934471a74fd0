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


CAMERA = passage_hit(2, "Marrow launched the Lumen camera in 1891. It came loaded with a roll of film for 80 pictures and cost "
                        "20 dollars; for 5 dollars more the film was developed and the camera reloaded.",
                     title="The Lumen camera", score=0.8)


def test_one_before_a_currency_is_a_quantity():
    (dollar,) = analyse("The camera cost one dollar.", ENGLISH).mentions
    assert (dollar.value, dollar.unit) == (1.0, "$")
    # (Not another unit: "one day" may be no figure at all, "one kelvin" the size of a degree.)
    assert not analyse("One day he left the town.", ENGLISH).mentions
    assert not [m for m in analyse("A change of one kelvin is the same as one degree Celsius.", ENGLISH).mentions if m.kind == "number"]
    text = "The camera cost one dollar and came loaded with a roll of film for 80 pictures."
    v = HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ("number",), "What was the Lumen camera?"), [CAMERA])
    assert v.label == "contradicted", v.reason
    # (Said as the answer says it, not "$one".)
    assert "says one dollar" in v.reason and "$20" in v.reason
