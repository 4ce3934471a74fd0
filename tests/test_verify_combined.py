"""The combined verifier's decisions, with a stand-in pair model whose probabilities the test
sets, so each rule (figures to the heuristic, meaning to the model) is tested on its own; and
the shipped adapter on a few claims whose answer is not in doubt."""

from __future__ import annotations

import numpy as np
import pytest

from factlint.claims import Claim
from factlint.evidence.index import Hit
from factlint.verify.combined import CombinedConfig, CombinedVerifier, SentencePicker, split_sentences

ENTAILS, NEUTRAL, CONTRADICTS = (0.9, 0.05, 0.05), (0.1, 0.8, 0.1), (0.05, 0.05, 0.9)


class StubModel:
    """Answers every pair whose evidence contains a key with that key's probabilities."""

    name = "stub"

    def __init__(self, answers: dict[str, tuple[float, float, float]], default=NEUTRAL) -> None:
        self.answers = answers
        self.default = default
        self.pairs: list[tuple[str, str]] = []

    def predict(self, pairs):
        self.pairs.extend(pairs)
        rows = [next((p for key, p in self.answers.items() if key in evidence), self.default) for evidence, _ in pairs]
        return np.asarray(rows, dtype=np.float32).reshape(len(pairs), 3)


def hit(pid: int, text: str, score: float = 0.8, title: str = "") -> Hit:
    return Hit(pid, f"d{pid}", title, "corpus.jsonl", text, score, 0, len(text))


def claim(text: str) -> Claim:
    return Claim(text, 0, len(text), None, ("statement",))


def verify(model: StubModel, text: str, hits: list[Hit], **config):
    verifier = CombinedVerifier(CombinedConfig(**config), "en", model=model)
    return verifier.verify([claim(text)], [hits])[0]


VENUS = ("Venus is the hottest planet in the solar system, hotter than Mercury, because its thick "
         "carbon dioxide atmosphere traps heat. Mercury has almost no atmosphere.")


def test_the_model_contradicts_a_claim_the_heuristic_lets_through_and_the_message_quotes_the_sentence():
    verdict = verify(StubModel({"Venus is the hottest": CONTRADICTS}), "Mercury is the hottest planet in the solar system.",
                     [hit(1, VENUS)])
    assert verdict.label == "contradicted"
    assert verdict.passage.passage_id == 1
    assert "“Venus is the hottest planet in the solar system" in verdict.reason
    assert "Mercury has almost no atmosphere" not in verdict.reason  # the sentence, not the passage


def test_a_conflict_of_figures_stands_even_when_the_model_reads_entailment():
    # Models read numbers badly: the heuristic's aligned figures decide.
    verdict = verify(StubModel({"8 mg": ENTAILS}), "Adult men need 18 mg of iron a day.",
                     [hit(1, "Adult men need 8 mg of iron a day.")])
    assert verdict.label == "contradicted"
    assert "18 mg" in verdict.reason and "8 mg" in verdict.reason


def test_the_model_does_not_overrule_figures_the_heuristic_found_in_agreement():
    evidence = "Adult men need 8 mg of iron a day."
    verdict = verify(StubModel({"8 mg": CONTRADICTS}), "Adult men need 8 mg of iron a day.", [hit(1, evidence)])
    assert verdict.label != "contradicted"


def test_a_paraphrase_the_model_entails_is_supported_and_cites_the_entailing_passage():
    model = StubModel({"traps heat": ENTAILS})
    verdict = verify(model, "A dense CO2 atmosphere holds in the heat on Venus.",
                     [hit(7, "Mercury is the closest planet to the Sun.", 0.7), hit(8, VENUS, 0.6)])
    assert verdict.label == "supported"
    assert verdict.passage.passage_id == 8


def test_a_fact_spread_over_two_passages_is_read_together():
    joint = "Construction of Charles Bridge began in 1357 under King Charles IV. Charles Bridge is built of Bohemian sandstone."
    model = StubModel({joint: ENTAILS})
    verdict = verify(model, "Charles Bridge was begun in 1357 and is made of sandstone.",
                     [hit(1, "Construction of Charles Bridge began in 1357 under King Charles IV."),
                      hit(2, "Charles Bridge is built of Bohemian sandstone.")])
    assert (joint, "Charles Bridge was begun in 1357 and is made of sandstone.") in model.pairs
    assert verdict.label == "supported"


def test_the_model_does_not_support_a_figure_no_passage_holds():
    verdict = verify(StubModel({}, default=ENTAILS), "Olympus Mons rises about 9 kilometres above the plains.",
                     [hit(1, "Olympus Mons is the tallest volcano in the solar system.")])
    assert verdict.label == "unsupported"


def test_a_weak_match_does_not_let_the_model_contradict():
    verdict = verify(StubModel({}, default=CONTRADICTS), "Mercury is the hottest planet.", [hit(1, VENUS, score=0.3)])
    assert verdict.label != "contradicted"


def test_no_passage_is_unsupported_without_asking_the_model():
    model = StubModel({})
    verdict = verify(model, "Mercury is the hottest planet.", [hit(1, VENUS, score=0.1)])
    assert verdict.label == "unsupported"
    assert model.pairs == []


def test_the_picker_takes_the_sentence_sharing_most_words_and_its_antecedent_for_a_pronoun():
    picker = SentencePicker("en")
    passage = "Olympus Mons is a volcano on Mars. It rises about 22 kilometres above the plains. Mars is red."
    assert picker.best(picker.words("Olympus Mons rises about 9 kilometres."), passage).startswith("Olympus Mons is a volcano on Mars. It rises")
    assert split_sentences("One. Two three. “Four.”") == ["One.", "Two three.", "“Four.”"]


@pytest.mark.slow
def test_the_shipped_adapter_reads_clear_cases():
    # Cases the shipped (under-trained, see its model card) adapter gets right; it does not yet
    # tell "Mercury is the hottest planet" from "Venus is", which is why the combined verifier
    # leaves names to the heuristic.
    from factlint.verify.trained import load_pair_model

    model = load_pair_model()
    probs = model.predict([
        ("Venus is the hottest planet in the solar system.", "Venus is the hottest planet."),
        ("Adult men need 8 mg of iron a day.", "Men do not need iron."),
        ("Charles Bridge was begun in 1357 under King Charles IV.", "King Charles IV began Charles Bridge."),
    ])
    assert probs.shape == (3, 3)
    assert np.allclose(probs.sum(1), 1.0, atol=1e-4)
    assert probs[0].argmax() == 0 and probs[2].argmax() == 0  # entailment
    assert probs[1].argmax() == 2  # contradiction
