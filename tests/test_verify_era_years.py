"""Years with their era ("396 BC", "AD 393") are years, whatever their number of digits, and a
year before the common era is negative: 396 BC is no 396 AD, and "BC" is no name. Read as a
plain number, "396 BC" met "the pentathlon (in 708 BC by tradition)" as a figure of a like
sentence; as a year three digits off, that sentence is another event's."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.heuristic import HeuristicVerifier
from factlint.verify.languages import lexicon

EVENTS = passage_hit(1, "More events were added over the years: boxing, the pentathlon (in 708 BC by tradition), chariot "
                        "racing and the pankration. Only free Greek men could compete, and married women could not watch.",
                     title="Events at Olympia", score=0.71)
KYNISKA = passage_hit(2, "The owner of the horses, not the driver, was the winner of a chariot race. Kyniska, a Spartan "
                         "princess, was the first woman to win one, taking the four-horse race in 396 BC.",
                      title="Women at Olympia", score=0.66)


def _verify(text: str, passages=(EVENTS, KYNISKA)):
    claim = Claim(text, 0, len(text), None, ("year",), "When and where were the ancient Olympic Games held?")
    return HeuristicVerifier().verify_one(claim, list(passages))


def test_a_year_with_its_era_is_a_year():
    a = analyse("Kyniska won in 396 BC, and the Games ended in AD 393 or 394 AD.", lexicon("en"))
    years = [(m.text, m.value) for m in a.mentions if m.kind == "year"]
    assert years == [("396 BC", -396), ("AD 393", 393), ("394 AD", 394)]
    assert not any(m.kind == "name" and m.value in (("bc",), ("ad", "393")) for m in a.mentions)


def test_a_like_sentence_of_another_era_year_is_no_rival():
    v = _verify("Married women could not even watch, although a woman could win the chariot race as the owner of the "
                "horses, as the Spartan princess Kyniska did in 396 BC.", passages=(EVENTS,))
    assert v.label != "contradicted", v.reason


def test_the_wrong_year_of_its_era_is_contradicted():
    v = _verify("The Spartan princess Kyniska was the first woman to win the four-horse race, in 392 BC.")
    assert v.label == "contradicted" and "396 BC" in v.reason, v.reason
