"""`factlint serve`: the HTTP service (native /v1 API, LanguageTool-compatible /v2, Label
Studio ML backend). Thin: builds the Engine and the limits, then hands over to factlint.serve."""

from __future__ import annotations

import os

import click

from factlint.commands.options import config_options, fail, input_overrides, settings_from
from factlint.errors import FactlintError

TOKEN_ENV = "FACTLINT_TOKEN"


@click.command()
@config_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface; use a --token then).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="Port to listen on.")
@click.option("--index", "index_dir", type=click.Path(file_okay=False), help="Evidence index for fact checks (factlint index build).")
@click.option("--token", envvar=TOKEN_ENV, help=f"Bearer token every endpoint but /health, /ready and /v2/languages requires (or ${TOKEN_ENV}).")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Origin allowed to call from a browser (the review app's); repeatable. Default: none.")
@click.option("--max-body", type=click.IntRange(1), default=4 << 20, show_default=True, help="Largest request body, in bytes (413 past it).")
@click.option("--max-chars", type=click.IntRange(1), default=20_000, show_default=True, help="Longest answer or question, in characters (413 past it).")
@click.option("--max-pending", type=click.IntRange(1), default=512, show_default=True, help="Answers queued or being checked before new requests get 503 with Retry-After.")
@click.option("--timeout", type=click.FloatRange(0.1), default=60.0, show_default=True, help="Seconds a request may wait for its reports (504 past it).")
@click.option("--max-batch", type=click.IntRange(1), default=64, show_default=True, help="Answers per engine batch, gathered from concurrent requests.")
@click.option("--batch-wait-ms", type=click.FloatRange(0, 50), default=2.0, show_default=True, help="Milliseconds to wait for concurrent requests to join a batch (a lone request never waits).")
@click.option("--no-access-log", is_flag=True, help="No access log lines on stderr.")
def serve(host, port, index_dir, token, cors_origins, max_body, max_chars, max_pending, timeout, max_batch,
          batch_wait_ms, no_access_log, overrides, config_path):
    """Serve factlint over HTTP: /v1/check for review apps, /v2/check for LanguageTool
    clients, /predict for Label Studio. Models load once, at start; /ready says when.

    \b
    Examples:
      factlint serve --index indexes/demo/built
      factlint serve --port 8081 --pack strict --cors-origin https://review.example.com
      FACTLINT_TOKEN=s3cret factlint serve --host 0.0.0.0
      curl -s localhost:8080/v1/check -d '{"text": "Its gonna be fine."}'

    Requests may select or ignore rules and name built-in packs; everything else is this
    command's config. See the README's "factlint serve" section, and GET /openapi.json.
    """
    try:
        from factlint.serve import Limits, run
    except ImportError as exc:
        fail(f"factlint serve needs the serve extra: pip install 'factlint[serve]' ({exc})")
    from factlint.engine import Engine

    input_overrides(overrides, {}, index_dir)
    overrides["max_chars"] = max_chars
    settings = settings_from(config_path, overrides)
    engine = Engine(settings)
    try:
        engine.ruleset  # a broken pack or config stops here, with its message, before listening
        engine.checks
    except FactlintError as exc:
        fail(str(exc))
    for message in engine.ruleset.errors:
        fail(message)
    if index_dir and not os.path.isdir(index_dir):
        fail(f"{index_dir}: no such index folder (build one with `factlint index build`)")
    limits = Limits(max_body=max_body, max_chars=max_chars, max_pending=max_pending, timeout=timeout,
                    max_batch=max_batch, batch_wait=batch_wait_ms / 1000, token=token or None,
                    cors_origins=tuple(cors_origins))
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        click.echo(f"factlint: warning: listening on {host} without a token: anyone who can reach it can use it", err=True)
    raise SystemExit(run(engine, host=host, port=port, limits=limits, access_log=not no_access_log))
