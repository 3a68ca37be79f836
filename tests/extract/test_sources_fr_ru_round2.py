"""rasid.sources.v1, French and Russian forms of a second development round: an outlet that learned or
found something ("«Коммерсантъ» узнала"), a list of outlets after a plural verb ("сообщают Интерфакс, РИА
Новости"), an outlet's own source ("Источник «Коммерсанта»"), a denial given to an outlet in the dative,
plural outlet names in the oblique cases ("корреспондент «Известий»"), an outlet named by its lower-case web
address after its head noun, a count of unnamed sources ("на два источника"), unnamed groups cited
("selon des ONG", "по словам местных жителей", "affirment nos sources"), an outlet that tells a story
("Би-би-си рассказывает") and what a reporter of an agency saw ("a constaté un journaliste de l'AFP").
Sentences written for these tests, each with a near miss that is no source."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


# --- Russian outlets ----------------------------------------------------------------------------------


def test_outlet_that_learned_something_is_cited(pipeline: Pipeline) -> None:
    text = "Газета «Коммерсантъ» узнала, что поставки оружия в Бамако отложены до весны.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Коммерсантъ")


def test_person_who_learned_something_is_no_outlet(pipeline: Pipeline) -> None:
    text = "Министр узнал, что поставки оружия в Бамако отложены до весны.\n"
    assert cited(pipeline, text, "ru") == []


def test_outlets_listed_after_a_plural_verb_are_each_cited(pipeline: Pipeline) -> None:
    text = "Об этом сообщают российский «Интерфакс» и РИА Новости со ссылкой на посольство в Ниамее.\n"
    found = cited(pipeline, text, "ru")
    assert covers(found, "cited_outlet", "Интерфакс")
    assert covers(found, "cited_outlet", "РИА Новости")


def test_source_of_an_outlet_cites_the_outlet(pipeline: Pipeline) -> None:
    text = "Источник «Коммерсанта» в правительстве назвал эти сроки нереальными.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Коммерсанта")


def test_denial_given_to_an_outlet_names_the_outlet_told(pipeline: Pipeline) -> None:
    text = "Посол опроверг «Коммерсанту» сообщения о закрытии консульства.\n"
    assert covers(cited(pipeline, text, "ru"), "told_outlet", "Коммерсанту")


def test_plural_outlet_name_in_the_genitive_after_a_correspondent(pipeline: Pipeline) -> None:
    text = "Как передает корреспондент «Известий», на границе с Нигером закрыты два пункта пропуска.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Известий")


def test_plural_outlet_name_in_the_dative_after_a_told_verb(pipeline: Pipeline) -> None:
    text = "Как рассказал «Ведомостям» представитель компании, контракт продлен на год.\n"
    assert covers(cited(pipeline, text, "ru"), "told_outlet", "Ведомостям")


def test_outlet_named_by_its_web_address_after_its_head_noun(pipeline: Pipeline) -> None:
    text = "Информагентство vesti-sahel.ru опубликовало видео с места взрыва.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "vesti-sahel.ru")


def test_file_name_after_a_head_noun_is_no_outlet(pipeline: Pipeline) -> None:
    text = "Газета выложила архив report.pdf на своем сервере.\n"
    assert cited(pipeline, text, "ru") == []


def test_a_count_of_unnamed_sources_is_vague(pipeline: Pipeline) -> None:
    text = "Переговоры в Дохе сорваны, пишет Meduza со ссылкой на три источника.\n"
    found = cited(pipeline, text, "ru")
    assert covers(found, "vague", "три источника")
    assert covers(found, "cited_outlet", "Meduza")


def test_a_count_of_something_else_is_no_source(pipeline: Pipeline) -> None:
    text = "В регионе построили три моста и два вокзала.\n"
    assert cited(pipeline, text, "ru") == []


def test_local_residents_cited_are_vague(pipeline: Pipeline) -> None:
    text = "По словам местных жителей, обстрел продолжался всю ночь.\n"
    assert covers(cited(pipeline, text, "ru"), "vague", "местных жителей")


def test_local_residents_as_a_topic_are_no_source(pipeline: Pipeline) -> None:
    text = "Власти эвакуировали местных жителей из трех сел.\n"
    assert cited(pipeline, text, "ru") == []


# --- French ----------------------------------------------------------------------------------------


def test_ngos_cited_are_vague(pipeline: Pipeline) -> None:
    text = "Les violences ont fait plus de 3.000 morts depuis janvier selon des ONG.\n"
    assert covers(cited(pipeline, text, "fr"), "vague", "ONG")


def test_residents_cited_are_vague(pipeline: Pipeline) -> None:
    text = "Un marché a été incendié à Djibo, selon des habitants joints au téléphone.\n"
    assert covers(cited(pipeline, text, "fr"), "vague", "habitants")


def test_ngos_as_a_topic_are_no_source(pipeline: Pipeline) -> None:
    text = "Le gouvernement a suspendu des ONG accusées de complicité.\n"
    assert cited(pipeline, text, "fr") == []


def test_what_a_journalist_of_an_agency_saw_cites_the_agency(pipeline: Pipeline) -> None:
    text = "Des milliers de manifestants ont défilé à Niamey, a constaté un journaliste de l'AFP.\n"
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "AFP")


def test_what_a_minister_saw_is_no_source(pipeline: Pipeline) -> None:
    text = "Les dégâts sont considérables, a constaté le ministre de l'Intérieur.\n"
    assert cited(pipeline, text, "fr") == []


def test_competent_sources_are_vague(pipeline: Pipeline) -> None:
    text = "Агентство, ссылаясь на компетентные источники, сообщило о переносе саммита в Ниамее.\n"
    assert covers(cited(pipeline, text, "ru"), "vague", "компетентные источники")


def test_outlet_telling_a_story_is_cited(pipeline: Pipeline) -> None:
    text = "Русская служба Би-би-си рассказывает, как изменилась жизнь в Кидале после ухода миссии ООН.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "Би-би-си")


def test_our_sources_after_a_plural_verb_are_vague(pipeline: Pipeline) -> None:
    text = "Le poste de Tessit a été évacué dans la nuit, affirment nos sources.\n"
    assert covers(cited(pipeline, text, "fr"), "vague", "nos sources")


def test_our_sources_as_an_object_are_no_source(pipeline: Pipeline) -> None:
    text = "Le journal protège nos sources depuis vingt ans.\n"
    assert cited(pipeline, text, "fr") == []


def test_outlet_that_cites_someone_in_turn_reports(pipeline: Pipeline) -> None:
    text = "Об этом сообщил РБК со ссылкой на собеседника в аппарате правительства.\n"
    assert covers(cited(pipeline, text, "ru"), "cited_outlet", "РБК")


def test_speaker_citing_someone_after_a_comma_still_told_the_outlet(pipeline: Pipeline) -> None:
    text = "Министр сообщил ТАСС, ссылаясь на данные разведки, что колонна отошла.\n"
    assert covers(cited(pipeline, text, "ru"), "told_outlet", "ТАСС")


def test_outlet_with_its_head_noun_after_relayed_by(pipeline: Pipeline) -> None:
    text = "La nouvelle a d'abord été relayée par l'agence APA avant d'être démentie.\n"
    assert covers(cited(pipeline, text, "fr"), "cited_outlet", "APA")


def test_head_noun_alone_after_relayed_by_names_no_outlet(pipeline: Pipeline) -> None:
    text = "La nouvelle a d'abord été relayée par l'agence avant d'être démentie.\n"
    assert not covers(cited(pipeline, text, "fr"), "cited_outlet", "APA")
