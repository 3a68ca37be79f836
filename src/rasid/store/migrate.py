"""Schema migrations: SQL files ``NNN_name.sql`` in ``rasid/store/migrations``, applied in order.

Each file runs inside one transaction together with its row in ``schema_migrations``, so a
crash leaves either the whole migration or none of it. Any area can add a file (the next
number); nothing else needs registering.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from rasid.errors import StoreError

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Every migration shipped in the package, sorted by version."""
    found: list[Migration] = []
    for entry in resources.files("rasid.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"two migrations share a number: {versions}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split a script into statements (``sqlite3.complete_statement`` keeps triggers whole)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in current.splitlines()
    ):
        statements.append(current.strip())
    return statements


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply every migration not yet recorded; returns the versions applied now. Idempotent.

    ``conn`` must be in autocommit mode (``isolation_level=None``): transactions are explicit here.
    """
    pending = [m for m in (migrations or available_migrations()) if m.version not in applied_versions(conn)]
    done: list[int] = []
    for migration in pending:
        conn.execute("BEGIN IMMEDIATE")  # serialises two processes opening a fresh database together
        try:
            if migration.version in applied_versions(conn):
                conn.execute("ROLLBACK")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:03d}_{migration.name} failed: {exc}") from exc
        done.append(migration.version)
    return done
