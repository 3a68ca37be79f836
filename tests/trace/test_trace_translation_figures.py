"""A translation carries the figures of the text it renders (issue 14, translations): a short text whose numbers
the other never gives renders something else, however close its lines read across languages.

The texts are written for this test (fictional events; the places are real).
"""

from __future__ import annotations

from rasid.model import Document
from rasid.trace.features import DocFeatures
from rasid.trace.relate import numbers_carried

REPORT = (
    "Gunmen attacked an army post near Tillaberi on Tuesday, the defence ministry said. "
    "Soldiers killed 23 attackers and lost 7 men, according to the statement. "
    "Reinforcements were sent from Niamey and the area was searched overnight. "
    "The ministry said 12 motorbikes and a stock of weapons had been seized."
)
TRANSLATION = (
    "Des hommes armés ont attaqué un poste de l'armée près de Tillabéri mardi, selon le ministère de la Défense. "
    "Les soldats ont tué 23 assaillants et perdu 7 hommes, selon le communiqué."
)
RECAP = (
    "L'armée a annoncé le 9 mars un nouveau bilan de l'attaque de Tillabéri: 41 morts et 65 blessés. "
    "Des renforts sont arrivés de Niamey."
)
YEARS_ONLY = "En 2024, des hommes armés ont attaqué un poste de l'armée près de Tillabéri, comme en 2023."


def _features(text: str, language: str) -> DocFeatures:
    return DocFeatures(Document(text=text, language=language))


def test_a_translation_carries_the_figures_and_a_recap_does_not() -> None:
    report = _features(REPORT, "en")
    assert numbers_carried(report, _features(TRANSLATION, "fr"))
    assert not numbers_carried(_features(RECAP, "fr"), report)  # either order: the shorter side's figures


def test_years_are_no_figures_to_carry() -> None:
    assert numbers_carried(_features(YEARS_ONLY, "fr"), _features(REPORT, "en"))
