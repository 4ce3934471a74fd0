"""A subject described by what the person is ("the chemists Anna Lind and Karl Berg") holds the
subject's place after a time that opens the sentence too ("In 1902 the chemists ..."), so a
claim that gives the deed to another man, one the passage names for something else, meets it
as a rival."""

from __future__ import annotations

from verify_helpers import passage_hit, verify_claim

PASSAGE = passage_hit(1, "The first furnaces wasted most of their fuel. Oskar Wahl showed that a second chimney saved "
                         "some of it. In 1902 the chemists Anna Lind and Karl Berg lined the furnace with fireclay, "
                         "which kept the heat in and halved the fuel used.", title="Improving the furnace")


def test_another_man_named_elsewhere_in_the_passage_is_not_the_subject():
    verdict = verify_claim("In 1902 Oskar Wahl solved that problem by lining the furnace with fireclay, "
                           "which kept the heat in.", [PASSAGE])
    assert verdict.label == "contradicted", verdict.reason
    assert "Anna Lind" in verdict.reason


def test_the_described_subject_and_the_man_s_own_deed_still_agree():
    verdict = verify_claim("In 1902 Anna Lind solved that problem by lining the furnace with fireclay, "
                           "which kept the heat in.", [PASSAGE])
    assert verdict.label != "contradicted", verdict.reason
    verdict = verify_claim("Oskar Wahl showed that a second chimney saved some of the fuel.", [PASSAGE])
    assert verdict.label != "contradicted", verdict.reason
