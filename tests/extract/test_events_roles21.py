"""Event roles, twenty-first round: an Arabic attack noun whose genitive is its doer (هجوم جهاديين) names that doer
by its possessive pronoun too (هجماتها, غاراته): the last party named before it, not a place nor whom it hit."""

from __future__ import annotations

from typing import Any

from event_roles import role_text

from rasid.extract import analyze_text


def attacks(text: str) -> list[dict[str, Any]]:
    """The attributes of each ASSAULT event coded in the Arabic ``text``."""
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == "ASSAULT" and not e.get("extension")]


def test_her_attacks_are_the_group_named_in_the_sentence_before() -> None:
    events = attacks(
        "تبنت حركة الشباب الصومالية العملية في بيان نشرته أمس. وكانت هجماتها على القواعد العسكرية في كينيا قد "
        "تزايدت هذا العام."
    )
    assert [role_text(e["source"]) for e in events if e["trigger"] == "هجماتها"] == ["حركة الشباب الصومالية"]


def test_the_country_where_strikes_fell_is_not_whose_raids_they_are() -> None:
    events = attacks("نفذت روسيا ضربات في سوريا أمس. ووصف مسؤولون غاراتها على مواقع تنظيم داعش بأنها ناجحة.")
    assert [role_text(e["source"]) for e in events if e["trigger"] == "غاراتها"] == ["روسيا"]


def test_an_attack_noun_with_no_pronoun_takes_no_earlier_party() -> None:
    events = attacks(
        "تبنت حركة الشباب الصومالية العملية في بيان نشرته أمس. وكانت هجمات على القواعد العسكرية في كينيا قد "
        "تزايدت هذا العام."
    )
    assert [role_text(e["source"]) for e in events if e["trigger"] == "هجمات"] == [None]


def test_the_subject_of_the_sentence_before_over_a_country_named_after_it() -> None:
    events = attacks(
        "وبقيت تركيا بعيدة عن الحرب وقالت إن الجماعات الكردية تمثل خطرا عليها. لكن هجماتها على مواقع تنظيم داعش "
        "تزايدت هذا الشهر."
    )
    assert [role_text(e["source"]) for e in events if e["trigger"] == "هجماتها"] == ["تركيا"]


def test_who_leads_the_coalition_in_a_relative_clause_is_not_whose_raids() -> None:
    events = attacks("وجددت طائرات التحالف الدولي الذي تقوده الولايات المتحدة، غاراتها على مواقع تنظيم داعش.")
    assert [role_text(e["source"]) for e in events if e["trigger"] == "غاراتها"] != ["الولايات المتحدة"]
