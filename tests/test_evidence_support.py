"""Helpers for the evidence tests (no tests here): a fast fake embedder and corpus writers.

The fake embeds a text as a bag of hashed words: deterministic, a few microseconds a text,
and texts that share words score high, which is all the index tests need from a model.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np


class FakeEmbedder:
    def __init__(self, model_id: str = "fake-bow-64", dimension: int = 64) -> None:
        self.model_id = model_id
        self.base_model_id = model_id.removesuffix("+int8")
        self.model_name = self.base_model_id
        self.quantize = model_id.endswith("+int8")
        self.dimension = dimension
        self.calls = 0
        self.texts: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.texts.extend(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                out[row, h % self.dimension] += 1.0
        out[:, -1] += 1e-3  # no zero vectors
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


IRON = [
    {"id": "men", "title": "Iron for men", "text": "Adult men need 8 mg of iron a day."},
    {"id": "women", "title": "Iron for women", "text": "Women aged 19 to 50 need 18 mg of iron a day."},
    {"id": "tea", "title": "Tea", "text": "Tea and coffee reduce iron absorption when drunk with meals."},
    {"id": "spinach", "title": "Spinach", "text": "Spinach contains oxalates that block iron absorption."},
    {"id": "tower", "title": "Eiffel Tower", "text": "The Eiffel Tower is made of wrought iron in Paris."},
]
