"""A comparative of a measure ("faster", «быстрее») is a fact like a figure: a passage that says
neither it nor its opposite does not support a claim that says it, however many of its other
words the passage holds."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

КРОВЬ = passage_hit(1, "Свежее пятно крови замывают как можно скорее холодной водой, лучше с изнанки, чтобы кровь выходила из "
                       "ткани наружу. Горячая вода для этого не годится: белки крови от нагрева сворачиваются.",
                    title="Свежее пятно крови")
GLACIER = passage_hit(2, "Friction holds the ice back along the valley sides, so the ice near the surface in the middle of a "
                         "glacier moves faster than the ice at its edges.", title="How glaciers move")


def _verify(text: str, hit, language: str = "en"):
    return verify_claim(text, [hit], language)


def test_a_comparative_the_passage_never_says_is_not_supported():
    verdict = _verify("Свежее пятно крови лучше сразу замыть водой — так кровь растворится быстрее.", КРОВЬ, "ru")
    assert verdict.label != "supported", verdict.reason
    assert "быстрее" in verdict.reason


def test_a_comparative_the_passage_says_still_supports():
    verdict = _verify("The ice in the middle of a glacier moves faster than the ice at its edges.", GLACIER)
    assert verdict.label == "supported", verdict.reason


def test_a_comparative_said_the_other_way_is_left_to_the_comparison_readings():
    verdict = _verify("The ice in the middle of a glacier moves slower than the ice at its edges.", GLACIER)
    assert verdict.label == "contradicted", verdict.reason


def test_a_comparative_said_as_an_attribute_is_no_comparison():
    vitamin = passage_hit(3, "Adults under 71 need 15 mcg of vitamin D a day; adults over 70 need 20 mcg.", title="Vitamin D")
    verdict = _verify("An adult under 71 needs about 15 mcg a day, and older adults 20 mcg.", vitamin)
    assert verdict.label == "supported", verdict.reason
