"""Test-only: the driver connection under a store, for tests that look at tables directly.

Production code never does this: every query goes through a store method (``store._conn`` is
private, and tests/test_sql_boundary.py keeps SQL inside ``rasid/store``). A test may look
underneath to check what was written, or to set up a state no method produces.
"""

from __future__ import annotations

from typing import Any

from rasid.store.base import SQLDocumentStore


def raw_connection(store: SQLDocumentStore) -> Any:
    """The store's own driver connection (sqlite3 or psycopg), for a test's eyes only."""
    return store._conn
