"""The `grammar` check: grammar and spelling through Harper (default) or LanguageTool.

Categories: grammar, spelling. Rule ids (factlint.grammar.taxonomy): spelling/unknown-word,
spelling/typo, spelling/word-boundary, grammar/agreement, grammar/article,
grammar/repeated-word, grammar/capitalization, grammar/punctuation, grammar/word-choice,
grammar/syntax, grammar/style (strict preset only), grammar/likely-error (the trained
detector's guess about a whole sentence; only with `detector = true`).

Config, the `[grammar]` section:

    backend = "harper"            # harper (offline, English) | languagetool | auto
    preset = "default"            # default | strict (the engines' opinionated rules too)
    language = "en-GB"            # the engine's language tag; default: the answer's language
    dialect = "british"           # Harper; default: the language's region, else "any"
    enable_rules = ["OxfordComma"]         # engine rule ids: Harper names, LanguageTool ids
    disable_rules = ["EN_QUOTES"]
    enable_categories = []                 # Harper lint kinds, LanguageTool category ids
    disable_categories = ["TYPOGRAPHY"]
    timeout = 10                  # seconds LanguageTool may take per request
    names = true                  # never call a word the text treats as a name misspelt
    suggestions = true            # Hunspell (Russian) suggestions: slow; false flags only
    detector = true               # the trained error detector (default: off; slow, see README)
    detector_threshold = 0.875    # its score for a finding (default: the shipped adapter's)

    [grammar.languagetool]
    url = "http://localhost:8081" # a LanguageTool server, or:
    path = "/opt/LanguageTool-6.6"# a local install, started on a free port
    allow_download = false        # true: fetch LanguageTool (~250 MB) when none is found

`auto` runs LanguageTool when `url`, `path` or `allow_download` is set and the server
answers, else Harper, and says in the report's engine name why it fell back. A LanguageTool
that is down or slow under `backend = "languagetool"` skips this check for the run with one
message; the other checks still run. The project vocabulary (`vocabulary = [files]`)
silences spelling findings on its words, whatever the engine.

Example: "We has a error in teh text." -> grammar/agreement at "has" (have),
grammar/article at "a" (an), spelling/typo at "teh" (the).
"""

from __future__ import annotations

import logging
import re
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factlint.checks.base import Check, CheckConfig, CheckSkipped, RuleDoc
from factlint.errors import BackendError
from factlint.grammar import Backend, EngineMatch, EngineOptions, build_backend, hunspell
from factlint.grammar.harper import DIALECTS, dialect_for
from factlint.grammar.merge import merge_findings
from factlint.grammar.names import SAYING, NameGuard, Vocabulary, bare_word, prefix_stems, split_kind
from factlint.grammar.taxonomy import (CAPITALIZATION, DESCRIPTIONS, LIKELY_ERROR, PUNCTUATION, UNKNOWN_WORD, RuleClass,
                                       classify, is_enabled)
from factlint.model import Finding
from factlint.registry import checks

log = logging.getLogger("factlint")


class LanguageToolSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: A LanguageTool server's base URL (a team's own server, a local docker container).
    url: str | None = None
    #: A local LanguageTool folder (holding languagetool-server.jar) to start a server from.
    path: str | None = None
    #: Download LanguageTool into language_tool_python's cache when no install is found.
    allow_download: bool = False
    #: The LanguageTool version to download (language_tool_python's default if unset).
    version: str | None = None
    java: str = "java"
    #: Seconds a local server may take to start.
    startup_timeout: float = Field(60.0, gt=0)
    #: Requests in flight at once.
    workers: int = Field(2, ge=1, le=16)
    #: The writer's first language, for LanguageTool's false-friend rules.
    mother_tongue: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.url or self.path or self.allow_download)


class GrammarConfig(CheckConfig):
    backend: str = "harper"
    preset: Literal["default", "strict"] = "default"
    language: str | None = None
    dialect: Literal["american", "british", "australian", "canadian", "indian", "any"] | None = None
    enable_rules: list[str] = Field(default_factory=list)
    disable_rules: list[str] = Field(default_factory=list)
    enable_categories: list[str] = Field(default_factory=list)
    disable_categories: list[str] = Field(default_factory=list)
    timeout: float = Field(10.0, gt=0)
    names: bool = True
    #: Suggestions for Hunspell's unknown words (Russian): 0.1-1 s a word in pure Python, so
    #: large batches may turn them off; the words are flagged either way.
    suggestions: bool = True
    #: How the engine reads the text: markdown (LLM answers mostly are) or plaintext.
    markup: Literal["markdown", "plaintext"] = "markdown"
    languagetool: LanguageToolSettings = Field(default_factory=LanguageToolSettings)
    #: The trained grammatical-error detector (factlint/grammar/detector.py) on English
    #: sentences the rules found nothing in. Off in both presets: on the benchmark it adds
    #: about a point of recall for a few tenths of a point of false alarms, and costs a
    #: model pass per sentence (README, "Grammar and spelling").
    detector: bool = False
    #: Its score at or above which a sentence gets `grammar/likely-error`; None: the threshold
    #: chosen for the shipped adapter (detector.THRESHOLD).
    detector_threshold: float | None = Field(None, gt=0, lt=1)
    #: An adapter folder made by `python -m factlint.grammar.detector_train`; None: the shipped one.
    detector_adapter: str | None = None

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        from factlint.grammar import harper as _h  # noqa: F401 - registers the built-ins
        from factlint.grammar import hunspell as _s  # noqa: F401
        from factlint.grammar import languagetool as _l  # noqa: F401
        from factlint.registry import grammar_backends

        known = sorted(grammar_backends.get_all())
        if value != "auto" and value not in known:
            raise ValueError(f"unknown grammar backend {value!r} (one of auto, {', '.join(known)})")
        return value


@checks.register("grammar")
class GrammarCheck(Check):
    name: ClassVar[str] = "grammar"
    languages: ClassVar[tuple[str, ...]] = ("*",)
    categories: ClassVar[tuple[str, ...]] = ("grammar", "spelling")
    rules: ClassVar[dict[str, RuleDoc]] = {
        cls.rule: RuleDoc(cls.severity, description, bad=bad) for cls, (description, bad) in DESCRIPTIONS.items()
    }
    Config: ClassVar[type[CheckConfig]] = GrammarConfig

    def __init__(self, config: GrammarConfig, resources, settings) -> None:
        super().__init__(config, resources, settings)
        self.config: GrammarConfig = config
        self._backend: Backend | None = None
        self._engine_key = ""  # "harper" or "languagetool": which classifier applies
        self._fallback = ""  # why `auto` runs Harper
        self._dead = ""  # why LanguageTool is not tried again this run
        self._detector_dead = False  # the detector's adapter failed to load: not tried again
        # Spelling for the languages the engine does not check (Russian under Harper).
        self._speller: Backend | None = None
        # Read now, so a missing file is a config error before anything runs.
        self.vocabulary = Vocabulary.load([settings.resolve(p) for p in settings.vocabulary])

    @classmethod
    def preload(cls, settings, section: dict):
        """Harper's set-up, when Harper is the engine the section names (auto without a
        LanguageTool to try runs Harper too), and beside it, for English, the dictionary that
        takes a second look at Harper's unknown words (0.1-0.2 s, read while Harper sets up
        outside the GIL instead of after it, when the first unknown word asks for it)."""
        backend = section.get("backend", "harper")
        languagetool = section.get("languagetool")
        if backend == "harper" or (backend == "auto" and not (isinstance(languagetool, dict) and any(
                languagetool.get(k) for k in ("url", "path", "allow_download")))):
            from factlint.grammar.harper import preload

            threads = [preload()]
            language = str(section.get("language") or settings.language)
            if language.replace("_", "-").split("-")[0].lower() == "en":
                dialect = dialect_for(language, section.get("dialect"))
                threads.append(hunspell.preload_english(dialect if dialect in (*DIALECTS, "any") else "any"))
            return threads
        return None

    # -- which engine -------------------------------------------------------------------

    def supports(self, language: str) -> bool:
        if self._backend is not None:
            return self._backend.supports(language) or hunspell.available(language)
        wants_lt = self.config.backend == "languagetool" or (
            self.config.backend == "auto" and self.config.languagetool.configured
        )
        return wants_lt or language.split("-")[0].lower() == "en" or hunspell.available(language)

    def options(self, backend: str) -> EngineOptions:
        c = self.config
        language = c.language or self.settings.language
        dialect = c.dialect or dialect_for(language, None)
        extra = {**c.languagetool.model_dump(), "markup": c.markup} if backend == "languagetool" else {"markup": c.markup}
        if backend == "hunspell":
            extra["suggestions"] = c.suggestions
        return EngineOptions(
            language=language, dialect=dialect if dialect in (*DIALECTS, "any") else "any",
            preset=c.preset, enable_rules=list(c.enable_rules), disable_rules=list(c.disable_rules),
            enable_categories=list(c.enable_categories), disable_categories=list(c.disable_categories),
            timeout=c.timeout, words=self.vocabulary.words, extra=extra,
        )

    def backend(self) -> Backend:
        """The engine to run, built on first use; raises CheckSkipped when there is none."""
        if self._backend is not None:
            return self._backend
        if self._dead:
            raise CheckSkipped(self._dead)
        choice = self.config.backend
        if choice == "auto":
            if self.config.languagetool.configured:
                try:
                    return self._use("languagetool")
                except BackendError as exc:
                    self._fall_back(str(exc))
            else:
                self._fallback = "LanguageTool not configured"
            return self._use("harper")
        try:
            return self._use(choice)
        except BackendError as exc:
            self._dead = str(exc).removeprefix("grammar: ")
            raise CheckSkipped(self._dead) from None

    def _use(self, name: str) -> Backend:
        self._backend = build_backend(name, self.options(name))
        self._engine_key = name if name in ("harper", "languagetool") else "harper"
        return self._backend

    def _fall_back(self, reason: str) -> None:
        reason = reason.removeprefix("grammar: ")
        log.warning("grammar: using Harper instead of LanguageTool: %s", reason)
        self._fallback = reason
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def engine_name(self) -> str:
        if self._backend is None:
            return self.config.backend
        name = self._backend.describe()
        if self._speller is not None:
            name += f"; spelling of other languages: {self._speller.describe()}"
        return f"{name}; LanguageTool not used: {self._fallback}" if self._fallback else name

    def prefetch(self) -> None:
        try:
            self.backend()
        except CheckSkipped:
            pass  # said by `run`, once, the way a run without a warm-up says it

    def warm_up(self) -> None:
        self.prefetch()
        if self._engine_key == "harper":  # the dictionary that takes a second look at Harper's unknown words
            hunspell.english_known(["warm"], getattr(self._backend, "dialect", "any"))

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()

    # -- running ------------------------------------------------------------------------

    def run(self, docs) -> list[list[Finding]]:
        groups: dict[str, list[int]] = {}
        for i, doc in enumerate(docs):
            groups.setdefault(self._language(doc.language), []).append(i)
        matches: list[list[EngineMatch]] = [[] for _ in docs]
        keys = [""] * len(docs)  # which classifier reads each answer's matches; "": the engine's
        guards = [NameGuard(d.prose, d.sentences, d.language, NameGuard.entity_spans(d.doc) if d.tokenised else [])
                  if self.config.names else None for d in docs]
        NameGuard.share(guards)  # a word capitalised mid-sentence in one answer is a name in all
        for d, g in zip(docs, guards):
            question = getattr(d.answer, "question", None)
            if g is not None and question:
                # The question names what the answer is about: "Who built the hotel Kirk
                # Kerkorian bought?" makes "Kerkorian" a name when the answer opens with it.
                g.elsewhere = g.elsewhere | NameGuard(question, None, d.language).capitalised_inside
        for language, index in groups.items():
            names = [guards[i].name_spans() for i in index] if self.config.names else None
            found = self._check([docs[i].prose for i in index], language, names)
            if found is None and hunspell.available(language):
                found = self._spell([docs[i].prose for i in index], language, names)
                for i in index:
                    keys[i] = "hunspell"
            if found is None:
                for i in index:
                    doc = docs[i]
                    doc.metrics["grammar_skipped"] = f"language {doc.language!r} not supported by {self.engine_name()}"
                continue
            for i, doc_matches in zip(index, found):
                matches[i] = doc_matches
        results = self._findings(docs, matches, guards, keys)
        if self.config.detector and not self._detector_dead:
            self._detect(docs, results, keys)
        return results

    def _detect(self, docs, results: list[list[Finding]], keys) -> None:
        """`grammar/likely-error` on the English sentences without a finding that the trained
        detector scores at or above the threshold (one model pass over the batch's sentences)."""
        from factlint.grammar.detector import THRESHOLD, load_detector, plain_sentence  # torch: only when on

        todo = []  # (doc index, start, end)
        for k, (doc, found) in enumerate(zip(docs, results)):
            if keys[k] == "hunspell" or not doc.language.lower().startswith("en") or "grammar_skipped" in doc.metrics:
                continue
            for start, end in doc.sentences:
                if len(doc.prose[start:end].split()) < 4 or any(f.start < end and start < f.end for f in found):
                    continue
                if not plain_sentence(doc.prose[start:end]):
                    continue  # a name, figure or quotation: where the model's false alarms fall
                if any(a < end and start < b for a, b in doc.masked):
                    continue  # code or a URL stands in the sentence
                todo.append((k, start, end))
        if not todo:
            return
        try:
            detector = load_detector(self.config.detector_adapter)
        except BackendError as exc:
            log.warning("grammar: %s (no grammar/likely-error findings this run)", exc)
            self._detector_dead = True
            return
        threshold = self.config.detector_threshold or THRESHOLD
        scores = detector.score([docs[k].prose[a:b] for k, a, b in todo])
        touched = set()
        for (k, start, end), score in zip(todo, scores):
            if score >= threshold:
                results[k].append(Finding(
                    rule=LIKELY_ERROR.rule, category=LIKELY_ERROR.category, severity=LIKELY_ERROR.severity,
                    message=f"This sentence may hold a grammatical error (a model's guess, score {score:.2f}; "
                            "it does not say where).",
                    start=start, end=end, confidence=round(score, 3), engine=f"factlint detector {detector.name}"))
                touched.add(k)
        for k in touched:
            results[k].sort(key=lambda f: (f.start, f.end, f.rule))

    def _spell(self, texts, language, names) -> list[list[EngineMatch]]:
        """Hunspell spelling for a language the configured engine does not check."""
        if self._speller is None:
            self._speller = build_backend("hunspell", self.options("hunspell"))
        try:
            return self._speller.check(texts, language, names)
        except BackendError as exc:
            raise CheckSkipped(str(exc).removeprefix("grammar: ")) from None

    def _language(self, language: str) -> str:
        """The configured tag when it is the answer's language (en -> en-GB), else the answer's."""
        configured = self.config.language
        if configured and configured.split("-")[0].lower() == language.split("-")[0].lower():
            return configured
        return language

    def _check(self, texts: list[str], language: str,
               names: list[list[tuple[int, int]]] | None = None) -> list[list[EngineMatch]] | None:
        """Matches per text from the current engine; None if it does not know the language."""
        backend = self.backend()
        if not backend.supports(language):
            return None
        try:
            return backend.check(texts, language, names)
        except BackendError as exc:
            if self.config.backend == "auto" and self._engine_key == "languagetool":
                self._fall_back(str(exc))
                self._use("harper")
                return self._check(texts, language, names)
            self._dead = f"{str(exc).removeprefix('grammar: ')} (not retried for the rest of this run)"
            backend.close()
            self._backend = None
            raise CheckSkipped(self._dead) from None

    def _findings(self, docs, matches: list[list[EngineMatch]], guards, keys) -> list[list[Finding]]:
        engine = self.engine_name()
        kept: list[list[tuple[EngineMatch, RuleClass]]] = []
        for doc, found, guard, key in zip(docs, matches, guards, keys):
            doc_kept = []
            compounds = set()  # spans of closed compounds: no spelling finding there at all
            for m in found:
                cls = classify(key or self._engine_key, m)
                if not is_enabled(cls, m, self.config):
                    continue
                if any(a < m.end and m.start < b for a, b in doc.masked) or (m.start == m.end and any(a <= m.start <= b for a, b in doc.masked)):
                    continue  # about the spaces that stand in for code or a URL
                word = doc.prose[m.start : m.end]
                if m.rule == "TheMy" and word.lower().startswith("its "):
                    # Harper's "use the article or the possessive" misreads "Its the": a missing apostrophe
                    m.message = "Did you mean “it's” (it is)?"
                    m.replacements = [("It's" if word[0] == "I" else "it's") + word[3:]]
                if cls.guard == "split":
                    kind = split_kind(m.replacements[0].split() if m.replacements else [])
                    if kind == "compound":
                        compounds.add((m.start, m.end))
                        continue
                    if kind == "unknown":  # the split is a guess at a misspelling: judge the word
                        cls = UNKNOWN_WORD
                        m.message, m.replacements = f"`{word}` is not in the dictionary.", []
                    elif self._engine_key == "harper" and hunspell.english_known([word], getattr(self._backend, "dialect", "any")):
                        continue  # a word LibreOffice's dictionary knows whole ("iftar" is no "if tar")
                if cls.category == "spelling" and self.vocabulary.accepts(word):
                    continue
                if cls.category == "spelling" and _in_known_compound(doc.prose, m.start, m.end):
                    continue  # "cul" of "cul-de-sac": the dictionary knows the whole word
                if _not_a_slip(doc.prose, m.start, m.end, cls):
                    continue
                if guard is not None and self._is_name(guard, cls.guard, m.start, m.end):
                    continue
                doc_kept.append((m, cls))
            kept.append([(m, c) for m, c in doc_kept if c.category != "spelling" or (m.start, m.end) not in compounds])
        known = self._known_words(  # Harper's second look; Hunspell has had its own
            {d.prose[m.start : m.end] for d, dk, k in zip(docs, kept, keys) for m, c in dk
             if c is UNKNOWN_WORD and k != "hunspell"}
        )
        results = []
        for doc, doc_kept in zip(docs, kept):
            findings = [
                Finding(
                    rule=cls.rule, category=cls.category, severity=cls.severity,
                    message=" ".join(m.message.split()) or cls.rule, start=m.start, end=m.end,
                    suggestions=list(dict.fromkeys(m.replacements))[:5], engine=engine,
                )
                for m, cls in doc_kept
                if cls is not UNKNOWN_WORD or doc.prose[m.start : m.end] not in known
            ]
            results.append(merge_findings(findings))
        return results

    def _known_words(self, words: set[str]) -> set[str]:
        """Of the words an engine called unknown, those a second look knows after all: in
        another dialect's dictionary, in NFKC form ("ﬁrst"), in LibreOffice's en_GB Hunspell
        dictionary ("oxytocin", "unspoilt"), or made of a combining form and a known word
        ("neurotechnologies"). Only Harper offers the second look, offline."""
        if not words or self._backend is None:
            return set()
        stems = {w: prefix_stems(bare_word(w)) for w in words}
        asked = sorted(words | {s for v in stems.values() for s in v})
        unknown = self._backend.unknown_words(asked)
        if self._engine_key == "harper" and unknown:  # and LibreOffice's en_GB dictionary
            unknown -= hunspell.english_known(sorted(unknown), getattr(self._backend, "dialect", "any"))
        return {w for w in words if w not in unknown or any(s not in unknown for s in stems[w])}

    @staticmethod
    def _is_name(guard: NameGuard, kind: str, start: int, end: int) -> bool:
        if kind == "word":
            return guard.is_name(start, end)
        if kind == "span":
            return guard.contains_name(start, end) or guard.is_glued(start, end)
        return guard.is_glued(start, end)


# Ligatures a PDF keeps as one character and sets apart from the rest of the word ("ri ﬂ e").
LIGATURES = frozenset("\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
N_JOIN = re.compile(r"\w['’]n['’]")
# A term the writer introduces, so mentions rather than uses: quoted in a few words ("an
# invasion of 'rat multiborgs'", "known as \"Climategate\""), named by "called", "dubbed"...
# ("cold phases called glacials"), or defined in brackets after it ("the tronc (a payment ...").
QUOTED = re.compile(r"""(?:^|(?<=[\s(]))["“‘']([^"“”‘’'\n]{1,40}?)["”’'](?=[\s.,;:!?)]|$)""")
INTRODUCED = re.compile(
    r"(?:\b(?i:called|named|dubbed|termed|known\s+as|so-called|the\s+(?:term|word))\s+[\"“‘']?"
    # a gloss in another language: "(German: Sommerzeit)", "(Latin: ...)"
    r"|\b(?:German|French|Latin|Spanish|Italian|Greek|Portuguese|Dutch|Japanese|Chinese|Mandarin|Arabic|Russian"
    r"|Hindi|Hebrew|Sanskrit|Welsh|Irish|Gaelic|Swedish|Norwegian|Danish|Finnish|Polish|Turkish|Korean|Persian"
    r"|Malay|Indonesian|Swahili|Maori|Hawaiian)\s*:\s*[\"“‘']?)$")
DEFINED = re.compile(r"\s*\((?:a|an|the)\s")
LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)[\"”’)]?$")
# A quotation's attribution, cut from its quotation by the sentence splitter ("she asked.",
# "said Alan Strickland, a councillor."): lower case because it goes on from the quotation.
_ATTRIBUTING = "|".join(sorted(SAYING | set(
    """asked asks wondered wonders grins grinned smiles smiled laughs laughed continued continues
    concluded concludes jokes joked sighs sighed shrugs shrugged nods nodded muses mused observes
    observed reflects reflected agrees agreed suggests suggested declares declared remarks remarked
    tweeted tweets confirms confirmed acknowledges acknowledged predicts predicted cautions
    cautioned urges urged stresses stressed emphasises emphasised emphasizes emphasized pleads
    pleaded whispers whispered shouts shouted adding""".split())))
ATTRIBUTION = re.compile(rf"(?:(?:{_ATTRIBUTING})\s+(?:[A-Z]|(?:he|she|they|the|one|another|a|an)\b)"
                         rf"|according\s+to\s"
                         rf"|(?:he|she|they|we|i|you|it)\s+(?:{_ATTRIBUTING})\b)")


def _not_a_slip(text: str, start: int, end: int, cls: RuleClass) -> bool:
    """Whether a finding is about formatting the text lost on its way here, or a form no
    dictionary lists, not the writer's slip:

    - a space before a full stop or comma after a capitalised word: a title whose italics were
      dropped with the space they needed ("titled simply David Bowie .", "the Solspeil , or");
    - a lower-case first word of a text that is a quotation's attribution ("she asked.",
      "said Alan Strickland"), left alone by the sentence splitter;
    - a piece of a word that a PDF split at a ligature ("ri ﬂ e", "horri ﬁ ed");
    - words joined by 'n' for "and" ("rock’n’ roll", "fish'n'chips");
    - a term the writer introduces: quoted in a few words, after "called" or "known as", or
      defined in brackets after it (`_introduced_term`).
    """
    if cls is PUNCTUATION:
        gap = text[start:end]
        if not gap or gap.strip() or "\n" in gap or end >= len(text) or text[end] not in ".,;:":
            return False
        m = LAST_WORD.search(text, max(0, start - 60), start)
        return bool(m) and m.group(1)[:1].isupper() and m.group(1) != "I"
    if cls is CAPITALIZATION:
        return not text[:start].strip(" \t\"'“‘«(") and bool(ATTRIBUTION.match(text, start))
    if cls.category == "spelling":
        return (any(c in LIGATURES for c in text[max(0, start - 2) : start] + text[end : end + 2])
                or bool(N_JOIN.search(text, start, min(len(text), end + 1))) or _introduced_term(text, start, end))
    return False


def _introduced_term(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a term the writer introduces (see QUOTED, INTRODUCED, DEFINED)."""
    if INTRODUCED.search(text, max(0, start - 30), start) or DEFINED.match(text, end):
        return True
    lo, hi = max(0, start - 50), min(len(text), end + 50)
    return any(m.start(1) <= start and end <= m.end(1) and len(m.group(1).split()) <= 4
               for m in QUOTED.finditer(text, lo, hi))


def _in_known_compound(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a part of a hyphenated word the dictionary knows whole."""
    left = start
    while left > 0 and (text[left - 1].isalpha() or (text[left - 1] == "-" and left > 1 and text[left - 2].isalpha())):
        left -= 1
    right = end
    while right < len(text) and (text[right].isalpha() or (text[right] in "-'’" and right + 1 < len(text) and text[right + 1].isalpha())):
        right += 1
    whole = text[left:right]
    return "-" in whole and whole != text[start:end] and hunspell.known_compound(whole)
