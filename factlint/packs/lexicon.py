"""Lexicons: plain word lists a team can read and extend.

One entry per line; `#` starts a comment; an entry may be a phrase ("as an ai language
model"); a trailing `*` matches any ending ("diagnos*" matches diagnose, diagnosis).
Entries are matched case-insensitively on word boundaries.

A word list is a regular file of at most MAX_BYTES: a folder, a device (/dev/zero) or a
FIFO is an error naming the path, never a traceback or a read that does not end.
"""

from __future__ import annotations

import stat
from functools import lru_cache
from pathlib import Path

import regex

from factlint.errors import PackError

MAX_BYTES = 32 << 20  # far above any word list; a bigger "lexicon" is a mistake


@lru_cache(maxsize=256)
def _read(path: Path, what: str) -> tuple[str, ...]:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket"
            raise PackError(f"{path}: {what} is not a regular file ({kind})")
        if info.st_size > MAX_BYTES:
            raise PackError(f"{path}: {what} file too large ({info.st_size:,} bytes; at most {MAX_BYTES:,})")
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise PackError(f"{path}: {what} file not found") from None
    except UnicodeDecodeError as exc:
        raise PackError(f"{path}: {what} is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise PackError(f"{path}: {what} cannot be read: {exc.strerror or exc}") from None
    entries = []
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


def read_lexicon(path: Path, what: str = "lexicon") -> tuple[str, ...]:
    """The entries of a word-list file (a lexicon, a vocabulary), comments and blanks left out."""
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise PackError(f"{path}: {what} cannot be read: {exc}") from None
    return _read(resolved, what)


def phrase_pattern(entries: list[str] | tuple[str, ...], ignorecase: bool = True) -> regex.Pattern | None:
    """One compiled alternation for a word list: phrases match across any run of white space."""
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        wildcard = entry.endswith("*")
        words = entry.rstrip("*").split()
        if not words:  # "*" alone would match every word, and nothing
            continue
        body = r"\s+".join(regex.escape(w) for w in words)
        alternatives.append(body + (r"[\w'’-]*" if wildcard else ""))
    if not alternatives:
        return None
    flags = regex.IGNORECASE if ignorecase else 0
    # Lookarounds instead of \b so entries that start or end in punctuation still match.
    return regex.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])", flags)
