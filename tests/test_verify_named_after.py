""""Named after" orders nothing in time: "It was first built by Anna Berg in 1820, but later
named after the Swede Nils Holm" does not claim the naming came before Holm's dated deed, and
must not be read against the years the evidence gives the two men. "After" alone still orders."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

PASSAGE = passage_hit(1, "The Berg furnace was first built by the Norwegian Anna Berg in 1820, but in the 20th century "
                         "it was credited to the Swedish engineer Nils Holm, who patented a larger version in 1861.",
                      title="The Berg furnace")


def test_named_after_is_not_an_order_of_events():
    verdict = verify_claim("It was first built by Anna Berg in 1820, but later named after the Swedish engineer Nils Holm.", [PASSAGE])
    assert verdict.label != "contradicted", verdict.reason


def test_after_alone_still_orders_events():
    verdict = verify_claim("Anna Berg built the furnace in 1820, after Nils Holm patented a larger version.", [PASSAGE])
    assert verdict.label == "contradicted", verdict.reason
