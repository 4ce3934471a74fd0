"""What a verifier is: claims and their retrieved passages in, one Verdict per claim out.

    verifier = build_verifier("heuristic", {"support_coverage": 0.6}, language="en")
    verdicts = verifier.verify(claims, hits)   # hits[i]: the passages retrieved for claims[i]

A Verdict's `label` is "supported", "contradicted" or "unsupported"; `score` is a belief
that the claim holds (0..1, for ranking answers and for ROC curves), `confidence` how sure
the verifier is of its label, `passage` the passage that decided it (the contradicting one
for a contradiction, the best supporting one otherwise), and `reason` what disagrees, in
words a reviewer reads ("says 18 mg; the evidence says 8 mg").

Verifiers are found in `factlint.registry.verifiers` (entry-point group `factlint.verifiers`):
a third party registers a class with the same shape: `name`, `Config` (a pydantic model of
its settings), `__init__(config, language)`, `verify(claims, hits)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from factlint.errors import ConfigError

if TYPE_CHECKING:
    from factlint.claims import Claim
    from factlint.evidence.index import Hit

Label = Literal["supported", "contradicted", "unsupported"]
#: Evidence stances, as in factlint.model.Evidence.
SUPPORTS, CONTRADICTS, NEUTRAL = "supports", "contradicts", "neutral"


@dataclass
class Verdict:
    label: Label
    score: float  # belief that the claim holds, 0..1
    confidence: float  # how sure the verifier is of `label`, 0..1
    passage: Hit | None = None
    reason: str = ""
    #: Every passage the verifier looked at, with its stance, best first.
    stances: list[tuple[Hit, str]] = field(default_factory=list)
    #: For a contradiction, the kinds of what disagrees: number, year, date, bound, unit,
    #: name, polarity, comparison, ... (verifiers that can tell set it; "model" for a model).
    kinds: tuple[str, ...] = ()


class VerifierConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Verifier:
    name: ClassVar[str] = ""
    Config: ClassVar[type[VerifierConfig]] = VerifierConfig

    def __init__(self, config: VerifierConfig, language: str = "en") -> None:
        self.config = config
        self.language = language

    def engine_name(self) -> str:
        return self.name

    def verify(self, claims: list[Claim], hits: list[list[Hit]]) -> list[Verdict]:
        raise NotImplementedError


def build_verifier(name: str, config: dict[str, Any] | VerifierConfig | None = None, language: str = "en", key: str = "facts") -> Verifier:
    """A registered verifier by name, its config validated (errors name `key.name.field`)."""
    from factlint.registry import verifiers
    from factlint.verify import combined, heuristic, nli, trained  # noqa: F401 - registers the built-ins

    try:
        cls = verifiers.get(name)
    except Exception:  # catalogue.RegistryError
        known = ", ".join(sorted(verifiers.get_all()))
        raise ConfigError(f"config: key `{key}.verifier`: unknown verifier {name!r} (known: {known})") from None
    if isinstance(config, VerifierConfig):
        return cls(config, language)
    try:
        validated = cls.Config.model_validate(config or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigError(f"config: key `{key}.{name}.{where}`: {msg}") from None
    return cls(validated, language)
