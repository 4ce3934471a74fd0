"""A year the claim's sentence puts so many years after another ("A year later to the day, on 25
April 1975, ...") is dated by that other: the evidence's year that many years before is no rival
(blind32 q19-c, a right answer contradicted at 5a3b832)."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim

COUP = passage_hit(1, "On 25 April 1974 a group of junior officers, the Armed Forces Movement, overthrew the regime in an "
                      "almost bloodless coup. The signals to begin were two songs on the radio: first E Depois do Adeus, "
                      "Portugal's entry in that year's Eurovision Song Contest, shortly before 11 at night on 24 April, and "
                      "then Grandola, Vila Morena by Zeca Afonso just after midnight.", title="The Carnation Revolution")

ASKED = "What was the Carnation Revolution?"


@pytest.mark.parametrize("said", [
    "A year later to the day, on 25 April 1975, Portugal held free elections.",
    "Three years on, on 25 April 1977, Portugal marked the day with a parade.",
])
def test_a_year_said_to_come_after_the_evidence_s_is_no_rival(said):
    verdict = verify_claim(said, [COUP], "en", context=ASKED, question=ASKED)
    assert verdict.label != "contradicted", verdict.reason


def test_the_same_event_in_another_year_still_contradicts():
    verdict = verify_claim("On 25 April 1975 a group of junior officers overthrew the regime.", [COUP], "en", context=ASKED,
                           question=ASKED)
    assert verdict.label == "contradicted", verdict.reason
