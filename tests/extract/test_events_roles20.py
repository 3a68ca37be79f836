"""Event roles, twentieth round: settlers and Palestinians are unnamed actors, so an attack or a clash told with them
has them as its side."""

from __future__ import annotations

from typing import Any

from event_roles import role_text

from rasid.extract import analyze_text


def attacks(text: str) -> list[dict[str, Any]]:
    """The attributes of each ASSAULT event coded in the Arabic ``text``."""
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == "ASSAULT" and not e.get("extension")]


def test_settlers_after_the_verb_did_the_attack() -> None:
    events = attacks("وهاجم مستوطنون دورية للشرطة الفلسطينية قرب مدينة الخليل أمس.")
    assert [role_text(e["source"]) for e in events if e["trigger"] == "هاجم"] == ["مستوطنون"]


def test_settlers_before_the_verb_did_the_arson() -> None:
    events = attacks(
        "وقال مسؤول فلسطيني إن مستوطنين أضرموا النار في منزل بقرية قرب نابلس، ما أدى إلى إصابة طفل."
    )
    assert [role_text(e["source"]) for e in events if e["trigger"] == "أضرموا"] == ["مستوطنين"]


def test_palestinians_first_of_the_pair_after_between() -> None:
    events = attacks("واندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال قرب البلدة.")
    roles = [(role_text(e["source"]), role_text(e["target"])) for e in events if e["trigger"] == "مواجهات"]
    assert roles == [("فلسطينيين", "قوات الاحتلال")]


def test_who_describes_the_attack_is_no_doer_of_it() -> None:
    events = attacks(
        "وقتل ثلاثة جنود في هجوم على نقطة تفتيش، ووصف الرئيس الفرنسي إيمانويل ماكرون الهجوم بأنه عمل إرهابي."
    )
    assert [e["trigger"] for e in events] == ["هجوم", "الهجوم"]
    assert all(role_text(e["source"]) != "إيمانويل ماكرون" for e in events)
