"""What a passage's title names decides whose figures it holds. A title that names a person by
the surname alone ("The death of Lavoisier") or a thing by its last word ("How the flytrap's
trap works") is about the one another passage's title names in full ("Antoine Lavoisier", "The
Venus flytrap"); a title that joins two ("The Thirteenth Amendment and Juneteenth") is about
each; a relative clause is about what the clause before it ends with."""

from __future__ import annotations

import pytest

from verify_helpers import passage_hit, verify_claim
from factlint.verify.heuristic import HeuristicVerifier

DEATH = passage_hit(8, "During the Terror the former tax farmers were arrested in November 1793. Lavoisier was guillotined in "
                       "Paris on 8 May 1794, at the age of 50, together with 27 other tax farmers, among them his father-in-law.",
                    title="The death of Lavoisier", score=0.86)
LIFE = passage_hit(6, "Antoine Lavoisier was born in Paris in 1743 and trained in law before turning to science. In 1768 he "
                      "bought a share in the Ferme generale, a private company that collected certain taxes for the king.",
                   title="Antoine Lavoisier", score=0.48)


def _verify(text: str, hits):
    return verify_claim(text, hits)


CLAIM = ("During the Terror the tax farmers were arrested in November 1793, and Lavoisier went to the guillotine "
         "on 8 May 1794 in Paris, at the age of 56, along with his father-in-law.")


def test_a_surname_title_is_about_the_full_name_beside_it():
    verdict = _verify(CLAIM, [DEATH, LIFE])
    assert verdict.label == "contradicted", verdict.reason
    assert "56" in verdict.reason and "50" in verdict.reason


def test_the_right_age_is_supported_with_both_passages():
    assert _verify(CLAIM.replace("56", "50"), [DEATH, LIFE]).label == "supported"


@pytest.mark.parametrize("title, said", [("The death of Lavoisier", True), ("Lavoisier's death", True),
                                           ("Marie Lavoisier", False), ("Lavoisier", False)])
def test_a_title_says_a_surname_alone(title, said):
    verifier = HeuristicVerifier()
    assert verifier._title_surname(title, verifier._title_head("Antoine Lavoisier")) is said


TRAP = passage_hit(39, "Each trap is the end of a leaf, made of two lobes edged with stiff bristles, and on the inner face of "
                       "each lobe there are usually three trigger hairs.", title="How the flytrap's trap works", score=0.76)
FLYTRAP = passage_hit(38, "The Venus flytrap, Dionaea muscipula, grows wild only in a small area of the coastal plain of North "
                          "and South Carolina.", title="The Venus flytrap", score=0.54)


def test_a_title_that_owns_the_asked_things_last_word_is_on_topic():
    text = "On the inner surface of each lobe are about six trigger hairs."
    verdict = verify_claim(text, [TRAP, FLYTRAP], context="The Venus flytrap catches insects.",
                           question="How does the Venus flytrap catch insects?")
    assert verdict.label == "contradicted", verdict.reason
    assert "three" in verdict.reason


@pytest.mark.parametrize("title, asked, said", [
    ("How the flytrap's trap works", "The Venus flytrap", True), ("Digestion in the flytrap", "The Venus flytrap", True),
    ("The death of Lavoisier", "Antoine Lavoisier", True), ("The death of Pierre Curie", "Marie Curie", False),
    ("Paracetamol dose for adults", "Ibuprofen dose for adults", False), ("Sundews", "The Venus flytrap", False)])
def test_a_title_says_the_last_word_of_an_asked_name(title, asked, said):
    assert HeuristicVerifier()._says_last_word(title, asked) is said


EMANCIPATION = passage_hit(21, "The Emancipation Proclamation took effect on 1 January 1863. It declared free all enslaved people in "
                               "the areas still in rebellion against the United States.", title="The Emancipation Proclamation",
                           score=0.45)
JUNETEENTH = passage_hit(22, "On 19 June 1865 the Union general Gordon Granger announced at Galveston, Texas, that all enslaved "
                             "people there were free. The day is remembered as Juneteenth and became a federal holiday in 2021.",
                         title="The Thirteenth Amendment and Juneteenth", score=0.7)


def test_a_relative_clause_is_about_the_title_part_before_it():
    text = "News of freedom reached Galveston, Texas, on 19 June 1865, a day now celebrated as Juneteenth, which was made a federal holiday in {}."
    question = "What did the Emancipation Proclamation do?"
    context = "The Thirteenth Amendment abolished slavery nationwide."
    wrong = verify_claim(text.format(2019), [JUNETEENTH, EMANCIPATION], context=context, question=question)
    assert wrong.label == "contradicted", wrong.reason
    assert "2021" in wrong.reason
    right = verify_claim(text.format(2021), [JUNETEENTH, EMANCIPATION], context=context, question=question)
    assert right.label != "contradicted"


def test_a_title_joins_a_name_that_ends_it():
    parts = HeuristicVerifier()._title_parts("The Thirteenth Amendment and Juneteenth")
    assert parts == [frozenset({"thirteenth", "amend"}), frozenset({"juneteenth"})]
    assert HeuristicVerifier()._title_parts("The Stockton and Darlington Railway") == []
