"""The ASGI app: routes in one place, the middleware around them, start-up and shut-down.

    app = create_app(engine, Limits(token="s3cret"))

Start-up begins the warm-up on the engine's thread and answers at once: `/health` is alive
while models load, `/ready` says when they have, and requests that arrive earlier wait in
the queue. Shut-down (uvicorn on SIGTERM) lets the requests in flight finish, then stops
the batcher.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hmac
import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from factlint.engine import Engine
from factlint.serve.batcher import Batcher
from factlint.serve.engines import Engines, warm_up
from factlint.serve.errors import HANDLERS, ServeError, error_response
from factlint.serve.metrics import Metrics, ObserveMiddleware
from factlint.serve.openapi import openapi_document
from factlint.serve.options import Limits
from factlint.serve.state import State
from factlint.serve.views import labelstudio, languagetool, native

log = logging.getLogger("factlint.serve")

#: Reachable without the token: load balancers and Label Studio probe the health checks before
#: anything else, and LanguageTool clients ask for the languages before they send a key.
OPEN_PATHS = {"/", "/health", "/ready", "/v2/languages"}
#: Where the token may also come in the form (`apiKey`), for clients that cannot set headers.
FORM_TOKEN_PATHS = {"/v2/check"}


async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(openapi_document(request.app.routes))


ROUTES = [
    Route("/", native.health, methods=["GET"]),  # Label Studio's ML backends answer health here too
    Route("/health", native.health, methods=["GET"]),
    Route("/ready", native.ready, methods=["GET"]),
    Route("/v1/check", native.check, methods=["POST"]),
    Route("/v1/triage", native.triage, methods=["POST"]),
    Route("/v1/rules", native.rules, methods=["GET"]),
    Route("/v1/rules/{rule_id:path}", native.rule, methods=["GET"]),
    Route("/v1/labelstudio/config", labelstudio.labeling_config, methods=["GET"]),
    Route("/v2/check", languagetool.check, methods=["GET", "POST"]),
    Route("/v2/languages", languagetool.languages_view, methods=["GET"]),
    Route("/predict", labelstudio.predict, methods=["POST"]),
    Route("/setup", labelstudio.setup, methods=["POST"]),
    Route("/webhook", labelstudio.webhook, methods=["POST"]),
    Route("/metrics", native.metrics, methods=["GET"]),
    Route("/openapi.json", openapi, methods=["GET"]),
]


class GuardMiddleware:
    """The bearer token and the body limit, before any view reads the request.

    The token is compared in constant time; Basic auth with the token as password is
    accepted too (Label Studio's "basic auth" for ML backends sends that). A body whose
    Content-Length is over the limit is refused before it is read; a body that is sent
    without one is counted as it arrives and refused when it passes the limit."""

    def __init__(self, app, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    def _authorized(self, scope) -> bool:
        token = self.limits.token
        if not token:
            return True
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer":
            return hmac.compare_digest(value.strip().encode(), token.encode())
        if scheme.lower() == "basic":
            try:
                password = base64.b64decode(value.strip(), validate=True).decode().partition(":")[2]
            except ValueError:
                return False
            return hmac.compare_digest(password.encode(), token.encode())
        return False

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        authorized = self._authorized(scope)
        scope["factlint.authorized"] = authorized
        if not authorized and path not in OPEN_PATHS and path not in FORM_TOKEN_PATHS and scope["method"] != "OPTIONS":
            response = error_response(401, "this server needs its token: send Authorization: Bearer TOKEN",
                                      {"WWW-Authenticate": "Bearer"})
            return await response(scope, receive, send)
        limit = self.limits.max_body
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            response = error_response(413, f"the request body has {int(length):,} bytes; this server takes at most "
                                           f"{limit:,} (factlint serve --max-body)")
            return await response(scope, receive, send)
        received = 0

        async def counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise ServeError(413, f"the request body passed {limit:,} bytes, this server's limit "
                                          "(factlint serve --max-body)")
            return message

        await self.app(scope, counted, send)


def create_app(engine: Engine, limits: Limits | None = None, warm: bool = True) -> Starlette:
    """The service for `engine`. `warm=False` skips the warm-up (tests that share an
    already warm Engine)."""
    limits = limits or Limits()
    metrics = Metrics()
    engines = Engines(engine)
    batcher = Batcher(engines.check_batch, max_batch=limits.max_batch, batch_wait=limits.batch_wait,
                      max_pending=limits.max_pending, on_batch=metrics.batch.observe)
    state = State(engines=engines, limits=limits, batcher=batcher, metrics=metrics)

    async def start_warm() -> None:
        try:
            if warm:
                state.warm_up_seconds = round(await batcher.run_in_worker(warm_up, engine), 3)
                log.info("ready: warmed up in %.1f s", state.warm_up_seconds)
                for notice in engine.notices:  # a check skipped for every request, say so once
                    log.info("note: %s", notice)
        except Exception as exc:  # noqa: BLE001 - /ready says so; requests still get error reports
            log.exception("warm-up failed")
            state.warm_up_error = f"{type(exc).__name__}: {exc}"
        else:
            state.ready = True
            metrics.ready.set(1)
        batcher.set_ready()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        batcher.start()
        task = asyncio.get_running_loop().create_task(start_warm(), name="factlint-warm-up")
        try:
            yield
        finally:
            task.cancel()
            await batcher.stop()

    middleware = [Middleware(ObserveMiddleware, metrics=metrics)]
    if limits.cors_origins:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(limits.cors_origins), allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"], max_age=600,
        ))
    middleware.append(Middleware(GuardMiddleware, limits=limits))
    app = Starlette(routes=ROUTES, middleware=middleware, exception_handlers=HANDLERS, lifespan=lifespan)
    app.state.factlint = state
    return app
