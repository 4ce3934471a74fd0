"""The passage store: passages.sqlite, one row per passage, keyed by its stable int64 id.

Columns: id, doc_id, title, source, text, start, end (code-point offsets of the passage in
its document's text). The vectors live in index.faiss under the same ids.

An index directory is never changed in place (see `atomic.py`), so a store opened for
reading is opened `immutable`: SQLite then takes no locks and needs no write access, and
any number of processes can read the same file at once.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

SCHEMA = """
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
"""
DOC_INDEX = "CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id)"
COLUMNS = ("id", "doc_id", "title", "source", "text", "start", "end")
Row = tuple[int, str, str, str, str, int, int]

# SQLite's default limit on host parameters in one statement is 32766 (older builds: 999).
_CHUNK = 900


class PassageStore:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def create(cls, path: Path) -> PassageStore:
        """A new, empty store for writing. The caller writes it in a scratch directory."""
        conn = sqlite3.connect(path)
        # A scratch file that is thrown away on failure needs no journal.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA)
        return cls(conn, path)

    @classmethod
    def open_for_update(cls, path: Path) -> PassageStore:
        """A copy of a store, opened for writing; same rules as `create`."""
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        return cls(conn, path)

    @classmethod
    def open_readonly(cls, path: Path) -> PassageStore:
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return cls(conn, path)

    def add(self, rows: Iterable[Row]) -> None:
        with self._lock:
            self.conn.executemany(
                'INSERT INTO passages (id, doc_id, title, source, text, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def get(self, ids: Sequence[int]) -> dict[int, Row]:
        """The rows of `ids` that exist, by id."""
        out: dict[int, Row] = {}
        unique = list(dict.fromkeys(int(i) for i in ids))
        with self._lock:
            for i in range(0, len(unique), _CHUNK):
                part = unique[i : i + _CHUNK]
                marks = ",".join("?" * len(part))
                for row in self.conn.execute(
                    f'SELECT id, doc_id, title, source, text, start, "end" FROM passages '
                    f"WHERE id IN ({marks})",
                    part,
                ):
                    out[row[0]] = row
        return out

    def passage_ids_of(self, doc_ids: Iterable[str]) -> list[int]:
        """Ids of every passage of the given documents."""
        doc_ids = list(dict.fromkeys(doc_ids))
        found: list[int] = []
        with self._lock:
            for i in range(0, len(doc_ids), _CHUNK):
                part = doc_ids[i : i + _CHUNK]
                marks = ",".join("?" * len(part))
                found.extend(
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT id FROM passages WHERE doc_id IN ({marks})", part
                    )
                )
        return sorted(found)

    def delete(self, ids: Sequence[int]) -> None:
        with self._lock:
            for i in range(0, len(ids), _CHUNK):
                part = [int(x) for x in ids[i : i + _CHUNK]]
                marks = ",".join("?" * len(part))
                self.conn.execute(f"DELETE FROM passages WHERE id IN ({marks})", part)

    def check_schema(self) -> None:
        """Raise ValueError unless the file holds the `passages` table with every column
        the store reads (a valid SQLite file of another schema would open, then fail every
        search)."""
        with self._lock:
            columns = {row[1] for row in self.conn.execute("PRAGMA table_info(passages)")}
        missing = [c for c in COLUMNS if c not in columns]
        if missing:
            raise ValueError(f"table `passages` lacks column(s) {', '.join(missing)}" if columns else "no `passages` table")

    def count(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT count(*) FROM passages").fetchone()[0]

    def document_count(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT count(DISTINCT doc_id) FROM passages").fetchone()[0]

    def max_id(self) -> int:
        with self._lock:
            value = self.conn.execute("SELECT max(id) FROM passages").fetchone()[0]
        return -1 if value is None else value

    def finish(self) -> None:
        """Index the document ids, commit and close: the file is complete after this."""
        with self._lock:
            self.conn.execute(DOC_INDEX)
            self.conn.commit()
            self.conn.close()

    def close(self) -> None:
        with self._lock:
            self.conn.close()
