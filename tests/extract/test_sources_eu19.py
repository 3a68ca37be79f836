"""Cited sources, round 19 (French, English and Russian news): unnamed witnesses, residents and groups, words
quoted in small letters, datelines after a page's menus."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shelling hit the old market of the town on Monday, witnesses said.", "witnesses"),
        ("Two bridges were destroyed overnight, according to residents of the district.", "residents"),
        ("In the north of the city, witnesses have reported several drone strikes.", "witnesses"),
        ("Witnesses stated that the convoy turned back before dawn.", "Witnesses"),
        ("Residents say the water supply has been cut for a week.", "Residents"),
    ],
)
def test_english_witnesses_and_residents_cited_are_vague_sources(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "en"), "vague", words)


@pytest.mark.parametrize(
    "text",
    [
        # the subject of what a person said, not who said it
        "The mayor, Ali Omar, said residents could return to their homes next week.",
        # residents as the topic, nothing cited
        "Residents of the coastal villages celebrated the end of the curfew.",
    ],
)
def test_residents_not_cited_are_no_source(pipeline: Pipeline, text: str) -> None:
    assert not any(kind == "vague" for kind, _ in cited(pipeline, text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le ministre a qualifié l'information de «mensongère» lors de sa visite à Gao.", "fr"),
        ('The army struck the depot on Friday, citing "hostile movements" near the fence.', "en"),
    ],
)
def test_a_quoted_word_in_small_letters_is_no_outlet(pipeline: Pipeline, text: str, language: str) -> None:
    assert not any(kind == "cited_outlet" for kind, _ in cited(pipeline, text, language))


def test_a_quoted_capitalised_name_after_the_cue_is_still_cited(pipeline: Pipeline) -> None:
    text = "Le camp a été évacué, selon l'information de «Courrier du Fleuve» publiée mardi."
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "Courrier du Fleuve")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon certains habitants, le marché a été fermé avant midi.", "certains habitants"),
        ("Selon les témoins, le pont a cédé vers minuit.", "les témoins"),
        ("Les vols ont été suspendus, ont indiqué des sources aéroportuaires.", "sources aéroportuaires"),
        ("Deux véhicules ont été incendiés, selon les mêmes sources.", "mêmes sources"),
    ],
)
def test_french_unnamed_groups_cited_are_vague_sources(pipeline: Pipeline, text: str, words: str) -> None:
    assert covers(cited(pipeline, text, "fr"), "vague", words)


def test_a_dated_dateline_after_a_page_menu_is_a_wire_credit(pipeline: Pipeline) -> None:
    menu = "Accueil Monde Afrique Sport Culture Économie Sciences Vidéos Podcasts Newsletters Contact\n" * 4
    text = menu + "МОСКВА, 12 мар — РИА Новости. Делегация прибыла в столицу утром."
    assert any(kind == "agency" and words == "РИА Новости" for kind, words in cited(pipeline, text, "ru"))


def test_a_title_with_the_outlet_and_a_date_is_no_dateline(pipeline: Pipeline) -> None:
    menu = "Главная Новости Политика Экономика Спорт Культура Наука Видео Фото Подписка Контакты\n" * 4
    text = menu + "Делегация прибыла в столицу - РИА Новости, 12.03.2020\nДелегация прибыла в столицу утром."
    assert not any(kind == "agency" for kind, _ in cited(pipeline, text, "ru"))


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # a news agency named by whose it is, after an inverted verb and a time
        (
            "Des explosions ont secoué le port, a annoncé tôt jeudi l'agence de presse des rebelles Houthis.",
            "fr",
            "agence de presse des rebelles Houthis",
        ),
        # an adjective between the Russian cue and its noun
        (
            "По предварительной информации агентства Reuters, мост был разрушен ночью.",
            "ru",
            "Reuters",
        ),
        # an online daily and a news portal named before their head noun
        ("Four shops burned overnight, the Al-Nour online daily reported.", "en", "Al-Nour online daily"),
        (
            "The curfew was lifted on Monday, reported the Sahelpress news portal.",
            "en",
            "Sahelpress news portal",
        ),
    ],
)
def test_outlets_named_by_their_head_noun_are_cited(
    pipeline: Pipeline, text: str, language: str, words: str
) -> None:
    assert covers(cited(pipeline, text, language), "cited_outlet", words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("В результате удара пострадали 12 человек, писали СМИ.", "СМИ"),
        ("Прежде в СМИ появились сообщения о захвате аэропорта.", "СМИ"),
        ("Все упомянутые СМИ ссылались на источник в армии.", "СМИ"),
    ],
)
def test_russian_media_cited_by_a_past_verb_are_vague_sources(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "ru"), "vague", words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Selon des rapports locaux, trois villages ont été vidés.", "rapports locaux"),
        ("Les médias locaux ont fait état de coupures d'électricité.", "médias locaux"),
        ("« Le marché a brûlé », lit-on sur la presse malienne en ligne.", "presse malienne"),
    ],
)
def test_french_unnamed_reports_and_press_cited_are_vague_sources(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert covers(cited(pipeline, text, "fr"), "vague", words)


def test_a_maritime_security_firm_cited_is_research(pipeline: Pipeline) -> None:
    text = "A tanker was hit by a drone west of the port, the maritime security firm Ambrey said on Monday."
    assert covers(cited(pipeline, text, "en"), "research", "Ambrey")


def test_a_russian_interview_venue_in_the_instrumental(pipeline: Pipeline) -> None:
    text = "Как заявил министр в беседе с телеканалом Sky Vesti, переговоры продолжатся в пятницу."
    assert covers(cited(pipeline, text, "ru"), "interview", "Sky Vesti")


def test_an_outlet_named_by_whose_it_is_with_its_name_apposed_reports(pipeline: Pipeline) -> None:
    text = "La radio des rebelles, al-Nasr, a rapporté que deux ponts avaient été détruits."
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "al-Nasr")
