"""rasid.dates.v1, round 2: what a French or Russian relative expression resolves to — against a publication
date known only to its month or year, with the weekday written beside a date without its year, a day of a
relative year. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract.dates import dates_stage
from rasid.extract.published import published_stage
from rasid.model import Document


def _dates(text: str, published: str | None, language: str = "fr") -> list[tuple[str, object]]:
    doc = published_stage(Document(text=text, published=published, language=language), {})
    doc = dates_stage(doc, {})
    return [(a.text, a.attrs["value"]) for a in doc.layer("dates")]


@pytest.mark.parametrize(
    ("text", "published", "language", "evidence", "value"),
    [
        # a publication month resolves years and months, not days
        ("L'an dernier, la junte avait fermé la frontière.", "2023-03", "fr", "L'an dernier", "2022"),
        ("Cette année, les pluies sont arrivées tôt.", "2023-03", "fr", "Cette année", "2023"),
        ("Le convoi a été attaqué le mois dernier.", "2023-03", "fr", "le mois dernier", "2023-02"),
        ("Les élections ont eu lieu le 25 novembre.", "2023-03", "fr", "25 novembre", "2022-11-25"),
        ("В прошлом месяце армия вывела войска.", "2021-10", "ru", "В прошлом месяце", "2021-09"),
        ("В этом году урожай ниже.", "2021-10", "ru", "В этом году", "2021"),
        # a publication year alone resolves only years
        ("В прошлом году посольство закрылось.", "2019", "ru", "В прошлом году", "2018"),
        ("Il est rentré l'an dernier.", "2019", "fr", "l'an dernier", "2018"),
    ],
)
def test_coarse_publication_date_resolves_what_is_no_finer(
    text: str, published: str, language: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, published, language)


@pytest.mark.parametrize(
    ("text", "published", "language", "evidence"),
    [
        ("Mardi, le ministre a démissionné.", "2023-03", "fr", "Mardi"),
        ("Il est arrivé hier à Niamey.", "2023-03", "fr", "hier"),
        ("В среду министр подал в отставку.", "2021-10", "ru", "среду"),
        ("Le mois dernier, il pleuvait.", "2019", "fr", "Le mois dernier"),
    ],
)
def test_coarse_publication_date_leaves_finer_values_open(
    text: str, published: str, language: str, evidence: str
) -> None:
    found = dict(_dates(text, published, language))
    assert evidence in found and found[evidence] is None


@pytest.mark.parametrize(
    ("text", "published", "language", "evidence", "value"),
    [
        # the nearest 25 November to a January text is last year's, and it was a Saturday in 2023
        (
            "Ils ont défilé samedi 25 novembre dans la capitale.",
            "2024-01-20",
            "fr",
            "samedi 25 novembre",
            "2023-11-25",
        ),
        # a future-sounding sentence would pick next year's; the weekday says this year's
        (
            "Le sommet se tiendra mardi 3 décembre à Dakar.",
            "2024-01-20",
            "fr",
            "mardi 3 décembre",
            "2024-12-03",
        ),
        (
            "Митинг прошёл в воскресенье, 5 марта, в центре города.",
            "2023-03-07",
            "ru",
            "воскресенье, 5 марта",
            "2023-03-05",
        ),
    ],
)
def test_weekday_beside_a_date_without_year_picks_the_year(
    text: str, published: str, language: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, published, language)


@pytest.mark.parametrize(
    ("text", "language", "evidence", "value"),
    [
        (
            "Договор подписали 30 сентября прошлого года в Бамако.",
            "ru",
            "30 сентября прошлого года",
            "2023-09-30",
        ),
        (
            "L'accord a été signé le 12 mars de l'année dernière.",
            "fr",
            "12 mars de l'année dernière",
            "2023-03-12",
        ),
    ],
)
def test_day_of_a_relative_year(text: str, language: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "2024-05-08", language)


def test_year_of_an_earlier_line_is_not_carried_into_the_next() -> None:
    text = "Mis à jour le 4 janvier 2024\nLe 29 décembre, des hommes armés ont attaqué un poste."
    assert ("29 décembre", "2023-12-29") in _dates(text, "2024-01-04")
    same_sentence = "En 2019, le 29 décembre, des hommes armés ont attaqué un poste."
    assert ("29 décembre", "2019-12-29") in _dates(same_sentence, "2024-01-04")


def test_a_headline_line_does_not_lend_its_tense_to_the_next() -> None:
    text = "Le président se rendra au Mali\nMardi, des soldats ont été tués à Gao."
    assert ("Mardi", "2024-05-07") in _dates(text, "2024-05-08")


@pytest.mark.parametrize(
    ("text", "language", "evidence", "value"),
    [
        # this week's weekday, before or after the writing as the tense says (2024-05-08 is a Wednesday)
        ("В этот понедельник депутаты уже обсуждали закон.", "ru", "В этот понедельник", "2024-05-06"),
        ("В эту пятницу депутаты будут голосовать за закон.", "ru", "В эту пятницу", "2024-05-10"),
        # a weekday something starts from is the coming one
        ("Les écoles ferment dès lundi dans la région.", "fr", "dès lundi", "2024-05-13"),
        # the week before as a subject, the last day's count
        ("Прошлая неделя оказалась самой жаркой.", "ru", "Прошлая неделя", "2024-W18"),
        ("За минувший день в регионе выявили 40 случаев.", "ru", "За минувший день", "2024-05-08"),
        # накануне before a subject and its past verb is the day before; before a genitive, the eve of an event
        ("Напомним, накануне губернатор Иван Петров заявил о отставке.", "ru", "накануне", "2024-05-07"),
        ("Накануне саммита министр заявил о переговорах.", "ru", "Накануне", "PAST_REF"),
    ],
)
def test_this_weeks_weekdays_and_russian_relative_words(
    text: str, language: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, "2024-05-08", language)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Ce week-end, des pluies ont inondé le nord.", "2024-05-08", "2024-W18"),  # past: the one just gone
        ("Ce week-end, la ministre se rendra à Mopti.", "2024-05-06", "2024-W19"),  # future: the coming one
        (
            "Ce week-end, marché de producteurs sur la place.",
            "2024-05-09",
            "2024-W19",
        ),  # no tense: the nearest
        ("Ce week-end, marché de producteurs sur la place.", "2024-05-06", "2024-W18"),
    ],
)
def test_this_weekend_follows_its_tense_else_the_nearest(text: str, published: str, value: str) -> None:
    assert ("Ce week-end", value) in _dates(text, published)


def test_a_decade_word_before_age_is_an_age() -> None:
    assert _dates("توفي الشاعر وهو في السبعينيات من عمره.", "2024-05-08", "ar") == []
    assert ("السبعينيات", "197X") in _dates("هاجر إلى باريس في السبعينيات.", "2024-05-08", "ar")


@pytest.mark.parametrize(
    ("text", "language", "evidence", "value"),
    [
        ("Les magasins seront pris d'assaut avant le week-end.", "fr", "avant le week-end", "2024-W19"),
        ("Le congrès se réunira au début du mois de juin.", "fr", "juin", "2024-06"),
        ("2024-5-7 09:30 | Новости региона", "ru", "2024-5-7", "2024-05-07"),
        ("Окончательное решение будет объявлено позже.", "ru", "позже", "FUTURE_REF"),
    ],
)
def test_round2_forms(text: str, language: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "2024-05-08", language)


def test_later_after_past_events_is_no_date() -> None:
    found = _dates("Однако позже пресс-служба отменила встречу.", "2024-05-08", "ru")
    assert not any(value == "FUTURE_REF" for _, value in found)


def test_a_stored_page_date_is_a_date_and_dates_the_page() -> None:
    # a month after a date label is a date; with a publication month it resolves the year-level expressions
    text = " date 2024-02 Des soldats ont été tués ce mercredi. L'an dernier déjà, la route était coupée."
    found = _dates(text, "2024-02")
    assert ("2024-02", "2024-02") in found and ("L'an dernier", "2023") in found
    assert dict(found)["mercredi"] is None
    # a day after a date label at the start dates the page when nothing else does
    doc = dates_stage(Document(text=" date 2022-05-15 Il a parlé hier.", language="fr"), {})
    assert doc.published == "2022-05-15"
    assert [(a.text, a.attrs["value"]) for a in doc.layer("dates")][-1] == ("hier", "2022-05-14")
    assert _dates("Le compteur affichait 2024-02 hier.", None) == [("hier", None)]


@pytest.mark.parametrize(
    ("text", "language", "evidence", "value"),
    [
        ("Les derniers soldats partiront d'ici la fin de l'année.", "fr", "la fin de l'année", "2024"),
        ("Мост обещают достроить до конца года.", "ru", "до конца года", "2024"),
        ("В настоящий момент переговоры продолжаются.", "ru", "В настоящий момент", "PRESENT_REF"),
    ],
)
def test_end_of_the_year_and_present(text: str, language: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "2024-05-08", language)


@pytest.mark.parametrize(
    ("text", "language", "evidence", "value"),
    [
        ("Le verdict sera rendu après-demain.", "fr", "après-demain", "2024-05-10"),
        ("Послезавтра начнутся переговоры.", "ru", "Послезавтра", "2024-05-10"),
        ("The envoys met the day before yesterday.", "en", "the day before yesterday", "2024-05-06"),
    ],
)
def test_two_days_away(text: str, language: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "2024-05-08", language)


def test_a_tense_cue_in_another_clause_counts_for_less() -> None:
    text = "Le ministre, qui doit se rendre à Niamey vendredi, a affirmé mardi que tout était calme."
    found = _dates(text, "2024-05-08")
    assert ("vendredi", "2024-05-10") in found and ("mardi", "2024-05-07") in found
    # with no cue in its own clause, the other clause's still decides
    assert ("Lundi", "2024-05-13") in _dates("Lundi, il donnera une conférence à Dakar.", "2024-05-08")
