"""Settings both stores share (a leaf: it imports nothing of the store, so either backend can use it)."""

from __future__ import annotations

#: The database ``open_store`` opens when given no path and ``$RASID_DB`` is unset.
DEFAULT_DB = "rasid.db"
#: How long a writer waits for another one before giving up (SQLite's busy timeout, PostgreSQL's lock timeout).
DEFAULT_BUSY_TIMEOUT_MS = 30_000
#: Weight of a title hit relative to a body hit when ranking search results.
TITLE_WEIGHT = 3.0
#: URL schemes that name a PostgreSQL database instead of a SQLite file.
POSTGRES_URL_SCHEMES = ("postgresql://", "postgres://")
