"""The OpenAPI 3.1 document of the service (`GET /openapi.json`).

Written here rather than generated: half the service speaks other tools' protocols
(LanguageTool's form fields, Label Studio's task JSON, NDJSON streams), which no framework
derives from type hints. A test checks that every route is in it and nothing else.
"""

from __future__ import annotations

from typing import Any

from factlint import __version__
from factlint.model import CATEGORIES, ROUTES, SEVERITIES


def _json(schema: dict | str, description: str = "") -> dict:
    schema = {"$ref": f"#/components/schemas/{schema}"} if isinstance(schema, str) else schema
    return {"description": description or "OK", "content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict:
    words = {400: "Bad request", 401: "Token missing or wrong", 404: "Not found", 413: "Body or answer too large",
             415: "Unsupported form encoding", 422: "Unusable labeling config",
             503: "Queue full (see Retry-After) or not ready", 504: "Time-out"}
    return {str(s): _json("Error", words[s]) for s in statuses}


NAMES = {"type": "array", "items": {"type": "string"}}
SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error", "detail"],
              "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}},
    "Options": {
        "type": "object", "additionalProperties": False,
        "description": "What a request may change: rules by id or category, and built-in packs.",
        "properties": {"select": NAMES, "ignore": NAMES, "packs": NAMES},
    },
    "AnswerRecord": {
        "type": "object",
        "description": "The fields of a JSONL input record of `factlint check` / `triage`.",
        "properties": {
            "id": {"type": ["string", "number"]}, "question": {"type": "string"},
            "answer": {"type": "string"}, "text": {"type": "string", "description": "used when `answer` is absent"},
            "candidates": {"type": "array", "items": {"oneOf": [{"type": "string"}, {"type": "object"}]},
                           "description": "several answers to one question, ranked together"},
            "ignore": NAMES, "language": {"type": "string"},
        },
    },
    "CheckRequest": {"oneOf": [
        {"allOf": [{"$ref": "#/components/schemas/AnswerRecord"},
                   {"type": "object", "properties": {"options": {"$ref": "#/components/schemas/Options"}}}]},
        {"type": "object", "required": ["answers"], "properties": {
            "answers": {"type": "array", "items": {"$ref": "#/components/schemas/AnswerRecord"}},
            "options": {"$ref": "#/components/schemas/Options"}}},
        {"type": "array", "items": {"$ref": "#/components/schemas/AnswerRecord"}},
    ]},
    "Finding": {"type": "object", "properties": {
        "rule": {"type": "string"}, "category": {"enum": list(CATEGORIES)}, "severity": {"enum": list(SEVERITIES)},
        "message": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "line": {"type": "integer"}, "column": {"type": "integer"}, "matched": {"type": "string"},
        "suggestions": NAMES, "evidence": {"type": "array", "items": {"type": "object"}},
        "confidence": {"type": ["number", "null"]}, "engine": {"type": "string"}}},
    "Report": {"type": "object", "description": "One answer's report, as in `factlint check --format json`.",
               "properties": {
                   "answer_id": {"type": "string"}, "source": {"type": ["string", "null"]},
                   "record_line": {"type": ["integer", "null"]}, "question_id": {"type": ["string", "null"]},
                   "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                   "metrics": {"type": "object"}, "route": {"enum": list(ROUTES)}, "risk": {"type": "number"},
                   "error": {"type": ["string", "null"]}, "skipped": {"type": "object"}, "engines": {"type": "object"}}},
    "CheckDocument": {"type": "object", "properties": {
        "version": {"type": "string"}, "format_version": {"type": "integer"},
        "reports": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}},
        "summary": {"type": "object"}}},
    "Rule": {"type": "object", "properties": {
        "id": {"type": "string"}, "category": {"type": "string"}, "severity": {"type": "string"},
        "enabled": {"type": "boolean"}, "kind": {"type": "string"}, "pack": {"type": "string"},
        "description": {"type": "string"}, "message": {"type": "string"}, "link": {"type": ["string", "null"]}}},
    "LanguageToolForm": {"type": "object", "properties": {
        "text": {"type": "string"}, "data": {"type": "string", "description": "AnnotatedText JSON"},
        "language": {"type": "string", "description": "en, en-US, ... or auto"},
        "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"},
        "enabledCategories": {"type": "string"}, "disabledCategories": {"type": "string"},
        "enabledOnly": {"type": "string"}, "level": {"enum": ["default", "picky"]},
        "apiKey": {"type": "string", "description": "the server's token, for clients that cannot send headers"}}},
}

PACKS_PARAM = {"name": "packs", "in": "query", "schema": {"type": "string"}, "description": "built-in packs, comma-separated"}
OPS: dict[tuple[str, str], dict] = {
    ("/", "get"): {"summary": "Alive (as /health)", "security": [], "responses": {"200": _json({"type": "object"})}},
    ("/health", "get"): {"summary": "Alive (Label Studio's health check too)", "security": [],
                         "responses": {"200": _json({"type": "object"})}},
    ("/ready", "get"): {"summary": "Models loaded and the index open", "security": [],
                        "responses": {"200": _json({"type": "object"}), **_errors(503)}},
    ("/v1/check", "post"): {
        "summary": "Check one answer or a list; the JSON of `factlint check --format json`",
        "parameters": [{"name": "timings", "in": "query", "schema": {"type": "boolean"}}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}}}},
        "responses": {"200": _json("CheckDocument"), **_errors(400, 401, 413, 503, 504)}},
    ("/v1/triage", "post"): {
        "summary": "NDJSON records in; one NDJSON report per answer out, streamed batch by batch",
        "parameters": [{"name": k, "in": "query", "schema": {"type": "string"}} for k in ("select", "ignore", "packs")],
        "requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/AnswerRecord"}}}},
        "responses": {"200": {"description": "one Report per line", "content": {"application/x-ndjson": {
            "schema": {"$ref": "#/components/schemas/Report"}}}}, **_errors(400, 401, 413, 503, 504)}},
    ("/v1/rules", "get"): {"summary": "The rules of the server's packs, or of `packs`", "parameters": [PACKS_PARAM],
                           "responses": {"200": _json({"type": "object", "properties": {
                               "packs": NAMES, "rules": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}}),
                               **_errors(400, 401)}},
    ("/v1/rules/{rule_id}", "get"): {
        "summary": "One rule, with its examples", "parameters": [
            {"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"}, "example": "style/slang"}, PACKS_PARAM],
        "responses": {"200": _json("Rule"), **_errors(400, 401, 404)}},
    ("/v1/labelstudio/config", "get"): {"summary": "The Label Studio labeling config the predictions are made for",
                                        "responses": {"200": {"description": "XML", "content": {"application/xml": {}}}}},
    ("/v2/check", "post"): {
        "summary": "LanguageTool-compatible check (offsets in UTF-16 code units)",
        "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {
            "schema": {"$ref": "#/components/schemas/LanguageToolForm"}}}},
        "responses": {"200": _json({"type": "object"}, "LanguageTool's response JSON"), **_errors(400, 401, 413, 415, 503, 504)}},
    ("/v2/check", "get"): {"summary": "LanguageTool-compatible check, fields in the query string",
                           "responses": {"200": _json({"type": "object"}), **_errors(400, 401, 413, 503, 504)}},
    ("/v2/languages", "get"): {"summary": "Languages, as LanguageTool lists them", "security": [],
                               "responses": {"200": _json({"type": "array", "items": {"type": "object"}})}},
    ("/predict", "post"): {"summary": "Label Studio ML backend: predictions for tasks",
                           "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
                           "responses": {"200": _json({"type": "object"}), **_errors(400, 401, 413, 422, 503, 504)}},
    ("/setup", "post"): {"summary": "Label Studio ML backend: a project connects",
                         "responses": {"200": _json({"type": "object"}), **_errors(400, 401, 422)}},
    ("/webhook", "post"): {"summary": "Label Studio ML backend: training events, accepted and ignored",
                           "responses": {"201": _json({"type": "object"}), **_errors(400, 401)}},
    ("/metrics", "get"): {"summary": "Prometheus metrics",
                          "responses": {"200": {"description": "text format", "content": {"text/plain": {}}}}},
    ("/openapi.json", "get"): {"summary": "This document", "responses": {"200": _json({"type": "object"})}},
}


def openapi_document(routes) -> dict:
    paths: dict[str, dict] = {}
    for route in routes:
        path = route.path.replace("{rule_id:path}", "{rule_id}")
        for method in sorted(m.lower() for m in (route.methods or ()) if m != "HEAD"):
            paths.setdefault(path, {})[method] = OPS[(path, method)]
    return {
        "openapi": "3.1.0",
        "info": {"title": "factlint", "version": __version__,
                 "description": "Lint LLM answers: native /v1 API, LanguageTool-compatible /v2, Label Studio ML backend."},
        "paths": paths,
        "components": {"schemas": SCHEMAS, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }
