"""Seeds acceptance: the origins named in the two seed articles become their stories' external origins."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path  # skips when ../shared is absent
from rasid.errors import PipelineError
from rasid.extract import get_stage
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, trace


@pytest.fixture(scope="module")
def seed_stories(module_store_url: str) -> dict[str, dict]:
    seeds = shared_path("seeds")
    try:
        get_stage("rasid.sources")
    except (PipelineError, ImportError) as exc:
        pytest.skip(
            f"the rasid.sources stage is not available ({exc}): external origins need the sources layer"
        )
    store = open_store(module_store_url)  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    ids = {}
    for path in sorted(Path(seeds).glob("*.txt")):
        doc = Document(path.read_text(encoding="utf-8"), language="ar")  # stored without layers on purpose
        store.add_document(doc)
        ids[path.name[:3]] = doc.id
    trace(store)
    assert len(list_stories(store)) == 2
    return {prefix: get_story(store, doc_id) for prefix, doc_id in ids.items()}


def test_seed_000_origin_is_lefaso_with_its_url(seed_stories: dict[str, dict]) -> None:
    story = seed_stories["000"]
    [origin] = [o for o in story["external_sources"] if o["kind"] == "original_url"]
    assert origin["url"] == "https://lefaso.net/spip.php?article135603"
    assert "lefaso.net" in (origin["outlet"] or "")
    assert story["root"] == origin["node"]
    assert any(e["to"] == origin["node"] and e["kind"] == "original_url" for e in story["edges"])


def test_seed_004_origin_is_tass_and_rtvi_is_the_interview_venue(seed_stories: dict[str, dict]) -> None:
    story = seed_stories["004"]
    kinds = {(o["kind"], o["outlet"]) for o in story["external_sources"]}
    assert ("agency", "TASS") in kinds
    assert ("interview", "RTVI") in kinds
    assert story["root"] == "ext:TASS"
    tass = next(o for o in story["external_sources"] if o["kind"] == "agency")
    assert tass["text"] == "المصدر: تاس"
