"""Map coordinates: annotation first, then the knowledge base entry (read through rasid.kb), then GeoNames."""

from __future__ import annotations

import pytest

from rasid.kb import load_kb
from rasid.web.places import locate


def test_places_annotation_coordinates_win():
    row = {"kb_id": "rasid:gpe/ml-bamako", "attrs": {"lat": "1.5", "lon": 2}, "name": "Bamako"}
    assert locate(row) == {"lat": 1.5, "lon": 2.0, "source": "annotation"}


def test_places_kb_entry_gives_coordinates():
    entry = load_kb()["rasid:gpe/ml-bamako"]
    assert entry.coords is not None
    point = locate({"kb_id": entry.id, "name": "a name no gazetteer knows", "attrs": {}})
    assert point == {"lat": entry.coords[0], "lon": entry.coords[1], "source": "kb"}
    # the id may also sit in the annotation's attributes
    assert locate({"attrs": {"kb_id": entry.id}})["source"] == "kb"


@pytest.mark.parametrize(("kb_id", "iso_numeric"), [("rasid:gpe/ml", "466"), ("rasid:gpe/ne", "562")])
def test_places_kb_country_placed_by_iso_numeric(kb_id, iso_numeric):
    assert load_kb()[kb_id].is_country  # its point is only representative: the browser draws its boundary
    assert locate({"kb_id": kb_id, "attrs": {}}) == {"iso_numeric": iso_numeric, "source": "kb"}


def test_places_unknown_kb_id_falls_back_to_geonames():
    point = locate({"kb_id": "rasid:gpe/nowhere", "name": "Timbuktu", "attrs": {}, "label": "GPE"})
    assert point["source"] == "geonames" and 16 < point["lat"] < 17.5
    assert locate({"kb_id": None, "name": "no such place anywhere", "attrs": {}}) == {}
