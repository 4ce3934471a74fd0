"""Document: an answer's text made ready for every check, built once per answer.

It holds the original text, the prose (the same text with code, URLs, front matter and
comments blanked out, so offsets still point into the original), spaCy tokens, sentence
spans, suppression comments, and a `metrics` dict checks may fill for the report.
"""

from __future__ import annotations

import re
import sys
import threading
import types
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factlint.markup import Folded, Suppressions, blank_out, fold, mask_ranges
from factlint.model import Answer

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

# A line break starts a new sentence when the next line is a list item or heading, or when
# a blank line or a finished sentence precedes it. Otherwise it is a soft wrap.
LIST_OR_HEADING = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)]|#{1,6})[ \t]")
ENDS_SENTENCE = re.compile(r"[.!?:;)\]\"”'’]\s*$")
WORD = re.compile(r"[^\W\d_]", re.UNICODE)
# A word for counting and readability: starts with a letter, may hold apostrophes and hyphens.
WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
LINE_BREAKS = re.compile(r"[ \t]*\n(?:[ \t]*\n)*")


@dataclass
class Document:
    answer: Answer
    language: str
    prose: str
    doc: Doc
    suppressions: Suppressions
    masked: list[tuple[int, int]] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.answer.text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (start, end) in code points, trimmed, empty ones left out."""
        spans = []
        for sent in self.doc.sents:
            start, end = sent.start_char, sent.end_char
            chunk = self.prose[start:end]
            stripped = chunk.strip()
            if not stripped or not WORD.search(stripped):
                continue
            start += len(chunk) - len(chunk.lstrip())
            spans.append((start, start + len(stripped)))
        return spans

    @cached_property
    def folded(self) -> Folded:
        """The prose as word rules match it: fullwidth letters folded, zero-width characters
        dropped (`Folded.span` maps a match back to offsets in the text)."""
        return fold(self.prose)

    @cached_property
    def sentence_words(self) -> list[list[str]]:
        """The words of each sentence, for readability and length rules. A regex over each
        sentence span: far cheaper than walking spaCy tokens, and keeps "don't" one word."""
        return [WORD_TOKEN.findall(self.prose, start, end) for start, end in self.sentences]

    @cached_property
    def readability(self) -> dict[str, Any]:
        from factlint.readability import measure

        return measure(self.sentence_words, self.language)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


def _mark_line_starts(doc: Doc) -> Doc:
    """A pipeline step before the sentencizer: hard line breaks start sentences.

    Only the tokens after a line break are looked at (found by offset), not every token:
    walking all spaCy tokens in Python would cost more than the tokeniser itself.
    """
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).tolist()
    for m in LINE_BREAKS.finditer(text):
        j = bisect_right(starts, m.start())  # first token after the break
        if j <= 0 or j >= len(doc):
            continue
        nxt, prev = doc[j], doc[j - 1]
        while nxt.is_space and j + 1 < len(doc):
            j += 1
            nxt = doc[j]
        while prev.is_space and prev.i > 0:
            prev = doc[prev.i - 1]
        line_start = text.rfind("\n", 0, nxt.idx) + 1
        line_end = text.find("\n", nxt.idx)
        next_line = text[line_start : line_end if line_end != -1 else len(text)]
        if (
            m.group().count("\n") >= 2
            or LIST_OR_HEADING.match(next_line)
            or ENDS_SENTENCE.search(prev.text)
        ):
            nxt.is_sent_start = True
    return doc


class _NoTorchHere:
    """An import hook that tells one thread torch is not installed.

    spaCy imports thinc, and thinc imports torch whenever it can (2 s or more on a small
    machine) only to offer torch-backed layers, which a blank pipeline never runs. While
    this thread imports spaCy for a blank pipeline, `import torch` fails for it alone; any
    other thread (the embedder loading beside it in `Engine.warm_up`) imports torch as usual.
    The price: thinc in this process then has no torch, so a pipeline with torch layers
    (spacy-transformers) loaded later by the same process would fail. Such pipelines are
    named in `spacy.model`, and a named model imports spaCy without this hook.
    """

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(self, name, path=None, target=None):
        if threading.get_ident() == self.thread and (name == "torch" or name.startswith("torch.")):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _lazy_spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _cli_stubs() -> dict[str, types.ModuleType]:
    """Stand-ins for spacy.cli while spaCy is imported: its __init__ imports its whole CLI
    (typer, weasel, requests: a third of the import, 0.3 s here) to offer `spacy.info`."""
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _lazy_spacy_info
    cli.info = info
    return {"spacy.cli": cli, "spacy.cli.info": info}


def _import_spacy(model: str):
    """spaCy for a blank pipeline, imported without what it never uses: torch (see
    _NoTorchHere) and its command line. The stand-ins for the command line are gone once
    spaCy is imported, so `import spacy.cli` later loads the real one, and `spacy.info` does
    too when called. A spaCy whose __init__ wants more of its CLI is imported as it is."""
    if model != "blank" or "spacy" in sys.modules or "torch" in sys.modules:
        import spacy  # torch, if imported already, costs nothing more

        return spacy
    hook = _NoTorchHere()
    stubs = {k: v for k, v in _cli_stubs().items() if k not in sys.modules}
    sys.meta_path.insert(0, hook)
    sys.modules.update(stubs)
    try:
        try:
            import spacy
        except ImportError:
            _drop(stubs)
            import spacy
    finally:
        sys.meta_path.remove(hook)
        _drop(stubs)
    if getattr(spacy, "cli", None) is stubs.get("spacy.cli"):
        del spacy.cli
    return spacy


def _drop(stubs: dict[str, types.ModuleType]) -> None:
    for name, stub in stubs.items():
        if sys.modules.get(name) is stub:
            del sys.modules[name]


def build_pipeline(model: str = "blank", language: str = "en", max_chars: int = 1_000_000) -> Language:
    """spaCy blank pipeline + line-aware sentencizer, or a trained pipeline when named."""
    spacy = _import_spacy(model)
    from spacy.language import Language

    if not Language.has_factory("factlint_line_starts"):
        Language.component("factlint_line_starts", func=_mark_line_starts)
    if model == "blank":
        nlp = spacy.blank(language.split("-")[0])
    else:
        try:
            nlp = spacy.load(model)
        except OSError as exc:  # not installed, not a pipeline folder
            from factlint.errors import ConfigError

            raise ConfigError(
                f"config: key `spacy.model`: cannot load spaCy pipeline {model!r} "
                f"(install it, give a folder, or use \"blank\"): {str(exc).splitlines()[0]}"
            ) from None
    if not {"parser", "senter"} & set(nlp.pipe_names):  # a trained parser finds sentences itself
        if "sentencizer" in nlp.pipe_names:
            nlp.add_pipe("factlint_line_starts", before="sentencizer")
        else:
            nlp.add_pipe("factlint_line_starts")
            nlp.add_pipe("sentencizer")
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


def build_documents(
    answers: list[Answer], nlp: Language, default_language: str = "en", detect: bool = False,
    nlp_for: Callable[[str], Language] | None = None,
) -> list[Document]:
    """Documents for a batch of answers, tokenised in one spaCy pass per language. An answer's
    language is its own `language` field, else (with `detect`) the one its script says, else
    the default; `nlp_for(language)` gives the pipeline for it (else `nlp` reads every answer)."""
    from factlint.language import detect as detect_language

    prepared = []
    for answer in answers:
        masked = mask_ranges(answer.text)
        prose = blank_out(answer.text, masked)
        ignore = tuple(answer.meta.get("ignore") or ())
        suppressions = Suppressions.parse(answer.text, everywhere=ignore)
        language = answer.meta.get("language") or (
            detect_language(answer.text, default_language) if detect else default_language)
        prepared.append((answer, language, prose, masked, suppressions))
    pipelines = {lang: nlp_for(lang) if nlp_for else nlp for lang in {p[1] for p in prepared}}
    spacy_docs: list[Doc | None] = [None] * len(prepared)
    for pipeline in {id(p): p for p in pipelines.values()}.values():
        index = [i for i, p in enumerate(prepared) if pipelines[p[1]] is pipeline]
        for i, d in zip(index, pipeline.pipe(prepared[i][2] for i in index)):
            spacy_docs[i] = d
    return [
        Document(answer=a, language=lang, prose=prose, doc=d, suppressions=s, masked=m)
        for (a, lang, prose, m, s), d in zip(prepared, spacy_docs)
    ]
