"""The entity, coreference and equipment stages on the two seed articles, against the hand gold.

Skips when ../shared is absent. Every gold entity must be found with the gold text, the right
type (MEDIA and ARMED_GROUP count as ORG) and the gold canonical name; every gold equipment item
with its category.
"""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from rasid.extract.coref import coref_stage
from rasid.extract.entities import entities_stage
from rasid.extract.equipment import equipment_stage
from rasid.kb import type_family
from rasid.model import Document


@pytest.fixture(scope="module")
def analysed() -> list[tuple[dict, Document]]:
    gold = json.loads(shared_path("gold", "seeds.gold.json").read_text(encoding="utf-8"))
    out = []
    for item in gold["documents"]:
        text = shared_path("seeds", item["file"]).read_text(encoding="utf-8")
        doc = Document(text=text)
        doc = equipment_stage(coref_stage(entities_stage(doc, {}), {}), {})
        out.append((item, doc))
    return out


def test_entities_seeds_every_gold_entity_with_type_and_canonical(analysed) -> None:
    missing = []
    total = 0
    for item, doc in analysed:
        found = {(a.text, type_family(a.label), a.attrs.get("canonical")) for a in doc.layer("entities")}
        for ent in item["entities"]:
            total += 1
            if (ent["text"], type_family(ent["type"]), ent["canonical"]) not in found:
                missing.append(f"{item['file']}: {ent['text']} {ent['type']} {ent['canonical']}")
    assert total > 0
    assert not missing, "\n".join(missing)


def test_entities_seeds_every_gold_equipment_item(analysed) -> None:
    missing = []
    for item, doc in analysed:
        found = {(a.text, a.label) for a in doc.layer("equipment")}
        for eq in item["equipment"]:
            if (eq["text"], eq["category"]) not in found:
                missing.append(f"{item['file']}: {eq['text']} {eq['category']}")
    assert not missing, "\n".join(missing)


def test_entities_seeds_short_forms_point_at_the_full_mention(analysed) -> None:
    for _, doc in analysed:
        for ann in doc.layer("entities"):
            if "coref_of" in ann.attrs:
                antecedent = [a for a in doc.layer("entities") if a.start == ann.attrs["coref_of"]]
                assert antecedent and antecedent[0].attrs["canonical"] == ann.attrs["canonical"]


def test_entities_seeds_annotations_point_at_their_text(analysed) -> None:
    for _, doc in analysed:
        for ann in (*doc.layer("entities"), *doc.layer("equipment")):
            assert doc.text[ann.start : ann.end] == ann.text
