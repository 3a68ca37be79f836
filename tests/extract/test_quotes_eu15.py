"""rasid.quotes.v1 speakers, fr/en/ru round 15: a quotation set inside a sentence with no speech verb (a
partial quote: "X a invité les habitants à « … »", "He expects "…"") is the words of the sentence's subject,
one known person opening it or a pronoun for the last speaker (``quotes.fragments``). Sentences written for
these tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers


# --- one person opens the sentence, the quote is set inside it ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le général Amadou Keïta a invité les habitants à aider l'armée, « car la sécurité du pays est "
            "l'affaire de tous ».",
            "Amadou Keïta",
        ),
        (
            "Jane Roe has urged the council to hold talks in a voice message, saying it should "
            "“keep every door open for now” on Tuesday.",
            "Jane Roe",
        ),
        (
            "Иван Петров в интервью газете указывал, что все было честно: «Мы строили только на свои "
            "собственные деньги».",
            "Иван Петров",
        ),
        # the subject opens the main clause after an opening phrase
        (
            "Mardi, lors d'une conférence de presse, le colonel Amadou Keïta a fait le point, parlant de "
            "« douze assaillants arrêtés près du poste ».",
            "Amadou Keïta",
        ),
    ],
)
def test_a_quote_inside_a_sentence_opened_by_one_person_is_theirs(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


# --- a pronoun opens the sentence: the last speaker -----------------------------------------------------------
def test_a_pronoun_opening_the_sentence_takes_the_last_speaker() -> None:
    text = (
        "« Nous tiendrons nos engagements », a déclaré Amadou Keïta lundi. "
        "Mais il a cité « de nouvelles formes de partenariat avec nos voisins »."
    )
    assert direct_speakers(text) == ["Amadou Keïta", "Amadou Keïta"]


def test_an_english_pronoun_opening_the_sentence_takes_the_last_speaker() -> None:
    text = (
        '"The talks were useful," John Roe said during a visit to Accra. '
        'He expects "that the envoys will hear this clearly from the region".'
    )
    assert direct_speakers(text) == ["John Roe", "John Roe"]


# --- not the subject's words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a naming verb: whoever described it so
        "Le président Amadou Keïta doit parler lundi de ce que le ministère a décrit comme « une opération "
        "réussie contre les trafiquants ».",
        "В материале агентства Иван Петров указан как «глава частных инструкторов в республике».",
        # a second person named after the quote
        "Amadou Keïta a rejeté les accusations de « massacre de civils dans le nord » portées par Paul Traoré.",
        # a quoted name is no statement
        "Amadou Keïta préside désormais le « Conseil National Pour La Sauvegarde ».",
    ],
)
def test_a_quote_that_is_not_the_subjects_words_gets_no_speaker(text: str) -> None:
    assert direct_speakers(text) in ([], [None])
