"""The knowledge base as data: packaged files, validation errors with file and line, user files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasid.errors import KBError
from rasid.kb import ENTITY_TYPES, EQUIPMENT_TYPE, load_kb, packaged_kb_files, read_kb_file, type_family
from rasid.kb.loader import dump_tsv


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_kb_packaged_files_load_and_every_entry_is_complete(kb) -> None:
    assert {p.name for p in packaged_kb_files()} >= {
        "countries.tsv",
        "places.tsv",
        "people.yaml",
        "equipment.yaml",
    }
    for entry in kb:
        assert entry.name.strip() and entry.type in (*ENTITY_TYPES, EQUIPMENT_TYPE)
        if entry.type == EQUIPMENT_TYPE:
            assert entry.category
        if "wikidata" in entry.ids:
            assert re.fullmatch(r"Q[1-9]\d*", entry.ids["wikidata"])


def test_kb_has_every_country_with_iso_codes(kb) -> None:
    countries = [e for e in kb if e.id.startswith("rasid:gpe/") and len(e.id) == len("rasid:gpe/xx")]
    assert len(countries) >= 249
    assert all(e.ids.get("iso2") == e.country for e in countries)


@pytest.mark.parametrize(
    ("entry_id", "name"),
    [
        ("rasid:gpe/ru", "روسيا"),
        ("rasid:gpe/ru", "الاتحاد الروسي"),
        ("rasid:gpe/ru", "Russie"),
        ("rasid:gpe/ru", "России"),
        ("rasid:gpe/bf", "بوركينا فاسو"),
        ("rasid:gpe/ne", "النيجر"),
        ("rasid:gpe/td", "تشاد"),
        ("rasid:gpe/us", "الولايات المتحدة"),
        ("rasid:gpe/dz", "الجزائر"),
        ("rasid:gpe/mr", "موريتانيا"),
        ("rasid:gpe/ua", "أوكرانيا"),
        ("rasid:gpe/fr", "فرنسا"),
    ],
)
def test_kb_country_has_everyday_arabic_and_foreign_names(kb, entry_id: str, name: str) -> None:
    assert name in {n for _, n in kb[entry_id].names()}


def test_kb_places_have_coordinates_and_geonames_ids(kb) -> None:
    bamako = kb["rasid:gpe/ml-bamako"]
    assert bamako.ids["geonames"] == 2460596
    assert bamako.coords is not None and abs(bamako.coords[0] - 12.65) < 0.1
    assert "باماكو" in {n for _, n in bamako.names()}
    for place in (
        "rasid:gpe/ml-kidal",
        "rasid:gpe/ne-niamey",
        "rasid:gpe/bf-ouagadougou",
        "rasid:gpe/ru-moscow",
    ):
        assert kb[place].coords is not None


def test_kb_outlets_link_domains(kb) -> None:
    assert kb.by_domain("tass.com").name == "TASS"
    assert kb.by_domain("www.lefaso.net").name == "lefaso.net"
    assert kb.by_domain("arabic.rt.com").name == "RT"
    assert kb.by_domain("fr.sputniknews.africa").name == "Sputnik"
    assert kb.by_domain("example.org") is None
    assert kb.by_domain("sana.sy.").name == "Syrian Arab News Agency (SANA)"  # a fully qualified name


def test_kb_type_family_makes_media_and_armed_groups_organisations() -> None:
    assert (
        type_family("MEDIA") == "ORG" and type_family("ARMED_GROUP") == "ORG" and type_family("PER") == "PER"
    )


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


_GOOD_ENTRY = "- id: rasid:person/test-person\n  name: Test Person\n  type: PER\n"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("version: 1\nentries:\n- id: rasid:person/x\n  type: PER\n", 3, "missing 'name'"),
        (
            "version: 1\nentries:\n" + _GOOD_ENTRY + "- id: Bad Id\n  name: X\n  type: PER\n",
            6,
            "must look like",
        ),
        ("version: 1\nentries:\n- id: rasid:person/x\n  name: X\n  type: PERSON\n", 3, "is not one of"),
        ("version: 1\nentries:\n- id: rasid:gpe/x\n  name: X\n  type: GPE\n  coords: [95, 0]\n", 3, "coords"),
        (
            "version: 1\nentries:\n- id: rasid:gpe/x\n  name: X\n  type: GPE\n  ids: {wikidata: 159}\n",
            3,
            "wikidata",
        ),
        (
            "version: 1\nentries:\n- id: rasid:gpe/x\n  name: X\n  type: GPE\n  aliases: {de: [Y]}\n",
            3,
            "unknown language",
        ),
        (
            "version: 1\nentries:\n- id: rasid:gpe/x\n  name: X\n  type: GPE\n  colour: red\n",
            3,
            "unknown field",
        ),
        ("version: 1\nentries:\n" + _GOOD_ENTRY + _GOOD_ENTRY, 6, "duplicate id"),
        ("version: 1\nentries:\n- id: rasid:equipment/x\n  name: X\n  type: EQUIPMENT\n", 3, "category"),
        ("version: 1\nentries:\n- id: rasid:gpe/x\n  name: [X\n  type: GPE\n", 5, "not valid YAML"),
        ("version: 9\nentries: []\n", 1, "not supported"),
    ],
)
def test_kb_validation_error_names_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = _write(tmp_path, "mine.yaml", body)
    with pytest.raises(KBError) as info:
        read_kb_file(path)
    text = str(info.value)
    assert f"{path}:{line}:" in text, text
    assert message in text
    assert text.startswith("[K001]")


def test_kb_missing_user_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="not found"):
        load_kb([tmp_path / "nope.yaml"])


def test_kb_user_file_adds_entries_and_merges_aliases(tmp_path: Path) -> None:
    user = _write(
        tmp_path,
        "mine.yaml",
        "version: 1\nentries:\n"
        "- id: rasid:person/new-analyst\n  name: Aminata Keita\n  type: PER\n  aliases: {ar: [أميناتا كيتا]}\n"
        "- id: rasid:gpe/ml\n  name: Mali\n  type: GPE\n  country: ML\n  aliases: {ar: [بلاد الماندينغ]}\n",
    )
    kb = load_kb([user])
    assert kb["rasid:person/new-analyst"].name == "Aminata Keita"
    mali_names = {n for _, n in kb["rasid:gpe/ml"].names()}
    assert {"بلاد الماندينغ", "مالي"} <= mali_names  # the user's alias and the packaged one
    assert kb["rasid:gpe/ml"].ids["iso2"] == "ML"  # packaged ids kept
    assert "rasid:person/new-analyst" not in load_kb()  # the packaged KB is untouched


def test_kb_tsv_round_trip_and_tsv_errors(tmp_path: Path) -> None:
    raw = [
        {
            "id": "rasid:gpe/xx-town",
            "name": "Town",
            "type": "GPE",
            "country": "ML",
            "aliases": {"ar": ["بلدة", "قرية"], "fr": ["Ville"]},
            "ids": {"geonames": 123},
            "coords": [12.5, -8.0],
            "population": 1000,
            "context": {"needs_context": True},
        }
    ]
    path = _write(tmp_path, "mine.tsv", dump_tsv(raw, "test"))
    _, entries = read_kb_file(path)
    entry = entries[0]
    assert entry.aliases["ar"] == ("بلدة", "قرية") and entry.coords == (12.5, -8.0)
    assert entry.ids["geonames"] == 123 and entry.needs_context and entry.population == 1000
    bad = _write(tmp_path, "bad.tsv", "id\tname\ttype\tlat\tlon\nrasid:gpe/y\tY\tGPE\tnorth\t3\n")
    with pytest.raises(KBError, match=r"bad\.tsv:2: bad number"):
        read_kb_file(bad)
    header = _write(tmp_path, "header.tsv", "name\tid\ttype\n")
    with pytest.raises(KBError, match=r"header\.tsv:1: TSV header"):
        read_kb_file(header)


def test_gulf_and_levant_towns_are_linked_with_coordinates() -> None:
    # chosen by hand below a million people (sources/place_aliases.yaml), short names (عدن، تعز) included
    kb = load_kb()
    for kb_id, lat in (("rasid:gpe/ye-aden", 12.8), ("rasid:gpe/ye-taiz", 13.6), ("rasid:gpe/sa-abha", 18.2)):
        entry = kb[kb_id]
        assert entry.coords is not None and abs(entry.coords[0] - lat) < 0.3
        assert not entry.is_country
    assert "عدن" in kb["rasid:gpe/ye-aden"].aliases["ar"]


def test_a_country_has_a_representative_point_inside_its_region() -> None:
    saudi = load_kb()["rasid:gpe/sa"]
    assert saudi.is_country and saudi.coords is not None
    lat, lon = saudi.coords
    assert 16 < lat < 32 and 36 < lon < 55


def test_a_capital_is_one_entry_whatever_towns_share_its_name() -> None:
    # GeoNames has three US cities named Washington: the capital is the most populous, and its names in every
    # language (the Arabic one was given to a town in Utah) are on it alone
    kb = load_kb()
    capital = kb["rasid:gpe/us-washington"]
    assert capital.description == "capital (US)"
    assert "واشنطن" in capital.aliases["ar"] and "Вашингтон" in capital.aliases["ru"]
    homonyms = [e for e in kb.entities() if e.type == "GPE" and e.name == "Washington" and e.id != capital.id]
    assert not [e for e in homonyms if (e.description or "").startswith("capital")]
    assert not [e for e in homonyms if "واشنطن" in e.aliases.get("ar", [])]
