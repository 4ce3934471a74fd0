"""The nli verifier, offline: tiny BERT cross-encoders with random weights are built and saved
here, with a tokenizer from a small vocabulary, and a classifier bias that makes one output
win whatever the input. So loading from a folder, batching and the mapping of the model's own
labels (in any order, any spelling) are tested without a download."""

from __future__ import annotations

import pytest

from factlint.claims import Claim
from factlint.errors import BackendError
from factlint.evidence.index import Hit
from factlint.verify.base import build_verifier
from factlint.verify.nli import NliVerifier, stance_of

VOCAB = "[PAD] [UNK] [CLS] [SEP] [MASK] the a is of in men need mg iron day not 8 18 spinach has more than red meat . ,".split()


def make_model(folder, id2label: dict[int, str], favoured: int):
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    config = BertConfig(
        vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=len(id2label),
        id2label=id2label, label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        bias = torch.zeros(len(id2label))
        bias[favoured] = 4.0
        model.classifier.bias.copy_(bias)
    model.save_pretrained(folder)
    return str(folder)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("nli")
    return {
        # Labels in an unusual order and case, as some published models have them.
        "contradicts": make_model(root / "c", {0: "ENTAILMENT", 1: "neutral", 2: "Contradiction"}, favoured=2),
        "entails": make_model(root / "e", {0: "contradiction", 1: "entailment", 2: "neutral"}, favoured=1),
        "neutral": make_model(root / "n", {0: "contradiction", 1: "entailment", 2: "neutral"}, favoured=2),
        "unnamed": make_model(root / "u", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, favoured=0),
    }


def hit(pid, score=0.8):
    text = "men need 8 mg iron a day ."
    return Hit(pid, f"d{pid}", "", "corpus.jsonl", text, score, 0, len(text))


def claims(n):
    text = "men need 18 mg iron a day ."
    return [Claim(text, 0, len(text), None, ("number",)) for _ in range(n)]


def test_labels_map_to_stances_by_name():
    assert [stance_of(x) for x in ("ENTAILMENT", "contradiction", "Neutral", "not_entailment", "LABEL_0")] == [
        "supports", "contradicts", "neutral", "neutral", None]


def test_contradiction_found_through_the_models_own_label_order(models):
    v = build_verifier("nli", {"model": models["contradicts"]})
    assert v.stances == ["supports", "neutral", "contradicts"]
    (verdict,) = v.verify(claims(1), [[hit(1), hit(2)]])
    assert verdict.label == "contradicted"
    assert verdict.passage.passage_id in (1, 2) and verdict.confidence > 0.9
    assert verdict.stances[0][1] == "contradicts"
    assert v.engine_name() == "nli:c"


def test_entailment_supports_and_neutral_leaves_unsupported(models):
    (supported,) = build_verifier("nli", {"model": models["entails"]}).verify(claims(1), [[hit(1)]])
    assert supported.label == "supported" and supported.score > 0.9
    (neutral,) = build_verifier("nli", {"model": models["neutral"]}).verify(claims(1), [[hit(1)]])
    assert neutral.label == "unsupported" and neutral.score < 0.1


def test_all_pairs_of_a_batch_go_through_the_model_in_batches(models):
    v = NliVerifier(NliVerifier.Config(model=models["contradicts"], batch_size=2, passages=2))
    calls = []
    original = v.model.predict

    def spy(pairs, **kwargs):
        calls.append((len(pairs), kwargs["batch_size"]))
        return original(pairs, **kwargs)

    v.model.predict = spy
    hits = [[hit(1), hit(2), hit(3)], [hit(4), hit(5, score=0.05)], []]
    verdicts = v.verify(claims(3), hits)
    assert calls == [(3, 2)]  # 2 + 1 passages (one below min_similarity), one call, batches of 2
    assert [x.label for x in verdicts] == ["contradicted", "contradicted", "unsupported"]
    assert verdicts[2].reason == "no passage in the index is about this"


def test_a_model_whose_labels_say_nothing_needs_labels_in_config(models):
    with pytest.raises(BackendError, match="cannot tell entailment from contradiction"):
        build_verifier("nli", {"model": models["unnamed"]})
    v = build_verifier("nli", {"model": models["unnamed"], "labels": ["contradiction", "entailment", "neutral"]})
    assert v.verify(claims(1), [[hit(1)]])[0].label == "contradicted"


def test_a_model_that_cannot_be_loaded_is_one_error_naming_it(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(BackendError, match=f"nli verifier: cannot load model '{missing}'"):
        build_verifier("nli", {"model": str(missing)})
    with pytest.raises(BackendError, match="not on this machine"):
        build_verifier("nli", {"model": "someone/not-cached-nli-model"})
