"""Index definitions: a TOML file that says how an index is built, kept next to its corpus.

    # indexes/demo/index.toml
    sources = ["corpus.jsonl"]      # files or folders, relative to this file
    out = "built"                   # the index directory, relative to this file
    max_chars = 600
    overlap = 1
    [fields]
    id = "id"
    [embedder]
    model = "all-MiniLM-L6-v2"

`factlint index build indexes/demo/index.toml` builds it; options given on the command line
win over the file. Unknown keys and bad values are errors naming the file and the key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import Field, ValidationError

from factlint.config import EmbedderConfig, Strict
from factlint.errors import ConfigError


class FieldNames(Strict):
    id: str = "id"
    title: str = "title"
    text: str = "text"


class IndexDefinition(Strict):
    sources: list[str] = Field(min_length=1)
    out: str
    fields: FieldNames = Field(default_factory=FieldNames)
    max_chars: int = Field(600, ge=20)
    overlap: int = Field(1, ge=0)
    embed_title: bool = True
    factory: str = "auto"
    nprobe: int | None = Field(None, ge=1)
    ef_search: int | None = Field(None, ge=1)
    embedder: EmbedderConfig = Field(default_factory=EmbedderConfig)
    #: The folder of the definition file; `sources` and `out` are relative to it.
    root: str = "."

    def source_paths(self) -> list[Path]:
        return [self._resolve(s) for s in self.sources]

    def out_path(self) -> Path:
        return self._resolve(self.out)

    def _resolve(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else Path(self.root) / p


def load_definition(path: str | Path) -> IndexDefinition:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: index definition not found") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    data.pop("root", None)
    try:
        return IndexDefinition.model_validate({**data, "root": str(path.parent)})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigError(f"{path}: key `{key}`: {msg}") from None
