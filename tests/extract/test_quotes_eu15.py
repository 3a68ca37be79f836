"""rasid.quotes.v1 speakers, fr/en/ru round 15: a quotation set inside a sentence with no speech verb (a
partial quote: "X a invité les habitants à « … »", "He expects "…"") is the words of the sentence's subject,
one known person opening it or a pronoun for the last speaker (``quotes.fragments``). Sentences written for
these tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers

from rasid.extract import analyze_text


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


# --- a body opens the sentence and no person is named -------------------------------------------------------
def test_a_quote_inside_a_sentence_opened_by_a_body_is_its_words() -> None:
    text = (
        "L'armée malienne a mis en avant sur les réseaux sociaux le fait que ses soldats avaient « repoussé "
        "sans pertes une attaque contre le poste »."
    )
    assert direct_speakers(text) == ["armée malienne"]


def test_a_person_named_with_a_body_speaks_rather_than_the_body() -> None:
    text = "Le chef de l'Union des patriotes, Jean Mbeki, a mis en avant le besoin d'« ouvrir enfin le dialogue national »."
    assert direct_speakers(text) == ["Jean Mbeki"]


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


# --- a source named by an attribution phrase is an event of the chain -------------------------------------------
def test_a_person_named_after_according_to_is_whom_a_later_pronoun_refers_to() -> None:
    text = (
        "Two villages remain cut off by the floods, according to the regional police chief, John Mbeki, cited "
        'by a local daily.\n\n"The roads will reopen next week," he said.'
    )
    assert direct_speakers(text) == ["John Mbeki"]


def test_an_unnamed_source_after_according_to_is_whom_a_later_pronoun_refers_to() -> None:
    text = (
        "The convoy was hit twice near the bridge, according to one of the security officials.\n"
        '"We lost two trucks and all the fuel," he explained.'
    )
    doc = analyze_text(text)
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs["speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        # words of another sentence between the source and the quote
        "Two villages remain cut off, according to the regional police chief, John Mbeki. The rain goes on.\n"
        '"The roads will reopen next week," he said.',
        # a body after a definite article is no one "he" refers to
        'The attack started at dawn, according to the army.\n"We repelled them twice," he said.',
    ],
)
def test_a_source_not_right_before_the_quote_or_not_a_person_is_not_its_antecedent(text: str) -> None:
    assert direct_speakers(text) == [None]


def test_a_person_cited_in_passing_is_no_event_of_the_chain() -> None:
    text = (
        "« La saison a été dure pour tous », a déclaré Paul Traoré. Il a ensuite rendu hommage aux victimes, "
        "en citant Jean Mbeki.\n« Nous n'oublierons personne », a-t-il ajouté."
    )
    assert direct_speakers(text) == ["Paul Traoré", None]  # not Jean Mbeki, whom "en citant" mentions


def test_a_french_unnamed_source_after_selon_is_whom_a_later_pronoun_refers_to() -> None:
    text = (
        "Le convoi a été attaqué deux fois, selon une source sécuritaire.\n"
        "« Nous avons perdu deux camions et tout le carburant », a-t-elle précisé."
    )
    doc = analyze_text(text)
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs["speaker_type"] == "anonymous"


# --- ru: the owner in the genitive after a statement noun issued it ---------------------------------------------
def test_a_statement_of_a_role_holder_is_theirs() -> None:
    text = (
        "Глава республики Иван Петров написал в своем канале, что бойцы готовы к отправке.\n"
        "«Друзья, наши подразделения получили новый приказ», — говорится в сообщении главы республики."
    )
    assert direct_speakers(text) == ["Иван Петров"]


def test_a_statement_of_a_named_body_in_the_genitive_is_its() -> None:
    text = (
        "Утром в центре города был слышен взрыв, по данным корреспондента агентства.\n"
        "«Нападение на здание отражено, сотрудники в безопасности», — говорится в заявлении посольства Франции."
    )
    (speaker,) = direct_speakers(text)
    assert speaker is not None and "Франции" in speaker


def test_a_statement_of_a_common_noun_in_the_genitive_names_nobody() -> None:
    text = "«Подразделение отбило нападение у моста и преследует боевиков», — говорится в заявлении армии."
    assert direct_speakers(text) == [None]


# --- a person inside a restrictive relative clause is no newcomer ------------------------------------------------
def test_a_person_after_a_time_word_in_a_relative_clause_does_not_block_the_chain() -> None:
    text = (
        "Un officier, le colonel Jean Mbeki, a affirmé lundi être le chef du comité qui a destitué la veille le "
        "président Paul Traoré.\n« Je suis le président du comité de transition », a-t-il déclaré après une réunion."
    )
    assert direct_speakers(text) == ["Jean Mbeki"]


def test_a_person_opening_a_new_sentence_still_blocks_the_chain() -> None:
    text = (
        "Le colonel Jean Mbeki a affirmé lundi être le chef du comité qui a destitué le gouvernement. "
        "Le président Paul Traoré a quitté la ville mardi.\n« Je reviendrai », a-t-il déclaré."
    )
    assert direct_speakers(text) != ["Jean Mbeki"]


# --- fr/en: an impersonal reading cue after a quote: the issuer of the statement spoken of ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "« Les rebelles ont franchi la frontière à l'aube », a déclaré le gouvernement dans un communiqué.\n"
        "« Cette opération porte la marque d'un pays voisin », lit-on.",
        "Le gouvernement appelle au calme, est-il indiqué dans une déclaration du gouvernement.\n"
        "« Cette opération porte la marque d'un pays voisin », est-il souligné dans le communiqué.",
    ],
)
def test_words_read_in_a_statement_are_its_issuers(text: str) -> None:
    assert "gouvernement" in (direct_speakers(text)[-1] or "")


def test_a_reading_cue_with_no_statement_before_names_nobody() -> None:
    text = "Les habitants ont fui vers le sud.\n« Cette opération porte la marque d'un pays voisin », lit-on."
    assert direct_speakers(text) == [None]
