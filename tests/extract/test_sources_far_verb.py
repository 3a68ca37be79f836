"""An outlet named by its head noun as its clause's subject, with its reporting verb a few words later, and
a few cue forms seen in the population (present-tense Arabic cues, a "press interview", обращает внимание)."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _sources(text: str, language: str) -> list[tuple[str, str]]:
    doc = sources_stage(Document(text=text, language=language), {})
    return [(a.label, a.text) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "language", "kind", "inside"),
    [
        (
            "L'agence de presse Horizon dirigée par l'opposition a cité un responsable local.",
            "fr",
            "cited_outlet",
            "Horizon",
        ),
        ("أما صحيفة «الأفق» البريطانية فأكدت أن الجسر أغلق.", "ar", "cited_outlet", "الأفق"),
        ("صحيفة «الأفق» اللندنية من جانبها قالت إن الجسر أغلق.", "ar", "cited_outlet", "الأفق"),
        ("وارتفعت الأسعار مجددا، حسبما تذكر صحيفة «الأفق» اللندنية.", "ar", "cited_outlet", "الأفق"),
        ("وقال في حوار صحفي مع موقع «الأفق» الإلكتروني إن العمل مستمر.", "ar", "interview", "الأفق"),
        # an interview published or aired on an outlet
        ("وفي مقابلة نشرت على موقع «الأفق»، قال المهندس إن العمل مستمر.", "ar", "interview", "الأفق"),
        (
            "وقال القائد في مقابلة تلفزيونية بثت أخيرا على قناة «الأفق» إن القتال مستمر.",
            "ar",
            "interview",
            "الأفق",
        ),
        ("Газета «Горизонт» обращает внимание на то, что мост закрыт.", "ru", "cited_outlet", "Горизонт"),
    ],
)
def test_outlet_is_cited(text: str, language: str, kind: str, inside: str) -> None:
    assert any(k == kind and inside in span for k, span in _sources(text, language))


@pytest.mark.parametrize(
    "text",
    [
        # the verb has another subject too
        "L'agence de presse Horizon et le ministère ont annoncé un bilan.",
        # a relative clause gives the verb its own subject
        "L'agence de presse Horizon qui emploie dix journalistes a annoncé sa fermeture.",
    ],
)
def test_far_verb_of_another_subject_is_no_source(text: str) -> None:
    assert _sources(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a day after the time word between the verb with its object and the outlet
        ("وقال المدرب في تصريحات نقلتها عنه اليوم الاثنين صحيفة «الأفق»: «الفريق جاهز».", "الأفق"),
        # adjectives of the head noun before the quoted name
        ("ونفى الاتحاد الاتهامات التي أوردتها القناة التلفزيونية الألمانية الرسمية «الأفق» أمس.", "الأفق"),
    ],
)
def test_arabic_outlet_after_fillers_is_cited(text: str, inside: str) -> None:
    assert any(k == "cited_outlet" and inside in span for k, span in _sources(text, "ar"))
