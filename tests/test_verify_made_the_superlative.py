"""A name a verb of making calls the superlative thing ("That final day made Gettysburg the
bloodiest single day in American history") is what the superlative is said of, as "it" is in
"which makes it the longest": the evidence that gives the superlative to another contradicts."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim
from factlint.verify.analysis import analyse
from factlint.verify.languages import lexicon

ANTIETAM = passage_hit(1, "The Battle of Antietam, fought near Sharpsburg, Maryland, on 17 September 1862, ended Lee's first "
                          "invasion of the North. With about 23,000 men killed, wounded or missing in a single day, it remains "
                          "the bloodiest day in American history.", title="Antietam")


def _verify(text: str):
    return verify_claim(text, [ANTIETAM])


def test_the_name_made_the_superlative_is_its_entity():
    (identity,) = analyse("That final day made Gettysburg the bloodiest single day in American history.", lexicon("en")).identities
    assert identity.entity == ("gettysburg",)
    assert identity.key == "bloodiest"


def test_another_name_made_the_superlative_is_contradicted():
    verdict = _verify("That final day made Gettysburg the bloodiest single day in American history.")
    assert verdict.label == "contradicted", verdict.reason
    assert "Gettysburg" in verdict.reason and "Antietam" in verdict.reason


def test_the_evidence_own_name_made_the_superlative_agrees():
    assert _verify("That final day made Antietam the bloodiest single day in American history.").label == "supported"


def test_a_verb_of_making_without_a_superlative_names_no_identity():
    assert analyse("The war made Lincoln a hero of the Union.", lexicon("en")).identities == []
