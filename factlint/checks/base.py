"""What every check is: a name, the languages it supports, a config model, and `run`.

A check is built once per Engine from its config section (merged over its declared defaults
and validated by its `Config` model) and the Engine's shared `Resources`. It then runs over
batches of Documents:

    run(docs) -> list[list[Finding]]    # one list of findings per document, same order

A check may also store figures for the report in `doc.metrics` (readability, claim counts).
Heavy resources (spaCy, the embedder, the index, grammar engines) come from `resources`,
which loads each one once, lazily, and shares it with every other check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    import threading

    from factlint.document import Document
    from factlint.model import Finding
    from factlint.resources import Resources


class CheckConfig(BaseModel):
    """Base of every check's config section: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True


@dataclass(frozen=True)
class RuleDoc:
    """A rule a check reports, as `factlint rules list` and `rules explain` show it (a pack's
    rules carry the same in their YAML). `bad` gets the finding; `good` does not."""

    severity: str
    description: str
    bad: str = ""
    good: str = ""


class CheckSkipped(Exception):
    """Raised by a check that cannot run at all (no index, backend unreachable).

    The engine records the reason in every report of the batch instead of failing them.
    """


class Check:
    #: Registry name, also the name of the check's config section.
    name: ClassVar[str] = ""
    #: ISO 639-1 codes the check supports; "*" means any language.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The finding categories the check can produce; lets `--select fact` skip the others.
    categories: ClassVar[tuple[str, ...]] = ()
    #: The rule ids the check reports, each with its description: where those ids come from.
    #: A check that leaves this empty (the packs check) reports ids declared elsewhere.
    rules: ClassVar[dict[str, RuleDoc]] = {}
    #: The check's config section; override with a subclass of CheckConfig.
    Config: ClassVar[type[CheckConfig]] = CheckConfig

    def __init__(self, config: CheckConfig, resources: Resources, settings) -> None:
        self.config = config
        self.resources = resources
        # The engine-wide settings (language, rule overrides, vocabulary, packs...).
        self.settings = settings

    def supports(self, language: str) -> bool:
        return "*" in self.languages or language.split("-")[0] in self.languages

    def unsupported(self, language: str) -> str:
        """Why the check does not run on answers in `language` (a report's `skipped`, a notice)."""
        return f"language {language!r} not supported"

    def engine_name(self) -> str:
        """The engine (and version) that produced this check's findings, for the report."""
        return "factlint"

    @classmethod
    def preload(cls, settings, section: dict) -> threading.Thread | None:
        """Start loading, in a daemon thread, what this check will need whatever its packs
        say, before the packs are read and the check is built (Harper's one-time set-up);
        return the thread, which the engine joins in its first batch. `section` is the
        check's config section as written (before the packs' settings are merged in)."""
        return None

    def prefetch(self) -> None:
        """Load what `run` will need whatever the answers are (a grammar engine). The engine
        calls this in a thread before its first batch, while spaCy loads and the documents
        are built; a check that cannot run says so in `run`, not here."""

    def warm_up(self) -> None:
        """Load everything `run` may need (a model only some answers need, too), so a
        service's first request does not pay for it. Called by `Engine.warm_up`, in a thread
        beside other checks' warm-ups."""
        self.prefetch()

    def texts_to_embed(self, docs: list[Document]) -> list[str]:
        """Texts this check will embed for `docs`. The engine embeds the texts of every check
        in one call before any check runs; `resources.embed()` then finds them cached."""
        return []

    def run(self, docs: list[Document]) -> list[list[Finding]]:
        raise NotImplementedError
