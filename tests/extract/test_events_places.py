"""Where an event happened, on a map: a town is a point, a governorate a region, a country only a country."""

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
