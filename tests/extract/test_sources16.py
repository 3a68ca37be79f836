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


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a dash, not a comma, before the verb, after a quote's closing mark
        ("Министр назвал решение «ошибкой» — сообщает Vesti.kz.", "Vesti.kz"),
        # the plural verb of an outlet named by its address
        ("На окраине города слышны взрывы, сообщают Kurier.ru со ссылкой на жителей.", "Kurier.ru"),
        # a date between the comma and the verb
        ("Партия оружия прибыла в порт, 12 марта сообщает Sahel News.", "Sahel News"),
    ],
)
def test_a_russian_inverted_verb_names_the_outlet_after_a_dash_a_date_or_in_the_plural(
    pipeline: Pipeline, text: str, outlet: str
) -> None:
    found = cited(pipeline, text, "ru")
    assert covers(found, "cited_outlet", outlet), found


def test_a_person_after_a_russian_past_verb_is_no_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Обстановка спокойная, — сообщил Сидоров.", "ru") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("По материалам kurier.ru, пожар потушили к утру.", "kurier.ru"),
        ("Судя по материалу «Северного вестника», мэр знал о проверке.", "Северного вестника"),
    ],
)
def test_an_outlets_material_cites_it(pipeline: Pipeline, text: str, outlet: str) -> None:
    found = cited(pipeline, text, "ru")
    assert covers(found, "cited_outlet", outlet), found


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        # a plural participle before "par"
        ("Selon les images rapportées par Sahel News, le pont a cédé.", "cited_outlet", "Sahel News"),
        # "faire état à": the outlet someone spoke to
        ("Des habitants ont fait état à RFI de tirs nourris.", "told_outlet", "RFI"),
    ],
)
def test_french_plural_participles_and_faire_etat_a_reach_the_outlet(
    tagged: Pipeline, text: str, kind: str, outlet: str
) -> None:
    found = cited(tagged, text, "fr")
    assert covers(found, kind, outlet), found


def test_faire_etat_de_without_an_outlet_cites_nothing(tagged: Pipeline) -> None:
    assert cited(tagged, "Le rapport a fait état de dix morts à Kidal.", "fr") == []


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # a day between the verb and the media, named by an adjective no list holds
        ("Колонна попала в засаду, сообщили в пятницу ливийские СМИ.", "ливийские СМИ"),
        ("По данным ближневосточных СМИ, удар нанесли ночью.", "ближневосточных СМИ"),
    ],
)
def test_russian_media_named_by_any_adjective_are_vague_when_cited(
    pipeline: Pipeline, text: str, vague: str
) -> None:
    found = cited(pipeline, text, "ru")
    assert covers(found, "vague", vague), found


def test_russian_media_named_by_an_adjective_without_a_cue_cite_nothing(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Интервью напечатали в крупнейших СМИ региона.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "Бои в пригороде продолжаются, передает Федеральное агентство новостей.",
        "Ранее Общественная служба новостей сообщала о новых поставках.",
    ],
)
def test_russian_outlets_named_by_common_words_are_known(tagged: Pipeline, text: str) -> None:
    found = cited(tagged, text, "ru")
    assert any(kind == "cited_outlet" and "новостей" in words for kind, words in found), found


def test_kommersants_short_name_is_cited(tagged: Pipeline) -> None:
    found = cited(tagged, "По информации «Ъ», сделку отложили до осени.", "ru")
    assert covers(found, "cited_outlet", "Ъ"), found


def test_the_double_m_spelling_of_a_telegram_channel_is_a_channel(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Мэр написал в своем телеграмм-канале, что воды нет.", "ru")
    assert covers(found, "social_channel", "телеграмм-канале"), found


@pytest.mark.parametrize(
    "text",
    [
        "СМИ: на юге страны возобновились бои\nВ провинции слышны взрывы.",
        "Колонну обстреляли у моста, - СМИ\n\nВ районе моста слышны взрывы.",
        "Снова бои. СМИ: у моста подбита колонна\nПодробности позже.",
    ],
)
def test_a_headline_credited_to_the_media_is_vague(pipeline: Pipeline, text: str) -> None:
    assert covers(cited(pipeline, text, "ru"), "vague", "СМИ")


@pytest.mark.parametrize(
    "text", ["Закон о СМИ: что изменится с осени.", "Депутат ответил: СМИ всё выдумали."]
)
def test_the_media_named_mid_sentence_before_a_colon_cite_nothing(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ru") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Dans son entretien à RFI, le ministre a défendu la réforme.", "RFI"),
        ("Dans une interview publiée dans Jeune Afrique mardi, le général a répondu.", "Jeune Afrique"),
        ("Le groupe a revendiqué l'attaque dans un appel téléphonique à l'AFP.", "AFP"),
        # a speech verb no list held, then the channel he spoke on
        ("« Nous sommes inquiets », a déploré sur RFI le maire de la ville.", "RFI"),
    ],
)
def test_a_french_interview_named_by_its_owner_print_or_call_reaches_the_outlet(
    tagged: Pipeline, text: str, outlet: str
) -> None:
    found = cited(tagged, text, "fr")
    assert any(outlet in words for _, words in found), found


def test_a_french_speech_verb_before_a_place_cites_nothing(tagged: Pipeline) -> None:
    assert cited(tagged, "Le député a dénoncé à Paris la politique du gouvernement.", "fr") == []


def test_a_russian_credit_line_by_materials_with_a_colon_cites(tagged: Pipeline) -> None:
    found = cited(tagged, "Пострадавших нет.\nПо материалам: Reuters.", "ru")
    assert covers(found, "cited_outlet", "Reuters"), found


@pytest.mark.parametrize(
    "text",
    [
        # the dash frame after a quote: a columnist's surname, not an outlet
        "«Власти снова опоздали», — пишет Кривцов.",
        "Как пишет Петренко, реформа провалилась.",
        # a surname in the genitive after a citing cue
        "По данным Сидоровой, урожай вырос вдвое.",
    ],
)
def test_one_russian_word_shaped_like_a_surname_is_no_outlet(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ru") == []


def test_one_russian_word_naming_an_outlet_is_still_cited(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Как пишет Фонтанка, сделка сорвалась.", "ru")
    assert covers(found, "cited_outlet", "Фонтанка"), found


def test_an_outlet_name_led_by_an_adjective_is_no_surname(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Как сообщает Русская служба BBC, переговоры отложены.", "ru")
    assert any(kind == "cited_outlet" for kind, _ in found), found
