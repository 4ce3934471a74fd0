"""LanguageTool: any language it supports, on a server you run or a local install.

Where it runs, in this order:
1. `url`: a LanguageTool server (a team's self-hosted one, or a local `docker run`).
   factlint connects through `language_tool_python.LanguageTool(remote_server=...)`, which
   never downloads anything in that mode: it only asks the server for its languages.
2. `path`: a LanguageTool folder (the one holding `languagetool-server.jar`); factlint
   starts its HTTP server on a free local port with `java` and stops it at exit.
3. neither: the newest install in language_tool_python's cache (`$LTP_PATH`, else
   `~/.cache/language_tool_python`), started the same way. If there is none, LanguageTool
   is downloaded (about 250 MB) only when `allow_download = true`; otherwise the backend
   fails with a message that says what to configure.

Checks are POSTs to `/v2/check` (the documented API) with factlint's own time-out, made
here rather than through `LanguageTool.check()`, which waits up to 300 s and keeps neither
the server's version nor the category names. Markdown syntax (list and heading markers,
emphasis, link brackets, HTML tags) goes as markup in the API's `data` annotation, so
LanguageTool does not read it as text. LanguageTool counts offsets in UTF-16 code units
(Java strings) in the whole text, markup included; they are converted to code points.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from factlint.errors import BackendError
from factlint.grammar import Backend, EngineMatch, EngineOptions
from factlint.grammar.offsets import OffsetMap
from factlint.grammar.taxonomy import LT_DEFAULT_OFF_RULES, LT_STYLE_CATEGORIES
from factlint.registry import grammar_backends

log = logging.getLogger("factlint")

JARS = ("languagetool-server.jar", "languagetool.jar")
SERVER_CLASS = "org.languagetool.server.HTTPServer"
CHUNK_CHARS = 20_000  # public servers refuse longer texts; long answers go in pieces


def normalise_url(url: str) -> str:
    """A server's base URL, ending in a slash and without the `/v2` the API adds."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    url = url.rstrip("/")
    if url.endswith("/v2"):
        url = url[: -len("/v2")]
    return url + "/"


def cache_dir() -> Path:
    """Where language_tool_python keeps its downloads (without creating the folder)."""
    try:
        from language_tool_python.utils import LTP_PATH_ENV_VAR
    except ImportError:  # pragma: no cover - older language_tool_python
        LTP_PATH_ENV_VAR = "LTP_PATH"
    return Path(os.environ.get(LTP_PATH_ENV_VAR) or Path.home() / ".cache" / "language_tool_python")


def find_jar(folder: Path) -> Path | None:
    for name in JARS:
        if (folder / name).is_file():
            return folder / name
    return None


def find_install(path: str | None) -> Path | None:
    """The LanguageTool folder to run: the configured one, else the newest in the cache."""
    if path:
        folder = Path(path).expanduser()
        if not folder.is_dir() or find_jar(folder) is None:
            raise BackendError(
                f"grammar: languagetool.path {folder} is not a LanguageTool folder "
                f"(no {' or '.join(JARS)} in it)"
            )
        return folder
    root = cache_dir()
    if not root.is_dir():
        return None
    found = [p for p in root.glob("LanguageTool*") if p.is_dir() and find_jar(p)]
    return max(found, key=lambda p: _version_key(p.name)) if found else None


def _version_key(name: str) -> tuple:
    parts = name.removeprefix("LanguageTool-").replace("-SNAPSHOT", "").split(".")
    return tuple(int(p) if p.isdigit() else 0 for p in parts)


def download_install(version: str | None) -> Path:
    """Download LanguageTool into language_tool_python's cache (only with allow_download)."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    log.warning("grammar: downloading LanguageTool %s (allow_download = true)", version or LTP_DOWNLOAD_VERSION)
    try:
        LocalLanguageTool.from_version_name(version or LTP_DOWNLOAD_VERSION).download()
    except Exception as exc:  # noqa: BLE001 - any failure is one message to the user
        raise BackendError(f"grammar: downloading LanguageTool failed: {exc}") from None
    folder = find_install(None)
    if folder is None:
        raise BackendError(f"grammar: LanguageTool was downloaded but not found in {cache_dir()}")
    return folder


class LocalServer:
    """A LanguageTool HTTP server started from a local install, stopped at exit."""

    def __init__(self, folder: Path, java: str, startup_timeout: float) -> None:
        java_path = shutil.which(java)
        if java_path is None:
            raise BackendError(f"grammar: LanguageTool needs Java 17 or newer, and `{java}` is not on PATH")
        jar = find_jar(folder)
        assert jar is not None
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self._log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(  # noqa: S603 - java and the jar are the user's own
            [java_path, "-cp", str(jar), SERVER_CLASS, "--port", str(self.port)],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, cwd=str(folder),
        )
        atexit.register(self.stop)
        self._wait(startup_timeout)

    def _wait(self, timeout: float) -> None:
        import requests

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BackendError(
                    f"grammar: the LanguageTool server in {self.folder} exited with code "
                    f"{self.process.returncode}: {self._tail()}"
                )
            try:
                if requests.get(self.url + "v2/languages", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.25)
        self.stop()
        raise BackendError(f"grammar: the LanguageTool server in {self.folder} did not start within {timeout:g} s")

    def _tail(self) -> str:
        self._log.seek(0)
        lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1][:300] if lines else "no output"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _client_class():
    """language_tool_python's client with factlint's time-out instead of its 300 s."""
    from language_tool_python import LanguageTool

    class Client(LanguageTool):
        def __init__(self, *args: Any, timeout: float, **kwargs: Any) -> None:
            self._TIMEOUT = timeout  # read by every request the library makes
            super().__init__(*args, **kwargs)

    return Client


@grammar_backends.register("languagetool")
class LanguageToolBackend(Backend):
    name = "languagetool"
    languages = ("*",)

    def __init__(self, options: EngineOptions) -> None:
        super().__init__(options)
        extra = options.extra
        self.server: LocalServer | None = None
        if extra.get("url"):
            self.base_url = normalise_url(extra["url"])
            self.where = self.base_url.rstrip("/")
        else:
            folder = find_install(extra.get("path"))
            if folder is None:
                if not extra.get("allow_download"):
                    raise BackendError(
                        "grammar: no LanguageTool install found (looked in "
                        f"{cache_dir()}); set grammar.languagetool.url or .path, "
                        "or allow_download = true to download it (about 250 MB)"
                    )
                folder = download_install(extra.get("version"))
            self.server = LocalServer(folder, extra.get("java") or "java", float(extra.get("startup_timeout") or 60))
            self.base_url = self.server.url
            self.where = f"local server, {folder}"
        self.software = ""  # "LanguageTool 6.4", from the first answer
        self.workers = max(1, int(extra.get("workers") or 2))
        self._local = threading.local()
        self._tags: dict[str, str] = {}
        self._connect()

    def _connect(self) -> None:
        """Ask the server for its languages (via language_tool_python): is it there at all?"""
        Client = _client_class()
        try:
            self.client = Client(
                language=self._server_language(self.options.language),
                remote_server=self.base_url,
                timeout=self.options.timeout,
            )
        except ValueError as exc:  # the language tag is not one the server has
            raise BackendError(f"grammar: LanguageTool at {self.where}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - connection refused, time-out, bad answer
            raise BackendError(f"grammar: LanguageTool at {self.where} is unreachable: {_reason(exc)}") from None
        self.languages_known = set(self.client._language.languages)

    def describe(self) -> str:
        software = self.software or "LanguageTool"
        name, _, ver = software.partition(" ")
        return f"languagetool {ver or '(version unknown)'} ({self.where})".replace("  ", " ")

    @staticmethod
    def _server_language(language: str) -> str:
        # LanguageTool's plain "en" has no spell checker; en-US is what an unregioned tag means.
        return "en-US" if language.lower() in ("en", "en_us") else language

    def _tag(self, language: str) -> str:
        """The server's own spelling of a language tag (en-gb -> en-GB)."""
        if language not in self._tags:
            from language_tool_python import LanguageTag

            try:
                self._tags[language] = str(LanguageTag(self._server_language(language), self.languages_known))
            except ValueError:
                raise BackendError(f"grammar: LanguageTool at {self.where} does not support language {language!r}") from None
        return self._tags[language]

    def supports(self, language: str) -> bool:
        try:
            self._tag(language)
        except BackendError:
            return False
        return True

    def _params(self, text: str, language: str) -> dict[str, str]:
        o = self.options
        params = {"language": self._tag(language)}
        annotation = markdown_annotation(text) if o.extra.get("markup", "markdown") == "markdown" else None
        if annotation:  # LanguageTool skips markup and still counts offsets in the whole text
            params["data"] = json.dumps({"annotation": annotation}, ensure_ascii=False)
        else:
            params["text"] = text
        disabled_rules = [r for r in o.disable_rules]
        disabled_categories = list(o.disable_categories)
        if o.preset == "strict":
            params["level"] = "picky"
        else:  # what factlint would drop anyway need not be checked
            enabled = {r.upper() for r in o.enable_rules}
            disabled_rules += [r for r in LT_DEFAULT_OFF_RULES if r not in enabled]
            enabled_cats = {c.upper() for c in o.enable_categories}
            disabled_categories += [c for c in LT_STYLE_CATEGORIES if c not in enabled_cats]
        if disabled_rules:
            params["disabledRules"] = ",".join(dict.fromkeys(disabled_rules))
        if o.enable_rules:
            params["enabledRules"] = ",".join(o.enable_rules)
        if disabled_categories:
            params["disabledCategories"] = ",".join(dict.fromkeys(disabled_categories))
        if o.enable_categories:
            params["enabledCategories"] = ",".join(o.enable_categories)
        if o.extra.get("mother_tongue"):
            params["motherTongue"] = o.extra["mother_tongue"]
        return params

    def _session(self):
        import requests

        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        return self._local.session

    def _post(self, text: str, language: str) -> list[dict]:
        import requests

        url = self.base_url + "v2/check"
        try:
            response = self._session().post(url, data=self._params(text, language), timeout=self.options.timeout)
        except requests.Timeout:
            raise BackendError(
                f"grammar: LanguageTool at {self.where} did not answer within {self.options.timeout:g} s"
            ) from None
        except requests.RequestException as exc:
            raise BackendError(f"grammar: LanguageTool at {self.where} is unreachable: {_reason(exc)}") from None
        if response.status_code != 200:
            body = response.text.strip().splitlines()
            detail = body[0][:200] if body else response.reason
            raise BackendError(f"grammar: LanguageTool at {self.where} answered HTTP {response.status_code}: {detail}")
        try:
            data = response.json()
        except ValueError:
            raise BackendError(f"grammar: LanguageTool at {self.where} sent a response that is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
            raise BackendError(f"grammar: LanguageTool at {self.where} sent an unexpected response (no `matches` list)")
        software = data.get("software") or {}
        if not self.software and isinstance(software, dict) and software.get("version"):
            self.software = f"{software.get('name') or 'LanguageTool'} {software['version']}"
        return data["matches"]

    def _check_one(self, text: str, language: str) -> list[EngineMatch]:
        matches = []
        for offset, chunk in _chunks(text, CHUNK_CHARS):
            if not chunk.strip():
                continue
            units = OffsetMap(chunk, "utf-16")
            for raw in self._post(chunk, language):
                try:
                    start, end = units.span(int(raw["offset"]), int(raw["length"]))
                    rule = raw.get("rule") or {}
                    category = rule.get("category") or {}
                    matches.append(
                        EngineMatch(
                            start=offset + start,
                            end=offset + end,
                            rule=str(rule.get("id", "UNKNOWN")),
                            kind=str(category.get("id", "")),
                            message=str(raw.get("message") or rule.get("description") or ""),
                            replacements=[str(r["value"]) for r in raw.get("replacements") or [] if "value" in r][:5],
                            issue_type=rule.get("issueType"),
                        )
                    )
                except (KeyError, TypeError, ValueError, AttributeError):
                    raise BackendError(
                        f"grammar: LanguageTool at {self.where} sent a match without a valid offset and length"
                    ) from None
        matches.sort(key=lambda m: (m.start, m.end, m.rule))
        return matches

    def check(self, texts: list[str], language: str,
              names: list[list[tuple[int, int]]] | None = None) -> list[list[EngineMatch]]:
        if self.workers == 1 or len(texts) == 1:
            return [self._check_one(t, language) for t in texts]
        with ThreadPoolExecutor(self.workers) as pool:
            return list(pool.map(lambda t: self._check_one(t, language), texts))

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


# Markdown syntax LanguageTool should not read as words or punctuation: list, heading and
# quote markers at line starts, emphasis markers, link brackets (the URL itself is already
# blanked out), HTML tags.
MARKUP = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)"
    r"|\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])"
    r"|\[(?=[^\]\n]+\]\()|\]\([^)\n]*\)"
    r"|</?[A-Za-z][^>\n]*>",
    re.M,
)


def markdown_annotation(text: str) -> list[dict] | None:
    """LanguageTool's AnnotatedText for `text` (text and markup parts), or None without markup."""
    parts: list[dict] = []
    pos = 0
    for m in MARKUP.finditer(text):
        if m.start() == m.end():
            continue
        if m.start() > pos:
            parts.append({"text": text[pos : m.start()]})
        parts.append({"markup": m.group()})
        pos = m.end()
    if not parts:
        return None
    if pos < len(text):
        parts.append({"text": text[pos:]})
    return parts


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """(offset, piece) of `text` in pieces of at most `size` characters, cut after a line end."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1  # after a line end, else after a sentence, else anywhere
        if cut <= size // 2:
            cut = window.rfind(". ") + 2 if window.rfind(". ") > size // 2 else size
        out.append((start, text[start : start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _reason(exc: BaseException) -> str:
    """The useful last line of a connection error (requests nests them deeply)."""
    text = str(exc).strip() or type(exc).__name__
    for marker in ("Failed to establish a new connection: ", "Read timed out", "Connection refused"):
        if marker in text:
            tail = text.split(marker, 1)[1] if marker.endswith(": ") else marker
            return tail.split("'))")[0].strip(" )'\"") or marker
    return text.splitlines()[-1][:200]
