"""The heuristic verifier on hand-made claims and passages: what disagrees, what supports."""

from __future__ import annotations

import pytest

from factlint.claims import Claim
from factlint.errors import ConfigError
from factlint.evidence.index import Hit
from factlint.verify.base import build_verifier
from factlint.verify.heuristic import HeuristicConfig, HeuristicVerifier

MEN = "Adult men need 8 mg of iron a day, not 18 mg. The higher figure of 18 mg a day applies only to women aged 19 to 50."
ADULTS = "The NIH sets the RDA for iron at 8 mg a day for adult men aged 19 and older, and 18 mg a day for women aged 19 to 50."
BREASTFEEDING = "While breastfeeding, women aged 19 to 50 need 9 mg a day, less than before pregnancy."
SPINACH = "Spinach is not the best source of iron, and it does not give the body more iron than red meat."


def hit(text, pid=1, score=0.8, title="", doc_id=None):
    return Hit(pid, doc_id or f"d{pid}", title, "corpus.jsonl", text, score, 0, len(text))


def claim(text, context=None, kinds=("number",)):
    return Claim(text, 0, len(text), context, kinds)


@pytest.fixture
def verifier():
    return HeuristicVerifier()


def test_a_different_number_in_the_matching_clause_contradicts(verifier):
    evidence = [hit(MEN, 1, 0.81, "How much iron men need"), hit(ADULTS, 2, 0.78)]
    v = verifier.verify_one(claim("Adult men need about 18 mg of iron a day."), evidence)
    assert v.label == "contradicted"
    assert v.reason == "says 18 mg; the evidence says 8 mg"
    assert v.passage.passage_id == 1
    assert v.stances[0] == (evidence[0], "contradicts")
    assert v.score < 0.3 and v.confidence > 0.7


def test_the_same_numbers_are_supported_even_next_to_other_figures(verifier):
    evidence = [hit(MEN, 1), hit(ADULTS, 2), hit(BREASTFEEDING, 3)]
    v = verifier.verify_one(claim("Most adult men need 8 mg of iron a day, and women aged 19 to 50 need 18 mg."), evidence)
    assert v.label == "supported", v.reason
    assert v.score >= 0.7 and v.stances[0][1] == "supports"


def test_a_year_that_differs_contradicts(verifier):
    v = verifier.verify_one(claim("Arthur's Magazine was founded in 1999 in Philadelphia."),
                            [hit("Arthur's Magazine was founded in 2001 in Philadelphia by T. S. Arthur.")])
    assert (v.label, v.reason) == ("contradicted", "says 1999; the evidence says 2001")


def test_a_date_that_differs_contradicts(verifier):
    v = verifier.verify_one(claim("Allie Goertz was born on March 5, 1991 in Los Angeles."),
                            [hit("Allie Goertz was born on March 2, 1991 in Los Angeles and is an American musician.")])
    assert v.label == "contradicted" and "says March 5; the evidence says March 2" in v.reason


def test_a_name_in_the_place_of_another_contradicts(verifier):
    v = verifier.verify_one(claim("The film Gigantic was directed by Steven Spielberg in New York.", kinds=("name",)),
                            [hit("The film Gigantic was directed by Matt Aselton in New York and stars Paul Dano.")])
    assert v.label == "contradicted"
    assert v.reason == "says Steven Spielberg; the evidence says Matt Aselton"


def test_opposite_polarity_of_the_same_words_contradicts(verifier):
    v = verifier.verify_one(claim("Spinach has more iron than red meat for the body.", kinds=("comparison",)), [hit(SPINACH)])
    assert v.label == "contradicted" and "does not give the body more iron than red meat" in v.reason


def test_opposite_comparison_words_contradict(verifier):
    v = verifier.verify_one(claim("Heme iron is absorbed less easily than non-heme iron by the body.", kinds=("comparison",)),
                            [hit("Heme iron is absorbed more easily than non-heme iron by the body.")])
    assert v.label == "contradicted" and "more easily" in v.reason


def test_a_claim_no_passage_covers_is_unsupported_and_says_what_is_missing(verifier):
    v = verifier.verify_one(claim("Kale contains 40 mg of vitamin K per leaf."), [hit("Red meat such as beef and lamb is rich in heme iron.")])
    assert v.label == "unsupported"
    assert "40 mg" in v.reason and v.score < 0.5


def test_a_figure_no_passage_states_is_unsupported_even_if_the_words_are_there(verifier):
    v = verifier.verify_one(claim("Red meat such as beef is rich in heme iron, with 40 mg per serving."),
                            [hit("Red meat such as beef is rich in heme iron and improves absorption per serving.")])
    assert v.label == "unsupported" and "40 mg" in v.reason


def test_passages_below_min_similarity_are_not_evidence(verifier):
    v = verifier.verify_one(claim("Adult men need 8 mg of iron a day."), [hit(MEN, score=0.1)])
    assert v.label == "unsupported" and v.passage is None
    assert v.reason == "no passage in the index is about this"


def test_a_short_answer_is_judged_on_what_it_adds_to_its_question(verifier):
    question = "The Oberoi family is part of a hotel company that has a head office in what city?"
    evidence = [hit("The Oberoi Group is a hotel company with its head office in Delhi.")]
    assert verifier.verify_one(claim("Delhi", question, ("answer",)), evidence).label == "supported"
    wrong = verifier.verify_one(claim("Mumbai, the financial capital of India.", question, ("answer",)), evidence)
    assert wrong.label == "unsupported" and "Mumbai" in wrong.reason


def test_no_to_a_question_needs_a_negation_in_the_evidence(verifier):
    question = "Are Jane and First for Women both women's magazines?"
    evidence = [hit("Jane is an American women's magazine. First for Women is a women's magazine published in the USA.")]
    v = verifier.verify_one(claim("No, Jane is a women's magazine and First for Women is not.", question, ("answer",)), evidence)
    assert v.label != "supported"


def test_who_came_first_is_checked_against_the_years(verifier):
    question = "Who was born first, Pablo Trapero or Aleksander Ford?"
    evidence = [hit("Pablo Trapero (born 4 October 1971) is an Argentine film producer. "
                    "Aleksander Ford (born 24 November 1908) was a Polish film director.")]
    wrong = verifier.verify_one(claim("Pablo Trapero was born first.", question, ("answer", "name")), evidence)
    assert wrong.label == "contradicted"
    assert "1971 for Pablo Trapero and 1908 for Aleksander Ford" in wrong.reason
    assert verifier.verify_one(claim("Aleksander Ford", question, ("answer",)), evidence).label == "supported"


def test_thresholds_come_from_config():
    text = "Red meat such as beef and lamb is one of the best sources of heme iron in many diets today."
    evidence = [hit("Red meat such as beef and lamb is one of the best sources of heme iron.")]
    c = claim(text, kinds=("comparison",))
    assert HeuristicVerifier().verify_one(c, evidence).label == "supported"
    assert HeuristicVerifier(HeuristicConfig(support_coverage=1.0)).verify_one(c, evidence).label == "unsupported"


def test_passage_analyses_are_cached_by_passage(verifier):
    evidence = [hit(MEN, 7)]
    verifier.verify([claim("Adult men need 8 mg of iron a day.")] * 3, [evidence] * 3)
    assert list(verifier._passages) == [(7, MEN)]


def test_build_verifier_validates_its_section():
    assert isinstance(build_verifier("heuristic", {"support_coverage": 0.5}), HeuristicVerifier)
    with pytest.raises(ConfigError, match=r"key `facts.heuristic.support_cover`: unknown key"):
        build_verifier("heuristic", {"support_cover": 0.5})
    with pytest.raises(ConfigError, match=r"key `facts.verifier`: unknown verifier 'oracle'"):
        build_verifier("oracle", {})
    with pytest.raises(ValueError, match="no lexicon"):
        HeuristicVerifier(language="xx")
