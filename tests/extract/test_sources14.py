"""Cited sources, round 14: a citing frame's slot takes the noun phrase it governs, whatever its head noun, and
a name whose form no person's has (a media word, a number) even where the name tagger took it for a person."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.extract import default_pipeline
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.fixture(scope="module")
def tagged() -> Pipeline:
    """With the name tagger: its person tags are what the media-word rule overrides."""
    return default_pipeline()


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a head noun no list holds, between the cue and an outlet the KB knows
        ("وتوفي الممثل مساء أمس في منزله بالقاهرة حسب بوابة الأهرام المصرية.", "الأهرام"),
        ('وذكرت تلفزة "سي إن إن" الأمريكية أن المفاوضات توقفت مساء السبت.', "سي إن إن"),
        # "وفق ل": the cue with the head noun glued to its ل
        ("وارتفعت أسعار الوقود في الولاية هذا الشهر، وفق لصحيفة «واشنطن بوست» الأميركية.", "واشنطن بوست"),
    ],
)
def test_a_cue_slot_headed_by_any_noun_cites_the_outlet_it_names(
    pipeline: Pipeline, text: str, outlet: str
) -> None:
    found = cited(pipeline, text, "ar")
    assert covers(found, "cited_outlet", outlet), found


@pytest.mark.parametrize(
    ("text", "not_cited"),
    [
        # a person of the outlet speaks: the role between cue and outlet makes it a speaker
        ("وأكد الخبر بحسب مدير الأهرام في تصريح مقتضب أمس.", "مدير"),
        # a statement: the body speaks, no outlet's noun
        ("وجاء ذلك حسب بيان الجزيرة للإعلام الصادر أمس.", "بيان"),
    ],
)
def test_a_role_or_a_statement_between_cue_and_outlet_is_no_cited_slot(
    pipeline: Pipeline, text: str, not_cited: str
) -> None:
    found = cited(pipeline, text, "ar")
    assert not any(not_cited in words for _, words in found), found


def test_an_outlet_that_cites_in_turn_closes_the_inverted_frame(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Об этом сообщает 5 Канал со ссылкой на областную полицию.", "ru")
    assert covers(found, "cited_outlet", "5 Канал"), found


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("The council will vote on the plan next week, reported Coast Online.", "en", "Coast Online"),
        ("Le maire a démissionné lundi soir, rapporte Nord Matin.", "fr", "Nord Matin"),
    ],
)
def test_a_media_word_makes_a_name_an_outlet_even_when_tagged_a_person(
    tagged: Pipeline, text: str, language: str, outlet: str
) -> None:
    assert covers(cited(tagged, text, language), "cited_outlet", outlet)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The council will vote on the plan next week, said Peter Holm.", "en"),
        ("Le maire a démissionné lundi soir, rapporte Jean Morel.", "fr"),
        ("По словам 150 жителей, воды в домах нет третий день.", "ru"),
    ],
)
def test_a_person_or_a_count_is_still_no_outlet(tagged: Pipeline, text: str, language: str) -> None:
    assert cited(tagged, text, language) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # any Arabic outlet head noun after the told slot's ل, not only the few the pattern used to name
        ("وقال المدرب لشبكة فوكس سبورتس إن الفريق جاهز للمباراة.", "فوكس سبورتس"),
        # a website "on the internet" is an outlet's, not a place
        ("وقال اللاعب لموقع ليدز على الانترنت إنه سعيد بالانتقال.", "ليدز"),
    ],
)
def test_the_told_slot_takes_any_outlet_head_noun(pipeline: Pipeline, text: str, outlet: str) -> None:
    found = cited(pipeline, text, "ar")
    assert covers(found, "told_outlet", outlet), found


def test_a_site_that_is_a_place_is_still_no_told_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وقال المسعف لموقع الحادث إن الإصابات طفيفة.", "ar") == []


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        (
            "« Le calme est revenu », a-t-il déclaré au micro de la radio-télévision tchadienne.",
            "interview",
            "tchadienne",
        ),
        (
            "Le bilan a été donné lundi par la télévision malienne, qui cite des sources locales.",
            "cited_outlet",
            "malienne",
        ),
    ],
)
def test_a_broadcaster_named_by_its_country_alone_is_an_outlet(
    pipeline: Pipeline, text: str, kind: str, outlet: str
) -> None:
    found = cited(pipeline, text, "fr")
    assert covers(found, kind, outlet), found


def test_a_broadcaster_only_mentioned_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Il a parlé de la télévision malienne et de ses programmes.", "fr") == []
