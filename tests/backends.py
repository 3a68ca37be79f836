"""Run a test on both stores: a SQLite file, and a database on the scratch PostgreSQL server.

A pytest plugin (registered in ``tests/conftest.py``). A test or fixture that asks for
``store_url`` (one test) or ``module_store_url`` (one module, for fixtures that build a store
once) runs twice, ``[sqlite]`` and ``[postgres]``; the value is what ``open_store``, ``--db`` and
``create_app`` take: a file path, or a ``postgresql://`` URL of a new, empty database.
``any_store`` is the store opened at ``store_url``. Session fixtures (the web tests' database)
parametrise over :data:`BACKENDS` themselves and use :func:`new_store_url` and :func:`store_copy`.

The PostgreSQL runs share one server per test session (:func:`pg_server.postgres_server`) and
skip, with the reason, when psycopg or the server binaries are missing. Each database is dropped
when its test or module ends.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from pg_server import PostgresServer, postgres_server  # noqa: F401  (the session fixture, for every test)

BACKENDS = ("sqlite", "postgres")


@contextmanager
def new_store_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    """The location of a new, empty store: ``folder/rasid.db``, or a new database (dropped after)."""
    if backend == "sqlite":
        yield str(folder / "rasid.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"b_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


@contextmanager
def store_copy(request: pytest.FixtureRequest, source: str, folder: Path) -> Iterator[str]:
    """A copy of the store at ``source``, made while nothing is connected to it (dropped after)."""
    if not source.startswith("postgresql:"):
        copy = folder / f"copy-of-{Path(source).name}"
        shutil.copy(source, copy)
        yield str(copy)
        return
    import psycopg

    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"b_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        # a template copies the database's files: no dump, no re-analysis
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{urlsplit(source).path.lstrip("/")}"')
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store's location for one test: a SQLite file path, then a PostgreSQL URL."""
    with new_store_url(request, request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """As :func:`store_url`, shared by one module (for module fixtures that trace or ingest once)."""
    with new_store_url(request, request.param, tmp_path_factory.mktemp(request.param)) as url:
        yield url


@pytest.fixture
def any_store(store_url: str) -> Iterator[Any]:
    """The store opened (created) at :func:`store_url`."""
    from rasid.store import open_store

    with open_store(store_url) as store:
        yield store
