"""Errors of the HTTP service: every one is JSON `{"error": ..., "detail": ...}`.

`error` is a short, stable phrase a program can branch on ("payload too large"); `detail`
says what was wrong with this request in words a person can act on.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse

# The short phrase of each status the service answers with.
PHRASES = {
    400: "bad request",
    401: "unauthorized",
    404: "not found",
    405: "method not allowed",
    413: "payload too large",
    415: "unsupported media type",
    422: "invalid request",
    500: "internal error",
    503: "service unavailable",
    504: "timeout",
}


class ServeError(Exception):
    """An answer with a status other than 200, raised anywhere in a view."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None, error: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.error = error or PHRASES.get(status, "error")


def error_response(status: int, detail: str, headers: dict[str, str] | None = None, error: str | None = None) -> JSONResponse:
    return JSONResponse({"error": error or PHRASES.get(status, "error"), "detail": detail}, status_code=status, headers=headers)


async def serve_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServeError)
    return error_response(exc.status, exc.detail, exc.headers, exc.error)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    """Starlette's own 404 and 405, in the service's error shape."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        detail = f"no endpoint {request.url.path}; GET /openapi.json lists them"
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
    else:
        detail = str(exc.detail)
    return error_response(exc.status_code, detail, dict(exc.headers or {}))


async def internal_error(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the server's log (Starlette logs it); the caller gets one line.
    return error_response(500, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


HANDLERS = {ServeError: serve_error, HTTPException: http_error, Exception: internal_error}
