"""The heuristic verifier on hand-made claims and passages: what disagrees, what supports."""

from __future__ import annotations

import pytest

from factlint.claims import Claim
from factlint.errors import ConfigError
from factlint.evidence.index import Hit
from factlint.verify.analysis import analyse
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


def answering(text, question, kinds=("number",)):
    """A claim of an answer to `question`."""
    return Claim(text, 0, len(text), None, kinds, question=question)


def assert_rival(verifier, passage, said, wrong, right, message, kinds=("name",), supported=True):
    """`said` with the wrong name is contradicted, with `message` in its reason; with the right one,
    supported (or, if not `supported`, at least not contradicted: the passage may not hold the rest)."""
    v = verifier.verify_one(claim(said.format(wrong), kinds=kinds), [passage])
    assert v.label == "contradicted" and message in v.reason, v.reason
    label = verifier.verify_one(claim(said.format(right), kinds=kinds), [passage]).label
    assert label == "supported" if supported else label != "contradicted", label


def assert_caught(verifier, evidence, wrong, right, message, kinds=("number",)):
    """`wrong` is contradicted, with `message` in its reason; `right` is not contradicted."""
    v = verifier.verify_one(claim(wrong, kinds=kinds), evidence)
    assert v.label == "contradicted" and message in v.reason, v.reason
    v = verifier.verify_one(claim(right, kinds=kinds), evidence)
    assert v.label != "contradicted", v.reason


def assert_contradicted(verifier, said, evidence, message):
    """The claim `said` is contradicted, with `message` in its reason."""
    v = verifier.verify_one(said, evidence)
    assert v.label == "contradicted" and message in v.reason, v.reason


def assert_not_contradicted(verifier, said, evidence):
    """The claim `said` is not contradicted."""
    v = verifier.verify_one(said, evidence)
    assert v.label != "contradicted", v.reason


@pytest.fixture
def verifier():
    return HeuristicVerifier()


def test_a_different_number_in_the_matching_clause_contradicts(verifier):
    evidence = [hit(MEN, 1, 0.81, "How much iron men need"), hit(ADULTS, 2, 0.78)]
    v = verifier.verify_one(claim("Adult men need about 18 mg of iron a day."), evidence)
    assert v.label == "contradicted"
    assert v.reason == "says about 18 mg a day; the evidence says 8 mg a day (“Adult men need 8 mg of iron a day, not 18 mg.”)"
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
    assert (v.label, v.reason) == ("contradicted", "says 1999; the evidence says 2001"
                                   " (“Arthur's Magazine was founded in 2001 in Philadelphia by T. S. Arthur.”)")


def test_a_date_that_differs_contradicts(verifier):
    v = verifier.verify_one(claim("Allie Goertz was born on March 5, 1991 in Los Angeles."),
                            [hit("Allie Goertz was born on March 2, 1991 in Los Angeles and is an American musician.")])
    assert v.label == "contradicted" and "says March 5; the evidence says March 2" in v.reason


def test_a_name_in_the_place_of_another_contradicts(verifier):
    v = verifier.verify_one(claim("The film Gigantic was directed by Steven Spielberg in New York.", kinds=("name",)),
                            [hit("The film Gigantic was directed by Matt Aselton in New York and stars Paul Dano.")])
    assert v.label == "contradicted"
    assert v.reason.startswith("says Steven Spielberg; the evidence says Matt Aselton (“The film Gigantic")


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


# ---- quantities: the same quantity, aligned, in one unit ------------------------------

IBUPROFEN = ("Ibuprofen is a nonsteroidal anti-inflammatory drug used for pain and fever. Adults can take 200 mg to 400 mg "
             "of ibuprofen every 4 to 6 hours, and should not take more than 1,200 mg in 24 hours without a doctor's advice.")
PARACETAMOL = "Adults should take no more than 4 g of paracetamol in 24 hours."
OLYMPUS = "Olympus Mons on Mars rises about 22 kilometres above the surrounding plains."
OLYMPUS_PASSAGE = ("Olympus Mons is a large shield volcano on Mars. It is the tallest volcano in the solar system. "
                   "It rises about 22 kilometres above the surrounding plains, and its base is about 600 kilometres across.")
BRIDGE = "Construction of Charles Bridge began in 1357 under King Charles IV."
BRIDGE_PASSAGE = ("Charles Bridge is a medieval stone bridge that crosses the Vltava river in Prague. Its construction "
                  "began in 1357 under King Charles IV and was finished in the early 15th century.")


def test_a_claim_within_the_evidence_s_bounds_is_supported_not_contradicted(verifier):
    text = "Adults should take no more than 1,200 mg of ibuprofen in 24 hours, usually as 200 mg to 400 mg every 4 to 6 hours."
    v = verifier.verify_one(claim(text), [hit(IBUPROFEN)])
    assert v.label == "supported", v.reason


@pytest.mark.parametrize(
    "text, evidence, reason",
    [
        ("Olympus Mons is about 9 kilometres high.", OLYMPUS,
         "says about 9 km; the evidence says about 22 km (“Olympus Mons on Mars rises about 22 kilometres above the surrounding plains.”)"),
        ("Olympus Mons is about 9 kilometres high.", OLYMPUS_PASSAGE,
         "says about 9 km; the evidence says about 22 km (“It rises about 22 kilometres above the surrounding plains, and its base is about 600 kilometres across.”)"),
        ("Adults can take up to 8 grams of paracetamol a day.", PARACETAMOL,
         "says up to 8 g a day; the evidence says no more than 4 g in 24 hours (“Adults should take no more than 4 g of paracetamol in 24 hours.”)"),
        ("The maximum daily dose of ibuprofen bought over the counter is 2,400 mg a day.", IBUPROFEN,
         "says 2,400 mg a day; the evidence says no more than 1,200 mg in 24 hours (“Adults can take 200 mg to 400 mg of ibuprofen every 4 to 6 hours, and should not take more than 1,200 mg in 24 hours without a doctor's advice.”)"),
        ("Charles Bridge was begun in 1257.", BRIDGE, "says 1257; the evidence says 1357 (“Construction of Charles Bridge began in 1357 under King Charles IV.”)"),
        ("Charles Bridge was begun in 1257.", BRIDGE_PASSAGE,
         "says 1257; the evidence says 1357 (“Its construction began in 1357 under King Charles IV and was finished in the early 15th century.”)"),
        ("Olympus Mons is about 30 miles high.", OLYMPUS,
         "says about 30 miles; the evidence says about 22 km (“Olympus Mons on Mars rises about 22 kilometres above the surrounding plains.”)"),
    ],
)
def test_a_quantity_outside_the_evidence_s_is_contradicted_and_the_message_quotes_the_sentence(verifier, text, evidence, reason):
    v = verifier.verify_one(claim(text), [hit(evidence)])
    assert (v.label, v.reason) == ("contradicted", reason)
    assert v.stances[0][1] == "contradicts"


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("Adults should take no more than 4,000 mg of paracetamol in 24 hours.", PARACETAMOL),
        ("Water boils at 212 °F at sea level.", "Water boils at 100 °C at sea level."),
        ("Water boils at 212 degrees Fahrenheit at sea level.", "At sea level, pure water boils at 100 degrees Celsius."),
        ("Olympus Mons is about 14 miles high.", OLYMPUS),
        ("Olympus Mons is about 14 miles high.", OLYMPUS_PASSAGE),
    ],
)
def test_the_same_quantity_in_another_unit_is_supported(verifier, text, evidence):
    v = verifier.verify_one(claim(text), [hit(evidence)])
    assert v.label == "supported", v.reason


def test_a_figure_the_evidence_bound_allows_is_not_contradicted(verifier):
    v = verifier.verify_one(claim("Adults can take up to 3 grams of paracetamol a day."), [hit(PARACETAMOL)])
    assert v.label == "unsupported"


def test_another_thing_s_figure_does_not_contradict(verifier):
    mercury = "Mercury is the smallest planet and the closest to the Sun, at an average distance of about 58 million kilometres from the Sun."
    v = verifier.verify_one(claim("The Sun is about 150 million kilometres away from Earth on average."), [hit(mercury)])
    assert v.label == "unsupported"


# ---- names: only a rival in the same place is a conflict ------------------------------

VENUS = ("Venus is the hottest planet in the solar system, hotter than Mercury, because its thick carbon dioxide "
         "atmosphere traps heat.")


def test_another_name_for_the_one_thing_a_superlative_fits_contradicts(verifier):
    v = verifier.verify_one(claim("Mercury is the hottest planet in the solar system.", kinds=("comparison",)), [hit(VENUS)])
    assert v.label == "contradicted"
    assert v.reason == f"says Mercury; the evidence says Venus (“{VENUS}”)"
    assert v.stances[0][1] == "contradicts"
    right = verifier.verify_one(claim("Venus is the hottest planet in the solar system.", kinds=("comparison",)), [hit(VENUS)])
    assert right.label == "supported"


def test_a_short_answer_naming_the_wrong_one_is_contradicted(verifier):
    question = "Which planet is the hottest in the solar system?"
    v = verifier.verify_one(claim("Mercury is the hottest planet in the solar system.", question, ("answer",)), [hit(VENUS)])
    assert v.label == "contradicted" and "says Mercury; the evidence says Venus" in v.reason


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("The Sun is about 150 million kilometres from Earth.", "Earth is the third planet from the Sun. Its average distance from the Sun is about 150 million kilometres."),
        ("The giant storm on Jupiter has lasted for 350 years.", "The Great Red Spot is a giant storm that has lasted for at least 350 years on the planet."),
        ("The planet Jupiter has a giant storm that has lasted for 350 years.", "The Great Red Spot is a giant storm that has lasted for at least 350 years on the planet."),
    ],
)
def test_a_name_in_another_role_or_named_by_the_claim_too_is_no_rival(verifier, text, evidence):
    v = verifier.verify_one(claim(text, kinds=("name", "number")), [hit(evidence)])
    assert v.label != "contradicted", v.reason


def test_a_passage_that_disagrees_is_never_cited_as_support():
    # The passage names another planet as the hottest, but is too unlike the claim
    # (match_similarity) to call it contradicted: the claim is unsupported, not supported by it.
    v = HeuristicVerifier(HeuristicConfig(match_similarity=0.9)).verify_one(
        claim("Mercury is the hottest planet in the solar system.", kinds=("comparison",)), [hit(VENUS, score=0.8)])
    assert v.label == "unsupported"
    assert all(stance != "supports" for _, stance in v.stances)


def test_a_contradiction_names_the_kinds_of_what_disagrees(verifier):
    bound = verifier.verify_one(claim("Adults can take up to 8 grams of paracetamol a day."), [hit(PARACETAMOL)])
    assert bound.kinds == ("number", "bound")
    unit = verifier.verify_one(claim("Olympus Mons is about 30 miles high."), [hit(OLYMPUS)])
    assert unit.kinds == ("number", "unit")
    name = verifier.verify_one(claim("Mercury is the hottest planet in the solar system.", kinds=("comparison",)), [hit(VENUS)])
    assert name.kinds == ("name",)


def test_of_two_years_in_one_clause_the_one_said_with_the_same_words_is_the_counterpart(verifier):
    castle = "St. Vitus Cathedral stands inside Prague Castle; its construction began in 1344 and was completed in 1929."
    v = verifier.verify_one(claim("St. Vitus Cathedral was completed in 1829."), [hit(castle)])
    assert v.label == "contradicted" and v.reason.startswith("says 1829; the evidence says 1929 (")


def test_the_name_a_copula_gives_and_a_subject_are_in_the_same_place(verifier):
    evidence = ("San Marino has the smallest population of all the members of the Council of Europe. "
                "Andorra is a small country in the Pyrenees.")
    v = verifier.verify_one(claim("The republic with the smallest population in the Council of Europe is Andorra.", kinds=("name",)),
                            [hit(evidence)])
    assert v.label == "contradicted" and v.reason.startswith("says Andorra; the evidence says San Marino (")


# ---- figures aligned by their sentence, not their clause ---------------------------------

MARS = ("Mars, the fourth planet, is about 6,779 km across. Mars has two small, irregular moons, Phobos and Deimos, "
        "both discovered by the American astronomer Asaph Hall in 1877.")
OLYMPUS = ("Olympus Mons, a shield volcano on Mars, is the tallest known volcano in the solar system. It rises about 22 km, "
           "about two and a half times the height of Mount Everest above sea level, and its base is about 600 km wide.")
PARACETAMOL = ("The usual dose of paracetamol for adults is one or two 500 mg tablets (500 mg to 1 g) up to four times in "
               "24 hours. Always leave at least 4 hours between doses. Do not take more than 4 g, which is eight 500 mg "
               "tablets, in 24 hours.")
IBUPROFEN = ("For adults, the usual over-the-counter dose of ibuprofen is 200 mg to 400 mg every 4 to 6 hours as needed. "
             "Do not take more than 1,200 mg in 24 hours unless a doctor tells you to.")


def test_a_year_is_aligned_by_its_sentence_when_its_clause_shares_too_little(verifier):
    v = verifier.verify_one(claim("Mars has two small moons, Phobos and Deimos, discovered in 1977."), [hit(MARS)])
    assert v.label == "contradicted"
    assert v.reason.startswith("says 1977; the evidence says 1877 (“Mars has two small, irregular moons")


def test_the_words_beside_two_figures_pick_the_one_the_claim_means(verifier):
    text = "It is also home to Olympus Mons, the tallest known volcano in the solar system, which rises about 9 km."
    v = verifier.verify_one(claim(text), [hit(OLYMPUS)])
    assert v.label == "contradicted" and v.reason.startswith("says about 9 km; the evidence says about 22 km")


def test_a_sentence_whose_figure_the_passage_states_is_not_contradicted_by_its_other_figures(verifier):
    v = verifier.verify_one(claim("It rises about 22 km above the plains of Mars, the tallest volcano known."), [hit(OLYMPUS)])
    assert v.label != "contradicted", v.reason


def test_a_daily_maximum_conflicts_with_a_daily_maximum_of_the_same_medicine(verifier):
    text = "For severe pain, adults can safely take up to 8 g in 24 hours, and because paracetamol is gentle it rarely causes harm."
    v = verifier.verify_one(claim(text), [hit(PARACETAMOL)])
    assert v.label == "contradicted"
    assert v.reason.startswith("says up to 8 g in 24 hours; the evidence says no more than 4 g (“Do not take more than 4 g")


def test_a_passage_about_another_medicine_does_not_contradict_the_dose_asked_about(verifier):
    text = "One or two 200 mg tablets at a time, with at least 4 hours between doses, is the usual adult dose."
    evidence = [hit(PARACETAMOL, 1, 0.7, "Paracetamol: dose for adults"), hit(IBUPROFEN, 2, 0.65, "Ibuprofen: dose for adults")]
    # The question reaches the verifier with every claim of a long answer, not as its context.
    asked = Claim(text, 0, len(text), None, ("number",), "What is the usual dose of ibuprofen for adults?")
    v = verifier.verify_one(asked, evidence)
    assert v.label != "contradicted", v.reason
    # Asked about paracetamol, the same passage does contradict it.
    asked = Claim(text, 0, len(text), None, ("number",), "What is the usual dose of paracetamol for adults?")
    v = verifier.verify_one(asked, evidence)
    assert v.label == "contradicted" and "500 mg" in v.reason


def test_a_superlative_after_an_apposition_names_its_subject(verifier):
    venus = "Venus, the second planet from the Sun, is the hottest planet in the solar system."
    v = verifier.verify_one(claim("The hottest planet is Mercury."), [hit(venus)])
    assert v.label == "contradicted" and "Venus" in v.reason
    volga = "The Volga, about 3,530 km long, is the longest river in Europe and flows into the Caspian Sea."
    v = verifier.verify_one(claim("The Danube is the longest river in Europe, at about 2,850 km."), [hit(volga)])
    assert v.label == "contradicted" and "Volga" in v.reason
    v = verifier.verify_one(claim("The Volga is the longest river in Europe."), [hit(volga)])
    assert v.label == "supported", v.reason


def test_speeds_compare_across_their_periods(verifier):
    sound = "In dry air at 20 °C sound travels at about 343 metres per second (about 1,235 km/h)."
    v = verifier.verify_one(claim("At 20 °C sound moves through air at about 1,235 km/h."), [hit(sound)])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("At 20 °C sound moves through air at about 3,000 km/h."), [hit(sound)])
    assert v.label == "contradicted", v.reason


def test_an_area_is_not_a_length(verifier):
    amazon = "The Amazon is about 6,400 km long and drains a basin of about 7 million km²."
    v = verifier.verify_one(claim("The Amazon drains the largest basin on Earth, some 7 million km²."), [hit(amazon)])
    assert v.label != "contradicted", v.reason


def test_a_limit_said_of_the_limit_must_be_its_value_but_advice_may_be_stricter(verifier):
    upper = "The tolerable upper intake level of vitamin C for adults is 2,000 mg a day."
    v = verifier.verify_one(claim("The tolerable upper intake level of vitamin C for adults is 200 mg a day."), [hit(upper)])
    assert v.label == "contradicted" and "says 200 mg a day; the evidence says 2,000 mg a day" in v.reason
    v = verifier.verify_one(claim("Adults can take up to 200 mg of vitamin C a day."), [hit(upper)])
    assert v.label != "contradicted", v.reason


def test_the_window_of_a_daily_limit_is_not_a_figure_to_contradict(verifier):
    text = ("One or two 200 mg tablets at a time, with at least 4 hours between doses, is the usual adult dose, "
            "and the over-the-counter limit is 1.2 g, or six 200 mg tablets, in 24 hours.")
    v = verifier.verify_one(claim(text), [hit(IBUPROFEN)])
    assert v.label != "contradicted", v.reason


def test_a_span_of_years_holds_the_years_within_it(verifier):
    eiffel = "The Eiffel Tower in Paris was built for the World's Fair of 1889."
    v = verifier.verify_one(claim("Gustave Eiffel's company built the tower between 1887 and 1889, for the World's Fair of 1889."), [hit(eiffel)])
    assert v.label != "contradicted", v.reason
    span = "Its main span was the longest suspension bridge span in the world until 1964."
    v = verifier.verify_one(claim("Its main span was the longest suspension span in the world from 1937 until 1964."), [hit(span)])
    assert v.label != "contradicted", v.reason
    built = "Gustave Eiffel's company built the tower between 1880 and 1882."
    v = verifier.verify_one(claim("Gustave Eiffel's company built the tower between 1887 and 1889."), [hit(built)])
    assert v.label == "contradicted", v.reason


def test_no_other_is_a_superlative_not_a_denial(verifier):
    reef = "The Great Barrier Reef is the largest coral reef system in the world."
    v = verifier.verify_one(claim("No other coral reef system in the world is larger than the Great Barrier Reef."), [hit(reef)])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("The Great Barrier Reef is not the largest coral reef system in the world."), [hit(reef)])
    assert v.label == "contradicted", v.reason


def test_the_figures_of_another_subject_or_a_difference_do_not_contradict(verifier):
    verrazzano = ("The Verrazzano-Narrows Bridge in New York, which opened in 1964, has a main span of 1,298 metres, "
                  "just 18 metres longer than that of the Golden Gate Bridge.")
    v = verifier.verify_one(claim("The Golden Gate Bridge opened in 1937, and its main span measures 1,280 metres."), [hit(verrazzano)])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("The Verrazzano-Narrows Bridge opened in 1974."), [hit(verrazzano)])
    assert v.label == "contradicted" and "1964" in v.reason


def test_two_bare_figures_need_the_same_neighbours_to_be_one_quantity(verifier):
    aspirin = ("For pain and fever, adults and young people aged 16 and over usually take 300 mg to 900 mg of aspirin, "
               "repeated every 4 to 6 hours.")
    text = "For a headache, adults usually take 300 mg to 900 mg of aspirin, for example one to three 300 mg tablets."
    v = verifier.verify_one(claim(text), [hit(aspirin)])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("The solar system has nine planets."), [hit("The solar system has eight planets.")])
    assert v.label == "contradicted", v.reason


def test_a_changed_end_of_a_span_of_years_contradicts(verifier):
    ocean = "Warming of the ocean accounts for about 93% of the increase in the energy inventory between 1971 and 2004."
    for changed, said in (("1979 and 2004", "says 1979 and 2004"), ("1971 and 2010", "says 2010")):
        v = verifier.verify_one(claim(f"Warming of the ocean accounts for about 93% of the increase in the energy inventory between {changed}."), [hit(ocean)])
        assert v.label == "contradicted" and v.reason.startswith(f"{said}; the evidence says 1971 and 2004"), v.reason


def test_a_name_after_a_pronoun_is_context_in_a_longer_answer(verifier):
    castle = ("Windsor Castle, west of London, is the oldest occupied castle in the world. "
              "It was listed as a Grade I building in 1970.")
    v = verifier.verify_one(claim("It was listed as a Grade I building in 1980.", context="Windsor Castle stands west of London."), [hit(castle)])
    assert v.label == "contradicted" and "1970" in v.reason, v.reason
    v = verifier.verify_one(claim("It was listed as a Grade I building in 1970.", context="Windsor Castle stands west of London."), [hit(castle)])
    assert v.label != "contradicted", v.reason


def test_a_daily_maximum_is_not_explained_by_a_dose_within_it(verifier):
    label = ("Naproxen is an anti-inflammatory painkiller. The usual dose is 250 mg twice a day, "
             "and no more than 500 mg should be taken in 24 hours.")
    over = claim("Adults usually take 250 mg twice a day, up to 1,000 mg in 24 hours.", context="Naproxen is a painkiller.")
    v = verifier.verify_one(over, [hit(label)])
    assert v.label == "contradicted" and "500 mg" in v.reason, v.reason
    within = claim("Adults usually take 250 mg twice a day, up to 500 mg in 24 hours.", context="Naproxen is a painkiller.")
    assert verifier.verify_one(within, [hit(label)]).label != "contradicted"


def test_a_period_after_an_aside_belongs_to_the_quantity_before_it(verifier):
    from factlint.verify.analysis import analyse
    a = analyse("Do not take more than 3 g (3,000 mg) in 24 hours.", verifier.lex)
    assert [(m.text, m.per) for m in a.mentions] == [("3 g", 24.0), ("3,000 mg", 24.0)]


def test_a_limit_in_a_sentence_without_a_subject_is_read_with_the_sentence_before(verifier):
    label = ("For pain, adults usually take 200 mg to 400 mg of naproxen sodium every 8 to 12 hours. "
             "Do not take more than 660 mg (three tablets) in 24 hours.")
    before = "The usual adult dose is 200 mg to 400 mg every 8 to 12 hours, taken with food."
    v = verifier.verify_one(claim("You can take up to 2 g in 24 hours, but not for more than ten days.", context=before), [hit(label)])
    assert v.label == "contradicted" and "660 mg" in v.reason, v.reason


def test_two_years_said_with_one_month_are_one_date(verifier):
    museum = ("The Louvre Abu Dhabi is an art museum on Saadiyat Island. It opened on 8 November 2017 and holds works "
              "from many cultures. It was designed by the architect Jean Nouvel.")
    text = "It opened in November 2015 and was designed by the architect Jean Nouvel."
    v = verifier.verify_one(claim(text, context="The Louvre Abu Dhabi is an art museum."), [hit(museum)])
    assert v.label == "contradicted" and "2017" in v.reason, v.reason
    right = "It opened in November 2017 and was designed by the architect Jean Nouvel."
    assert verifier.verify_one(claim(right, context="The Louvre Abu Dhabi is an art museum."), [hit(museum)]).label != "contradicted"


def test_counts_per_period_compare_whatever_they_count(verifier):
    rest = "At rest, a healthy adult breathes about 12 to 20 times a minute."
    v = verifier.verify_one(claim("A healthy adult at rest takes between 30 and 40 breaths per minute."), [hit(rest)])
    assert v.label == "contradicted", v.reason
    v = verifier.verify_one(claim("A healthy adult at rest takes between 12 and 20 breaths per minute."), [hit(rest)])
    assert v.label != "contradicted", v.reason


def test_the_predicate_after_an_apposition_is_about_the_name_before_it(verifier):
    from factlint.verify.analysis import analyse
    a = analyse("Argon, a noble gas, makes up about 0.9 percent of the air. Dry air is mostly nitrogen, followed by oxygen.", verifier.lex)
    assert "argon" in a.clauses[1].inherited
    assert not a.clauses[-1].inherited  # "followed by" after a clause with its own verb


def test_a_relative_clause_is_about_what_it_follows(verifier):
    volcano = "Mauna Kea, a dormant volcano in Hawaii, is the tallest mountain from base to peak. It rises about 10 km from the ocean floor."
    text = "Hawaii is home to Mauna Kea, the tallest mountain from base to peak, which rises about 4 km from the ocean floor."
    v = verifier.verify_one(claim(text), [hit(volcano)])
    assert v.label == "contradicted" and "10 km" in v.reason, v.reason
    aside = "The skin covers about 1.5 to 2 square metres in an adult."
    v = verifier.verify_one(claim("In an adult the skin covers about 1.5 to 2 square metres, which is roughly 16 to 22 square feet."), [hit(aside)])
    assert v.label != "contradicted", v.reason


def test_a_figure_of_a_passage_about_another_thing_neither_agrees_nor_disagrees(verifier):
    drug_a = hit("Fexofenadine is a non-drowsy antihistamine. Adults take 120 mg once a day, and must not take more than 180 mg in 24 hours.",
                 pid=1, title="Fexofenadine")
    drug_b = hit("Ranitidine reduces stomach acid. Adults usually take 150 mg to 300 mg once a day.", pid=2, title="Ranitidine")
    text = "Adults take 120 mg of fexofenadine once a day, and can take up to 300 mg in 24 hours."
    c = Claim(text, 0, len(text), None, ("number",), question="What is the adult dose of fexofenadine?")
    v = verifier.verify_one(c, [drug_a, drug_b])
    assert v.label == "contradicted" and "180 mg" in v.reason, v.reason


def test_a_common_noun_named_by_a_superlative_has_rivals_of_its_kind(verifier):
    lungs = hit("The femur is the longest bone of the human body, about a quarter of a person's height.", pid=1)
    tibia = hit("The tibia is the second longest bone and the largest bone of the lower leg.", pid=2)
    v = verifier.verify_one(claim("The tibia is the longest bone in the human body."), [tibia, lungs])
    assert v.label == "contradicted" and "femur" in v.reason, v.reason
    v = verifier.verify_one(claim("The femur is the longest bone in the human body."), [tibia, lungs])
    assert v.label != "contradicted", v.reason
    # A common noun and a name are not rivals: "the company" may be the one named.
    v = verifier.verify_one(claim("The company is the largest maker of chips in the world."),
                            [hit("Intel is the largest maker of chips in the world.")])
    assert v.label != "contradicted", v.reason


def test_a_namesake_in_the_claims_place_contradicts(verifier):
    film = ("The first feature-length sound film was directed by Alan Crosland in 1927 for Warner Bros. "
            "His brother Frank Crosland later worked as a film editor.")
    wrong = "The first feature-length sound film was directed by Frank Crosland in 1927 for Warner Bros."
    v = verifier.verify_one(claim(wrong), [hit(film)])
    assert v.label == "contradicted" and "Alan Crosland" in v.reason, v.reason
    right = "The first feature-length sound film was directed by Alan Crosland in 1927 for Warner Bros."
    assert verifier.verify_one(claim(right), [hit(film)]).label != "contradicted"


def test_how_often_in_one_word_is_a_count_per_period(verifier):
    label = "Fexofenadine is an antihistamine. Adults take 180 mg once a day; children aged 6 to 11 take 30 mg twice a day."
    v = verifier.verify_one(claim("Adults take 180 mg twice a day."), [hit(label)])
    assert v.label == "contradicted" and "once a day" in v.reason, v.reason
    assert verifier.verify_one(claim("Adults take 180 mg once a day."), [hit(label)]).label == "supported"
    from factlint.verify.analysis import analyse
    assert analyse("It was once the tallest building in the city.", verifier.lex).mentions == []


def test_a_superlative_ranked_otherwise_contradicts(verifier):
    k2 = hit("K2, on the border of Pakistan and China, is the second highest mountain on Earth, at 8,611 metres.", pid=1)
    everest = hit("Mount Everest is the highest mountain on Earth, at 8,849 metres above sea level.", pid=2)
    v = verifier.verify_one(claim("K2 is the highest mountain on Earth."), [k2])
    assert v.label == "contradicted" and "second highest" in v.reason, v.reason
    assert verifier.verify_one(claim("K2 is the second highest mountain on Earth."), [k2, everest]).label != "contradicted"
    # Two names that share a word are two things: "Mount Everest" is no agreement for "Mount K2".
    v = verifier.verify_one(claim("Mount Elbrus is the highest mountain on Earth."), [everest])
    assert v.label == "contradicted" and "Mount Everest" in v.reason, v.reason


def test_a_time_ago_is_a_time_and_a_difference_the_claim_states_too_is_compared(verifier):
    ice = "The Quaternary period began about 2.6 million years ago, and the last glacial period ended about 11,700 years ago."
    v = verifier.verify_one(claim("The Quaternary period began about 2.6 million years ago."), [hit(ice)])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("The Quaternary period began about 26 million years ago."), [hit(ice)])
    assert v.label == "contradicted" and "2.6 million" in v.reason, v.reason
    fuel = "In 2017 airline fuel use per passenger was 3.4 litres per 100 km, 24% less than in 2005."
    assert verifier.verify_one(claim("In 2017 airline fuel use per passenger was 3.4 litres per 100 km, 24% less than in 2005."), [hit(fuel)]).label != "contradicted"


def test_a_conflict_needs_the_rest_of_its_own_clause_not_of_the_whole_claim(verifier):
    cathedral = "The cathedral was completed in 1880 by the architect Ernst Zwirner."
    text = ("The old trading city grew quickly and attracted many merchants after the long war, "
            "but the cathedral was completed in 1890 by the architect Ernst Zwirner.")
    v = verifier.verify_one(claim(text), [hit(cathedral)])
    assert v.label == "contradicted" and "1880" in v.reason, v.reason
    # Its own clause must still be about the passage's subject.
    other = "The city grew quickly after the war, but its town hall was rebuilt in 1890 with money from the state."
    assert verifier.verify_one(claim(other), [hit(cathedral)]).label != "contradicted"


def test_unable_is_a_negation_and_a_longer_name_is_the_same_person(verifier):
    lab = "He published his results in 1929, but he was unable to grow the mould in useful amounts."
    assert verifier.verify_one(claim("He couldn't grow the mould in useful amounts."), [hit(lab)]).label != "contradicted"
    team = "The vaccine was made usable in 1955 by a team led by the American Jonas Salk and Julius Youngner."
    v = verifier.verify_one(claim("A team led by Jonas Salk and Julius Youngner made the vaccine usable in 1955."), [hit(team)])
    assert v.label != "contradicted", v.reason


INFANT = ("Infant paracetamol suspension contains 120 mg of paracetamol in each 5 ml. The usual dose is 2.5 ml (60 mg) for "
          "babies aged 3 to 6 months, 5 ml (120 mg) for children aged 6 to 24 months, 7.5 ml (180 mg) for children aged 2 to 4 years.")
LOPERAMIDE = ("Loperamide comes as 2 mg capsules. For short-term diarrhoea, adults take 2 capsules (4 mg) after the first loose stool, "
              "then 1 capsule (2 mg) after each further loose stool. The maximum is 8 capsules (16 mg) in 24 hours.")


def test_a_strength_is_not_a_dose_and_a_sequence_keeps_its_steps_apart(verifier):
    # "120 mg in 5 ml" is what the medicine holds: its 5 ml is no rival of a 7.5 ml dose.
    right = claim("For a child aged 2 to 4 years, the usual dose of infant paracetamol suspension (120 mg in 5 ml) is 7.5 ml.")
    assert verifier.verify_one(right, [hit(INFANT, title="Paracetamol for children")]).label == "supported"
    # "then 1 capsule (2 mg)" is a step of its own, whose 2 mg is not the first step's 4 mg.
    steps = claim("For adults the usual dose is 2 capsules (4 mg) after the first loose stool and then 1 capsule (2 mg) after each further one.")
    assert verifier.verify_one(steps, [hit(LOPERAMIDE, title="Loperamide for diarrhoea")]).label == "supported"
    wrong = claim("For adults the usual dose is 4 capsules (8 mg) after the first loose stool.")
    assert verifier.verify_one(wrong, [hit(LOPERAMIDE, title="Loperamide for diarrhoea")]).label == "contradicted"


def test_what_held_before_is_no_conflict_but_a_later_clause_is(verifier):
    before = hit("Before Salvator Mundi, the auction record belonged to Pablo Picasso's Les Femmes d'Alger, sold in May 2015 "
                 "for $179.4 million.", title="Other record prices for paintings")
    v = verifier.verify_one(claim("The record at auction belongs to Salvator Mundi, a painting attributed to Leonardo da Vinci."), [before])
    assert v.label != "contradicted"
    sat = verifier.verify_one(claim("Before that, from 1901, Parliament sat in Melbourne."),
                              [hit("The federal Parliament moved to Canberra from Melbourne in 1927.", title="Canberra")])
    assert sat.label != "contradicted"
    # "until" inside a sentence is no earlier time: the year after it is still compared.
    theft = hit("On 21 August 1911 the Mona Lisa was stolen from the Louvre by Vincenzo Peruggia. It was missing for more than two "
                "years, until Peruggia tried to sell it to an art dealer in Florence in December 1913.", title="The theft of the Mona Lisa")
    v = verifier.verify_one(claim("Vincenzo Peruggia stole it from the museum on 21 August 1911, and it was only recovered in "
                                  "December 1923, when he tried to sell it to a dealer in Florence."), [theft])
    assert v.label == "contradicted" and "1923" in v.reason and "1913" in v.reason


def test_a_figure_is_of_the_thing_its_clause_names_first(verifier):
    loratadine = hit("Loratadine is a non-drowsy antihistamine. Adults and children aged 12 and over take 10 mg once a day.", 1, 0.88, "Loratadine")
    fexofenadine = hit("Fexofenadine is another non-drowsy antihistamine. For hay fever, adults take 120 mg once a day. "
                       "For hives the adult dose is 180 mg once a day.", 2, 0.76, "Fexofenadine")
    text = ("The standard adult dose of loratadine is a single 10 mg tablet once a day, a much smaller dose than fexofenadine, "
            "whose hay-fever dose is 120 mg once a day.")
    assert verifier.verify_one(claim(text), [loratadine, fexofenadine]).label != "contradicted"
    wrong = verifier.verify_one(claim("The standard adult dose of fexofenadine for hives is 360 mg once a day."), [loratadine, fexofenadine])
    assert wrong.label == "contradicted" and "180 mg" in wrong.reason


def test_phrases_that_set_the_scene_or_describe_a_figure_keep_their_words(verifier):
    elephant = hit("The African bush elephant is the largest land animal. An elephant pregnancy lasts about 22 months, the longest "
                   "of any mammal. Wild African elephants can live for 60 to 70 years.", title="African elephant")
    v = verifier.verify_one(claim("About 22 months for the African bush elephant, the longest pregnancy of any mammal."), [elephant])
    assert v.label == "supported"
    caffeine = hit("For most healthy adults, up to 400 mg of caffeine a day is not linked with health risks; single doses of up to "
                   "200 mg are also considered safe for adults.", title="Caffeine limits")
    assert verifier.verify_one(claim("Up to 400 mg a day is considered safe for most healthy adults."), [caffeine]).label == "supported"
    # A name that ends like a participle ("Fleming published") opens no scene: the clause
    # after "but" keeps its own negation.
    fleming = hit("Fleming published his findings in 1929, but he was unable to purify the drug in useful amounts.", title="Fleming and penicillin")
    v = verifier.verify_one(claim("He published the discovery in 1929 and was able to purify large amounts of the drug himself."), [fleming])
    assert v.label == "contradicted"


def test_rounded_coarser_units_areas_and_short_names(verifier):
    voyager = hit("NASA launched Voyager 1 on 5 September 1977, 16 days after its twin, Voyager 2.", title="Voyager 1")
    assert verifier.verify_one(claim("Voyager 1 launched on 5 September 1977, about two weeks after its twin, Voyager 2."), [voyager]).label == "supported"
    assert verifier.verify_one(claim("Voyager 1 launched on 5 September 1977, about five weeks after its twin, Voyager 2."), [voyager]).label == "contradicted"
    russia = hit("Russia is the largest country in the world by area, covering about 17.1 million km² (6.6 million square miles).", title="Russia")
    said = "Russia is the largest country by area, covering about {} million square kilometres."
    assert verifier.verify_one(claim(said.format("17.1")), [russia]).label == "supported"
    assert verifier.verify_one(claim(said.format("27")), [russia]).label == "contradicted"
    sputnik = hit("Sputnik 1, launched by the Soviet Union on 4 October 1957, was the first artificial satellite to orbit the Earth.", title="Sputnik 1")
    v = verifier.verify_one(claim("Sputnik 1 was launched on 4 October 1957 by the USSR, the first artificial satellite to orbit the Earth."), [sputnik])
    assert v.label == "supported"
    star_wars = hit("Star Wars became the highest-grossing film of its time and won six competitive Academy Awards.", title="Star Wars")
    v = verifier.verify_one(claim("Star Wars became the top-grossing film of its day and won six competitive Oscars.", kinds=("name",)), [star_wars])
    assert v.label != "contradicted", v.reason


NAPROXEN = ("Naproxen bought from a pharmacy for period pain comes as 250 mg tablets. Take 2 tablets (500 mg) to start, then 1 tablet "
            "(250 mg) 6 to 8 hours later if needed. Do not take more than 3 tablets (750 mg) in a day.")
CODEINE = ("Codeine is an opioid painkiller. Adults usually take 15 mg to 60 mg at a time, with at least 4 hours between doses, "
           "and must not take more than 240 mg in 24 hours.")


def test_daily_limits_are_compared_by_their_role_and_unit_slips_contradict(verifier):
    # The bracketed 750 mg is the same daily maximum as "more than 3 tablets ... in a day".
    slip = claim("If you buy it from a pharmacy, take 500 mg first, then 250 mg 6 to 8 hours later, with no more than 750 g in a day.")
    v = verifier.verify_one(slip, [hit(NAPROXEN, title="Naproxen for period pain")])
    assert v.label == "contradicted" and "750 g" in v.reason and "750 mg" in v.reason
    # A dose range the passage allows does not hide the daily maximum it does not.
    high = claim("Adults can take 30 mg to 60 mg of codeine every 4 hours if needed, up to a maximum of {} mg in 24 hours.")
    v = verifier.verify_one(claim(high.text.format(360)), [hit(CODEINE, title="Codeine")])
    assert v.label == "contradicted" and "240 mg" in v.reason
    assert verifier.verify_one(claim(high.text.format(240)), [hit(CODEINE, title="Codeine")]).label != "contradicted"
    # A stricter limit is consistent, but not the same figure in a unit a thousand times smaller.
    salt = hit("Adults are advised to eat no more than 6 g of salt a day, about one level teaspoon.", title="Salt")
    assert verifier.verify_one(claim("Adults should aim for no more than 6 mg of salt per day."), [salt]).label == "contradicted"
    assert verifier.verify_one(claim("Adults should aim for no more than 5 g of salt per day."), [salt]).label != "contradicted"


def test_a_difference_is_compared_with_differences_and_a_code_is_no_figure(verifier):
    k2 = hit("K2 is the second-highest mountain in the world at 8,611 m, about 238 m lower than Everest. It was the last of the "
             "fourteen 8,000 m peaks to be climbed in winter, in January 2021.", title="K2")
    assert verifier.verify_one(claim("Everest stands about 238 m higher than K2."), [k2]).label == "supported"
    v = verifier.verify_one(claim("Everest stands about 538 m higher than K2."), [k2])
    assert v.label == "contradicted" and "238" in v.reason
    cocodamol = hit("For co-codamol 8/500 bought from a pharmacy, adults take 1 or 2 tablets every 4 to 6 hours, with no more "
                    "than 8 tablets in 24 hours.", title="Co-codamol")
    v = verifier.verify_one(claim("With co-codamol 8/500 from a pharmacy, adults take 1 or 2 tablets every 4 to 6 hours."), [cocodamol])
    assert v.label == "supported", v.reason


def test_signs_spans_dates_of_other_years_and_another_things_clause(verifier):
    zero = hit("Absolute zero is defined as 0 kelvin, which equals −273.15 °C or −459.67 °F.", title="Absolute zero")
    assert verifier.verify_one(claim("Absolute zero is 0 kelvin, which is −273.15 °C or about −460 °F."), [zero]).label == "supported"
    v = verifier.verify_one(claim("Absolute zero is 0 kelvin, which is 273.15 °C."), [zero])
    assert v.label == "contradicted" and "−273.15 °C" in v.reason
    # The end of a span is not when it began; a date of another year is another event's.
    concorde = hit("Concorde first flew on 2 March 1969, and passenger services began on 21 January 1976 with British Airways "
                   "and Air France.", title="Concorde")
    assert verifier.verify_one(claim("Concorde carried passengers from 1976 to 2003."), [concorde]).label != "contradicted"
    crash = hit("On 25 July 2000, Air France Flight 4590, a Concorde, crashed shortly after take-off near Paris.", title="Air France Flight 4590")
    assert verifier.verify_one(claim("Concorde's first flight was in March 1969."), [concorde, crash]).label != "contradicted"
    # "Platinum ... atomic number 78, one less than gold" gives no atomic number of gold.
    platinum = hit("Platinum is a chemical element with the symbol Pt and atomic number 78, one less than gold.", 1, 0.8, "Platinum")
    gold = hit("Gold is a chemical element with the symbol Au, from the Latin aurum.", 2, 0.85, "Gold")
    v = verifier.verify_one(claim("Gold's symbol is Au, from the Latin aurum, and its atomic number is 79."), [gold, platinum])
    assert v.label != "contradicted", v.reason


def test_bullet_lines_are_claims_of_their_own():
    from factlint.claims import ClaimDetector

    text = "Hydrocortisone cream:\n- Strength: 1%, a mild steroid, for bites.\n- Who: adults and children 10 and over."
    claims = ClaimDetector().detect(text, [(0, len(text))])
    assert [c.text for c in claims] == ["Strength: 1%, a mild steroid, for bites.", "Who: adults and children 10 and over."]
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_a_counts_measure_between_commas_is_the_same_limit(verifier):
    pseudo = hit("For adults and children aged 12 and over, the usual dose is 60 mg every 4 to 6 hours, with no more than "
                 "4 doses (240 mg) in 24 hours.", title="Pseudoephedrine")
    said = "For adults and children aged 12 and over, the usual dose is 60 mg every 4 to 6 hours, and you shouldn't take more than {}, in 24 hours."
    assert verifier.verify_one(claim(said.format("4 doses, 240 mg")), [pseudo]).label == "supported"
    v = verifier.verify_one(claim(said.format("6 doses, 360 mg")), [pseudo])
    assert v.label == "contradicted" and "240 mg" in v.reason


def test_an_evidence_figure_the_claim_states_elsewhere_is_no_rival(verifier):
    # One evidence figure answers one claim figure: 1960 is the claim's year of forming, so it
    # cannot also be the year the claim gives for the break-up.
    beatles = hit("The Beatles were formed in Liverpool in 1960 and became John Lennon, Paul McCartney, George Harrison "
                  "and Ringo Starr. The group broke up in 1970, and they remain the best-selling music act of all time.",
                  title="The Beatles")
    assert verifier.verify_one(claim("Formed in Liverpool in 1960, the Beatles broke up in 1970."), [beatles]).label == "supported"
    v = verifier.verify_one(claim("Formed in Liverpool in 1960, the Beatles broke up in 1975."), [beatles])
    assert v.label != "supported" and "1975" in v.reason, v.reason
    clock = hit("The clock's four dials are each about 7 metres across, and the minute hands are about 4.2 metres long.",
                title="The Great Clock of Westminster")
    text = "The clock has dials about 7 metres across and minute hands about 4.2 m long."
    assert verifier.verify_one(claim(text), [clock]).label != "contradicted"
    # Only a figure said as the evidence says it is its counterpart: "12.5 to 25 mg" holds 12.5 mg
    # without being it, so the claim's 25 mg for the youngest children still meets 12.5 mg.
    docusate = hit("Children aged 6 months to 2 years can be given 12.5 mg three times a day, and children aged 2 to 11 "
                   "years 12.5 to 25 mg three times a day.", title="Docusate sodium")
    text = ("Children aged 2 to 11 years can take 12.5 to 25 mg three times a day, and for children aged 6 months to 2 "
            "years the dose is 25 mg three times a day.")
    v = verifier.verify_one(claim(text), [docusate])
    assert v.label == "contradicted" and "says 25 mg; the evidence says 12.5 mg" in v.reason, v.reason


def test_m_after_a_number_is_metres(verifier):
    tower = hit("Big Ben's clock tower is 96 metres tall and its dials are about 7 metres across.")
    assert verifier.verify_one(claim("The tower is 96 m tall."), [tower]).label == "supported"
    v = verifier.verify_one(claim("The tower is 69 m tall."), [tower])
    assert v.label == "contradicted" and "says 69 m; the evidence says 96 m" in v.reason, v.reason
    amazon = hit("The Amazon discharges about 209,000 cubic metres of water a second and is about 6,400 km long.")
    v = verifier.verify_one(claim("The Amazon pours about 209,000 m³ of water into the Atlantic every second."), [amazon])
    assert v.label != "contradicted", v.reason


def test_ages_that_share_no_year_are_two_groups(verifier):
    docusate = hit("Adults and children aged 12 and over can take up to 500 mg a day, split into several doses.",
                   title="Docusate sodium")
    text = "Children aged 2 to 11 can have 12.5 to 25 mg three times a day."
    assert verifier.verify_one(claim(text), [docusate]).label != "contradicted"
    calcium = hit("The tolerable upper intake level is 2,500 mg a day for adults aged 19 to 50 and 2,000 mg a day for "
                  "adults over 50.", title="Calcium: daily amounts")
    v = verifier.verify_one(claim("Don't exceed 2,500 mg a day before age 51, or 2,000 mg after that."), [calcium])
    assert v.label != "contradicted", v.reason
    # Ages that overlap are one group: a wrong age limit is never supported.
    v = verifier.verify_one(claim("Adults and children aged 6 and over can take up to 500 mg a day."), [docusate])
    assert v.label != "supported" and "6" in v.reason, v.reason


def test_how_often_is_no_rival_of_how_long(verifier):
    tablets = hit("For shingles in adults the usual dose is 800 mg five times a day for 7 days.", title="Aciclovir tablets")
    text = "Apply the cream five times a day, about every 4 hours while you're awake, for 7 days."
    assert verifier.verify_one(claim(text), [tablets]).label != "contradicted"
    often = hit("The usual dose is 400 mg every 4 hours.")
    v = verifier.verify_one(claim("Take 400 mg every 8 hours."), [often])
    assert v.label == "contradicted" and "says 8 hours; the evidence says 4 hours" in v.reason, v.reason


def test_a_denial_must_deny_what_the_claim_says(verifier):
    opera = hit("Building began in 1959, but after disputes with the New South Wales government Utzon resigned in 1966 "
                "and never saw it finished.", title="Sydney Opera House")
    text = "Utzon had resigned in 1966 after a dispute with the New South Wales government."
    assert verifier.verify_one(claim(text), [opera]).label != "contradicted"
    resigned = hit("Utzon resigned in 1966 after disputes with the New South Wales government.")
    v = verifier.verify_one(claim("Utzon did not resign after the disputes with the New South Wales government."), [resigned])
    assert v.label == "contradicted", v.reason
    tea = hit("Green tea is heated soon after picking to stop oxidation, while black tea is fully oxidised.", title="Tea")
    assert verifier.verify_one(claim("Green tea is heated soon after picking so it doesn't oxidise."), [tea]).label != "contradicted"


def test_no_one_without_and_not_except_say_the_same(verifier):
    magna = hit("It limited the king's power and stated that free men could not be imprisoned except by the lawful "
                "judgment of their peers or the law of the land.", title="Magna Carta")
    text = "It limited the king's power and said no free man could be imprisoned without the lawful judgment of his peers."
    assert verifier.verify_one(claim(text), [magna]).label != "contradicted"
    v = verifier.verify_one(claim("It stated that free men could be imprisoned without the lawful judgment of their peers."), [magna])
    assert v.label == "contradicted", v.reason


def test_a_sentence_opening_name_the_passages_use_is_the_figures_subject(verifier):
    # "Everest" opening the claim is a name, since the passages use it as one; the Mauna Kea
    # passage's sentence with no subject of its own is about Mauna Kea, so its 10,200 m is no
    # height of Everest.
    mauna_kea = hit("Mauna Kea, a dormant volcano on the island of Hawaii, rises 4,207 m above sea level. Measured from its "
                    "base on the floor of the Pacific Ocean, it is about 10,200 m tall, more than 1,300 m taller than Everest.",
                    title="Mauna Kea")
    asked = "How tall is Mauna Kea, and is it taller than Everest?"
    text = "Everest is still the highest mountain above sea level, at 8,849 m."
    v = verifier.verify_one(Claim(text, 0, len(text), None, ("number",), question=asked), [mauna_kea])
    assert v.label != "contradicted", v.reason
    text = "Mauna Kea is about 12,200 m tall measured from its base on the floor of the Pacific Ocean."
    v = verifier.verify_one(Claim(text, 0, len(text), None, ("number",), question=asked), [mauna_kea])
    assert v.label == "contradicted" and "10,200 m" in v.reason, v.reason


def test_a_name_holding_the_claims_own_words_is_the_same_thing(verifier):
    famine = hit("The Great Famine in Ireland lasted from 1845 to 1852 and was caused by potato blight.", title="Great Famine in Ireland")
    text = "The Irish famine, which lasted from 1845 to 1852, was caused by potato blight."
    assert verifier.verify_one(claim(text, kinds=("name",)), [famine]).label != "contradicted"
    waterloo = hit("At Waterloo Napoleon was defeated by an allied army under the Duke of Wellington.", title="Battle of Waterloo")
    v = verifier.verify_one(claim("At Waterloo Napoleon was defeated by an allied army under Admiral Horatio Nelson.", kinds=("name",)), [waterloo])
    assert v.label == "contradicted" and "Duke of Wellington" in v.reason, v.reason


def test_a_figure_the_evidence_says_twice_answers_two_claim_figures(verifier):
    # The evidence says 2013 twice; the claim says it once, so its 2019 still meets a 2013.
    election = hit("Launching his campaign for the 2013 Election, he outlined the priorities of the 2013 Election.")
    v = verifier.verify_one(claim("Launching his campaign for the 2013 Election, he outlined the priorities of the 2019 Election."), [election])
    assert v.label == "contradicted" and "says 2019; the evidence says 2013" in v.reason, v.reason


def test_a_negation_that_ends_its_clause_denies_the_clause(verifier):
    said = "Human-induced climate change has, e.g., the potential to alter the severity of heat waves and droughts."
    v = verifier.verify_one(claim(said.replace("has,", "has not,"), kinds=("negation",)), [hit(said)])
    assert v.label == "contradicted", v.reason
    madagascar = hit("It separated from the Indian subcontinent around 88 million years ago, and most of its plants and "
                     "animals are found nowhere else.", title="Madagascar")
    text = "The island split from the Indian subcontinent about 88 million years ago, so its plants and animals developed on their own."
    assert verifier.verify_one(claim(text), [madagascar]).label != "contradicted"


def test_a_rival_name_may_open_its_sentence(verifier):
    potato = hit("The potato was domesticated in the Andes of South America. Spanish explorers brought it to Europe in the "
                 "second half of the 16th century.", title="Potato")
    said = "Potatoes were domesticated in the Andes, and {} explorers brought them to Europe in the 16th century."
    assert_rival(verifier, potato, said, "Portuguese", "Spanish", "says Portuguese; the evidence says Spanish")
    # Another statement about the same kind of people is no rival.
    other = hit("Spanish explorers mapped much of the Pacific coast of South America.", title="Potato")
    assert verifier.verify_one(claim(said.format("Portuguese"), kinds=("name",)), [other]).label != "contradicted"


def test_a_surname_opening_its_sentence_in_the_possessive_is_the_claims_person(verifier):
    first = hit("Whymper's party reached the summit of the Matterhorn on 14 July 1865 by the Hornli ridge from Zermatt.",
                title="The first ascent of the Matterhorn")
    said = "{}'s party of seven reached the top by the Hornli ridge above Zermatt in 1865."
    assert_rival(verifier, first, said, "Edward Carrel", "Edward Whymper", "the evidence says Whymper", supported=False)


def test_two_nationalities_joined_are_the_two_countries_the_evidence_names(verifier):
    peak = hit("The Matterhorn, 4,478 metres high, stands on the border between Switzerland and Italy above Zermatt.",
               title="The Matterhorn")
    said = "The Matterhorn, 4,478 metres high, stands on the {} border above Zermatt."
    assert_rival(verifier, peak, said, "French-Italian", "Swiss-Italian", "says French-Italian", supported=False)


def test_where_another_named_place_stands_is_no_rival_of_a_place_said_apart(verifier):
    bones = hit("In 1674 workmen rebuilding a staircase at the White Tower in the Tower of London found a wooden chest "
                "holding the bones of two children. King Charles II had them buried in Westminster Abbey.",
                title="The bones in the Tower")
    said = "Two children's skeletons found under a staircase at the White Tower in 1674 were placed in {}."
    assert verifier.verify_one(claim(said.format("Westminster Abbey"), kinds=("name",)), [bones]).label != "contradicted"
    # The place said right beside the other name is that name's place, and a rival.
    valley = hit("Death Valley, California, is the hottest place on Earth.", title="Death Valley")
    v = verifier.verify_one(claim("Death Valley, Nevada, is the hottest place on Earth.", kinds=("name",)), [valley])
    assert v.label == "contradicted" and "says Nevada" in v.reason, v.reason


def test_the_first_month_of_a_range_of_months_is_said_too(verifier):
    show = hit("The Great Exhibition opened in Hyde Park, London, on 1 May 1851. It closed in October 1851 after about "
               "6 million visits.", title="The Great Exhibition of 1851")
    said = "The Great Exhibition was held in Hyde Park in London from {} to October 1851."
    assert verifier.verify_one(claim(said.format("May"), kinds=("date",)), [show]).label != "contradicted"
    assert verifier.verify_one(claim(said.format("June"), kinds=("date",)), [show]).label == "contradicted"


def test_a_measure_in_a_phrase_that_ends_its_sentence_is_said_of_the_clause_before(verifier):
    found = hit("On 19 September 1991 two German walkers found a body sticking out of the ice at the Tisenjoch pass in "
                "the Otztal Alps, at about 3,210 metres.", title="The discovery of the Iceman")
    before = "Otzi is the natural mummy of a man who lived about 5,300 years ago."
    said = "He was found by two German hikers at the Tisenjoch pass in the Otztal Alps, at a height of about {}."
    v = verifier.verify_one(claim(said.format("3,210 feet"), context=before), [found])
    assert v.label == "contradicted" and "says about 3,210 feet" in v.reason, v.reason
    assert verifier.verify_one(claim(said.format("3,210 metres"), context=before), [found]).label != "contradicted"


def test_a_stay_in_nights_is_counted_in_days(verifier):
    camp = hit("In May 1903 he spent three nights camping in Yosemite with President Theodore Roosevelt.", title="John Muir")
    said = "In 1903 Muir spent {} camping in Yosemite with President Theodore Roosevelt."
    v = verifier.verify_one(claim(said.format("three weeks")), [camp])
    assert v.label == "contradicted" and "the evidence says three nights" in v.reason, v.reason
    assert verifier.verify_one(claim(said.format("three days")), [camp]).label != "contradicted"


def test_a_name_joined_to_the_one_after_by_is_who_did_it_too(verifier):
    first = hit("The first ascent of Mont Blanc was made on 8 August 1786 by Jacques Balmat, a crystal hunter from "
                "Chamonix, and Michel-Gabriel Paccard, the village doctor. The Geneva scientist Horace-Benedict de "
                "Saussure had offered a reward in 1760. Saussure himself climbed it the following year.",
                title="The first ascent of Mont Blanc")
    said = "It was first climbed on 8 August 1786 by Jacques Balmat and {}."
    assert_rival(verifier, first, said, "Horace-Benedict de Saussure", "Michel-Gabriel Paccard",
                 "the evidence says Michel-Gabriel Paccard")


def test_a_person_the_claim_names_by_surname_elsewhere_is_no_rival(verifier):
    epr = hit("Schrodinger's cat paper followed a paper by Albert Einstein, Boris Podolsky and Nathan Rosen, published "
              "in May 1935, which argued that quantum mechanics was incomplete. In his writing that year Schrodinger "
              "introduced the word entanglement. Einstein welcomed the cat example.", title="The EPR paper and entanglement")
    said = ("It is an imaginary experiment described by the Austrian physicist Erwin Schrodinger in 1935, the same year "
            "in which {}, Podolsky and Rosen argued that quantum mechanics was incomplete.")
    assert verifier.verify_one(claim(said.format("Einstein"), kinds=("name",)), [epr]).label != "contradicted"


def test_names_that_share_only_a_word_of_their_kind_are_two_things(verifier):
    river = hit("The St. Clair River flows from Lake Huron into Lake St. Clair, and the Detroit River then carries "
                "the water on to Lake Erie.", title="St. Clair River")
    wrong = "The St. Clair River flows from Lake Erie into Lake St. Clair."
    v = verifier.verify_one(claim(wrong, kinds=("name",)), [river])
    assert v.label == "contradicted" and "says Lake Erie; the evidence says Lake Huron" in v.reason, v.reason
    right = "The St. Clair River flows from Lake Huron into Lake St. Clair."
    assert verifier.verify_one(claim(right, kinds=("name",)), [river]).label == "supported"


def test_a_rival_name_in_the_same_frame_needs_no_more_words_in_common(verifier):
    gatsby = hit("The novel is narrated by Nick Carraway, a young bond salesman from Minnesota who rents a small house "
                 "on Long Island.", title="The Great Gatsby")
    v = verifier.verify_one(claim("The novel is narrated by Tom Buchanan, a rich former football player.", kinds=("name",)), [gatsby])
    assert v.label == "contradicted" and "says Tom Buchanan; the evidence says Nick Carraway" in v.reason, v.reason
    assert verifier.verify_one(claim("The novel is narrated by Nick Carraway, Daisy's cousin.", kinds=("name",)),
                               [gatsby]).label != "contradicted"
    # Two names that qualify one word: "the Ming dynasty" for "the Tang dynasty".
    pagoda = hit("The Giant Wild Goose Pagoda in Xi'an was first built in 652 during the Tang dynasty to hold sutras "
                 "brought from India.", title="Giant Wild Goose Pagoda")
    said = "The pagoda in Xi'an was first built under the {} dynasty to hold sutras."
    assert_rival(verifier, pagoda, said, "Ming", "Tang", "says Ming; the evidence says Tang")
    # A subject and its verb are no such frame: "Linus Pauling won" is not "Marie Curie won".
    prizes = hit("Linus Pauling won the 1954 Nobel Prize in Chemistry and the 1962 Nobel Peace Prize.", title="Linus Pauling")
    assert verifier.verify_one(claim("Marie Curie won two Nobel Prizes.", kinds=("name",)), [prizes]).label != "contradicted"


def test_before_and_a_participle_is_no_earlier_time(verifier):
    lepanto = hit("As a soldier Cervantes fought at the Battle of Lepanto in 1571, where he lost the use of his left "
                  "hand.", title="Miguel de Cervantes")
    said = "Before becoming a writer, Cervantes fought as a soldier at the Battle of {} in 1571."
    assert_rival(verifier, lepanto, said, "Pavia", "Lepanto", "Battle of Lepanto")


def test_another_nationality_of_the_same_named_person_contradicts(verifier):
    melville = hit("Moby-Dick was written by the American novelist Herman Melville and published in 1851.", title="Moby-Dick")
    said = "Moby-Dick, published in 1851, was written by Herman Melville, a {} novelist."
    assert_rival(verifier, melville, said, "British", "American", "says British; the evidence says American")
    # A nationality said of someone else in the passage is no rival.
    other = hit("Moby-Dick was written by Herman Melville and published in 1851; the British publisher Richard Bentley "
                "printed it first in London.", title="Moby-Dick")
    assert verifier.verify_one(claim(said.format("American"), kinds=("name",)), [other]).label != "contradicted"


def test_a_name_after_a_description_holds_the_place_of_the_preposition_before_it(verifier):
    physics = hit("In 1962 Francis Crick shared the Nobel Prize in Medicine with the American biologist James Watson.",
                  title="Francis Crick")
    said = "In 1962 Francis Crick shared the Nobel Prize in Medicine with {}."
    assert_rival(verifier, physics, said, "Rosalind Franklin", "James Watson", "says Rosalind Franklin; the evidence says James Watson")


def test_a_participle_clause_is_about_its_sentence_s_subject(verifier):
    from factlint.verify.analysis import analyse
    a = analyse("The Maltese Falcon, released by Warner Bros. in 1941, was John Huston's first film as director.", verifier.lex)
    released = next(c for c in a.clauses if "releas" in c.stems)
    assert {"maltes", "falcon"} <= released.inherited
    listed = analyse("Dry air is mostly nitrogen, followed by oxygen.", verifier.lex)
    assert not listed.clauses[-1].inherited  # a list goes on: nothing of the subject
    film = hit("The Maltese Falcon, released by Warner Bros. in October 1941, was John Huston's first film as director.",
               title="The Maltese Falcon")
    said = "John Huston's first film as director was The Maltese Falcon, released by {} in 1941."
    v = verifier.verify_one(claim(said.format("Paramount"), kinds=("name",)), [film])
    assert v.label == "contradicted" and "says Paramount" in v.reason, v.reason


def test_a_name_the_evidence_says_in_the_same_frame_has_no_rival(verifier):
    alps = hit("The Rhone Glacier, the source of the river, lies in Switzerland, while the river's delta lies in France, "
               "on the Mediterranean coast.", title="Rhone")
    said = "The Rhone rises at the Rhone Glacier, which lies in {}, and ends in a delta on the Mediterranean."
    assert_rival(verifier, alps, said, "Austria", "Switzerland", "says Austria", supported=False)


def test_a_superlative_after_a_possessive_names_one_thing(verifier):
    cereal = hit("Sugarcane is the world's most harvested crop by weight, ahead of maize and rice.", title="Crops")
    said = "{} is the most harvested crop in the world by weight."
    assert_rival(verifier, cereal, said, "Maize", "Sugarcane", "says Maize; the evidence says Sugarcane")


def test_a_pronoun_stands_for_the_name_its_sentence_is_about_in_a_ranking(verifier):
    tower = hit("The Tokyo Skytree was completed in 2012. It is the second tallest structure in the world; the tallest "
                "is the Burj Khalifa.", title="Tokyo Skytree")
    v = verifier.verify_one(claim("The Tokyo Skytree is the tallest structure in the world.", kinds=("name",)), [tower])
    assert v.label == "contradicted" and "the second tallest" in v.reason, v.reason
    assert verifier.verify_one(claim("The Tokyo Skytree is the second tallest structure in the world.", kinds=("name",)),
                               [tower]).label == "supported"
    # Only a name that was its sentence's subject: "It" is not "Lyme Regis" here.
    coast = hit("The cliffs around Lyme Regis are part of the Jurassic Coast, which runs along Dorset and East Devon. "
                "It became England's first natural World Heritage Site in 2001.", title="Jurassic Coast")
    said = "The Jurassic Coast became England's first natural World Heritage Site in 2001."
    assert verifier.verify_one(claim(said, kinds=("name",)), [coast]).label != "contradicted"


def test_one_of_several_figures_in_a_clause_is_aligned_by_the_words_leading_to_it(verifier):
    falls = hit("Kaieteur Falls, known in the Patamona language as Kaieteur, is the world's most powerful single-drop "
                "waterfall, with a total height of 251 metres. Its longest single drop is about 226 metres. It plunges "
                "from the edge of a sandstone plateau in Kaieteur National Park, Guyana.", title="Kaieteur Falls")
    said = ("Kaieteur Falls in Guyana is the most powerful single-drop waterfall on Earth, with a total height of "
            "251 metres and a longest single plunge of about {} metres.")
    v = verifier.verify_one(claim(said.format("326")), [falls])
    assert v.label == "contradicted" and "says about 326 m" in v.reason, v.reason
    assert verifier.verify_one(claim(said.format("226")), [falls]).label != "contradicted"


def test_a_cap_is_a_maximum(verifier):
    tokens = hit("The total supply of the token is capped at 84 million coins.", title="Litecoin")
    v = verifier.verify_one(claim("There can never be more than 84 billion coins of the token."), [tokens])
    assert v.label == "contradicted" and "capped at 84 million" in v.reason, v.reason
    assert verifier.verify_one(claim("There can never be more than 84 million coins of the token."), [tokens]).label == "supported"


def test_a_comparison_said_the_other_way_round_contradicts(verifier):
    ocean = hit("The Atlantic Ocean covers about 106 million square kilometres. The Atlantic is larger than all of "
                "Asia and Africa put together.", title="Atlantic Ocean")
    v = verifier.verify_one(claim("All of Asia and Africa put together is larger than the Atlantic."), [ocean])
    assert v.label == "contradicted", v.reason
    # The same order said again, or the other order with the opposite word, agrees.
    for right in ("The Atlantic is larger than all of Asia and Africa put together.",
                  "All of Asia and Africa put together is smaller than the Atlantic."):
        assert verifier.verify_one(claim(right), [ocean]).label != "contradicted", right
    v = verifier.verify_one(claim("The Atlantic is smaller than all of Asia and Africa put together."), [ocean])
    assert v.label == "contradicted", v.reason


def test_a_relative_clause_in_the_passive_is_about_what_it_follows(verifier):
    from factlint.verify.analysis import analyse
    court = hit("The International Court of Justice, which settles disputes between states, is based in The Hague, "
                "Netherlands.", title="International Court of Justice")
    analysed = analyse(court.text, verifier.lex)
    assert {"court", "justic"} <= analysed.clauses[-1].inherited  # "is based in ..." after the relative clause
    said = "Disputes between states go to the International Court of Justice, which is based in {}."
    v = verifier.verify_one(claim(said.format("Geneva"), kinds=("name",)), [court])
    assert v.label == "contradicted" and "says Geneva" in v.reason, v.reason
    assert verifier.verify_one(claim(said.format("The Hague"), kinds=("name",)), [court]).label != "contradicted"


def test_two_people_who_share_only_a_given_name_are_two_people(verifier):
    deep = hit("In 1960 Jacques Piccard and Don Walsh became the first people to reach the bottom of the Challenger Deep, "
               "in the bathyscaphe Trieste.", title="Challenger Deep")
    said = "The first people to reach the bottom were {} and Don Walsh, in the bathyscaphe Trieste in 1960."
    assert_rival(verifier, deep, said, "Jacques Cousteau", "Jacques Piccard", "says Jacques Cousteau; the evidence says Jacques Piccard")


def test_a_month_before_a_surname_is_a_given_name(verifier):
    from factlint.verify.analysis import analyse
    names = [m.text for m in analyse("The clock was designed by the astronomer Jan Šindel in 1410.", verifier.lex).mentions
             if m.kind == "name"]
    assert names == ["Jan Šindel"]
    dates = [m.kind for m in analyse("The treaty was signed on 4 May 1945 in Reims.", verifier.lex).mentions]
    assert "name" in dates and dates.count("name") == 1  # Reims; "May" is no name


def test_no_longer_than_is_a_bound_not_a_denial(verifier):
    drops = hit("Do not use the drops for more than 5 days without speaking to a doctor.", title="Eye drops")
    v = verifier.verify_one(claim("Use the drops for no longer than 5 days unless a doctor says otherwise."), [drops])
    assert v.label != "contradicted", v.reason
    from factlint.verify.analysis import analyse
    bound = next(m for m in analyse("Take it no later than 72 hours after sex.", verifier.lex).mentions if m.kind == "number")
    assert bound.bound == "<="


def test_what_makes_it_the_one_thing_a_description_fits_is_an_identity(verifier):
    caspian = hit("The Caspian Sea, between Europe and Asia, is the largest lake in the world by surface area.", title="Caspian Sea")
    baikal = hit("Lake Baikal in southern Siberia is the deepest lake in the world, with a maximum depth of 1,642 m.",
                 title="Lake Baikal")
    v = verifier.verify_one(claim("Lake Baikal reaches a depth of 1,642 m, making it the largest lake in the world by "
                                  "surface area."), [baikal, caspian])
    assert v.label == "contradicted" and "the evidence says Caspian Sea" in v.reason, v.reason
    right = "Lake Baikal reaches a depth of 1,642 m, making it the deepest lake in the world."
    assert verifier.verify_one(claim(right), [baikal, caspian]).label == "supported"
    # "It" opening a sentence of a longer answer stands for what the question asks about,
    # and the rival is the name that leads its sentence ("The Gotthard Base Tunnel through ...").
    gotthard = hit("The Gotthard Base Tunnel through the Swiss Alps is the longest railway tunnel in the world, at 57.1 km.",
                   title="Gotthard Base Tunnel")
    text = "It's about 50 km long, which makes it the longest railway tunnel in the world."
    asked = "How long is the Channel Tunnel?"
    v = verifier.verify_one(Claim(text, 0, len(text), asked, ("number",), question=asked), [gotthard])
    assert v.label == "contradicted" and "says Channel Tunnel; the evidence says Gotthard Base Tunnel" in v.reason, v.reason
    asked = "How long is the Gotthard Base Tunnel?"
    v = verifier.verify_one(Claim(text, 0, len(text), asked, ("number",), question=asked), [gotthard])
    assert "Gotthard Base Tunnel" not in v.reason or v.label != "contradicted", v.reason


def test_a_denial_that_names_the_evidence_s_subject_after_a_colon_agrees(verifier):
    metals = hit("Silver is the best conductor of electricity of all metals, ahead of copper and gold.", title="Silver")
    right = "Copper is not the best conductor of electricity of all metals, though: that's silver."
    assert verifier.verify_one(claim(right), [metals]).label != "contradicted"
    wrong = "Silver is not the best conductor of electricity of all metals: it comes after copper."
    v = verifier.verify_one(claim(wrong), [metals])
    assert v.label == "contradicted", v.reason


# ---- advice: what a claim allows against what the evidence forbids ----------------------

LATE_PREGNANCY = hit("Naproxen is an anti-inflammatory painkiller. It should not be taken in the last three months of "
               "pregnancy, and people with stomach ulcers should avoid it.", title="Naproxen")


@pytest.mark.parametrize("said", ["Naproxen is safe to take in late pregnancy.", "It's a good choice in late pregnancy.",
                                  "You can take naproxen in late pregnancy."])
def test_a_use_allowed_where_the_evidence_forbids_it_contradicts(verifier, said):
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("statement",), "Can I take naproxen?"), [LATE_PREGNANCY])
    assert v.label == "contradicted", v.reason
    assert "the evidence says the opposite" in v.reason and "last three months of pregnancy" in v.reason


@pytest.mark.parametrize("said", ["Naproxen should not be taken in late pregnancy.", "Avoid naproxen if you have stomach ulcers.",
                                  "Don't take naproxen in late pregnancy."])
def test_advice_that_forbids_what_the_evidence_forbids_agrees(verifier, said):
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("statement",), "Can I take naproxen?"), [LATE_PREGNANCY])
    assert v.label != "contradicted", v.reason


def test_avoid_and_should_not_say_the_same_thing(verifier):
    passage = hit("People with asthma or stomach ulcers should not take ibuprofen.", title="Ibuprofen")
    v = verifier.verify_one(claim("Avoid ibuprofen if you have asthma or stomach ulcers.", kinds=("statement",)), [passage])
    assert v.label == "supported", v.reason


def test_advice_about_another_thing_or_another_circumstance_is_no_conflict(verifier):
    aspirin = hit("Aspirin must not be given to children under 16.", title="Aspirin")
    said = "Paracetamol is fine for children under 16."
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("statement",), "Can children take paracetamol?"), [aspirin])
    assert v.label != "contradicted", v.reason
    said = "Naproxen is fine to take with food."
    assert verifier.verify_one(claim(said, kinds=("statement",)), [LATE_PREGNANCY]).label != "contradicted"


def test_what_is_advice_and_what_is_a_statement(verifier):
    from factlint.verify.analysis import advice as advice_of
    from factlint.verify.analysis import analyse

    def advice(text, clause=0):
        return advice_of(analyse(text, verifier.lex), clause, verifier.lex)

    assert advice("It's fine to use alongside warfarin.") == "allows"
    assert advice("It can be given to babies from 3 months.") == "allows"
    assert advice("It must not be used without medical advice.") == "forbids"  # two negations, still a ban
    assert advice("It isn't suitable for babies under 4 months.") == "forbids"
    assert advice("Never give aspirin to a child.") == "forbids"
    assert advice("It does not cure colds.") is None
    assert advice("You don't need to take another tablet.") is None
    assert advice("It can cause drowsiness.") is None
    assert advice("Cones are for colour and fine detail.") is None  # "fine" describes
    assert advice("The recommended dose is 10 mg.") is None
    assert advice("Rods work in dim light but do not detect colour.", 1) is None
    assert advice("It's fine on the face, but not on broken skin.", 1) == "forbids"
    assert advice("If you take warfarin, don't use it.") == "forbids"
    assert advice("It is not a good choice for children.") == "forbids"


# ---- a figure in the wrong unit, and "about" a precise figure ----------------------------

def test_about_stretches_a_figure_by_its_last_digit_not_by_a_tenth(verifier):
    passage = [hit("A half marathon is 21.0975 km, or about 13.1 miles.")]
    v = verifier.verify_one(claim("A half marathon is about 12.1 miles."), passage)
    assert v.label == "contradicted" and "about 13.1 miles" in v.reason, v.reason
    assert verifier.verify_one(claim("A half marathon is about 13 miles."), passage).label == "supported"
    rounded = [hit("The city has a population of about 1.35 million.")]
    assert verifier.verify_one(claim("The city has a population of about 1.3 million."), rounded).label == "supported"


def test_the_same_digits_in_another_unit_contradict(verifier):
    lynx = hit("The lynx is a wild cat. After a pregnancy of about 70 days two to four kittens are born; "
               "they leave their mother at around 10 months.", title="Lynx")
    v = verifier.verify_one(claim("Pregnancy lasts about 70 weeks."), [lynx])
    assert v.label == "contradicted" and "about 70 days" in v.reason, v.reason
    bridge = hit("The Oresund Bridge is a 7.845-kilometre cable-stayed bridge between Copenhagen in Denmark and Malmo in "
                 "Sweden.", title="Oresund Bridge")
    # (The clause names Malmo, the figure's clause does not: the digits tie them all the same.)
    v = verifier.verify_one(claim("It runs for 7.845 miles from Denmark to Malmo."), [bridge])
    assert v.label == "contradicted" and "7.845 km" in v.reason, v.reason
    assert verifier.verify_one(claim("It runs for 7.845 km from Denmark to Malmo."), [bridge]).label == "supported"


def test_speeds_in_one_word_are_a_length_per_hour(verifier):
    passage = [hit("The cheetah can reach about 100 km/h in short bursts.")]
    v = verifier.verify_one(claim("The cheetah can reach about 100 mph in short bursts."), passage)
    assert v.label == "contradicted" and "100 mph" in v.reason, v.reason
    assert verifier.verify_one(claim("The cheetah can reach about 62 mph in short bursts."), passage).label == "supported"


def test_a_figure_per_something_is_not_a_slip_of_its_unit(verifier):
    passage = [hit("Platinum is a dense, silvery metal. Its density is about 21.4 g per cm³.", title="Platinum")]
    said = "Its density is about 21.4 g per cm³, so a litre of platinum weighs about 21.4 kg."
    assert verifier.verify_one(claim(said), passage).label != "contradicted"


def test_one_persons_age_disagrees_but_two_groups_do_not(verifier):
    passage = [hit("Franz Schubert died in Vienna on 19 November 1828, aged 31, probably of typhoid fever.")]
    v = verifier.verify_one(claim("He died on 19 November 1828, aged 41, probably of typhoid."), passage)
    assert v.label == "contradicted" and "31" in v.reason, v.reason
    v = verifier.verify_one(claim("Franz Schubert was 41 when he died on 19 November 1828."), passage)
    assert v.label == "contradicted" and "31" in v.reason, v.reason
    assert verifier.verify_one(claim("Franz Schubert was 31 when he died on 19 November 1828."), passage).label == "supported"
    doses = [hit("Children aged 12 and over can take 1 or 2 tablets every 4 to 6 hours.")]
    assert verifier.verify_one(claim("Children aged 6 to 11 can take 1 tablet every 4 to 6 hours."), doses).label != "contradicted"


def test_an_ordinal_before_a_noun_fits_one_thing(verifier):
    passage = hit("The first person to swim the Channel was Matthew Webb, in 1875. The second person to swim it was the "
                  "American swimmer Thomas Burgess, in 1911.")
    v = verifier.verify_one(claim("The second person to swim the Channel was the Englishman Jabez Wolffe.", kinds=("name",)), [passage])
    assert v.label == "contradicted" and "Thomas Burgess" in v.reason, v.reason
    said = "The second person to swim the Channel was the American Thomas Burgess."
    assert verifier.verify_one(claim(said, kinds=("name",)), [passage]).label != "contradicted"


def test_places_told_apart_by_a_compass_word_are_two_places(verifier):
    assert not verifier._one_name(("south", "china", "sea"), ("east", "china", "sea"))
    assert not verifier._one_name(("north", "korea"), ("south", "korea"))
    assert verifier._one_name(("china", "sea"), ("east", "china", "sea"))  # one within the other


def test_a_name_with_of_after_it_is_the_name_alone(verifier):
    passage = [hit("The Soviet cosmonaut Valentina Tereshkova became the first woman in space on 16 June 1963.")]
    said = "The first woman in space was Valentina Tereshkova of the Soviet Union."
    assert verifier.verify_one(claim(said, kinds=("name",)), [passage[0]]).label != "contradicted"


def test_never_against_a_passage_that_allows_it(verifier):
    together = hit("Adults can take codeine and paracetamol at the same time; co-codamol tablets contain both.",
                   1, 0.8, "Taking codeine and paracetamol together")
    pregnancy = hit("Codeine is not recommended in pregnancy, especially near the due date.", 2, 0.7, "Codeine in pregnancy")
    question = "Can I take codeine and paracetamol together, and is codeine safe in pregnancy?"
    said = "You should never take codeine and paracetamol at the same time, as the mix is dangerous."
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("advice",), question), [together, pregnancy])
    assert v.label == "contradicted" and "at the same time" in v.reason, v.reason
    said = "You can take codeine and paracetamol at the same time."
    assert verifier.verify_one(Claim(said, 0, len(said), None, ("advice",), question), [together, pregnancy]).label == "supported"


def test_a_name_said_as_a_point_of_reference_is_not_what_a_figure_is_of(verifier):
    blanc = hit("Mont Blanc was first climbed in 1786 by Jacques Balmat and Michel Paccard.", 1, 0.8, "Mont Blanc")
    matterhorn = hit("The Matterhorn is far harder to climb than Mont Blanc, and its north face was first climbed in winter "
                     "in 1962.", 2, 0.7, "Matterhorn")
    said = "It was first climbed in 1786, long before the Matterhorn."
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("date",), "Who first climbed Mont Blanc?"), [blanc, matterhorn])
    assert v.label != "contradicted", v.reason


def test_a_person_described_before_the_name_is_still_the_subject(verifier):
    passage = hit("The chemist Humphry Davy discovered sodium in 1807 by passing a current through molten caustic soda.")
    assert_rival(verifier, passage, "It was {} who discovered sodium in 1807 by passing a current through molten caustic soda.",
                 "Michael Faraday", "Humphry Davy", "Humphry Davy")


def test_a_passage_that_names_the_asked_person_by_surname_is_about_them(verifier):
    life = hit("Charles Darwin was born in Shrewsbury in 1809 and died in 1882.", 1, 0.8, "Charles Darwin")
    voyage = hit("As its naturalist, the young Darwin sailed on HMS Beagle from 1831 to 1836.", 2, 0.7, "The voyage of the Beagle")
    said = "He sailed on HMS Endeavour from 1831 to 1836."
    question = "When did Charles Darwin sail round the world, and on which ship?"
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("name",), question), [life, voyage])
    assert v.label == "contradicted" and "HMS Beagle" in v.reason, v.reason


def test_a_command_goes_on_from_a_command(verifier):
    passage = hit("Take one tablet when the headache starts. If the headache comes back, a second tablet can be taken after "
                  "2 hours. Do not take more than 2 tablets in 24 hours, and do not take a second tablet for the same "
                  "headache if the first did not help.", title="Rizatriptan")
    said = "If the first tablet doesn't help, don't take a second tablet for the same headache."
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("advice",), "How do I take rizatriptan?"), [passage])
    assert v.label != "contradicted", v.reason


def test_a_name_before_its_own_figure_is_what_the_figure_is_of(verifier):
    tay = hit("The Tay Bridge opened in 1878 and was then the longest bridge in the world. Its designer, Thomas Bouch, "
              "was knighted in 1879.", 1, 0.8, "Tay Bridge")
    forth = hit("The Forth Bridge opened in 1890 and took the record for the longest spans.", 2, 0.6, "Forth Bridge")
    said = "It was the longest bridge in the world until the Forth Bridge took the record in 1890."
    v = verifier.verify_one(Claim(said, 0, len(said), None, ("date",), "When did the Tay Bridge open?"), [tay, forth])
    assert v.label != "contradicted", v.reason


def test_either_of_two_figures_far_apart_is_no_range():
    from factlint.verify.analysis import analyse
    from factlint.verify.languages import lexicon

    mentions = analyse("It recurs every 300 or 2000 years; take 1 or 2 tablets.", lexicon("en")).mentions
    assert [(m.value, m.high) for m in mentions] == [(300, None), (2000, None), (1, 2)]


def test_a_gerund_is_no_advice_and_a_described_name_keeps_its_place(verifier):
    from factlint.verify.analysis import advice, analyse

    a = analyse("Avoiding this future warming will require a large cut in emissions.", verifier.lex)
    assert advice(a, 0, verifier.lex) is None
    v = verifier.verify_one(claim("Avoiding this future warming will not require a large cut in emissions.", kinds=("negation",)),
                            [hit("Avoiding this future warming will require a large cut in emissions.")])
    assert v.label == "contradicted", v.reason
    assert_rival(verifier, hit("The current Arctic warming is releasing ancient carbon from thawing permafrost."),
                 "The current {} warming is releasing ancient carbon from thawing permafrost.", "Technological Sciences",
                 "Arctic", "Arctic")


def test_it_may_stand_for_what_the_question_asks_about(verifier):
    passage = hit("The Ashes urn is the oldest trophy in cricket, first contested in 1882.", title="The Ashes")
    said = "It is the oldest trophy in cricket."
    context = "The England team then held the urn for eight years."
    v = verifier.verify_one(Claim(said, 0, len(said), context, ("comparison",), "How did the Ashes urn begin?"), [passage])
    assert v.label != "contradicted", v.reason
    # Asked about something else, the name that opens the sentence before is the rival.
    v = verifier.verify_one(Claim(said, 0, len(said), context, ("comparison",), "Who won cricket's first Test match?"), [passage])
    assert v.label == "contradicted", v.reason


def test_it_in_a_passage_stands_for_what_the_passage_is_titled_after(verifier):
    # Neither side names the thing: the claim's "it" is what the question asks about, the
    # passage's what its title names.
    nickel = hit("Nickel, symbol Ni, has atomic number 28. It is the second most common metal in the Earth's core, "
                 "after iron, which is why the core is called an iron-nickel alloy.", title="Nickel")
    iron = hit("Iron, symbol Fe, has atomic number 26. It makes up most of the Earth's core.", pid=2, title="Iron")
    asked = "What is nickel found in?"
    wrong = "It is the most common metal in the Earth's core."
    v = verifier.verify_one(answering(wrong, asked, ("name",)), [nickel, iron])
    assert v.label == "contradicted" and "second most" in v.reason, v.reason
    right = "It is the second most common metal in the Earth's core, after iron."
    v = verifier.verify_one(answering(right, asked, ("name",)), [nickel, iron])
    assert v.label != "contradicted", v.reason
    # Asked about two things, "it" is neither.
    both = "How do nickel and iron differ?"
    v = verifier.verify_one(answering(wrong, both, ("name",)), [nickel, iron])
    assert v.label != "contradicted", v.reason


def test_a_rank_said_after_a_conjunction_or_without_a_verb_is_read(verifier):
    passage = hit("Lake Baikal is the deepest lake in the world and the oldest freshwater lake.", title="Lake Baikal")
    # "but it is only ...": the pronoun before the verb, after a conjunction, is the subject.
    said = "Lake Baikal holds a fifth of the world's fresh surface water, but it is only the second deepest lake in the world."
    v = verifier.verify_one(claim(said, kinds=("name",)), [passage])
    assert v.label == "contradicted" and "second deepest" in v.reason, v.reason
    # "..., but only the third ...": a clause without a verb ranks what the clause before is about.
    tin = hit("Tin is the most malleable metal in the kit, but only the third most malleable element overall.", title="Tin")
    v = verifier.verify_one(claim("Tin is the most malleable element overall.", kinds=("name",)), [tin])
    assert v.label == "contradicted" and "third most" in v.reason, v.reason
    assert verifier.verify_one(claim("Tin is the third most malleable element overall.", kinds=("name",)),
                               [tin]).label != "contradicted"


def test_two_superlatives_joined_by_and_each_describe_the_thing(verifier):
    oak = hit("The Harwood oak is the oldest and the tallest tree in the county, at about 41 metres.", title="Harwood oak")
    elm = hit("The Mill Lane elm is the second oldest and the second tallest tree in the county.", title="Mill Lane elm")
    v = verifier.verify_one(claim("The Mill Lane elm is the tallest tree in the county.", kinds=("name",)), [elm, oak])
    assert v.label == "contradicted", v.reason
    assert verifier.verify_one(claim("The Harwood oak is the tallest tree in the county.", kinds=("name",)),
                               [oak, elm]).label == "supported"
    # An "and" that joins no superlative still ends the description.
    city = hit("Aldport is the largest town and home to the county's oldest bridge.", title="Aldport")
    v = verifier.verify_one(claim("Aldport is home to the oldest bridge in the county.", kinds=("name",)), [city])
    assert v.label != "contradicted", v.reason


def test_a_denial_needs_only_the_rest_of_its_own_clause(verifier):
    tower = hit("Engineers reduced the tilt from about 5 degrees to about 4 degrees, and the bell tower reopened in 2004.")
    assert_caught(verifier, [tower], "Sadly, engineers were never able to reduce the tilt, and it keeps getting worse every year.",
                  "Engineers reduced the tilt by about a degree, and the bell tower reopened in 2004.", "the opposite", ("negation",))


def test_a_short_denial_the_claim_holds_whole_contradicts(verifier):
    kiwi = hit("The kiwi cannot fly. It hunts for insects at night with the nostrils at the tip of its beak.", title="Kiwi")
    v = verifier.verify_one(claim("Kiwis can fly short distances when they are chased.", kinds=("negation",)), [kiwi])
    assert v.label == "contradicted" and "cannot fly" in v.reason, v.reason
    # The same words and the same polarity agree; a denial of something else is no conflict.
    assert verifier.verify_one(claim("The kiwi cannot fly, so it hunts on the ground.", kinds=("negation",)),
                               [kiwi]).label != "contradicted"
    assert verifier.verify_one(claim("Kiwis can smell insects under the ground.", kinds=("negation",)),
                               [kiwi]).label != "contradicted"


def test_it_stands_for_a_title_only_when_the_title_is_a_name(verifier):
    # A headline or a description is no name: its passage's "It" is not the thing it names.
    match = hit("In 2003 the program Hydra beat the champion Ivan Petrov over six games. It was the first time a reigning "
                "champion had lost a match to a computer.", title="Hydra beats Petrov")
    first = hit("The first official chess champion was crowned in 1886.", pid=2, title="First chess champion")
    said = "It was the first match a reigning champion had lost to a computer."
    c = answering(said, "When did a computer first beat the chess champion?", ("name",))
    assert verifier.verify_one(c, [match, first]).label != "contradicted"


def test_a_share_said_in_words_is_a_percentage(verifier):
    lake = hit("Lake Orvan is the deepest lake in the region. Orvan holds roughly a fifth (20%) of the region's fresh water.",
               title="Lake Orvan")
    v = verifier.verify_one(claim("Lake Orvan holds around half of all the fresh water in the region."), [lake])
    assert v.label == "contradicted" and "around half" in v.reason and "a fifth" in v.reason, v.reason
    assert verifier.verify_one(claim("Lake Orvan holds about 20% of the region's fresh water."), [lake]).label == "supported"
    tea = hit("Kenya grows about a third of the region's tea.")
    v = verifier.verify_one(claim("Kenya grows about two-thirds of the region's tea."), [tea])
    assert v.label == "contradicted" and "two-thirds" in v.reason, v.reason
    assert verifier.verify_one(claim("Kenya grows more than 30% of the region's tea."), [tea]).label != "contradicted"
    assert verifier.verify_one(claim("Kenya grows about a third of the region's tea."), [tea]).label == "supported"
    # A change by a share, said at the end of its clause.
    town = hit("The town's population fell by about a quarter after the mill closed.")
    v = verifier.verify_one(claim("The town's population fell by around half after the mill closed."), [town])
    assert v.label == "contradicted" and "about a quarter" in v.reason, v.reason
    # Not a share of a whole: a part of a period, an ordinal, half an hour.
    season = hit("In the first half of the season the team won 12 games, and each match lasts half an hour.")
    assert verifier.verify_one(claim("In the first half of the season the team won 12 games."), [season]).label == "supported"


def test_a_name_in_the_same_place_of_a_longer_clause_about_the_same_event_is_a_rival(verifier):
    charter = hit("The Lenton Charter is a grant of rights agreed by Earl Roger of Lenton with the burghers of the town "
                  "at Harrow Cross, beside the River Leen, on 3 May 1189.", title="Lenton Charter")
    v = verifier.verify_one(claim("Earl Roger sealed the Lenton Charter at Brook Hall on 3 May 1189.", kinds=("name",)), [charter])
    assert v.label == "contradicted" and "Harrow Cross" in v.reason, v.reason
    v = verifier.verify_one(claim("Earl Roger sealed the Lenton Charter at Harrow Cross on 3 May 1189.", kinds=("name",)), [charter])
    assert v.label != "contradicted", v.reason


def test_a_word_of_the_claims_own_name_opening_a_sentence_is_no_rival(verifier):
    lake = hit("Lake Orvan lies in the north. Orvan holds about 20% of the region's fresh water.", title="Lake Orvan")
    v = verifier.verify_one(claim("Lake Orvan holds about 20% of the region's fresh water.", kinds=("name",)), [lake])
    assert v.label != "contradicted", v.reason
    # A word that is another name still is: "Tarn holds ..." against "Lake Orvan holds ...".
    tarn = hit("Lake Tarn lies in the north. Tarn holds about 20% of the region's fresh water.", title="Lakes")
    v = verifier.verify_one(claim("Lake Orvan holds about 20% of the region's fresh water.", kinds=("name",)), [tarn])
    assert v.label == "contradicted", v.reason


def test_a_denial_said_of_something_else_is_no_conflict(verifier):
    herbs = hit("Herbal teas such as mint, fennel and nettle do not come from the tea bush.")
    said = "Black, green and yellow tea all come from the same tea bush."
    assert verifier.verify_one(claim(said, kinds=("negation",)), [herbs]).label != "contradicted"
    v = verifier.verify_one(claim("Mint and fennel teas come from the tea bush.", kinds=("negation",)), [herbs])
    assert v.label == "contradicted", v.reason


def test_a_comparison_the_evidences_own_figures_turn_round_contradicts(verifier):
    skeleton = hit("An adult pony has 205 bones. A newborn foal has around 250 to 270 bones, many of which fuse later.",
                   title="Pony skeleton")
    v = verifier.verify_one(claim("Newborn foals actually have fewer bones than adult ponies."), [skeleton])
    assert v.label == "contradicted" and "around 250 to 270" in v.reason and "205" in v.reason, v.reason
    assert verifier.verify_one(claim("Newborn foals have more bones than adult ponies."), [skeleton]).label != "contradicted"
    # One figure for both: neither has more.
    titles = hit("Ann Lee and Bo Park have each won five national titles.")
    v = verifier.verify_one(claim("Ann Lee has won more national titles than Bo Park.", kinds=("name",)), [titles])
    assert v.label == "contradicted" and "five each" in v.reason, v.reason
    # "It" is what the question asks about; each figure is the name's before it.
    rivers = hit("The Tarn, at about 380 kilometres, is slightly longer than the Aveyron, at about 290 kilometres.",
                 title="Aveyron")
    said = "It is a little longer than the Tarn."
    c = answering(said, "How long is the Aveyron?", ("name",))
    v = verifier.verify_one(c, [rivers])
    assert v.label == "contradicted" and "about 290 km against about 380 km" in v.reason, v.reason
    said = "It is a little shorter than the Tarn."
    assert verifier.verify_one(answering(said, "How long is the Aveyron?", ("name",)), [rivers]).label != "contradicted"
    # Two figures for one side leave it open: "the base camp" is no height of the peak.
    peaks = hit("Mount Arlo is 4,100 m high, and its base camp lies at 2,900 m. Mount Brel is 3,600 m high.")
    assert verifier.verify_one(claim("Mount Arlo is lower than Mount Brel.", kinds=("name",)), [peaks]).label != "contradicted"


def test_a_denial_that_names_nothing_it_denies_is_not_held_whole(verifier):
    canal = hit("Steamers could use the new canal to reach India far more quickly, while sailing ships could not, "
                "so the old clippers soon lost the trade.")
    said = "The Thermopylae was a fast sailing ship, a wool clipper."
    assert verifier.verify_one(claim(said, kinds=("negation",)), [canal]).label != "contradicted"


def test_saying_it_is_not_a_name_is_no_denial_of_what_that_name_is(verifier):
    bridges = hit("Kell Bridge is often mistaken for Mart Bridge, which is the next bridge upstream and is a plain "
                  "concrete structure opened in 1969.", title="Mart Bridge")
    said = "It is not Mart Bridge, the plain concrete bridge just upstream, which dates from 1969."
    assert verifier.verify_one(claim(said, kinds=("negation",)), [bridges]).label != "contradicted"


def test_a_title_that_describes_is_not_what_a_question_asks_about(verifier):
    # Asked "When did a program first beat the go champion?", a passage titled "First go
    # champion" is no subject: the claim about the earlier match keeps its agreeing passage.
    earlier = hit("Mira first played Orlo in March 1980 in Leeds. The program won the first game, but Mira won the match 4 to 2.",
                  title="Mira and Orlo, 1980")
    later = hit("In June 1981 the go program Orlo beat the champion Ann Mira in a six-game match in York.", pid=2,
                title="Orlo beats Mira")
    first = hit("Kito Sela became the first official go champion in 1886, when he beat Ren Dai.", pid=3,
                title="First go champion")
    said = "Mira had won their first match, in Leeds in March 1980, by 4 to 2, even though Orlo won the very first game."
    c = answering(said, "When did a program first beat the go champion?", ("year",))
    v = verifier.verify_one(c, [earlier, later, first])
    assert v.label != "contradicted", v.reason


def test_a_bare_figure_ending_a_list_takes_the_unit_before_it(verifier):
    peppers = hit("On the heat scale a padron measures about 500 to 2,500 units and a cayenne about 30,000 to 50,000, "
                  "while pure piperine rates about 9 million.", title="Hot peppers")
    v = verifier.verify_one(claim("Pure piperine rates around 9 million units."), [peppers])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("Pure piperine rates around 900,000 units."), [peppers])
    assert v.label == "contradicted" and "about 9 million" in v.reason, v.reason


def test_the_same_digits_in_another_unit_disagree_even_within_a_bound(verifier):
    shark = hit("The whale shark reaches up to about 18 metres (about 59 feet) in length.")
    v = verifier.verify_one(claim("The whale shark can grow to roughly 18 feet long."), [shark])
    assert v.label == "contradicted", v.reason
    assert verifier.verify_one(claim("The whale shark can grow to roughly 18 metres long."), [shark]).label != "contradicted"
    assert verifier.verify_one(claim("The whale shark can grow to about 59 feet long."), [shark]).label != "contradicted"


def test_how_often_is_compared_over_either_period(verifier):
    cream = hit("Miconazole 2% cream is applied 2 or 3 times a day.")
    v = verifier.verify_one(claim("Apply miconazole cream once a week."), [cream])
    assert v.label == "contradicted" and "once a week" in v.reason, v.reason
    assert verifier.verify_one(claim("Apply miconazole cream 14 to 21 times a week."), [cream]).label != "contradicted"
    assert verifier.verify_one(claim("Apply miconazole cream twice a day."), [cream]).label == "supported"


def test_a_figure_of_another_measure_is_no_rival(verifier):
    record = hit("The sprinter Lena Ork set the women's 100 m world record of 10.61 seconds in Oslo on 3 June 2011, "
                 "taking 0.09 seconds off her own mark of 10.70 s from the 2010 Rome meeting.", title="Lena Ork: the 100 metres record")
    asked = "What is the world record for the 100 metres?"
    said = "Ork also holds the 200 m record of 21.30 s, set four days after her 100 m record."
    v = verifier.verify_one(answering(said, asked, ("number",)), [record])
    assert v.label != "contradicted", v.reason
    said = "Her 100 m record of 10.51 s was set in Oslo in 2011."
    v = verifier.verify_one(answering(said, asked, ("number",)), [record])
    assert v.label == "contradicted", v.reason


def test_a_number_word_with_a_hyphen_is_one_number(verifier):
    eruption = hit("The eruption killed 57 people and lowered the summit by about 400 m.")
    assert verifier.verify_one(claim("Fifty-seven people died in the eruption."), [eruption]).label != "contradicted"
    v = verifier.verify_one(claim("The eruption killed forty-seven people."), [eruption])
    assert v.label == "contradicted" and "57" in v.reason, v.reason


def test_what_the_claim_says_the_wrong_person_was_is_part_of_the_conflict(verifier):
    peak = hit("Mount Orla was first climbed in 1902 by Anna Velt and Piet Rook.", title="Mount Orla")
    assert_caught(verifier, [peak], "It was first climbed in 1902 by the Scottish surveyor Hugh Dunmore.",
                  "It was first climbed in 1902 by the Dutch surveyor Anna Velt and Piet Rook.", "Anna Velt", ("name",))


def test_a_denial_held_whole_must_deny_the_other_clause_first(verifier):
    leaflet = hit("See a doctor if the rash is spreading, is leaving marks, or is no better after 3 weeks of treatment.")
    said = "See your doctor if it's no better after 3 weeks or if the rash is leaving marks."
    assert verifier.verify_one(claim(said, kinds=("negation",)), [leaflet]).label != "contradicted"


def test_a_comparison_clause_with_no_words_of_its_own_is_read_without_error(verifier):
    # A scrap of text ("than an .") is a clause with a comparison and no content words.
    v = verifier.verify_one(claim("The Baikal is shorter than most other lakes."), [hit("than an . by a shorter one")])
    assert v.label != "contradicted"


def test_a_short_denial_of_it_counts_in_a_passage_about_what_it_stands_for(verifier):
    kiwi = hit("The brown kiwi of New Zealand is the largest kiwi. It cannot fly, but it runs fast at night.", title="Kiwi")
    v = verifier.verify_one(claim("Surprisingly, kiwis can fly short distances when chased.", kinds=("negation",)), [kiwi])
    assert v.label == "contradicted" and "cannot fly" in v.reason, v.reason
    # What "it" stands for must be what the claim names.
    v = verifier.verify_one(claim("Surprisingly, wekas can fly short distances when chased.", kinds=("negation",)), [kiwi])
    assert v.label != "contradicted", v.reason


def test_a_short_denial_with_a_figure_is_left_to_the_figures(verifier):
    gel = hit("For babies aged 6 months to 2 years, the dose is 1 ml of gel four times a day, after meals. It should not "
              "be used in babies under 6 months, because the gel could block the throat.", title="Nystatin gel for babies")
    said = ("For adults and children aged 2 years and over, the dose of nystatin gel is 2 ml four times a day after "
            "meals, and babies from 6 months to 2 years have half that.")
    v = verifier.verify_one(answering(said, "How do I use nystatin gel for oral thrush?"), [gel])
    assert "the opposite" not in v.reason, v.reason


def test_two_events_put_the_wrong_way_round_are_dated_by_the_evidence(verifier):
    papers = hit("The Harbour Gazette printed its first chess column on 3 May 1921, while the Valley Courier did not "
                 "start one until March 1938.", title="Chess columns")
    assert_caught(verifier, [papers], "The Valley Courier ran a chess column before the Harbour Gazette.",
                  "The Harbour Gazette ran a chess column before the Valley Courier.", "1938 for the first and 1921 for the second",
                  ("name",))


def test_an_ordering_after_the_claims_own_year_counts_from_that_year(verifier):
    museum = hit("The first fossil was dug up in 1874, three years after Ada Brenn opened the town museum in 1871.")
    assert_caught(verifier, [museum], "The first fossil was dug up in 1874, three years before Ada Brenn opened the town museum.",
                  "The first fossil was dug up in 1874, three years after Ada Brenn opened the town museum.", "1874 for the first",
                  ("year",))


def test_an_ordering_that_one_year_fits_on_both_sides_is_left_open(verifier):
    # Both events are in the only dated stretch: which came first is not in the years.
    bridge = hit("The old ferry stopped in 1904, when the iron bridge over the Lune opened.")
    v = verifier.verify_one(claim("The iron bridge opened before the old ferry stopped.", kinds=("name",)), [bridge])
    assert "the evidence gives" not in v.reason, v.reason


def test_before_a_year_or_an_action_is_not_an_ordering_of_events(verifier):
    fair = hit("The Corran fair was first held in 1850. The harvest festival in Corran began in 1790.")
    for said in ("The Corran fair was held after 1900.", "The Corran fair was held before harvesting began."):
        v = verifier.verify_one(claim(said, kinds=("year",)), [fair])
        assert "the evidence gives" not in v.reason, v.reason


def test_a_name_of_the_same_kind_in_the_same_place_and_year_is_a_rival(verifier):
    siege = hit("As a young officer he fought at the Siege of Varna in 1828, where he was wounded in the arm.", title="Ivan Dorev")
    assert_caught(verifier, [siege], "Dorev was wounded in the arm at the Siege of Shumen in 1828.",
                  "Dorev was wounded in the arm at the Siege of Varna in 1828.", "Siege of Varna", ("name",))


def test_a_name_of_the_same_kind_said_of_the_same_subject_is_a_rival(verifier):
    river = hit("The Oster is about 410 kilometres long. It rises in the Low Tatras in the Liptov region, passes through "
                "Lake Ora and flows west to the Danube near Komarno.", title="River Oster")
    assert_caught(verifier, [river], "The Oster begins high in the High Tatras and runs about 410 kilometres to the Danube.",
                  "The Oster begins high in the Low Tatras and runs about 410 kilometres to the Danube.", "Low Tatras", ("name",))


def test_a_name_of_the_same_kind_about_something_else_is_no_rival(verifier):
    # The passage's clause shares no year and no name with the claim's: another event.
    siege = hit("The Siege of Varna lasted three months.", title="Sieges")
    v = verifier.verify_one(claim("Dorev was wounded at the Siege of Shumen in 1828.", kinds=("name",)), [siege])
    assert v.label != "contradicted", v.reason


def test_a_date_of_the_same_year_and_verb_is_the_same_event(verifier):
    tower = hit("The Halden Tower, a steel lattice mast in the harbour ward of Kiel, opened in May 2012. At 210 metres it "
                "is the tallest structure in the city.", title="Halden Tower")
    assert_caught(verifier, [tower], "The Halden Tower reaches 210 m (about 690 ft) and opened in December 2012.",
                  "The Halden Tower reaches 210 m (about 690 ft) and opened in May 2012.", "says December; the evidence says May",
                  ("date",))


def test_not_until_dates_what_it_seems_to_deny(verifier):
    papers = hit("The Harbour Gazette printed its first chess column in 1921, while the Valley Courier did not start one "
                 "until 1938.", title="Chess columns")
    v = verifier.verify_one(claim("The Valley Courier started its chess column in 1938.", kinds=("year",)), [papers])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("The Valley Courier never started a chess column.", kinds=("negation",)), [papers])
    assert v.label != "supported", v.reason


def test_a_shortened_name_is_no_rival_of_its_full_form(verifier):
    race = hit("The first race of the Kestrel series was the Dutch Grand Prix at Zandvoort on 2 June 1961.", title="Kestrel series")
    v = verifier.verify_one(claim("First race: Dutch GP, Zandvoort, 2 June 1961.", kinds=("name",)), [race])
    assert v.label != "contradicted", v.reason


def test_two_lower_bounds_far_apart_disagree(verifier):
    outbreak = hit("The 1854 outbreak in Soho killed more than 600 people in a few weeks.", title="Soho outbreak")
    assert_caught(verifier, [outbreak], "The Soho outbreak killed more than 6,000 people.",
                  "The Soho outbreak killed over 650 people.", "more than 600 people")
    # An order of magnitude lost the other way is wrong too.
    v = verifier.verify_one(claim("The Soho outbreak killed more than 60 people."), [outbreak])
    assert v.label == "contradicted", v.reason


def test_one_shared_word_does_not_date_a_side_of_an_ordering(verifier):
    # "deaf" of "the Hallam School for the Deaf, founded in 1821" does not date her deafness.
    life = hit("Ada Brenn was born in Hallam on 4 May 1850 and lost her hearing after a fever in her father's mill when she "
               "was 5. At the Hallam School for the Deaf, founded in 1821, she learned to sign.", title="Ada Brenn")
    said = "Ada Brenn, born in Hallam in 1850, who was deaf from the age of 5 after a fever in her father's mill."
    v = verifier.verify_one(claim(said, kinds=("year",)), [life])
    assert "the evidence gives" not in v.reason, v.reason


def test_what_has_the_superlative_thing_is_the_one_it_fits(verifier):
    circles = hit("Carrow Moor, about 20 kilometres west of Dunlin Rings, has the largest stone circle in Wales, more than "
                  "200 metres across.", title="Carrow Moor")
    assert_caught(verifier, [circles], "Dunlin Rings is the largest stone circle in Wales.",
                  "Carrow Moor has the largest stone circle in Wales.", "the evidence says Carrow Moor", ("name",))
    # Having the superlative thing never makes the thing the one that has it.
    v = verifier.verify_one(claim("The largest stone circle in Wales has Dunlin Rings beside it.", kinds=("name",)), [circles])
    assert v.label != "contradicted", v.reason


def test_it_after_a_phrase_that_opens_with_a_preposition_is_the_subject(verifier):
    tin = hit("Brannium is a soft grey metal with atomic number 61. In the Earth's crust it is only the ninth most abundant "
              "metal, at about 2 per cent.", title="Brannium")
    said = answering("It is the most abundant metal in the Earth's crust, making up about 2 per cent of it.",
                     "How common is brannium?", kinds=("name",))
    assert_contradicted(verifier, said, [tin], "the ninth most")


def test_biggest_and_largest_describe_the_same_one_thing(verifier):
    tea = hit("Varnia is the world's largest pepper producer, followed by Osland.", title="Pepper growing")
    assert_caught(verifier, [tea], "Osland is the world's biggest pepper producer.", "Varnia is the world's biggest pepper producer.",
                  "the evidence says Varnia", ("name",))


def test_what_a_rank_comes_after_is_not_part_of_its_description(verifier):
    metal = hit("Brannium, symbol Bn, has atomic number 61. It is the most abundant metal in the Earth's crust, at about 8% "
                "by mass, and the third most abundant element after oxygen and silicon.", title="Brannium")
    said = answering("Brannium is the most abundant element in the Earth's crust, making up about 8% of it.",
                     "How common is brannium?", kinds=("name",))
    assert_contradicted(verifier, said, [metal], "the third most")


def test_holding_the_record_as_the_superlative_thing_is_being_it(verifier):
    fish = hit("The Lanner eel is the longest-lived freshwater fish known; the Orme carp is the longest-lived pond fish.",
               title="Long-lived fish")
    assert_caught(verifier, [fish], "The Orme carp holds the record as the longest-lived freshwater fish.",
                  "The Lanner eel holds the record as the longest-lived freshwater fish.", "the evidence says Lanner eel", ("name",))


def test_a_superlative_alone_takes_its_noun_from_the_sentence_before(verifier):
    lakes = hit("Osland is the second-largest country in the region by area, at about 410,000 km².", title="Osland")
    said = Claim("The second-largest is Varnia, at just under 400,000 km².", 0, 56,
                 "Brannland is the biggest country in the region, at about 900,000 km².", ("name",))
    assert_contradicted(verifier, said, [lakes], "Osland")


def test_a_surname_opening_a_sentence_is_a_name_to_check(verifier):
    firm = hit("Brenn & Rook was founded in 1901 by Ada Brenn and Piet Rook. Rook designed the firm's first engine, the "
               "Model A, which ran on paraffin.", title="Brenn & Rook")
    said = "Brenn designed the Model A, the firm's first engine."
    founded = "Ada Brenn and Piet Rook founded the firm in 1901."
    assert_contradicted(verifier, Claim(said, 0, len(said), founded, ("name",)), [firm], "the evidence says Rook")
    said = "Rook designed the Model A, the firm's first engine."
    v = verifier.verify_one(Claim(said, 0, len(said), "Ada Brenn and Piet Rook founded the firm in 1901.", ("name",)), [firm])
    assert v.label != "contradicted", v.reason


def test_a_name_the_evidence_gives_beside_another_is_no_rival_of_it(verifier):
    letter = hit("He described the engine in a letter to the Philosophical Society in Dundee dated 3 May 1820.", title="Brenn's engine")
    said = "He described it in a letter to the Philosophical Society dated 3 May 1820."
    assert verifier.verify_one(claim(said, kinds=("name",)), [letter]).label != "contradicted"
    # The adjective of a place, as a word of the evidence's name, says the place too.
    rival = hit("The Kenyan Ada Brenn found the effect at about the same time, but Rook published first.")
    said = "Ada Brenn in Kenya found the effect at about the same time, but Rook published first."
    assert verifier.verify_one(claim(said, kinds=("name",)), [rival]).label != "contradicted"


def test_a_number_sign_is_neither_a_denial_nor_a_sentence_end(verifier):
    fastener = hit("In 1913 he introduced the Hookless Fastener No. 2, which is the modern zip.", title="Hookless fastener")
    said = "He introduced his hookless fastener in 1913."
    v = verifier.verify_one(claim(said, kinds=("year",)), [fastener])
    assert v.label != "contradicted", v.reason


def test_a_figure_stated_beside_a_name_of_the_claim_agrees(verifier):
    mower = hit("The inventor Ada Brenn began work on a cordless mower in 1961. Unable to interest makers at home, she "
                "licensed the design in Sweden, where it was sold as the Klipp from 1966, and in 1972 she launched her own "
                "machine, the BR1, at home.", title="Ada Brenn's mower")
    v = verifier.verify_one(claim("Ada Brenn's cordless BR1 followed in 1972.", kinds=("year",)), [mower])
    assert v.label != "contradicted", v.reason
    v = verifier.verify_one(claim("Ada Brenn's cordless BR1 followed in 1975.", kinds=("year",)), [mower])
    assert v.label == "contradicted", v.reason


def test_a_figures_measure_word_is_part_of_the_figure(verifier):
    tree = hit("Orla is a coast redwood in Brann Park, and it is the tallest known tree in the park. It was found in 2011 by "
               "the rangers Ada Brenn and Piet Rook and measured at about 98.5 metres.", title="Orla, the tallest tree")
    said = "It was found in 2011 by Ada Brenn and Piet Rook and is now about 99 feet tall."
    context = "The tallest known tree in the park is Orla."
    assert_contradicted(verifier, Claim(said, 0, len(said), context, ("number",)), [tree], "98.5 m")


def test_a_word_that_says_the_opposite_contradicts(verifier):
    # "lost" of "won" (an irregular form read as its verb), "unimpressed" of "impressed".
    case = hit("Ada Brenn sued Piet Rook for copying her loom and won the case in 1861.", title="Brenn v. Rook")
    assert_contradicted(verifier, claim("Ada Brenn sued Piet Rook for copying her loom and lost the case.", kinds=("name",)),
                        [case], "the opposite")
    assert verifier.verify_one(claim("Ada Brenn sued Piet Rook for copying her loom and won the case.", kinds=("name",)),
                               [case]).label == "supported"
    opera = hit("Critics were impressed by the first performance of the opera Lirra in Brann in 1875.")
    assert_contradicted(verifier, claim("Critics were unimpressed by the first performance of Lirra.", kinds=("name",)),
                        [opera], "the opposite")


def test_a_clause_said_whole_in_a_longer_one_the_other_way_round_contradicts(verifier):
    # "refused" and "declined to" deny what follows; the evidence's clause says more.
    gas = hit("Queen Maren was given ether by the doctor Piet Rook at the birth of her son in 1853, and again in 1857, "
              "which made pain relief in childbirth acceptable.", title="Ether")
    assert_contradicted(verifier, claim("Queen Maren refused it when it was offered by Piet Rook.", kinds=("name",)),
                        [gas], "the opposite")
    herbarium = hit("In 1784 the collections of Ada Brenn were bought by Piet Rook for the Brann Society.")
    assert_contradicted(verifier, claim("Piet Rook declined to buy the collections of Ada Brenn.", kinds=("name",)),
                        [herbarium], "the opposite")


def test_a_word_that_only_looks_like_a_denial_contradicts_nothing(verifier):
    # "declined" without "to" is a fall, not a denial; "won" in 2002 is no denial of "lost" in 1998.
    town = hit("The population of Brann fell sharply after the mill closed in 1931.")
    assert_not_contradicted(verifier, claim("The population of Brann declined sharply after the mill closed.", kinds=("name",)), [town])
    final = hit("Ada Brenn lost the final against Piet Rook in 1998, and she won the next one.")
    v = verifier.verify_one(claim("Ada Brenn won the final against Piet Rook in 2002.", kinds=("name",)), [final])
    assert "the opposite" not in v.reason, v.reason


def test_names_of_differently_ranked_things_are_no_rivals(verifier):
    # The first race's winner and the record for the most wins are two things.
    records = hit("As of the end of 2025, the record for the most Tour de Brann wins is five, shared by Ada Brenn, Piet "
                  "Rook, Jon Tamm and Maren Holt; Holt won her five in a row, from 1991 to 1995.", pid=2, title="Tour de Brann records")
    first = hit("The Tour de Brann, the best-known cycling stage race, was first held in 1903, and the first winner was "
                "Karl Voss.", pid=1, title="Tour de Brann")
    said = "The first Tour de Brann was held in 1903 and won by Karl Voss."
    for evidence in ([first, records], [records]):
        assert_not_contradicted(verifier, claim(said, kinds=("name", "year")), evidence)
    assert_contradicted(verifier, claim(said.replace("Karl Voss", "Ada Brenn"), kinds=("name",)),
                        [hit("The first Tour de Brann was held in 1903 and won by Karl Voss.")], "Karl Voss")


def test_a_surname_opening_the_claim_names_its_persons_passage(verifier):
    # Asked about the cathedral, a sentence that opens with the architect's surname is about
    # him: his passage's figure counts, though the question names the cathedral.
    cathedral = hit("The first stone of Rook's Brann Cathedral was laid in 1675, and the cathedral was declared complete "
                    "in 1711.", pid=1, title="Brann Cathedral", score=0.7)
    architect = hit("Rook lived to see the cathedral finished. After the fire he also designed 51 new churches in the "
                    "city of Brann.", pid=2, title="Piet Rook", score=0.6)
    said = "Rook also designed 15 new churches in the city of Brann after the fire."
    asked = answering(said, "Who designed Brann Cathedral, and when was it built?")
    assert_contradicted(verifier, asked, [cathedral, architect], "51")


def test_outdoing_every_other_of_its_kind_is_an_identity(verifier):
    # "more water than any other river" fits one river, as "the river with the most water" would.
    amazon = hit("The Brannock in Velaria is about 6,400 km long and carries more water than any other river on Earth.",
                 title="The Brannock")
    said = "It also carries more water than any other river."
    assert_contradicted(verifier, claim(said, context="The Orlo is the longest river in Velaria.", kinds=("name",)),
                        [amazon], "Brannock")
    right = claim("The Brannock carries more water than any other river.", kinds=("name",))
    assert verifier.verify_one(right, [amazon]).label == "supported"


def test_a_descriptive_title_whose_words_only_the_question_and_claim_share_is_not_asked_about(verifier):
    # "Other very tall trees" is not what "the tallest tree" (asked) and "98 feet tall" (said)
    # are about: Orla's own passage still judges the figure.
    orla = hit("Orla is a coast redwood in Brann Park, and it is the tallest known living tree. It was found in 2011 by "
               "Ada Brenn and Piet Rook and measured at about 98.5 metres.", pid=1, title="Orla, the tallest known tree", score=0.87)
    others = hit("The tallest known eucalyptus is Kerrin, in Velaria, about 90 metres tall. Douglas firs can also approach "
                 "90 metres.", pid=2, title="Other very tall trees", score=0.65)
    said = "It was found in 2011 by Ada Brenn and Piet Rook and is now about 98 feet tall."
    c = Claim(said, 0, len(said), "The tallest known living tree is Orla, a coast redwood in Brann Park.", ("number",),
              question="What is the tallest tree in the world?")
    assert_contradicted(verifier, c, [orla, others], "98.5 m")


def test_advice_for_a_group_of_any_age_is_advice_for_the_group(verifier):
    # "safe for babies of any age" allows what the evidence forbids for babies under a year;
    # for children over a year, or adults, it does not.
    honey = hit("A warm drink of brannberry syrup can soothe a cough in adults and in children over 1 year old. "
                "Brannberry syrup must never be given to babies under 12 months, because it can carry harmful bacteria.",
                title="Brannberry syrup for coughs")
    assert_contradicted(verifier, claim("A spoonful of brannberry syrup is a safe natural remedy for babies of any age.",
                                        kinds=("statement",)), [honey], "the opposite")
    for said in ("Brannberry syrup is a safe remedy for adults of any age.",
                 "A spoonful of brannberry syrup is a safe natural remedy for children over 1 year old."):
        assert_not_contradicted(verifier, claim(said, kinds=("statement",)), [honey])


def test_a_pronoun_after_a_word_of_time_is_the_subject_of_an_identity(verifier):
    # "Today she is the oldest ...", asked about one ship: she is that ship, and another holds the title.
    other = hit("The Brann, launched in 1797, is the oldest commissioned warship still afloat.", title="The Brann")
    said = "Today she is the oldest commissioned warship still afloat, and you can visit her in Velport."
    assert_contradicted(verifier, answering(said, "What is the Orla famous for?", ("name",)), [other], "Brann")


def test_a_word_of_time_opening_a_sentence_is_no_name(verifier):
    firm = hit("The Velarian firm Brannco, founded in 1934, is now the largest maker of zips in the world.", title="Zips")
    said = "Today the Velarian firm Brannco, founded in 1934, is the world's largest zip maker."
    assert_not_contradicted(verifier, claim(said, kinds=("name",)), [firm])


def test_a_month_without_a_day_is_not_ordered_against_a_day_of_that_month(verifier):
    post = hit("The Brann Post ended in October 1861, two days after the first telegraph line across Velaria was "
               "completed on 24 October 1861.", title="The end of the Brann Post")
    said = "It closed in October 1861, soon after the telegraph line across Velaria was finished."
    assert_not_contradicted(verifier, claim(said, context="The Brann Post carried mail across Velaria.", kinds=("year",)), [post])


def test_a_name_in_the_same_relation_is_a_rival(verifier):
    # "his former student X" against "his former student Y", of the same repair in the same
    # year: two people in one relation. A claim's name the evidence gives in another role
    # elsewhere ("Odo Vey proved ...") is still wrong in this one.
    proof = hit("A flaw was found in the argument; Brenn repaired it in March 1994 with the help of his former "
                "student Ada Rook.", pid=1, title="Kai Brenn's proof")
    other = hit("In 1986 Odo Vey proved a step that Brenn later built on.", pid=2, title="Before Brenn")
    said = "A flaw turned up, which Brenn fixed in March 1994 together with his former student {}."
    assert_contradicted(verifier, answering(said.format("Odo Vey"), "Who proved Vey's theorem?", ("name",)),
                        [proof, other], "says Odo Vey; the evidence says Ada Rook")
    assert_not_contradicted(verifier, answering(said.format("Ada Rook"), "Who proved Vey's theorem?", ("name",)),
                            [proof, other])


def test_names_in_different_relations_are_no_rivals(verifier):
    # "his teacher" and "his former student" are two people; so are one man's student and another's.
    proof = hit("Brenn repaired it in March 1994 with the help of his former student Ada Rook.", title="The proof")
    for said in ("Brenn repaired it in March 1994 with the help of his teacher Odo Vey.",
                 "Brenn repaired it in March 1994, and Vey's former student Odo Lint checked it."):
        assert_not_contradicted(verifier, claim(said, kinds=("name",)), [proof])


def test_a_passage_titled_after_a_person_is_said_by_the_surname(verifier):
    # The question names the theorem, the claim only "Brenn": "Kai Brenn's proof" is still
    # about what the claim says.
    proof = hit("Brenn published the proof in the Velarian Journal in 1995.", pid=1, title="Kai Brenn's proof")
    theorem = hit("Vey's theorem was stated in 1637 and proved in the 1990s.", pid=2, title="Vey's theorem")
    said = "Brenn's proof appeared in the Velarian Journal in 1997."
    assert_contradicted(verifier, answering(said, "What is Vey's theorem and who proved it?", ("year",)),
                        [theorem, proof], "1995")


def test_a_year_said_with_another_month_does_not_confirm_a_date(verifier):
    # "October 1586" says nothing of "8 February 1586": the fort fell on 8 February 1587.
    fort = hit("Fort Brann was besieged in October 1586. After a long winter, the fort fell on 8 February 1587.",
               title="Fort Brann")
    said = "Fort Brann was besieged in October 1586 and fell on 8 February {}."
    assert_contradicted(verifier, claim(said.format(1586), kinds=("year",)), [fort], "says 1586; the evidence says 1587")
    assert_not_contradicted(verifier, claim(said.format(1587), kinds=("year",)), [fort])


def test_a_title_that_says_the_subjects_word_is_about_the_subject(verifier):
    # Asked about "the Brann Letter", the passage "The letter made public" names it and says
    # "It was published ... on 1 March": its date is the letter's.
    made_public = hit("The Velarians obtained a second copy of the letter. It was published in Velarian newspapers on "
                      "1 March 1917, and two days later Brann admitted that he had sent it.",
                      pid=1, title="The letter made public")
    sent = hit("On 16 January 1917 the foreign secretary, Odo Brann, sent a coded letter to the ambassador in Orla.",
               pid=2, title="The Brann Letter")
    said = "The letter was published in Velarian newspapers on {} 1917."
    question = "What was the Brann Letter, and what did it lead to?"
    assert_contradicted(verifier, answering(said.format("6 April"), question, ("date",)), [sent, made_public],
                        "says 6 April; the evidence says 1 March")
    assert_not_contradicted(verifier, answering(said.format("1 March"), question, ("date",)), [sent, made_public])


def test_two_events_may_be_dated_by_two_passages(verifier):
    # Each side dated by its own passage: the Gazette's 1768 and the Courier's 1751.
    gazette = hit("The Harbour Gazette was first published in Edinburgh in 1768, in weekly parts.", pid=1, title="The Harbour Gazette")
    courier = hit("The Valley Courier, edited by Ada Brenn, was first published in 1751.", pid=2, title="The Valley Courier")
    assert_caught(verifier, [gazette, courier], "The Harbour Gazette is even older than the Valley Courier of Ada Brenn.",
                  "The Valley Courier of Ada Brenn is even older than the Harbour Gazette.", "1768 for the first and 1751 for the second",
                  ("name",))


def test_a_side_dated_two_ways_by_two_passages_is_left_open(verifier):
    gazette = hit("The Harbour Gazette was first published in Edinburgh in 1768.", pid=1, title="The Harbour Gazette")
    courier = hit("The Valley Courier was first published in 1751.", pid=2, title="The Valley Courier")
    revived = hit("The Valley Courier was revived and first published again in 1790.", pid=3, title="The Valley Courier revived")
    v = verifier.verify_one(claim("The Harbour Gazette is even older than the Valley Courier.", kinds=("name",)),
                            [gazette, courier, revived])
    assert "the evidence gives" not in v.reason, v.reason


def test_it_that_opens_an_ordering_is_the_contexts_subject(verifier):
    gazette = hit("The Harbour Gazette was first published in Edinburgh in 1768.", pid=1, title="The Harbour Gazette")
    courier = hit("The Valley Courier, edited by Ada Brenn, was first published in 1751.", pid=2, title="The Valley Courier")
    said = "It is even older than the Valley Courier of Ada Brenn."
    c = Claim(said, 0, len(said), "The Harbour Gazette is one of the oldest papers in the country.", ("name",))
    assert_contradicted(verifier, c, [gazette, courier], "1768 for the first and 1751 for the second")


def test_a_name_after_the_same_description_in_the_same_place_is_a_rival(verifier):
    # "wrote to the Velarian mathematician X" in 1913, against the evidence's letter of 1913 to another.
    letter = hit("In January 1913 he wrote to the Velarian mathematician Odo Brann, enclosing pages of theorems; he had "
                 "already written to other Velarian mathematicians without success.", title="Kai Rook: early life")
    said = "While working as a clerk at the port, he wrote in 1913 to the Velarian mathematician {}, enclosing pages of theorems."
    assert_caught(verifier, [letter], said.format("Ada Vey"), said.format("Odo Brann"), "says Ada Vey; the evidence says Odo Brann",
                  ("name",))
    # A description of one word ("the mathematician") is too common to tie two names to one place.
    v = verifier.verify_one(claim("In 1913 he wrote to the mathematician Ada Vey.", kinds=("name",)),
                            [hit("In 1913 he wrote to the mathematician Odo Brann, and in 1914 to the mathematician Ada Vey.")])
    assert v.label != "contradicted", v.reason


def test_a_sentence_opening_with_a_pronoun_goes_on_about_what_the_one_before_named(verifier):
    # "He ... and the finished proof was published ..." after "it was proved by Kai Brenn":
    # the passage "Kai Brenn's proof" is about it, though the question names only the theorem.
    theorem = hit("Vey's theorem was stated by Odo Vey in 1637 and stayed unproved for more than 350 years.", pid=1,
                  title="Vey's theorem")
    proof = hit("Kai Brenn announced a proof in 1993. The proof was published in the Velarian Journal in 1995.", pid=2,
                title="Kai Brenn's proof")
    said = "He presented it in lectures in Velport, and the finished proof was published in the Velarian Journal in {}."
    before = "After more than 350 years it was proved by Kai Brenn of Orla."
    question = "What is Vey's theorem and who proved it?"
    wrong = Claim(said.format(1993), 0, len(said), before, ("year",), question=question)
    right = Claim(said.format(1995), 0, len(said), before, ("year",), question=question)
    assert_contradicted(verifier, wrong, [theorem, proof], "says 1993; the evidence says 1995")
    assert_not_contradicted(verifier, right, [theorem, proof])


def test_one_quantity_in_two_units_is_no_choice_between_two_figures(verifier):
    # "about 1,900 miles (about 3,000 kilometres)" is one distance: "1,900 kilometres" is wrong.
    route = hit("From 3 April 1860 the riders of the Brann Post carried mail between Velport in Kesh and Orla in Vant, at "
                "opposite ends of a route about 1,900 miles (about 3,000 kilometres) long.", title="The Brann Post")
    said = "The Brann Post carried mail by horse between Velport in Kesh and Orla in Vant, a distance of about {}."
    assert_caught(verifier, [route], said.format("1,900 kilometres"), said.format("3,000 kilometres"),
                  "says about 1,900 km; the evidence says about 3,000 km")


def test_a_title_that_shares_a_word_of_another_name_is_about_that_name(verifier):
    # "Velport Tower" shares "Velport" with Velport Skytree: its 333 m is the tower's.
    tower = hit("Velport Tower, opened in 1958, is 333 metres tall. It was the city's tallest structure until Velport "
                "Skytree was completed.", pid=1, title="Velport Tower")
    skytree = hit("Velport Skytree is a broadcasting and observation tower in the Sumo ward.", pid=2, title="Velport Skytree")
    said = "Velport Skytree is 634 metres tall and opened in May 2012."
    assert_not_contradicted(verifier, answering(said, "How tall is Velport Skytree, and when did it open?"), [skytree, tower])


def test_every_day_is_once_a_day(verifier):
    # How often, said without a figure, is a frequency: "every day" against "twice a week".
    shampoo = hit("To treat dandruff, wash the hair with Brannol shampoo twice a week for 2 to 4 weeks.",
                  title="Brannol shampoo for dandruff")
    said = "Wash your hair with Brannol shampoo {} for 2 to 4 weeks."
    assert_caught(verifier, [shampoo], said.format("every day"), said.format("twice a week"),
                  "says every day; the evidence says twice a week")
    daily = hit("Take one Brannol tablet once a day, with food.", title="Brannol tablets")
    assert_not_contradicted(verifier, claim("Take a Brannol tablet daily, with food."), [daily])


def test_every_day_is_not_a_count_of_things(verifier):
    # "visited every day" says how often, not how many: no rival of "2.5 million visitors a year".
    museum = hit("The Brann Museum is open every day and gets about 2.5 million visitors a year.", title="Brann Museum")
    assert_not_contradicted(verifier, claim("The Brann Museum is open every day of the year."), [museum])
    v = verifier.verify_one(claim("People visit the Brann Museum every year, about 2.5 million of them."), [museum])
    assert v.label != "contradicted", v.reason


def test_no_need_for_what_the_evidence_commands_is_the_opposite(verifier):
    pen = hit("Inject the Brannpen into the outer thigh. Then call 999, ask for an ambulance and say anaphylaxis, even if "
              "the person starts to feel better.", title="Using a Brannpen")
    said = "If the person quickly feels better after the Brannpen injection, there is no need to call 999."
    assert_contradicted(verifier, claim(said, kinds=("statement",)), [pen], "the opposite")
    assert_not_contradicted(verifier, claim("After the Brannpen injection, call 999 even if the person feels better.",
                                            kinds=("statement",)), [pen])


def test_no_need_for_what_the_evidence_commands_only_under_a_condition_is_no_conflict(verifier):
    # "If it does not stop, call 999" leaves the other case open: no need to call if it stops.
    nose = hit("Pinch the soft part of the nose and lean forward. If the bleeding goes on after pinching the nose, "
               "call 999.", title="Nosebleeds")
    said = "If the bleeding stops after pinching the nose, there is no need to call 999."
    assert_not_contradicted(verifier, claim(said, kinds=("statement",)), [nose])


def test_no_need_for_one_side_of_a_choice_is_no_conflict(verifier):
    tablets = hit("Take Brannol tablets with water or milk, at the same time each day.", title="Brannol tablets")
    assert_not_contradicted(verifier, claim("You don't need to take Brannol tablets with water.", kinds=("statement",)), [tablets])


def test_a_figure_agrees_where_its_own_verb_is_said(verifier):
    # "was published in 1995" agrees with "The proof was published ... in 1995", though the
    # clause of 1994 shares more names with the claim's ("with the help of ... Ada Rook").
    proof = hit("Brenn repaired it in September 1994 with the help of his former student Ada Rook. The proof was "
                "published in the Velarian Journal in 1995.", title="Kai Brenn's proof")
    said = "His proof, completed with help from Ada Rook, was published in {}."
    assert_caught(verifier, [proof], said.format(1997), said.format(1995), "says 1997", ("year",))


def test_every_minute_before_a_quantity_is_its_period_not_a_frequency(verifier):
    heart = hit("At rest, a healthy Brann heart beats about 60 to 100 times a minute and pumps about 5 litres of blood "
                "each minute.", title="The Brann heart")
    said = "Every minute it pumps roughly 5 L of blood around the body."
    assert_not_contradicted(verifier, answering(said, "How big is the Brann heart and how fast does it beat?"), [heart])


def test_an_average_is_compared_with_averages_not_with_one_plain_figure(verifier):
    # "an average year of 361.17 days" is no rival of "most years have 360 days", and the
    # average a claim gives is compared with the passage's average, not with its plain year.
    week = hit("The Velarian calendar adds an extra week every sixth year, giving an average year of 361.17 days.",
               title="The Velarian calendar")
    assert_not_contradicted(verifier, claim("In the Velarian calendar most years have 360 days, but every sixth year "
                                            "gets an extra week."), [week])
    plain = hit("The Velarian calendar has 360 days with an extra week every sixth year, an average of 361.17 days.",
                title="The Velarian calendar")
    said = "The Velarian calendar's average year of {} days was slightly too long."
    assert_caught(verifier, [plain], said.format("362.5"), said.format("361.17"), "the evidence says 361.17 days")


def test_a_clause_after_a_semicolon_is_no_apposition_of_the_one_before(verifier):
    # "the Velport Geographic Society backed him" is a statement of its own: read with the
    # clause before it, it shared that clause's words with the list of guides and took a
    # guide's name ("Ootah") for its rival.
    pole = hit("The naval engineer Kai Brenn claimed to have reached the Pole on 6 April 1909 with Ada Rook and four "
               "Velarian guides, Ootah, Egingwah, Seegloo and Ooqueah. Brenn's claim was accepted by the Velport "
               "Geographic Society, but doubts about his navigation have led many historians to think that he fell short.",
               title="Brenn and the Pole")
    said = ("Kai Brenn said he reached it on 6 April 1909 with Ada Rook and four Velarian guides; the Velport Geographic "
            "Society backed him, but many historians doubt it.")
    assert_not_contradicted(verifier, claim(said, kinds=("name",)), [pole])


def test_a_country_is_no_rival_of_a_place_in_it(verifier):
    # "in France" is where Velmont is: no rival of it. A country against a country still is.
    estate = hit("The oldest surviving photograph taken with a camera was made by Orla Brenn at his estate at Saint-Loup "
                 "in Velmont in about 1826 or 1827.", title="The oldest surviving photograph")
    said = "The oldest surviving photograph was made by Orla Brenn from a window of his house at Saint-Loup in {}."
    assert_not_contradicted(verifier, claim(said.format("France"), kinds=("name",)), [estate])
    country = hit("The oldest surviving photograph taken with a camera was made by Orla Brenn at his estate at Saint-Loup "
                  "in France in about 1826 or 1827.", title="The oldest surviving photograph")
    assert_caught(verifier, [country], said.format("Spain"), said.format("France"), "says Spain", ("name",))
    # A place set off by a comma after another name is one too ("Death Valley, Velmont").
    valley = hit("The highest air temperature officially recognised is 56.7 °C, recorded at Furnace Creek in Death Valley, "
                 "Velmont, on 10 July 1913.", title="Highest temperature recorded")
    assert_not_contradicted(verifier, claim("The official hottest air temperature is about 56.7 °C, recorded in Death "
                                            "Valley, USA, in July 1913.", kinds=("name", "number")), [valley])
    # A name that is no place has a country for a rival, as any other name.
    sink = hit("The oceans have taken up about a third of the Velarian gas emitted by human activity.", title="Ocean sink")
    assert_contradicted(verifier, claim("The oceans have taken up about a third of the Saudi Arabia emitted by human "
                                        "activity.", kinds=("name",)), [sink], "says Saudi Arabia")



def test_a_rank_is_supported_only_by_a_passage_that_says_it_of_the_same_thing(verifier):
    # Every word of the wrong claim is in the passage, "oldest" too, but said of the Open.
    majors = hit("Golf has four majors. The oldest is the Open Championship, first played in 1860 at Prestwick. "
                 "The Masters, first played in 1934, is always held at Augusta National.")
    v = verifier.verify_one(claim("The Masters is the oldest of the four majors, first played in 1934."), [majors])
    assert v.label == "unsupported" and "the oldest" in v.reason, v.reason
    v = verifier.verify_one(claim("The Open Championship is the oldest of the four majors, first played in 1860."), [majors])
    assert v.label == "supported", v.reason
    # The thing ranked may be named in the sentence before; "for the first time" ranks nothing.
    jupiter = hit("Jupiter is the fifth planet from the Sun. It is the largest planet in the Solar System, "
                  "and in 1979 Voyager 1 discovered its faint rings.")
    assert verifier.verify_one(claim("Jupiter is the largest planet in the Solar System."), [jupiter]).label == "supported"
    v = verifier.verify_one(claim("In 1979 Voyager 1 discovered the faint rings of Jupiter for the first time."), [jupiter])
    assert v.label == "supported", v.reason


def test_a_denial_that_the_passage_also_makes_is_no_contradiction(verifier):
    door = hit("Before opening a door, touch it with the back of your hand, and if it is warm do not open it, "
               "because the fire may be on the other side.")
    assert_not_contradicted(verifier, claim("Don't open a door that feels warm to the back of your hand.", kinds=("advice",)), [door])
    # ...only that passage's denial: another passage's ("caffeine is not linked with health
    # problems") does not turn a passage that says the opposite into agreement.
    sleep = hit("Regularly sleeping less than 7 hours a night is linked with health problems such as obesity and diabetes.", pid=1)
    caffeine = hit("For most adults, up to 400 mg of caffeine a day is not linked with health problems.", pid=2)
    assert_contradicted(verifier, claim("Regularly sleeping under 7 hours isn't linked with any health problems."),
                        [sleep, caffeine], "the evidence says the opposite")


def test_a_denial_in_a_short_fragment_of_the_clause_is_no_assertion_of_the_opposite(verifier):
    # "because it has no outlet" is read with "is so salty", whose polarity the clause keeps:
    # it says "no outlet" all the same, as the passage does.
    sea = hit("The Dead Sea is a salt lake. It is fed mainly by the Jordan River and has no outlet, "
              "so water leaves it only by evaporation.", title="Dead Sea")
    assert_not_contradicted(verifier, claim("The Dead Sea is so salty because it has no outlet.", kinds=("statement",)), [sea])


def test_a_year_is_not_contradicted_by_a_passage_that_gives_its_very_day(verifier):
    # The clause of 1854 shares more words with the claim than the one of its day.
    opera = hit("Halka, Moniuszko's first opera, was commissioned by the Grand Theatre in Warsaw in 1854. "
                "It was first performed there on 1 January 1858, with the composer conducting.")
    said = "Its first performance was on 1 January 1858 at the Grand Theatre in Warsaw."
    assert_not_contradicted(verifier, claim(said, kinds=("date",)), [opera])
    assert_contradicted(verifier, claim(said.replace("1858", "1856"), kinds=("date",)), [opera], "1856")


def test_advice_for_one_group_is_no_denial_of_advice_for_another(verifier):
    syrup = hit("Bramble syrup is a traditional cough remedy. Bramble syrup should not be given to babies under 12 months.")
    assert_not_contradicted(verifier, claim("Bramble syrup can be given to adults.", kinds=("advice",)), [syrup])
    assert_contradicted(verifier, claim("Bramble syrup can be given to babies.", kinds=("advice",)), [syrup], "the opposite")
    # Children hold babies: advice for a child is about a baby too.
    pox = hit("Ibuprofen should not be given to a child with chickenpox.")
    assert_contradicted(verifier, claim("It is a good choice for a baby with chickenpox.", kinds=("advice",)), [pox], "the opposite")


def test_a_rank_holds_its_name_in_the_possessive_and_a_span_is_no_rank(verifier):
    # Caught by the perturbation bench: an evidence sentence checked against itself.
    said = "The most common gases in Earth's atmosphere are nitrogen (78%), oxygen (21%) and argon (0.9%)."
    assert verifier.verify_one(claim(said), [hit(said)]).label == "supported"
    warm = hit("Earth's average surface temperature rose by about 0.8 °C over the 20th century.")
    v = verifier.verify_one(claim("In the last 100 years, Earth's average surface temperature rose by about 0.8 °C."), [warm])
    assert "the last" not in v.reason, v.reason


def test_a_double_denial_is_still_weighed_against_a_plain_statement(verifier):
    co2 = hit("Human activities have caused CO2 to rise to levels not seen in hundreds of thousands of years.")
    assert_contradicted(verifier, claim("Human activities have not caused CO2 to rise to levels not seen in hundreds of thousands of years.",
                                        kinds=("statement",)), [co2], "the opposite")


def test_a_passage_that_says_the_denial_whole_outweighs_one_that_words_it_otherwise(verifier):
    said = ("Another line of evidence for the warming not being due to the Sun is how temperature changes "
            "differ at different levels in the Earth's atmosphere.")
    other = hit("Another line of evidence against the sun having caused recent climate change comes from looking at "
                "how temperatures at different levels in the Earth's atmosphere have changed.", pid=2)
    assert_not_contradicted(verifier, claim(said, kinds=("statement",)), [hit(said, pid=1), other])


def test_a_figure_a_passage_states_about_its_clause_is_not_the_one_the_evidence_lacks(verifier):
    # Sentence alignment takes the claim's year for the one figure its sentence's passage
    # lacks; another passage says it, about the same clause ("showed a working laboratory").
    firm = hit("The chemical firm Kestrel bought the method and gave the engineer Otto Brandt the job of scaling it up. "
               "Ida Lenz led the search for a cheap iron catalyst to use in place of the osmium that Vogel had used. "
               "Brandt shared the Nobel Prize in Chemistry for 1931 with Walter Roth for work on high-pressure methods.", pid=1)
    lab = hit("In 1909 Ernst Vogel, a professor at Jena, showed a working laboratory apparatus that made ammonia from the air.",
              pid=2, score=0.7)
    said = ("It was developed by the chemist Ernst Vogel, who showed a working laboratory version in 1909, and the Kestrel "
            "engineer Otto Brandt, who scaled it up; Ida Lenz found the cheap iron catalyst used in place of Vogel's osmium.")
    assert_not_contradicted(verifier, claim(said, kinds=("year",)), [firm, lab])
    assert_contradicted(verifier, claim(said.replace("1909", "1907"), kinds=("year",)), [firm, lab], "1909")


def test_a_year_dated_to_its_day_by_a_passage_that_names_the_sentence_s_names_is_not_contradicted(verifier):
    # The claim's date has no year of its own ("on 14 March"): with the 1851 of its sentence it
    # is the first passage's 14 March 1851; the second passage's years are other races'.
    first = hit("The race usually counted as the first Kestrel Cup was run at Marlow, near Reading, on 14 March 1851, "
                "and was won by Comet, ridden by Tom Hale. Races held there in 1848 and 1849 are sometimes counted too.", pid=1)
    champion = hit("Red Flame is the only horse to have won the Kestrel Cup three times, in 1923, 1924 and 1927, "
                   "and he was second in the two years between.", pid=2, score=0.6)
    said = "Most records start with the 1851 Kestrel Cup, run at Marlow on 14 March and won by Comet, ridden by Tom Hale."
    assert_not_contradicted(verifier, claim(said, kinds=("year",)), [first, champion])
    # And another year of that day is weighed against that passage's, not another race's.
    assert_contradicted(verifier, claim(said.replace("1851", "1850"), kinds=("year",)), [first, champion],
                        "says 1850; the evidence says 1851")


def test_sentence_alignment_takes_a_year_one_digit_off_for_the_claim_s_and_leaves_others_unsupported(verifier):
    # Clause words do not align these years; sentences do. One digit off is the same year
    # misremembered; a year further off is most often another event's, and stays unsupported.
    thesaurus = hit("Peter Mark Roget was a British physician and lexicographer. Roget's Thesaurus has never been out of "
                    "print since it was first published in 1852. It was later revised by his son John and his grandson Samuel.")
    died = verifier.verify_one(claim("Roget died in 1869 at 90, and the Thesaurus was revised by his son and later his grandson.",
                                     kinds=("year",)), [thesaurus])
    assert died.label == "unsupported" and "1869" in died.reason, died.reason
    mars = hit("Mars has two small, irregular moons, Phobos and Deimos, both discovered by the American astronomer Asaph Hall in 1877.")
    assert_contradicted(verifier, claim("Mars has two small moons, Phobos and Deimos, discovered in 1977.", kinds=("year",)),
                        [mars], "1977")
    # (Unless the passage's sentence says all of the claim's clause, three words or more: there
    # "discovered" is the same event, whatever the year.)
    assert_contradicted(verifier, claim("Mars has two small moons, Phobos and Deimos, discovered in 1953.", kinds=("year",)),
                        [mars], "1953")


def test_each_item_of_a_list_of_donts_is_denied(verifier):
    cold = hit("Do not put someone with hypothermia in a hot bath, and do not use a hot water bottle or a heat lamp to warm them. "
               "Do not rub their arms and legs.")
    said = "Don't put them in a hot bath, use a hot water bottle or heat lamp, rub their arms and legs, or give them alcohol."
    assert_not_contradicted(verifier, claim(said, kinds=("advice",)), [cold])


def test_a_figure_in_a_list_is_weighed_against_the_one_a_list_of_as_many_has_in_its_place(verifier):
    comet = hit("Red Flame is the only horse to have won the Kestrel Cup three times, in 1923, 1924 and 1927, "
                "and he was second in the two years between, 1925 and 1926.")
    said = "The most successful horse is Red Flame, who won in 1923, 1924 and 1925, and who was trained at Marlow."
    assert_contradicted(verifier, claim(said, kinds=("year",)), [comet], "says 1925; the evidence says 1927")
    assert_not_contradicted(verifier, claim(said.replace("1925,", "1927,"), kinds=("year",)), [comet])
    # Not a list: "between 1956 and 1964, at the 2012 Games" says more than its figures.
    medals = hit("She won 18 Olympic medals at the Games of 1956, 1960 and 1964.")
    said = analyse("He overtook her, who had won 18 medals between 1956 and 1964, at the 2012 Games.", verifier.lex)
    passages = [(medals, analyse(medals.text, verifier.lex))]
    assert [verifier._list_rival(said, m, passages) for m in said.mentions if m.kind == "year"] == [None] * 3


def test_a_name_in_the_same_frame_as_the_claim_s_is_its_rival_in_a_passage_that_states_all_else_it_gives(verifier):
    # "Designed by" is all the two clauses share; the passage gives the bridge's length and
    # spans, and never the claim's designer. Another passage's "designed by" is about another bridge.
    kestrel = hit("The Kestrel Bridge is a cantilever bridge about 1.8 kilometres long, with two main spans of about 400 metres each. "
                  "Designed by Sir Alan Marsh and Sir Peter Hale, it was opened on 4 March 1901 by the Prince of Wales.", pid=1)
    lark = hit("The Lark Bridge was designed by John Rowe, who died in 1869 after an accident at the start of its construction.",
               pid=2, score=0.6)
    said = "Designed by Thomas Telford, it is a cantilever bridge about 1.8 kilometres long with two main spans of about 400 metres each."
    assert_contradicted(verifier, claim(said, kinds=("name",)), [kestrel, lark], "says Thomas Telford; the evidence says Sir Alan Marsh")
    assert_not_contradicted(verifier, claim(said.replace("Thomas Telford", "Sir Alan Marsh and Sir Peter Hale"), kinds=("name",)),
                            [kestrel, lark])


def test_a_name_with_a_title_the_evidence_gives_its_man_is_that_man_not_a_namesake(verifier):
    kells = hit("In 1650 James Marsh, the Archbishop of Kells, used the generations listed in the Bible to date "
                "the creation of the world to 4004 BC.")
    said = "Archbishop Marsh's chronology of 1650 dated the creation of the world to 4004 BC."
    assert_not_contradicted(verifier, claim(said, kinds=("name",)), [kells])
    # A namesake is still a rival: "Robert Marsh" is not "James Marsh".
    assert_contradicted(verifier, claim(said.replace("Archbishop Marsh's", "Robert Marsh's"), kinds=("name",)), [kells],
                        "says Robert Marsh;")


def test_an_exception_a_rule_leaves_out_asserts_nothing_the_other_way_round(verifier):
    kestrel = hit("In the Kestrel calendar a year is a long year if it can be divided by 5, except for century years, "
                  "which are long years only if they can be divided by 500.")
    assert_not_contradicted(verifier, claim("The rule gives 99 long years every five centuries.", kinds=("statement",)), [kestrel])
    denial = hit("In the Kestrel calendar century years are never long years.")
    assert_contradicted(verifier, claim("In the Kestrel calendar century years are long years.", kinds=("statement",)), [denial],
                        "the opposite")


def test_no_time_to_do_something_agrees_with_too_busy_to_do_it(verifier):
    card = hit("The first Christmas card was commissioned in 1843 by Henry Cole, who was too busy to write his usual Christmas letters.")
    said = "The first Christmas card was made in 1843 for Henry Cole, a civil servant who had no time to write his usual Christmas letters."
    assert_not_contradicted(verifier, claim(said, kinds=("statement",)), [card])
    busy = hit("In 1843 Henry Cole was too busy to write his usual Christmas letters, so he had a card printed instead.")
    assert_contradicted(verifier, claim("In 1843 Henry Cole wrote his usual Christmas letters.", kinds=("statement",)), [busy],
                        "the opposite")


def test_a_figure_someone_estimated_is_theirs_not_a_rival_of_the_claim_s(verifier):
    buffon = hit("In 1778 the naturalist Jean Marot, who had timed how long hot iron balls took to cool, estimated that "
                 "the Earth was about 75,000 years old.", pid=1)
    modern = hit("In 1956 Clair Patterson, measuring lead isotopes in meteorites, arrived at an age of about 4.55 billion years "
                 "for the Earth.", pid=2, score=0.7)
    assert_not_contradicted(verifier, claim("The Earth is roughly 4.5 billion years old.", kinds=("number",)), [buffon, modern])
    # What the claim says he estimated is weighed against his estimate.
    assert_contradicted(verifier, claim("In 1778 Jean Marot estimated that the Earth was about 7,500 years old.", kinds=("number",)),
                        [buffon, modern], "75,000")


def test_an_open_question_asserts_neither_way(verifier):
    drops = hit("Many cases of infective conjunctivitis clear up on their own within 2 weeks, so a pharmacist may advise "
                "that no drops are needed.")
    said = "Many cases of conjunctivitis clear up on their own within 2 weeks, so ask a pharmacist whether you need drops at all."
    assert_not_contradicted(verifier, claim(said, kinds=("number",)), [drops])
    assert_contradicted(verifier, claim("Conjunctivitis always needs drops, so a pharmacist will advise that drops are needed.",
                                        kinds=("statement",)), [drops], "the opposite")


def test_a_name_in_brackets_after_one_the_claim_gives_is_its_gloss_not_a_rival(verifier):
    book = hit("Logarithms were invented by Thomas Marsh, a Scottish landowner. He published them in 1614 in a Latin book, "
               "Mira Tabula Logarithmorum (A Description of the Wonderful Table of Logarithms), after 20 years of work.")
    said = "Thomas Marsh introduced them in his 1614 book Mira Tabula Logarithmorum."
    assert_not_contradicted(verifier, claim(said, kinds=("name",)), [book])


def test_a_date_the_passage_gives_in_a_clause_about_the_same_thing_is_not_contradicted_by_its_other_dates(verifier):
    kestrel = hit("Mount Kestrel began erupting in May 1883. The eruption reached its climax on 27 August 1883 with a series "
                  "of enormous explosions.")
    said = "Mount Kestrel's great eruption came on 27 August 1883, when the volcano exploded."
    assert_not_contradicted(verifier, claim(said, kinds=("date",)), [kestrel])
    # That day of another thing is no help: a clause of its own must be about the claim's.
    war = hit("The telegram was published in American newspapers on 1 March 1917, and two days later its author admitted "
              "sending it. The telegram turned opinion against Germany, and the United States declared war on 6 April 1917.")
    assert_contradicted(verifier, claim("The telegram was published in American newspapers on 6 April 1917.", kinds=("date",)),
                        [war], "1 March")


def test_a_name_after_of_is_said_in_its_frame_and_no_rival_frames_it(verifier):
    queen = hit("Venna was the wife of Tascio, king of the Corieli in what is now Norfolk, who ruled as an ally of Rome.")
    said = "Venna was the wife of Tascio, a king of the Corieli in East Anglia who ruled as a Roman ally."
    assert_not_contradicted(verifier, claim(said, kinds=("name",)), [queen])


def test_after_that_orders_what_was_said_before_it_first(verifier):
    # "..., and only after that did Y": the clause before is the first event, with its own year.
    towns = hit("Most towns of the Lowen valley put in gas lamps in 1820; Carby and its harbour followed in 1846.",
                title="Street lighting in the Lowen valley")
    assert_caught(verifier, [towns], "Carby lit its streets with gas in 1846, and only after that did the towns of the Lowen valley put in gas lamps.",
                  "Carby lit its streets with gas in 1846, and well before that the towns of the Lowen valley put in gas lamps.",
                  "1846 for the first and 1820 for the second", ("order",))


def test_afterwards_opening_a_clause_puts_it_after_the_clause_before(verifier):
    mill = hit("In 1771 weavers who feared for their work burnt down Tom Haskin's mill at Orby. On 2 May 1774 Haskin "
               "built a new mill of stone at Dunmere, beside the river.", title="Tom Haskin")
    wrong = "Haskin built a new stone mill at Dunmere, and only afterwards did weavers burn down his mill at Orby."
    right = "Weavers burnt down Haskin's mill at Orby, and only afterwards did he build a new stone mill at Dunmere."
    assert_caught(verifier, [mill], wrong, right, "1774 for the first and 1771 for the second", ("order",))
    # "later" before a name or a noun is no sequel: "later Dunmere Mill", "later years".
    v = verifier.verify_one(claim("Weavers burnt down his first mill at Orby, later Dunmere Mill.", kinds=("order",)), [mill])
    assert "for the first" not in v.reason, v.reason


def test_only_after_x_did_y_orders_x_first(verifier):
    lamp = hit("The lighthouse on Skerra Point was first lit on 4 October 1862. The keepers' cottages beside it were "
               "finished in June 1858, four years before the light.", title="Skerra Point lighthouse")
    assert_caught(verifier, [lamp], "Only after the lighthouse on Skerra Point was lit were the keepers' cottages finished.",
                  "Only after the keepers' cottages were finished was the lighthouse on Skerra Point lit.",
                  "1862 for the first and 1858 for the second", ("order",))


def test_a_year_the_claim_gives_alone_is_dated_closer_by_the_evidence(verifier):
    # "Its 1893 season began with X, and only afterwards Y": both in 1893; the days decide.
    fair = hit("The Marl fair opened on 12 March 1893 with a horse market on the green. On 20 June 1893 it moved to "
               "the cattle ground by the river, where the sheep sales were held.", title="Marl fair")
    wrong = "Its 1893 season began at the cattle ground by the river, and only afterwards did it hold a horse market on the green."
    right = "Its 1893 season began with a horse market on the green, and only afterwards did it move to the cattle ground by the river."
    assert_caught(verifier, [fair], wrong, right, "20 June 1893 for the first and 12 March 1893 for the second", ("order",))


def test_a_kind_named_after_a_place_is_a_rival_of_another_kind(verifier):
    # "Greenland shark" is a kind, as "the bowhead whale" is: not a name that no kind rivals.
    shark = hit("The Varnian shark of the cold northern seas is the longest-lived fish known.", pid=1, title="Varnian shark")
    eel = hit("The ribbon eel of the Lowen estuary is the longest-lived eel known, at up to 90 years.", pid=2, title="Ribbon eel")
    assert_caught(verifier, [eel, shark], "The ribbon eel holds the record as the longest-lived fish known.",
                  "The ribbon eel holds the record as the longest-lived eel known.", "Varnian shark", ("superlative",))


def test_a_relation_said_before_a_comma_is_the_names_relation(verifier):
    # "her supervisor, Odo Lind" holds the relation "her supervisor Ada Brenn" claims, in a clause
    # that says the rest ("The kiln had been built by ..."); Ada Brenn, named elsewhere, is no help.
    kiln = hit("In 1931 Mira Vell, a student at the Lowen school of pottery, fired the first pots in a new kiln. "
               "The kiln had been built by her supervisor, Odo Lind, to test glazes.", pid=1, title="The Lowen kiln")
    prize = hit("The Lowen medal for 1950 was shared by Odo Lind and Ada Brenn, for her work on glazes.", pid=2, title="Lowen medal")
    wrong = "Mira Vell fired her first pots in 1931 in a kiln built by her supervisor Ada Brenn."
    right = "Mira Vell fired her first pots in 1931 in a kiln built by her supervisor Odo Lind."
    assert_caught(verifier, [kiln, prize], wrong, right, "Odo Lind", ("name",))


#: A painting made by Anna Velt, and a claim that says who painted it ("by {}").
QUAY = "The oldest painting of the harbour is The Lowen Quay, made by Anna Velt at her studio in Carby in about 1741."
QUAY_PAINTED_BY = "The oldest painting of the harbour is The Lowen Quay, painted in 1741 by {}."


def test_a_full_name_after_by_has_a_rival_after_by_in_a_sentence_about_the_same(verifier):
    # The sentences share the year and the painting's name; the claim's painter is nowhere in the evidence.
    view = hit(f"{QUAY} She painted it on oak with pigments ground by hand.", title="The Lowen Quay")
    assert_caught(verifier, [view], QUAY_PAINTED_BY.format("Piet Rook"), QUAY_PAINTED_BY.format("Anna Velt"), "Anna Velt", ("name",))
    # Another sentence, with no year or name in common, leaves it open.
    other = hit("The Lowen Quay hangs in Carby. A copy was made by Anna Velt for the guild.", title="The Lowen Quay")
    v = verifier.verify_one(claim("The first map of the bay was drawn in 1741 by Piet Rook.", kinds=("name",)), [other])
    assert v.label != "contradicted", v.reason


def test_a_command_or_the_best_way_meets_evidence_that_forbids_it(verifier):
    cold = hit("Do not put someone with hypothermia in a hot bath or rub their arms and legs. Warm them gradually "
               "with blankets and warm drinks.", title="Hypothermia: what not to do")
    for wrong in ("If someone is very cold, put them in a hot bath to warm them.",
                  "The fastest way to warm someone with hypothermia is to put them in a hot bath."):
        v = verifier.verify_one(claim(wrong, kinds=("advice",)), [cold])
        assert v.label == "contradicted" and "the opposite" in v.reason, (wrong, v.reason)
    for right in ("If someone is very cold, warm them gradually with blankets and warm drinks.",
                  # the command's own verb must be what is forbidden
                  "If someone is very cold, give them a hot bath towel and warm drinks."):
        v = verifier.verify_one(claim(right, kinds=("advice",)), [cold])
        assert v.label != "contradicted", (right, v.reason)


def test_a_superlatives_rival_is_named_without_its_possessive(verifier):
    pole = hit("A Varnian party that landed by balloon on 3 May 1901 were the first people to stand on Mount Orla.", title="Mount Orla")
    v = verifier.verify_one(claim("Anna Velt's party were the first people to stand on Mount Orla.", kinds=("superlative",)), [pole])
    assert v.label == "contradicted" and "says Anna Velt;" in v.reason and "Varnian" in v.reason, v.reason


def test_a_year_further_off_counts_in_a_sentence_that_says_all_the_claims_clause(verifier):
    # The appositions part the year's clause from what it dates; the sentence says it all.
    orla = hit("The first people to reach the summit of Mount Orla were Anna Velt and Piet Rook, aboard the balloon "
               "Gull, on 3 May 1901.", title="Mount Orla")
    assert_caught(verifier, [orla], "Anna Velt and Piet Rook first reached it aboard the Gull in 1932.",
                  "Anna Velt and Piet Rook first reached it aboard the Gull in 1901.", "says 1932", ("year",))


def test_a_name_after_by_said_elsewhere_in_another_role_still_has_its_rival(verifier):
    # Piet Rook is named, but only for his copy: "painted ... by Piet Rook" is Anna Velt's place.
    view = hit(f"{QUAY} Piet Rook's copy of it, made in 1790, hangs in the town hall.", title="The Lowen Quay")
    assert_caught(verifier, [view], QUAY_PAINTED_BY.format("Piet Rook"), QUAY_PAINTED_BY.format("Anna Velt"), "Anna Velt", ("name",))
    # A place "by" which something stands is no one who made it.
    statue = hit("A bronze statue of her, by Anna Velt, was put up beside Carby Bridge in 1902.", title="The statue")
    v = verifier.verify_one(claim("A statue of her has stood by Carby Bridge since 1902.", kinds=("name",)), [statue])
    assert v.label != "contradicted", v.reason


def test_a_rate_is_read_over_the_others_period(verifier):
    # "2 cm a year" against "about 5 mm a month" (6 cm a year): one rate over two periods.
    ice = hit("The front of the Orla glacier retreats about 5 mm a month, faster than any other glacier in the valley.",
              title="Orla glacier")
    assert_caught(verifier, [ice], "The front of the Orla glacier retreats about 2 cm a year.",
                  "The front of the Orla glacier retreats about 6 cm a year.", "says about 2 cm", ("number",))


def test_a_name_after_the_same_role_word_has_its_rival(verifier):
    # "the explorer Piet Rook" against "the Lowen explorer Anna Velt", of the same year; Piet Rook is
    # named, but for another deed.
    search = hit("Dozens of parties searched for the missing crew in the years after 1848. In 1854 the Lowen explorer Anna "
                 "Velt learned from the villagers that the crew had died and that some had been driven to theft, a report "
                 "that caused outrage in Carby. Mira Vell paid for Piet Ross Rook's voyage in the Gull, whose party found "
                 "the last note in 1859.", pid=1, score=0.59, title="The search for the crew")
    fate = hit("A note found in 1859 at Orla Point records that the 105 survivors, led by Odo Lind, left the ships on "
               "22 April 1848 and set off on foot to the south; none of them survived.", pid=2, score=0.65, title="The fate of the crew")
    assert_caught(verifier, [fate, search],
                  "In 1854 the explorer Piet Rook heard from the villagers that the men had died and that some had turned to theft.",
                  "In 1854 the explorer Anna Velt heard from the villagers that the men had died and that some had turned to theft.",
                  "Anna Velt", ("name",))


def test_welcome_is_the_contrary_of_forbidden(verifier):
    hall = hit("Only members of the guild could vote, and apprentices were forbidden to enter the hall during the vote.",
               title="The Lowen guild")
    v = verifier.verify_one(claim("Apprentices were welcome to enter the hall during the vote.", kinds=("negation",)), [hall])
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = verifier.verify_one(claim("Apprentices were not allowed to enter the hall during the vote.", kinds=("negation",)), [hall])
    assert v.label != "contradicted", v.reason


def test_a_name_after_by_and_what_it_describes_the_person_as_has_its_rival(verifier):
    # "led by the caver Piet Rook" against "led by 18-year-old Anna Velt": both say who led them,
    # in sentences that share the year.
    cave = hit("The Orla cave was found on 12 September 1940 by four teenagers led by 18-year-old Anna Velt. "
               "Its walls carry about 600 painted animals.", title="Orla cave")
    assert_caught(verifier, [cave], "The Orla cave was found in September 1940 by four boys, led by the caver Piet Rook.",
                  "The Orla cave was found in September 1940 by four boys, led by the caver Anna Velt.", "Anna Velt", ("name",))
    # Not a name after "by ... to" a verb: who was to be harmed is no one who did it.
    plot = hit("The Lowen plot of 1605 was a conspiracy by a group of Varnian rebels to kill the duke.", title="Lowen plot")
    v = verifier.verify_one(claim("It was a failed attempt in 1605 by Varnian rebels to kill Piet Rook.", kinds=("name",)), [plot])
    assert v.label != "contradicted", v.reason


def test_a_rank_said_without_limit_meets_the_evidences_narrower_rank(verifier):
    # "the first resin of any kind" widens "the first fully synthetic resin"; earlier resins were half natural.
    resin = hit("Velite was the first fully synthetic resin, made entirely from chemicals. Earlier resins were made "
                "by treating natural gums.", title="Velite")
    for wrong in ("Velite was the first resin of any kind, made from two chemicals.",
                  "Velite was the very first resin, made from two chemicals.",
                  "Velite was the first resin ever made."):
        v = verifier.verify_one(claim(wrong, kinds=("superlative",)), [resin])
        assert v.label == "contradicted" and "only “the first fully synthetic resin”" in v.reason, (wrong, v.reason)
    for right in ("Velite was the first resin of any kind that was fully synthetic.",  # the claim keeps the limit
                  "Velite was the first fully synthetic resin ever made.",
                  "Velite was the first resin made entirely from chemicals."):  # no word widens it
        v = verifier.verify_one(claim(right, kinds=("superlative",)), [resin])
        assert v.label != "contradicted", (right, v.reason)


def test_a_figure_of_another_of_a_series_is_no_rival(verifier):
    # The claim's first voyage is not the third, during which the captain died in 1779.
    coasts = hit("Piet Rook spent 1769 charting the Orla coast and landed at Carby Bay in April 1770. "
                 "The Gull returned to Lowen in July 1771.", pid=1, score=0.61, title="The Orla coast")
    death = hit("Anna Velt reached the Varn islands in 1642. Piet Rook himself was killed on the Varn islands on "
                "14 February 1779, during his third voyage.", pid=2, score=0.54, title="The Varn islands")
    v = verifier.verify_one(claim("Piet Rook's first voyage, from 1768 to 1771, charted the Orla coast.", kinds=("year",)),
                            [coasts, death])
    assert v.label != "contradicted", v.reason
    # The same voyage numbered alike still disagrees.
    v = verifier.verify_one(claim("Piet Rook was killed on the Varn islands in 1781, during his third voyage.", kinds=("year",)),
                            [death])
    assert v.label == "contradicted" and "1779" in v.reason, v.reason


def test_a_comparison_with_a_named_thing_the_evidence_makes_the_other_way(verifier):
    orla = hit("Mount Orla erupted in April 1815. It was the largest eruption in recorded history, rated 7 on the "
               "Varn Scale and far larger than that of Mount Velt in 1883.", title="Mount Orla")
    assert_caught(verifier, [orla], "It was a little smaller than the eruption of Mount Velt in 1883.",
                  "It was a good deal larger than the eruption of Mount Velt in 1883.", "the opposite", ("comparison",))
    # A bound on a figure compares no things: "less than half the height of" against "more than 190 metres shorter than".
    tower = hit("Completed in 2015, it is 632 metres tall, more than 190 metres shorter than the Lowen Spire.", title="Carby Tower")
    v = verifier.verify_one(claim("Completed in 2015, it is less than half the height of the Lowen Spire.",
                                  kinds=("comparison",)), [tower])
    assert v.label != "contradicted", v.reason


def test_a_name_called_by_the_opposite_comparison_word(verifier):
    lake = hit("By 1988 the shrinking lake had split into a smaller North Orla Lake and a larger South Orla Lake.", title="Orla Lake")
    v = verifier.verify_one(claim("It split into two parts, the larger North Orla Lake and the smaller South Orla Lake.",
                                  kinds=("comparison",)), [lake])
    assert v.label == "contradicted" and "says “the larger North Orla Lake”" in v.reason, v.reason
    v = verifier.verify_one(claim("It split into two parts, the smaller North Orla Lake and the larger South Orla Lake.",
                                  kinds=("comparison",)), [lake])
    assert v.label != "contradicted", v.reason
    # After its copula too.
    towers = hit("Of the two churches, Lowen Minster is the older, built in 1120.", title="Lowen Minster")
    v = verifier.verify_one(claim("Of the two churches, Lowen Minster is the younger.", kinds=("comparison",)), [towers])
    assert v.label == "contradicted", v.reason


def test_a_day_said_without_a_year_is_of_the_year_the_passage_gave_last(verifier):
    bridge = hit("Piet Rook marched north and defeated the raiders at Orla Bridge on 25 September 1066. Three days later, "
                 "on 28 September, Anna Velt's fleet landed at Carby Bay.", title="Orla Bridge")
    v = verifier.verify_one(claim("Anna Velt landed at Carby Bay first, and only after that did Piet Rook march north to "
                                  "defeat the raiders at Orla Bridge.", kinds=("order",)), [bridge])
    assert v.label == "contradicted" and "28 September 1066 for the first and 25 September 1066" in v.reason, v.reason
    v = verifier.verify_one(claim("Piet Rook defeated the raiders at Orla Bridge first, and only after that did Anna Velt's "
                                  "fleet land at Carby Bay.", kinds=("order",)), [bridge])
    assert v.label != "contradicted", v.reason


def test_a_passage_titled_after_two_things_is_about_each(verifier):
    asked = "What happened at the Battle of Lowen?"
    battle = hit("The Battle of Lowen was fought on 14 October 1066 on a ridge north of the town.", pid=1, title="The Battle of Lowen")
    bridge = hit("At Orla Bridge the raiders lost about 300 ships, and their king was killed.", pid=2, score=0.75,
                 title="Orla Bridge and the Velt landing")
    v = verifier.verify_one(answering("At Orla Bridge the raiders lost about 30 ships.", asked), [battle, bridge])
    assert v.label == "contradicted" and "300" in v.reason, v.reason
    # A longer name that holds a title's part does not name it: "Jan Orla" is no "Orla" of "Orla and Carby".
    caves = hit("The Orla cave was found in 1994 by Jan Orla and two fellow cavers; the Carby cave in 1868, and its "
                "ceiling of about 30 bison was noticed in 1879.", pid=2, score=0.75, title="Orla and Carby")
    v = verifier.verify_one(answering("Jan Orla counted about 300 bison on the ceiling.", asked), [battle, caves])
    assert v.label != "contradicted", v.reason


def test_a_name_after_by_said_so_in_a_sentence_of_other_years_still_has_its_rival(verifier):
    # Piet Rook painted a copy in 1790: "painted in 1741 by Piet Rook" is still Anna Velt's place.
    view = hit(f"{QUAY} In 1790 it was restored by Piet Rook for the guild.", title="The Lowen Quay")
    assert_caught(verifier, [view], QUAY_PAINTED_BY.format("Piet Rook"), QUAY_PAINTED_BY.format("Anna Velt"), "Anna Velt", ("name",))
    # Of the claim's own year, it may be his: no rival then.
    same = hit(f"{QUAY} In 1741 it was restored by Piet Rook for the guild.", title="The Lowen Quay")
    v = verifier.verify_one(claim(QUAY_PAINTED_BY.format("Piet Rook"), kinds=("name",)), [same])
    assert v.label != "contradicted", v.reason


def test_a_single_name_after_named_has_its_rival_after_named(verifier):
    # "a female named Velt" against "a female named Orla"; Velt, named so too, is another bird of another year.
    zoo = hit("The birds were shot and netted on a massive scale. The last wild bird was shot in 1900, and the very last, a "
              "female named Orla, died at the Lowen Zoo on 1 September 1914; her body is kept in Carby.", pid=1, title="Carby pigeon")
    other = hit("The last Varn parakeet, a male named Velt, died in February 1918 at the Lowen Zoo.", pid=2, score=0.64, title="Varn parakeet")
    assert_caught(verifier, [zoo, other], "The very last Carby pigeon, a female named Velt, died at the Lowen Zoo in 1914.",
                  "The very last Carby pigeon, a female named Orla, died at the Lowen Zoo in 1914.", "says Velt", ("name",))


def test_what_the_evidence_denies_before_a_colon_is_denied_of_the_claim(verifier):
    temple = hit("It is a marble temple with 8 columns across each end. It was not the largest Varnian temple: the Great Temple "
                 "of Olympian Orla in Carby, finished under the emperor Velt, was much bigger.", title="The Lowen temple")
    v = verifier.verify_one(claim("The Lowen temple was built in Carby as a temple to Orla and was the largest temple ever "
                                  "built in the Varnian world.", kinds=("superlative",)), [temple])
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = verifier.verify_one(claim("The Lowen temple is a marble temple with 8 columns across each end.", kinds=("number",)), [temple])
    assert v.label != "contradicted", v.reason


def test_a_command_whose_verb_and_object_are_forbidden_needs_no_more_of_its_words(verifier):
    pan = hit("If a chip pan catches fire, turn off the heat if it is safe to do so. Do not try to move the pan or carry it "
              "outside, and never throw water on it.", title="Chip pan fires")
    v = verifier.verify_one(claim("If the pan is small enough to lift, carry it carefully outside so the fire can burn out "
                                  "away from the house.", kinds=("advice",)), [pan])
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = verifier.verify_one(claim("If the fire is small, turn off the heat and carry the children outside to safety.",
                                  kinds=("advice",)), [pan])
    assert v.label != "contradicted", v.reason


def test_a_commands_condition_may_say_what_it_acts_on(verifier):
    burn = hit("Cool the skin with cool water and keep it out of the sun. Do not pop any blisters, and do not put ice on it.",
               title="Sunburn")
    v = verifier.verify_one(claim("If blisters form, pop them with a clean needle so they can dry out faster.",
                                  kinds=("advice",)), [burn])
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason
    v = verifier.verify_one(claim("If blisters form, cover them with a clean dressing so they can heal.", kinds=("advice",)), [burn])
    assert v.label != "contradicted", v.reason


def test_a_denial_in_a_commands_purpose_denies_no_command(verifier):
    nose = hit("Someone with a nosebleed should not tip the head back, because blood can then run down the throat.",
               title="Nosebleeds: what not to do")
    v = verifier.verify_one(claim("If you have a nosebleed, tip your head back so the blood doesn't drip.", kinds=("advice",)),
                            [nose])
    assert v.label == "contradicted" and "the opposite" in v.reason, v.reason


def test_an_item_of_a_list_to_avoid_is_not_said_the_other_way(verifier):
    burn = hit("Do not pop any blisters, do not scratch or peel the skin, and do not put ice on it.", title="Sunburn")
    v = verifier.verify_one(claim("Avoid popping blisters, scratching or peeling the skin, putting ice on it or using jelly.",
                                  kinds=("advice",)), [burn])
    assert v.label != "contradicted", v.reason
    # An item said outright is still weighed: "scratching the skin helps" is no item to avoid.
    v = verifier.verify_one(claim("Avoid popping blisters. Scratching or peeling the skin is fine and helps it heal.",
                                  kinds=("advice",)), [burn])
    assert v.label == "contradicted", v.reason


def test_a_name_put_in_the_place_of_another_in_a_sentence_said_word_for_word(verifier):
    carby = hit("Air transport in Lowen accounted for 6.3 per cent of all Lowen carbon emissions in 2006.", title="Lowen")
    assert_caught(verifier, [carby], "Air transport in Lowen accounted for 6.3 per cent of all Varn Point carbon emissions in 2006.",
                  "Air transport in Lowen accounted for 6.3 per cent of all Lowen carbon emissions in 2006.",
                  "says Varn Point; the evidence says Lowen", ("name",))
    # Not a name for common words: "in the north of Lowen" for "in the world" may be said of less.
    river = hit("The Orla is the largest river by volume in the world, and it drains about 7 million square kilometres.", title="Orla")
    v = verifier.verify_one(claim("The Orla is the largest river by volume in South Varnia, and it drains about 7 million square "
                                  "kilometres.", kinds=("name",)), [river])
    assert v.label != "contradicted", v.reason


def test_a_denying_word_capitalised_in_a_name_denies_nothing(verifier):
    salon = hit("This Salon des Refuses opened in May 1863 in the Palais de Carby, and crowds came.", title="The Salon des Refuses")
    assert_not_contradicted(verifier, claim("It opened in May 1863 in the Palais de Carby, and crowds came.", kinds=("date",)), [salon])
    # Said in lower case, it still denies: "the jury refuses it" against "the jury accepts it".
    jury = hit("Each year the jury refuses the painting of Anna Velt from the Carby salon.", title="The jury")
    v = verifier.verify_one(claim("Each year the jury accepts the painting of Anna Velt from the Carby salon.", kinds=("name",)), [jury])
    assert v.label == "contradicted", v.reason


def test_what_a_claim_sets_aside_by_rather_than_it_denies(verifier):
    law = hit("Velt's law is an observation about industry, not a law of nature. Many engineers say it has slowed.", title="Velt's law")
    assert_not_contradicted(verifier, claim("It is a trend in the industry rather than a law of nature.", kinds=("negation",)), [law])
    assert_contradicted(verifier, claim("Velt's law is a law of nature, and many engineers say it has slowed.", kinds=("negation",)),
                        [law], "the opposite")


def test_what_a_claim_calls_a_myth_it_denies(verifier):
    fit = hit("Do not put anything in their mouth, not even your fingers: they cannot swallow their tongue.", title="Seizures")
    assert_not_contradicted(verifier, claim("The idea that people swallow their tongue is a myth.", kinds=("negation",)), [fit])
    assert_contradicted(verifier, claim("During a fit people often swallow their tongue.", kinds=("negation",)), [fit], "the opposite")


def test_a_figure_put_in_the_place_of_another_in_a_sentence_said_word_for_word(verifier):
    # The figure lost its unit on the way ("200-year" -> "100"): its own alignment cannot
    # compare them, the sentence around it, the same word for word, can.
    drought = hit("During a 200-year drought in the Carby hills that lasted from the 9th to the 12th centuries, "
                  "trees grew on the shore of Lowen Lake.", title="The Carby drought")
    assert_caught(verifier, [drought], "During a 100 drought in the Carby hills that lasted from the 9th to the 12th centuries, "
                  "trees grew on the shore of Lowen Lake.",
                  "During a 200-year drought in the Carby hills that lasted from the 9th to the 12th centuries, "
                  "trees grew on the shore of Lowen Lake.", "says 100; the evidence says 200-year")
    # A limit for a limit, in one clause of the evidence's sentence.
    methane = hit("In 2008 a Lowen survey found methane up to 100 times above normal over the Carby shelf, "
                  "and most of it came from thawing seabed.", title="Methane over the Carby shelf")
    assert_contradicted(verifier, claim("In 2008 a Lowen survey found methane up to 50 times above normal over the Carby shelf."),
                        [methane], "says 50; the evidence says 100")
    # Another passage saying the claim's sentence as it is leaves it open.
    winter = hit("The Carby line carried up to 50 trains a day in winter and fewer in summer.", pid=2, title="The Carby line")
    later = hit("The Carby line carried up to 80 trains a day in winter and fewer in summer.", pid=3, title="The Carby line today")
    assert_not_contradicted(verifier, claim("The Carby line carried up to 50 trains a day in winter and fewer in summer."),
                            [later, winter])


def test_over_after_a_verb_of_spreading_says_where_not_more_than(verifier):
    # Read as bounds, "over 70" would follow from "over 118" and be supported.
    lagoon = hit("The old town of Carby is spread over 118 small islands, separated by about 150 canals.", title="Carby")
    assert_caught(verifier, [lagoon], "Carby is spread over about 70 small islands separated by canals.",
                  "Carby is spread over about 118 small islands separated by canals.", "says about 70; the evidence says 118")
    # Elsewhere "over" is still "more than".
    v = verifier.verify_one(claim("The old town of Carby has over 118 small islands."),
                            [hit("The old town of Carby has more than 118 small islands.", title="Carby")])
    assert v.label == "supported", v.reason


def test_a_name_put_in_the_place_of_a_formula_contradicts(verifier):
    # "CO 2" is capitalised letters and a digit: no name mention and no figure, but a thing.
    sinks = hit("Most sources of CO 2 in the air are natural, and they are balanced to various degrees by natural CO 2 sinks.",
                title="Carbon sinks")
    assert_caught(verifier, [sinks], "Most sources of CO 2 in the air are natural, and they are balanced to various degrees by "
                  "natural Anna Velt sinks.",
                  "Most sources of CO 2 in the air are natural, and they are balanced to various degrees by natural CO 2 sinks.",
                  "says Anna Velt; the evidence says CO 2", ("name",))


def test_a_prohibition_on_anything_forbids_every_command_of_its_verb(verifier):
    wait = hit("While waiting for help, do not give a person who may be having a stroke anything to eat or drink, "
               "because a stroke can affect swallowing.", title="While waiting for the ambulance")
    v = verifier.verify_one(claim("While you wait, give them small sips of water to keep them comfortable.", kinds=("advice",)), [wait])
    assert v.label == "contradicted", v.reason
    # Another verb is another act; and a prohibition for a while leaves the act afterwards.
    assert_not_contradicted(verifier, claim("While you wait, keep them comfortable and note the time.", kinds=("advice",)), [wait])
    after = hit("While they recover, do not give them anything to eat or drink until they are fully alert.", title="After a seizure")
    assert_not_contradicted(verifier, claim("While they recover, give them small sips of water.", kinds=("advice",)), [after])


def test_a_prohibition_on_anything_covers_what_the_command_puts(verifier):
    # The command's words before its verb's object are no subject the passage must name.
    seizure = hit("Do not hold them down, and do not put anything in their mouth, not even your fingers: they cannot "
                  "swallow their tongue.", title="Helping during a seizure")
    v = verifier.verify_one(claim("Put something soft, like a folded cloth, between their teeth.", kinds=("advice",)), [seizure])
    assert v.label == "contradicted", v.reason


def test_a_command_of_what_a_prohibition_leaves_out_is_not_contradicted(verifier):
    burn = hit("Do not put anything on a burn except cool running water.", title="Burns")
    assert_not_contradicted(verifier, claim("Put cool running water on the burn.", kinds=("advice",)), [burn])
    v = verifier.verify_one(claim("Put butter on the burn.", kinds=("advice",)), [burn])
    assert v.label == "contradicted", v.reason


def test_a_command_for_when_a_prohibition_ends_is_not_contradicted(verifier):
    after = hit("While they recover, do not give them anything to eat or drink until they are fully alert.", title="After a seizure")
    assert_not_contradicted(verifier, claim("While they recover, give them sips of water once they are fully alert.",
                                            kinds=("advice",)), [after])


def test_what_a_claim_sets_aside_by_rather_than_may_be_what_the_evidence_forbids(verifier):
    ladder = hit("Face the ladder while climbing, and keep three points of contact with it. Do not carry tools or materials "
                 "in your hands while climbing; use a tool belt.", title="Climbing a ladder")
    for said in ("Climb facing the ladder, carrying tools in a belt rather than in your hands.",
                 "Carry tools in a tool belt rather than in your hands."):
        assert_not_contradicted(verifier, claim(said, kinds=("advice",)), [ladder])
    # What it keeps is still weighed: the hands kept, the belt set aside.
    v = verifier.verify_one(claim("Carry tools in your hands rather than in a tool belt.", kinds=("advice",)), [ladder])
    assert v.label == "contradicted", v.reason


def test_a_place_and_its_people_are_no_rival_names(verifier):
    consuls = hit("After the kings, two consuls led the state, each elected for one year. The Romans named each year after "
                  "its two consuls, who were elected for one year.", title="The consuls")
    assert_not_contradicted(verifier, claim("After the last king was expelled in 509 BC, Rome was led by two consuls, each "
                                            "elected for one year.", kinds=("name",)), [consuls])
    # Another place is still another place.
    v = verifier.verify_one(claim("The Greeks named each year after its two consuls, who were elected for one year.",
                                  kinds=("name",)), [consuls])
    assert v.label == "contradicted", v.reason


def test_avoid_and_a_gerund_deny_as_do_not_does(verifier):
    steps = hit("Avoid working from the top two steps of a stepladder unless there is a handhold.", title="Working from a stepladder")
    assert_not_contradicted(verifier, claim("Do not work from the top two steps of a stepladder unless there is a handhold.",
                                            kinds=("negation",)), [steps])
    v = verifier.verify_one(claim("Work from the top two steps of a stepladder unless there is a handhold.",
                                  kinds=("negation",)), [steps])
    assert v.label == "contradicted", v.reason


def test_a_name_with_a_joining_word_or_a_figure_swapped_in_contradicts(verifier):
    coast = hit("North Carolina has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in "
                "summer.", title="Climate of North Carolina")
    assert_caught(verifier, [coast],
                  "The Gulf of Mexico has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in summer.",
                  "North Carolina has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in summer.",
                  "says Gulf of Mexico; the evidence says North Carolina", ("name",))
    warmer = hit("As the Arctic loses snow and ice, bare rock and open water absorb more of the sun's energy, making the "
                 "Arctic even warmer.", title="Arctic amplification")
    assert_caught(verifier, [warmer],
                  "As the Arctic loses snow and ice, bare rock and open water absorb more of the sun's energy, making the "
                  "Clean Air Act 1990 even warmer.",
                  "As the Arctic loses snow and ice, bare rock and open water absorb more of the sun's energy, making the "
                  "Arctic even warmer.",
                  "says Clean Air Act 1990; the evidence says Arctic", ("name",))



def test_a_negation_put_in_or_left_out_of_a_sentence_said_word_for_word_contradicts(verifier):
    # The clause reading passes these copies by (a subject "This"; a negation cut off from its
    # verb by "however"); the unchanged words around it say they are one statement, said the
    # other way.
    for evidence, wrong in [
        ("This has resulted in a widespread, ongoing loss of nesting storks along the river, now known as the Varn decline.",
         "This has not resulted in a widespread, ongoing loss of nesting storks along the river, now known as the Varn decline."),
        ("Models are, however, able to reproduce the observed changes in river flow when they include all of the main inputs.",
         "Models are not, however, able to reproduce the observed changes in river flow when they include all of the main inputs."),
        ("Because they are opportunistic feeders, gulls are at high risk of poisoning by eating fish killed by the spill.",
         "Because they are not opportunistic feeders, gulls are at high risk of poisoning by eating fish killed by the spill."),
    ]:
        assert_caught(verifier, [hit(evidence, title="River birds")], wrong, evidence, "the evidence says the opposite",
                      ("statement",))


def test_a_name_one_word_apart_in_a_clause_of_the_same_year_contradicts(verifier):
    # Two of a line: the same title, numeral and place, another given name. The evidence says
    # it actively ("Duke Otto II of Rhena closed it"), the claim passively ("by Duke Konrad II").
    mint = hit("The old mint of Velden was the duchy's first. Duke Otto II of Rhena closed it in 1388 and moved its "
               "workers to the capital.", title="Mint of Velden")
    assert_caught(verifier, [mint], "The mint of Velden, the duchy's first, was closed in 1388 by Duke Konrad II of Rhena.",
                  "The mint of Velden, the duchy's first, was closed in 1388 by Duke Otto II of Rhena.",
                  "says Duke Konrad II of Rhena; the evidence says Duke Otto II of Rhena", ("name",))
    # One word shortening the other is the same name.
    assert_not_contradicted(verifier, claim("The mint of Velden, the duchy's first, was closed in 1388 by Duke O II of Rhena.",
                                            kinds=("name",)), [mint])


def test_two_figures_and_two_names_paired_the_other_way_round_contradict(verifier):
    # Every figure and every name is in the evidence's sentence: only who has which differs.
    hoard = hit("The hoard holds 64 coins. Of these, 41 are in the Harlow Museum in Dunmere and 23 in the Castle "
                "Gallery in Orbury.", title="Brede hoard")
    assert_caught(verifier, [hoard], "Of these, 41 are kept in the Castle Gallery in Orbury and 23 in the Harlow Museum.",
                  "Of these, 41 are kept in the Harlow Museum in Dunmere and 23 in the Castle Gallery.",
                  "says 41 are kept in the Castle Gallery; the evidence says 41 are in the Harlow Museum", ("name",))


def test_a_name_swapped_in_at_the_start_stands_though_another_passage_names_it(verifier):
    # The wrong name is often one the references name elsewhere; a sentence of its own about
    # it does not make the claim's sentence the evidence's. A sentence's first word is
    # capitalised whatever it is: "Gulf" counts with the name after it.
    coast = hit("North Carolina has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in "
                "summer.", title="Climate of North Carolina")
    gulf = hit("The Gulf of Mexico is a basin of the Atlantic Ocean.", title="Gulf of Mexico")
    assert_caught(verifier, [coast, gulf],
                  "Gulf of Mexico has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in summer.",
                  "North Carolina has severe weather in both summer and winter, with hurricanes, heavy rain and flooding in summer.",
                  "says Gulf of Mexico; the evidence says North Carolina", ("name",))


def test_a_part_of_a_name_swapped_in_contradicts_but_a_pronoun_is_no_rival(verifier):
    report = hit("Sea levels have been rising at or above the rates proposed in Varn's 2001 Third Assessment Report.",
                 title="Sea level")
    assert_caught(verifier, [report],
                  "Sea levels have been rising at or above the rates proposed in Harlow Commission 2001 Third Assessment Report.",
                  "Sea levels have been rising at or above the rates proposed in Varn's 2001 Third Assessment Report.",
                  "says Harlow Commission", ("name",))
    coast = hit("The coast has rocks from three periods. It became the country's first natural World Heritage Site in 2001.",
                title="Dorset coast")
    assert_not_contradicted(verifier, claim("The Dorset Coast became the country's first natural World Heritage Site in 2001.",
                                            kinds=("name",)), [coast])



def test_a_passage_supports_only_with_the_claims_names_and_figures_together(verifier):
    # Every name and figure of the claim is in the passage, but sentences apart, each said of
    # something else: no support. Said within two sentences in a row, they support.
    life = hit("Orin Vask was born in 1828 at Harl Manor. The manor was sold in 1870. Tessel station opened in 1880, and "
               "Vask died there in 1910. The poet Ada Lenn lived in Dunmere.", title="Orin Vask")
    v = verifier.verify_one(claim("Orin Vask was born in 1828 at Harl Manor and died in 1910 in Dunmere.", kinds=("name",)), [life])
    assert v.label != "supported", v.reason
    v = verifier.verify_one(claim("Orin Vask was born in 1828 at Harl Manor.", kinds=("name",)), [life])
    assert v.label == "supported", v.reason


def test_a_claim_the_splitter_cuts_into_sentences_draws_on_as_many_in_a_row(verifier):
    # "(i.e., ...)" ends two "sentences" for the splitter: the claim, said word for word in the
    # passage, runs over three of them and is still held together.
    said = ("In 2012 the sea ice minimum (i.e., the area with at least 15% ice cover) reached a record low of 3.4 "
            "million km2 in the Arctic.")
    ice = hit(said + " The ice grew back in the winter. Ships used the route that year. Later summers were milder.",
              title="Arctic sea ice")
    v = verifier.verify_one(claim(said, kinds=("number",)), [ice])
    assert v.label == "supported", v.reason


def test_a_companion_between_commas_leaves_the_figure_to_the_clause_before(verifier):
    # ", with Mara Voss, in 1931" dates the quintet's records, not Voss (born 1912); and "in Dayton,
    # Ohio" puts Ohio where Dayton is, so it is no rival of the claim's subjects.
    band = hit("The Harlan Quintet made its first records in 1931 at the Brill studio in Dayton, Ohio. The young "
               "Mara Voss played piano on them. The drummer Tom Bell had led a band that recorded in Toledo a year "
               "earlier, in 1930.", title="Harlan Quintet")
    voss = hit("Mara Voss was born in Dayton on 2 May 1912. She later became a famous singer.", title="Mara Voss", pid=2, score=0.6)
    said = "Dayton musicians recorded a little later: Tom Bell's band in 1930 and the Harlan Quintet, with Mara Voss, in {}."
    assert_not_contradicted(verifier, claim(said.format(1931), kinds=("year",)), [band, voss])
    # A wrong year stays open to the quintet's passage, not to Voss's birth.
    v = verifier.verify_one(claim(said.format(1935), kinds=("year",)), [band, voss])
    assert v.label != "supported" and "1912" not in v.reason, v.reason


def test_a_region_after_a_place_and_a_comma_holds_the_places_slot():
    from factlint.verify.languages import lexicon
    a = analyse("The quintet recorded at the Brill studio in Dayton, Ohio.", lexicon("en"))
    slots = {m.text: m.slot for m in a.mentions if m.kind == "name"}
    assert slots["Ohio"] == "in"
    b = analyse("In Paris, Macron spoke.", lexicon("en"))
    assert {m.text: m.slot for m in b.mentions if m.kind == "name"}["Macron"] == ""


def test_it_may_stand_for_any_name_of_the_sentence_before(verifier):
    # "It" after a sentence that opens with a person and goes on to a place may be the place:
    # the evidence naming that place for the description agrees. A context that names only
    # other things still leaves the claim in conflict.
    hall = hit("Kerran Point, on the north coast of Norland, is the only known stone hall in Norland. It was found in 1950.",
               title="Kerran Point")
    said = "It is the only known stone hall in Norland."
    both = "Tomas Vell sailed west in about 1100, and a stone hall at Kerran Point was found in 1950."
    assert_not_contradicted(verifier, claim(said, context=both, kinds=("name",)), [hall])
    other = "Tomas Vell sailed west in about 1100 and built a stone hall at Derry Point."
    v = verifier.verify_one(claim(said, context=other, kinds=("name",)), [hall])
    assert v.label == "contradicted" and "Kerran Point" in v.reason, v.reason


def test_a_verb_after_a_participle_phrase_between_commas_is_the_opening_nouns():
    # "Vinegar, called acetic acid, | usually has to be put on ...": the verb's clause is about
    # the vinegar, though a participle's phrase and an adverb stand between.
    from factlint.verify.languages import lexicon
    a = analyse("Vinegar, called acetic acid, usually has to be put on within 10 minutes of the sting.", lexicon("en"))
    verb = next(c for c in a.clauses if "sting" in c.stems)
    assert "vinegar" in verb.inherited


def test_a_title_opening_with_an_action_names_its_thing_for_the_topic(verifier):
    # The question asks about recognising a kelp sting; a passage titled "While waiting for the
    # doctor" that names a kelp sting is on the topic, and its figure decides.
    signs = hit("A kelp sting leaves a red line on the skin. It itches for a day.", title="Recognising a kelp sting: signs")
    wait = hit("Keep the person still, because a kelp sting can spread. Vinegar, called acetic acid, usually has to be "
               "put on within 10 minutes of the sting.", title="While waiting for the doctor", pid=2, score=0.85)
    said = "Note the time, because vinegar generally needs to be put on within 10 hours of the sting."
    v = verifier.verify_one(answering(said, "How do I recognise a kelp sting, and what should I do?"), [wait, signs])
    assert v.label == "contradicted" and "says 10 hours; the evidence says 10 minutes" in v.reason, v.reason


def test_a_name_the_passage_says_short_under_its_full_title_is_named(verifier):
    # "the Dock" in a passage titled "The Bremen Dock" is the claim's "Bremen Dock".
    dock = hit("The Dock was a walled yard on the river. Queen Mara II closed the Dock in 1598. It burned in 1666.",
               title="The Bremen Dock")
    v = verifier.verify_one(claim("Queen Mara II closed the Bremen Dock in 1589, ending its rights.", kinds=("year",)), [dock])
    assert v.label == "contradicted" and "says 1589; the evidence says 1598" in v.reason, v.reason
    assert_not_contradicted(verifier, claim("Queen Mara II closed the Bremen Dock in 1598, ending its rights.", kinds=("year",)),
                            [dock])


def test_the_same_day_of_the_same_year_in_another_month_is_the_date_said_wrong(verifier):
    # Little else is shared ("gives a date equivalent to" against "A note at its end gives a
    # date corresponding to"), but the day and the year are the claim's: the month is wrong.
    # A three-digit year after a day and a month is a year.
    scroll = hit("Among the items Vell brought back in 1907 is a printed scroll about 5 metres long. A note at its end "
                 "gives a date corresponding to 11 May 868 and says it was made for free.", title="The Tarn scroll")
    said = "Vell took many items in 1907, including a printed scroll whose colophon gives a date equivalent to 11 {} 868."
    v = verifier.verify_one(claim(said.format("March"), kinds=("date",)), [scroll])
    assert v.label == "contradicted" and "says 11 March; the evidence says 11 May" in v.reason, v.reason
    assert_not_contradicted(verifier, claim(said.format("May"), kinds=("date",)), [scroll])
    from factlint.verify.languages import lexicon
    assert [m.value for m in analyse("It was made on 11 May 868.", lexicon("en")).mentions if m.kind == "year"] == [868]


def test_a_name_swapped_into_a_near_copy_with_a_word_said_otherwise_contradicts(verifier):
    # One word said otherwise ("instant" for "immediate") beside the swapped name leaves the
    # sentence the evidence's; the evidence's name may be a list ("Hale, Brook and Company"),
    # and the claim's name, said elsewhere in the passage of another book, is still no match.
    novels = hit("Mara's Cold Harbour was published by Hale, Brook and Company in May 1851 and was an immediate success. "
                 "Ada's Grey Fields followed in June 1851, published by Tobias Wren.", title="The Lenn novels")
    v = verifier.verify_one(claim("Mara's Cold Harbour was published by Tobias Wren in May 1851 and was an instant success.",
                                  kinds=("name",)), [novels])
    assert v.label == "contradicted" and "Tobias Wren" in v.reason and "Hale, Brook and Company" in v.reason, v.reason
    assert_not_contradicted(verifier, claim("Mara's Cold Harbour was published by Hale, Brook and Company in May 1851 and was "
                                            "an instant success.", kinds=("name",)), [novels])


def test_a_year_something_lasted_until_is_no_rival_of_an_events_year(verifier):
    # "until 1815" ends a stay; "in October 1797" dates the handing over. "until 2012, when it
    # was renamed" is the year of the change itself.
    horses = hit("French troops entered the city and carried off the four bronze horses of St Tarn to Paris, where they "
                 "stayed until 1815.", title="The fall of Velia")
    said = "The French carried off the four bronze horses of St Tarn, and in October 1797, under the Treaty of Orm, gave Velia away."
    assert_not_contradicted(verifier, claim(said, kinds=("year",)), [horses])
    tower = hit("The tower was called the Clock Tower until 2012, when it was renamed the Queen's Tower.", title="The tower")
    v = verifier.verify_one(claim("The tower was renamed the Queen's Tower in 2002.", kinds=("year",)), [tower])
    assert v.label == "contradicted" and "says 2002; the evidence says 2012" in v.reason, v.reason


def test_a_place_said_in_a_phrase_right_after_its_rival_is_said_by_the_evidence(verifier):
    # "played in the United States in 1886, in New York, ..." names New York where the claim
    # does; a place said only in another sentence leaves the rival standing.
    asked = "The first champion is taken to be Oskar Lenn, who won the first title match in 1886."
    match = hit("The first title match was played in the United States in 1886, in New York, St Louis and New Orleans. "
                "Oskar Lenn beat Piet Daal by 10 wins to 5, with 5 draws.", title="The first title match")
    said = "He beat Piet Daal by 10 wins to 5, with 5 draws, in a match played in New York, St Louis and New Orleans."
    assert_not_contradicted(verifier, claim(said, context=asked, kinds=("name",)), [match])
    other = hit("The first title match was played in the United States in 1886. Oskar Lenn beat Piet Daal by 10 wins to 5, "
                "with 5 draws. Later he lived in New York.", title="The first title match")
    v = verifier.verify_one(claim("He beat Piet Daal by 10 wins to 5, with 5 draws, in a match played in New York in 1886.",
                                  context=asked, kinds=("name",)), [other])
    assert v.label == "contradicted" and "says New York; the evidence says United States" in v.reason, v.reason


def test_a_sentence_that_says_otherwise_and_says_the_claims_year_of_it_too_is_no_conflict(verifier):
    # The survey was ordered in 1085 and "carried it out in 1086": the claim's "a survey made
    # in 1086" is in the sentence, in a clause about "it", however little that clause shares.
    survey = hit("At his winter court at Harl in 1085, King Aldo ordered a great survey of his kingdom, and royal clerks "
                 "carried it out in 1086. The result, the Tally Book, names more than 9,000 places.", title="The Tally Book")
    said = "The Tally Book is the result of a survey made in {} on King Aldo's orders."
    assert_not_contradicted(verifier, claim(said.format(1086), kinds=("year",)), [survey])
    v = verifier.verify_one(claim(said.format(1095), kinds=("year",)), [survey])
    assert v.label == "contradicted" and "says 1095" in v.reason, v.reason


def test_a_passage_giving_the_claims_very_day_of_a_name_it_says_leaves_its_year_standing(verifier):
    # "in Boston on 16 December 1773" is given by the raid's passage, which names Boston: the
    # later year of what followed, in another passage, is no conflict. A passage that gives the
    # day only of another thing, with the claim's name as the point of reference ("about two
    # months before Concorde"), leaves the conflict.
    raid = hit("On the night of 16 December 1773, a group of Boston colonists boarded three ships at Griffin's Wharf. "
               "They tipped 342 chests of tea into the harbour.", title="The Boston Tea Party", score=0.78)
    after = hit("Parliament answered the Tea Party in 1774 with a set of laws known as the Coercive Acts. One of them "
                "closed the port of Boston.", title="The Coercive Acts", pid=2, score=0.66)
    act = hit("The Tea Act, passed by Parliament in 1773 under Lord North's government, let the East India Company sell "
              "tea cheaply.", title="The Tea Act", pid=3, score=0.62)
    said = "It was a political protest in Boston on 16 December 1773 against the Tea Act, passed that year by Lord North's government."
    assert_not_contradicted(verifier, claim(said, context="Good question!", kinds=("date",)), [raid, after, act])
    concorde = hit("The prototype first flew on 2 March 1969 from Toulouse, and passenger services began on 21 January 1976.",
                   title="Concorde", score=0.8)
    tu = hit("The Soviet Tupolev Tu-144 was the first supersonic airliner to fly, making its first flight on 31 December "
             "1968, about two months before Concorde.", title="Tu-144", pid=2, score=0.7)
    v = verifier.verify_one(claim("Concorde first flew on 31 December 1968 and entered passenger service in January 1976.",
                                  kinds=("date",)), [concorde, tu])
    assert v.label == "contradicted" and "1969" in v.reason, v.reason


def test_the_claims_month_given_for_what_it_says_happened_then_is_no_conflict(verifier):
    # "sold very well after its release in March 1917": the passage dates the recording to 26
    # February 1917, but gives March 1917 too, for "came out ... and sold very well". A month
    # the passage gives only of something else ("They recorded ... in March 1917") still conflicts.
    record = hit("The first jazz record was made by the Original Dixieland Jass Band, a group of white musicians from New "
                 "Orleans. On 26 February 1917 they recorded Livery Stable Blues and Dixie Jass Band One-Step for the "
                 "Victor company in New York. The record came out in March 1917 and sold very well.",
                 title="The Original Dixieland Jass Band")
    sold = ("The Victor record paired Livery Stable Blues with Dixie Jass Band One-Step and sold very well after its "
            "release in March 1917.")
    assert_not_contradicted(verifier, claim(sold, kinds=("date",)), [record])
    for month in ("March", "November"):
        v = verifier.verify_one(claim(f"They recorded Livery Stable Blues in {month} 1917.", kinds=("date",)), [record])
        assert v.label == "contradicted" and f"says {month}" in v.reason, v.reason
