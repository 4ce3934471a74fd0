"""Document: an answer's text made ready for every check, built once per answer.

It holds the original text, the prose (the same text with code, URLs, front matter and
comments blanked out, so offsets still point into the original), spaCy tokens, sentence
spans, suppression comments, and a `metrics` dict checks may fill for the report.

An answer of one plain sentence (no sentence-ending mark before its last word, no line
break inside it) read by a blank pipeline is not tokenised at all: its one sentence is known
without spaCy, which then need not even be imported (about 0.6 s of a one-line `factlint
check`). Its spaCy Doc is made the first time a check asks for `doc`.
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
# A sentence's end mark, any closing marks after it, white space, then an opening quote or
# bracket right before a word: "... question! «Ёжик в тумане» ...", "Sure. (It was.)".
# A number, then a short word with its period ("12 см.", "3 p.m."), then white space.
UNIT_PERIOD = re.compile(r"\d\s*([^\W\d_][\w.]{0,4}\.)\s+")
# Abbreviations after a number that a sentence goes on after: a year, a century (Russian).
NOT_SENTENCE_ENDS = frozenset({"г.", "гг.", "в.", "вв."})
OPENING_AFTER_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+([«“„‘(\[\"'])(?=\w)")
WORD = re.compile(r"[^\W\d_]", re.UNICODE)
# A word for counting and readability: starts with a letter, may hold apostrophes and hyphens.
WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
LINE_BREAKS = re.compile(r"[ \t]*\n(?:[ \t]*\n)*")
# spaCy's Sentencizer.default_punct_chars (a test holds them equal): a token that is one of
# these ends a sentence. Every one is Unicode punctuation (category P*), so spaCy's
# `is_punct` is true of any token made of them only.
SENTENCE_ENDS = frozenset(
    "!.?։؟۔܀܁܂߹।॥၊။።፧፨᙮᜵᜶᠃᠉᥄᥅᪨᪩᪪᪫᭚᭛᭞᭟᰻᰼᱾᱿‼‽⁇⁈⁉⸮⸼꓿꘎꘏꛳꛷꡶꡷꣎꣏꤯꧈꧉꩝꩞꩟꫰꫱꯫﹒﹖﹗！．？𐩖𐩗𑁇𑁈𑂾𑂿𑃀𑃁𑅁𑅂𑅃𑇅𑇆𑇍"
    "𑇞𑇟𑈸𑈹𑈻𑈼𑊩𑑋𑑌𑗂𑗃𑗉𑗊𑗋𑗌𑗍𑗎𑗏𑗐𑗑𑗒𑗓𑗔𑗕𑗖𑗗𑙁𑙂𑜼𑜽𑜾𑩂𑩃𑪛𑪜𑱁𑱂𖩮𖩯𖫵𖬷𖬸𖭄𛲟𝪈｡。"
)
_SENTENCE_END_CLASS = re.compile("[" + "".join(re.escape(c) for c in sorted(SENTENCE_ENDS)) + "]")
# Languages whose blank spaCy pipeline is spaCy's own rule-based tokeniser (no segmenter from
# another package, which could fail to load): the ones an answer may be read without it in.
PLAIN_LANGUAGES = frozenset({"en", "ru"})


def plain_sentences(prose: str) -> list[tuple[int, int]] | None:
    """The sentence spans Document.sentences gives for `prose` read by a blank pipeline (line
    starts, then spaCy's sentencizer), found without spaCy, or None when spaCy must read it.

    Found here only when no sentence-ending mark (SENTENCE_ENDS) comes before the last
    character that is neither one nor white space, and no line break before the trailing white
    space. Then no token before that point is a sentence end, so the sentencizer starts a
    sentence only at a token of the trailing white space (the marks there are punctuation, and
    tokens never mix white space with anything else), and so does a line start (a line break
    lies only there): every sentence after the first is white space, which `sentences` leaves
    out, and the first, trimmed, is the whole prose trimmed. Whatever the tokeniser does.
    """
    if len(prose) >= 1_000_000:  # spaCy's least max_length: its error, if any, is its own to give
        return None
    end = len(prose.rstrip())
    body = end
    while body > 0 and prose[body - 1] in SENTENCE_ENDS:
        body -= 1
    if "\n" in prose[:end] or _SENTENCE_END_CLASS.search(prose, 0, body):
        return None
    stripped = prose[:end].lstrip()
    if not stripped or not WORD.search(stripped):
        return []
    return [(end - len(stripped), end)]


@dataclass
class Document:
    answer: Answer
    language: str
    prose: str
    suppressions: Suppressions
    masked: list[tuple[int, int]] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    #: spaCy's reading of the prose; None until asked for when the pipeline has not read it yet.
    spacy_doc: Doc | None = field(default=None, repr=False)
    #: Gives the pipeline that reads the prose when `doc` is first asked for.
    pipeline: Callable[[], Language] | None = field(default=None, repr=False)
    #: Sentence spans known without spaCy (plain_sentences), else None.
    plain: list[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.answer.text

    @property
    def tokenised(self) -> bool:
        """Whether spaCy has read the prose. A document it has not read was read plainly with
        a blank pipeline in mind, which has no entities, tags or parse to offer."""
        return self.spacy_doc is not None

    @property
    def doc(self) -> Doc:
        """The spaCy Doc of the prose, made now if the document was built without one."""
        if self.spacy_doc is None:
            if self.pipeline is None:
                raise ValueError("this document has neither a spaCy Doc nor a pipeline to make one")
            self.spacy_doc = self.pipeline()(self.prose)
        return self.spacy_doc

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (start, end) in code points, trimmed, empty ones left out."""
        if self.plain is not None and self.spacy_doc is None:
            return list(self.plain)
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


def _mark_sentence_starts(doc: Doc) -> Doc:
    """A pipeline step before the sentencizer: where it would start sentences wrongly."""
    return _mark_abbreviated_units(_mark_opening_quotes(_mark_line_starts(doc)))


def _mark_abbreviated_units(doc: Doc) -> Doc:
    """A unit after a number, written with its period as one token ("12 см." in Russian, "at 3
    p.m."), before a capitalised word, ends its sentence: the tokeniser keeps the period in the
    token, where the sentencizer never sees it ("нужен лёд не тоньше 12 см. Проще всего ...").
    Not a year's «г.» or a century's «в.» ("в 1961 г. Гагарин ...")."""
    text = doc.text
    if len(doc) < 3 or not UNIT_PERIOD.search(text):
        return doc
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).tolist()
    for m in UNIT_PERIOD.finditer(text):
        j = bisect_right(starts, m.start(1)) - 1  # the unit's token, period included
        if j < 0 or j + 1 >= len(doc) or starts[j] != m.start(1) or doc[j].text != m.group(1):
            continue
        if doc[j].lower_ in NOT_SENTENCE_ENDS or not doc[j + 1].text[:1].isupper():
            continue
        doc[j + 1].is_sent_start = True
    return doc


def _mark_opening_quotes(doc: Doc) -> Doc:
    """An opening quote or bracket after a sentence's end starts the next sentence.

    The sentencizer keeps every punctuation token after an end mark in the sentence it ends,
    so "Great question! «Yesterday» came out in 1965." would end the first sentence with "«"
    and leave the title unopened. Found by offset in the text, as line starts are.
    """
    text = doc.text
    if len(doc) < 3 or not OPENING_AFTER_END.search(text):
        return doc
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).tolist()
    for m in OPENING_AFTER_END.finditer(text):
        j = bisect_right(starts, m.start(1)) - 1  # the token that begins with the opening mark
        if j <= 0 or j + 1 >= len(doc) or starts[j] != m.start(1) or len(doc[j]) != 1:
            continue
        doc[j].is_sent_start = True
        doc[j + 1].is_sent_start = False
    return doc


def _mark_line_starts(doc: Doc) -> Doc:
    """Hard line breaks start sentences.

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
        Language.component("factlint_line_starts", func=_mark_sentence_starts)
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
    answers: list[Answer], nlp: Language | None, default_language: str = "en", detect: bool = False,
    nlp_for: Callable[[str], Language] | None = None, blank: bool = False,
) -> list[Document]:
    """Documents for a batch of answers, tokenised in one spaCy pass per language. An answer's
    language is its own `language` field, else (with `detect`) the one its script says, else
    the default; `nlp_for(language)` gives the pipeline for it (else `nlp` reads every answer).

    `blank`: the pipelines are blank ones from build_pipeline("blank", ...) (spacy.model =
    "blank"). Then an answer in a PLAIN_LANGUAGES language whose sentences plain_sentences
    finds is not tokenised; its pipeline is asked for (and so loaded) only if a check asks for
    its `doc`. When every answer is such, `nlp` may be None and spaCy is never imported."""
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

    def pipeline_for(lang: str) -> Language:
        return nlp_for(lang) if nlp_for else nlp  # type: ignore[return-value]

    plain = [plain_sentences(p[2]) if blank and p[1].split("-")[0].lower() in PLAIN_LANGUAGES else None
             for p in prepared]
    tokenise = [i for i, found in enumerate(plain) if found is None]
    pipelines = {lang: pipeline_for(lang) for lang in {prepared[i][1] for i in tokenise}}
    spacy_docs: list[Doc | None] = [None] * len(prepared)
    for pipeline in {id(p): p for p in pipelines.values()}.values():
        index = [i for i in tokenise if pipelines[prepared[i][1]] is pipeline]
        for i, d in zip(index, pipeline.pipe(prepared[i][2] for i in index)):
            spacy_docs[i] = d
    return [
        Document(answer=a, language=lang, prose=prose, suppressions=s, masked=m, spacy_doc=d,
                 pipeline=(lambda lang=lang: pipeline_for(lang)), plain=found)
        for (a, lang, prose, m, s), d, found in zip(prepared, spacy_docs, plain)
    ]
