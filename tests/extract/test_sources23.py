"""Cited sources, round 23: outlets the knowledge base lacked, back-references in Arabic copy that names
several outlets, and French/Russian cue forms found missing on a population of real pages."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _outlets(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = sources_stage(Document(text=text, language=language), {})
    return [(a.label, a.attrs.get("outlet")) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an outlet told something with a weekday before it: the outlet must be known to be one
        (
            "Le ministre a déclaré vendredi à Sky News que la frontière restait ouverte.",
            "fr",
            ("told_outlet", "Sky News"),
        ),
        ("Deux ponts ont été détruits, a indiqué Al-Massirah.", "fr", ("cited_outlet", "Al-Masirah")),
        ("Selon Koaci, le convoi a été attaqué près de la frontière.", "fr", ("cited_outlet", "Koaci")),
        (
            "La ville est restée calme, a annoncé Télé Sahel.",
            "fr",
            ("cited_outlet", "ORTN (Office de Radiodiffusion Télévision du Niger)"),
        ),
        ("وأشارت صحيفة «جيروزاليم بوست» إلى أن الاجتماع تأجل.", "ar", ("cited_outlet", "The Jerusalem Post")),
        ("وذكرت «فاينانشيال تايمز» أن الصفقة لم تكتمل.", "ar", ("cited_outlet", "Financial Times")),
    ],
)
def test_outlets_the_knowledge_base_now_knows(text: str, language: str, expected: tuple[str, str]) -> None:
    assert expected in _outlets(text, language)


def _back_references(text: str) -> list[tuple[str, str | None]]:
    doc = sources_stage(Document(text=text, language="ar"), {})
    return [
        (a.text, a.attrs.get("outlet") or a.attrs.get("outlet_text"))
        for a in doc.layer("sources")
        if a.attrs.get("via") == "back_reference"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper only described ("صحيفة تركية") does not make the named one after it ambiguous
        (
            "ذكرت صحيفة تركية أمس أن المعبر سيغلق. وذكرت صحيفة حرييت أن الإغلاق مؤقت. وقالت الصحيفة إن القرار نهائي.",
            [("وقالت الصحيفة", "Hürriyet")],
        ),
        # a web site and a magazine, cited again by their head noun
        (
            "كشف موقع «أخبار الملاعب» أن المدرب سيرحل، وذكر الموقع أن العقد لم يجدد.",
            [("وذكر الموقع", "اخبار الملاعب")],
        ),
        (
            "ذكرت مجلة فوربس أن الشركة خسرت. وأضافت المجلة على موقعها أن الخسائر كبيرة.",
            [("وأضافت المجلة", "Forbes")],
        ),
        # "the same paper"
        (
            "وذكرت «فاينانشيال تايمز» أن البنك باع حصته. وذكرت الصحيفة نفسها أن البيع تم أمس.",
            [("وذكرت الصحيفة", "Financial Times")],
        ),
    ],
)
def test_arabic_back_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert _back_references(text) == expected


def test_two_named_papers_keep_the_head_ambiguous() -> None:
    text = "ذكرت صحيفة حرييت أن المعبر أغلق. وذكرت صحيفة «نيويورك تايمز» أن الإغلاق مؤقت. وقالت الصحيفة إن القرار نهائي."
    assert _back_references(text) == []


def _cited(text: str, language: str) -> list[tuple[str, str]]:
    doc = sources_stage(Document(text=text, language=language), {})
    return [(a.label, a.text) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le pont a sauté, selon des élus cités par les médias.", "fr", ("vague", "les médias")),
        ("Les tirs ont repris, selon des habitants cités par des médias.", "fr", ("vague", "des médias")),
        (
            "Des correspondants de l'AFP ont, de leur côté, dit avoir entendu des tirs.",
            "fr",
            ("cited_outlet", "correspondants de l'AFP"),
        ),
        ("Над городом сбили беспилотник, сообщают местные каналы.", "ru", ("vague", "местные каналы")),
        ("Читать полный текст на example.ru", "ru", ("original_url", "example.ru")),
    ],
)
def test_french_and_russian_cue_forms(text: str, language: str, expected: tuple[str, str]) -> None:
    kind, words = expected
    assert any(k == kind and words in t for k, t in _cited(text, language))


def test_channels_of_communication_are_no_source() -> None:
    assert _cited("Решение передали по официальным каналам министерства.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        # an army known by its acronym speaks like "l'armée": it is no cited source
        "Trois villages ont été repris, selon les SAF.",
        "Trois villages ont été repris, selon les FAMa.",
    ],
)
def test_an_army_named_by_its_acronym_is_no_source(text: str) -> None:
    from rasid.extract import analyze_documents

    (doc,) = analyze_documents([Document(text=text, language="fr")])
    assert [a.text for a in doc.layer("sources")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأغلقت الطرق المؤدية إلى الميناء، بحسب ما أذاعت قناة العربية.", ("cited_outlet", "Al Arabiya")),
        ("وكان المدير قد أبلغ صحيفة «الرياض» أن المشروع سيكتمل.", ("told_outlet", "Al Riyadh (newspaper)")),
    ],
)
def test_arabic_cue_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in _outlets(text, "ar")


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("ووفقا للتلفزيون الأردني فقد أغلق المعبر صباحا.", "cited_outlet", "تلفزيون الأردني"),
        ("وقال ضابط للإذاعة العامة الإسرائيلية إن القصف توقف.", "told_outlet", "إذاعة العامة الإسرائيلية"),
    ],
)
def test_arabic_broadcasters_named_by_country(text: str, kind: str, words: str) -> None:
    assert any(k == kind and words in t for k, t in _cited(text, "ar"))


def test_informing_a_person_is_no_source() -> None:
    assert _cited("أبلغ الوزير رئيس الوزراء بنتائج الاجتماع.", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # a weaker vague source joined to one found before it shares its cue
        ("Le village a été incendié, ont affirmé des sources locales et des médias.", "fr", "des médias"),
        ("وقالت مصادر طبية ووسائل إعلام إن الجسر انهار.", "ar", "ووسائل إعلام"),
    ],
)
def test_vague_sources_joined_by_a_conjunction(text: str, language: str, words: str) -> None:
    assert ("vague", words) in _cited(text, language)


def test_media_alone_without_a_cue_stay_a_topic() -> None:
    assert _cited("Le ministre a longtemps critiqué les médias.", "fr") == []
