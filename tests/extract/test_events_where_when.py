"""Where and when an event happened: a town is a point, a governorate a region, a country only a country; a date
after "since" is when something began."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _place(text: str) -> dict:
    (event,) = [e for e in analyze_text(text, language="ar").layer("events") if e.attrs["type"] == "ASSAULT"]
    return dict(event.attrs["location"])


@pytest.mark.parametrize(
    ("where", "kb_id", "precision"),
    [
        ("في مدينة تعز", "rasid:gpe/ye-taiz", "point"),
        ("في محافظة أبين", "rasid:loc/ye-abyan", "region"),
        ("في سوريا", "rasid:gpe/sy", "country"),
    ],
)
def test_an_attack_place_has_coordinates_and_says_how_precise_they_are(
    where: str, kb_id: str, precision: str
) -> None:
    # Made up for the test.
    place = _place(f"شنت الطائرات غارات على مواقع المسلحين {where} أمس.")
    assert place["kb_id"] == kb_id
    assert place["precision"] == precision
    assert isinstance(place["lat"], float) and isinstance(place["lon"], float)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Made up for the test.
        ("The rebels have attacked convoys on the road since March 3.", "en"),
        ("Les rebelles attaquent les convois depuis mars 2024.", "fr"),
        ("Боевики атакуют колонны с середины марта.", "ru"),
        ("ويشن المسلحون هجمات على القوافل منذ 3 مارس.", "ar"),
    ],
)
def test_a_date_after_since_is_when_it_began_not_the_event_date(text: str, language: str) -> None:
    events = [e.attrs for e in analyze_text(text, language=language).layer("events")]
    assert events and all(e["date_source"] != "text" for e in events), events


def test_a_date_without_since_still_dates_the_event() -> None:
    (event,) = analyze_text("The rebels attacked a convoy on March 3.", language="en").layer("events")
    assert event.attrs["date"] == "XXXX-03-03" and event.attrs["date_source"] == "text"


def test_an_unnamed_actor_after_lil_is_shown_with_its_article() -> None:
    # Made up for the test: للمسلحين is ل + المسلحين; the span starts after the first ل
    (event,) = analyze_text("واستهدفت الغارات تجمعات للمسلحين قرب المدينة.", language="ar").layer("events")
    target = event.attrs["target"]
    assert target["canonical"] == "المسلحين" and target["name"] == "المسلحين"
