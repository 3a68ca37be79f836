"""Story merges are recorded (issue 14, item 3): what, when and why, shown by get_story as ``merges``; the id
of the absorbed story still opens the story it went into.

Two excerpts of one report (written for this test; fictional figures) are traced first, each with a copy: two
stories, since nothing relates the excerpts. The whole report arrives later and holds both; the toll both
excerpts name says they report one event: they merge. (A text holding two others is no bridge on its own: a
digest holds several events, see test_trace_story_membership.py.)
"""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, trace
from rasid.trace.membership import MERGE_AGREEMENT, STORY_COHESION

REPORT = (
    "Officials in Niger said on Monday that 47 soldiers were killed and 19 wounded when gunmen attacked an army "
    "post near the town of Tillia in the region of Tahoua. The defence ministry said in a statement that the attack "
    "began at dawn and lasted about three hours before air support arrived from Niamey. It said 31 of the attackers "
    "were killed and that several motorcycles and weapons were seized. The post had been reinforced last month "
    "after a series of raids on villages in the area, the ministry added. Local officials said many residents had "
    "fled to the town of Tahoua in recent weeks. In the afternoon the ministry said that its figures still held, "
    "that no soldier was missing and that a search operation was under way in the area around "
    "Tillia. The government declared three days of national mourning for the fallen soldiers. Regional leaders "
    "condemned the attack and offered their condolences to the families of the victims. Analysts said the attack "
    "near Tillia, which killed 47 soldiers, was the deadliest on the army in the region of Tahoua this year and showed that armed groups could still "
    "strike in force close to the border with Mali despite the military operations of recent months."
)
WORDS = REPORT.split()
HEAD, TAIL = " ".join(WORDS[:85]), " ".join(WORDS[105:])  # no text in common


def doc(text: str, outlet: str, published: str = "2024-03-04") -> Document:
    return Document(text=text, language="en", outlet=outlet, published=published)


@pytest.fixture(scope="module")
def merged(module_store_url: str):  # type: ignore[no-untyped-def]
    store = open_store(module_store_url)  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    head, head_copy = doc(HEAD, "a.example"), doc("Latest: " + HEAD, "b.example")
    tail, tail_copy = doc(TAIL, "c.example"), doc(TAIL + " More to follow.", "d.example")
    store.add_documents([head, head_copy, tail, tail_copy])
    trace(store)
    before = {frozenset(s["documents"]): s["id"] for s in list_stories(store, min_documents=2)}
    whole = doc(REPORT, "e.example", "2024-03-05")
    store.add_documents([whole])
    report = trace(store)
    return store, before, report, {"head": head, "tail": tail, "whole": whole}


def test_two_stories_merge_when_a_document_holds_both(merged) -> None:  # type: ignore[no-untyped-def]
    store, before, report, _ = merged
    assert len(before) == 2
    assert report.stories_merged == 1
    [story] = list_stories(store, min_documents=2)
    assert story["size"] == 5


def test_the_merge_is_recorded_with_what_when_and_why(merged) -> None:  # type: ignore[no-untyped-def]
    store, before, _, d = merged
    story = get_story(store, d["whole"].id)
    [merge] = story["merges"]
    assert merge["into"] == story["id"]
    absorbed = before[frozenset(merge["documents"])]  # the whole absorbed story, by its members
    assert merge["merged_story"] == absorbed != story["id"]
    assert merge["decided_by"] == "trace" and merge["at"][:4].isdigit()
    assert merge["relation"]["kind"] == "copy" and d["whole"].id in (
        merge["relation"]["a"],
        merge["relation"]["b"],
    )
    reason = merge["reason"]
    # the toll both excerpts name: the cores agree, and the centroids are close enough
    assert reason["rule"] == "merge" and reason["agreement"] >= MERGE_AGREEMENT
    assert reason["shared"]["numbers"] == ["47"]
    assert reason["cohesion"] >= STORY_COHESION


def test_the_absorbed_story_id_opens_the_story_it_went_into(merged) -> None:  # type: ignore[no-untyped-def]
    store, _, _, d = merged
    story = get_story(store, d["whole"].id)
    absorbed = story["merges"][0]["merged_story"]
    assert get_story(store, absorbed)["id"] == story["id"]


def test_a_full_retrace_clears_the_merges_it_recorded(merged) -> None:  # type: ignore[no-untyped-def]
    store, _, _, d = merged
    trace(store, full=True)
    story = get_story(store, d["whole"].id)
    assert story["merges"] == [] and story["size"] == 5
