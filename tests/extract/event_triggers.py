"""What the event-type tests share: the (type, trigger) of each event the default pipeline codes in a text."""

from __future__ import annotations

from rasid.extract import analyze_text


def coded_triggers(text: str, language: str = "ar", *, extensions: bool = True) -> list[tuple[str, str]]:
    """``(rasid_type, trigger)`` of each event coded in ``text`` (published 2015-08-10, a SaudiNewsNet day);
    ``extensions=False`` leaves out the events that only extend another (a meeting told again)."""
    doc = analyze_text(text, language=language, published="2015-08-10")
    return [
        (e.attrs["rasid_type"], e.attrs["trigger"])
        for e in doc.layer("events")
        if extensions or not e.attrs.get("extension")
    ]
