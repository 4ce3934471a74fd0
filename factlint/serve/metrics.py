"""`GET /metrics` in Prometheus' text format, and the access log.

Series: requests and their latency by endpoint (the route's template, so ids in paths do
not make a series each), findings by rule, the batcher's queue depth, batch sizes and
answers refused for a full queue.
"""

from __future__ import annotations

import logging
import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match

access_log = logging.getLogger("factlint.access")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("factlint_http_requests", "HTTP requests answered", ["endpoint", "method", "status"], registry=r)
        self.latency = Histogram("factlint_http_request_seconds", "Time to answer a request", ["endpoint"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.findings = Counter("factlint_findings", "Findings reported, by rule", ["rule"], registry=r)
        self.answers = Counter("factlint_answers", "Answers checked, by route", ["route"], registry=r)
        self.queue = Gauge("factlint_queue_answers", "Answers waiting for the engine or being checked", registry=r)
        self.batch = Histogram("factlint_batch_answers", "Answers per Engine.check_batch call",
                               buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256), registry=r)
        self.rejected = Counter("factlint_rejected", "Requests answered 503 because the queue was full", registry=r)
        self.ready = Gauge("factlint_ready", "1 once models are loaded and the index is open", registry=r)

    def reports(self, reports) -> None:
        for report in reports:
            self.answers.labels(report.route if report.error is None else "error").inc()
            for f in report.findings:
                self.findings.labels(f.rule).inc()

    def render(self) -> Response:
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def endpoint_of(request: Request) -> str:
    """The route's path template (`/v1/rules/{id}`), or "other" for no route."""
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match == Match.FULL:
            return getattr(route, "path", "other")
    return "other"


class ObserveMiddleware:
    """Counts and times every request, and writes one access-log line for it:
    client, method, path, status, milliseconds, response bytes."""

    def __init__(self, app, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        seen = {"status": 500, "bytes": 0}

        async def observe(message):
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, observe)
        finally:
            seconds = time.perf_counter() - started
            request = Request(scope)
            endpoint = endpoint_of(request)
            self.metrics.requests.labels(endpoint, scope["method"], str(seen["status"])).inc()
            self.metrics.latency.labels(endpoint).observe(seconds)
            client = scope.get("client") or ("-", 0)
            access_log.info('%s "%s %s" %d %.1fms %dB', client[0], scope["method"], scope["path"],
                            seen["status"], seconds * 1000, seen["bytes"])
