"""Event roles, nineteenth round: a meeting noun with the feminine possessive (زيارتها) is a body's or a country's,
not a man's before it. A person, a country or a place parted by a comma from an attack noun after it is not its
doer; a body, force or group still is."""

from __future__ import annotations

from typing import Any

from event_roles import role_text

from rasid.extract import analyze_text


def meetings(text: str) -> list[dict[str, Any]]:
    """The attributes of each CONSULT event coded in the Arabic ``text``."""
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == "CONSULT" and not e.get("extension")]


def test_her_visit_is_the_bodys_not_the_man_before_it() -> None:
    events = meetings(
        "وتوقع الوزير خالد اليافعي أدوارا إيجابية ستمارسها الأمم المتحدة خلال زيارتها لمدينة عدن."
    )
    assert events
    assert role_text(events[0]["source"]) == "الأمم المتحدة"


def attacks(text: str) -> list[dict[str, Any]]:
    """The attributes of each ASSAULT event coded in the Arabic ``text``, by trigger."""
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == "ASSAULT" and not e.get("extension")]


def test_a_country_before_a_comma_is_no_doer_of_the_attack_noun() -> None:
    events = attacks(
        "وذكر شهود أن كتيبة محلية مدعومة من التحالف الذي تقوده السعودية، خاضت اشتباكات مع المتمردين قرب المدينة."
    )
    assert events
    assert all(role_text(e["source"]) != "السعودية" for e in events)


def test_a_force_before_a_comma_is_still_a_side_of_the_clashes() -> None:
    events = attacks("وأكد المتحدث أن قوات الجيش تقدمت في المنطقة، وأن المواجهات مع المسلحين مستمرة.")
    assert [role_text(e["source"]) for e in events if e["trigger"] == "المواجهات"] == ["قوات الجيش"]


def test_commas_around_a_time_part_nothing() -> None:
    events = attacks("وشنت إسرائيل، فجر اليوم، غارات على مواقع في قطاع غزة.")
    assert [role_text(e["source"]) for e in events if e["trigger"] == "غارات"] == ["إسرائيل"]
