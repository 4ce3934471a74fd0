"""/predict, /setup, /webhook and the documented labeling config: Label Studio's ML backend
protocol (see factlint.serve.labelstudio). /health is the native one."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from factlint import __version__
from factlint.serve.answers import enforce_max_chars
from factlint.serve.errors import ServeError
from factlint.serve.labelstudio import documented_config, parse_config, predictions, task_answers
from factlint.serve.options import RequestOptions
from factlint.serve.state import json_body, state_of

MODEL_VERSION = f"factlint {__version__}"


async def predict(request: Request) -> JSONResponse:
    """{"tasks": [...], "project": "ID.TIMESTAMP", "label_config": "<View>..."} ->
    {"results": [one prediction per task], "model_version"}."""
    state = state_of(request)
    data = await json_body(request)
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list):
        raise ServeError(400, 'send {"tasks": [...]} as Label Studio does')
    config = data.get("label_config")
    if isinstance(config, str) and config:
        project = parse_config(config)
    else:
        project = state.projects.get(str(data.get("project") or ""))
    answers = task_answers(data["tasks"], project)
    enforce_max_chars(answers, state.limits.max_chars, [f"tasks[{i}]" for i in range(len(answers))])
    reports = await state.check(RequestOptions(), answers) if answers else []
    return JSONResponse({"results": predictions(answers, reports, project), "model_version": MODEL_VERSION})


async def setup(request: Request) -> JSONResponse:
    """Label Studio connects: {"project", "schema" (the labeling config), ...} -> {"model_version"}."""
    data = await json_body(request)
    if not isinstance(data, dict):
        raise ServeError(400, "send the setup as a JSON object")
    schema = data.get("schema")
    if isinstance(schema, str) and schema:
        state_of(request).projects.set(str(data.get("project") or ""), parse_config(schema))
    return JSONResponse({"model_version": MODEL_VERSION})


async def webhook(request: Request) -> JSONResponse:
    """Training events (ANNOTATION_CREATED, START_TRAINING...): accepted and ignored, since
    factlint does not learn from annotations."""
    data = await json_body(request)
    action = data.get("action") if isinstance(data, dict) else None
    return JSONResponse({"action": action, "status": "ignored"}, status_code=201)


async def labeling_config(request: Request) -> Response:
    return Response(documented_config(), media_type="application/xml")
