"""rasid.quotes.v1 speakers, round 11: who is named near a Russian quote but is not its speaker — the owner
of an aide or a relative in "по словам помощника X" (X is whose aide it is), a name in an oblique case before
the verb (X, комментируя слова Y, сказал), the speaker of an opening report clause when the quote's own verb
has a subject of its own (Как рассказал X, Y сказал; X a rappelé que Y disait). Sentences written for these
tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers

from rasid.extract import analyze_text
from rasid.extract.names import ru_nominative_name


@pytest.mark.parametrize(
    "text",
    [
        "По словам помощника Вадима Ступина, «ремонт моста закончат к началу осени».",
        "По словам адвоката Вадима Ступина, «суд не изучил ни одного документа по делу».",
        "По словам сына Вадима Ступина, «отец давно собирался уйти на пенсию из министерства».",
    ],
)
def test_ru_owner_of_an_aide_or_relative_is_not_the_speaker(text: str) -> None:
    assert direct_speakers(text) == [None]


def test_ru_title_then_genitive_name_still_speaks() -> None:
    text = "По словам министра Вадима Ступина, «ремонт моста закончат к началу осени»."
    assert direct_speakers(text) == ["Вадим Ступин"]  # in the nominative


def test_ru_aide_named_after_the_owner_speaks() -> None:
    text = "По словам помощника губернатора Олега Крылова, «ремонт моста закончат к началу осени»."
    assert direct_speakers(text) == ["Олег Крылов"]


def test_ru_oblique_name_before_the_verb_is_no_subject() -> None:
    text = "Олег Крылов, комментируя слова Вадима Ступина, сказал: «Ремонт моста закончат к началу осени»."
    assert direct_speakers(text) == ["Олег Крылов"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Вадим Ступин напомнил, что Олег Крылов говорил: «Ремонт моста закончат к началу осени».",
         "Олег Крылов"),
        ("Как рассказал Вадим Ступин, Олег Крылов тогда сказал: «Ремонт моста закончат к началу осени».",
         "Олег Крылов"),
        ("Paul Brenier a rappelé que Marc Oudin disait : « Le pont sera réparé avant l'automne ».",
         "Marc Oudin"),
    ],
)  # fmt: skip
def test_the_reported_clause_subject_speaks_not_the_reporter(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


def test_a_second_person_after_a_comma_makes_the_subject_unsure() -> None:
    text = "Paul Brenier, Marc Oudin et les élus ont déclaré : « Le pont sera réparé avant l'automne »."
    assert direct_speakers(text) == [None]


def test_ru_given_name_in_ai_is_nominative() -> None:
    text = (
        "Министр Абдулай Кейта рассказал о помощи, которую получает его страна.\n"
        "«Наши инженеры учатся работать с новой техникой, и это очень помогает нам»."
    )
    assert direct_speakers(text) == ["Абдулай Кейта"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le hameau compte douze maisons. Sophie vit ici depuis vingt ans : « On nous promet une route "
         "depuis toujours ».", "Sophie"),
        ("В поселке двенадцать домов. Марина живет здесь двадцать лет: «Дорогу нам обещают каждый год».",
         "Марина"),
        ("Sophie vit ici depuis vingt ans. « On nous promet une route depuis toujours », dit-elle.", "Sophie"),
    ],
)  # fmt: skip
def test_a_given_name_alone_opening_the_sentence_speaks(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


def test_a_given_name_the_text_also_writes_in_lowercase_is_no_person() -> None:
    text = "Claire est la nuit, mais la route reste claire : « On nous promet une route depuis toujours »."
    assert direct_speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "« Les travaux du pont commenceront en août », a déclaré hier jeudi 27 juillet, le ministre Paul Brenier.",
        "« Les travaux du pont commenceront en août », a déclaré le 3 mai 2024, le ministre Paul Brenier.",
        "«Ремонт моста начнется в августе», — заявил 27 июля министр Павел Бренин.",
    ],
)
def test_a_date_after_the_verb_stands_before_the_inverted_subject(text: str) -> None:
    speaker = direct_speakers(text)[0]
    assert speaker is not None and speaker.startswith(("Paul Brenier", "Павел Бренин"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paul Brenier, maire de Lille\n« Nous tiendrons parole devant tous les habitants du quartier. »",
         "Paul Brenier"),
        ("Вадим Ступин, губернатор области\n«Ремонт дороги закончим к середине осени, деньги уже есть».",
         "Вадим Ступин"),
    ],
)  # fmt: skip
def test_a_name_line_above_the_quote_names_its_speaker(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


def test_a_line_that_says_something_of_the_person_is_no_name_line() -> None:
    text = (
        "Les ouvriers sont arrivés tôt.\nPaul Brenier inaugure le pont\n"
        "« Nous tiendrons parole devant tous les habitants du quartier. »"
    )
    assert direct_speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("«Ремонт дороги закончим к середине осени, деньги уже есть», — написал губернатор в своем "
         "Telegram-канале. Позже губернатор области Вадим Ступин встретился с жителями села.",
         ["Вадим Ступин"]),
        ("« Les travaux dureront encore trois mois au moins », a écrit le maire sur son compte. Le maire de "
         "Lille, Paul Brenier, a ensuite reçu les habitants.", ["Paul Brenier"]),
        # the president spoke last; the governor's words are the one governor's, not his
        ("Президент Олег Крылов заявил: «Ремонт дорог остается главной задачей для всех регионов». «Ремонт "
         "дороги закончим к середине осени, деньги уже есть», — написал губернатор. Губернатор Вадим Ступин "
         "приехал в село.", ["Олег Крылов", "Вадим Ступин"]),
    ],
)  # fmt: skip
def test_a_role_said_before_the_one_person_with_that_title_is_named(text: str, speakers: list[str]) -> None:
    assert direct_speakers(text) == speakers


def test_a_title_two_people_hold_names_nobody() -> None:
    text = (
        "«Ремонт дороги закончим к середине осени, деньги уже есть», — написал губернатор в своем "
        "Telegram-канале. Губернатор Вадим Ступин и губернатор Олег Крылов встретились в Москве."
    )
    assert direct_speakers(text) == [None]


@pytest.mark.parametrize(
    ("name", "nominative"),
    [("Марии Захаровой", "Мария Захарова"), ("Сергея Лаврова", "Сергей Лавров"), ("Вадимом Ступиным", "Вадим Ступин"),
     ("Сергей Лавров", None), ("Исса Конате", None), ("Абдулай Кейта", None), ("Ильи Яшина", None)],
)  # fmt: skip
def test_russian_name_in_the_nominative(name: str, nominative: str | None) -> None:
    assert ru_nominative_name(name) == nominative


_QUOTE = "«Ремонт дороги закончим к середине осени, деньги уже есть»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an object first, then the verb and its subject
        (f"Вадиму Ступину ответила Мария Захарова: {_QUOTE}.", "Мария Захарова"),
        (f"Слова Вадима Ступина прокомментировала Мария Захарова: {_QUOTE}.", "Мария Захарова"),
        # whom it was said to, opening the sentence, is no speaker
        (f"Вадиму Ступину ответили в министерстве: {_QUOTE}.", None),
        (f"На вопрос Анны Крыловой губернатор ответил: {_QUOTE}.", None),
        # the lawyer of the man named before (a surname in the genitive) is not that man
        (f"Вадим Ступин задержан. {_QUOTE}, — заявил адвокат Ступина.", None),
    ],
)
def test_ru_the_object_of_the_verb_is_no_speaker(text: str, speaker: str | None) -> None:
    assert direct_speakers(text) == [speaker]


def test_ru_lawyer_named_in_the_nominative_speaks() -> None:
    assert direct_speakers(f"{_QUOTE}, — заявил адвокат Олег Крылов.") == ["Олег Крылов"]


_FR_QUOTE = "« Les travaux du pont dureront encore trois mois au moins »"


def test_the_latter_is_the_person_named_last() -> None:
    text = f"Paul Brenier a reçu Marc Oudin en mairie. {_FR_QUOTE}, a déclaré ce dernier."
    assert direct_speakers(text) == ["Marc Oudin"]


@pytest.mark.parametrize(
    "text",
    [
        f"Paul Brenier a été limogé mardi. {_FR_QUOTE}, a affirmé le nouveau maire.",
        f"Paul Brenier a été limogé mardi. {_FR_QUOTE}, a affirmé son successeur.",
        "Вадим Ступин отправлен в отставку. «Ремонт дороги закончим к середине осени, деньги уже есть», — "
        "заявил новый губернатор.",
    ],
)
def test_a_new_holder_of_the_office_is_not_the_one_named_before(text: str) -> None:
    assert direct_speakers(text) == [None]


def test_ru_more_given_names_name_a_speaker_on_the_line_above() -> None:
    text = "Ярослав Белов\n«Мы продолжим работу над проектом, как бы ни повернулись события этой осенью»."
    assert direct_speakers(text) == ["Ярослав Белов"]


def test_a_given_name_alone_on_the_line_above_a_quote_speaks() -> None:
    text = "Заявления недели\nМарина\n«Мы продолжим работу над проектом, как бы ни повернулись события этой осенью»."
    assert direct_speakers(text) == ["Марина"]


def test_one_capitalised_word_ending_the_sentence_after_the_verb_is_a_person() -> None:
    text = f"L'attaque a commencé vers huit heures. {_FR_QUOTE}, a raconté Zarif. Il habite en face."
    assert direct_speakers(text) == ["Zarif"]


def test_a_word_the_text_also_writes_in_lowercase_after_the_verb_is_no_person() -> None:
    text = f"Le marché était calme. {_FR_QUOTE}, a ajouté Calme."
    assert direct_speakers(text) == [None]


def test_ru_pronounced_is_a_speech_verb() -> None:
    text = (
        "Министр Олег Крылов провел пресс-конференцию. «Мы закончили следить за тем, что заявляют наши "
        "соседи», — произнес министр."
    )
    assert direct_speakers(text) == ["Олег Крылов"]


def test_a_role_said_first_is_the_person_named_when_adding() -> None:
    text = (
        "«Просим сохранять спокойствие и доверять только официальным источникам», — написал губернатор в своем "
        "Telegram-канале.\nНад городом сбит беспилотник.\n«Нас не запугать, и мы продолжим работу в обычном "
        "режиме», — добавил Ступин."
    )
    assert direct_speakers(text) == ["Ступин", "Ступин"]


def test_another_person_named_before_the_adding_verb_keeps_the_role_unnamed() -> None:
    text = (
        f"{_FR_QUOTE}, a écrit le maire. Puis il a reçu Marc Oudin. « Nous tiendrons parole devant tous les "
        "habitants », a ajouté Paul Brenier."
    )
    assert direct_speakers(text) == [None, "Paul Brenier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Ночью над полуостровом сбиты шесть беспилотников, пострадавших нет», — написал он в своем "
         "Telegram-канале. Ярослав Белов отметил, что угрозы для жителей нет.", "Ярослав Белов"),
        # the person opening the next sentence is no speaker there: nobody
        ("«Ночью над полуостровом сбиты шесть беспилотников, пострадавших нет», — написал он в своем "
         "Telegram-канале. Вчера Ярослав Белов приехал в Москву.", None),
        # a woman named next is not "он"
        ("«Ночью над полуостровом сбиты шесть беспилотников, пострадавших нет», — написал он в своем "
         "Telegram-канале. Марина Белова отметила, что угрозы для жителей нет.", None),
    ],
)  # fmt: skip
def test_a_pronoun_before_anyone_is_named_is_the_next_sentences_speaker(
    text: str, speaker: str | None
) -> None:
    assert direct_speakers(text) == [speaker]


def test_a_given_name_set_off_by_an_apposition_is_a_person() -> None:
    text = (
        "Les voisins sont sous le choc. Sophie, une voisine, connaissait bien la famille. « Je les voyais "
        "tous les matins partir à l'école avec leur mère », dit-elle."
    )
    assert direct_speakers(text) == ["Sophie"]


def test_ru_outlet_in_guillemets_before_the_subject_of_a_statement() -> None:
    text = (
        "Соседи открыли новый фронт на юге. Об этом заявила агентству «Вести» официальный представитель "
        "министерства Марина Белова.\n\n«Не имея возможности победить нас в открытом споре, они решили "
        "действовать иначе», — заявила она."
    )
    assert direct_speakers(text) == ["Марина Белова"]


def test_a_role_opening_the_document_is_the_next_named_speaker() -> None:
    text = (
        "Комментируя итоги года, министр отметил, что «дороги в регионе стали заметно лучше, чем пять лет "
        "назад».\n«Мы продолжим ремонт мостов и в следующем году, деньги на это уже выделены», — заявил "
        "Олег Ступин."
    )
    assert direct_speakers(text) == ["Олег Ступин", "Олег Ступин"]


def test_a_role_after_someone_was_named_needs_an_adding_verb() -> None:
    text = (
        "Вадим Крылов покинул пост. Комментируя итоги года, министр отметил, что «дороги в регионе стали "
        "заметно лучше, чем пять лет назад».\n«Мы продолжим ремонт мостов и в следующем году, деньги на это "
        "уже выделены», — заявил Олег Ступин."
    )
    assert direct_speakers(text)[0] != "Олег Ступин"


def test_a_town_after_de_is_not_part_of_the_mayors_name() -> None:
    doc = analyze_text("Devant les habitants, le maire de Saint-Sever Arnaud Tauzin a pris la parole hier.")
    assert [a.text for a in doc.layer("entities") if a.label == "PER"] == ["Arnaud Tauzin"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Les élus se sont réunis. « Les violences touchent aussi les petites villes de la région », ajoute "
         "Sophie, une habitante du quartier.", ["Sophie"]),
        ("Les élus se sont réunis. Pour Claire, ancienne adjointe, « il faut être solidaire de tous les élus "
         "sans exception ».", ["Claire"]),
        # the first quote has a holder of its own ("Pour Claire,"): not the next one's speaker
        ("Les élus se sont réunis. Pour Claire, « il faut être solidaire de tous les élus sans exception ». "
         "« La fonction de maire est devenue très difficile », ajoute Sophie, une habitante.",
         ["Claire", "Sophie"]),
    ],
)  # fmt: skip
def test_fr_one_given_name_with_an_apposition_or_an_opinion_opening(text: str, speakers: list[str]) -> None:
    assert direct_speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Опыт и знания нового министра помогут ведомству выполнить все задачи», — обозначил Олег Крылов.",
         "Олег Крылов"),
        ("Президент Олег Крылов провел совещание. После доклада министра президент объявил: «Мы прервемся "
         "минут на пятнадцать, потом продолжим работу».", "Олег Крылов"),
        ("Пресс-секретарь Олег Крылов опроверг эту информацию. По его словам, ему «ничего не известно о "
         "таких планах правительства».", "Олег Крылов"),
    ],
)  # fmt: skip
def test_ru_more_reporting_verbs(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        f"Суд арестовал Вадима Ступина. {_QUOTE}, — сказал он.",
        f"Вадима Ступина арестовали в среду. {_QUOTE}, — сказал он.",
    ],
)
def test_ru_a_pronoun_does_not_take_up_a_man_named_as_an_object(text: str) -> None:
    assert direct_speakers(text) == [None]


def test_ru_a_pronoun_takes_up_the_subject_in_the_nominative() -> None:
    assert direct_speakers(f"Вадим Ступин приехал в суд. {_QUOTE}, — сказал он.") == ["Вадим Ступин"]
