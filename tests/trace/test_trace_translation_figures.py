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


def test_a_number_joined_to_a_word_is_a_figure_and_a_model_codes_digits_are_not() -> None:
    english = _features(
        "A 7-year-old girl was hurt and the court gave him a 19-year sentence after a 10-day trial.", "en"
    )
    russian = _features(
        "Пострадала 7-летняя девочка; суд приговорил его к 19 годам после 10 дней процесса.", "ru"
    )
    assert {"7", "19", "10"} <= english.numbers
    assert numbers_carried(english, russian)
    codes = _features(
        "Two T-72B3 tanks, a BTR-80/82A and Su-24 jets took part in the 2023-2024 exercises.", "en"
    )
    assert not codes.numbers & {"72", "80", "82", "24", "2023", "2024"}
