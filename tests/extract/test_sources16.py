"""Cited sources, round 16: Russian frames whose outlet stands a few words after the cue (the interview venue
behind an adjective, a preposition or the host spoken to)."""

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
    """With the name tagger: it marks the outlets the KB knows (ТАСС, RT) as media."""
    return default_pipeline()


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        # an adjective and the outlet's head noun in the genitive between the cue and the name
        ("«Мы не отступим», — заявила министр в эфире казахского телеканала КТК.", "interview", "КТК"),
        # "для" between "в интервью" and the outlet
        ("Генерал рассказал в интервью для ТАСС, как прошли учения.", "told_outlet", "ТАСС"),
        # the host or the journalists spoken to, in the dative
        ("«Это провокация», — сказал посол в интервью ведущему RT вечером.", "told_outlet", "RT"),
        (
            'Мэр объяснил это в интервью журналистам из газеты "Северный вестник".',
            "told_outlet",
            "Северный вестник",
        ),
    ],
)
def test_a_russian_interview_frame_reaches_its_outlet_past_a_few_words(
    tagged: Pipeline, text: str, kind: str, outlet: str
) -> None:
    found = cited(tagged, text, "ru")
    assert covers(found, kind, outlet), found


@pytest.mark.parametrize(
    "text",
    [
        # a person spoken to, no outlet
        "Генерал рассказал в интервью своему другу, как прошли учения.",
        # a programme on air, no outlet named
        "Министр выступил в эфире вечерней программы и ответил на вопросы.",
    ],
)
def test_a_russian_interview_frame_without_an_outlet_cites_nothing(tagged: Pipeline, text: str) -> None:
    assert cited(tagged, text, "ru") == []
