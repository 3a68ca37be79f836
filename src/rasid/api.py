"""The Python API that the CLI and the web app call (and users too).

Every function takes ``db``: a path, a ``postgresql://`` URL, an open store, or ``None``
for ``$RASID_DB`` / the ``[store] path`` setting (``./rasid.db``).

>>> from rasid import api
>>> report = api.ingest(["samples"], db="demo.db")             # doctest: +SKIP
>>> [hit.id for hit in api.search("روسيا", db="demo.db")]       # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rasid.config import Config, load_config
from rasid.ingest import IngestInterrupted, IngestProgress, IngestReport
from rasid.model import Document
from rasid.store import DocumentFilters, SearchHit, SQLDocumentStore, open_store

DB = str | os.PathLike[str] | SQLDocumentStore | None

__all__ = [
    "DocumentFilters",
    "IngestInterrupted",
    "IngestProgress",
    "IngestReport",
    "SearchHit",
    "db_path",
    "get_document",
    "ingest",
    "search",
    "search_count",
    "stats",
]


def db_path(db: str | os.PathLike[str] | None = None, config: Config | None = None) -> str:
    """The database path: ``db`` if given, else ``$RASID_DB``, else the ``store.path`` setting."""
    if db is not None:
        return os.fspath(db)
    return os.environ.get("RASID_DB") or str((config or load_config()).get("store.path"))


@contextmanager
def _opened(db: DB, *, create: bool, config: Config | None = None) -> Iterator[SQLDocumentStore]:
    if db is not None and not isinstance(db, str | os.PathLike):  # an open store (SQLite or PostgreSQL)
        yield db
        return
    config = config or load_config()
    store = open_store(
        db_path(db, config), create=create, busy_timeout_ms=int(config.get("store.busy_timeout_ms"))
    )
    try:
        yield store
    finally:
        store.close()


def ingest(
    paths: Iterable[str],
    *,
    db: DB = None,
    analyze: bool | None = None,
    jobs: int | None = None,
    max_bytes: int | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    config: Config | None = None,
) -> IngestReport:
    """Read, analyse and store ``paths`` (files, directories, globs, ``-``); see :mod:`rasid.ingest`."""
    from rasid.ingest import ingest as run_ingest

    config = config or load_config()
    settings = config.section("ingest")
    with _opened(db, create=True, config=config) as store:
        return run_ingest(
            paths,
            store,
            analyze=settings["analyze"] if analyze is None else analyze,
            jobs=int(settings["jobs"] if jobs is None else jobs),
            max_bytes=max_bytes,
            progress=progress,
            config=config,
        )


def search(
    query: str,
    *,
    db: DB = None,
    language: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    story: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    config: Config | None = None,
) -> list[SearchHit]:
    """Documents matching every word of ``query`` (Arabic clitics, diacritics and letter variants folded).

    ``entity`` keeps documents mentioning that entity (KB id, canonical name or text), ``story`` the
    members of that story. A query matching more than ``SEARCH_CANDIDATES`` (1,000) documents ranks
    the ones stored last; :func:`search_count` says how many match.
    """
    config = config or load_config()
    filters = DocumentFilters(language, outlet, since, until, entity, story)
    with _opened(db, create=False, config=config) as store:
        return store.search(
            query,
            filters,
            limit=int(config.get("search.limit") if limit is None else limit),
            offset=offset,
            snippet_chars=int(config.get("search.snippet_chars")),
        )


def search_count(
    query: str,
    *,
    db: DB = None,
    language: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    story: str | None = None,
    cap: int | None = None,
) -> int:
    """How many documents :func:`search` matches, counting at most ``cap`` + 1 (default 1,000 + 1)."""
    filters = DocumentFilters(language, outlet, since, until, entity, story)
    with _opened(db, create=False) as store:
        return store.search_count(query, filters, cap=cap)


def get_document(doc_id: str, *, db: DB = None, layers: bool = True) -> Document:
    """One stored document with its annotation layers; a unique id prefix is enough.

    Raises :class:`~rasid.errors.NotFoundError` (``[S002]``) when there is no such document.
    """
    with _opened(db, create=False) as store:
        return store.get_document(store.resolve_id(doc_id), layers=layers)


def stats(*, db: DB = None) -> dict[str, Any]:
    """What the database holds: documents per language and outlet, annotations per layer, last run."""
    with _opened(db, create=False) as store:
        return store.stats()
