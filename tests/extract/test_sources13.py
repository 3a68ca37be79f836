"""Cited sources, round 13: channels named after the channel word, every past-tense form of a Russian
reporting verb."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.extract.sources.patterns import russian_past_forms
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Первым о взрыве на складе сообщил телеграм-канал Lenta47. По его данным, пострадавших нет.",
            "Lenta47",
        ),
        ("Об этом пишет Telegram-канал «Северный берег», ссылаясь на очевидцев.", "Северный берег"),
        ("The fire was first reported by the Telegram channel Kolokol, which posted a video.", "Kolokol"),
    ],
)
def test_a_channel_named_after_the_channel_word_is_in_the_span(
    pipeline: Pipeline, text: str, name: str
) -> None:
    assert covers(cited(pipeline, text, "en" if text[:1].isascii() else "ru"), "social_channel", name)


def test_plural_channels_with_their_names_are_cited_when_they_report(pipeline: Pipeline) -> None:
    text = "Телеграм-каналы Kolokol и «Восток-9» сообщали, что мост закрыт для грузовиков."
    found = cited(pipeline, text, "ru")
    assert covers(found, "social_channel", "Kolokol"), found
    assert covers(found, "social_channel", "Восток-9"), found


def test_plural_channels_that_do_not_report_are_no_source(pipeline: Pipeline) -> None:
    # the channels are what the story is about, not where it comes from
    text = "Власти заблокировали телеграм-каналы Kolokol и «Восток-9» в прошлом месяце."
    assert not any(kind == "social_channel" for kind, _ in cited(pipeline, text, "ru"))


def test_a_weekday_after_the_channel_word_is_no_channel_name(pipeline: Pipeline) -> None:
    found = cited(pipeline, "He said on his Telegram channel Monday that the talks had failed.", "en")
    assert not any("Monday" in words for _, words in found), found


def test_every_past_form_of_a_listed_russian_verb() -> None:
    forms = russian_past_forms(["сообщало", "reported", "пишет"])
    assert {"сообщал", "сообщала", "сообщало", "сообщали"} <= set(forms)
    assert "reported" in forms and "пишет" in forms
    assert not any(f.startswith("пише") and f != "пишет" for f in forms)


@pytest.mark.parametrize("verb", ["сообщала", "сообщали", "писали", "опубликовали"])
def test_an_outlet_reports_in_any_gender_and_number(pipeline: Pipeline, verb: str) -> None:
    text = f"Ранее газета «Вечерний Тагил» {verb}, что завод остановлен на ремонт."
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Вечерний Тагил")


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("VOA Afrique – Selon la gendarmerie, le pont de Kayes a cédé dans la nuit.", "fr", "VOA Afrique"),
        ("Reuters - Two ferries collided off the coast on Sunday, port officials said.", "en", "Reuters"),
    ],
)
def test_a_known_outlet_opening_the_lead_before_a_dash_is_its_credit(
    pipeline: Pipeline, text: str, language: str, outlet: str
) -> None:
    assert covers(cited(pipeline, text, language), "agency", outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Deux personnes ont été blessées, ont indiqué à l'AFP des sources sécuritaire et locales.",
        "Le village a été attaqué, selon des sources militaires et hospitalières.",
    ],
)
def test_two_kinds_of_sources_joined_by_et_are_one_vague_source(pipeline: Pipeline, text: str) -> None:
    assert any(kind == "vague" and "sources" in words for kind, words in cited(pipeline, text, "fr"))


def test_state_agencies_that_report_are_a_vague_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Позже государственные агентства сообщили о трёх пострадавших.", "ru")
    assert covers(found, "vague", "государственные агентства"), found


def test_a_name_glued_to_sentence_ends_twice_credits_those_sentences(pipeline: Pipeline) -> None:
    text = (
        "Мост через реку закрыт для грузовиков.Северный Вестник\n"
        "Ремонт продлится до осени, сообщили в мэрии.Северный Вестник\n"
    )
    found = cited(pipeline, text, "ru")
    assert sum(1 for kind, words in found if kind == "agency" and words == "Северный Вестник") == 2, found


def test_a_site_name_glued_once_credits_the_sentence(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Около ста домов остались без света.Kamvesti.ru\nВласти обещают помощь.", "ru")
    assert covers(found, "agency", "Kamvesti.ru"), found


def test_a_capitalised_word_run_on_once_is_no_credit(pipeline: Pipeline) -> None:
    # a missing space between two sentences, once: the next sentence's first word
    found = cited(pipeline, "Мост закрыт.Ремонт\nВласти обещают помощь к осени.", "ru")
    assert not any(kind == "agency" for kind, _ in found), found


def test_a_domain_with_its_publication_time_credits_the_site(pipeline: Pipeline) -> None:
    text = "Un pont s'effondre à Lyon\n\nsudrhone.fr, publié le lundi 3 mars 2025 à 10h12\n\nLe pont a cédé hier."
    assert covers(cited(pipeline, text, "fr"), "agency", "sudrhone.fr")


def test_a_byline_naming_a_known_outlet_alone_on_its_line_credits_it(pipeline: Pipeline) -> None:
    text = "Un pont s'effondre à Lyon\npar BFMTV\nLe pont a cédé dans la nuit, selon les pompiers."
    assert covers(cited(pipeline, text, "fr"), "agency", "BFMTV")
    # a byline of a person is none
    text = "Un pont s'effondre à Lyon\npar Jeanne Martin\nLe pont a cédé dans la nuit."
    assert not any(kind == "agency" for kind, _ in cited(pipeline, text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a suspendu la diffusion de médias français sur tout le territoire.",
        "Les deux médias français, Radio Lac et Télé Lac, ont cessé d'émettre mardi.",
        "La presse malienne traverse une crise financière depuis deux ans.",
    ],
)
def test_media_named_by_whose_they_are_are_no_source_when_nothing_cites_them(
    pipeline: Pipeline, text: str
) -> None:
    assert not any(kind == "vague" for kind, _ in cited(pipeline, text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "Selon des médias russes, le convoi a quitté Gao dans la nuit.",
        "Des médias locaux ont rapporté que le convoi avait quitté Gao.",
        "D'après la presse malienne, le convoi a quitté Gao dans la nuit.",
    ],
)
def test_media_named_by_whose_they_are_are_a_vague_source_when_cited(pipeline: Pipeline, text: str) -> None:
    assert any(kind == "vague" for kind, _ in cited(pipeline, text, "fr"))


def test_a_surname_in_capitals_after_a_title_is_a_person_not_an_acronym(pipeline: Pipeline) -> None:
    text = "Le ministre, le général amadou NIAMBELE, a donné un bilan. Selon NIAMBELE, douze soldats ont été blessés."
    assert not any("NIAMBELE" in words for _, words in cited(pipeline, text, "fr"))
    # an outlet named after "le directeur de" stays an outlet
    text = "Le directeur de RTNB a démissionné. Selon RTNB, douze soldats ont été blessés."
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "RTNB")


def test_a_dateline_dash_glued_to_the_date_before_a_known_outlet(pipeline: Pipeline) -> None:
    text = "Titre du jour\nMOSCOU, 5 juillet-RIA Novosti. Dix soldats ont été tués près de la frontière."
    assert covers(cited(pipeline, text, "fr"), "agency", "RIA Novosti")


def test_an_agency_byline_closing_the_date_line(pipeline: Pipeline) -> None:
    text = "Dix soldats ont été tués près de la frontière.\n\n12 mai 2020 à 23h29 par AFP"
    assert covers(cited(pipeline, text, "fr"), "agency", "AFP")


def test_a_media_source_in_the_singular_is_vague(pipeline: Pipeline) -> None:
    text = "Huit soldats ont été tués, a-t-on appris de source médiatique."
    assert covers(cited(pipeline, text, "fr"), "vague", "source médiatique")


def test_speaking_with_an_outlet_is_talking_to_it(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Speaking with Reuters, the mayor said the bridge would reopen in May.", "en")
    assert covers(found, "told_outlet", "Reuters"), found
    # speaking with a person names no outlet (the residents who said it are a vague source, as "des habitants" is)
    found = cited(pipeline, "Speaking with the mayor, residents said the bridge was unsafe.", "en")
    assert not any(kind in ("told_outlet", "interview") for kind, _ in found), found


def test_a_message_uploaded_to_a_platform_is_posted_there(pipeline: Pipeline) -> None:
    found = cited(
        pipeline, "The commander urged calm in a voice message uploaded to Telegram on Friday.", "en"
    )
    assert covers(found, "social_channel", "Telegram"), found


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        ("Le pont a cédé, a-t-on appris auprès de la radio Kayira FM.", "cited_outlet", "Kayira FM"),
        ("Le ministre a confirmé l'attaque sur les antennes de France 24.", "interview", "France 24"),
        ("Le ministre a confirmé l'attaque dans les colonnes du Figaro.", "interview", "Figaro"),
        ("Le pont a cédé, croit savoir La Gazette du Fleuve.", "cited_outlet", "La Gazette du Fleuve"),
        ("Le pont a cédé, relaie Le Sahélien.", "cited_outlet", "Le Sahélien"),
    ],
)
def test_french_frames_that_cite_an_outlet(pipeline: Pipeline, text: str, kind: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "fr"), kind, outlet)


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        ("Об этом утверждает британское издание The Morning Star.", "cited_outlet", "The Morning Star"),
        ("Колонна вышла из города, цитирует АФП местного чиновника.", "cited_outlet", "АФП"),
        ("Об этом сообщает агентство Франс-Пресс.", "cited_outlet", "Франс-Пресс"),
    ],
)
def test_russian_frames_that_cite_an_outlet(pipeline: Pipeline, text: str, kind: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "ru"), kind, outlet)


def test_a_named_channel_nobody_quotes_is_no_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "В прошлом году он подписался на телеграм-канал Kolokol.", "ru")
    assert not any(kind == "social_channel" for kind, _ in found), found
    # posted to it, in any gender and number of the verb
    found = cited(pipeline, "Видео опубликовало в прошлом году телеграм-канал Kolokol.", "ru")
    assert covers(found, "social_channel", "Kolokol"), found


def test_a_one_word_latin_name_cited_in_a_russian_sentence_is_an_outlet(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Как выяснил Kolokol, водитель автобуса не имел прав.", "ru")
    assert covers(found, "cited_outlet", "Kolokol"), found
    # a person's first name and surname in Latin letters is a person speaking
    assert not cited(pipeline, "Как сообщает John Kirby, переговоры продолжаются.", "ru")
