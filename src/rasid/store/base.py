"""What the SQLite and PostgreSQL stores share: the result types and every query both run alike.

:class:`SQLDocumentStore` writes each shared query once, in SQLite's ``?`` placeholder
style, and sends it through :meth:`SQLDocumentStore._execute`; a subclass that speaks
another style (psycopg's ``%s``) rewrites it in :meth:`SQLDocumentStore._sql`. The few
spots where the two SQL dialects differ (collation, a row-lock clause, the run order
column) are class attributes. Subclasses keep what really differs: connecting,
transactions, migrations, the full-text index and search.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from rasid.errors import NotFoundError, StoreError
from rasid.model import Annotation, Document
from rasid.store.browse import BrowseQueries
from rasid.store.filters import LIKE_ESCAPE, NO_FILTERS, DocumentFilters, like_literal
from rasid.store.fts import (
    ParsedQuery,
    PreparedDocument,
    annotation_row,
    make_snippet,
    parse_query,
    prepare_document,
)
from rasid.store.runs import RunOwner, process_is_gone
from rasid.store.tracing import TracingQueries

#: Which annotation layers to read with a document: all (True), none (False), or those named.
Layers = bool | Collection[str]


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
    #: The id of a document found already stored before it was analysed (logged as a duplicate).
    already_stored: str | None = None


@dataclass(frozen=True, slots=True)
class WriteOutcome:
    source: str
    status: str  # stored | duplicate | failed
    doc_id: str | None
    reason: str | None


class SQLDocumentStore(BrowseQueries, TracingQueries):
    """The store methods written once for SQLite and PostgreSQL (see the module docstring)."""

    #: The driver connection: private, so that every query goes through a store method.
    _conn: Any
    #: What messages and ``stats()`` call the database (a file path, or a URL without its password).
    path: str
    #: How to list ids with the database's own shell, for the "no document" message.
    LIST_IDS_HINT: ClassVar[str]
    #: Appended to text columns in ORDER BY so both databases sort by code point.
    COLLATE_BYTES: ClassVar[str] = ""
    #: Appended to ORDER BY on a nullable column so NULLs come first in both databases.
    NULLS_FIRST: ClassVar[str] = ""
    #: Appended to the read of ``last_seq`` so concurrent writers take turns.
    LOCK_ROW: ClassVar[str] = ""
    #: The column that orders runs started in the same second.
    RUN_ORDER: ClassVar[str]

    _DOC_COLUMNS = "id, url, outlet, title, author, published, published_precision, language, text, meta, seq"

    # --- hooks ----------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        """``sql`` (written with ``?`` placeholders) in this driver's placeholder style."""
        return sql

    def _execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """Run one statement written with ``?`` placeholders; returns the driver's cursor."""
        if params is None:
            return self._conn.execute(sql)
        return self._conn.execute(self._sql(sql), params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(self._sql(sql), rows)

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        """The rows of a query that may be large, without holding them all in memory."""
        yield from self._execute(sql, params)

    def _unstorable(self, prepared: PreparedDocument) -> str | None:
        """Why this database would refuse the document, or None."""
        return None

    def _clean(self, value: str | None) -> str | None:
        """``value`` made storable in a log column (the text as given where anything goes)."""
        return value

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _insert(self, conn: Any, prepared: PreparedDocument, seq: int, now: str) -> bool:
        """Insert one document with its index entry and layers; False if its id is already stored."""
        raise NotImplementedError

    # --- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"

    def own_files(self) -> frozenset[str]:
        """The real paths of the files this store writes (none for a database server); an ingest of the
        folder that holds them must not read them as articles."""
        return frozenset()

    def reopen_location(self) -> str | None:
        """What :func:`rasid.store.open_store` takes to open this same database from another process
        (ingest's workers read it to skip stored documents), or None when another process cannot."""
        return None

    def prepare_bulk_write(self) -> None:
        """Tune the connection for a long run of writes (ingest); a no-op where nothing needs tuning."""

    def schema_version(self) -> int:
        row = self._execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    # --- writing --------------------------------------------------------------------------------
    def write_batch(self, items: Sequence[WriteItem], run_id: str | None = None) -> list[WriteOutcome]:
        """Store documents and log every item, all in one transaction (all or nothing on a crash)."""
        outcomes: list[WriteOutcome] = []
        with self.transaction() as conn:
            row = self._execute(
                f"SELECT value FROM store_meta WHERE key = 'last_seq'{self.LOCK_ROW}"
            ).fetchone()
            last_seq = int(row[0]) if row else 0
            now = _now()
            for item in items:
                if item.already_stored is not None:
                    outcome = WriteOutcome(
                        item.source, "duplicate", item.already_stored, "already in the database"
                    )
                elif item.prepared is None:
                    outcome = WriteOutcome(item.source, "failed", None, item.error or "unknown error")
                elif (problem := self._unstorable(item.prepared)) is not None:
                    outcome = WriteOutcome(item.source, "failed", None, problem)
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
            self._execute("UPDATE store_meta SET value = ? WHERE key = 'last_seq'", (str(last_seq),))
            self._executemany(
                "INSERT INTO ingest_log(run_id, source, status, reason, doc_id, at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (run_id, self._clean(o.source), o.status, self._clean(o.reason), o.doc_id, now)
                    for o in outcomes
                ],
            )
        return outcomes

    def _write_layer_rows(
        self,
        conn: Any,
        doc_id: str,
        layers: Sequence[tuple[str, Sequence[tuple[Any, ...]]]],
        now: str,
    ) -> None:
        for layer, raw_rows in layers:
            # canonical and kb_id are lifted out of attrs for queries; attrs (JSON) keeps them exactly
            rows = [(*r[:9], self._clean(r[9]), self._clean(r[10])) for r in raw_rows]
            if layer == "entities":  # keep the per-entity totals (entity_counts) current
                self._count_entity_change(
                    doc_id,
                    self._stored_entity_tally(doc_id),
                    self._entity_tally((r[4], r[5], r[6], r[9], r[10]) for r in rows),
                )
            self._execute("DELETE FROM annotations WHERE doc_id = ? AND layer = ?", (doc_id, layer))
            if rows:
                self._executemany(
                    'INSERT INTO annotations(doc_id, layer, start, "end", label, text, attrs, stage, confidence,'
                    " canonical, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            self._execute(
                "INSERT INTO document_layers(doc_id, layer, saved_at) VALUES (?, ?, ?)"
                " ON CONFLICT (doc_id, layer) DO UPDATE SET saved_at = excluded.saved_at",
                (doc_id, layer, now),
            )

    def add_document(self, doc: Document) -> bool:
        """Store ``doc`` (with its annotation layers) if its id is new. True if it was new.

        A document already stored is left untouched (its layers too): use :meth:`save_layers`.
        """
        return self.add_documents([doc])[0]

    def add_documents(self, docs: Iterable[Document]) -> list[bool]:
        """Store several documents in one transaction; True for each one that was new.

        Raises :class:`StoreError` for a document the database cannot hold (PostgreSQL: text with U+0000).
        """
        items = [WriteItem(source=doc.url or doc.id, prepared=prepare_document(doc)) for doc in docs]
        for item in items:
            if item.prepared is not None and (problem := self._unstorable(item.prepared)):
                raise StoreError(f"document {item.prepared.id} {problem}")
        return [o.status == "stored" for o in self.write_batch(items)]

    def _check_layer_rows(self, doc_id: str, layers: Sequence[tuple[str, Sequence[tuple[Any, ...]]]]) -> None:
        """Raise :class:`StoreError` for annotation rows this database cannot hold."""

    def save_layers(self, doc: Document) -> None:
        """Replace, for a stored document, each annotation layer that ``doc`` carries (others stay)."""
        layers = [(name, [annotation_row(doc.id, a) for a in anns]) for name, anns in doc.layers.items()]
        self._check_layer_rows(doc.id, layers)
        with self.transaction() as conn:
            if not self.has_document(doc.id):
                raise NotFoundError(f"document {doc.id} is not stored; add it before saving its layers")
            self._write_layer_rows(conn, doc.id, layers, _now())

    # --- runs -----------------------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str]) -> str:
        """Record a new run owned by this process; runs left ``running`` by a dead process become ``interrupted``."""
        run_id = uuid.uuid4().hex[:12]
        owner = RunOwner.current()
        with self.transaction():
            self.mark_interrupted_runs(owner)
            self._execute(
                "INSERT INTO runs(id, command, inputs, started_at, host, pid, pid_started)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    command,
                    _json([self._clean(i) for i in inputs]),
                    _now(),
                    self._clean(owner.host),
                    owner.pid,
                    owner.started,
                ),
            )
        return run_id

    def mark_interrupted_runs(self, here: RunOwner | None = None) -> list[str]:
        """Mark as ``interrupted`` each ``running`` run whose process is gone (see :mod:`rasid.store.runs`)."""
        here = here or RunOwner.current()
        with self.transaction():
            running = self._execute(
                "SELECT id, host, pid, pid_started FROM runs WHERE status = 'running'"
            ).fetchall()
            gone = [row[0] for row in running if process_is_gone(row[1], row[2], row[3], here=here)]
            for run_id in gone:
                self._execute(
                    "UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'", (run_id,)
                )
        return gone

    def finish_run(self, run_id: str, status: str, *, stored: int, duplicate: int, failed: int) -> None:
        with self.transaction():
            self._execute(
                "UPDATE runs SET finished_at = ?, status = ?, stored = ?, duplicate = ?, failed = ? WHERE id = ?",
                (_now(), status, stored, duplicate, failed, run_id),
            )

    # --- reading --------------------------------------------------------------------------------
    def _document_from_row(self, row: Sequence[Any], *, layers: Layers) -> Document:
        doc_id = row[0]
        layer_map: dict[str, list[Annotation]] = {}
        if layers:
            # True: every layer; a collection of names: only those (tracing reads five of them, and
            # decoding the others' JSON was most of what loading a document cost it)
            only, params = "", [doc_id]
            if layers is not True:
                names = sorted(layers)
                only = f" AND layer IN ({', '.join('?' * len(names))})"
                params.extend(names)
            for (name,) in self._execute(
                f"SELECT layer FROM document_layers WHERE doc_id = ?{only} ORDER BY layer{self.COLLATE_BYTES}",
                params,
            ):
                layer_map.setdefault(name, [])
            for layer, start, end, label, text, attrs, stage, confidence in self._execute(
                'SELECT layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
                f" WHERE doc_id = ?{only} ORDER BY id",
                params,
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

    def get_document(self, doc_id: str, *, layers: Layers = True) -> Document:
        """The stored document with its annotation layers (all, none, or those named); raises
        :class:`NotFoundError`."""
        row = self._execute(f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"no document with id {doc_id!r} in {self.path}; list ids with `rasid search WORD` "
                f"or `{self.LIST_IDS_HINT}`"
            )
        return self._document_from_row(row, layers=layers)

    def has_document(self, doc_id: str) -> bool:
        return self._execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def resolve_id(self, prefix: str) -> str:
        """The full id for a unique id prefix (ids are long to type); raises :class:`NotFoundError`."""
        if self.has_document(prefix):
            return prefix
        # the wildcard lives in the parameter, so the SQL itself holds no literal % to escape
        rows = self._execute(
            f"SELECT id FROM documents WHERE id {self.LIKE_ANY_CASE} ? {LIKE_ESCAPE} LIMIT 2",
            (like_literal(prefix) + "%",),
        ).fetchall()
        if len(rows) == 1 and len(prefix) >= 4:
            return str(rows[0][0])
        self.get_document(prefix)  # raises the NotFoundError with its hint
        return prefix

    def iter_documents(
        self,
        language: str | None = None,
        since_seq: int | None = None,
        layers: Layers = False,
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
            rows = self._execute(sql + " ORDER BY seq LIMIT ?", (*params, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document_from_row(row, layers=layers)
            last = rows[-1][10]

    def document_seq(self, doc_id: str) -> int:
        row = self._execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return int(row[0])

    def count_documents(self, language: str | None = None) -> int:
        if language is None:
            row = self._execute("SELECT count(*) FROM documents").fetchone()
        else:
            row = self._execute("SELECT count(*) FROM documents WHERE language = ?", (language,)).fetchone()
        return int(row[0]) if row else 0

    def annotations(
        self,
        layer: str | None = None,
        label: str | None = None,
        canonical: str | None = None,
        *,
        doc_id: str | None = None,
        kb_id: str | None = None,
    ) -> Iterator[tuple[str, Annotation]]:
        """``(doc_id, annotation)`` pairs matching every filter given (streamed, not loaded at once)."""
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
        rows = self._stream(
            'SELECT doc_id, layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
            f"{where} ORDER BY doc_id{self.COLLATE_BYTES}, id",
            params,
        )
        for doc, lay, start, end, lab, text, attrs, stage, confidence in rows:
            yield doc, Annotation(lay, start, end, lab, text, json.loads(attrs), stage, confidence)

    # --- search ---------------------------------------------------------------------------------
    #: A query matching more documents than this ranks only the ones stored last (the newest
    #: ``seq``); its count stops there too ("1,000+"). Ranking every match of a very common word
    #: costs time in proportion to the corpus; this keeps each search bounded.
    SEARCH_CANDIDATES: ClassVar[int] = 1000

    def search(
        self,
        query: str,
        filters: DocumentFilters = NO_FILTERS,
        limit: int = 20,
        offset: int = 0,
        *,
        mark: tuple[str, str] = ("⟦", "⟧"),
        snippet_chars: int = 220,
    ) -> list[SearchHit]:
        """Documents matching every word of ``query``, best first (title hits weigh more).

        Words match folded, with their Arabic clitic readings; a quoted phrase wants its words
        close together; ``filters`` narrows the documents (:class:`~rasid.store.filters.DocumentFilters`).
        Any input is safe: only quoted terms reach the full-text index. When more than
        :attr:`SEARCH_CANDIDATES` documents match, the ones stored last are ranked and the rest are not
        returned.
        """
        parsed = parse_query(query)
        if parsed.empty or limit <= 0:
            return []
        clauses, params = filters.conditions(table="d.")
        hits: list[SearchHit] = []
        for doc_id, title, outlet, lang, published, url, text, score in self._ranked(
            query, parsed, clauses, params, limit, offset, candidates=self.SEARCH_CANDIDATES
        ):
            snippet, matches = make_snippet(text, parsed.all_terms, width=snippet_chars, mark=mark)
            hits.append(
                SearchHit(doc_id, title, outlet, lang, published, url, snippet, float(score), tuple(matches))
            )
        return hits

    def search_count(
        self,
        query: str,
        filters: DocumentFilters = NO_FILTERS,
        *,
        cap: int | None = None,
    ) -> int:
        """How many documents :meth:`search` matches with these filters, counting at most ``cap``
        (default :attr:`SEARCH_CANDIDATES`) + 1, so "more than ``cap``" costs no more than ``cap``."""
        parsed = parse_query(query)
        if parsed.empty:
            return 0
        clauses, params = filters.conditions(table="d.")
        return self._count_matches(query, parsed, clauses, params, (cap or self.SEARCH_CANDIDATES) + 1)

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
    ) -> Sequence[tuple[Any, ...]]:
        """One page of matches, best first: ``(id, title, outlet, language, published, url, text, score)``.

        ``clauses`` (``?`` placeholders, on ``documents`` aliased ``d``) and ``params`` are the
        filters besides the words; a bigger ``score`` is better. With ``candidates``, only that
        many matches (those with the highest ``seq``) are ranked.
        """
        raise NotImplementedError

    def _count_matches(
        self, query: str, parsed: ParsedQuery, clauses: list[str], params: list[Any], cap: int
    ) -> int:
        """The number of matches, counting no further than ``cap``."""
        raise NotImplementedError

    # --- overview -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """What is stored: documents by language and outlet, annotations per layer, ingest outcomes."""
        collate, nulls_first = self.COLLATE_BYTES, self.NULLS_FIRST

        def grouped(sql: str) -> dict[str, int]:
            return {(k if k is not None else "unknown"): n for k, n in self._execute(sql)}

        last_run = self._execute(
            "SELECT id, command, started_at, finished_at, status, stored, duplicate, failed FROM runs"
            f" ORDER BY started_at DESC, {self.RUN_ORDER} DESC LIMIT 1"
        ).fetchone()
        last: dict[str, Any] | None = None
        failed_items: list[dict[str, str]] = []
        if last_run:
            keys = ("id", "command", "started_at", "finished_at", "status", "stored", "duplicate", "failed")
            last = dict(zip(keys, last_run, strict=True))
            failed_items = [
                {"source": s, "reason": r}
                for s, r in self._execute(
                    "SELECT source, reason FROM ingest_log WHERE run_id = ? AND status = 'failed' ORDER BY id",
                    (last_run[0],),
                )
            ]
        runs = self._execute("SELECT count(*) FROM runs").fetchone()
        return {
            "database": self.path,
            "schema_version": self.schema_version(),
            "documents": self.count_documents(),
            "languages": grouped(
                "SELECT language, count(*) FROM documents GROUP BY language"
                f" ORDER BY count(*) DESC, language{collate}{nulls_first}"
            ),
            "outlets": grouped(
                "SELECT outlet, count(*) FROM documents GROUP BY outlet"
                f" ORDER BY count(*) DESC, outlet{collate}{nulls_first}"
            ),
            "annotations": grouped(
                f"SELECT layer, count(*) FROM annotations GROUP BY layer ORDER BY layer{collate}"
            ),
            "ingest_log": grouped(
                f"SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY status{collate}"
            ),
            "runs": int(runs[0]) if runs else 0,
            "run_statuses": grouped(
                f"SELECT status, count(*) FROM runs GROUP BY status ORDER BY status{collate}"
            ),
            "last_run": last,
            "failed_items": failed_items,
        }
