"""Resources shared by every check of an Engine, each loaded once and only when first used.

The embedder is the dominant cost of a batch, so `embed()` keeps the vectors of the current
batch: a text that two checks need (a claim for facts, an answer for near-duplicates) is
embedded once. The engine calls `start_batch()` before each batch to drop the old vectors.
"""

from __future__ import annotations

import threading
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from factlint.config import Settings


class Resources:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # Reentrant: `index()` asks for the embedder while it holds the lock.
        self._lock = threading.RLock()
        self._vectors: dict[str, Any] = {}
        self._indexes: dict[str, Any] = {}
        self._embedder = None

    @cached_property
    def nlp(self):
        from factlint.document import build_pipeline

        return build_pipeline(
            self.settings.spacy.model, self.settings.language, self.settings.max_chars
        )

    @cached_property
    def ruleset(self):
        from factlint.packs import load_rules

        return load_rules(self.settings)

    @property
    def embedder(self):
        # Under the lock: `Engine.warm_up` may ask for it from several threads at once.
        with self._lock:
            if self._embedder is None:
                from factlint.evidence.embedder import Embedder

                self._embedder = Embedder.from_settings(self.settings.embedder)
            return self._embedder

    def warm_up(self) -> None:
        """Load the embedder's model now if an open evidence index will need it (a check that
        embeds for itself loads it in its own `warm_up`)."""
        if self._indexes:
            self.embedder.load()

    def index(self, path: str):
        """An evidence index opened read-only, once per path."""
        with self._lock:
            if path not in self._indexes:
                from factlint.evidence.index import EvidenceIndex

                self._indexes[path] = EvidenceIndex.open(path, embedder=self.embedder)
            return self._indexes[path]

    def start_batch(self) -> None:
        self._vectors.clear()

    def embed(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts`, embedding only the ones this batch has not seen yet."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            vectors = self.embedder.encode(missing)
            self._vectors.update(zip(missing, vectors))
        if not texts:
            return np.zeros((0, self.embedder.dimension), dtype="float32")
        return np.stack([self._vectors[t] for t in texts])
