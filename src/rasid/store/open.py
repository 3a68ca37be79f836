"""``open_store``: the one way in, for a SQLite file or a PostgreSQL URL.

It lives apart from both backends so that neither imports the other: the SQLite store knows
nothing of PostgreSQL, and PostgreSQL (an optional extra, ``rasid[postgres]``) is imported
only when a URL asks for it.
"""

from __future__ import annotations

import os

from rasid.errors import StoreError
from rasid.store.base import SQLDocumentStore
from rasid.store.defaults import DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_DB, POSTGRES_URL_SCHEMES
from rasid.store.sqlite import SQLiteStore


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    check_same_thread: bool = True,
) -> SQLDocumentStore:
    """Open (creating and migrating if needed) the store at ``path``: ``$RASID_DB`` or ``./rasid.db`` by default.

    A ``postgresql://`` or ``postgres://`` URL opens a :class:`~rasid.store.postgres.PostgresStore`
    instead (same methods; see ``docs/postgres.md``).
    """
    if path is None:
        path = os.environ.get("RASID_DB") or DEFAULT_DB
    if isinstance(path, str) and path.startswith(POSTGRES_URL_SCHEMES):
        try:
            from rasid.store.postgres import PostgresStore  # psycopg is an optional extra
        except ImportError as exc:
            raise StoreError(
                f"a PostgreSQL database needs psycopg ({exc}); pip install 'rasid[postgres]'", code="S004"
            ) from exc
        return PostgresStore(path, create=create, busy_timeout_ms=busy_timeout_ms)
    return SQLiteStore(
        path, create=create, busy_timeout_ms=busy_timeout_ms, check_same_thread=check_same_thread
    )
