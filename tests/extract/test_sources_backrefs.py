"""Back-references: an outlet named as a source, then cited again by its head noun alone."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _back_references(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = sources_stage(Document(text=text, language=language), {})
    return [
        (a.text, a.attrs.get("outlet") or a.attrs.get("outlet_text"))
        for a in doc.layer("sources")
        if a.attrs.get("via") == "back_reference"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Порт закрыли в среду, сообщает газета The New York Times. По данным издания, он откроется через неделю.",
            "ru",
            [("По данным издания", "The New York Times")],
        ),
        (
            "Колонна вышла из города утром, сообщает Reuters. Агентство отмечает, что дорогу перекрыли.",
            "ru",
            [("Агентство отмечает", "Reuters")],
        ),
        (
            "Le pont a été fermé mardi, rapporte Reuters. L'agence a noté que la circulation restait coupée.",
            "fr",
            [("L'agence a noté", "Reuters")],
        ),
        (
            "ذكرت وكالة رويترز أن الطريق أغلق صباحا. وقالت الوكالة إن الحركة توقفت تماما.",
            "ar",
            [("وقالت الوكالة", "Reuters")],
        ),
        # the second back-reference points back through the first
        (
            "Как пишет Al Jazeera, мост разрушен. Издание пишет, что ремонт займет год. "
            "Издание пишет, что движение пустят в объезд.",
            "ru",
            [("Издание пишет", "Al Jazeera"), ("Издание пишет", "Al Jazeera")],
        ),
    ],
)
def test_back_reference_resolves_to_the_outlet_named_before(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert _back_references(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no outlet named before
        ("وقالت الوكالة إن الحركة توقفت تماما.", "ar"),
        # an agency head, but the outlet before is a paper
        ("Порт закрыли, сообщает газета The New York Times. Агентство отмечает, что он откроется.", "ru"),
        # another thing of that kind named between: the head points to it, not to the outlet
        (
            "Le pont a été fermé, rapporte Reuters. Des familles ont rejoint un camp de l'agence de l'ONU "
            "pour les réfugiés. L'agence a noté que les camps étaient pleins.",
            "fr",
        ),
        # two papers named before: "the paper" is ambiguous in Arabic
        (
            "ذكرت صحيفة «الأنباء» أن الطريق أغلق، وأفادت صحيفة «الوطن» بأن الجسر تضرر. وقالت الصحيفة إن الحركة توقفت.",
            "ar",
        ),
    ],
)
def test_unclear_back_reference_is_left_alone(text: str, language: str) -> None:
    assert _back_references(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency as written and as the table names it are one outlet, so "الوكالة" is not ambiguous
        (
            "وأفادت وكالة الأنباء الألمانية بأن الجسر أغلق. ونقلت الوكالة عن مصدر محلي قوله إن الحركة توقفت.",
            [("ونقلت الوكالة", "Deutsche Presse-Agentur")],
        ),
        # a network named before, "الشبكة" after
        (
            "وذكرت شبكة فوكس نيوز الإخبارية أن الجسر أغلق. وأشارت الشبكة إلى أن الحركة توقفت.",
            [("وأشارت الشبكة", "Fox News")],
        ),
    ],
)
def test_arabic_back_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert _back_references(text, "ar") == expected
