"""manifest.json: what an index is, what built it, and what its files must look like.

Written last into the scratch directory, so a complete manifest means complete files.
`read_manifest` checks everything an open needs before any file is trusted: the format and
its version, the required keys, and each file's size and SHA-256 against the manifest. Every
failure is an EvidenceIndexError naming the file and what is wrong with it.
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
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvidenceIndexError(f"{path}: missing; {folder} is not a complete evidence index") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvidenceIndexError(f"{path}: unreadable ({exc})") from None
    try:
        manifest = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvidenceIndexError(f"{path}: not valid JSON, truncated or corrupt ({exc.msg} at line {exc.lineno})") from None
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
    for name in DATA_FILES:
        expected = manifest["files"].get(name)
        data = folder / name
        if not isinstance(expected, dict) or "bytes" not in expected or "sha256" not in expected:
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
