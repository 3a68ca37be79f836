"""Paging and limits at scale: every list of the web app comes in pages whose totals are counted in SQL.

A store of 2,100 synthetic documents (written for this test, annotations given, no analysis) with
one entity in all of them, 150 outlets, 400 places, one story of 1,500 members and 200 small ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from rasid.model import Document
from rasid.store import open_store
from rasid.trace import list_stories, trace
from rasid.trace.stories import StoryRecord
from rasid.web.app import create_app
from rasid.web.views import MAX_PAGE_SIZE

DOCUMENTS = 2100
OUTLETS = 150
PLACES = 400
BIG_STORY = 1500  # members of the big story: documents 0 … 1499
SMALL_STORY = 3  # the other 600 documents form stories of 3
EVERYWHERE = "test:gpe/everywhere"
#: A word in every third document (700 of them): under the search bound, so counted exactly.
THIRD_WORD = "قافلة"


def make_document(i: int) -> Document:
    place = f"مدينة{i % PLACES}"
    third = f" وصلت {THIRD_WORD} الإمداد." if i % 3 == 0 else ""
    text = f"خبر رقم {i}: قال المتحدث في الرياض إن الوفد زار {place} اليوم.{third}"
    month = 1 + i % 12
    doc = Document(
        text=text,
        title=f"عنوان {i}",
        outlet=f"outlet-{i % OUTLETS:03d}",
        language="ar",
        published=None if i % 50 == 7 else f"2015-{month:02d}-{1 + i % 28:02d}",
    )
    riyadh = text.index("الرياض")
    at = text.index(place)
    return doc.with_layer(
        "entities",
        [
            doc.annotation("entities", riyadh, riyadh + len("الرياض"), "GPE",
                           attrs={"kb_id": EVERYWHERE, "canonical": "Everywhere"}),
            doc.annotation("entities", at, at + len(place), "GPE",
                           attrs={"kb_id": f"test:gpe/p{i % PLACES}", "canonical": f"Place {i % PLACES}",
                                  "lat": 10.0 + (i % PLACES) / 100, "lon": 2.0}),
        ],
    )  # fmt: skip


def add_stories(store: Any, ids: list[str]) -> None:
    """Stories written the way `rasid trace` writes them (tracing 2,100 documents would take minutes)."""
    stories = [ids[:BIG_STORY]] + [ids[i : i + SMALL_STORY] for i in range(BIG_STORY, len(ids), SMALL_STORY)]
    evidence = {"passages": [{"text": "قال المتحدث في الرياض " * 20}]}
    with store.transaction():
        for members in stories:
            edges = [{"from": d, "to": members[0], "kind": "copy", "score": 0.97, "basis": "dates", "primary": True,
                      "evidence": evidence} for d in members[1:]]  # fmt: skip
            record = StoryRecord(f"st-{members[0]}", members, members[0], f"قصة {members[0]}", edges=edges,
                                 languages=["ar"], outlets=["outlet-000"], first_published="2015-01-01",
                                 last_published="2015-12-28")  # fmt: skip
            store.write_story(record, existed=False)


@pytest.fixture(scope="module")
def big(module_store_url: str) -> Iterator[tuple[TestClient, list[Document], str]]:
    db = module_store_url  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    docs = [make_document(i) for i in range(DOCUMENTS)]
    store = open_store(db)
    assert all(store.add_documents(docs))
    add_stories(store, [d.id for d in docs])
    store.close()
    yield TestClient(create_app(db, warm_up=False)), docs, db


def all_pages(
    client: TestClient, path: str, key: str, limit: int, **params: Any
) -> tuple[list[list[Any]], dict]:
    """Every page of a list, following ``paging`` until its last page."""
    pages, page = [], 1
    while True:
        data = client.get(path, params={**params, "page": page, "limit": limit}).json()
        pages.append(data[key])
        if not data["paging"]["has_next"]:
            return pages, data["paging"]
        page += 1


def assert_disjoint_and_complete(pages: list[list[Any]], expected: set[Any], limit: int) -> None:
    seen = [item for page in pages for item in page]
    assert len(seen) == len(set(seen)), "an item is on two pages"
    assert set(seen) == expected
    assert all(len(page) == limit for page in pages[:-1]) and 0 < len(pages[-1]) <= limit


def test_entity_documents_page_through_all_of_them(big):
    client, docs, _ = big
    pages, paging = all_pages(client, f"/api/entity/{EVERYWHERE}", "articles", 100)
    assert paging["total"] == DOCUMENTS > 2000 and paging["pages"] == 21
    ids = [[a["id"] for a in page] for page in pages]
    assert_disjoint_and_complete(ids, {d.id for d in docs}, 100)
    dated = [a["published"] for page in pages for a in page if a["published"]]
    assert dated == sorted(dated, reverse=True)  # newest first across pages, undated last
    assert [a["published"] for a in pages[-1][-5:]] == [None] * 5


def test_entity_totals_come_from_sql_not_the_first_rows(big):
    client, docs, _ = big
    data = client.get(f"/api/entity/{EVERYWHERE}", params={"limit": 10}).json()
    assert (data["mentions"], data["documents"]) == (DOCUMENTS, DOCUMENTS)
    months = Counter(d.published[:7] for d in docs if d.published)
    assert {p["period"]: p["count"] for p in data["over_time"]} == months
    assert len(data["articles"]) == 10 and data["paging"]["total"] == DOCUMENTS


def test_entity_counts_follow_rewritten_layers(any_store):
    """entity_counts is kept as layers are replaced: the totals equal a count of the annotations."""
    store = any_store  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    sample = [make_document(i) for i in range(40)]
    store.add_documents(sample)
    for doc in sample[:10]:  # drop the everywhere entity from ten documents, keep their place
        store.save_layers(
            doc.with_layer("entities", [a for a in doc.layer("entities") if a.attrs["kb_id"] != EVERYWHERE])
        )
    by_key: dict[str, set[str]] = {}
    mentions: Counter[str] = Counter()
    for doc_id, ann in store.annotations(layer="entities"):
        by_key.setdefault(ann.attrs["kb_id"], set()).add(doc_id)
        mentions[ann.attrs["kb_id"]] += 1
    for key, doc_ids in by_key.items():
        counts = store.entity_counts(key)
        assert counts is not None and (counts["documents"], counts["mentions"]) == (
            len(doc_ids),
            mentions[key],
        )
    assert store.entity_counts(EVERYWHERE)["documents"] == 30
    listed, total = store.entity_documents(EVERYWHERE, limit=100)
    assert total == 30 and {d["id"] for d in listed} == {d.id for d in sample[10:]}


def test_stories_and_story_members_page(big):
    client, docs, _ = big
    pages, paging = all_pages(client, "/api/stories", "stories", 50)
    assert paging["total"] == 1 + (DOCUMENTS - BIG_STORY) // SMALL_STORY == 201
    ids = [[s["id"] for s in page] for page in pages]
    assert_disjoint_and_complete(ids, {f"st-{d.id}" for d in docs[:1]} | {
        f"st-{docs[i].id}" for i in range(BIG_STORY, DOCUMENTS, SMALL_STORY)}, 50)  # fmt: skip
    assert pages[0][0]["documents"] == BIG_STORY  # the biggest first
    story = f"st-{docs[0].id}"
    members, member_paging = all_pages(client, f"/api/story/{story}", "members", 100)
    assert member_paging["total"] == BIG_STORY
    assert_disjoint_and_complete(
        [[m["id"] for m in p] for p in members], {d.id for d in docs[:BIG_STORY]}, 100
    )


@pytest.mark.parametrize(
    "path", ["/story/{story}", "/api/story/{story}", "/entity/{entity}", "/api/entity/{entity}"]
)
def test_big_story_and_entity_pages_stay_small(big, path):
    client, docs, _ = big
    response = client.get(path.format(story=f"st-{docs[0].id}", entity=EVERYWHERE))
    assert response.status_code == 200
    assert len(response.content) < 300_000
    if path.startswith("/api/story"):
        data = response.json()
        assert len(data["members"]) == 50 and len(data["relations"]) <= 50
        assert data["graph_members"] <= 40 and len(data["graph"]["nodes"]) <= 41


def test_html_pages_link_to_the_next_page(big):
    client, docs, _ = big
    html = client.get(f"/story/st-{docs[0].id}", params={"page": 2}).text
    assert 'rel="prev" href="?page=1"' in html and 'rel="next" href="?page=3"' in html
    last = client.get("/stories", params={"page": 5, "limit": 50}).text
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_search_pages_are_disjoint_and_counted(big):
    client, docs, _ = big
    expected = {d.id for i, d in enumerate(docs) if i % 3 == 0}
    seen: list[str] = []
    offset = 0
    while True:
        data = client.get("/api/search", params={"q": THIRD_WORD, "limit": 100, "offset": offset}).json()
        assert data["total"] == len(expected) == 700 and not data["total_capped"]
        seen += [r["id"] for r in data["results"]]
        if not data["has_more"]:
            break
        offset += 100
    assert len(seen) == len(set(seen)) and set(seen) == expected


def test_search_for_a_word_in_every_document_is_bounded(big):
    client, _, db = big
    store = open_store(db)
    cap = store.SEARCH_CANDIDATES
    assert store.search_count("الرياض", cap=DOCUMENTS) == DOCUMENTS  # the exact count, when asked
    store.close()
    data = client.get("/api/search", params={"q": "الرياض"}).json()
    assert data["total"] == cap < DOCUMENTS and data["total_capped"]
    assert len(data["results"]) == 20
    html = client.get("/search", params={"q": "الرياض"}).text
    assert f"more than {cap}" in html
    past = client.get("/api/search", params={"q": "الرياض", "offset": cap}).json()
    assert past["results"] == [] and not past["has_more"]


def test_search_filtered_by_entity_counts_in_sql(big):
    client, docs, _ = big
    data = client.get("/api/search", params={"q": THIRD_WORD, "entity": "test:gpe/p3", "limit": 100}).json()
    expected = {d.id for i, d in enumerate(docs) if i % 3 == 0 and i % PLACES == 3}
    assert data["total"] == len(expected) and {r["id"] for r in data["results"]} == expected
    browse = client.get("/api/search", params={"entity": EVERYWHERE, "outlet": "outlet-007"}).json()
    assert browse["total"] == sum(1 for i in range(DOCUMENTS) if i % OUTLETS == 7)


def test_outlets_and_an_outlet_page(big):
    client, docs, _ = big
    pages, paging = all_pages(client, "/api/outlets", "outlets", 40)
    assert paging["total"] == OUTLETS
    assert_disjoint_and_complete([[o["outlet"] for o in p] for p in pages], {d.outlet for d in docs}, 40)
    outlet = client.get("/api/outlet/outlet-001", params={"limit": 5}).json()
    assert outlet["paging"]["total"] == DOCUMENTS // OUTLETS and len(outlet["articles"]) == 5


def test_map_is_one_point_per_place_paged(big):
    client, _, _ = big
    first = client.get("/api/map").json()
    assert first["paging"]["total"] == PLACES + 1  # the 400 places and the everywhere entity
    points = [p["key"] for p in first["places"] + first["unlocated"]]
    assert len(points) == 300 == len(set(points))
    everywhere = next(p for p in first["unlocated"] if p["key"] == EVERYWHERE)  # no coordinates
    assert everywhere["documents"] == everywhere["mentions"] == DOCUMENTS
    assert first["places"][0]["lat"] == pytest.approx(10.0)
    second = client.get("/api/map", params={"page": 2}).json()
    rest = [p["key"] for p in second["places"] + second["unlocated"]]
    assert len(rest) == PLACES + 1 - 300 and not set(rest) & set(points)


@pytest.mark.parametrize(
    "path",
    [f"/api/stories?limit={MAX_PAGE_SIZE + 1}", "/api/outlets?page=0", f"/api/entity/{EVERYWHERE}?limit=500",
     "/api/map?limit=5000", "/api/search?limit=101"],
)  # fmt: skip
def test_limits_above_the_maximum_are_refused(big, path):
    client, _, _ = big
    response = client.get(path)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_parameter"


def test_shared_cache_computes_once_for_concurrent_requests_and_stays_within_capacity():
    import threading
    import time

    from rasid.web.app import SharedCache

    cache = SharedCache(ttl=60, capacity=10)
    calls: list[str] = []

    def slow(key: str) -> str:
        calls.append(key)
        time.sleep(0.05)
        return key * 4

    threads = [threading.Thread(target=cache.get, args=("a", lambda: slow("a"), len)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["a"]  # one computation; nineteen waited for it
    cache.get("b", lambda: slow("b"), len)  # weighs 4: a + b = 8
    cache.get("c", lambda: slow("c"), len)  # 12 > 10: the oldest (a) goes
    assert cache.get("a", lambda: slow("a"), len) == "aaaa" and calls == ["a", "b", "c", "a"]
    expired = SharedCache(ttl=0)
    expired.get("x", lambda: slow("x"))
    expired.get("x", lambda: slow("x"))
    assert calls[-2:] == ["x", "x"]


def test_story_page_says_how_a_copy_was_found(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # written for this test: one report, and the same report reworded sentence by sentence
    original = (
        "A fire destroyed the central market of Kayes on Tuesday night, the regional governor said. "
        "The blaze started in a fabric warehouse shortly after midnight and spread to 140 stalls. "
        "Firefighters needed six hours to bring the flames under control. "
        "No one was killed, but 12 traders were treated for burns at the city hospital."
    )
    reworded = (
        "The central market of Kayes was destroyed by a fire on Tuesday night, according to the regional governor. "
        "The fire began in a textile warehouse just after midnight and reached 140 stalls. "
        "It took firefighters six hours to get the flames under control. "
        "Nobody died, but 12 traders received treatment for burns at the city hospital."
    )
    db = tmp_path / "reworded.db"
    with open_store(db) as store:
        store.add_documents(
            [
                Document(text=original, language="en", published="2025-03-04", outlet="first.example"),
                Document(text=reworded, language="en", published="2025-03-05", outlet="second.example"),
            ]
        )
        assert trace(store).relations == {"copy": 1}
        (story,) = list_stories(store)
    client = TestClient(create_app(str(db)))
    page = client.get(f"/story/{story['id']}")
    assert page.status_code == 200 and "reworded" in page.text
    assert "بصياغة أخرى" in client.get(f"/story/{story['id']}?lang=ar").text
