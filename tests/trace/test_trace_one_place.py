"""One place below the country, shared by two undated reports, does not say they report one event (issue 14,
distractors): a city has a month of news. The relation proposes a story (``scene_only``); two places, or a
place and a day, link the reports.

The texts are written for this test (fictional events; the places are real).
"""

from __future__ import annotations

from rasid.extract import analyze_documents
from rasid.model import Document
from rasid.trace.relate import Features, names_one_event, same_event

BASE_HANDOVER = (
    "The last American soldiers left the air base near Agadez, the army said, after handing the site over to "
    "the national forces in a short ceremony attended by officers of both countries."
)
BASE_TALKS = (
    "Officers of both countries met in Agadez to discuss the calendar of the withdrawal of American soldiers "
    "from the air base, the army said, adding that the talks would continue next month."
)
TWO_PLACES = (
    "Officers of both countries met in Agadez and then in Arlit to discuss the withdrawal of American soldiers "
    "from the air base, the army said."
)
TWO_PLACES_TOO = (
    "The army said officers of both countries had visited Agadez and Arlit to prepare the departure of the "
    "American soldiers from the air base."
)


def _features(*texts: str) -> list[Features]:
    return [Features(d) for d in analyze_documents(Document(text=t, language="en") for t in texts)]


def test_one_shared_place_alone_only_proposes() -> None:
    first, second = _features(BASE_HANDOVER, BASE_TALKS)
    relation = same_event(first, second, 0.6, {})
    assert relation is not None
    found = relation.evidence["same_event"]
    assert [kind for kind, _ in found["event_anchors"]] == ["kb_ids"]  # Agadez, and nothing else naming it
    assert found.get("scene_only") is True


def test_two_shared_places_link() -> None:
    first, second = _features(TWO_PLACES, TWO_PLACES_TOO)
    relation = same_event(first, second, 0.6, {})
    assert relation is not None
    assert len(relation.evidence["same_event"]["event_anchors"]) >= 2
    assert not relation.evidence["same_event"].get("scene_only")


def test_what_names_one_event() -> None:
    assert not names_one_event([("kb_ids", "rasid:gpe/ne-agadez")])
    assert not names_one_event([("place_name", "drk")])
    assert names_one_event([("kb_ids", "rasid:gpe/ne-agadez"), ("place_name", "drk")])
    assert names_one_event([("dates", "2024-08-05")])
    assert names_one_event([("numbers", "1100")])
