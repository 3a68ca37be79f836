"""The PostgreSQL store: the same documents, layers, search, ingest log and runs as :class:`SQLiteStore`.

Opened by :func:`rasid.store.open_store` for a ``postgresql://`` or ``postgres://`` URL (or
``$RASID_DB`` holding one); see ``docs/postgres.md``. Needs ``psycopg`` 3
(``pip install 'rasid[postgres]'``).

Search gives the same answers as the SQLite store because it indexes the same thing: the
folded text with Arabic clitic readings from :func:`rasid.store.fts.prepare_document`, split
into the tokens FTS5 would see, one tsvector position per token (no stemming, no stop
words: the text is already normalised). Words are ANDed in a tsquery served by a GIN index;
a quoted phrase keeps FTS5's ``NEAR`` meaning (close together, any order, one field) through
the SQL function ``rasid_near`` (``pg_migrations/001_core.sql``); ranking is ``ts_rank_cd``
with title hits weighted :data:`~rasid.store.sqlite.TITLE_WEIGHT` times body hits; snippets
come from :func:`~rasid.store.fts.make_snippet` over the original text.

One connection per store, autocommit with explicit transactions (:meth:`PostgresStore.transaction`).
Several processes may write at once: each write batch locks the ``last_seq`` row, so
``seq`` follows commit order and incremental readers never miss a document.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, LiteralString, cast

import psycopg
from psycopg import pq

from rasid.errors import NotFoundError, StoreError
from rasid.model import Annotation, Document
from rasid.store.fts import (
    _FTS_UNIT,
    MAX_READINGS,
    ParsedQuery,
    PreparedDocument,
    annotation_row,
    make_snippet,
    parse_query,
    prepare_document,
)
from rasid.store.migrate import Migration
from rasid.store.sqlite import (
    DEFAULT_BUSY_TIMEOUT_MS,
    TITLE_WEIGHT,
    SearchHit,
    WriteItem,
    WriteOutcome,
)

URL_SCHEMES = ("postgresql://", "postgres://")
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
#: Key of the advisory lock that serialises two processes migrating one database.
_MIGRATE_LOCK = 0x7261736964  # "rasid"
#: tsvector limits: positions stop at 16383, a lexeme keeps 256 positions, a lexeme is < 2 KiB,
#: and all lexemes of one tsvector together must stay under 1 MiB.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEME_BYTES = 2046
MAX_LEXEME_TOTAL_BYTES = (1 << 20) - 4096
#: Unused positions between title and body: wider than a phrase window, so no phrase spans both.
FIELD_GAP = 64
#: ts_rank_cd weights for {D, C, B, A}: the title is A, the body B.
RANK_WEIGHTS = [0.1, 0.2, round(1.0 / TITLE_WEIGHT, 4), 1.0]
SQLITE_ONLY = (
    "this command uses SQLite-only SQL and does not work on a PostgreSQL database yet; "
    "use a SQLite file for it (see docs/postgres.md)"
)
_NUL_REASON = "contains NUL characters (U+0000), which PostgreSQL cannot store in text"


def is_postgres_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(URL_SCHEMES)


def redact_url(url: str) -> str:
    """The URL without its password, for messages and ``stats()``."""
    url = re.sub(r"(://[^/@:]*:)[^/]*@", r"\1***@", url)  # up to the last @: a raw @ in a password
    return re.sub(r"(?i)(password=)[^&]*", r"\1***", url)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _quote_lexeme(token: str) -> str:
    # tokens are letters and digits only; quoting keeps them literal whatever they hold
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


# --- index and queries ----------------------------------------------------------------------------
def tsvector_literal(index_title: str, index_body: str) -> str:
    """The tsvector (text form) for a document's prepared title and body.

    Tokens are split as FTS5's unicode61 tokenizer splits them, numbered in order; the
    title's carry weight A, the body's B, with :data:`FIELD_GAP` unused positions between
    the two so that no phrase spans them.
    """
    positions: dict[str, list[str]] = {}
    budget = MAX_LEXEME_TOTAL_BYTES
    position = 0
    for weight, text in (("A", index_title), ("B", index_body)):
        for token in _FTS_UNIT.findall(text):
            position += 1
            found = positions.get(token)
            if found is None:
                size = len(token.encode("utf-8"))
                if size > MAX_LEXEME_BYTES or size > budget:
                    continue  # cannot be indexed (a 2 KiB "word", or a huge vocabulary)
                budget -= size
                found = positions[token] = []
            if len(found) < MAX_POSITIONS_PER_LEXEME and position <= MAX_POSITION:
                found.append(f"{position}{weight}")
            elif not found:  # past the last position: still findable as a word
                found.append(f"{MAX_POSITION}{weight}")
        position += FIELD_GAP
    return " ".join(f"{_quote_lexeme(tok)}:{','.join(pos)}" for tok, pos in positions.items())


def _word_query(word: str) -> str:
    # FTS5 reads a quoted "l'armee" as the phrase l + armee: adjacent tokens
    units = _FTS_UNIT.findall(word)
    return "(" + " <-> ".join(_quote_lexeme(u) for u in units) + ")"


def _within(a: str, b: str, span: int) -> str:
    """tsquery: tokens ``a`` and ``b`` at most ``span`` positions apart, either order."""
    qa, qb = _quote_lexeme(a), _quote_lexeme(b)
    pairs = ((qa, qb), (qb, qa))
    return "(" + " | ".join(f"{x} <{d}> {y}" for d in range(1, span + 1) for x, y in pairs) + ")"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A parsed query for PostgreSQL: what must match, what ranks, and the NEAR checks left for SQL."""

    match: str  # tsquery text: every word, and each phrase's words pairwise close enough
    rank: str  # tsquery text: every word (ts_rank_cd scores cover density over these)
    near: list[tuple[list[str], int]]  # (words as space-joined tokens, NEAR distance) for rasid_near


def tsquery_parts(parsed: ParsedQuery) -> SearchQuery | None:
    """The tsqueries and NEAR checks for a parsed query; None when a word is too long to be indexed.

    A phrase is FTS5's ``NEAR(w1 w2 …, N)`` with N from the SQLite store's formula. Two
    one-token words are exactly "within N + 1 positions, either order", which tsquery says
    with ``<d>`` alternatives, checked in the index recheck. Longer phrases (or words of
    several tokens, l'armee) add that pairwise bound as a filter and leave the exact
    window to the SQL function ``rasid_near``.
    """
    words = list(parsed.words) + [w for phrase in parsed.phrases for w in phrase]
    if any(len(u.encode("utf-8")) > MAX_LEXEME_BYTES for w in words for u in _FTS_UNIT.findall(w)):
        return None
    rank = " & ".join(dict.fromkeys(_word_query(w) for w in words))
    conditions = [rank]
    near: list[tuple[list[str], int]] = []
    for phrase in parsed.phrases:
        distance = MAX_READINGS * (len(phrase) - 1) + 2  # as rasid.store.fts.fts_match_expression
        # a repeated word may be met by the same occurrence (FTS5 reads each phrase on its own)
        elements = list(dict.fromkeys(tuple(_FTS_UNIT.findall(w)) for w in phrase))
        if len(elements) < 2:
            continue
        # any two words' starts lie within distance + the longer word's length of each other
        bound = distance + max(len(e) for e in elements)
        first = elements[0][0]
        conditions.extend(_within(first, other[0], bound) for other in elements[1:] if other[0] != first)
        if len(elements) > 2 or bound != distance + 1:
            near.append(([" ".join(e) for e in elements], distance))
    return SearchQuery(" & ".join(conditions), rank, near)


def _unstorable(prepared: PreparedDocument) -> str | None:
    """Why PostgreSQL would refuse this document, or None (text columns cannot hold U+0000)."""
    strings = [v for v in prepared.row if isinstance(v, str)]
    for _, rows in prepared.layers:
        for row in rows:
            strings.extend(v for v in row if isinstance(v, str))
    return _NUL_REASON if any("\x00" in s for s in strings) else None


def _clean(value: str | None) -> str | None:
    return value.replace("\x00", "\\0") if value else value


# --- connection and migrations --------------------------------------------------------------------
class PgConnection(psycopg.Connection[tuple[Any, ...]]):
    """A psycopg connection that tolerates the SQLite-only statements other areas send.

    ``PRAGMA`` tuning (e.g. ingest's cache size) means nothing here and is skipped. A query
    written with SQLite's ``?`` placeholders, or one reading a table only the SQLite store
    has (tracing's, for now), fails with one clear line instead of a psycopg error.
    """

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> psycopg.Cursor[tuple[Any, ...]]:
        if isinstance(query, str):
            if query.lstrip()[:6].upper() == "PRAGMA":
                return self.cursor()
            if params and "?" in query and "%s" not in query and "%(" not in query:
                raise StoreError(SQLITE_ONLY, code="S006")
        try:
            return super().execute(query, params, **kwargs)
        except psycopg.errors.UndefinedTable as exc:
            raise StoreError(f"{SQLITE_ONLY} ({exc.diag.message_primary})", code="S006") from exc


def available_pg_migrations() -> list[Migration]:
    """Every PostgreSQL migration shipped in the package (``pg_migrations/NNN_name.sql``), in order."""
    found: list[Migration] = []
    for entry in resources.files("rasid.store").joinpath("pg_migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two PostgreSQL migrations share a number: {versions}")
    return found


def _applied_versions(conn: psycopg.Connection[Any]) -> set[int]:
    if conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:  # type: ignore[index]
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate_postgres(conn: psycopg.Connection[Any], migrations: list[Migration] | None = None) -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction; returns the versions applied.

    An advisory lock serialises two processes opening a fresh database together. ``conn``
    must be in autocommit mode.
    """
    done: list[int] = []
    for migration in migrations or available_pg_migrations():
        if migration.version in _applied_versions(conn):
            continue
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                if migration.version in _applied_versions(conn):
                    continue  # another process applied it while we waited for the lock
                conn.execute(cast(LiteralString, migration.sql))  # no parameters: several statements run
                conn.execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, _now()),
                )
        except psycopg.Error as exc:
            raise StoreError(
                f"PostgreSQL migration {migration.version:03d}_{migration.name} failed: {exc}"
            ) from exc
        done.append(migration.version)
    return done


# --- the store -------------------------------------------------------------------------------------
class PostgresStore:
    """Documents and their annotations in a PostgreSQL database (see ``pg_migrations/001_core.sql``)."""

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        check_same_thread: bool = True,  # accepted for open_store's signature; psycopg needs no check
    ) -> None:
        self.url = url
        self.path = redact_url(url)  # what messages and stats() show
        try:
            self.conn: PgConnection = PgConnection.connect(url, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())  # libpq's message spans lines; ours is one
            raise StoreError(f"cannot open the database {self.path}: {reason}", code="S004") from exc
        try:
            encoding = self.conn.execute("SHOW server_encoding").fetchone()[0]  # type: ignore[index]
            if encoding != "UTF8":
                raise StoreError(
                    f"the database {self.path} uses encoding {encoding}; Rasid needs UTF8 "
                    "(CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)",
                    code="S004",
                )
            # like SQLite's busy timeout: wait this long for another writer, then fail clearly
            self.conn.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
            if not create and not _applied_versions(self.conn):
                raise StoreError(
                    f"no Rasid tables in {self.path}; run `rasid ingest PATH --db URL` first", code="S003"
                )
            migrate_postgres(self.conn)
        except BaseException:
            self.conn.close()
            raise

    # --- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PostgresStore({self.path!r})"

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """One write transaction: committed on success, rolled back on any exception (incl. Ctrl-C)."""
        if self.conn.info.transaction_status != pq.TransactionStatus.IDLE:
            yield self.conn  # nested use joins the outer transaction
            return
        with self.conn.transaction():
            yield self.conn

    def integrity_check(self) -> str:
        """ "ok" when the core tables answer; PostgreSQL checks its own pages (checksums, amcheck)."""
        try:
            self.conn.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM annotations),"
                " (SELECT value FROM store_meta WHERE key = 'last_seq')"
            ).fetchone()
        except psycopg.Error as exc:
            return str(exc).strip()
        return "ok"

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    # --- writing --------------------------------------------------------------------------------
    def write_batch(self, items: Sequence[WriteItem], run_id: str | None = None) -> list[WriteOutcome]:
        """Store documents and log every item, all in one transaction (all or nothing on a crash)."""
        try:
            return self._write_batch(items, run_id)
        except psycopg.Error as exc:  # lost connection, lock timeout: one line, nothing half-written
            reason = " ".join(str(exc).split())
            raise StoreError(
                f"writing to {self.path} failed, nothing of this batch was stored: {reason}"
            ) from exc

    def _write_batch(self, items: Sequence[WriteItem], run_id: str | None) -> list[WriteOutcome]:
        outcomes: list[WriteOutcome] = []
        with self.transaction() as conn:
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'last_seq' FOR UPDATE").fetchone()
            last_seq = int(row[0]) if row else 0
            now = _now()
            for item in items:
                if item.prepared is None:
                    outcome = WriteOutcome(item.source, "failed", None, item.error or "unknown error")
                elif (problem := _unstorable(item.prepared)) is not None:
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
            conn.execute("UPDATE store_meta SET value = %s WHERE key = 'last_seq'", (str(last_seq),))
            with conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO ingest_log(run_id, source, status, reason, doc_id, at)"
                    " VALUES (%s, %s, %s, %s, %s, %s)",
                    [(run_id, _clean(o.source), o.status, _clean(o.reason), o.doc_id, now) for o in outcomes],
                )
        return outcomes

    def _insert(self, conn: PgConnection, prepared: PreparedDocument, seq: int, now: str) -> bool:
        cursor = conn.execute(
            "INSERT INTO documents(id, url, outlet, title, author, published, published_precision,"
            " language, text, meta, seq, content_hash, ingested_at, fts)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector)"
            " ON CONFLICT (id) DO NOTHING",
            (
                *prepared.row,
                seq,
                prepared.content_hash,
                now,
                tsvector_literal(prepared.index_title, prepared.index_body),
            ),
        )
        if cursor.rowcount != 1:
            return False
        self._write_layer_rows(conn, prepared.id, prepared.layers, now)
        return True

    def _write_layer_rows(
        self,
        conn: PgConnection,
        doc_id: str,
        layers: Sequence[tuple[str, Sequence[tuple[Any, ...]]]],
        now: str,
    ) -> None:
        with conn.cursor() as cursor:
            for layer, rows in layers:
                cursor.execute("DELETE FROM annotations WHERE doc_id = %s AND layer = %s", (doc_id, layer))
                if rows:
                    cursor.executemany(
                        'INSERT INTO annotations(doc_id, layer, start, "end", label, text, attrs, stage,'
                        " confidence, canonical, kb_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                        rows,
                    )
                cursor.execute(
                    "INSERT INTO document_layers(doc_id, layer, saved_at) VALUES (%s, %s, %s)"
                    " ON CONFLICT (doc_id, layer) DO UPDATE SET saved_at = excluded.saved_at",
                    (doc_id, layer, now),
                )

    def add_document(self, doc: Document) -> bool:
        """Store ``doc`` (with its annotation layers) if its id is new. True if it was new."""
        return self.add_documents([doc])[0]

    def add_documents(self, docs: Iterable[Document]) -> list[bool]:
        """Store several documents in one transaction; True for each one that was new.

        Raises :class:`StoreError` for a document PostgreSQL cannot hold (text with U+0000).
        """
        items = [WriteItem(source=doc.url or doc.id, prepared=prepare_document(doc)) for doc in docs]
        for item in items:
            if item.prepared is not None and (problem := _unstorable(item.prepared)):
                raise StoreError(f"document {item.prepared.id} {problem}")
        return [o.status == "stored" for o in self.write_batch(items)]

    def save_layers(self, doc: Document) -> None:
        """Replace, for a stored document, each annotation layer that ``doc`` carries (others stay)."""
        layers = [(name, [annotation_row(doc.id, a) for a in anns]) for name, anns in doc.layers.items()]
        if any("\x00" in v for _, rows in layers for row in rows for v in row if isinstance(v, str)):
            raise StoreError(f"annotations of document {doc.id} {_NUL_REASON}")
        with self.transaction() as conn:
            if not self.has_document(doc.id):
                raise NotFoundError(f"document {doc.id} is not stored; add it before saving its layers")
            self._write_layer_rows(conn, doc.id, layers, _now())

    # --- runs -----------------------------------------------------------------------------------
    def start_run(self, command: str, inputs: Sequence[str]) -> str:
        run_id = uuid.uuid4().hex[:12]
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO runs(id, command, inputs, started_at) VALUES (%s, %s, %s, %s)",
                (run_id, command, _json([_clean(i) for i in inputs]), _now()),
            )
        return run_id

    def finish_run(self, run_id: str, status: str, *, stored: int, duplicate: int, failed: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = %s, status = %s, stored = %s, duplicate = %s, failed = %s"
                " WHERE id = %s",
                (_now(), status, stored, duplicate, failed, run_id),
            )

    # --- reading --------------------------------------------------------------------------------
    _DOC_COLUMNS = "id, url, outlet, title, author, published, published_precision, language, text, meta, seq"

    def _document_from_row(self, row: Sequence[Any], *, layers: bool) -> Document:
        doc_id = row[0]
        layer_map: dict[str, list[Annotation]] = {}
        if layers:
            for (name,) in self.conn.execute(
                'SELECT layer FROM document_layers WHERE doc_id = %s ORDER BY layer COLLATE "C"', (doc_id,)
            ):
                layer_map.setdefault(name, [])
            for layer, start, end, label, text, attrs, stage, confidence in self.conn.execute(
                'SELECT layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
                " WHERE doc_id = %s ORDER BY id",
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
            f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = %s",  # type: ignore[arg-type]
            (doc_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"no document with id {doc_id!r} in {self.path}; list ids with `rasid search WORD` "
                "or `psql URL -c 'select id, title from documents'`"
            )
        return self._document_from_row(row, layers=layers)

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = %s", (doc_id,)).fetchone() is not None

    def resolve_id(self, prefix: str) -> str:
        """The full id for a unique id prefix (ids are long to type); raises :class:`NotFoundError`."""
        if self.has_document(prefix):
            return prefix
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE id LIKE %s ESCAPE '\\' LIMIT 2", (escaped + "%",)
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
            sql = f"SELECT {self._DOC_COLUMNS} FROM documents WHERE seq > %s"
            params: list[Any] = [last]
            if language is not None:
                sql += " AND language = %s"
                params.append(language)
            rows = self.conn.execute(
                cast(LiteralString, sql + " ORDER BY seq LIMIT %s"), (*params, batch)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document_from_row(row, layers=layers)
            last = rows[-1][10]

    def document_seq(self, doc_id: str) -> int:
        row = self.conn.execute("SELECT seq FROM documents WHERE id = %s", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document with id {doc_id!r}")
        return int(row[0])

    def count_documents(self, language: str | None = None) -> int:
        if language is None:
            row = self.conn.execute("SELECT count(*) FROM documents").fetchone()
        else:
            row = self.conn.execute(
                "SELECT count(*) FROM documents WHERE language = %s", (language,)
            ).fetchone()
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
        """``(doc_id, annotation)`` pairs matching every filter given (streamed by a server-side cursor)."""
        clauses, params = [], []
        for column, value in (
            ("layer", layer),
            ("label", label),
            ("canonical", canonical),
            ("doc_id", doc_id),
            ("kb_id", kb_id),
        ):
            if value is not None:
                clauses.append(f"{column} = %s")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        # WITH HOLD: readable outside a transaction and while the caller runs other queries
        cursor = self.conn.cursor(name=f"rasid_annotations_{uuid.uuid4().hex[:8]}", withhold=True)
        try:
            cursor.execute(
                cast(
                    LiteralString,
                    'SELECT doc_id, layer, start, "end", label, text, attrs, stage, confidence FROM annotations'
                    f'{where} ORDER BY doc_id COLLATE "C", id',
                ),
                params,
            )
            for doc, lay, start, end, lab, text, attrs, stage, confidence in cursor:
                yield doc, Annotation(lay, start, end, lab, text, json.loads(attrs), stage, confidence)
        finally:
            cursor.close()

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
        """Documents matching every word of ``query`` (best first, title hits weigh more).

        The same matching as :meth:`SQLiteStore.search`: folded words with clitic readings,
        quoted phrases close together; ``since``/``until`` filter on the published date (ISO
        prefixes, inclusive). Any input is safe: only quoted lexemes reach the tsquery.
        """
        parsed = parse_query(query)
        if parsed.empty or limit <= 0:
            return []
        parts = tsquery_parts(parsed)
        if parts is None:
            return []
        clauses = ["d.fts @@ q.query"]
        params: list[Any] = [RANK_WEIGHTS, parts.match, parts.rank]
        for tokens, span in parts.near:
            clauses.append("rasid_near(d.fts, %s::text[], %s)")
            params.extend([tokens, span])
        if language:
            clauses.append("d.language = %s")
            params.append(language)
        if outlet:
            clauses.append("d.outlet = %s")
            params.append(outlet)
        if since:
            clauses.append("d.published >= %s")
            params.append(since)
        if until:
            # inclusive on whatever precision was given: until=2024-08 keeps 2024-08-31
            clauses.append("substr(d.published, 1, %s) <= %s")
            params.extend([len(until), until])
        # normalisation 1 divides by 1 + log(length): longer documents do not win by size (as bm25)
        sql = (
            "SELECT d.id, d.title, d.outlet, d.language, d.published, d.url, d.text,"
            " ts_rank_cd(%s::real[], d.fts, q.rank, 1) AS score"
            " FROM documents AS d, (SELECT %s::tsquery AS query, %s::tsquery AS rank) AS q"
            f" WHERE {' AND '.join(clauses)} ORDER BY score DESC, d.seq LIMIT %s OFFSET %s"
        )
        try:
            ranked = self.conn.execute(cast(LiteralString, sql), (*params, limit, offset)).fetchall()
        except psycopg.Error as exc:  # should not happen: every lexeme is quoted
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc
        terms = parsed.all_terms
        hits: list[SearchHit] = []
        for doc_id, title, outlet_, lang, published, url, text, score in ranked:
            snippet, matches = make_snippet(text, terms, width=snippet_chars, mark=mark)
            hits.append(
                SearchHit(doc_id, title, outlet_, lang, published, url, snippet, float(score), tuple(matches))
            )
        return hits

    # --- overview -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """What is stored: documents by language and outlet, annotations per layer, ingest outcomes."""
        conn = self.conn

        def grouped(sql: LiteralString) -> dict[str, int]:
            return {(k if k is not None else "unknown"): n for k, n in conn.execute(sql)}

        last_run = conn.execute(
            "SELECT id, command, started_at, finished_at, status, stored, duplicate, failed FROM runs"
            " ORDER BY started_at DESC, run_no DESC LIMIT 1"
        ).fetchone()
        last: dict[str, Any] | None = None
        failed_items: list[dict[str, str]] = []
        if last_run:
            keys = ("id", "command", "started_at", "finished_at", "status", "stored", "duplicate", "failed")
            last = dict(zip(keys, last_run, strict=True))
            failed_items = [
                {"source": s, "reason": r}
                for s, r in conn.execute(
                    "SELECT source, reason FROM ingest_log WHERE run_id = %s AND status = 'failed' ORDER BY id",
                    (last_run[0],),
                )
            ]
        runs = conn.execute("SELECT count(*) FROM runs").fetchone()
        # COLLATE "C": the byte order SQLite uses, whatever the database's locale
        return {
            "database": self.path,
            "schema_version": self.schema_version(),
            "documents": self.count_documents(),
            "languages": grouped(
                'SELECT language, count(*) FROM documents GROUP BY language ORDER BY count(*) DESC, language COLLATE "C" NULLS FIRST'
            ),
            "outlets": grouped(
                'SELECT outlet, count(*) FROM documents GROUP BY outlet ORDER BY count(*) DESC, outlet COLLATE "C" NULLS FIRST'
            ),
            "annotations": grouped(
                'SELECT layer, count(*) FROM annotations GROUP BY layer ORDER BY layer COLLATE "C"'
            ),
            "ingest_log": grouped(
                'SELECT status, count(*) FROM ingest_log GROUP BY status ORDER BY status COLLATE "C"'
            ),
            "runs": int(runs[0]) if runs else 0,
            "last_run": last,
            "failed_items": failed_items,
        }
