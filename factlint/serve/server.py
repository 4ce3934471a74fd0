"""Running the app on uvicorn, with access logs on stderr and a graceful stop.

uvicorn handles SIGTERM and SIGINT: it stops accepting connections, lets the requests in
flight finish (up to the request time-out and a little more), then runs the app's
shut-down, which stops the batcher.
"""

from __future__ import annotations

import logging
import signal
import sys

import uvicorn

from factlint.engine import Engine
from factlint.serve.app import create_app
from factlint.serve.options import Limits


def _log_to_stderr(name: str, level: int) -> None:
    logger = logging.getLogger(name)
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


def run(engine: Engine, host: str = "127.0.0.1", port: int = 8080, limits: Limits | None = None,
        access_log: bool = True) -> int:
    """Serve until SIGTERM or Ctrl-C; the exit status: 0 after SIGTERM (a managed stop, once
    the requests in flight are answered), 130 after Ctrl-C."""
    limits = limits or Limits()
    _log_to_stderr("factlint.serve", logging.INFO)
    _log_to_stderr("factlint.access", logging.INFO if access_log else logging.WARNING)
    config = uvicorn.Config(
        create_app(engine, limits), host=host, port=port, access_log=False, log_level="info",
        timeout_graceful_shutdown=int(limits.timeout) + 5, lifespan="on",
        # Keep-alive a little longer than the usual client's pool: fewer reconnects under load.
        timeout_keep_alive=15, backlog=2048,
    )
    # uvicorn re-raises the signal that stopped it once it has shut down, to the handler that
    # was there before: these record it, instead of the default one killing the process
    # (which would make a clean, graceful stop look like a crash: exit status -15).
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda number, _frame: received.append(number))
                for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        uvicorn.Server(config).run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 130 if signal.SIGINT in received else 0
