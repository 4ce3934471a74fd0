"""Replace an index directory as one step, so a reader or a crash never sees half of one.

Every write (build, add, remove) fills a scratch directory beside the target, then swaps it
into place. On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call: at every instant the
target path is either the whole old index or the whole new one, whatever kills the process.
Where that call is missing, the old index is first renamed to a backup (`.NAME.prev`), then
the new one into place; a crash between the two renames leaves the backup, which `open`
reads and the next write puts back. Readers that already have the old files open keep
reading them (POSIX keeps an unlinked file alive while it is open).

One writer at a time: a lock file beside the target (`.NAME.lock`) is held while writing.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factlint.errors import EvidenceIndexError
from factlint.evidence.manifest import MANIFEST

log = logging.getLogger("factlint.evidence")

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def backup_path(target: Path) -> Path:
    return target.parent / f".{target.name}.prev"


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where that is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False  # kernel or file system without exchange: use the fallback
    raise OSError(err, os.strerror(err), str(b))


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on directories
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for child in folder.iterdir():
        _fsync(child)
    _fsync(folder)


def _check_target(target: Path) -> None:
    """Refuse to replace anything that is not an index (or an empty directory)."""
    if not target.exists():
        return
    if not target.is_dir():
        raise EvidenceIndexError(f"{target}: exists and is not a directory; refusing to replace it")
    if not (target / MANIFEST).exists() and any(target.iterdir()):
        raise EvidenceIndexError(
            f"{target}: exists and is not an evidence index (no {MANIFEST}); refusing to replace it"
        )


@contextmanager
def _writer_lock(target: Path) -> Iterator[None]:
    lock_path = target.parent / f".{target.name}.lock"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no cross-process lock
        yield
        return
    with open(lock_path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise EvidenceIndexError(f"{target}: another process is writing this index") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _recover(target: Path) -> None:
    """Under the lock: drop scratch directories of dead writers; restore a lost backup."""
    for stale in target.parent.glob(f".{target.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    backup = backup_path(target)
    if backup.exists():
        if target.exists():
            shutil.rmtree(backup, ignore_errors=True)
        else:
            os.rename(backup, target)
            log.warning("%s: restored the previous index after an interrupted write", target)


def _swap_into_place(new: Path, target: Path) -> None:
    if not target.exists():
        os.rename(new, target)
    elif _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old index
    else:
        backup = backup_path(target)
        os.rename(target, backup)
        os.rename(new, target)
        shutil.rmtree(backup, ignore_errors=True)
    _fsync(target.parent)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """A scratch directory to write a complete index into; on success it replaces `target`.

    On any exception (or a kill) the target is left as it was and the scratch is removed
    (or, after a kill, removed by the next write).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _writer_lock(target):
        _recover(target)
        _check_target(target)
        scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-{os.getpid()}-", dir=target.parent))
        # mkdtemp makes the directory private; an index is as readable as its parent's files.
        os.chmod(scratch, target.stat().st_mode & 0o7777 if target.exists() else 0o777 & ~_umask())
        try:
            yield scratch
            _fsync_tree(scratch)
            _swap_into_place(scratch, target)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
