"""Cited sources in French, English and Russian, round 26: a ministry's data in Russian is the ministry speaking,
a request the body refused names no source, wire credits alone on a line or closing a sentence, a country's
television in the Russian genitive, a group's own channels, journalists and witnesses as vague sources, and
assessments by a country's services as research."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "По данным министерства, на складе хранилось сто тонн зерна.",
        "По данным Минздрава республики, в больницы поступили трое раненых.",
        "По данным Министерства обороны, учения прошли по плану.",
    ],
)
def test_a_ministrys_own_data_in_russian_is_no_source(pipeline: Pipeline, text: str) -> None:
    # "по данным" is the plain Russian "according to": the ministry speaks, as "selon le ministère"
    assert cited(pipeline, text, "ru") == []


def test_a_bodys_report_in_russian_stays_a_source(pipeline: Pipeline) -> None:
    found = cited(pipeline, "По данным Интерфакса, поезд задержался на два часа.", "ru")
    assert covers(found, "cited_outlet", "Интерфакса")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Sollicitée par RFI, la mairie n'a pas répondu à nos questions."),
        ("fr", "Joint par l'AFP, le préfet n'a pas souhaité commenter la fermeture du marché."),
        ("en", "Contacted by Reuters, the port authority declined to comment on the delay."),
    ],
)
def test_a_request_refused_names_no_source(pipeline: Pipeline, language: str, text: str) -> None:
    assert cited(pipeline, text, language) == []


def test_a_request_answered_names_the_outlet(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Sollicité par l'AFP, le préfet a confirmé la fermeture du marché.", "fr")
    assert covers(found, "told_outlet", "AFP")


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a byline under the headline
        (
            "fr",
            "Le marché central rouvre ses portes\nAgence France-Presse\nLe marché a rouvert lundi.",
            "Agence France-Presse",
        ),
        # among the last lines, before the page's furniture
        ("en", "The market reopened on Monday after repairs.\nAFP\nShare this article", "AFP"),
        # the credit opening the first sentence
        ("ru", "РИА Новости. Рынок в центре города открылся после ремонта.", "РИА Новости"),
        # in parentheses before the last full stop of a paragraph
        ("en", "The market reopened on Monday after two weeks of repairs (BBC).", "BBC"),
        # "avec agences" after the last sentence, without parentheses
        ("fr", "Le marché a rouvert lundi après deux semaines de travaux. Avec agences", "agences"),
    ],
)
def test_wire_credits_in_more_places(pipeline: Pipeline, language: str, text: str, credit: str) -> None:
    assert covers(cited(pipeline, text, language), "agency", credit)


def test_a_spelled_out_name_before_its_acronym_is_no_credit(pipeline: Pipeline) -> None:
    found = cited(pipeline, "The figure was first given by the British Broadcasting Corporation (BBC).", "en")
    assert not any(kind == "agency" for kind, _ in found), found


def test_a_countrys_television_in_the_russian_genitive(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Телевидение Чада сообщило о закрытии границы.", "ru")
    assert covers(found, "cited_outlet", "Телевидение Чада")


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "The group claimed the raid on its channels late on Sunday.", "its channels"),
        ("en", "The movement claimed the raid on the movement's channels.", "channels"),
        ("fr", "Le groupe a revendiqué le raid sur ses canaux de propagande.", "ses canaux"),
        ("ru", "Боевики опубликовали ролик в своих каналах.", "своих каналах"),
    ],
)
def test_a_groups_own_channels(pipeline: Pipeline, language: str, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, language), "social_channel", words)


def test_diplomatic_channels_are_no_source(pipeline: Pipeline) -> None:
    assert (
        cited(pipeline, "The two capitals said they would talk through their diplomatic channels.", "en")
        == []
    )


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("ru", "Число раненых неизвестно, журналисты говорят о «десятках».", "журналисты"),
        ("ru", "Как сообщили местные журналисты, мост закрыт.", "журналисты"),
        ("en", "Several witnesses in northern Gao said they heard three blasts.", "witnesses"),
        ("en", "Residents of the old town reported power cuts overnight.", "Residents"),
    ],
)
def test_journalists_and_witnesses_as_vague_sources(
    pipeline: Pipeline, language: str, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), "vague", words)


def test_journalists_spoken_to_are_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Губернатор сообщил журналистам, что мост закроют.", "ru") == []


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "About forty fighters remain, according to a French security assessment.",
            "French security assessment",
        ),
        (
            "fr",
            "Selon une évaluation des services de renseignement français, le groupe compte quarante combattants.",
            "évaluation",
        ),
        ("ru", "По оценкам американской разведки, в группе около сорока боевиков.", "американской разведки"),
    ],
)
def test_an_assessment_by_a_countrys_services_is_research(
    pipeline: Pipeline, language: str, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), "research", words)


def test_estimates_named_by_nobody_are_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Selon les premières estimations, quarante maisons ont brûlé.", "fr") == []


@pytest.mark.parametrize(
    ("language", "text", "kind", "words"),
    [
        ("fr", "La RTN a annoncé la réouverture du pont de Niamey.", "cited_outlet", "RTN"),
        (
            "ru",
            "Об этом сообщила национальная телерадиокомпания RTB.",
            "cited_outlet",
            "телерадиокомпания RTB",
        ),
        ("ru", "Об этом говорится в МИД, текст приводится на сайте ведомства.", "social_channel", "на сайте"),
    ],
)
def test_broadcasters_and_a_ministrys_site(
    pipeline: Pipeline, language: str, text: str, kind: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), kind, words)


def test_the_readers_own_account_in_a_comment_form_is_no_source(pipeline: Pipeline) -> None:
    text = "Leave a Reply\nYou are commenting using your Facebook account. Log Out / Change"
    assert cited(pipeline, text, "en") == []


def test_the_last_word_of_an_outlets_name_is_not_the_media(pipeline: Pipeline) -> None:
    found = cited(
        pipeline, "Selon le correspondant de Kanem Media, citant des éleveurs, le puits est tari.", "fr"
    )
    assert not any(kind == "vague" and words == "Media" for kind, words in found), found
    # the media in capitals opening a clause stay vague
    assert covers(cited(pipeline, "Ранее СМИ сообщали о закрытии моста.", "ru"), "vague", "СМИ")


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        ("en", "The bridge was closed, drivers told Reuters and the French AFP news agency.", "AFP"),
        ("en", "According to Reuters and the Associated Press, the bridge was closed.", "Associated Press"),
        ("ru", "Об этом сообщили Reuters и Al Jazeera.", "Al Jazeera"),
    ],
)
def test_a_second_outlet_joined_by_and_shares_the_cue(
    pipeline: Pipeline, language: str, text: str, second: str
) -> None:
    found = cited(pipeline, text, language)
    assert any(words == second for _, words in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The SOHR said the convoy was shelled near Idlib.", "SOHR"),
        (
            "The Syrian Observatory for Human Rights war monitor said the convoy was shelled.",
            "Syrian Observatory",
        ),
    ],
)
def test_a_monitor_by_its_acronym_or_with_what_it_is(pipeline: Pipeline, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, "en"), "research", words)


def test_a_monitor_by_its_head_noun_after_its_full_name(pipeline: Pipeline) -> None:
    text = (
        "The Syrian Observatory for Human Rights counted nine dead in the convoy. "
        "The toll may rise, the Observatory said on Monday."
    )
    found = cited(pipeline, text, "en")
    assert ("research", "Observatory") in found, found


def test_a_photographer_agency_bank_chain_credits_a_picture(pipeline: Pipeline) -> None:
    caption = (
        "Boats in the harbour of Tyre, March 2, 2026. Jane Roe/Anadolu/Getty\nThe port reopened on Monday."
    )
    assert cited(pipeline, caption, "en") == []
    # a dateline's agency between slashes stays a credit
    assert covers(
        cited(pipeline, "МОСКВА, 2 марта. /ТАСС/. Порт открылся в понедельник.", "ru"), "agency", "ТАСС"
    )


def test_an_everyday_word_alone_on_a_line_is_no_credit(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Strikes hit three villages.\nMAP\nThe roads were closed on Monday.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Порт открылся в понедельник.\nИсточник — Lenta.ru",
        "Порт открылся в понедельник. Источник — Lenta.ru",
    ],
)
def test_a_source_label_with_a_dash(pipeline: Pipeline, text: str) -> None:
    assert covers(cited(pipeline, text, "ru"), "agency", "Lenta.ru")


def test_a_word_joined_to_source_by_a_hyphen_is_no_label(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Source-based reporting takes time.\nThe port reopened on Monday.", "en") == []


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "Dans un discours à la télévision nationale, le président a décrété trois jours de deuil.",
            "interview",
            "télévision nationale",
        ),
        (
            "Le bilan a été donné par la télévision publique dans la soirée.",
            "cited_outlet",
            "télévision publique",
        ),
    ],
)
def test_a_speech_on_a_channel_and_a_toll_given_by_it(
    pipeline: Pipeline, text: str, kind: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "fr"), kind, words)


def test_a_speech_to_the_nation_and_an_order_given_by_a_general_are_no_source(pipeline: Pipeline) -> None:
    assert (
        cited(pipeline, "Dans un discours à la nation, le président a décrété trois jours de deuil.", "fr")
        == []
    )
    assert cited(pipeline, "L'ordre a été donné par le général dans la nuit.", "fr") == []


def test_a_russian_staff_word_before_an_outlet_in_latin_letters(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Колонна вышла из города утром, сообщает корреспондент The Kyiv Herald.", "ru")
    assert covers(found, "cited_outlet", "The Kyiv Herald")


def test_outlets_listed_after_a_russian_verb_of_writing(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Об этом написали в пятницу, 6 марта, «Гаарец», Ynet и Times of Israel.", "ru")
    for outlet in ("Гаарец", "Ynet", "Times of Israel"):
        assert any(outlet in words for _, words in found), (outlet, found)


def test_a_work_written_is_no_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Школьники писали «Диктант Победы» в актовом зале.", "ru") == []


def test_a_names_reports_before_citing_is_its_verb(pipeline: Pipeline) -> None:
    found = cited(pipeline, "The port reopened on Monday, Kavkaz Daily reports citing TASS.", "en")
    assert not any(kind == "vague" for kind, _ in found), found
    assert covers(
        cited(pipeline, "The port reopened, according to reports citing officials.", "en"), "vague", "reports"
    )
