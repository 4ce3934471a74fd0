"""What follows a colon says its own thing with its own subject: a clause after it that goes on
without a subject ("..., later called the Ice King, | shipped a first cargo ...") is about the
colon's clause, not the sentence's first one, so its figure is aligned with the evidence's."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

ICE = passage_hit(1, "Before mechanical refrigeration, food was kept cold with natural ice cut in winter from frozen lakes. "
                     "In 1806 the Boston merchant Frederic Tudor sent his first cargo of ice, about 130 tons, by sea to the "
                     "Caribbean island of Martinique. He became known as the Ice King.", title="The ice trade")
SAID = ("Before mechanical fridges, people relied on natural ice: in 1806 the Boston merchant Frederic Tudor, later "
        "called the Ice King, shipped a first cargo of about {} tons of ice to Martinique.")


def _verify(text: str):
    return verify_claim(text, [ICE])


def test_the_clause_after_the_colon_is_what_goes_on():
    a = analyse(SAID.format("130"), lexicon("en"))
    shipped = next(c for c in a.clauses if a.text[c.start:].startswith("shipped"))
    assert {"tudor", "merchant"} <= shipped.inherited
    assert not {"fridg", "peopl"} & shipped.inherited


def test_a_wrong_figure_after_a_colon_is_contradicted():
    verdict = _verify(SAID.format("1,300"))
    assert verdict.label == "contradicted", verdict.reason
    assert "130 tons" in verdict.reason


def test_the_right_figure_after_a_colon_is_not():
    assert _verify(SAID.format("130")).label != "contradicted"


def test_a_pronoun_after_a_colon_still_goes_on_from_the_first_clause():
    a = analyse("The Ice King grew rich: he shipped ice as far as India.", lexicon("en"))
    assert a.clauses[1].inherited  # (the pronoun's clause has the sentence's subject)
