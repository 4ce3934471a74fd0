"""/v2/check and /v2/languages: the LanguageTool HTTP API (see factlint.serve.languagetool)."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse

from factlint.model import Report
from factlint.packs.loader import builtin_root
from factlint.serve.answers import enforce_max_chars
from factlint.serve.errors import ServeError
from factlint.serve.languagetool import (
    Annotated,
    annotated,
    answer_of,
    check_response,
    form_fields,
    language_of,
    languages,
    request_options,
)
from factlint.serve.state import state_of


def supported_languages() -> list[str]:
    """Languages with built-in rule packs (rules/<lang>/)."""
    return sorted(p.name for p in builtin_root().iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


async def check(request: Request) -> JSONResponse:
    """POST (form-encoded) or GET (query string) /v2/check."""
    state = state_of(request)
    body = await request.body() if request.method == "POST" else b""
    if body and "multipart/" in request.headers.get("content-type", ""):
        raise ServeError(415, "send the form as application/x-www-form-urlencoded, as LanguageTool clients do")
    fields = form_fields(body, dict(request.query_params))
    token = state.limits.token
    # A client that cannot send headers (a browser extension's "other server") gives the
    # token as LanguageTool's own `apiKey` field.
    if token and not request.scope.get("factlint.authorized"):
        if not hmac.compare_digest(fields.get("apiKey", "").encode(), token.encode()):
            raise ServeError(401, "this server needs its token: an Authorization: Bearer header, or the form field apiKey",
                             {"WWW-Authenticate": "Bearer"})
    if "data" in fields:
        source = annotated(fields["data"])
    elif "text" in fields:
        source = Annotated(fields["text"], fields["text"], [(0, 0, len(fields["text"]), True)])
    else:
        raise ServeError(400, "missing form field `text` (or `data`, LanguageTool's AnnotatedText JSON)")
    code, language = language_of(fields.get("language"), state.engines.language, supported_languages())
    options = request_options(fields, state.engines.builtin_packs)
    answer = answer_of(source, language)
    enforce_max_chars([answer], state.limits.max_chars, ["text"])
    if not answer.text.strip():  # LanguageTool answers an empty text with no matches, not an error
        report = Report(answer_id="text")
    else:
        [report] = await state.check(options, [answer])
    rules = state.engines.base.ruleset.rules
    descriptions = {f.rule: " ".join(rules[f.rule].description.split()) for f in report.findings
                    if f.rule in rules and rules[f.rule].description}
    return JSONResponse(check_response(report, source, code, descriptions))


async def languages_view(request: Request) -> JSONResponse:
    return JSONResponse(languages(supported_languages()))
