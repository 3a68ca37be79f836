"""The document store: SQLite (WAL) with migrations, annotations, an ingest log and Arabic-aware FTS5 search.

``open_store("postgresql://…")`` opens the same store on PostgreSQL instead
(:class:`rasid.store.postgres.PostgresStore`, needs ``rasid[postgres]``; see ``docs/postgres.md``).

>>> from rasid.store import open_store
>>> store = open_store(":memory:")
>>> store.count_documents()
0
"""

from rasid.store.base import SearchHit, SQLDocumentStore, WriteItem, WriteOutcome
from rasid.store.defaults import DEFAULT_DB
from rasid.store.filters import DocumentFilters
from rasid.store.fts import PreparedDocument, parse_query, prepare_document
from rasid.store.migrate import available_migrations, migrate
from rasid.store.open import open_store
from rasid.store.sqlite import SQLiteStore

__all__ = [
    "DEFAULT_DB",
    "DocumentFilters",
    "PreparedDocument",
    "SQLDocumentStore",
    "SQLiteStore",
    "SearchHit",
    "WriteItem",
    "WriteOutcome",
    "available_migrations",
    "migrate",
    "open_store",
    "parse_query",
    "prepare_document",
]
