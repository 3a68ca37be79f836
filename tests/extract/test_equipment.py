"""rasid.equipment.v1: models, slash forms, generic classes, calibres, traps. Texts written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.extract.coref import coref_stage
from rasid.extract.entities import entities_stage
from rasid.extract.equipment import equipment_stage
from rasid.model import Document


def _equipment(text: str) -> list[tuple[str, str, dict]]:
    doc = equipment_stage(Document(text=text), {})
    for ann in doc.layer("equipment"):
        assert doc.text[ann.start : ann.end] == ann.text
    return [(a.text, a.label, dict(a.attrs)) for a in doc.layer("equipment")]


@pytest.mark.parametrize(
    ("text", "surface", "category", "canonical"),
    [
        ("وصلت دبابات T-72B3 إلى المطار", "T-72B3", "main battle tank", "T-72B3"),
        ("شوهدت T72B3 في العرض", "T72B3", "main battle tank", "T-72B3"),
        ("وعرضت مدرعات تيغر ولينزا", "تيغر", "armoured car", "GAZ Tigr"),
        ("وعرضت مدرعات تيغر ولينزا", "لينزا", "armoured ambulance", "Linza"),
        ("مركبات سبارتاك المدرعة", "سبارتاك", "armoured vehicle", "Spartak (K-4386 based armoured vehicle)"),
        ("سلمت روسيا مروحيات Mi-171Sh للجيش", "Mi-171Sh", "transport helicopter", "Mil Mi-171"),
        ("Des Bayraktar TB2 ont frappé", "Bayraktar TB2", "combat drone", "Bayraktar TB2"),
        ("Поставка БТР-82А в Мали", "БТР-82А", "armoured personnel carrier", "BTR-82A"),
        ("مدفع هاوتزر دي-30 في الميدان", "دي-30", "howitzer", "D-30 122 mm howitzer"),
        ("راجمات غراد تقصف المواقع", "راجمات غراد", "multiple rocket launcher", "BM-21 Grad"),
        ("وصلت طائرة مسيّرة من طراز أورلان-10", "أورلان-10", "reconnaissance drone", "Orlan-10"),
    ],
)
def test_equipment_models_in_every_script(text: str, surface: str, category: str, canonical: str) -> None:
    found = {(t, label, attrs["canonical"]) for t, label, attrs in _equipment(text)}
    assert (surface, category, canonical) in found


@pytest.mark.parametrize(
    ("text", "surface", "models"),
    [
        ("وناقلات الجنود المدرعة BTR-80/82A في القافلة", "BTR-80/82A", ["BTR-80", "BTR-82A"]),
        ("قاذفات Su-24/25 في القاعدة", "Su-24/25", ["Sukhoi Su-24", "Sukhoi Su-25"]),
        ("helicopters Mi-8/17 and Mi-24/35", "Mi-8/17", ["Mil Mi-8", "Mil Mi-17"]),
        ("helicopters Mi-8/17 and Mi-24/35", "Mi-24/35", ["Mil Mi-24", "Mil Mi-35"]),
    ],
)
def test_equipment_slash_form_is_one_annotation_with_its_models(
    text: str, surface: str, models: list[str]
) -> None:
    (match,) = [attrs for t, _, attrs in _equipment(text) if t == surface]
    assert list(match["models"]) == models
    assert len(match["kb_ids"]) == len(models)


def test_equipment_unknown_slash_part_gives_nothing() -> None:
    assert [t for t, _, _ in _equipment("رصدت BTR-80/ZZ9 قرب الحدود")] == []


def test_equipment_generic_classes_and_class_word_before_a_model() -> None:
    found = _equipment("تضم القافلة دبابات T-72B3 ومركبات المشاة القتالية والمركبات الهندسية وقارب نهري")
    assert ("T-72B3", "main battle tank") in {(t, label) for t, label, _ in found}
    generic = {t: label for t, label, attrs in found if attrs.get("generic")}
    assert generic == {
        "دبابات": "main battle tank",
        "مركبات المشاة القتالية": "infantry fighting vehicle",
        "المركبات الهندسية": "engineering vehicle",
        "قارب نهري": "river boat",
    }


def test_equipment_calibre_is_kept() -> None:
    (s60,) = [attrs for t, _, attrs in _equipment("مجهزة بمدفع آلي إس-60 عيار ٥٧ ملم") if t == "إس-60"]
    assert s60["calibre_mm"] == 57 and s60["canonical"] == "S-60 57 mm"


@pytest.mark.parametrize(
    "text",
    [
        "فاز المدافع بجائزة أفضل لاعب في الدوري",  # المدافع = the defender
        "فاز سبارتاك موسكو على منافسه",  # the football club
        "The tiger crossed the road",  # not Tigr
    ],
)
def test_equipment_traps(text: str) -> None:
    assert _equipment(text) == []


def test_equipment_artillery_with_military_context() -> None:
    assert [label for _, label, _ in _equipment("قصفت المدافع مواقع الجيش")] == ["artillery"]


def test_equipment_french_class_word_and_model_both_kept() -> None:
    found = [t for t, _, _ in _equipment("Les FAMa ont reçu des hélicoptères Mi-24 et des drones.")]
    assert found == ["hélicoptères", "Mi-24", "drones"]


_PIECES = st.sampled_from(
    ["BTR-80/82A", "T-72B3", "دبابات", "إس-60", " عيار 57 ملم", "وتيغر", "ولينزا", "المدافع", "الجيش", "ديارا",
     "ألو بوا ديارا", "القائد العسكري", "M. Diop", "Abdoulaye Diop", "ُ", "ـ", "\u200f", "😀", " ", "، ", "\n", "Su-24/25"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=20))
def test_equipment_and_coref_annotations_point_at_their_text(pieces: list[str]) -> None:
    doc = Document(text="".join(pieces))
    doc = equipment_stage(coref_stage(entities_stage(doc, {}), {}), {})
    for ann in (*doc.layer("entities"), *doc.layer("equipment")):
        assert doc.text[ann.start : ann.end] == ann.text
