"""Harper (PyPI `harper-py`): offline English grammar and spelling, in process, no Java.

Harper's spans are already code points of the Python string. A `Linter` costs about a
second to build and is not thread-safe, so the backend builds its linters once and guards
them with a lock. There are two: one for every rule but SpellCheck, and one for SpellCheck
alone, which reads the text with the caller's names blanked out (see `check`).

Dialects: `american`, `british`, `australian`, `canadian`, `indian`, or `any`. With `any`
(what an unregioned `en` means) the linter runs as American, and a word it calls misspelt
is asked again of a spell-check-only British linter: "colour" and "analyse" pass,
"recieve" does not.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import os
import re
import sys
import threading
import unicodedata
from importlib.metadata import PackageNotFoundError, version

from factlint.errors import BackendError, ConfigError
from factlint.grammar import Backend, EngineMatch, EngineOptions
from factlint.grammar.taxonomy import HARPER_RULES, harper_misfire
from factlint.registry import grammar_backends

log = logging.getLogger("factlint")

DIALECTS = ("american", "british", "australian", "canadian", "indian")
# Harper's rules the `strict` preset turns on although Harper's own default leaves them off.
# (NoOxfordComma contradicts OxfordComma, so it stays off unless asked for.)
STRICT_EXTRA = ("BoringWords", "AvoidContractions", "SpelledNumbers", "MoreAdjective")
LT_RULE_ID = re.compile(r"^[A-Z0-9_]+$")  # LanguageTool ids in a shared list are not Harper's

# Batched linting (see HarperBackend._chunks): texts become paragraphs of one document.
SEPARATOR = "\n\n"
SENTINEL = "End."  # a last paragraph, so no text is the document's end ("": none)
CHUNK_CHARS = 50_000  # 0: every text is its own document
_UNSAFE = re.compile(r"```|~~~|<")  # Markdown that a blank line does not close


_SET_UP: threading.Thread | None = None
_SET_UP_LOCK = threading.Lock()


def preload() -> threading.Thread:
    """Harper's one-time set-up (its dictionary and rules: about 1.3 s here, shared by every
    Linter built after it), started once per process in a daemon thread. It runs mostly
    outside the GIL, so the packs and spaCy load beside it; a Linter built meanwhile waits
    for it inside Harper. A failure is left for the backend to report when it is built."""
    global _SET_UP
    with _SET_UP_LOCK:
        if _SET_UP is None:
            _SET_UP = threading.Thread(target=_set_up, name="factlint-harper-set-up", daemon=True)
            _SET_UP.start()
        return _SET_UP


def _set_up() -> None:
    try:
        import harper

        harper.Linter(harper.Dialect.AMERICAN)
    except Exception:  # noqa: BLE001 - HarperBackend() meets it again and says what is wrong
        log.debug("Harper's set-up ahead of time failed", exc_info=True)


def joinable(text: str) -> bool:
    return not _UNSAFE.search(text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans blanked out: offsets stay, the words are gone. No-break spaces,
    not spaces: four spaces at the start of a line would make Markdown read a code block."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\u00a0" * (end - start)
    return "".join(chars)


@contextlib.contextmanager
def quiet_stdout():
    """File descriptor 1 points at the null device while Harper lints. harper-py 0.2.0's native
    code prints a debug line to the process's stdout for some texts ("gerund_form: -hearing-
    -- verb: -hear-" for "looking forward to hear"), which broke `factlint check --format
    json`. Python's own stdout is flushed first, so nothing written before is lost; callers
    hold the backend's lock, and nothing else in factlint writes to stdout while a check runs
    (reports are rendered after it; triage's workers are processes of their own). Where fd 1
    cannot be duplicated (closed, or no such descriptor), the lint runs as it is."""
    try:
        sys.stdout.flush()
    except (AttributeError, OSError, ValueError):
        pass
    try:
        saved = os.dup(1)
    except OSError:
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def dialect_for(language: str, dialect: str | None) -> str:
    """The Harper dialect for a config `dialect` (wins) or a language tag's region."""
    if dialect:
        return dialect
    region = language.replace("_", "-").split("-")[1].upper() if "-" in language.replace("_", "-") else ""
    return {"US": "american", "GB": "british", "UK": "british", "AU": "australian",
            "CA": "canadian", "IN": "indian"}.get(region, "any")


@grammar_backends.register("harper")
class HarperBackend(Backend):
    name = "harper"
    languages = ("en",)

    def __init__(self, options: EngineOptions) -> None:
        super().__init__(options)
        try:
            import harper
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise BackendError(f"grammar: the Harper backend needs harper-py ({exc})") from None
        self._harper = harper
        if options.dialect not in (*DIALECTS, "any"):
            raise ConfigError(
                f"config: key `grammar.dialect`: unknown dialect {options.dialect!r} "
                f"(one of {', '.join(DIALECTS)}, any)"
            )
        self.dialect = options.dialect
        self.markup = options.extra.get("markup", "markdown")
        self._lock = threading.Lock()
        dialect = "american" if self.dialect == "any" else self.dialect
        # The linter first: Harper's one-time set-up (a second on a small machine) then runs
        # inside Linter(), which lets other Python threads run (spaCy loading beside it, see
        # Engine), while get_default_lint_config() would run it holding the GIL.
        self.linter = self._linter(self._dialect_enum(dialect))
        config = self._lint_config()
        # SpellCheck runs on a linter of its own, on text with the caller's names blanked
        # out: it searches the dictionary for suggestions for every unknown word, which is
        # half of Harper's time on name-heavy answers, and a name's finding would be dropped.
        self.spelling = bool(config.get("SpellCheck"))
        self.linter.set_lint_config({**config, "SpellCheck": False})
        if options.words:
            self.linter.import_words(list(options.words))
        self._spellers: dict[str, object] = {}  # dialect -> a SpellCheck-only linter
        self.speller = self._speller(dialect)
        self._known: dict[str, bool] = {}
        try:
            self.version = version("harper-py")
        except PackageNotFoundError:  # pragma: no cover
            self.version = "unknown"

    def _dialect_enum(self, name: str):
        return getattr(self._harper.Dialect, name.upper())

    def _linter(self, dialect):
        return self._harper.Linter(dialect)

    def _speller(self, dialect: str):
        """A linter that runs SpellCheck only, for `dialect` (built once, about a second)."""
        if dialect not in self._spellers:
            speller = self._linter(self._dialect_enum(dialect))
            speller.set_lint_config({name: name == "SpellCheck" for name in self._harper.get_default_lint_config()})
            if self.options.words:
                speller.import_words(list(self.options.words))
            self._spellers[dialect] = speller
        return self._spellers[dialect]

    def describe(self) -> str:
        return f"harper-py {self.version} (dialect {self.dialect})"

    def _lint_config(self) -> dict[str, bool]:
        """Harper's defaults, minus what this preset filters out anyway, plus the user's lists."""
        options = self.options
        config = dict(self._harper.get_default_lint_config())
        if options.preset == "strict":
            config.update({name: True for name in STRICT_EXTRA if name in config})
        else:  # rules factlint would drop need not run at all
            config.update({name: False for name, cls in HARPER_RULES.items() if cls.tier != "default" and name in config})
        for names, state in ((options.enable_rules, True), (options.disable_rules, False)):
            for name in names:
                if name in config:
                    config[name] = state
                elif not LT_RULE_ID.match(name):
                    # Engines rename and retire rules; a stale id should not stop a run.
                    log.warning("grammar: Harper has no rule %r (ignored)", name)
        return config

    def check(self, texts: list[str], language: str,
              names: list[list[tuple[int, int]]] | None = None) -> list[list[EngineMatch]]:
        out: list[list[EngineMatch]] = [[] for _ in texts]
        spelled = [_blank(t, spans) for t, spans in zip(texts, names)] if names else texts
        with self._lock, quiet_stdout():
            for chunk in self._chunks(texts):
                self._lint_chunk(self.linter, texts, chunk, out)
                if self.spelling:
                    self._lint_chunk(self.speller, spelled, chunk, out)
        for matches in out:
            matches.sort(key=lambda m: (m.start, m.end, m.rule))
        return out

    def _chunks(self, texts: list[str]) -> list[list[int]]:
        """Indexes of `texts` to lint together, as paragraphs of one document.

        Each call to Harper's `organized_lints` has a fixed cost of a few milliseconds (it
        answers for every one of its rules), so a batch of short answers linted one by one
        spends most of its time there (`bench/grammar.py --stages batching` compares the
        two). A text whose Markdown could reach past a blank line (a code fence, raw HTML)
        is linted alone.
        """
        chunks: list[list[int]] = []
        current: list[int] = []
        size = 0
        for i, text in enumerate(texts):
            if not joinable(text):
                chunks.append([i])
                continue
            if current and size + len(text) > CHUNK_CHARS:
                chunks.append(current)
                current, size = [], 0
            current.append(i)
            size += len(text) + len(SEPARATOR)
        if current:
            chunks.append(current)
        return chunks

    def _lint_chunk(self, linter, texts: list[str], chunk: list[int], out: list[list[EngineMatch]]) -> None:
        # Every text is followed by a paragraph, the last one too: Harper treats the last
        # token of a document differently ("D.C." at the very end is called misspelt), and a
        # text's findings must not depend on where it falls in a batch.
        starts = []
        pos = 0
        for i in chunk:
            starts.append(pos)
            pos += len(texts[i]) + len(SEPARATOR)
        document = SEPARATOR.join(texts[i] for i in chunk) + (SEPARATOR + SENTINEL if SENTINEL else "")
        try:
            # dedup=False: Harper's own dedup lets a sentence-long lint hide the
            # word-level ones inside it; factlint merges overlaps itself.
            organized = linter.organized_lints(document, language=self.markup, dedup=False)
        except (RuntimeError, ValueError) as exc:
            raise BackendError(f"grammar: Harper failed: {exc}") from exc
        for rule, lints in organized.items():
            for lint in lints:
                start, end = lint.span.start, lint.span.end
                k = bisect.bisect_right(starts, start) - 1
                offset = starts[k]
                if end > offset + len(texts[chunk[k]]):
                    continue  # reaches into the separator: not about this text alone
                if harper_misfire(rule, document, start, end):
                    continue
                out[chunk[k]].append(
                    EngineMatch(
                        start=start - offset,
                        end=end - offset,
                        rule=rule,
                        kind=lint.lint_kind,
                        message=lint.message,
                        replacements=[self._replacement(lint, s) for s in lint.suggestions],
                    )
                )

    def _replacement(self, lint, suggestion) -> str:
        kind = self._harper.SuggestionKind(suggestion.kind)
        if kind == self._harper.SuggestionKind.REMOVE:
            return ""
        if kind == self._harper.SuggestionKind.INSERT_AFTER:
            return lint.problem_text + suggestion.replacement_text
        return suggestion.replacement_text

    def unknown_words(self, words: list[str]) -> set[str]:
        """Words no dialect's dictionary knows (in their own or NFKC form: "ﬁrst" is "first")."""
        todo = sorted({w for w in words if w not in self._known})
        if todo:
            forms = {w: {w, unicodedata.normalize("NFKC", w)} for w in todo}
            candidates = sorted(set().union(*forms.values()))
            known = self._known_forms(candidates)
            for w in todo:
                self._known[w] = bool(forms[w] & known)
        return {w for w in words if not self._known[w]}

    def _known_forms(self, words: list[str]) -> set[str]:
        """Of `words`, those the linter's dictionary (or, for "any", British's) knows.

        The linter's own SpellCheck judges the words first; with dialect "any" a
        spell-check-only British linter (built on first need, about a second) judges what
        is left. British covers what the Australian, Canadian and Indian dictionaries add
        to American on the benchmark texts, so one extra linter is enough.
        """
        unknown = self._spelling_flags(self.speller, words)
        if unknown and self.dialect == "any":
            unknown &= self._spelling_flags(self._speller("british"), sorted(unknown))
        return set(words) - unknown

    def _spelling_flags(self, linter, words: list[str]) -> set[str]:
        """The words `linter`'s SpellCheck flags, asked one word per line (no context)."""
        text = "\n".join(words)
        line_of = {}
        pos = 0
        for w in words:
            line_of[pos] = w
            pos += len(w) + 1
        flagged = set()
        with self._lock, quiet_stdout():
            lints = linter.organized_lints(text, language="plaintext", dedup=False).get("SpellCheck", [])
        for lint in lints:
            line_start = text.rfind("\n", 0, lint.span.start) + 1
            if line_start in line_of:
                flagged.add(line_of[line_start])
        return flagged
