"""The SQLite store: documents, annotation layers, full-text search, ingest log and runs.

One connection per :class:`SQLiteStore`, in autocommit mode with explicit transactions
(:meth:`SQLiteStore.transaction`), WAL journal, ``synchronous=NORMAL`` (durable at every
checkpoint, never corrupt after a crash) and a busy timeout so a reader and a writer in
two processes wait for each other instead of failing. The queries it shares with the
PostgreSQL store live in :class:`rasid.store.base.SQLDocumentStore`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rasid.errors import DatabaseLockedError, StoreError
from rasid.store.base import SearchHit, SQLDocumentStore, WriteItem, WriteOutcome
from rasid.store.defaults import DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_DB, TITLE_WEIGHT
from rasid.store.fts import (
    ParsedQuery,
    PreparedDocument,
    fts5_count_sql,
    fts5_ranked_sql,
    fts_match_expression,
)
from rasid.store.migrate import migrate

__all__ = [
    "DEFAULT_BUSY_TIMEOUT_MS",
    "DEFAULT_DB",
    "TITLE_WEIGHT",
    "SQLiteStore",
    "SearchHit",
    "WriteItem",
    "WriteOutcome",
]


class SQLiteStore(SQLDocumentStore):
    """Documents and their annotations in one SQLite file (see ``migrations/001_core.sql``)."""

    LIST_IDS_HINT = "sqlite3 DB 'select id, title from documents'"
    RUN_ORDER = "rowid"
    _conn: sqlite3.Connection

    def __init__(
        self,
        path: str | os.PathLike[str] = DEFAULT_DB,
        *,
        create: bool = True,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        check_same_thread: bool = True,
    ) -> None:
        self.path = str(path)
        if self.path != ":memory:" and not create and not Path(self.path).exists():
            raise StoreError(
                f"no database at {self.path}; run `rasid ingest PATH --db {self.path}` first", code="S003"
            )
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.busy_timeout_ms = int(busy_timeout_ms)
        try:
            self._conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                timeout=busy_timeout_ms / 1000,
                check_same_thread=check_same_thread,
            )
            self._conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn)
        except (sqlite3.DatabaseError, StoreError) as exc:
            if _is_lock_timeout(exc) or _is_lock_timeout(exc.__cause__):
                raise self._locked_error() from exc
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open the database {self.path}: {exc}", code="S004") from exc

    def own_files(self) -> frozenset[str]:
        """The real paths of the files this store writes: the database and its -wal, -shm and -journal.

        An ingest of the folder that holds the database must not read them as articles.
        """
        if self.path == ":memory:" or self.path.startswith("file:"):
            return frozenset()
        database = os.path.realpath(self.path)
        return frozenset(database + suffix for suffix in ("", "-wal", "-shm", "-journal"))

    def reopen_location(self) -> str | None:
        return None if self.path == ":memory:" else self.path

    def prepare_bulk_write(self) -> None:
        self._conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS and b-tree inserts stay in memory

    def _locked_error(self) -> DatabaseLockedError:
        return DatabaseLockedError(
            f"the database {self.path} is locked by another process (waited {self.busy_timeout_ms / 1000:g} s);"
            " try again when it has finished, or raise store.busy_timeout_ms"
        )

    # --- transactions and the FTS5 index ----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception (incl. Ctrl-C)."""
        if self._conn.in_transaction:  # nested use joins the outer transaction
            yield self._conn
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._locked_error() if _is_lock_timeout(exc) else exc from exc
        try:
            yield self._conn
        except BaseException as exc:
            if self._conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
                self._conn.execute("ROLLBACK")
            if _is_lock_timeout(exc):
                raise self._locked_error() from exc
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if not _is_lock_timeout(exc):
                raise
            self._conn.execute("ROLLBACK")
            raise self._locked_error() from exc

    def integrity_check(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    def _insert(self, conn: sqlite3.Connection, prepared: PreparedDocument, seq: int, now: str) -> bool:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO documents(id, url, outlet, title, author, published, published_precision,"
            " language, text, meta, seq, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*prepared.row, seq, prepared.content_hash, now),
        )
        if cursor.rowcount != 1:
            return False
        conn.execute(
            "INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)",
            (seq, prepared.index_title, prepared.index_body),
        )
        self._write_layer_rows(conn, prepared.id, prepared.layers, now)
        return True

    # --- search (bounded: see SQLDocumentStore.SEARCH_CANDIDATES) ---------------------------------
    def _ranked(
        self,
        query: str,
        parsed: ParsedQuery,
        clauses: list[str],
        params: list[Any],
        limit: int,
        offset: int,
        *,
        candidates: int | None = None,
    ) -> list[tuple[Any, ...]]:
        """FTS5 matches in bm25 order, title hits weighted :data:`TITLE_WEIGHT` times body hits."""
        sql = fts5_ranked_sql(clauses, TITLE_WEIGHT, candidates=candidates)
        bound = [] if candidates is None else [candidates]
        try:
            ranked = self._conn.execute(
                sql, (fts_match_expression(parsed), *params, *bound, limit, offset)
            ).fetchall()
        except sqlite3.OperationalError as exc:  # should not happen: every term is quoted
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc
        found = []
        for seq, score in ranked:
            row = self._conn.execute(
                "SELECT id, title, outlet, language, published, url, text FROM documents WHERE seq = ?",
                (seq,),
            ).fetchone()
            # bm25 is "smaller is better" and negative; report a positive score, bigger is better
            found.append((*row, -score))
        return found

    def _count_matches(
        self, query: str, parsed: ParsedQuery, clauses: list[str], params: list[Any], cap: int
    ) -> int:
        try:
            row = self._conn.execute(fts5_count_sql(clauses), (fts_match_expression(parsed), *params, cap))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc
        return int(row.fetchone()[0])


def _is_lock_timeout(exc: BaseException | None) -> bool:
    """Whether ``exc`` is SQLite giving up on a lock another connection held past the busy timeout."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    primary_code = exc.sqlite_errorcode & 0xFF  # extended codes (SQLITE_BUSY_SNAPSHOT…) share the low byte
    return primary_code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
