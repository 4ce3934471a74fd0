"""What every view of one app shares: the engines, the batcher, the limits, the metrics."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

from starlette.requests import Request

from factlint.model import Answer, Report
from factlint.serve.answers import isolate
from factlint.serve.batcher import Batcher, Overloaded
from factlint.serve.engines import Engines
from factlint.serve.errors import ServeError
from factlint.serve.labelstudio import Projects
from factlint.serve.metrics import Metrics
from factlint.serve.options import Limits, RequestOptions


@dataclass
class State:
    engines: Engines
    limits: Limits
    batcher: Batcher
    metrics: Metrics = field(default_factory=Metrics)
    projects: Projects = field(default_factory=Projects)
    rulesets: dict = field(default_factory=dict)  # packs -> RuleSet, for GET /v1/rules?packs=
    ready: bool = False
    warm_up_seconds: float | None = None
    warm_up_error: str | None = None

    async def check(self, options: RequestOptions, answers: list[Answer], wait_for_room: bool = False) -> list[Report]:
        """Reports for `answers` (copies with request-unique question ids go to the engine),
        through the batcher, within the request time-out."""
        try:
            reports = await self.batcher.submit(options, isolate(answers), timeout=self.limits.timeout,
                                                wait_for_room=wait_for_room)
        except Overloaded as exc:
            self.metrics.rejected.inc()
            raise ServeError(503, f"the server is busy ({exc.pending} answers waiting or being checked); "
                                  f"retry in {exc.retry_after} s", {"Retry-After": str(exc.retry_after)},
                             error="overloaded") from None
        except asyncio.TimeoutError:
            raise ServeError(504, f"no reports within {self.limits.timeout:g} s (factlint serve --timeout); "
                                  "send fewer answers per request, or retry") from None
        self.metrics.reports(reports)
        return reports


def state_of(request: Request) -> State:
    return request.app.state.factlint


async def json_body(request: Request):
    body = await request.body()
    if not body.strip():
        raise ServeError(400, "the request has no body; send JSON")
    try:
        text = body.decode("utf-8")  # JSON is UTF-8 (RFC 8259); json.loads would guess UTF-16 from a BOM
    except UnicodeDecodeError as exc:
        raise ServeError(400, f"the body is not UTF-8 (byte {exc.start})") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ServeError(400, "the JSON body is nested too deep") from None
    except ValueError as exc:
        raise ServeError(400, f"the body is not JSON: {exc}") from None
