"""rasid.sources.v1, forms of an eighth development round: French participles that agree ("contactées par
l'AFP"), a Russian quotation credit ("цитата по ТАСС"), figures an outlet compiled ("حسب تقديرات رويترز",
"وفقا لبيانات …"), a French verb in the perfect before "sur <platform>", a Russian participle of publishing
before a platform, declined Russian platform names ("telegram-канала «…»") and the publisher's own channel
("Rejoignez notre page Facebook"). Sentences written for these tests, each with a near miss."""

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
        "Deux habitantes contactées par l'AFP ont décrit des tirs nourris près du marché.",
        "Plusieurs élus, jointes par Reuters au téléphone, ont refusé de commenter.",
    ],
)
def test_french_participle_agrees_with_its_subject(pipeline: Pipeline, text: str) -> None:
    found = cited(pipeline, text, "fr")
    assert any(kind == "told_outlet" for kind, _ in found), found


def test_french_participle_before_no_outlet_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Les familles contactées par la mairie ont décrit des tirs nourris.", "fr") == []


def test_russian_quotation_credit(pipeline: Pipeline) -> None:
    found = cited(pipeline, "«Решение пока не принято», — сказал министр (цитата по ТАСС).", "ru")
    assert covers(found, "cited_outlet", "ТАСС")
    assert cited(pipeline, "Он привел эту цитату по памяти.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "وارتفعت صادرات القمح بنسبة 3 في المئة حسب تقديرات رويترز.",
        "وتراجع الإنتاج الشهر الماضي وفقا لبيانات رويترز.",
    ],
)
def test_arabic_figures_compiled_by_an_outlet(pipeline: Pipeline, text: str) -> None:
    assert covers(cited(pipeline, text, "ar"), "cited_outlet", "رويترز")


def test_arabic_figures_of_experts_name_no_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وارتفعت صادرات القمح بنسبة 3 في المئة حسب تقديرات الخبراء.", "ar") == []


def test_french_perfect_before_a_platform(pipeline: Pipeline) -> None:
    found = cited(
        pipeline, "Le maire a prévenu dimanche sur Twitter que les écoles resteraient fermées.", "fr"
    )
    assert covers(found, "social_channel", "Twitter")
    # a passive posts nothing: the person was harassed there
    assert cited(pipeline, "La journaliste a été harcelée sur Twitter pendant des mois.", "fr") == []


def test_russian_participle_of_publishing_before_a_platform(pipeline: Pipeline) -> None:
    text = "В посте, опубликованном в Telegram, депутат заявил, что не причастен к утечке.\n"
    assert covers(cited(pipeline, text, "ru"), "social_channel", "Telegram")


def test_declined_russian_channel_with_its_name(pipeline: Pipeline) -> None:
    text = "Об этом написали журналисты telegram-канала «Северный ветер» со ссылкой на жителей.\n"
    assert covers(cited(pipeline, text, "ru"), "social_channel", "Северный ветер")
    # the genitive without a name says a channel does not exist, it cites none
    assert cited(pipeline, "У этой передачи никогда не было Telegram-канала.", "ru") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rejoignez notre page Facebook pour suivre nos reportages.", "fr"),
        ("Подписывайтесь на наш телеграм-канал, чтобы не пропустить новости.", "ru"),
    ],
)
def test_publishers_own_channel_is_no_source(pipeline: Pipeline, text: str, language: str) -> None:
    assert cited(pipeline, text, language) == []


def test_someone_elses_page_is_a_source(pipeline: Pipeline) -> None:
    text = "Le ministère a publié sur sa page Facebook la liste des candidats retenus."
    assert covers(cited(pipeline, text, "fr"), "social_channel", "Facebook")
