"""Cited sources, French and Russian, round 11: an agency's acronym after its own spelled-out name, a body's
own statement, "СМИ со ссылкой на представителя …", closing "read more on …" pointers, and an outlet's staff as
witnesses."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


def test_an_acronym_after_the_agency_spelled_out_is_no_credit(pipeline: Pipeline) -> None:
    # only mentioned: the agency published something, it is not where this text's news comes from
    found = cited(pipeline, "Le lendemain, l'Agence France Presse (AFP) l'a reprise à son tour.", "fr")
    assert not any(kind == "agency" for kind, _ in found), found
    # cited: a reporting verb follows the name and its acronym
    found = cited(
        pipeline, "Mardi, l'agence française de presse (AFP) citant un élu a parlé de dix morts.", "fr"
    )
    assert covers(found, "cited_outlet", "agence française de presse (AFP)")
    # a dateline's city is no spelled-out name: the credit stays
    found = cited(pipeline, "BAMAKO (AFP) - Dix soldats ont été tués mardi.", "fr")
    assert covers(found, "agency", "AFP")


@pytest.mark.parametrize(
    ("language", "text", "not_a_source"),
    [
        ("fr", "Dans un communiqué du JNIM diffusé lundi, le groupe revendique l'embuscade.", "JNIM"),
        ("fr", "Selon un communiqué de l'Union africaine, la mission est prolongée.", "Union africaine"),
        ("ru", "В сообщении «Фронта освобождения Азавада» говорится о двух атаках.", "Фронта"),
        ("ru", "Как говорится в заявлении ООН, лагерь был обстрелян.", "ООН"),
        ("en", "In a statement by the African Union, the mission was extended.", "African Union"),
        # a person of a body cited by the media: the media are the source, not the body
        ("ru", "Ранее СМИ со ссылкой на представителя ООН сообщили о переговорах.", "ООН"),
        ("fr", "Selon le porte-parole de l'ONU, les casques bleus resteront.", "ONU"),
    ],
)
def test_a_bodys_statement_or_its_representative_is_no_source(
    pipeline: Pipeline, language: str, text: str, not_a_source: str
) -> None:
    found = cited(pipeline, text, language)
    assert not any(not_a_source in words for _, words in found), found


def test_the_media_citing_a_representative_are_the_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Ранее СМИ со ссылкой на представителя ООН сообщили о переговорах.", "ru")
    assert covers(found, "vague", "СМИ")
    found = cited(pipeline, "Des médias citant un responsable local évoquent vingt morts.", "fr")
    assert covers(found, "vague", "médias")


@pytest.mark.parametrize(
    ("language", "text", "kind", "words"),
    [
        ("ru", "Делегация ждет на границе.\nПодробнее читайте на mk.ru ...", "original_url", "mk.ru"),
        ("ru", "Делегация ждет на границе. Подробнее читайте на сайте rbc.ru", "original_url", "rbc.ru"),
        (
            "fr",
            "Le pont est rouvert.\nLire la suite sur https://example.net/a/123",
            "original_url",
            "example.net/a/123",
        ),
        ("fr", "Le pont est rouvert... suite de l'article sur Sahel Hebdo", "cited_outlet", "Sahel Hebdo"),
    ],
)
def test_a_closing_read_more_pointer_names_the_original(
    pipeline: Pipeline, language: str, text: str, kind: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), kind, words)


def test_read_more_on_something_that_is_no_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Il faudra lire la suite sur le terrain, a dit le maire.", "fr") == []


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("fr", "Un correspondant de l'AFP a vu trois véhicules brûlés à l'entrée de la ville.", "AFP"),
        ("fr", "Des journalistes de Reuters présents sur place ont entendu des tirs.", "Reuters"),
        ("fr", "Trois maisons ont brûlé, a constaté une journaliste de l'AFP.", "AFP"),
        ("en", "A Reuters reporter in the town heard gunfire overnight.", "Reuters"),
    ],
)
def test_an_outlets_staff_as_witnesses_cite_the_outlet(
    pipeline: Pipeline, language: str, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), "cited_outlet", words)


@pytest.mark.parametrize(
    ("language", "text", "not_a_source"),
    [
        # the journalists are what the story is about
        ("en", "Two journalists from Reuters were detained at the border.", "Reuters"),
        ("fr", "Deux journalistes de l'AFP ont été expulsés du pays.", "AFP"),
        # a named person of the outlet
        ("fr", "Wassim Nasr, journaliste à France 24, a vu la vidéo.", "France 24"),
    ],
)
def test_an_outlets_staff_not_witnessing_cite_nothing(
    pipeline: Pipeline, language: str, text: str, not_a_source: str
) -> None:
    found = cited(pipeline, text, language)
    assert not any(not_a_source in words for _, words in found), found


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("fr", "Le général a parlé sur les ondes de RFI mercredi.", "RFI"),
        ("fr", "La ministre a accordé une interview à la chaîne France 24.", "France 24"),
        ("fr", "Interrogé sur TV5 Monde, le porte-parole a nié les faits.", "TV5 Monde"),
        ("en", "The envoy gave an interview to the BBC on Monday.", "BBC"),
    ],
)
def test_interview_venues(pipeline: Pipeline, language: str, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, language), "interview", words)


def test_questioned_about_a_topic_is_no_interview(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Interrogé sur la situation, le ministre n'a rien dit.", "fr") == []


def test_a_latin_telegram_channel_in_a_russian_sentence(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Об этом говорится в Telegram-канале Минобороны.", "ru")
    assert covers(found, "social_channel", "Telegram-канале")


def test_a_research_group_cited_again_by_its_first_word(pipeline: Pipeline) -> None:
    text = (
        "Selon l'Observatoire syrien des droits de l'homme, deux dépôts ont été touchés. "
        "Quatre soldats sont morts, selon l'Observatoire."
    )
    found = cited(pipeline, text, "fr")
    assert sum(kind == "research" for kind, _ in found) == 2, found
    # a common noun of the same word, not cited, is left alone
    text = (
        "Selon l'Observatoire syrien des droits de l'homme, deux dépôts ont été touchés. "
        "Un observatoire des prix a ouvert à Damas."
    )
    assert sum(kind == "research" for kind, _ in cited(pipeline, text, "fr")) == 1


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("fr", "L'agence officielle Sana n'a pas fait état de blessés.", "Sana"),
        ("fr", "Reuters n'a pas signalé de dégâts dans le port.", "Reuters"),
        ("ru", "Агентство SANA не сообщает о пострадавших.", "SANA"),
    ],
)
def test_what_an_outlet_did_not_report_cites_it(
    pipeline: Pipeline, language: str, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), "cited_outlet", words)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Dans un communiqué lu à la télévision nationale, la junte a dissous les partis."),
        ("fr", "L'annonce a été faite dans un bulletin spécial diffusé à la télévision d'État."),
        ("en", "In a statement read on state television, the junta dissolved the parties."),
    ],
)
def test_a_statement_aired_on_a_channel_is_the_bodys(pipeline: Pipeline, language: str, text: str) -> None:
    assert cited(pipeline, text, language) == []


def test_news_aired_on_a_channel_still_cites_it(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Des images diffusées par la télévision d'État montrent les prisonniers.", "fr")
    assert any(kind == "cited_outlet" and "télévision" in words for kind, words in found), found


def test_an_outlet_named_after_an_adjective_and_a_short_head(pipeline: Pipeline) -> None:
    found = cited(pipeline, "По данным египетского информагентства Мена, переговоры сорвались.", "ru")
    assert covers(found, "cited_outlet", "Мена")


def test_a_bodys_data_cited_with_the_data_word_first(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Selon les chiffres de l'OIM, trois millions de personnes ont fui.", "fr")
    assert any("OIM" in words for _, words in found), found


def test_a_credit_line_naming_the_publisher_then_its_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Le camp a été repris dimanche.\n\nSahelinfo avec RFI\n", "fr")
    assert covers(found, "agency", "RFI")
    # "avec" inside a sentence is no credit line
    found = cited(pipeline, "Le ministre a dîné avec RFI et des diplomates.", "fr")
    assert not any(kind == "agency" for kind, _ in found), found


def test_a_body_after_an_inverted_verb_speaks(pipeline: Pipeline) -> None:
    # "a indiqué l'ONU" is "l'ONU a indiqué": the body is the speaker, not a cited source
    assert cited(pipeline, "Trente personnes ont été tuées samedi, a indiqué mardi l'ONU.", "fr") == []
    # a monitor cited the same way is research
    found = cited(pipeline, "Cinq soldats ont été tués, a précisé l'OSDH.", "fr")
    assert covers(found, "research", "OSDH")


def test_russian_reporting_verb_then_an_adjective_and_a_nominative_head(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Пострадали двое, сообщил иранский телеканал Press TV.", "ru")
    assert covers(found, "cited_outlet", "Press TV")
    # the dative after the same verb is the outlet spoken to
    found = cited(pipeline, "Посол сообщил ТАСС, что встреча отменена.", "ru")
    assert covers(found, "told_outlet", "ТАСС")


def test_russian_channels_named_by_whose_they_are_when_cited(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Погибли пятеро, сообщают арабские телеканалы.", "ru")
    assert covers(found, "vague", "арабские телеканалы")
    assert cited(pipeline, "Местные газеты закрылись в прошлом году.", "ru") == []


@pytest.mark.parametrize("name", ["Al-Hadath", "Al Hadath"])
def test_the_arabic_article_with_a_space_or_a_hyphen(pipeline: Pipeline, name: str) -> None:
    found = cited(pipeline, f"{name}: в городе слышны взрывы\n\nПодробности уточняются.", "ru")
    assert covers(found, "cited_outlet", name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trois bus ont été incendiés, a-t-on appris auprès de témoins.", "témoins"),
        ("Selon des élus locaux, le marché a été pillé.", "élus locaux"),
    ],
)
def test_unnamed_groups_of_witnesses_when_cited(pipeline: Pipeline, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, "fr"), "vague", words)


def test_unnamed_groups_only_mentioned(pipeline: Pipeline) -> None:
    assert cited(pipeline, "La mairie a réuni des élus locaux et des notables.", "fr") == []


def test_a_conflict_monitor_is_research(pipeline: Pipeline) -> None:
    assert covers(
        cited(pipeline, "Selon Menastream, le chef du groupe a été tué.", "fr"), "research", "Menastream"
    )


@pytest.mark.parametrize(
    "text",
    ["Об этом говорится на сайте министерства.", "Как отмечается на сайте ведомства, встреча пройдет в мае."],
)
def test_a_bodys_website_where_a_text_was_posted(pipeline: Pipeline, text: str) -> None:
    assert covers(cited(pipeline, text, "ru"), "social_channel", "сайте")


def test_a_website_only_mentioned(pipeline: Pipeline) -> None:
    assert cited(pipeline, "В докладе говорится, что сайт был взломан.", "ru") == []


def test_the_french_singular_media_names_one_outlet(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Selon le média d'opposition Syria TV, deux enfants ont été blessés.", "fr")
    assert not any(kind == "vague" for kind, _ in found), found
    assert covers(cited(pipeline, "According to the media, two children were hurt.", "en"), "vague", "media")


def test_russian_dative_adjective_before_the_outlet_spoken_to(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Посол рассказал французскому телеканалу France 24 о встрече.", "ru")
    assert covers(found, "told_outlet", "France 24")
    assert cited(pipeline, "Посол рассказал французскому журналисту о встрече.", "ru") == []


def test_a_bodys_people_named_after_it_speak(pipeline: Pipeline) -> None:
    assert cited(pipeline, "According to UN officials, the camp was shelled twice.", "en") == []
    assert cited(pipeline, "Selon le porte-parole de l'ONU, le camp a été bombardé.", "fr") == []
