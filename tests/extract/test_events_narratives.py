from __future__ import annotations

from rasid.extract.events import code_events
from rasid.extract.phrases import PhraseMatcher
from rasid.model import Document


def _with_entities(text: str, *mentions: tuple[str, str, str]) -> Document:
    doc = Document(text)
    anns = []
    for surface, label, canonical in mentions:
        start = text.index(surface)
        anns.append(
            doc.annotation("entities", start, start + len(surface), label, attrs={"canonical": canonical})
        )
    return doc.with_layer("entities", anns)


def test_event_codes_roles_place_and_publication_date():
    text = "وصلت قافلة عسكرية روسية إلى باماكو أمس. وقال الوزير إن الوضع هادئ."
    doc = _with_entities(text, ("باماكو", "GPE", "Bamako"))
    doc = doc.with_meta(published="2025-01-18", published_precision="day")
    events = code_events(doc, {}).layer("events")
    # a military convoy arriving is a movement of forces; without weapons named it is no delivery
    assert [e.label for e in events] == ["deployment"]
    attrs = events[0].to_dict()["attrs"]
    assert (attrs["type"], attrs["mode"]) == ("MOBILIZE", "troops")
    assert attrs["location"]["canonical"] == "Bamako"
    assert attrs["date"] == "2025-01-18" and attrs["date_source"] == "published"
    assert text[attrs["trigger_start"] : attrs["trigger_end"]] == attrs["trigger"]
    assert events[0].text.startswith("وصلت قافلة")


def test_event_roles_are_entities_of_the_same_sentence_only():
    text = (
        "Le ministre Abdoulaye Diop a rencontré Sergueï Lavrov à Moscou. Une attaque jihadiste a visé Kidal."
    )
    doc = _with_entities(
        text,
        ("Abdoulaye Diop", "PER", "Abdoulaye Diop"),
        ("Sergueï Lavrov", "PER", "Sergey Lavrov"),
        ("Moscou", "GPE", "Moscow"),
        ("Kidal", "GPE", "Kidal"),
    )
    events = code_events(doc, {}).layer("events")
    meeting = next(e for e in events if e.label == "meeting")
    attrs = meeting.to_dict()["attrs"]
    assert (attrs["source"]["canonical"], attrs["target"]["canonical"]) == ("Abdoulaye Diop", "Sergey Lavrov")
    assert attrs["location"]["canonical"] == "Moscow"
    attack = next(e for e in events if e.label == "attack").to_dict()["attrs"]
    assert attack["source"] is None or attack["source"]["canonical"] != "Sergey Lavrov"
    assert "Kidal" in {(attack["target"] or {}).get("canonical"), (attack["location"] or {}).get("canonical")}


def test_phrase_matcher_allows_clitics_only_before_the_phrase():
    matcher = PhraseMatcher({"k": ["هجوم"]})
    text = "وبهجوم مسلح، ثم الهجومي"
    spans = [text[m.span.start : m.span.end] for m in matcher.find(text)]
    assert spans == ["هجوم"]
