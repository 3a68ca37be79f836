"""An armed group after a citing cue speaks for itself: it is no outlet and no monitor, so no cited source."""

from __future__ import annotations

from rasid.extract import analyze_documents
from rasid.model import Document


def _sources(text: str) -> list[tuple[str, str, str | None]]:
    (doc,) = analyze_documents([Document(text=text, language="fr")])
    return [(a.label, a.text, a.attrs.get("outlet")) for a in doc.layer("sources")]


def test_armed_group_after_selon_is_no_source() -> None:
    assert _sources("Selon le GATIA, dix combattants ont été tués près de la frontière.") == []


def test_outlet_after_selon_is_still_cited() -> None:
    assert ("cited_outlet", "Selon Le Monde", "Le Monde") in _sources(
        "Selon Le Monde, dix combattants ont été tués près de la frontière."
    )
