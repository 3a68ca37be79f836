"""rasid.quotes.v1 speakers in French, English and Russian, round 23 on real news (dev pages): statements
as speakers. "lit-on dans un communiqué" naming no issuer gives the statement itself (an organisation with
no name, as "the statement said"); a ru statement noun takes its issuer in the genitive with no
preposition ("в коммюнике правительства страны") and an aside ("в частности", "notamment") may stand
between an inverted verb and its subject; "un communiqué publié par un responsable de X" is the unnamed
official's. Sentences written for these tests; the bodies and people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import organization_speakers

from rasid.extract import analyze_text


def _via(text: str, language: str) -> list[str | None]:
    doc = analyze_text(text, language=language)
    return [a.attrs.get("speaker_via") for a in doc.layer("quotes") if a.label == "direct"]


# --- a statement read with no issuer named ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Les ministres se retrouveront samedi à Kidal.\n« Notre pays reçoit la première réunion des "
            "ministres de la région », lit-on dans un communiqué.",
            "fr",
        ),
        (
            'The ministers will meet in Kidal on Saturday.\n"Our country hosts the first meeting of the '
            'ministers of the region," can be read in the statement.',
            "en",
        ),
    ],
)
def test_words_read_in_an_unnamed_statement_are_the_statements(text: str, language: str) -> None:
    assert organization_speakers(text, language) == [(None, "organization")]
    assert _via(text, language) == ["statement"]


def test_a_bare_reading_cue_with_no_statement_names_no_speaker() -> None:
    text = "Les ministres se retrouveront samedi à Kidal.\n« Notre pays reçoit la réunion », lit-on."
    assert organization_speakers(text, "fr") == [(None, "none")]


# --- ru: the issuer in the genitive after the statement noun; an aside before the subject -------------------
def test_ru_statement_issuer_in_the_genitive_after_an_aside() -> None:
    text = (
        "Как говорится в опубликованном коммюнике правительства страны, колонну атаковали утром.\n"
        "«Силы обороны отразили нападение на севере», - отмечается, в частности, в сообщении."
    )
    assert organization_speakers(text, "ru") == [("правительства страны", "organization")]


def test_ru_without_the_aside_the_same_issuer() -> None:
    text = (
        "Как говорится в опубликованном коммюнике правительства страны, колонну атаковали утром.\n"
        "«Силы обороны отразили нападение на севере», - отмечается в сообщении."
    )
    assert organization_speakers(text, "ru") == [("правительства страны", "organization")]


def test_fr_notamment_between_the_verb_and_its_subject() -> None:
    text = "Le ministère est à Gao.\n« Tout est calme », a indiqué, notamment, le ministère malien de la Défense."
    assert organization_speakers(text, "fr") == [("ministère malien de la Défense", "organization")]


# --- a statement issued by someone unnamed ------------------------------------------------------------------
def test_statement_published_by_an_unnamed_official_is_theirs() -> None:
    text = (
        "Des combats ont eu lieu près de Ménaka.\n\nUn communiqué publié mardi par un responsable du Front "
        "uni a précisé que des « hommes armés frappent tout ce qui bouge »."
    )
    assert organization_speakers(text, "fr") == [(None, "anonymous")]


def test_said_in_a_press_release_before_the_inverted_subject() -> None:
    text = (
        'The strike came on Friday.\n"A launcher was seen in the south," said in a press release the '
        "Ruritanian army."
    )
    assert organization_speakers(text, "en") == [("the Ruritanian army", "organization")]


# --- "it said" after a body cited by "according to" ---------------------------------------------------------
def test_it_said_takes_the_body_cited_by_according_to() -> None:
    text = (
        "Gunmen attacked a convoy near Dori, according to the ministry late on Sunday.\n\n"
        '"We regret that twelve soldiers were killed and four are missing," it said.'
    )
    assert organization_speakers(text, "en") == [("the ministry", "organization")]


def test_he_said_after_according_to_a_body_keeps_the_person() -> None:
    text = (
        'Farid Sow, a local mayor, said "the road to the north is closed". Gunmen attacked a convoy near '
        "Dori, according to the ministry late on Sunday.\n\n"
        '"We regret that twelve soldiers were killed and four are missing," he said.'
    )
    assert organization_speakers(text, "en") == [("Farid Sow", "person"), ("Farid Sow", "person")]
