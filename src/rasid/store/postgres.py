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

The queries both stores run alike live in :class:`rasid.store.base.SQLDocumentStore`,
written with ``?`` placeholders that :meth:`PostgresStore._sql` turns into psycopg's ``%s``.
One connection per store, autocommit with explicit transactions (:meth:`PostgresStore.transaction`).
Several processes may write at once: each write batch locks the ``last_seq`` row, so
``seq`` follows commit order and incremental readers never miss a document.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, LiteralString, cast

import psycopg
from psycopg import pq

from rasid.errors import StoreError
from rasid.store.base import SQLDocumentStore, WriteItem, WriteOutcome, _now
from rasid.store.defaults import DEFAULT_BUSY_TIMEOUT_MS, TITLE_WEIGHT
from rasid.store.fts import (
    _FTS_UNIT,
    MAX_READINGS,
    ParsedQuery,
    PreparedDocument,
)
from rasid.store.migrate import Migration

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
_NUL_REASON = "contains NUL characters (U+0000), which PostgreSQL cannot store in text"


def is_postgres_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(URL_SCHEMES)


def redact_url(url: str) -> str:
    """The URL without its password, for messages and ``stats()``."""
    url = re.sub(r"(://[^/@:]*:)[^/]*@", r"\1***@", url)  # up to the last @: a raw @ in a password
    return re.sub(r"(?i)(password=)[^&]*", r"\1***", url)


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


#: Columns of an annotation row written as given: the text, label, layer and stage (attrs is JSON, which
#: escapes U+0000; canonical and kb_id, lifted from it for queries, are cleaned like log columns).
_EXACT_ANNOTATION_COLUMNS = (0, 1, 4, 5, 7)


def _unstorable_rows(rows: Sequence[tuple[Any, ...]]) -> bool:
    return any(
        isinstance(row[i], str) and "\x00" in row[i] for row in rows for i in _EXACT_ANNOTATION_COLUMNS
    )


def _unstorable(prepared: PreparedDocument) -> str | None:
    """Why PostgreSQL would refuse this document, or None (text columns cannot hold U+0000)."""
    if any(isinstance(v, str) and "\x00" in v for v in prepared.row):
        return _NUL_REASON
    return _NUL_REASON if any(_unstorable_rows(rows) for _, rows in prepared.layers) else None


def _clean(value: str | None) -> str | None:
    return value.replace("\x00", "\\0") if value else value


# --- connection and migrations --------------------------------------------------------------------
class PgConnection(psycopg.Connection[tuple[Any, ...]]):
    """A psycopg connection that refuses SQLite's ``PRAGMA`` with one clear line.

    Everything else goes to the server as written (psycopg's ``%s`` placeholders): the store's
    shared queries, written with ``?``, are converted by :func:`qmark_to_pyformat` first. A
    ``PRAGMA`` means nothing here; skipping it would hide that a caller speaks SQLite.
    """

    def execute(self, query: Any, params: Any = None, **kwargs: Any) -> psycopg.Cursor[tuple[Any, ...]]:
        if isinstance(query, str) and query.lstrip()[:6].upper() == "PRAGMA":
            raise StoreError(
                f"{query.strip()!r} is SQLite's and was sent to PostgreSQL; "
                "a setting that matters on both belongs in a store method",
                code="S006",
            )
        return super().execute(query, params, **kwargs)


#: What :func:`qmark_to_pyformat` steps over whole (a ``?`` inside is not a placeholder): string
#: literals ('it''s', E'\'' with backslash escapes), quoted identifiers, comments and dollar-quoted
#: bodies; and the two characters it rewrites, ``?`` and ``%``.
_SQL_PIECES = re.compile(
    r"""
      (?<![\w$])[Ee]'(?:[^'\\]|\\.|'')*'
    | '(?:[^']|'')*'
    | "(?:[^"]|"")*"
    | --[^\n]*
    | /\*.*?\*/
    | \$(?P<tag>(?:[A-Za-z_][A-Za-z_0-9]*)?)\$.*?\$(?P=tag)\$
    | [?%]
    """,
    re.VERBOSE | re.DOTALL,
)


@lru_cache(maxsize=2048)
def qmark_to_pyformat(sql: str) -> str:
    """``sql`` written with SQLite's ``?`` placeholders, in psycopg's ``%s`` style.

    A ``?`` inside a string literal, a quoted identifier, a comment or a dollar-quoted body
    stays a ``?``; every ``%`` (inside literals too: psycopg reads the whole string) becomes
    ``%%``. PostgreSQL's jsonb operators ``?``, ``?|`` and ``?&`` cannot be written in such SQL:
    use ``jsonb_exists`` and friends.
    """

    def convert(match: re.Match[str]) -> str:
        piece = match.group()
        if piece == "?":
            return "%s"
        return piece.replace("%", "%%")

    return _SQL_PIECES.sub(convert, sql)


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
class PostgresStore(SQLDocumentStore):
    """Documents and their annotations in a PostgreSQL database (see ``pg_migrations/001_core.sql``)."""

    LIST_IDS_HINT = "psql URL -c 'select id, title from documents'"
    # COLLATE "C": the byte order SQLite uses, whatever the database's locale
    COLLATE_BYTES = ' COLLATE "C"'
    NULLS_FIRST = " NULLS FIRST"  # SQLite's order for NULL; PostgreSQL puts them last
    LOCK_ROW = " FOR UPDATE"
    RUN_ORDER = "run_no"  # insertion order (SQLite's rowid)
    NULLS_LAST = " NULLS LAST"  # SQLite's order for NULL under DESC; PostgreSQL puts them first
    JSON_FIELD = "({column}::jsonb ->> '{key}')"
    INSERT_ORDER = "row_no"  # story edges and origins as written (SQLite's rowid; pg_migrations/008)
    NO_LIMIT = "LIMIT ALL"  # SQLite's LIMIT -1
    LIKE_ANY_CASE = "ILIKE"  # SQLite's LIKE ignores ASCII case; PostgreSQL's LIKE does not

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
            self._conn: PgConnection = PgConnection.connect(url, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())  # libpq's message spans lines; ours is one
            raise StoreError(f"cannot open the database {self.path}: {reason}", code="S004") from exc
        try:
            encoding = self._conn.execute("SHOW server_encoding").fetchone()[0]  # type: ignore[index]
            if encoding != "UTF8":
                raise StoreError(
                    f"the database {self.path} uses encoding {encoding}; Rasid needs UTF8 "
                    "(CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)",
                    code="S004",
                )
            # like SQLite's busy timeout: wait this long for another writer, then fail clearly
            self._conn.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
            if not create and not _applied_versions(self._conn):
                raise StoreError(
                    f"no Rasid tables in {self.path}; run `rasid ingest PATH --db URL` first", code="S003"
                )
            migrate_postgres(self._conn)
        except BaseException:
            self._conn.close()
            raise

    def reopen_location(self) -> str:
        """The URL: ingest's worker processes connect with it to skip documents already stored."""
        return self.url

    # --- how the shared queries run here -------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return qmark_to_pyformat(sql)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(cast(LiteralString, self._sql(sql)), rows)

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        # WITH HOLD: readable outside a transaction and while the caller runs other queries
        cursor = self._conn.cursor(name=f"rasid_annotations_{uuid.uuid4().hex[:8]}", withhold=True)
        try:
            cursor.execute(cast(LiteralString, self._sql(sql)), params)
            yield from cursor
        finally:
            cursor.close()

    def _unstorable(self, prepared: PreparedDocument) -> str | None:
        return _unstorable(prepared)

    def _clean(self, value: str | None) -> str | None:
        return _clean(value)

    def _check_layer_rows(self, doc_id: str, layers: Sequence[tuple[str, Sequence[tuple[Any, ...]]]]) -> None:
        if any(_unstorable_rows(rows) for _, rows in layers):
            raise StoreError(f"annotations of document {doc_id} {_NUL_REASON}")

    # --- transactions and the tsvector index -----------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """One write transaction: committed on success, rolled back on any exception (incl. Ctrl-C)."""
        if self._conn.info.transaction_status != pq.TransactionStatus.IDLE:
            yield self._conn  # nested use joins the outer transaction
            return
        with self._conn.transaction():
            yield self._conn

    def integrity_check(self) -> str:
        """ "ok" when the core tables answer; PostgreSQL checks its own pages (checksums, amcheck)."""
        try:
            self._conn.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM annotations),"
                " (SELECT value FROM store_meta WHERE key = 'last_seq')"
            ).fetchone()
        except psycopg.Error as exc:
            return str(exc).strip()
        return "ok"

    def write_batch(self, items: Sequence[WriteItem], run_id: str | None = None) -> list[WriteOutcome]:
        """Store documents and log every item, all in one transaction (all or nothing on a crash)."""
        try:
            return super().write_batch(items, run_id)
        except psycopg.Error as exc:  # lost connection, lock timeout: one line, nothing half-written
            reason = " ".join(str(exc).split())
            raise StoreError(
                f"writing to {self.path} failed, nothing of this batch was stored: {reason}"
            ) from exc

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

    # --- search (bounded: see SQLDocumentStore.SEARCH_CANDIDATES) ---------------------------------
    def _match_conditions(self, parsed: ParsedQuery) -> tuple[SearchQuery, list[str], list[Any]] | None:
        """The tsqueries, and the WHERE conditions (on ``d`` and ``q``) with their parameters."""
        parts = tsquery_parts(parsed)
        if parts is None:
            return None
        conditions = ["d.fts @@ q.query"]
        values: list[Any] = []
        for tokens, span in parts.near:
            conditions.append("rasid_near(d.fts, ?::text[], ?)")
            values.extend([tokens, span])
        return parts, conditions, values

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
        """The same matches as the SQLite store's, through the tsvector index and ``rasid_near``."""
        found = self._match_conditions(parsed)
        if found is None:
            return []
        parts, conditions, values = found
        where = " AND ".join([*conditions, *clauses])
        # normalisation 1 divides by 1 + log(length): longer documents do not win by size (as bm25)
        columns = (
            "d.id, d.title, d.outlet, d.language, d.published, d.url, d.text,"
            " ts_rank_cd(?::real[], d.fts, q.rank, 1) AS score"
        )
        queries = "(SELECT ?::tsquery AS query, ?::tsquery AS rank) AS q"
        if candidates is None:
            sql = f"SELECT {columns} FROM documents AS d, {queries} WHERE {where} ORDER BY score DESC, d.seq LIMIT ? OFFSET ?"
            args = [RANK_WEIGHTS, parts.match, parts.rank, *values, *params, limit, offset]
        else:  # rank only the newest matches (ts_rank_cd reads each one's whole tsvector)
            sql = (
                f"WITH q AS (SELECT ?::tsquery AS query, ?::tsquery AS rank) SELECT {columns}"
                f" FROM (SELECT d.* FROM documents AS d, q WHERE {where} ORDER BY d.seq DESC LIMIT ?) AS d, q"
                " ORDER BY score DESC, d.seq LIMIT ? OFFSET ?"
            )
            args = [parts.match, parts.rank, RANK_WEIGHTS, *values, *params, candidates, limit, offset]
        try:
            return list(self._execute(sql, args).fetchall())
        except psycopg.Error as exc:  # should not happen: every lexeme is quoted
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc

    def _count_matches(
        self, query: str, parsed: ParsedQuery, clauses: list[str], params: list[Any], cap: int
    ) -> int:
        found = self._match_conditions(parsed)
        if found is None:
            return 0
        parts, conditions, values = found
        sql = (
            "SELECT COUNT(*) FROM (SELECT 1 FROM documents AS d, (SELECT ?::tsquery AS query) AS q"
            f" WHERE {' AND '.join([*conditions, *clauses])} LIMIT ?) AS capped"
        )
        try:
            return int(self._execute(sql, [parts.match, *values, *params, cap]).fetchone()[0])
        except psycopg.Error as exc:
            raise StoreError(f"search failed for {query!r}: {exc}", code="S005") from exc
