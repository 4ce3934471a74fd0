"""A Russian command may open with an adverb of manner («аккуратно вправьте его внутрь»,
«осторожно снимите»): the imperative after it is the command, which meets the evidence's
prohibition of the same verb («нельзя вправлять»)."""

from __future__ import annotations

from verify_helpers import russian_verify


_verify = russian_verify(("advice",))


FRACTURE = "При открытом переломе рану закрывают стерильной повязкой. Торчащие отломки кости нельзя вправлять внутрь раны."


def test_a_command_after_an_adverb_meets_its_prohibition():
    v = _verify("Если из раны торчит отломок кости, аккуратно вправьте его внутрь.", FRACTURE)
    assert v.label == "contradicted", v.reason


def test_an_adverb_before_a_command_the_evidence_gives_is_no_conflict():
    v = _verify("Если из раны торчит отломок кости, аккуратно закройте рану стерильной повязкой.", FRACTURE)
    assert v.label != "contradicted", v.reason
