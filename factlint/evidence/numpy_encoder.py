"""A sentence encoder in numpy, for sentence-transformers folders of the plainest shape: a
BERT encoder, mean pooling, then (optionally) unit length. The bundled all-MiniLM-L6-v2 is one.

Why: encoding one claim through sentence-transformers first imports torch, transformers and
sentence-transformers, about 7 s on two cores, for a model whose forward pass is a handful of
matrix products. Here the weights come from `model.safetensors` through safetensors' numpy
loader, and the text is split by the folder's own `tokenizer.json` (the `tokenizers`
package), so loading takes a tenth of a second. tests/test_startup.py holds the vectors
against sentence-transformers' (cosine 0.99999 or closer, the difference of float32 sums
taken in another order).

`load(folder)` returns None for anything else (another architecture or pooling, an
activation other than exact GELU, a folder without safetensors or tokenizer.json), and the
embedder then loads the folder through sentence-transformers as before.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from pathlib import Path

import numpy as np

# Coefficients of Abramowitz and Stegun's formula 7.1.26 for erf (error under 1.5e-7, below
# float32's resolution at GELU's scale), so exact GELU needs neither scipy nor torch.
_P = 0.3275911
_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, x * Phi(x) = x/2 * (1 + erf(x / sqrt 2)), computed in place where it can be."""
    z = np.abs(x) * np.float32(1 / math.sqrt(2))
    t = 1 / (1 + np.float32(_P) * z)
    poly = t * np.float32(_A[4])
    for a in (_A[3], _A[2], _A[1], _A[0]):
        poly += np.float32(a)
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / sqrt 2)
    # x/2 * (1 + erf) with erf's sign: for x >= 0 that is x/2 * (2 - poly), for x < 0 x/2 * poly
    return np.where(x >= 0, x * (1 - poly * np.float32(0.5)), x * poly * np.float32(0.5))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


# A pass of fewer tokens than this (a few claims, a short answer) runs on one BLAS thread.
# Its products are too small to share out, and on a busy machine BLAS threads waiting for a
# core made one 14-token claim take 0.03-0.4 s instead of 0.01 s (2 cores, one of them busy).
SMALL_PASS = 1024


@functools.lru_cache(maxsize=1)
def _blas():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return ThreadpoolController().select(user_api="blas")


def _one_blas_thread():
    blas = _blas()
    return blas.limit(limits=1) if blas is not None else contextlib.nullcontext()


def _read_json(path: Path) -> dict | list | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _plain_shape(folder: Path) -> tuple[dict, int, bool] | None:
    """(BERT config, max tokens, normalise) when the folder is BERT + mean pooling [+ Normalize]."""
    modules = _read_json(folder / "modules.json")
    if not isinstance(modules, list) or not (2 <= len(modules) <= 3):
        return None
    kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules if isinstance(m, dict)]
    if kinds[:2] != ["Transformer", "Pooling"] or kinds[2:] not in ([], ["Normalize"]) or modules[0].get("path"):
        return None
    pooling = _read_json(folder / modules[1].get("path", "") / "config.json")
    wanted = {"pooling_mode_mean_tokens": True}
    if not isinstance(pooling, dict) or any(
        bool(v) != wanted.get(k, False) for k, v in pooling.items() if k.startswith("pooling_mode")
    ) or pooling.get("include_prompt", True) is not True:
        return None
    config = _read_json(folder / "config.json")
    if not isinstance(config, dict) or config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
        return None
    if config.get("position_embedding_type", "absolute") != "absolute":
        return None
    st_config = _read_json(folder / "sentence_bert_config.json") or {}
    if st_config.get("do_lower_case"):  # sentence-transformers would lower-case first
        return None
    limit = min(int(st_config.get("max_seq_length") or 512), int(config.get("max_position_embeddings", 512)))
    if not ((folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file()):
        return None
    return config, limit, kinds[2:] == ["Normalize"]


class NumpyEncoder:
    """The subset of SentenceTransformer's interface the Embedder uses: `encode` and the dimension."""

    def __init__(self, folder: Path, config: dict, max_tokens: int, normalize: bool) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights = load_file(str(folder / "model.safetensors"))
        prefix = "bert." if any(k.startswith("bert.") for k in weights) else ""
        w = {k.removeprefix(prefix): v.astype(np.float32, copy=False) for k, v in weights.items()}
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.heads = int(config["num_attention_heads"])
        self.normalize = normalize
        self.dimension = int(config["hidden_size"])
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            # Query, key and value in one product; every weight transposed once, here.
            qkv = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
            qkv_bias = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_bias,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
            ))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        pad_id = int(config.get("pad_token_id") or 0)
        self.tokenizer.enable_padding(pad_id=pad_id, pad_token=self.tokenizer.id_to_token(pad_id) or "[PAD]")

    def get_sentence_embedding_dimension(self) -> int:
        return self.dimension

    def encode(self, texts: list[str], batch_size: int = 16, normalize_embeddings: bool = False, **_ignored) -> np.ndarray:
        """Vectors of `texts` in their order. Like sentence-transformers, texts are encoded
        longest first in passes of `batch_size`, so a pass pads little."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chosen])
            tokens = len(encodings) * len(encodings[0].ids)
            with _one_blas_thread() if tokens < SMALL_PASS else contextlib.nullcontext():
                out[chosen] = self._forward(encodings)
        if self.normalize or normalize_embeddings:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), np.float32(1e-12))
        return out

    def _forward(self, encodings) -> np.ndarray:
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        batch, length = ids.shape
        heads, size = self.heads, self.dimension // self.heads
        x = self.words[ids] + self.positions[:length] + self.token_type
        x = _layer_norm(x, *self.embed_norm, self.eps)
        # Padding gets the lowest float32 before the softmax, so it weighs exactly nothing.
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1 / math.sqrt(size))
        for qkv, qkv_bias, out_w, out_b, norm1, up_w, up_b, down_w, down_b, norm2 in self.layers:
            # batch, heads, length, size; contiguous, or numpy's matmul leaves BLAS for a slow loop
            q, k, v = np.ascontiguousarray(
                (x @ qkv + qkv_bias).reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4))
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.dimension)
            x = _layer_norm(context @ out_w + out_b + x, *norm1, self.eps)
            x = _layer_norm(_gelu(x @ up_w + up_b) @ down_w + down_b + x, *norm2, self.eps)
        summed = (x * mask[:, :, None]).sum(axis=1)
        return summed / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))


def load(source: str) -> NumpyEncoder | None:
    """A numpy encoder for the folder `source`, or None when its shape is not the plain one."""
    folder = Path(source)
    if not folder.is_dir():
        return None
    shape = _plain_shape(folder)
    if shape is None:
        return None
    return NumpyEncoder(folder, *shape)
