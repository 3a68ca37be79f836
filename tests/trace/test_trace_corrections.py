"""An analyst's corrections (issue 14, item 5): split a document out of a story, merge two stories; stored, and
kept by every later trace, ``--full`` included. Through the API and the CLI (``rasid story split|merge``)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_trace_run import docs as event_docs
from test_trace_story_membership import ATTACK, DRONES

from rasid.cli.main import cli
from rasid.errors import NotFoundError, RasidError
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, merge_stories, split_document, trace


def story_of(store, doc_id: str) -> str | None:  # type: ignore[no-untyped-def]
    return store.story_of_document(doc_id)


def test_split_a_document_out_and_it_stays_out_after_retracing(store_url: str) -> None:
    store = open_store(store_url)  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    d = event_docs()
    store.add_documents([d["ar"], d["copy"], d["fr"], d["en"]])
    trace(store)
    story_id = story_of(store, d["fr"].id)
    assert story_id and get_story(store, story_id)["size"] == 4
    result = split_document(store, d["fr"].id, note="the French text is another outlet's summary")
    assert result == {"story": story_id, "document": d["fr"].id, "remaining": 3}
    assert story_of(store, d["fr"].id) is None
    assert d["fr"].id not in get_story(store, story_id)["documents"]
    assert all(d["fr"].id not in (e["from"], e["to"]) for e in get_story(store, story_id)["edges"])
    trace(store, full=True)
    assert story_of(store, d["fr"].id) is None or story_of(store, d["fr"].id) != story_of(store, d["ar"].id)
    assert story_of(store, d["ar"].id) == story_of(store, d["en"].id) == story_of(store, d["copy"].id)
    # a new copy of the French text may make a story with it, never bring it back to the Arabic one
    fr_copy = Document(d["fr"].text + " (Reprise.)", language="fr", published="2024-07-30")
    store.add_documents([fr_copy])
    trace(store)
    assert story_of(store, d["fr"].id) is None or story_of(store, d["fr"].id) != story_of(store, d["ar"].id)
    with pytest.raises(NotFoundError):
        split_document(store, "no-such-document")


def test_merge_two_stories_and_they_stay_merged_after_retracing(store_url: str) -> None:
    store = open_store(store_url)
    attack = Document(ATTACK, language="en", outlet="a.example", published="2024-06-04")
    attack_copy = Document("Breaking: " + ATTACK, language="en", outlet="b.example", published="2024-06-04")
    drones = Document(DRONES, language="en", outlet="c.example", published="2024-06-04")
    drones_copy = Document(DRONES + " More soon.", language="en", outlet="d.example", published="2024-06-04")
    store.add_documents([attack, attack_copy, drones, drones_copy])
    trace(store)
    first, second = story_of(store, attack.id), story_of(store, drones.id)
    assert first != second
    result = merge_stories(
        store, attack.id, second, note="one security briefing"
    )  # a document id or a story id
    assert result["size"] == 4 and {result["story"], result["merged_story"]} == {first, second}
    story = get_story(store, result["merged_story"])  # the absorbed id opens the merged story
    assert story["id"] == result["story"] and story["size"] == 4
    [merge] = story["merges"]
    assert merge["decided_by"] == "user" and merge["reason"]["note"] == "one security briefing"
    trace(store, full=True)
    assert story_of(store, attack.id) == story_of(store, drones.id) == story_of(store, drones_copy.id)
    assert [s["size"] for s in list_stories(store, min_documents=2)] == [4]
    with pytest.raises(RasidError):
        merge_stories(store, attack.id, drones.id)  # already one story
    # the analyst changes their mind: the later correction wins, and survives re-tracing too
    split_document(store, drones.id)
    trace(store, full=True)
    assert story_of(store, drones.id) != story_of(store, attack.id)


def test_cli_story_split_and_merge_then_show(store_url: str) -> None:
    db = store_url
    d = event_docs()
    with open_store(db) as store:
        store.add_documents([d["ar"], d["copy"], d["fr"]])
        trace(store)
    runner = CliRunner()
    out = runner.invoke(cli, ["story", "split", d["fr"].id, "--db", str(db)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert d["fr"].id in out.output and "2 documents left" in out.output
    with open_store(db) as store:
        assert story_of(store, d["fr"].id) is None
    shown = runner.invoke(cli, ["story", d["ar"].id, "--db", str(db)], catch_exceptions=False)
    assert shown.exit_code == 0 and "root:" in shown.output  # `rasid story ID` still shows a story
    with open_store(db) as store:
        store.add_documents([Document(ATTACK, language="en"), Document("Breaking: " + ATTACK, language="en")])
        trace(store)
        attack_story = story_of(store, Document(ATTACK, language="en").id)
    out = runner.invoke(
        cli, ["story", "merge", d["ar"].id, str(attack_story), "--db", str(db)], catch_exceptions=False
    )
    assert out.exit_code == 0, out.output
    assert "4 documents" in out.output
    with open_store(db) as store:
        assert story_of(store, d["ar"].id) == story_of(store, Document(ATTACK, language="en").id)
