"""Force is a measure like mass or length: "2 millinewtons" is a thousand times "2
micronewtons", so the one said for the other is a conflict, and "0.002 newtons" is the same."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

EN = passage_hit(1, "The thruster pushes the probe with a force of about 2 millinewtons.", title="The ion thruster")
RU = passage_hit(1, "Двигатель толкает зонд с силой около 2 миллиньютонов.", title="Ионный двигатель")


def test_a_force_in_another_prefix_is_contradicted():
    verdict = verify_claim("The thruster pushes the probe with a force of about 2 micronewtons.", [EN])
    assert verdict.label == "contradicted", verdict.reason
    verdict = verify_claim("Двигатель толкает зонд с силой около 2 микроньютонов.", [RU], "ru")
    assert verdict.label == "contradicted", verdict.reason


def test_the_same_force_in_other_words_agrees():
    verdict = verify_claim("The thruster pushes the probe with a force of about 0.002 newtons.", [EN])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("Двигатель толкает зонд с силой около 2 миллиньютонов.", [RU], "ru")
    assert verdict.label == "supported", verdict.reason
