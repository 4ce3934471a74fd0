"""The grammar check with LanguageTool, against a fake server in the test process.

The fake answers `/v2/languages` and `/v2/check` in LanguageTool's documented JSON shape
(matches with offset and length in UTF-16 units, message, replacements [{value}], rule
{id, description, issueType, category {id, name}}, and the `software` block). It can fail
on purpose: HTTP 500, a body that is not JSON, JSON without matches, or an answer slower
than the time-out. The same file runs as the fake server of a fake local install
(`python test_grammar_languagetool.py --serve PORT`, started by a fake `java`).

A last test runs against a real LanguageTool when one is configured (FACTLINT_LT_URL) or
installed (language_tool_python's cache), and says plainly that it was skipped otherwise.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "Russian", "code": "ru", "longCode": "ru-RU"},
]
SOFTWARE = {"name": "LanguageTool", "version": "6.4", "buildDate": "2024-03-28", "apiVersion": 1, "premium": False, "status": ""}

# (pattern, rule id, category id, issueType, message, replacements)
FAKE_RULES = [
    (r"\bteh\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", ["the", "ten"]),
    (r"\bZorblat\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", ["Zorba"]),
    (r"\bflarbnik\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", []),
    (r"\ba(?= apple)", "EN_A_VS_AN", "MISC", "misspelling", "Use “an” instead of ‘a’.", ["an"]),
    (r"\b(\w+) \1\b", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", "Possible typo: you repeated a word.", ["{1}"]),
    (r"\bhe go\b", "HE_VERB_AGR", "GRAMMAR", "grammar", "The pronoun ‘he’ must be used with a third-person verb.", ["he goes"]),
    (r"^[a-z]\w*", "UPPERCASE_SENTENCE_START", "CASING", "typographical", "This sentence does not start with an uppercase letter.", []),
    (r"\bvery unique\b", "VERY_UNIQUE", "STYLE", "style", "‘Unique’ is an absolute.", ["unique"]),
    (r'"', "EN_QUOTES", "TYPOGRAPHY", "typographical", "Use a smart opening quote here.", ["“"]),
]


def utf16(text: str, index: int) -> int:
    """Java's offset (UTF-16 code units) of Python index `index`."""
    return len(text[:index].encode("utf-16-le")) // 2


def fake_matches(params: dict[str, str]) -> list[dict]:
    if "data" in params:  # AnnotatedText: offsets count the markup too; only text is checked
        parts = json.loads(params["data"])["annotation"]
        text = "".join(p.get("text") or " " * len(p["markup"]) for p in parts)
    else:
        text = params["text"]
    off_rules = set(filter(None, params.get("disabledRules", "").split(",")))
    off_cats = set(filter(None, params.get("disabledCategories", "").split(",")))
    out = []
    for pattern, rule_id, cat, issue, message, replacements in FAKE_RULES:
        if rule_id in off_rules or cat in off_cats:
            continue
        for m in re.finditer(pattern, text, re.M | re.I if rule_id == "ENGLISH_WORD_REPEAT_RULE" else re.M):
            reps = [r.replace("{1}", m.group(1) if m.groups() else "") for r in replacements]
            out.append({
                "message": message, "shortMessage": "",
                "replacements": [{"value": r} for r in reps],
                "offset": utf16(text, m.start()), "length": utf16(text, m.end()) - utf16(text, m.start()),
                "context": {"text": text[:80], "offset": 0, "length": 0},
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {"id": rule_id, "description": message, "issueType": issue,
                         "category": {"id": cat, "name": cat.title()}},
                "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
            })
    return sorted(out, key=lambda m: m["offset"])


class FakeLanguageTool:
    """A LanguageTool HTTP API stand-in on 127.0.0.1, on a free port, in a thread."""

    def __init__(self) -> None:
        self.mode = "ok"  # ok | error500 | badjson | nomatches | slow
        self.delay = 3.0
        self.requests: list[dict[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _send(self, status: int, body: str, kind: str = "application/json") -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the time-out tests)

            def do_GET(self):
                if self.path.startswith("/v2/languages"):
                    self._send(200, json.dumps(LANGUAGES))
                else:
                    self._send(404, "not found", "text/plain")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True))
                if not self.path.startswith("/v2/check"):
                    return self._send(404, "not found", "text/plain")
                fake.requests.append(params)
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode == "error500":
                    return self._send(500, "Error: Internal Error: java.lang.OutOfMemoryError", "text/plain")
                if fake.mode == "badjson":
                    return self._send(200, "{'matches': [", "application/json")
                if fake.mode == "nomatches":
                    return self._send(200, json.dumps({"software": SOFTWARE}))
                body = {"software": SOFTWARE, "language": {"name": "English (US)", "code": params.get("language")},
                        "matches": fake_matches(params)}
                self._send(200, json.dumps(body))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(port: int) -> None:
    """Run the fake on `port` until killed (the fake local install's server)."""
    fake = FakeLanguageTool.__new__(FakeLanguageTool)
    FakeLanguageTool.__init__(fake)
    fake.close()
    server = ThreadingHTTPServer(("127.0.0.1", port), fake.server.RequestHandlerClass)
    server.serve_forever()


if __name__ == "__main__" and "--serve" in sys.argv:
    serve(int(sys.argv[sys.argv.index("--serve") + 1]))


# -- fixtures -------------------------------------------------------------------------------

from factlint import Answer, Engine  # noqa: E402
from factlint.checks.base import CheckSkipped  # noqa: E402
from factlint.checks.grammar import GrammarCheck, GrammarConfig  # noqa: E402
from factlint.config import load_settings  # noqa: E402
from factlint.document import build_documents  # noqa: E402
from factlint.grammar.languagetool import find_install  # noqa: E402
from factlint.resources import Resources  # noqa: E402


@pytest.fixture
def fake():
    server = FakeLanguageTool()
    yield server
    server.close()


@pytest.fixture
def no_download(monkeypatch, tmp_path):
    """An empty language_tool_python cache, and any download attempt fails the test."""
    import language_tool_python.download_lt as dl

    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp-cache"))

    def refuse(self, *args, **kwargs):
        raise AssertionError("language_tool_python tried to download LanguageTool")

    for cls in (dl.LocalLanguageTool, dl.ReleaseLocalLanguageTool, dl.SnapshotLocalLanguageTool):
        monkeypatch.setattr(cls, "download", refuse, raising=False)
    monkeypatch.setattr(dl.LocalLanguageTool, "_get_remote_zip", refuse)


def make_check(config: dict, settings_config: dict | None = None) -> GrammarCheck:
    settings = load_settings(settings_config or {}, discover=False)
    return GrammarCheck(GrammarConfig.model_validate(config), Resources(settings), settings)


def lt(fake, **config) -> GrammarCheck:
    languagetool = {"url": fake.url, **config.pop("languagetool", {})}
    return make_check({"backend": "languagetool", "timeout": 2, "languagetool": languagetool, **config})


def run(check, nlp, *texts, language=None):
    answers = [Answer(id=str(i), text=t, meta={"language": language} if language else {}) for i, t in enumerate(texts)]
    return check.run(build_documents(answers, nlp))


def spans(text, findings):
    return sorted((f.rule, text[f.start:f.end]) for f in findings)


# -- mapping and offsets ----------------------------------------------------------------------


def test_languagetool_matches_map_onto_factlint_rules(fake, nlp, no_download):
    check = lt(fake)
    text = "Yesterday he go to teh shop and bought a apple. It was was good."
    (found,) = run(check, nlp, text)
    assert spans(text, found) == [
        ("grammar/agreement", "he go"),
        ("grammar/article", "a"),
        ("grammar/repeated-word", "was was"),
        ("spelling/unknown-word", "teh"),
    ]
    by_rule = {f.rule: f for f in found}
    assert by_rule["spelling/unknown-word"].suggestions == ["the", "ten"]
    assert by_rule["spelling/unknown-word"].category == "spelling"
    assert by_rule["grammar/article"].severity == "error"
    assert by_rule["grammar/repeated-word"].suggestions == ["was"]
    assert check.engine_name() == f"languagetool 6.4 ({fake.url})"
    assert all(f.engine == check.engine_name() for f in found)


def test_utf16_offsets_become_code_points(fake, nlp):
    text = "😀 Café 👩‍👩‍👧 naïve: he go to teh 😀😀 shop and bought a apple."
    (found,) = run(lt(fake), nlp, text)
    assert spans(text, found) == [
        ("grammar/agreement", "he go"),
        ("grammar/article", "a"),
        ("spelling/unknown-word", "teh"),
    ]


def test_default_preset_asks_the_server_to_leave_out_opinions(fake, nlp):
    text = "This is a very unique plan with \"quotes\"."
    assert run(lt(fake), nlp, text) == [[]]
    params = fake.requests[-1]
    assert params["language"] == "en-US"  # an unregioned "en" means en-US to LanguageTool
    assert "STYLE" in params["disabledCategories"].split(",")
    assert "EN_QUOTES" in params["disabledRules"].split(",")
    assert "level" not in params


def test_strict_preset_is_picky_and_keeps_style_as_info(fake, nlp):
    text = "This is a very unique plan."
    (found,) = run(lt(fake, preset="strict"), nlp, text)
    assert [(f.rule, f.severity, text[f.start:f.end]) for f in found] == [("grammar/style", "info", "very unique")]
    assert fake.requests[-1]["level"] == "picky"
    assert "disabledCategories" not in fake.requests[-1]


def test_rules_and_categories_pass_through_to_the_server(fake, nlp):
    check = lt(fake, enable_rules=["EN_QUOTES"], disable_rules=["HE_VERB_AGR"],
               enable_categories=["STYLE"], disable_categories=["CASING"],
               language="en-GB", languagetool={"mother_tongue": "de"})
    text = 'he go and said "very unique".'
    (found,) = run(check, nlp, text)
    params = fake.requests[-1]
    assert params["language"] == "en-GB" and params["motherTongue"] == "de"
    assert params["enabledRules"] == "EN_QUOTES" and "HE_VERB_AGR" in params["disabledRules"]
    assert "EN_QUOTES" not in params["disabledRules"].split(",")
    assert params["enabledCategories"] == "STYLE" and "STYLE" not in params["disabledCategories"].split(",")
    assert "CASING" in params["disabledCategories"].split(",")
    assert spans(text, found) == [("grammar/punctuation", '"'), ("grammar/punctuation", '"'), ("grammar/style", "very unique")]


def test_vocabulary_and_names_silence_languagetool_spelling(fake, nlp, tmp_path):
    (tmp_path / "accept.txt").write_text("flarbnik\n", encoding="utf-8")
    check = make_check(
        {"backend": "languagetool", "languagetool": {"url": fake.url}},
        {"vocabulary": [str(tmp_path / "accept.txt")]},
    )
    text = "We met the Zorblat team. They use flarbnik and teh rest."
    (found,) = run(check, nlp, text)
    assert spans(text, found) == [("spelling/unknown-word", "teh")]


def test_markdown_syntax_goes_as_markup(fake, nlp):
    text = "# Plan\n\n- **he go** to teh [shop](https://example.com/teh) *today*\n- fine"
    (found,) = run(lt(fake), nlp, text)
    parts = json.loads(fake.requests[-1]["data"])["annotation"]
    markup = [p["markup"] for p in parts if "markup" in p]
    assert markup[:3] == ["# ", "- ", "**"] and "[" in markup and "*" in markup
    assert "".join(p.get("text", p.get("markup")) for p in parts) == build_documents([Answer("x", text)], nlp)[0].prose
    # Offsets still point into the whole text; the blanked URL holds no "teh" for the server.
    assert spans(text, found) == [("grammar/agreement", "he go"), ("spelling/unknown-word", "teh")]


def test_plaintext_markup_sends_text(fake, nlp):
    run(lt(fake, markup="plaintext"), nlp, "- **he go**")
    assert "text" in fake.requests[-1] and "data" not in fake.requests[-1]


def test_other_languages_go_to_languagetool(fake, nlp):
    check = lt(fake)
    assert check.supports("ru") and check.supports("de-DE")
    run(check, nlp, "Привет teh мир.", language="ru")
    assert fake.requests[-1]["language"] == "ru"  # the server's own spelling of the tag


def test_a_language_the_server_lacks_is_skipped_per_answer(fake, nlp):
    check = lt(fake)
    (found,) = run(check, nlp, "Bonjour teh monde.", language="fr")
    assert found == [] and fake.requests == []


def test_long_texts_are_sent_in_pieces_with_offsets_kept(fake, nlp, monkeypatch):
    import factlint.grammar.languagetool as ltmod

    monkeypatch.setattr(ltmod, "CHUNK_CHARS", 60)
    text = "First line is fine here.\n" * 4 + "Then teh 😀 end.\n" + "Another fine line here.\n" * 3 + "And teh last."
    (found,) = run(lt(fake), nlp, text)
    assert len(fake.requests) > 1
    assert spans(text, found) == [("spelling/unknown-word", "teh"), ("spelling/unknown-word", "teh")]


def test_engine_report_names_languagetool(fake):
    engine = Engine.from_config({"extends": [], "grammar": {"backend": "languagetool", "languagetool": {"url": fake.url}}})
    report = engine.check("Yesterday he go to teh shop.")
    assert report.engines["grammar"] == f"languagetool 6.4 ({fake.url})"
    assert {f.rule for f in report.findings} == {"grammar/agreement", "spelling/unknown-word"}


def test_url_with_v2_and_trailing_slash_is_accepted(fake, nlp):
    check = make_check({"backend": "languagetool", "languagetool": {"url": fake.url + "/v2/"}})
    text = "teh end."
    (found,) = run(check, nlp, text)
    # LanguageTool flags "teh" twice (capital, spelling): one finding stays, with both fixes.
    assert spans(text, found) == [("spelling/unknown-word", "teh")]
    assert found[0].suggestions == ["the", "ten"]


# -- failures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("error500", "answered HTTP 500: Error: Internal Error"),
        ("badjson", "not JSON"),
        ("nomatches", "no `matches` list"),
    ],
)
def test_a_broken_server_skips_the_check_with_one_clear_message(fake, nlp, mode, message):
    check = lt(fake)
    fake.mode = mode
    with pytest.raises(CheckSkipped, match=message) as info:
        run(check, nlp, "Some text.")
    assert fake.url in str(info.value) and "\n" not in str(info.value)
    # Not retried for the rest of the run: the next batch is skipped at once.
    fake.mode = "ok"
    sent = len(fake.requests)
    with pytest.raises(CheckSkipped):
        run(check, nlp, "More text.")
    assert len(fake.requests) == sent


def test_a_slow_server_times_out(fake, nlp):
    check = lt(fake, timeout=0.5)
    fake.mode = "slow"
    started = time.monotonic()
    with pytest.raises(CheckSkipped, match=r"did not answer within 0\.5 s"):
        run(check, nlp, "Some text.")
    assert time.monotonic() - started < 2.5


def test_an_unreachable_server_skips_the_check(nlp):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    check = make_check({"backend": "languagetool", "timeout": 2, "languagetool": {"url": f"http://127.0.0.1:{port}"}})
    with pytest.raises(CheckSkipped, match=rf"LanguageTool at http://127.0.0.1:{port} is unreachable"):
        run(check, nlp, "Some text.")


def test_engine_records_the_skip_and_runs_the_other_checks(fake):
    fake.mode = "error500"
    engine = Engine.from_config({"grammar": {"backend": "languagetool", "languagetool": {"url": fake.url}}})
    report = engine.check("It is gonna rain.")
    assert "HTTP 500" in report.skipped["grammar"]
    assert "style/slang" in {f.rule for f in report.findings}
    assert any("grammar: " in n and "HTTP 500" in n for n in engine.notices)


# -- auto -----------------------------------------------------------------------------------


def test_auto_uses_languagetool_when_configured_and_reachable(fake, nlp):
    check = make_check({"backend": "auto", "languagetool": {"url": fake.url}})
    run(check, nlp, "Yesterday he go to teh shop.")
    assert check.engine_name().startswith("languagetool 6.4")


def test_auto_falls_back_to_harper_when_the_server_is_down(nlp):
    check = make_check({"backend": "auto", "timeout": 1, "languagetool": {"url": "http://127.0.0.1:9"}})
    (found,) = run(check, nlp, "We has a error.")
    assert {f.rule for f in found} == {"grammar/agreement", "grammar/article"}
    name = check.engine_name()
    assert name.startswith("harper-py ") and "LanguageTool not used" in name and "unreachable" in name


def test_auto_falls_back_to_harper_when_the_server_turns_slow(fake, nlp):
    check = make_check({"backend": "auto", "timeout": 0.5, "languagetool": {"url": fake.url}})
    run(check, nlp, "Fine.")
    fake.mode = "slow"
    (found,) = run(check, nlp, "We has a error.")
    assert {f.rule for f in found} == {"grammar/agreement", "grammar/article"}
    assert all(f.engine.startswith("harper-py ") for f in found)
    assert "did not answer within 0.5 s" in check.engine_name()


def test_auto_without_languagetool_config_is_harper(nlp, no_download):
    check = make_check({"backend": "auto"})
    run(check, nlp, "Fine.")
    assert check.engine_name().startswith("harper-py ") and "not configured" in check.engine_name()


# -- no downloads, local installs -------------------------------------------------------------


def test_nothing_downloads_without_allow_download(nlp, no_download):
    check = make_check({"backend": "languagetool"})
    with pytest.raises(CheckSkipped, match="allow_download = true") as info:
        run(check, nlp, "Some text.")
    assert "no LanguageTool install found" in str(info.value)


def test_remote_server_mode_never_downloads(fake, nlp, no_download):
    (found,) = run(lt(fake), nlp, "teh end.")
    assert found  # the no_download fixture would have failed the test on any download


def test_a_path_that_is_not_a_languagetool_folder_is_a_clear_skip(nlp, tmp_path, no_download):
    check = make_check({"backend": "languagetool", "languagetool": {"path": str(tmp_path)}})
    with pytest.raises(CheckSkipped, match="is not a LanguageTool folder"):
        run(check, nlp, "Some text.")


@pytest.fixture
def fake_install(tmp_path):
    """A LanguageTool folder whose `java` starts this file's fake server."""
    folder = tmp_path / "LanguageTool-6.4"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"")
    java = tmp_path / "fake-java"
    java.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "port = sys.argv[sys.argv.index('--port') + 1]\n"
        f"os.execv({sys.executable!r}, [{sys.executable!r}, {str(Path(__file__))!r}, '--serve', port])\n",
        encoding="utf-8",
    )
    java.chmod(0o755)
    return folder, java


def test_a_local_install_is_started_and_stopped(nlp, fake_install, no_download):
    folder, java = fake_install
    check = make_check({"backend": "languagetool",
                        "languagetool": {"path": str(folder), "java": str(java), "startup_timeout": 20}})
    (found,) = run(check, nlp, "Yesterday he go to teh shop.")
    assert {f.rule for f in found} == {"grammar/agreement", "spelling/unknown-word"}
    assert f"local server, {folder}" in check.engine_name()
    process = check._backend.server.process
    check.close()
    assert process.poll() is not None


def test_the_newest_install_in_the_cache_is_found(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    for name in ("LanguageTool-6.3", "LanguageTool-6.10", "LanguageTool-5.9"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "LanguageTool-7.0").mkdir()  # no jar: not an install
    assert find_install(None) == tmp_path / "LanguageTool-6.10"


def test_a_missing_java_is_a_clear_skip(nlp, fake_install, no_download):
    folder, _ = fake_install
    check = make_check({"backend": "languagetool", "languagetool": {"path": str(folder), "java": "no-such-java-here"}})
    with pytest.raises(CheckSkipped, match="needs Java 17"):
        run(check, nlp, "Some text.")


# -- a real LanguageTool, when there is one ---------------------------------------------------


def _real_languagetool() -> dict | None:
    if os.environ.get("FACTLINT_LT_URL"):
        return {"url": os.environ["FACTLINT_LT_URL"]}
    folder = find_install(None)
    if folder is not None and shutil.which("java"):
        return {"path": str(folder)}
    return None


@pytest.mark.skipif(
    _real_languagetool() is None,
    reason="no real LanguageTool here: set FACTLINT_LT_URL=http://host:8081, or install one in "
    "language_tool_python's cache (~/.cache/language_tool_python or $LTP_PATH) with Java 17+",
)
def test_against_a_real_languagetool(nlp):
    check = make_check({"backend": "languagetool", "timeout": 30,
                        "languagetool": {**_real_languagetool(), "startup_timeout": 120}})
    text = "😀 Yesterday he go to teh shop and bought a apple. It was was good."
    try:
        (found,) = run(check, nlp, text)
    finally:
        check.close()
    rules = spans(text, found)
    assert ("spelling/unknown-word", "teh") in rules
    assert ("grammar/article", "a") in rules
    assert ("grammar/repeated-word", "was was") in rules
    assert re.match(r"languagetool \d+\.\d+", check.engine_name())
