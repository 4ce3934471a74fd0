"""Claim detection: which sentences are checked, with which span and context."""

from __future__ import annotations

import pytest

from factlint.claims import ClaimDetector
from factlint.document import build_documents
from factlint.model import Answer


@pytest.fixture(scope="module")
def detector():
    return ClaimDetector("en")


def claims_of(nlp, text, question=None, detector=None):
    doc = build_documents([Answer(id="a", text=text, question=question)], nlp)[0]
    return (detector or ClaimDetector("en")).from_document(doc)


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Adult men need about 8 mg of iron a day.", "number"),
        ("The magazine was founded in 1844.", "date"),
        ("She was born on March 2, 1991.", "date"),
        ("The tower was designed by Gustave Eiffel.", "name"),
        ("Red meat has more iron than spinach.", "comparison"),
        ("Tea does not block the absorption of iron.", "negation"),
    ],
)
def test_checkable_sentences_are_claims_of_their_kind(detector, sentence, kind):
    assert kind in detector.checkable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Did you know that spinach has 3 mg of iron?",  # a question
        "I think beef is the best source of iron.",  # an opinion
        "You should eat 3 servings of beans a day.",  # hedged advice
        "If you feel tired, see a doctor.",  # advice
        "Eat lentils with oranges.",  # an instruction
        "Just take iron supplements every day.",  # an instruction after a lead word
        "Great question!",  # boilerplate
        "I hope this helps!",
        "Spinach is legit good too.",  # nothing checkable
    ],
)
def test_questions_opinions_advice_boilerplate_and_plain_statements_are_not_claims(detector, sentence):
    assert detector.checkable(sentence) == ()


def test_advice_and_instructions_that_give_a_dose_are_claims(detector):
    # A dose is what a reference contradicts and what hurts when wrong, however it is put.
    assert "number" in detector.checkable("If you're pregnant, the NHS advises no more than 300 mg a day.")
    assert "number" in detector.checkable("Take 500 mg first, then 250 mg 6 to 8 hours later if needed.")
    assert "number" in detector.checkable("Talk to your doctor before taking 45 mg supplements.")
    # Without a measured quantity advice stays advice; opinion stays opinion with one.
    assert detector.checkable("You should eat 3 servings of beans a day.") == ()
    assert detector.checkable("I think 300 mg a day is fine.") == ()


def test_a_marker_further_in_the_sentence_only_rules_out_sentences_without_figures(detector):
    assert detector.checkable("Beef is better, tbh.") == ()
    assert "number" in detector.checkable("Beef has 3 mg of iron per serving, tbh.")


def test_claim_spans_are_offsets_into_the_answer_text(nlp):
    text = "Great question!  Adult men need 8 mg of iron a day. Eat beans.\nWomen aged 19 to 50 need 18 mg."
    claims = claims_of(nlp, text)
    assert [c.text for c in claims] == ["Adult men need 8 mg of iron a day.", "Women aged 19 to 50 need 18 mg."]
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert c.context is None and c.query == c.text


def test_code_is_not_read_as_a_claim(nlp):
    text = "Use `x = 1999` here.\n\n```\nprint(2001)\n```\n\nThe magazine was founded in 1844."
    claims = claims_of(nlp, text)
    assert [c.text for c in claims] == ["The magazine was founded in 1844."]
    assert text[claims[0].start : claims[0].end] == claims[0].text


def test_a_short_answer_is_read_with_its_question(nlp):
    question = "The Oberoi family is part of a hotel company that has a head office in what city?"
    (claim,) = claims_of(nlp, "Delhi", question)
    assert claim.text == "Delhi" and (claim.start, claim.end) == (0, 5)
    assert claim.context == question
    assert claim.query == f"{question} Delhi"
    assert "answer" in claim.kinds


def test_a_one_sentence_answer_without_figures_is_still_checked_with_its_question(nlp):
    (claim,) = claims_of(nlp, "Both have leaves.", "What do Fothergilla and Clerodendrum have in common?")
    assert claim.kinds[0] == "answer"


def test_a_bare_figure_is_a_short_answer_read_with_its_question(nlp):
    """ "1889" has no letter, so no sentence of its Document: with a question it is a claim all
    the same (its spans are offsets into the text); without one it says nothing checkable."""
    question = "What was the population of the city in 2010?"
    (claim,) = claims_of(nlp, " 108,249 ", question)
    assert (claim.text, claim.start, claim.end) == ("108,249", 1, 8)
    assert claim.query == f"{question} 108,249" and "answer" in claim.kinds
    (claim,) = claims_of(nlp, "1889", "When was the Eiffel Tower built?")
    assert claim.text == "1889"
    assert claims_of(nlp, "1889", None) == []


def test_yes_or_no_alone_is_not_a_claim(nlp):
    assert claims_of(nlp, "Yes.", "Are both magazines American?") == []
    assert claims_of(nlp, "no", "Are both magazines American?") == []


def test_a_refusal_is_not_a_claim(nlp):
    # with an index, "I cannot help with that." was unsupported: "the negation, help" found nowhere
    assert claims_of(nlp, "I cannot help with that.", "Who was born first, Martin Heidegger or Lydia Davis?") == []
    assert claims_of(nlp, "I don't know.", "Who wrote Hamlet?") == []
    assert [c.text for c in claims_of(nlp, "I can't give medical advice. Ibuprofen 400 mg is the usual dose.")] == [
        "Ibuprofen 400 mg is the usual dose."]
    # a refusal that goes on to answer still claims what it says
    assert claims_of(nlp, "I can't say for sure, but it was built in 1889.", "When was the Eiffel Tower built?")


def test_a_long_answer_does_not_borrow_the_question(nlp):
    text = "Red meat has more iron than spinach. Adult men need 8 mg a day. Women need 18 mg."
    claims = claims_of(nlp, text, "How much iron do I need?")
    assert len(claims) == 3 and all(c.context is None for c in claims)


def test_a_sentence_opening_with_a_pronoun_is_read_with_the_one_before(nlp):
    text = "Arthur's Magazine was an American literary periodical. It was founded in 1844."
    claims = claims_of(nlp, text)
    assert claims[-1].text == "It was founded in 1844."
    assert claims[-1].context == "Arthur's Magazine was an American literary periodical."


def test_a_sentence_opening_with_a_surname_is_read_with_the_one_before(nlp):
    text = ("Ada Brenn and Piet Rook founded the firm in 1901. Brenn designed its first engine in 1903. "
            "Paraffin cost 2 pence a gallon in 1903.")
    claims = claims_of(nlp, text)
    assert [c.text for c in claims][1:] == ["Brenn designed its first engine in 1903.", "Paraffin cost 2 pence a gallon in 1903."]
    assert claims[1].context == "Ada Brenn and Piet Rook founded the firm in 1901."
    assert claims[2].context is None  # "Paraffin" ends no name of the sentence before


def test_a_surname_is_read_with_the_latest_sentence_that_gives_the_name_whole(nlp):
    text = ("Ada Brenn founded the firm in 1901. Its engines ran on paraffin from 1903. Brenn was the first "
            "woman to win the Kessel Medal, in 1911.")
    claims = claims_of(nlp, text)
    assert claims[-1].context == "Ada Brenn founded the firm in 1901."
    # (A pronoun is read with the sentence right before it only.)
    claims = claims_of(nlp, "Ada Brenn founded the firm in 1901. Its engines ran on paraffin from 1903. It closed in 1931.")
    assert claims[-1].context == "Its engines ran on paraffin from 1903."


def test_max_claims_caps_an_answer(nlp):
    text = " ".join(f"Item {i} costs {i} dollars." for i in range(1, 20))
    assert len(claims_of(nlp, text, detector=ClaimDetector("en", max_claims=5))) == 5


def test_a_language_without_a_lexicon_has_no_detector():
    with pytest.raises(ValueError, match="no lexicon for language 'xx'"):
        ClaimDetector("xx")
    assert ClaimDetector("en-GB").language == "en"


def test_advice_that_allows_or_forbids_a_use_is_a_claim_of_its_own_kind():
    detector = ClaimDetector("en")
    assert detector.checkable("You should never take paracetamol and ibuprofen at the same time.") == ("advice",)
    assert detector.checkable("Never give aspirin to children.") == ("advice",)
    assert detector.checkable("If you take warfarin, do not use it without medical advice.") == ("advice",)
    # Advice about nothing to check, opinions and questions stay out.
    assert detector.checkable("Talk to your pharmacist.") == ()
    assert detector.checkable("I think it's fine to take with food.") == ()
    assert detector.checkable("Should you take it with food?") == ()
