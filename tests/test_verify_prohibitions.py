"""A law that forbids an act ("it is against the law to sell them to anyone under 18", "illegal
for anyone under 18 to buy") denies that act, as "shops may not sell them" does: the two agree,
and a claim that the act is allowed is the one that disagrees."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit
from factlint.claims import Claim
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from factlint.verify.heuristic import HeuristicVerifier

CURFEW = passage_hit(1, "In England and Wales it is against the law to set off fireworks between 11pm and 7am. The limit "
                        "is extended to midnight on Bonfire Night.", title="Fireworks law: the night-time curfew", score=0.8)
AGE = passage_hit(2, "Under the Fireworks Regulations 2004 it is illegal for anyone under 18 to buy adult fireworks.",
                  title="Fireworks law: age", score=0.8)


def _verify(text: str, hit):
    return HeuristicVerifier().verify_one(Claim(text, 0, len(text), None, ("advice",)), [hit])


@pytest.mark.parametrize("said, hit", [
    ("You must not set off fireworks between 11pm and 7am in England and Wales.", CURFEW),
    ("In England and Wales nobody may set off fireworks between 11pm and 7am.", CURFEW),
    ("Under the Fireworks Regulations 2004, people under 18 cannot buy adult fireworks.", AGE),
])
def test_a_denial_agrees_with_the_law_that_forbids_it(said, hit):
    assert _verify(said, hit).label != "contradicted"


SALE = passage_hit(3, "Under the Fireworks Regulations 2004 it is against the law to sell adult fireworks to anyone under 18.",
                   title="Fireworks law: age", score=0.8)


def test_a_sale_only_from_an_age_up_is_what_the_law_against_selling_below_it_says():
    assert _verify("Adult fireworks may only be sold to people aged 18 or over.", SALE).label != "contradicted"


@pytest.mark.parametrize("said", ["Adult fireworks may only be sold to people aged 16 or over.",
                                  "Shops may sell adult fireworks to children under 18."])
def test_a_sale_the_law_forbids_is_contradicted(said):
    assert _verify(said, SALE).label == "contradicted"


def test_the_act_said_to_be_allowed_is_contradicted():
    v = _verify("In England and Wales you are free to set off fireworks between 11pm and 7am, and many people do.", CURFEW)
    assert v.label == "contradicted", v.reason



LIVESTOCK = passage_hit(5, "It is an offence to let a dog worry livestock on farmland, which includes attacking sheep or "
                           "chasing them.", title="Dogs and livestock", score=0.8)


def test_an_act_a_clause_calls_an_offence_is_what_the_law_forbids():
    # blind31 q22-c (a right answer, contradicted at 5a3b832): the gerund is the subject.
    said = "The code also asks owners to clear up after their dogs, and it warns that letting a dog worry sheep is an offence."
    assert _verify(said, LIVESTOCK).label != "contradicted"


NEUTRAL_SEA = ("По Парижскому миру 1856 года Чёрное море объявлялось нейтральным: России и Турции запрещалось держать "
               "там военный флот и арсеналы.")


@pytest.mark.parametrize("said, label", [
    ("Чёрное море стало нейтральным: ни Россия, ни Турция не могли держать на нём военный флот и арсеналы.", None),
    ("Чёрное море стало нейтральным, но Россия и Турция могли держать на нём военный флот и арсеналы.", "contradicted"),
])
def test_a_russian_law_that_forbids_the_act_denies_it(said, label):
    from verify_helpers import russian_verify

    v = russian_verify(("statement",))(said, NEUTRAL_SEA)
    assert (v.label == "contradicted") is (label == "contradicted"), v.reason


BONFIRE = passage_hit(4, "Burn only dry material, which makes less smoke than damp or green waste, and never burn household "
                         "rubbish, rubber, paint tins, aerosols or batteries.", title="Building a bonfire", score=0.8)


def test_keeping_a_thing_out_of_the_fire_is_not_burning_it():
    said = "Burn only dry garden material, and keep household rubbish, rubber, paint tins, aerosols and batteries out of it."
    assert _verify(said, BONFIRE).label != "contradicted"
    v = _verify("Burn dry garden material, and burn household rubbish, rubber, paint tins, aerosols and batteries too.", BONFIRE)
    assert v.label == "contradicted", v.reason


@pytest.mark.parametrize("text, denied", [
    # A prohibition only before its act.
    ("It is against the law to sell them.", True),
    ("It is illegal for anyone under 18 to buy them.", True),
    ("The law was passed to protect buyers.", False),
    ("Illegal logging destroyed the forest.", False),
    # After a copula whose subject is a gerund that opens its clause.
    ("The code warns that letting a dog worry sheep is an offence.", True),
    ("Using a phone while driving is illegal", True),
    ("The ruling said the logging was illegal.", False),
    ("Everything he did was against the law.", False),
    # "keep ... out of" only in a command that keeps something.
    ("Keep matches and lighters out of the reach of children.", True),
    ("Keep a bucket of water nearby.", False),
    ("Keep the batteries out of the fire.", True),
    ("Keep the wound clean and away from dirt.", False),
    ("Keep well away from overhead power lines.", False),
    ("Archimedes designed machines that kept the Romans out of Syracuse for two years.", False),
])
def test_what_is_read_as_a_denial(text, denied):
    assert any(t.lower == "not" for t in analyse(text, lexicon("en")).tokens) is denied
