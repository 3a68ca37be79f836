"""The store's tracing methods (rasid.store.tracing), each on SQLite and on PostgreSQL (tests/backends.py).

rasid.trace holds no SQL; these are the reads and writes it relies on, checked here directly so a
backend that gets one wrong fails on that method, not somewhere inside a story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from rasid.model import Document
from rasid.store.tracing import DocVector, StoredRelation, StoryMerge

TEXTS = (
    "The council of the northern district met on Monday to discuss the price of water in the dry season.",
    "Farmers in the valley said the new canal had doubled the harvest of onions since the spring.",
    "A ferry carrying forty passengers reached the island port after the storm had passed overnight.",
    "The regional library opened a reading room for children with books in three languages.",
)


@dataclass
class Story:
    """What write_story reads (rasid.trace.stories.StoryRecord has the same fields)."""

    id: str
    documents: list[str]
    root: str | None = None
    title: str | None = None
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    edges: list[dict[str, Any]] = field(default_factory=list)
    external_sources: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def docs(any_store) -> list[Document]:  # type: ignore[no-untyped-def]
    stored = [
        Document(text=TEXTS[0], language="en", outlet="north.example", published="2024-03-05"),
        Document(text=TEXTS[1], language="ar", outlet="valley.example", published="2024-03-01"),
        Document(text=TEXTS[2], language="fr", outlet="isle.example"),  # undated
        Document(text=TEXTS[3], language="en", outlet="north.example", published="2024-03-03"),
    ]
    any_store.add_documents(stored)
    return stored


def _vector(store, doc: Document, marker: bytes) -> DocVector:  # type: ignore[no-untyped-def]
    # NUL and high bytes: a blob column must give back exactly what it was given
    return DocVector(
        doc.id, store.document_seq(doc.id), doc.language, doc.published, b"\x00\xff" + marker, marker * 3, 7
    )


def test_doc_vectors_round_trip_replace_and_lookups(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, c, _ = docs
    any_store.save_doc_vectors(
        [_vector(any_store, a, b"a"), _vector(any_store, b, b"b"), _vector(any_store, c, b"c")],
        [(a.id, b"\x00\x01\x02\x03")],
    )
    any_store.save_doc_vectors([_vector(any_store, a, b"A")])  # replaced, not added
    rows = list(any_store.iter_doc_vectors())
    assert [r.doc_id for r in rows] == [a.id, b.id, c.id]  # stored order
    assert rows[0] == _vector(any_store, a, b"A")
    assert all(isinstance(r.minhash, bytes) and isinstance(r.vector, bytes) for r in rows)
    assert any_store.traced_doc_ids([a.id, docs[3].id, "no-such-id"]) == {a.id}
    assert any_store.doc_vectors_of([b.id, "no-such-id"]) == {b.id: b"bbb"}
    assert any_store.docs_without_keys("passages") == [b.id, c.id]
    any_store.save_doc_keys("passages", [(b.id, b"\x09\x08"), (a.id, b"")])
    assert list(any_store.iter_doc_keys("passages")) == [(a.id, "en", b""), (b.id, "ar", b"\x09\x08")]
    assert any_store.docs_without_keys("passages") == [c.id]
    # the anchors are kept apart from the passages, in the same shape
    assert any_store.docs_without_keys("anchors") == [a.id, b.id, c.id]
    any_store.save_doc_vectors([_vector(any_store, c, b"c")], anchors=[(c.id, b"\x01\x00\x00\x00")])
    any_store.save_doc_keys("anchors", [(c.id, b"\x02\x00\x00\x00")])  # replaced, not added
    assert list(any_store.iter_doc_keys("anchors")) == [(c.id, "fr", b"\x02\x00\x00\x00")]
    assert list(any_store.iter_doc_keys("passages"))[1] == (b.id, "ar", b"\x09\x08")


def test_relations_since_are_strongest_first_and_among_keeps_pairs_inside(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = docs
    any_store.save_doc_vectors([_vector(any_store, x, x.id[:1].encode()) for x in docs])
    ab, bc, cd = sorted((a.id, b.id)), sorted((b.id, c.id)), sorted((c.id, d.id))
    evidence = {"passages": [{"a": [0, 10], "b": [3, 13]}], "note": "نص عربي"}
    any_store.save_relations(
        [
            StoredRelation(*ab, "copy", 0.9, evidence),
            StoredRelation(*bc, "translation", 0.7, {}),
            StoredRelation(*cd, "rewrite", 0.4, {}),
        ]
    )
    any_store.save_relations([StoredRelation(*cd, "rewrite", 0.95, {"again": True})])  # replaces the pair
    everything = any_store.relations_since(0)
    assert [(r.a, r.b, r.kind, r.score) for r in everything] == [
        (*cd, "rewrite", 0.95), (*ab, "copy", 0.9), (*bc, "translation", 0.7)
    ]  # fmt: skip
    assert everything[1].evidence == evidence
    # only relations touching a document traced after c's seq: the one with d
    after_c = any_store.document_seq(c.id)
    assert [(r.a, r.b) for r in any_store.relations_since(after_c)] == [tuple(cd)]
    assert any_store.relation_pairs_since(after_c) == {tuple(cd)}
    assert {(r.a, r.b) for r in any_store.relations_among({a.id, b.id, c.id})} == {tuple(ab), tuple(bc)}


def _story(docs: list[Document], story_id: str = "st-one") -> Story:
    a, b, c, _ = docs
    return Story(
        id=story_id,
        documents=[a.id, b.id, c.id],
        root=b.id,
        title="Water prices",
        languages=["ar", "en", "fr"],
        outlets=["north.example", "valley.example"],
        first_published="2024-03-01",
        last_published="2024-03-05",
        # written in an order no column sorts them by: they must come back in it
        edges=[
            {"from": c.id, "to": "ext:zz", "kind": "agency", "score": None, "basis": "cited", "evidence": {}},
            {"from": a.id, "to": b.id, "kind": "copy", "score": 0.9, "basis": "dates", "primary": True,
             "evidence": {"window": {"a": [1, 2], "b": [3, 4]}}},
            {"from": c.id, "to": b.id, "kind": "translation", "score": 0.6, "basis": "dates", "evidence": {}},
        ],
        external_sources=[
            {"doc_id": c.id, "node": "ext:zz", "kind": "agency", "outlet": None, "url": "https://z.example/1",
             "kb_id": None, "text": "selon Z", "start": 5, "end": 12},
            {"doc_id": a.id, "node": "ext:aa", "kind": "agency", "outlet": "AA", "url": None,
             "kb_id": "rasid:aa", "text": "AA said", "start": 0, "end": 7},
        ],
    )  # fmt: skip


def test_write_story_and_read_it_back(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = docs
    story = _story(docs)
    any_store.write_story(story, existed=False)
    row = any_store.story_row("st-one")
    assert row is not None
    assert (row.size, row.root, row.languages, row.outlets) == (3, b.id, ["ar", "en", "fr"], story.outlets)
    assert any_store.story_exists("st-one") and not any_store.story_exists("st-two")
    # publication order, the undated document last
    assert any_store.story_member_ids(["st-one"]) == {"st-one": [b.id, a.id, c.id]}
    assert any_store.story_origin_names(["st-one"]) == {"st-one": {"https://z.example/1", "AA"}}
    assert [(e.source, e.target) for e in any_store.edges_of_story("st-one")] == [
        (e["from"], e["to"]) for e in story.edges
    ]
    copy = any_store.edges_of_story("st-one")[1]
    assert copy.is_primary is True and copy.evidence == story.edges[1]["evidence"]
    assert [o._asdict() for o in any_store.origins_of_story("st-one")] == story.external_sources
    assert any_store.story_ids_of([a.id, d.id]) == {a.id: "st-one"}
    assert any_store.story_of_document(c.id) == "st-one" and any_store.story_of_document(d.id) is None
    assert any_store.story_members_of("st-one") == {a.id, b.id, c.id}
    members = any_store.member_documents([c.id, a.id])
    assert members[a.id].outlet == "north.example" and members[c.id].published is None
    assert members[c.id].text == TEXTS[2]
    # written again: updated in place, its edges replaced
    story.documents, story.edges, story.external_sources = [a.id, b.id], story.edges[1:2], []
    any_store.write_story(story, existed=True)
    assert any_store.story_row("st-one").size == 2  # type: ignore[union-attr]
    assert len(any_store.edges_of_story("st-one")) == 1 and any_store.origins_of_story("st-one") == []


def test_list_story_rows_filters_orders_and_pages(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = docs
    e = Document(text="A second ferry line to the island will open in the summer.", language="fr")
    any_store.add_document(e)
    write = any_store.write_story
    write(
        Story("st-big", [a.id, b.id, c.id], languages=["ar", "en"], last_published="2024-03-05"),
        existed=False,
    )
    write(Story("st-undated", [e.id], languages=["fr"]), existed=False)
    write(Story("st-new", [d.id], languages=["en"], last_published="2024-03-09"), existed=False)
    ids = [r.id for r in any_store.list_story_rows()]
    assert ids == ["st-big", "st-new", "st-undated"]  # size, then newest, the undated last
    assert [r.id for r in any_store.list_story_rows(min_documents=2)] == ["st-big"]
    assert [r.id for r in any_store.list_story_rows(language="en")] == ["st-big", "st-new"]
    assert [r.id for r in any_store.list_story_rows(offset=1)] == ids[1:]  # every row past the first
    assert [r.id for r in any_store.list_story_rows(limit=1, offset=1)] == ["st-new"]
    assert len(any_store.story_ids_with_prefix("st-")) == 2  # at most two: enough to say "not unique"
    assert any_store.story_ids_with_prefix("st-un") == ["st-undated"]


def test_delete_story_removes_everything_it_owns(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    any_store.write_story(_story(docs), existed=False)
    any_store.delete_story("st-one")
    assert any_store.story_row("st-one") is None
    assert any_store.story_members_of("st-one") == set()
    assert any_store.edges_of_story("st-one") == [] and any_store.origins_of_story("st-one") == []


def test_a_split_then_a_merge_of_the_same_documents(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = docs
    any_store.write_story(Story("st-one", [a.id, b.id, c.id]), existed=False)
    any_store.write_story(Story("st-two", [d.id]), existed=False)
    any_store.record_story_split(a.id, {b.id, c.id}, note="not the same meeting")
    assert any_store.story_of_document(a.id) is None
    (split,) = any_store.story_corrections()
    assert (split.action, split.doc_id, sorted(split.documents)) == ("split", a.id, sorted([b.id, c.id]))

    # merging a back with b contradicts the split, which goes; the merge is the user's and st-two goes
    any_store.record_story_merge("st-one", "st-two", {a.id, b.id, d.id}, [d.id], note="same event")
    (merge,) = any_store.story_corrections()
    assert (merge.action, merge.doc_id, merge.documents) == ("merge", None, sorted([a.id, b.id, d.id]))
    assert any_store.story_row("st-two") is None and any_store.story_members_of("st-two") == set()
    (recorded,) = any_store.merges_into_story("st-one")
    assert (recorded.merged_id, recorded.documents, recorded.decided_by) == ("st-two", [d.id], "user")
    assert recorded.reason == {"rule": "user", "note": "same event"} and recorded.kind is None
    assert any_store.story_merged_into("st-two") == "st-one"

    # a later split takes the document out of the merge it was in
    any_store.record_story_split(d.id, {a.id})
    merge_now = next(x for x in any_store.story_corrections() if x.action == "merge")
    assert merge_now.documents == sorted([a.id, b.id])


def test_reset_tracing_keeps_the_analysts_decisions(any_store, docs) -> None:  # type: ignore[no-untyped-def]
    a, b, _, _ = docs
    any_store.save_doc_vectors([_vector(any_store, a, b"a")], [(a.id, b"\x01")])
    any_store.save_relations([StoredRelation(*sorted((a.id, b.id)), "copy", 0.9, {})])
    any_store.write_story(Story("st-one", [a.id, b.id]), existed=False)
    any_store.record_story_merges(
        [
            StoryMerge("st-one", "st-gone", [b.id], {"rule": "pair"}, "trace", a.id, b.id, "copy", 0.9),
            StoryMerge("st-one", "st-mine", [b.id], {"rule": "user"}, "user"),
        ]
    )
    any_store.record_story_split(b.id, {a.id})
    any_store.set_trace_last_seq(4)
    assert any_store.trace_last_seq() == 4
    (by_trace,) = [m for m in any_store.merges_into_story("st-one") if m.decided_by == "trace"]
    assert (by_trace.relation_a, by_trace.kind, by_trace.score) == (a.id, "copy", 0.9)

    any_store.reset_tracing()
    assert any_store.trace_last_seq() == 0
    assert list(any_store.iter_doc_vectors()) == [] and list(any_store.iter_doc_keys("passages")) == []
    assert any_store.relations_since(0) == [] and any_store.list_story_rows() == []
    assert [m.merged_id for m in any_store.merges_into_story("st-one")] == ["st-mine"]
    assert [c.action for c in any_store.story_corrections()] == ["split"]
