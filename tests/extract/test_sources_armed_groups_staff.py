"""An armed group after a citing cue speaks for itself (no outlet, no monitor: not a cited source); an
outlet's correspondent named with the definite article reports for the outlet."""

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


def test_definite_correspondent_reports_for_the_outlet() -> None:
    sources = _sources("Le correspondant de Sahara Medias dans la région a rapporté que le marché a brûlé.")
    assert ("cited_outlet", "Le correspondant de Sahara Medias", "Sahara Medias") in sources


def test_definite_staff_with_a_name_is_a_person() -> None:
    assert _sources("Le journaliste de Sahara Medias Ahmed Salem a vu le marché brûler.") == []
