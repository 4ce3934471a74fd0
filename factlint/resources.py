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
        self._index_embedders: dict[str, Any] = {}  # by model name: indexes built with another model
        self._pipelines: dict[str, Any] = {}  # spaCy pipelines of other languages than the configured one
        self._rulesets: dict[str, Any] = {}  # rule packs of other languages, None where there are none

    @cached_property
    def nlp(self):
        from factlint.document import build_pipeline

        return build_pipeline(
            self.settings.spacy.model, self.settings.language, self.settings.max_chars
        )

    def nlp_for(self, language: str):
        """The spaCy pipeline for answers in `language`: the configured one, or for another
        language a blank pipeline of that language ("им. Пушкина" is one sentence in Russian,
        two in English), so an answer is read the same in a mixed batch as on its own. A
        trained pipeline (`spacy.model`) serves every language, as configured."""
        base = language.split("-")[0].lower()
        if self.settings.spacy.model != "blank" or base == self.settings.language.split("-")[0].lower():
            return self.nlp
        with self._lock:
            if base not in self._pipelines:
                from factlint.document import build_pipeline

                try:
                    self._pipelines[base] = build_pipeline("blank", base, self.settings.max_chars)
                except Exception:  # noqa: BLE001 - spaCy has no such language: the configured one reads it
                    self._pipelines[base] = self.nlp
            return self._pipelines[base]

    @cached_property
    def ruleset(self):
        from factlint.packs import load_rules

        return load_rules(self.settings)

    def ruleset_for(self, language: str):
        """The rule packs for answers in `language`: the configured ones, or the built-in packs
        of the same names for another language (None when it has none); each loaded once."""
        base = language.split("-")[0].lower()
        if base == self.settings.language.split("-")[0].lower():
            return self.ruleset
        with self._lock:
            if base not in self._rulesets:
                from factlint.packs.loader import load_rules_for_language

                self._rulesets[base] = load_rules_for_language(self.settings, base)
            return self._rulesets[base]

    def pack_messages(self) -> list[str]:
        """Errors and warnings of every rule set loaded so far (a rule that did not load)."""
        loaded = [self.ruleset, *(r for r in self._rulesets.values() if r is not None)]
        return [m for ruleset in loaded for m in ruleset.errors + ruleset.warnings]

    @property
    def embedder(self):
        # Under the lock: `Engine.warm_up` may ask for it from several threads at once.
        with self._lock:
            if self._embedder is None:
                from factlint.evidence.embedder import Embedder

                self._embedder = Embedder.from_settings(self.settings.embedder)
            return self._embedder

    def index_embedder(self, path: str):
        """The embedder to search the index at `path` with: the model that built it (its
        definition's [embedder], kept in its manifest: a Russian corpus built with
        multilingual-e5-small is searched with it), unless the config names `embedder.model`,
        which must then be that model (EvidenceIndex.open refuses another)."""
        if "model" in self.settings.embedder.model_fields_set:
            return self.embedder
        from pathlib import Path

        from factlint.evidence.embedder import Embedder, resolve_model
        from factlint.evidence.manifest import read_manifest

        try:
            manifest = read_manifest(Path(path), verify=False)
            name = manifest.get("model_name", manifest["base_model"])
            if resolve_model(name, self.settings.embedder.backend)[1] == self.embedder.base_model_id:
                return self.embedder
        except Exception:  # noqa: BLE001 - no index there, or a broken one: open() says which
            return self.embedder
        if name not in self._index_embedders:
            cfg = self.settings.embedder
            self._index_embedders[name] = Embedder(model=name, quantize=manifest.get("quantization") == "int8",
                                                   batch_size=cfg.batch_size, device=cfg.device, backend=cfg.backend)
        return self._index_embedders[name]

    def warm_up(self) -> None:
        """Load the embedders the open evidence indexes will need (a check that embeds for
        itself loads its own in its `warm_up`)."""
        for index in list(self._indexes.values()):
            index.embedder.load()

    def index(self, path: str):
        """An evidence index opened read-only, once per path, with the embedder that built it."""
        with self._lock:
            if path not in self._indexes:
                from factlint.evidence.index import EvidenceIndex

                self._indexes[path] = EvidenceIndex.open(path, embedder=self.index_embedder(path))
            return self._indexes[path]

    def start_batch(self) -> None:
        self._vectors.clear()

    def embed(self, texts: list[str], embedder=None) -> np.ndarray:
        """Vectors for `texts` from `embedder` (default: the configured one), embedding only
        the ones this batch has not seen yet."""
        import numpy as np

        embedder = embedder or self.embedder
        cache = self._vectors.setdefault(embedder.model_id, {})
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            vectors = embedder.encode(missing)
            cache.update(zip(missing, vectors))
        if not texts:
            return np.zeros((0, embedder.dimension), dtype="float32")
        return np.stack([cache[t] for t in texts])
