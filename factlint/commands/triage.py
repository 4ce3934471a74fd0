"""`factlint triage`: route, rank and pre-annotate a large JSONL batch of candidate answers."""

from __future__ import annotations

import io
import signal
import sys

import click

from factlint.commands.options import config_options, fail, input_overrides, open_out, refuse_clash, settings_from
from factlint.errors import FactlintError

TRIAGE_FORMATS = ("jsonl", "text", "csv", "labelstudio", "argilla", "html")
# `text` for triage groups candidates by question; `check`'s text writer is finding-per-line.
WRITER_NAMES = {"text": "triage-text"}


def _count_lines(path: str) -> int | None:
    """Lines in a regular file, for the progress bar's total (a fast pass over bytes)."""
    import os
    import stat

    if path == "-":
        return None
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block here, before the run
            return None
        with open(path, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return None


def parse_options(pairs: tuple[str, ...]) -> dict:
    """KEY=VALUE pairs; a VALUE that reads as JSON (true, 3, "x") is taken as such."""
    import json

    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--format-option")
        try:
            options[key] = json.loads(value)
        except json.JSONDecodeError:
            options[key] = value
    return options


@click.command()
@click.argument("source", metavar="IN.jsonl")
@config_options
@click.option("-o", "--out", type=click.Path(), help="Output file (default: stdout); with --ray, a folder of JSONL shards.")
@click.option("-f", "--format", "fmt", type=click.Choice(TRIAGE_FORMATS), default="jsonl", show_default=True, help="Output format.")
@click.option("--index", "index_dir", type=click.Path(file_okay=False), help="Evidence index for fact checks (see `factlint index build`).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes checking batches in parallel (with --ray: actors).")
@click.option("--ray", "ray_address", is_flag=False, flag_value="", default=None, metavar="[ADDRESS]",
              help='Triage on Ray Data (pip install "factlint[ray]"): as ray.init() does (RAY_ADDRESS, else a new local Ray), or at ADDRESS (auto: the cluster `ray start` runs here).')
@click.option("--batch-size", type=click.IntRange(1, 100_000), help="Answers per batch (default: batch_size in the config, 256).")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: skip records already in --out (jsonl or csv).")
@click.option("--text-field", help="Field holding the answer (default: answer, else text).")
@click.option("--id-field", help="Field holding the record id (default: id).")
@click.option("--question-field", help="Field holding the question (default: question).")
@click.option("--candidates-field", help="Field holding a list of candidate answers (default: candidates).")
@click.option("--format-option", "format_options", multiple=True, metavar="KEY=VALUE",
              help="A writer option, repeatable: labelstudio from_name/to_name/score, csv formula_guard, html title...")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def triage(source, out, fmt, index_dir, workers, ray_address, batch_size, resume, text_field, id_field,
           question_field, candidates_field, format_options, quiet, overrides, config_path):
    """Triage the answers in IN.jsonl (or - for stdin): one report per answer, with its
    route (pass, review, reject), risk, findings, and rank among the candidates of its question.

    \b
    Examples:
      factlint triage batch.jsonl --out triage.jsonl --index indexes/demo/built
      factlint triage batch.jsonl --format text          # ranked candidates per question
      factlint triage batch.jsonl --format html --out report.html
      factlint triage batch.jsonl --out triage.jsonl --resume      # after a crash or kill
      factlint triage batch.jsonl --format labelstudio --out tasks.json
      factlint triage batch.jsonl --ray auto --workers 8 --out triage/   # on a Ray cluster

    Records hold `id`, `question` and `answer` (or `text`), or `candidates`, a list of answers
    to one question. A record that cannot be read becomes an error report with its line number.
    A summary (counts per route and rule, throughput, engines) goes to stderr at the end.
    With --ray, IN may also be a folder, Parquet, or a URI Ray Data reads (s3://...), and
    --out is a folder: JSONL shards (the same records, in Ray's order) and summary.json.
    Exit codes: 0 done, 2 usage or config error or a record that could not be read (it is
    still in the output, as an error report), 130 interrupted (the output so far is kept).
    """
    from factlint.engine import Engine
    from factlint.formats import Writer  # noqa: F401 - registers the formats
    from factlint.readers import read_answers
    from factlint.registry import formats
    from factlint.triage import TriageRun, resume_keys

    fields = {"text": text_field, "id": id_field, "question": question_field, "candidates": candidates_field}
    input_overrides(overrides, fields, index_dir)
    if batch_size:
        overrides["batch_size"] = batch_size
    if resume and not out:
        raise click.UsageError("--resume needs --out: the file to continue")
    refuse_clash(out, [source])
    settings = settings_from(config_path, overrides)
    if ray_address is not None:
        _triage_on_ray(source, out, fmt, resume, format_options, workers, ray_address, settings, quiet)
    engine = Engine(settings)
    try:
        engine.validate()  # load the packs, and refuse an unknown rule name, before any output
        skip = resume_keys(out, fmt) if resume else set()
    except (FactlintError, ValueError) as exc:
        fail(str(exc))
    for message in engine.ruleset.errors:
        click.echo(f"factlint: error: {message}", err=True)

    appending = resume and bool(skip)
    options = {**parse_options(format_options), "quiet": quiet, "append": appending}
    writer_class = formats.get(WRITER_NAMES.get(fmt, fmt))
    try:  # a bad writer option is a usage error, before --out is opened (and emptied)
        writer_class(io.StringIO(), options)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--format-option") from None
    handle = open_out(out, "a" if appending else "w", newline="")
    writer = writer_class(handle, options)

    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=_count_lines(source), unit="answers", file=sys.stderr, dynamic_ncols=True)
    run = TriageRun(engine, writer, workers=workers, on_batch=progress.update if progress else None)
    # A SIGTERM stops like Ctrl-C: the batch in flight is dropped, the rest is flushed.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        answers = read_answers([source], settings.fields, max_bytes=settings.max_chars * 4)
        summary = run.run(answers, skip=skip, source=source, out=out)
    except FactlintError as exc:
        fail(str(exc))
    finally:
        if progress:
            progress.close()
        writer.close()
        if out:
            handle.close()
    if not quiet:
        click.echo(summary.render(), err=True)
    sys.exit(130 if summary.interrupted else 2 if summary.errors or engine.ruleset.errors else 0)


def _triage_on_ray(source, out, fmt, resume, format_options, workers, address, settings, quiet) -> None:
    """`--ray`: the same records through factlint.integrations.ray, into the folder --out."""
    from factlint.engine import Engine

    if not out:
        raise click.UsageError("--ray needs --out: the folder the JSONL shards go to")
    if fmt != "jsonl" or resume or format_options:
        raise click.UsageError("--ray writes jsonl shards: --format, --format-option and --resume do not apply")
    if source == "-":
        raise click.UsageError("--ray reads files (Ray Data reads them on the cluster), not standard input")
    try:
        from factlint.integrations.ray import import_ray, triage_ray

        import_ray()
        engine = Engine(settings)
        engine.validate()  # an unknown rule name is refused here, before the cluster starts
    except (FactlintError, ValueError) as exc:
        fail(str(exc))
    for message in engine.ruleset.errors:
        click.echo(f"factlint: error: {message}", err=True)
    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=_count_lines(source), unit="answers", file=sys.stderr, dynamic_ncols=True)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        summary = triage_ray([source], out, settings, address=address or None, actors=workers, quiet=quiet,
                             on_batch=progress.update if progress else None)
    except FactlintError as exc:
        fail(str(exc))
    finally:
        if progress:
            progress.close()
    if not quiet:
        click.echo(summary.render(), err=True)
        click.echo(f"wrote {len(summary.shards)} shard(s) and summary.json to {out}", err=True)
    sys.exit(130 if summary.interrupted else 2 if summary.errors or engine.ruleset.errors else 0)
