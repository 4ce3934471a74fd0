"""Grammar and spelling engines behind the `grammar` check.

One module per engine, each registered in `factlint.registry.grammar_backends` under its
name, exactly as a third-party engine would be (entry-point group
`factlint.grammar_backends`). A backend is built from `EngineOptions` and turns texts into
`EngineMatch`es: the engine's own rule id and category, a message, replacements, and a span
in code points of the text it was given (engines that count in UTF-16 units or bytes
convert with `factlint.grammar.offsets`).

Everything engine-independent lives beside the backends:
- `taxonomy`: engine rules -> factlint rule ids (`grammar/...`, `spelling/...`), category,
  severity, and whether the rule is on in the `default` or `strict` preset;
- `names`: the project vocabulary, and telling names, brands and acronyms from misspellings;
- `merge`: one finding per place when several matches overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class EngineMatch:
    """One problem an engine reported, before factlint's taxonomy is applied."""

    start: int  # code points into the text the engine was given
    end: int
    rule: str  # the engine's rule id: Harper's rule name, LanguageTool's rule id
    kind: str  # the engine's category: Harper's lint kind, LanguageTool's category id
    message: str
    replacements: list[str] = field(default_factory=list)
    issue_type: str | None = None  # LanguageTool's issueType (misspelling, grammar, style...)


@dataclass
class EngineOptions:
    """What every backend is built from (the check's config, resolved for one run)."""

    language: str = "en"  # BCP 47 tag: "en", "en-US", "en-GB", "ru-RU"...
    #: Harper dialect: american, british, australian, canadian, indian, or "any" (accept
    #: the spellings of every dialect; what an unregioned `en` means).
    dialect: str = "any"
    preset: str = "default"  # "default" or "strict"
    enable_rules: list[str] = field(default_factory=list)  # engine rule ids
    disable_rules: list[str] = field(default_factory=list)
    enable_categories: list[str] = field(default_factory=list)  # engine categories
    disable_categories: list[str] = field(default_factory=list)
    timeout: float = 10.0  # seconds an engine may take to answer one request
    words: list[str] = field(default_factory=list)  # accepted words (the vocabulary)
    #: Backend-specific settings (LanguageTool's url, path, allow_download...).
    extra: dict = field(default_factory=dict)


class Backend:
    """A grammar engine. Subclasses set `name` and implement `check`."""

    name: ClassVar[str] = ""
    #: ISO 639-1 codes the engine checks; "*" for any language the engine itself accepts.
    languages: ClassVar[tuple[str, ...]] = ("en",)

    def __init__(self, options: EngineOptions) -> None:
        self.options = options

    def describe(self) -> str:
        """Engine name and version (and where it runs), for the report."""
        return self.name

    def supports(self, language: str) -> bool:
        return "*" in self.languages or language.split("-")[0].lower() in self.languages

    def check(self, texts: list[str], language: str,
              names: list[list[tuple[int, int]]] | None = None) -> list[list[EngineMatch]]:
        """Matches for each text, in order. Raises BackendError when the engine fails.

        `names`, per text, are spans of words the caller treats as names: it drops spelling
        findings on them, so an engine may skip spell-checking them."""
        raise NotImplementedError

    def unknown_words(self, words: list[str]) -> set[str]:
        """Of `words`, those the engine's dictionaries do not know (a second opinion)."""
        return set(words)

    def close(self) -> None:
        """Release what the backend holds (a server process, connections)."""


def build_backend(name: str, options: EngineOptions) -> Backend:
    """The registered backend `name`, built from `options`."""
    from factlint.registry import grammar_backends

    # The built-in backends register on import, like any plugin would through entry points.
    from factlint.grammar import harper as _harper  # noqa: F401
    from factlint.grammar import hunspell as _hunspell  # noqa: F401
    from factlint.grammar import languagetool as _languagetool  # noqa: F401

    return grammar_backends.get(name)(options)
