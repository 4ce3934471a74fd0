"""A name given only in an event the evidence orders its own against ("On 7 May 1931 the two
ferries were sold, a week before Holm & Co went bankrupt") dates nothing of that name: the
claim's "Holm & Co went bankrupt on 14 May 1931" is no rival of 7 May, and another passage's
14 May supports it."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

FALL = passage_hit(1, "After talks with two banks failed, Holm and Company filed for bankruptcy on Thursday 14 May 1931.",
                   title="The fall of Holm and Company")
CONTEXT = passage_hit(2, "In March 1931 the shipping firm Berg Lines was sold to the state. On 7 May 1931 the harbour "
                         "ferries Tern and Gull were taken over by the city, a week before Holm and Company filed for bankruptcy.",
                      title="Before and after Holm")
QUESTION = "What happened when Holm and Company collapsed in 1931?"


def test_a_name_in_the_event_ordered_against_dates_nothing_of_it():
    verdict = verify_claim("Holm and Company, then the biggest ferry firm in the country, went bankrupt on 14 May 1931 "
                           "after losing heavily on ships.", [FALL, CONTEXT], question=QUESTION)
    assert verdict.label != "contradicted", verdict.reason


def test_the_name_s_own_date_still_decides():
    verdict = verify_claim("Holm and Company, then the biggest ferry firm in the country, went bankrupt on 19 May 1931 "
                           "after losing heavily on ships.", [FALL, CONTEXT], question=QUESTION)
    assert verdict.label == "contradicted", verdict.reason
    assert "14 May" in verdict.reason
