"""Event roles, nineteenth round: a meeting noun with the feminine possessive (زيارتها) is a body's or a country's,
not a man's before it."""

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
