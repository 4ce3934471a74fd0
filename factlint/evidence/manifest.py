"""manifest.json: what an index is, what built it, and what its files must look like.

Written last into the scratch directory, so a complete manifest means complete files.
`read_manifest` checks everything an open needs before any file is trusted: the format and
its version, the required keys and the type of every value the code reads (a crafted
manifest is an error naming the key, never a traceback), and each file's size and SHA-256
against the manifest. Every failure is an EvidenceIndexError naming the file and what is
wrong with it.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from factlint.errors import EvidenceIndexError

FORMAT = "factlint-evidence-index"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FAISS_FILE = "index.faiss"
STORE_FILE = "passages.sqlite"
DATA_FILES = (FAISS_FILE, STORE_FILE)

REQUIRED = (
    "format", "format_version", "embedding_model", "base_model", "dimension",
    "normalization", "metric", "factory", "passage_count", "next_passage_id", "files",
)
MAX_BYTES = 16 << 20  # a manifest is a few kilobytes


def _count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _text(value) -> bool:
    return isinstance(value, str)


def _optional_text(value) -> bool:
    return value is None or isinstance(value, str)


def _search_params(value) -> bool:
    return value is None or (isinstance(value, dict) and all(isinstance(k, str) and _count(v) and 0 < v < 2**31 for k, v in value.items()))


def _chunking(value) -> bool:
    return isinstance(value, dict) and all(
        (k == "embed_title" and isinstance(v, bool)) or (k != "embed_title" and _count(v)) for k, v in value.items()
    )


def _fields(value) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


# What each key the code reads must hold: (check, what it should be).
TYPES = {
    "embedding_model": (_text, "a string"),
    "base_model": (_text, "a string"),
    "model_name": (_text, "a string"),
    "quantization": (_optional_text, "a string or null"),
    "dimension": (lambda v: _count(v) and v > 0, "a positive integer"),
    "normalization": (_text, "a string"),
    "metric": (_text, "a string"),
    "factory": (_text, "a FAISS factory string"),
    "passage_count": (_count, "a count (an integer, 0 or more)"),
    "next_passage_id": (_count, "a passage id (an integer, 0 or more)"),
    "document_count": (lambda v: v is None or _count(v), "a count or null"),
    "files": (lambda v: isinstance(v, dict), "an object of file entries"),
    "search_params": (_search_params, "an object of positive integers, e.g. {\"nprobe\": 8}"),
    "chunking": (_chunking, "an object of counts and embed_title"),
    "fields": (_fields, "an object of field names"),
    "created": (_optional_text, "a string"),
    "updated": (_optional_text, "a string"),
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def file_entries(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        name: {"bytes": (folder / name).stat().st_size, "sha256": sha256_of(folder / name)}
        for name in DATA_FILES
    }


def write_manifest(folder: Path, manifest: dict) -> None:
    manifest = dict(manifest, files=file_entries(folder))
    path = folder / MANIFEST
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())


def read_manifest(folder: Path, verify: bool = True) -> dict:
    """The manifest of the index in `folder`, after checking its files (sizes always,
    checksums when `verify`)."""
    path = folder / MANIFEST
    if not folder.is_dir():
        raise EvidenceIndexError(f"{folder}: no evidence index here (build one with `factlint index build`)")
    try:
        if path.is_file() and path.stat().st_size > MAX_BYTES:
            raise EvidenceIndexError(f"{path}: {path.stat().st_size:,} bytes, too large for a manifest; rebuild the index")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvidenceIndexError(f"{path}: missing; {folder} is not a complete evidence index") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceIndexError(f"{path}: unreadable ({exc})") from None
    try:
        manifest = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvidenceIndexError(f"{path}: not valid JSON, truncated or corrupt ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise EvidenceIndexError(f"{path}: not valid JSON factlint can read (nested too deep); rebuild the index") from None
    except ValueError as exc:  # an integer too long to convert
        raise EvidenceIndexError(f"{path}: not valid JSON factlint can read ({exc}); rebuild the index") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise EvidenceIndexError(f"{path}: not a factlint evidence index manifest (format is not {FORMAT!r})")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise EvidenceIndexError(
            f"{path}: format version {version!r}; this factlint reads version {FORMAT_VERSION} "
            "(rebuild the index, or upgrade factlint)"
        )
    missing = [key for key in REQUIRED if key not in manifest]
    if missing:
        raise EvidenceIndexError(f"{path}: missing key(s) {', '.join(missing)}")
    for key, (ok, what) in TYPES.items():
        if key in manifest and not ok(manifest[key]):
            shown = json.dumps(manifest[key])
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            raise EvidenceIndexError(f"{path}: key `{key}` must be {what}, not {shown}; rebuild the index")
    for name in DATA_FILES:
        expected = manifest["files"].get(name)
        data = folder / name
        if (not isinstance(expected, dict) or not _count(expected.get("bytes"))
                or not isinstance(expected.get("sha256"), str)):
            raise EvidenceIndexError(f"{path}: key `files.{name}` is missing or incomplete")
        if not data.is_file():
            raise EvidenceIndexError(f"{data}: missing; rebuild the index")
        size = data.stat().st_size
        if size != expected["bytes"]:
            raise EvidenceIndexError(
                f"{data}: {size} bytes, the manifest says {expected['bytes']} (truncated or replaced); rebuild the index"
            )
        if verify and sha256_of(data) != expected["sha256"]:
            raise EvidenceIndexError(f"{data}: checksum does not match the manifest (corrupt or modified); rebuild the index")
    return manifest
