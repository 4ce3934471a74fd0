"""The native API, versioned under /v1, and the health checks.

    POST /v1/check     one answer or a list; the JSON of `factlint check --format json`
    POST /v1/triage    NDJSON records in; NDJSON reports out as each batch is done
    GET  /v1/rules     the rules of the server's packs (or `?packs=strict`)
    GET  /v1/rules/ID  one rule: what it checks, its message, its examples
"""

from __future__ import annotations

import io

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from factlint import __version__
from factlint.engine import batches
from factlint.model import Report
from factlint.readers import line_limit, read_jsonl
from factlint.resources import Resources
from factlint.serve.answers import FIELDS, enforce_max_chars, records_to_answers
from factlint.serve.errors import ServeError
from factlint.serve.options import parse_options
from factlint.serve.render import json_document, jsonl_lines
from factlint.serve.state import json_body, state_of

TRIAGE_BATCH = 32  # answers per batch of a /v1/triage stream: reports flow while the rest is checked
ANSWER_KEYS = {"id", "question", "answer", "text", "candidates", "ignore", "language"}


def _flag(request: Request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("1", "true", "yes")


async def health(request: Request) -> JSONResponse:
    # Label Studio's ML backend protocol reads `status`; "UP" is what it expects.
    return JSONResponse({"status": "UP", "model_class": "factlint", "version": __version__})


async def ready(request: Request) -> JSONResponse:
    state = state_of(request)
    settings = state.engines.base.settings
    body = {
        "ready": state.ready, "warm_up_seconds": state.warm_up_seconds,
        "packs": list(settings.extends), "language": settings.language,
        "index": (settings.checks.get("facts") or {}).get("index"),
    }
    if state.warm_up_error:
        return JSONResponse({"error": "not ready", "detail": f"warm-up failed: {state.warm_up_error}", **body}, 503)
    if not state.ready:
        return JSONResponse({"error": "not ready", "detail": "loading models and the index", **body}, 503,
                            headers={"Retry-After": "1"})
    return JSONResponse(body)


async def check(request: Request) -> Response:
    """One answer ({"text": ..., "question": ..., "id": ...}), {"answers": [...]}, or a list."""
    state = state_of(request)
    data = await json_body(request)
    options = None
    if isinstance(data, list):
        records = data
    elif isinstance(data, dict) and "answers" in data:
        if not isinstance(data["answers"], list):
            raise ServeError(400, "`answers` must be a list of answer records")
        unknown = sorted(set(data) - {"answers", "options"})
        if unknown:
            raise ServeError(400, f"unknown key {unknown[0]!r} beside `answers` (keys: answers, options)")
        records, options = data["answers"], data.get("options")
    elif isinstance(data, dict):
        options = data.get("options")
        record = {k: v for k, v in data.items() if k != "options"}
        unknown = sorted(set(record) - ANSWER_KEYS)
        if unknown:
            raise ServeError(400, f"unknown key {unknown[0]!r} (an answer has {', '.join(sorted(ANSWER_KEYS))}; "
                                  "a list goes in `answers`)")
        records = [{"id": "text", **record}]  # the id Engine.check gives a bare text
    else:
        raise ServeError(400, "send an answer object, {\"answers\": [...]}, or a list of answers")
    if not records:
        raise ServeError(400, "no answers to check")
    opts = parse_options(options, state.engines.builtin_packs)
    answers = records_to_answers(records)
    enforce_max_chars(answers, state.limits.max_chars)
    reports = await state.check(opts, answers)
    return Response(json_document(answers, reports, _flag(request, "timings")), media_type="application/json")


async def triage(request: Request) -> Response:
    """NDJSON records (the lines of a `factlint triage` input) in; one report per answer out,
    NDJSON, in input order, each batch as soon as it is checked. Options in the query string:
    `?select=fact&ignore=style/hedging&packs=strict`."""
    state = state_of(request)
    query = {k: ",".join(request.query_params.getlist(k)) for k in ("select", "ignore", "packs") if k in request.query_params}
    opts = parse_options(query or None, state.engines.builtin_packs)
    body = await request.body()
    answers = list(read_jsonl(io.BytesIO(body), "request", FIELDS, line_limit(state.limits.max_chars * 4)))
    if not answers:
        raise ServeError(400, "no records: send one JSON object per line")
    enforce_max_chars(answers, state.limits.max_chars,
                      [f"line {a.meta.get('line')} (answer {a.id!r})" for a in answers])
    timings = _flag(request, "timings")
    work = list(batches(answers, TRIAGE_BATCH))
    # The first batch is checked before the answer starts, so that a full queue or a time-out
    # is still a status code; the rest stream (waiting for room rather than failing half-way).
    first = await state.check(opts, work[0])

    async def lines():
        yield jsonl_lines(work[0], first, timings)
        for batch in work[1:]:
            try:
                reports = await state.check(opts, batch, wait_for_room=True)
            except ServeError as exc:  # too late for a status: one error report per answer
                reports = [Report.failed(a.id, a.source, f"{exc.error}: {exc.detail}") for a in batch]
            yield jsonl_lines(batch, reports, timings)

    return StreamingResponse(lines(), media_type="application/x-ndjson")


def _rule_row(rule) -> dict:
    return {"id": rule.id, "category": rule.category, "severity": rule.severity, "enabled": rule.enabled,
            "kind": rule.kind.kind, "pack": rule.pack, "description": rule.description.strip(),
            "message": rule.message, "link": rule.link}


def _ruleset(request: Request):
    state = state_of(request)
    packs = request.query_params.get("packs")
    opts = parse_options({"packs": packs} if packs else None, state.engines.builtin_packs)
    if not opts.packs:
        return state.engines.base.ruleset
    if opts.packs not in state.rulesets:
        if len(state.rulesets) > 32:
            state.rulesets.clear()
        # Rules are read from the packs' YAML; no model is involved, so not the engine's thread.
        state.rulesets[opts.packs] = Resources(state.engines.variant_settings(opts)).ruleset
    return state.rulesets[opts.packs]


async def rules(request: Request) -> JSONResponse:
    ruleset = _ruleset(request)
    return JSONResponse({"packs": ruleset.packs, "rules": [_rule_row(r) for r in ruleset.rules.values()]})


async def rule(request: Request) -> JSONResponse:
    ruleset = _ruleset(request)
    rule_id = request.path_params["rule_id"]
    found = ruleset.rules.get(rule_id)
    if found is None:
        raise ServeError(404, f"no rule {rule_id!r} in packs {', '.join(ruleset.packs)}; GET /v1/rules lists them",
                         error="no such rule")
    row = _rule_row(found)
    row["examples"] = {
        "bad": [{"text": e.text, "question": e.question} for e in found.bad_examples()],
        "good": [{"text": e.text, "question": e.question} for e in found.good_examples()],
    }
    row["settings"] = {k: v for k, v in found.kind.model_dump(mode="json").items() if k != "kind"}
    return JSONResponse(row)


async def metrics(request: Request) -> Response:
    state = state_of(request)
    state.metrics.queue.set(state.batcher.pending)
    return state.metrics.render()
