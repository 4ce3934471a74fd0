""""More than 2 days" is a bound on a figure, not a second thing compared: two such bounds in
another order ("if vomiting lasts more than 2 days or diarrhoea more than 7 days" against "if
diarrhoea lasts more than 7 days or if vomiting lasts more than 2 days") are no comparison said
the other way round (blind32 q24-a, a right answer contradicted at 5a3b832)."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

HELP = passage_hit(1, "Get help too if there is blood in the diarrhoea, if diarrhoea lasts more than 7 days or if vomiting "
                      "lasts more than 2 days.", title="When to get help")
IRTYSH = passage_hit(2, "The Irtysh is longer than the Ob.", title="The Irtysh")


def test_bounds_said_in_another_order_are_no_swapped_comparison():
    said = "Call 111 if you cannot keep fluids down, if vomiting lasts more than 2 days or diarrhoea more than 7 days."
    verdict = verify_claim(said, [HELP], "en")
    assert verdict.label != "contradicted", verdict.reason


def test_two_things_compared_the_other_way_round_still_contradict():
    verdict = verify_claim("The Ob is longer than the Irtysh.", [IRTYSH], "en")
    assert verdict.label == "contradicted", verdict.reason
