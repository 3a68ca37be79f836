"""The SQLite store: documents, annotation layers, full-text search, ingest log and runs.

One connection per :class:`SQLiteStore`, in autocommit mode with explicit transactions
(:meth:`SQLiteStore.transaction`), WAL journal, ``synchronous=NORMAL`` (durable at every
checkpoint, never corrupt after a crash) and a busy timeout so a reader and a writer in
two processes wait for each other instead of failing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rasid.errors import NotFoundError, StoreError
from rasid.model import Annotation, Document
from rasid.store.fts import (
    PreparedDocument,
    annotation_row,
    fts_match_expression,
    make_snippet,
    parse_query,
    prepare_document,
)
from rasid.store.migrate import migrate

DEFAULT_DB = "rasid.db"
DEFAULT_BUSY_TIMEOUT_MS = 30_000
#: bm25 weight of a title hit relative to a body hit.
TITLE_WEIGHT = 3.0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``snippet`` is original text with hits marked; ``matches`` are offsets into the text."""

    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float
    matches: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["matches"] = [list(m) for m in self.matches]
        return data


@dataclass(frozen=True, slots=True)
class WriteItem:
    """One ingest outcome to record: a prepared document to store, or a failure."""

    source: str
    prepared: PreparedDocument | None = None
    error: str | None = None
    #: For a document seen earlier in the same run: that item's source (names the duplicate's original).
    duplicate_of: str | None = None
    #: Extra note logged with a stored document (e.g. analysis failed, stored without annotations).
    note: str | None = None


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    source: str
    status: str  # stored | duplicate | failed
    doc_id: str | None
    reason: str | None


class SQLiteStore:
    """Documents and their annotations in one SQLite file (see ``migrations/001_core.sql``)."""

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
        try:
            self.conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                timeout=busy_timeout_ms / 1000,
                check_same_thread=check_same_thread,
            )
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}", code="S004") from exc

    # --- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception (incl. Ctrl-C)."""
        if self.conn.in_transaction:  # nested use joins the outer transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def integrity_check(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0)

    # --- writing --------------------------------------------------------------------------------
    def write_batch(self, items: Sequence[WriteItem], run_id: str | None = None) -> list[WriteOutcome]:
        """Store documents and log every item, all in one transaction (all or nothing on a crash)."""
        outcomes: list[WriteOutcome] = []
        with self.transaction() as conn:
            last_seq = int(conn.execute("SELECT value FROM store_meta WHERE key = 'last_seq'").fetchone()[0])
            now = _now()
            for item in items:
                if item.prepared is None:
                    outcome = WriteOutcome(item.source, "failed", None, item.error or "unknown error")
                elif self._insert(conn, item.prepared, last_seq + 1, now):
                    last_seq += 1
                    outcome = WriteOutcome(item.source, "stored", item.prepared.id, item.note)
                else:
                    reason = (
                        f"same content as {item.duplicate_of}"
                        if item.duplicate_of
                        else "already in the database"
                    )
                    outcome = WriteOutcome(item.source, "duplicate", item.prepared.id, reason)
                outcomes.append(outcome)
            conn.execute("UPDATE store_meta SET value = ? WHERE key = 'last_seq'", (str(last_seq),))
            conn.executemany(
                "INSERT INTO ingest_log(run_id, source, status, reason, doc_id, at) VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, o.source, o.status, o.reason, o.doc_id, now) for o in outcomes],
            )
        return outcomes

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

    def _write_layer_rows(
        self,
        conn: sqlite3.Connection,
        doc_id: str,
        layers: Sequence[tuple[str, Sequence[tuple[Any, ...]]]],
        now: str,
    ) -> None:
        for layer, rows in layers:
            conn.execute("DELETE FROM annotations WHERE doc_id = ? AND layer = ?", (doc_id, layer))
            conn.executemany(
                'INSERT INTO annotations(doc_id, layer, start, "end", label, text, attrs, stage, confidence,'
                " canonical, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute(
                "INSERT OR REPLACE INTO document_layers(doc_id, layer, saved_at) VALUES (?, ?, ?)",
                (doc_id, layer, now),
            )

    def add_document(self, doc: Document) -> bool:
        """Store ``doc`` (with its annotation layers) if its id is new. True if it was new.

        A document already stored is left untouched (its layers too): use :meth:`save_layers`.
        """
        return self.add_documents([doc])[0]

    def add_documents(self, docs: Iterable[Document]) -> list[bool]:
        """Store several documents in one transaction; True for each one that was new."""
        items = [WriteItem(source=doc.url or doc.id, prepared=prepare_document(doc)) for doc in docs]
        return [o.status == "stored" for o in self.write_batch(items)]

    def save_layers(self, doc: Document) -> None:
        """Replace, for a stored document, each annotation layer that ``doc`` carries (others stay)."""
        with self.transaction() as conn:
            if not self.has_document(doc.id):
                raise NotFoundError(f"document {doc.id} is not stored; add it before saving its layers")
            layers = [(name, [annotation_row(doc.id, a) for a in anns]) for name, anns in doc.layers.items()]
            self._write_layer_rows(conn, doc.id, layers, _now())

    # --- runs -----------------------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str]) -> str:
        run_id = uuid.uuid4().hex[:12]
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO runs(id, command, inputs, started_at) VALUES (?, ?, ?, ?)",
                (run_id, command, _json(list(inputs)), _now()),
            )
        return run_id

    def finish_run(self, run_id: str, status: str, *, stored: int, duplicate: int, failed: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, stored = ?, duplicate = ?, failed = ? WHERE id = ?",
                (_now(), status, stored, duplicate, failed, run_id),
            )

    # --- reading --------------------------------------------------------------------------------
    _DOC_COLUMNS = "id, url, outlet, title, author, published, published_precision, language, text, meta, seq"

    def _document_from_row(self, row: Sequence[Any], *, layers: bool) -> Document:
        doc_id = row[0]
        layer_map: dict[str, list[Annotation]] = {}
        if layers:
            for (name,) in self.conn.execute("SELECT layer FROM document_layers WHERE doc_id = ?", (doc_id,)):
                layer_map.setdefault(name, [])
            for layer, start, end, label, text, attrs, stage, confidence in self.conn.execute(
                'SELECT layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
                " WHERE doc_id = ? ORDER BY id",
                (doc_id,),
            ):
                layer_map.setdefault(layer, []).append(
                    Annotation(layer, start, end, label, text, json.loads(attrs), stage, confidence)
                )
        return Document(
            text=row[8],
            id=doc_id,
            url=row[1],
            outlet=row[2],
            title=row[3],
            author=row[4],
            published=row[5],
            published_precision=row[6],
            language=row[7],
            meta=json.loads(row[9]),
            layers={k: tuple(v) for k, v in layer_map.items()},
        )

    def get_document(self, doc_id: str, *, layers: bool = True) -> Document:
        """The stored document with its annotation layers; raises :class:`NotFoundError`."""
        row = self.conn.execute(
            f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"no document with id {doc_id!r} in {self.path}; list ids with `rasid search WORD` "
                "or `sqlite3 DB 'select id, title from documents'`"
            )
        return self._document_from_row(row, layers=layers)

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def resolve_id(self, prefix: str) -> str:
        """The full id for a unique id prefix (ids are long to type); raises :class:`NotFoundError`."""
        if self.has_document(prefix):
            return prefix
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
        ).fetchall()
        if len(rows) == 1 and len(prefix) >= 4:
            return str(rows[0][0])
        self.get_document(prefix)  # raises the NotFoundError with its hint
        return prefix

    def iter_documents(
        self,
        language: str | None = None,
        since_seq: int | None = None,
        layers: bool = False,
        *,
        batch: int = 500,
    ) -> Iterator[Document]:
        """Documents in the order they were stored (``seq``); ``since_seq`` gives only newer ones."""
        last = since_seq if since_seq is not None else 0
        while True:
            sql = f"SELECT {self._DOC_COLUMNS} FROM documents WHERE seq > ?"
            params: list[Any] = [last]
            if language is not None:
                sql += " AND language = ?"
                params.append(language)
            rows = self.conn.execute(sql + " ORDER BY seq LIMIT ?", (*params, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document_from_row(row, layers=layers)
            last = rows[-1][10]

    def document_seq(self, doc_id: str) -> int:
        row = self.conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return int(row[0])

    def count_documents(self, language: str | None = None) -> int:
        if language is None:
            return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        return int(
            self.conn.execute("SELECT count(*) FROM documents WHERE language = ?", (language,)).fetchone()[0]
        )

    def annotations(
        self,
        layer: str | None = None,
        label: str | None = None,
        canonical: str | None = None,
        *,
        doc_id: str | None = None,
        kb_id: str | None = None,
    ) -> Iterator[tuple[str, Annotation]]:
        """``(doc_id, annotation)`` pairs matching every filter given."""
        clauses, params = [], []
        for column, value in (
            ("layer", layer),
            ("label", label),
            ("canonical", canonical),
            ("doc_id", doc_id),
            ("kb_id", kb_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        cursor = self.conn.execute(
            'SELECT doc_id, layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
            f"{where} ORDER BY doc_id, id",
            params,
        )
        for doc, lay, start, end, lab, text, attrs, stage, confidence in cursor:
            yield doc, Annotation(lay, start, end, lab, text, json.loads(attrs), stage, confidence)

    # --- search ---------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        language: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
        *,
        mark: tuple[str, str] = ("⟦", "⟧"),
        snippet_chars: int = 220,
    ) -> list[SearchHit]:
        """Documents matching every word of ``query`` (bm25 order, title hits weigh more).

        ``since``/``until`` filter on the published date (ISO prefixes such as ``2024``,
        ``2024-08`` or ``2024-08-21``, inclusive). Any input is safe: it never reaches FTS5 raw.
        """
        parsed = parse_query(query)
        if parsed.empty or limit <= 0:
            return []
        clauses = ["documents_fts MATCH ?"]
        params: list[Any] = [fts_match_expression(parsed)]
        if language:
            clauses.append("d.language = ?")
            params.append(language)
        if outlet:
            clauses.append("d.outlet = ?")
            params.append(outlet)
        if since:
            clauses.append("d.published >= ?")
            params.append(since)
        if until:
            # inclusive on whatever precision was given: until=2024-08 keeps 2024-08-31
            clauses.append("substr(d.published, 1, ?) <= ?")
            params.extend([len(until), until])
        sql = (
            f"SELECT d.seq, bm25(documents_fts, {TITLE_WEIGHT:.2f}, 1.0) AS score"
            " FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid"
            f" WHERE {' AND '.join(clauses)} ORDER BY score LIMIT ? OFFSET ?"
        )
        try:
            ranked = self.conn.execute(sql, (*params, limit, offset)).fetchall()
        except sqlite3.OperationalError as exc:  # should not happen: every term is quoted
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc
        terms = parsed.all_terms
        hits: list[SearchHit] = []
        for seq, score in ranked:
            doc_id, title, outlet_, lang, published, url, text = self.conn.execute(
                "SELECT id, title, outlet, language, published, url, text FROM documents WHERE seq = ?",
                (seq,),
            ).fetchone()
            snippet, matches = make_snippet(text, terms, width=snippet_chars, mark=mark)
            # bm25 is "smaller is better" and negative; report a positive score, bigger is better
            hits.append(
                SearchHit(doc_id, title, outlet_, lang, published, url, snippet, -score, tuple(matches))
            )
        return hits

    # --- overview -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """What is stored: documents by language and outlet, annotations per layer, ingest outcomes."""
        conn = self.conn

        def grouped(sql: str) -> dict[str, int]:
            return {(k if k is not None else "unknown"): n for k, n in conn.execute(sql)}

        last_run = conn.execute(
            "SELECT id, command, started_at, finished_at, status, stored, duplicate, failed FROM runs"
            " ORDER BY started_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        last: dict[str, Any] | None = None
        failed_items: list[dict[str, str]] = []
        if last_run:
            keys = ("id", "command", "started_at", "finished_at", "status", "stored", "duplicate", "failed")
            last = dict(zip(keys, last_run, strict=True))
            failed_items = [
                {"source": s, "reason": r}
                for s, r in conn.execute(
                    "SELECT source, reason FROM ingest_log WHERE run_id = ? AND status = 'failed' ORDER BY id",
                    (last_run[0],),
                )
            ]
        return {
            "database": self.path,
            "schema_version": self.schema_version(),
            "documents": self.count_documents(),
            "languages": grouped(
                "SELECT language, count(*) FROM documents GROUP BY language ORDER BY count(*) DESC, language"
            ),
            "outlets": grouped(
                "SELECT outlet, count(*) FROM documents GROUP BY outlet ORDER BY count(*) DESC, outlet"
            ),
            "annotations": grouped("SELECT layer, count(*) FROM annotations GROUP BY layer ORDER BY layer"),
            "ingest_log": grouped("SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY status"),
            "runs": int(conn.execute("SELECT count(*) FROM runs").fetchone()[0]),
            "last_run": last,
            "failed_items": failed_items,
        }


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    check_same_thread: bool = True,
) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at ``path``: ``$RASID_DB`` or ``./rasid.db`` by default.

    A ``postgresql://`` or ``postgres://`` URL opens a :class:`~rasid.store.postgres.PostgresStore`
    instead (same methods; see ``docs/postgres.md``).
    """
    if path is None:
        path = os.environ.get("RASID_DB") or DEFAULT_DB
    if isinstance(path, str) and path.startswith(("postgresql://", "postgres://")):
        try:
            from rasid.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(
                f"a PostgreSQL database needs psycopg ({exc}); pip install 'rasid[postgres]'", code="S004"
            ) from exc
        store: Any = PostgresStore(path, create=create, busy_timeout_ms=busy_timeout_ms)
        return store  # typed as SQLiteStore: the methods callers use are the same
    return SQLiteStore(
        path, create=create, busy_timeout_ms=busy_timeout_ms, check_same_thread=check_same_thread
    )
