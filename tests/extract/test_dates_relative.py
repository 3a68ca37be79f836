"""rasid.dates.v1: relative forms of real news resolved against the publication date — the weekend,
parts of the week and year, the last 24 hours, a day "of this month", abbreviated dateline months,
Russian genitive weekdays — with the words that look like them and are not dates. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from rasid.extract.dates import dates_stage
from rasid.model import Document

#: A Wednesday.
PUBLISHED = "2024-05-08"


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, object]]:
    doc = dates_stage(Document(text=text, published=published), {})
    return [(a.text, a.attrs["value"]) for a in doc.layer("dates")]


@pytest.mark.parametrize(
    ("text", "evidence", "value"),
    [
        # the weekend just past: its Saturday's ISO week
        ("Trois soldats ont été tués le week-end près de Djibo.", "le week-end", "2024-W18"),
        ("Two convoys were ambushed over the weekend near Gao.", "over the weekend", "2024-W18"),
        ("В выходные колонна попала в засаду.", "В выходные", "2024-W18"),
        ("وقع الهجوم خلال عطلة نهاية الأسبوع قرب تمبكتو.", "خلال عطلة نهاية الأسبوع", "2024-W18"),
        # parts of the current week, month and year
        ("Le ministre l'a annoncé en début de semaine.", "en début de semaine", "2024-W19"),
        ("The envoy arrived earlier this week.", "earlier this week", "2024-W19"),
        ("Mais au début de l'année, la junte a changé d'allié.", "au début de l'année", "2024"),
        ("С начала года погибли сотни человек.", "С начала года", "2024"),
        ("قتل العشرات منذ بداية العام في المنطقة.", "منذ بداية العام", "2024"),
        ("شن مسلحون هجمات في نهاية الأسبوع على مواقع عسكرية.", "في نهاية الأسبوع", "2024-W18"),
        ("ووقع الهجوم الأخير أمس الأول قرب الحدود.", "أمس الأول", "2024-05-06"),
        ("Plusieurs rapports ont été publiés ces derniers jours.", "ces derniers jours", "PAST_REF"),
        # the last 24 hours
        (
            "Au cours des dernières 24 heures, cinq villages ont été attaqués.",
            "Au cours des dernières 24 heures",
            "2024-05-08",
        ),
        ("За последние сутки армия провела три операции.", "За последние сутки", "2024-05-08"),
        ("سقط عشرة قتلى خلال الساعات الـ24 الماضية.", "خلال الساعات الـ24 الماضية", "2024-05-08"),
        # a day of the month of writing
        ("La réunion du 12 courant a été reportée.", "12 courant", "2024-05-12"),
        ("وصل الوفد في 3 الجاري إلى نيامي.", "في 3 الجاري", "2024-05-03"),
        # abbreviated months of datelines
        ("Bamako, 25 juil 2017 (AFP) - Le marché a brûlé.", "25 juil 2017", "2017-07-25"),
        ("НИАМЕЙ, 21 авг 2023. Переговоры продолжаются.", "21 авг 2023", "2023-08-21"),
        # a month of the year before or of this one
        ("وفي مارس من العام الماضي صرح الوزير بذلك.", "مارس من العام الماضي", "2023-03"),
        ("В марте прошлого года колонна вышла из Гао.", "марте прошлого года", "2023-03"),
        ("The deal was signed in March of last year.", "March of last year", "2023-03"),
        ("Les troupes sont arrivées en août de cette année.", "août de cette année", "2024-08"),
        # Russian genitive weekdays after с/до/утра
        ("С утра среды в районе слышна стрельба.", "среды", "2024-05-08"),
        ("Бои шли до пятницы.", "пятницы", "2024-05-03"),
    ],
)
def test_dates_relative_forms(text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Охрана окружающей среды важна для региона.",  # среды: environments
        "Le courant a été coupé à Bamako.",  # courant: electricity, no day
        "Les avrils de la région sont secs.",
    ],
)
def test_dates_relative_look_alikes_are_not_dates(text: str) -> None:
    assert _dates(text) == []


def test_dates_relative_a_year_written_after_wins() -> None:
    # "at the start of the year 2023": the year written after says which year; one annotation, not two
    assert _dates("Au début de l'année 2023, les troupes sont parties.") == [("2023", "2023")]
    assert _dates("С начала года 2023 погибли сотни человек.") == [("2023", "2023")]


def test_dates_relative_unresolved_without_a_publication_date() -> None:
    found = dict(_dates("Deux attaques ont eu lieu le week-end.", published=None))
    assert found == {"le week-end": None}


def test_dates_relative_weekend_on_a_sunday_is_that_weekend() -> None:
    assert ("over the weekend", "2024-W19") in _dates(
        "Rebels attacked over the weekend.", published="2024-05-12"
    )
