"""`factlint index`: build, update, describe and search evidence indexes.

Thin: each command checks its options, calls factlint.evidence.index.EvidenceIndex, and
renders the result. Results go to stdout; progress bars, warnings and summaries to stderr.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from pathlib import Path

import click

from pydantic import ValidationError

from factlint.commands.options import fail
from factlint.errors import ConfigError, FactlintError


def _log_to_stderr() -> None:
    """Warnings (duplicate ids, skipped records) reach stderr even when this group runs
    without `factlint`'s main, which sets up logging itself."""
    logger = logging.getLogger("factlint")
    if not logger.hasHandlers():
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("factlint: %(message)s"))
        logger.addHandler(handler)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a record is emitted (click's test runner swaps it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def _embedder(model: str | None, quantize: bool | None, batch_size: int | None, base: dict | None = None):
    """The embedder from flags over `base` (an index's own model, a definition's
    [embedder]) or else the project config's [embedder] section."""
    from factlint.config import EmbedderConfig, find_project_config, read_config_file
    from factlint.evidence.embedder import Embedder

    if base is None:
        base = {}
        path = find_project_config()
        if path is not None:
            base = read_config_file(path).get("embedder", {}) or {}
            try:
                EmbedderConfig.model_validate(base)
            except ValidationError as exc:
                err = exc.errors()[0]
                key = ".".join(str(p) for p in err["loc"])
                raise ConfigError(f"{path}: key `embedder.{key}`: {err['msg']}") from None
    flags = {"model": model, "quantize": quantize, "batch_size": batch_size}
    merged = {**base, **{k: v for k, v in flags.items() if v is not None}}
    return Embedder.from_settings(EmbedderConfig.model_validate(merged))


def _index_embedder(path: Path, model, quantize, batch_size):
    """The embedder that built the index at `path`, unless flags name another."""
    from factlint.evidence.manifest import read_manifest

    manifest = read_manifest(Path(path), verify=False)
    own = {"model": manifest.get("model_name", manifest["base_model"]), "quantize": manifest.get("quantization") == "int8"}
    return _embedder(model, quantize, batch_size, base=own)


# Characters a terminal obeys rather than shows: C0 and C1 controls (ESC starts escape
# sequences, CSI is 0x9b, CR overwrites the line) and the bidirectional overrides that
# reorder what is shown. Text output shows them escaped; JSON output escapes them itself.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(value: object) -> str:
    """`value` as text that is safe to print to a terminal: controls appear as \\x1b."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(value))


def _run(fn):
    """Call the library; its errors become a one-line message and exit code 2."""
    try:
        return fn()
    except FactlintError as exc:
        fail(str(exc))


def _fields_options(f):
    f = click.option("--text-field", default=None, help="Field (column) with the document text. [default: text]")(f)
    f = click.option("--title-field", default=None, help="Field (column) with the title. [default: title]")(f)
    f = click.option("--id-field", default=None, help="Field (column) with the document id. [default: id]")(f)
    return f


def _embedder_options(f):
    f = click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Texts per model call.")(f)
    f = click.option("--quantize/--no-quantize", default=None, help="int8 dynamic quantisation of the embedder.")(f)
    f = click.option("--model", default=None, help="sentence-transformers model name or path. [default: all-MiniLM-L6-v2, bundled]")(f)
    return f


def _quiet_option(f):
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")(f)


def _fields(id_field, title_field, text_field) -> dict:
    return {k: v for k, v in (("id_field", id_field), ("title_field", title_field), ("text_field", text_field)) if v}


@click.group("index")
def index() -> None:
    """Build, update and search evidence indexes (FAISS + SQLite) for fact checks."""


@index.command("build")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Index directory to create or replace.")
@_fields_options
@click.option("--max-chars", type=click.IntRange(min=20), default=600, show_default=True, help="Longest passage, in characters.")
@click.option("--overlap", type=click.IntRange(min=0), default=1, show_default=True, help="Sentences repeated between consecutive passages.")
@click.option("--no-title", is_flag=True, help="Embed passages without their document title.")
@click.option("--factory", default="auto", show_default=True, help='FAISS factory string ("Flat", "HNSW32,Flat", "IVF1024,Flat"); auto: exact up to 50,000 passages, else IVF.')
@click.option("--nprobe", type=click.IntRange(min=1), default=None, help="IVF lists searched (default: tuned at build time).")
@click.option("--ef-search", type=click.IntRange(min=1), default=None, help="HNSW search depth (default: tuned at build time).")
@_embedder_options
@_quiet_option
@click.pass_context
def build(ctx, sources, out_dir, id_field, title_field, text_field, max_chars, overlap, no_title, factory,
          nprobe, ef_search, model, quantize, batch_size, quiet) -> None:
    """Build an index of SOURCES (.jsonl, .csv, .tsv, .txt, .md files or directories of them),
    or of what an index definition (a .toml file, see indexes/demo/index.toml) describes.

    The new index replaces the one in --out only once it is complete.

    \b
    Examples:
      factlint index build indexes/demo/corpus.jsonl --out indexes/demo/built
      factlint index build indexes/demo/index.toml
    """
    from factlint.evidence.definition import load_definition
    from factlint.evidence.index import EvidenceIndex

    _log_to_stderr()
    started = time.perf_counter()

    def given(name: str) -> bool:
        return ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE

    def go():
        options = {
            "max_chars": max_chars, "overlap": overlap, "embed_title": not no_title,
            "factory": factory, "nprobe": nprobe, "ef_search": ef_search,
            **_fields(id_field, title_field, text_field),
        }
        if len(sources) == 1 and sources[0].suffix.lower() == ".toml":
            spec = load_definition(sources[0])
            from_file = {
                "max_chars": spec.max_chars, "overlap": spec.overlap, "embed_title": spec.embed_title,
                "factory": spec.factory, "nprobe": spec.nprobe, "ef_search": spec.ef_search,
                "id_field": spec.fields.id, "title_field": spec.fields.title, "text_field": spec.fields.text,
            }
            flag_of = {"embed_title": "no_title"}
            options = {k: (options[k] if k in options and given(flag_of.get(k, k)) else v) for k, v in from_file.items()}
            inputs, target = spec.source_paths(), out_dir or spec.out_path()
            embedder = _embedder(model, quantize, batch_size, base=spec.embedder.model_dump())
        else:
            if out_dir is None:
                raise ConfigError("index build: --out is required (or give an index definition .toml)")
            inputs, target = list(sources), out_dir
            embedder = _embedder(model, quantize, batch_size)
        built = EvidenceIndex.build(inputs, target, embedder=embedder, progress=False if quiet else None, **options)
        return target, built.info()

    target, info = _run(go)
    if not quiet:
        click.echo(
            f"built {target}: {info['passages']} passages from {info['documents']} documents, "
            f"{info['embedding_model']}, {info['factory']}, {info['size_bytes'] / 1e6:.1f} MB "
            f"in {time.perf_counter() - started:.1f}s",
            err=True,
        )


@index.command("add")
@click.argument("index_dir", type=click.Path(path_type=Path))
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@_fields_options
@_quiet_option
def add(index_dir, sources, id_field, title_field, text_field, quiet) -> None:
    """Add the documents of SOURCES to the index in INDEX_DIR.

    A document whose id is already in the index replaces it. Chunking and the embedding
    model are those the index was built with.

    Example: factlint index add indexes/demo/built more.jsonl
    """
    from factlint.evidence.index import EvidenceIndex

    _log_to_stderr()

    def go():
        embedder = _index_embedder(index_dir, None, None, None)
        with EvidenceIndex.open(index_dir, embedder=embedder) as opened:
            return opened.add(sources, progress=False if quiet else None, **_fields(id_field, title_field, text_field))

    stats = _run(go)
    if not quiet:
        click.echo(
            f"added {stats['passages']} passages from {stats['documents']} documents to {index_dir}"
            + (f" (replaced {stats['replaced_documents']} documents)" if stats["replaced_documents"] else ""),
            err=True,
        )


@index.command("remove")
@click.argument("index_dir", type=click.Path(path_type=Path))
@click.option("--doc", "doc_ids", multiple=True, required=True, help="Id of a document to remove (repeat for more).")
@_quiet_option
def remove(index_dir, doc_ids, quiet) -> None:
    """Remove documents by id from the index in INDEX_DIR.

    Example: factlint index remove indexes/demo/built --doc iron-rda --doc tea
    """
    from factlint.evidence.index import EvidenceIndex

    _log_to_stderr()

    def go():
        with EvidenceIndex.open(index_dir) as opened:
            return opened.remove(doc_ids)

    stats = _run(go)
    for missing in stats["not_found"]:
        click.echo(f"warning: {index_dir}: no document {missing!r}", err=True)
    if not quiet:
        click.echo(f"removed {stats['passages']} passages of {stats['documents']} documents from {index_dir}", err=True)


@index.command("info")
@click.argument("index_dir", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--no-verify", is_flag=True, help="Check file sizes but skip checksums (faster on a large index).")
def info(index_dir, fmt, no_verify) -> None:
    """Describe the index in INDEX_DIR: model, passages, documents, FAISS factory, size.

    Example: factlint index info indexes/demo/built --format json
    """
    from factlint.evidence.index import EvidenceIndex

    def go():
        with EvidenceIndex.open(index_dir, verify=not no_verify) as opened:
            return opened.info()

    data = _run(go)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    params = ", ".join(f"{k}={v}" for k, v in data["search_params"].items()) or "none"
    quant = f" ({data['quantization']})" if data["quantization"] else ""
    rows = [
        ("path", data["path"]),
        ("model", f"{data['embedding_model']}{quant}, dimension {data['dimension']}, {data['metric']}"),
        ("passages", f"{data['passages']} from {data['documents']} documents"),
        ("factory", f"{data['factory']} (search: {params})"),
        ("size", f"{data['size_bytes'] / 1e6:.2f} MB"),
        ("chunking", ", ".join(f"{k}={v}" for k, v in (data["chunking"] or {}).items())),
        ("updated", data["updated"]),
    ]
    for key, value in rows:
        click.echo(f"{key:<9} {_shown(value)}")


@index.command("search")
@click.argument("index_dir", type=click.Path(path_type=Path))
@click.argument("queries", nargs=-1, required=True)
@click.option("-k", "k", type=click.IntRange(min=1), default=5, show_default=True, help="Passages per query.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--nprobe", type=click.IntRange(min=1), default=None, help="Override the IVF lists searched.")
@click.option("--ef-search", type=click.IntRange(min=1), default=None, help="Override the HNSW search depth.")
@_embedder_options
def search(index_dir, queries, k, fmt, nprobe, ef_search, model, quantize, batch_size) -> None:
    """Search the index in INDEX_DIR for each QUERY; best passages first.

    The queries are embedded with the index's own model unless --model/--quantize say otherwise.

    Example: factlint index search indexes/demo/built "How much iron do men need?" -k 3
    """
    from factlint.evidence.index import EvidenceIndex

    def go():
        embedder = _index_embedder(index_dir, model, quantize, batch_size)
        with EvidenceIndex.open(index_dir, embedder=embedder) as opened:
            return opened.search(list(queries), k=k, nprobe=nprobe, ef_search=ef_search)

    results = _run(go)
    if fmt == "json":
        payload = [{"query": q, "hits": [h.to_dict() for h in hits]} for q, hits in zip(queries, results)]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for n, (query, hits) in enumerate(zip(queries, results)):
        if n:
            click.echo()
        click.echo(f"query: {_shown(query)}")
        for rank, hit in enumerate(hits, 1):
            title = f"  {_shown(hit.title)}" if hit.title else ""
            click.echo(f"{rank:>2}. {hit.score:.3f}  {_shown(hit.doc_id)}{title}  [{_shown(hit.source)}:{hit.start}-{hit.end}]")
            click.echo(f"    {_shown(' '.join(hit.text.split()))}")
