"""Tracing gives the same stories on SQLite and on PostgreSQL.

The labelled pairs corpus of the tracing tests (``tests/trace/pairs/pairs.jsonl``: copies,
translations, rewrites and same-topic traps, 157 distinct documents) is traced on a SQLite file
and on a database of the scratch PostgreSQL server, in two incremental runs. Every story
(members, provenance edges with their evidence, external origins, time line, merges) and every
relation must be the same on both, also when PostgreSQL's vector index is kept in a file between
runs (``rasid trace --vector-index``). Skips without PostgreSQL (tests/pg_server.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pg_server import PostgresServer
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, trace

PAIRS = Path(__file__).parent / "trace" / "pairs" / "pairs.jsonl"


def corpus() -> list[Document]:
    """Each distinct document of the pairs corpus once, in file order."""
    docs: dict[str, Document] = {}
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        for side in (pair["a"], pair["b"]):
            doc = Document(side["text"], language=side["language"], published=side["published"])
            docs.setdefault(doc.id, doc)
    return list(docs.values())


def traced_answers(store: Any, docs: list[Document], vector_index: Path | None = None) -> dict[str, Any]:
    """Trace ``docs`` in two runs (the second incremental), and read back everything tracing wrote."""
    half = len(docs) // 2
    store.add_documents(docs[:half])
    first = trace(store, vector_index=vector_index)
    store.add_documents(docs[half:])
    second = trace(store, vector_index=vector_index)
    return {
        "runs": [_counts(first), _counts(second)],
        **_stories(store, [d.id for d in docs]),
    }


def _counts(report: Any) -> dict[str, Any]:
    return {key: value for key, value in vars(report).items() if key != "seconds"}


def _stories(store: Any, doc_ids: list[str]) -> dict[str, Any]:
    stories = list_stories(store)
    full = [get_story(store, story["id"]) for story in stories]
    for story in full:
        for merge in story["merges"]:
            merge.pop("at")  # when it was recorded: the two runs were seconds apart
    relations = sorted(store.relations_among(doc_ids))
    return {"stories": stories, "full": full, "relations": relations}


@pytest.fixture(scope="module")
def both(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    docs = corpus()
    with (
        open_store(tmp_path_factory.mktemp("parity") / "rasid.db") as lite,
        open_store(postgres_server.create_database("parity")) as pg,
    ):
        yield traced_answers(lite, docs), traced_answers(pg, docs)


def test_the_corpus_makes_stories_of_each_relation_kind(both: Any) -> None:
    lite, _ = both
    kinds = {relation.kind for relation in lite["relations"]}
    assert kinds == {"copy", "translation", "rewrite"}
    assert len(lite["stories"]) >= 20 and max(story["size"] for story in lite["stories"]) >= 2


def test_stories_and_relations_are_the_same_on_sqlite_and_postgres(both: Any) -> None:
    lite, pg = both
    assert pg["runs"] == lite["runs"]
    assert [story["documents"] for story in pg["stories"]] == [
        story["documents"] for story in lite["stories"]
    ]
    assert pg["relations"] == lite["relations"]
    assert pg["stories"] == lite["stories"]
    assert pg["full"] == lite["full"]  # edges with evidence, origins, time line, merges


def test_a_vector_index_file_kept_for_postgres_changes_nothing(
    both: Any, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    """rasid trace --vector-index FILE on PostgreSQL: the index is kept in that file between runs."""
    lite, _ = both
    index = tmp_path / "pg.vectors.usearch"
    with open_store(postgres_server.create_database("parity_index")) as pg:
        kept = traced_answers(pg, corpus(), vector_index=index)
    assert index.exists()
    assert kept["relations"] == lite["relations"]
    assert kept["stories"] == lite["stories"]
