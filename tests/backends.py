"""Run a test on both stores: a SQLite file, and a database on the scratch PostgreSQL server.

A pytest plugin (registered in ``tests/conftest.py``). A test or fixture that asks for
``store_url`` (one test) or ``module_store_url`` (one module, for fixtures that build a store
once) runs twice, ``[sqlite]`` and ``[postgres]``; the value is what ``open_store``, ``--db`` and
``create_app`` take: a file path, or a ``postgresql://`` URL of a new, empty database.
``any_store`` is the store opened at ``store_url``.

The PostgreSQL runs share one server per test session (:func:`pg_server.postgres_server`) and
skip, with the reason, when psycopg or the server binaries are missing. Each database is dropped
when its test or module ends.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pg_server import PostgresServer, postgres_server  # noqa: F401  (the session fixture, for every test)

BACKENDS = ("sqlite", "postgres")


def _new_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(folder / "rasid.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"b_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    yield url
    server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty store's location for one test: a SQLite file path, then a PostgreSQL URL."""
    yield from _new_url(request, request.param, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """As :func:`store_url`, shared by one module (for module fixtures that trace or ingest once)."""
    yield from _new_url(request, request.param, tmp_path_factory.mktemp(request.param))


@pytest.fixture
def any_store(store_url: str) -> Iterator[Any]:
    """The store opened (created) at :func:`store_url`."""
    from rasid.store import open_store

    with open_store(store_url) as store:
        yield store
