"""Tracing's store methods (rasid.store.tracing) behave alike on SQLite and PostgreSQL.

Each test runs twice through ``any_store`` (tests/backends.py): on a SQLite file and on a
PostgreSQL database. What differs between the two databases is what is checked: binary columns
(BLOB / BYTEA), upserts, the order a story's edges were written in (rowid / row_no), a LIMIT
that keeps every row, and JSON written and read back as text.
"""

from __future__ import annotations

from typing import Any

from rasid.model import Document
from rasid.store.tracing import DocVector, StoryCorrection
from rasid.trace.stories import StoryRecord


def _documents(store: Any, n: int) -> list[str]:
    docs = [Document(f"خبر رقم {i} عن قافلة في الساحل", language="ar" if i % 2 else "fr") for i in range(n)]
    store.add_documents(docs)
    return [doc.id for doc in docs]


def _story(story_id: str, members: list[str], order: list[int], language: str) -> StoryRecord:
    edges = [
        {"from": members[i], "to": members[0], "kind": "copy", "score": 0.9, "basis": "dates",
         "primary": i == order[0], "evidence": {"passages": [{"text": f"مقطع {i}"}]}}
        for i in order
    ]  # fmt: skip
    return StoryRecord(story_id, members, members[0], "قصة", edges=edges, languages=[language],
                       outlets=["رصد"], first_published="2024-01-01", last_published="2024-01-02")  # fmt: skip


def test_signatures_round_trip_as_bytes_and_upsert(any_store: Any) -> None:
    ids = _documents(any_store, 3)
    blob = bytes(range(256)) * 2  # every byte value, NUL included
    vectors = [DocVector(doc_id, i + 1, "ar", None, blob[i:], blob[::-1], i) for i, doc_id in enumerate(ids)]
    any_store.save_doc_vectors(vectors, passages=[(ids[0], b"\x00\x01\x02\x03")])
    assert list(any_store.iter_doc_vectors()) == vectors
    assert any_store.doc_vectors_of([ids[2], "missing"]) == {ids[2]: blob[::-1]}
    assert any_store.traced_doc_ids([*ids, "missing"]) == set(ids)
    assert list(any_store.iter_doc_passages()) == [(ids[0], "ar", b"\x00\x01\x02\x03")]
    assert any_store.docs_without_passages() == ids[1:]
    replaced = vectors[0]._replace(language="fr", vector=b"\xff")
    any_store.save_doc_vectors([replaced])  # the same document again: replaced, not doubled
    assert list(any_store.iter_doc_vectors()) == [replaced, *vectors[1:]]
    any_store.set_trace_last_seq(3)
    assert any_store.trace_last_seq() == 3
    any_store.reset_tracing()
    assert (list(any_store.iter_doc_vectors()), any_store.trace_last_seq()) == ([], 0)


def test_story_edges_come_back_in_the_order_last_written(any_store: Any) -> None:
    ids = _documents(any_store, 4)
    any_store.write_story(_story("st-a", ids, [1, 2, 3], "ar"), existed=False)
    any_store.write_story(_story("st-a", ids, [3, 1, 2], "ar"), existed=True)  # rewritten in another order
    edges = any_store.edges_of_story("st-a")
    assert [edge.source for edge in edges] == [ids[3], ids[1], ids[2]]
    assert edges[0].is_primary and not edges[1].is_primary
    assert edges[0].evidence == {"passages": [{"text": "مقطع 3"}]}
    assert any_store.story_members_of("st-a") == set(ids)
    assert any_store.story_of_document(ids[2]) == "st-a"


def test_story_lists_filter_by_language_and_page_with_an_offset_alone(any_store: Any) -> None:
    ids = _documents(any_store, 9)
    for n, language in enumerate(["ar", "fr", "ar"]):
        any_store.write_story(_story(f"st-{n}", ids[3 * n : 3 * n + 3], [1, 2], language), existed=False)
    assert [row.id for row in any_store.list_story_rows(language="ar")] == ["st-0", "st-2"]
    assert [row.id for row in any_store.list_story_rows(offset=1)] == ["st-1", "st-2"]  # no LIMIT given
    assert any_store.list_story_rows(language="ar")[0].outlets == ["رصد"]
    assert any_store.story_ids_with_prefix("st-1") == ["st-1"]
    assert len(any_store.story_ids_with_prefix("st-")) == 2  # at most the limit: "more than one"


def test_corrections_keep_their_documents_as_json(any_store: Any) -> None:
    ids = _documents(any_store, 3)
    any_store.write_story(_story("st-c", ids, [1, 2], "ar"), existed=False)
    any_store.record_story_split(ids[1], [ids[0], ids[2]], note="ملاحظة")
    assert any_store.story_corrections() == [StoryCorrection("split", ids[1], sorted([ids[0], ids[2]]))]
    assert any_store.story_of_document(ids[1]) is None
