"""An order word ("after") dates the predicate right before it: "she was seized at Lenby in 1630
and hanged at Holt in 1631 after a court found her guilty" puts the hanging, dated 1631, after the
court, which the evidence dates 1631 too; it says nothing of the seizure of 1630."""

from __future__ import annotations

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.heuristic import HeuristicVerifier

TRIAL = passage_hit(1, "Mara Voss was seized by the guards at Lenby on 2 June 1630 and handed over to the bishop. A church "
                       "court at Holt, led by Bishop Aldo Renn, convicted her of treason, and she was hanged in the market "
                       "square of Holt on 9 May 1631.",
                    title="The trial of Mara Voss", score=0.85)


def _verify(text: str):
    claim = Claim(text, 0, len(text), "Mara Voss led the revolt of the weavers.", ("year",), "What happened to Mara Voss?")
    return HeuristicVerifier().verify_one(claim, [TRIAL])


def test_the_nearest_years_event_is_the_one_put_after():
    v = _verify("She was seized at Lenby in 1630 and hanged at Holt in 1631 after a church court found her guilty of treason.")
    assert v.label != "contradicted", v.reason


def test_a_wrong_order_is_still_contradicted():
    v = _verify("She was seized at Lenby in 1630, after a court at Holt convicted her of treason.")
    assert v.label == "contradicted", v.reason
