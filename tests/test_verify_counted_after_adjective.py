"""A figure counts the plural noun after a word that describes it: "8 loyal men" counts men, as
"18 men who stayed loyal" does, so the two are rival counts of one thing."""

from __future__ import annotations

from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon
from verify_helpers import passage_hit, verify_claim

LAUNCH = passage_hit(1, "Bligh and 18 men who stayed loyal to him were set adrift in the ship's open launch, only 23 feet "
                        "long.", title="Bligh's voyage in the launch")


def units(text):
    return [m.unit for m in analyse(text, lexicon("en")).mentions if m.kind == "number"]


def test_the_noun_after_a_describing_word_is_counted():
    assert units("Bligh and 8 loyal men were cast adrift.") == ["~men"]
    assert units("He wrote 4 famous novels.") == ["~novel"]
    assert units("It took 3 long years.") == ["year"]
    assert units("She kept 2 dogs.") == ["~dog"]


def test_rival_counts_of_one_thing():
    verdict = verify_claim("Bligh and 8 loyal men were cast adrift in the ship's launch.", [LAUNCH])
    assert verdict.label == "contradicted", verdict.reason
    assert "18 men" in verdict.reason
    verdict = verify_claim("Bligh and 18 loyal men were cast adrift in the ship's launch.", [LAUNCH])
    assert verdict.label == "supported", verdict.reason
