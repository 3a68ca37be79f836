"""What the event-role tests share: the attacks the default pipeline codes in a text, and a role's text."""

from __future__ import annotations

from typing import Any

from rasid.extract import analyze_text


def coded_attacks(text: str, language: str) -> list[dict[str, Any]]:
    """The attributes of each ASSAULT event coded in ``text`` (not the extensions of an earlier one)."""
    doc = analyze_text(text, language=language)
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == "ASSAULT" and not e.get("extension")]


def role_text(role: dict[str, Any] | None) -> str | None:
    """The text of an actor role (``None`` when the event has none)."""
    return None if role is None else role["text"]
