"""rasid.dates.v1: forms of real news whose value depends on more than the words of the date — the tense of
the sentence around a weekday or a weekend (before or after it), months listed before the one that carries
the year, a day of next or last month, American numeric dates. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract.dates import dates_stage
from rasid.model import Document

#: A Thursday.
PUBLISHED = "2024-03-14"


def _dates(text: str, language: str, published: str | None = PUBLISHED) -> list[tuple[str, object]]:
    doc = dates_stage(Document(text=text, language=language, published=published), {})
    return [(a.text, a.attrs["value"]) for a in doc.layer("dates")]


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        # a future tense after the weekday ("Lundi, il donnera…") or well before it makes it the next one
        ("fr", "Lundi, le ministre présentera son plan aux syndicats.", "Lundi", "2024-03-18"),
        ("fr", "Samedi, la délégation se rendra à Niamey pour deux jours.", "Samedi", "2024-03-16"),
        (
            "fr",
            "Le président annoncera, lors d'un discours télévisé lundi, ses premières mesures.",
            "lundi",
            "2024-03-18",
        ),
        (
            "en",
            "The two teams will meet again in the cup when the visitors travel north on Tuesday night.",
            "Tuesday night",
            "2024-03-19",
        ),
        ("en", "Officials say the talks are going to resume Monday in Doha.", "Monday", "2024-03-18"),
        ("ru", "В понедельник состоится встреча министров.", "понедельник", "2024-03-18"),
        ("ar", "ومن المقرر أن يصل الوفد إلى الرياض يوم الأحد.", "الأحد", "2024-03-17"),
        # a past tense nearer than a future one keeps the last one
        ("fr", "Le palais a annoncé dimanche que le roi sera reçu à Rabat.", "dimanche", "2024-03-10"),
        (
            "en",
            "Prices have fallen since Friday, when the minister unveiled his plans to cut taxes.",
            "Friday",
            "2024-03-08",
        ),
        ("en", "The minister said on Monday that the bill will pass.", "Monday", "2024-03-11"),
        ("ru", "Во вторник министр заявил, что договор будет подписан.", "вторник", "2024-03-12"),
        # no tense cue: news reports the past
        ("fr", "Le convoi a été attaqué mardi près de Gao.", "mardi", "2024-03-12"),
        ("ar", "التقى الوزير نظيره الفرنسي يوم الثلاثاء في باريس.", "الثلاثاء", "2024-03-12"),
        # "sa", "sont", "front" are not future tenses
        ("fr", "Mardi, sa famille et ses proches sont venus du front.", "Mardi", "2024-03-12"),
        # the day of writing, when the text speaks of it in the future
        ("en", "Parliament will vote on Thursday on the new budget.", "Thursday", "2024-03-14"),
    ],
)
def test_weekday_tense(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


def test_french_future_endings_are_french_only() -> None:
    # "camera" ends like a French future; in English it is a noun, and the weekday stays in the past
    assert ("Monday", "2024-03-11") in _dates("A camera filmed the crowd on Monday near the stadium.", "en")


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        # the weekend to come when the sentence speaks of the future, else the one under way or just past
        ("en", "The envoy will travel to Cairo over the weekend.", "over the weekend", "2024-W11"),
        ("en", "Two ships were seized over the weekend.", "over the weekend", "2024-W10"),
        (
            "fr",
            "Les ministres se retrouveront pendant le week-end à Dakar.",
            "pendant le week-end",
            "2024-W11",
        ),
        ("en", "Police said the fight broke out over the week-end.", "over the week-end", "2024-W10"),
    ],
)
def test_weekend_tense(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        ("en", "The form was filed on 11-23-2021 by the clerk.", "11-23-2021", "2021-11-23"),
        ("en", "Officers arrived on 4/30/2019 shortly after midnight.", "4/30/2019", "2019-04-30"),
        # day first whenever it can be
        ("fr", "Le décret du 05/04/2019 reste en vigueur.", "05/04/2019", "2019-04-05"),
    ],
)
def test_numeric_month_first_only_when_day_first_cannot_be(
    language: str, text: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The agency expects a deficit by the end of 2027.", "2027"),
        ("fr", "Le pays vise la neutralité carbone d'ici à 2045.", "2045"),
        ("ru", "Доходы выросли по сравнению с 2019-го.", "2019"),
        ("ar", "ويبقى الوضع هادئا في الوقت الحاضر.", "PRESENT_REF"),
        ("ru", "Цены на хлеб за минувшую неделю выросли.", "2024-W10"),
    ],
)
def test_cued_years_and_references(language: str, text: str, value: str) -> None:
    assert value in [v for _, v in _dates(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # months listed before the one that carries the year take its year, written or relative
        ("en", "Exports fell in May and June 2021.", [("May", "2021-05"), ("June 2021", "2021-06")]),
        (
            "ar",
            "تنظم الوزارة ثلاث دورات في سبتمبر وأكتوبر ونوفمبر من العام الجاري.",
            [("سبتمبر", "2024-09"), ("أكتوبر", "2024-10")],
        ),
        (
            "fr",
            "Les récoltes de juillet, août et septembre 2022 ont été faibles.",
            [("juillet", "2022-07"), ("août", "2022-08")],
        ),
        ("ru", "Выборы прошли в марте и апреле прошлого года.", [("марте", "2023-03")]),
    ],
)
def test_listed_months_share_the_year(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = _dates(text, language)
    for pair in expected:
        assert pair in found


def test_months_side_by_side_without_joiner_are_not_a_list() -> None:
    # "فبراير شباط": two names of one month, not February listed before another month
    found = _dates("وتنتهي المهلة في فبراير شباط 2025.", "ar")
    assert [v for _, v in found] == ["2025-02"]


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        ("ar", "ويعقد الاجتماع في الخامس من الشهر المقبل بالرياض.", "الخامس من الشهر المقبل", "2024-04-05"),
        ("ar", "وكان الحادث قد وقع في 20 من الشهر الماضي.", "20 من الشهر الماضي", "2024-02-20"),
        ("fr", "L'accord entrera en vigueur le 8 du mois prochain.", "8 du mois prochain", "2024-04-08"),
        ("en", "The ban starts on the 3rd of next month.", "3rd of next month", "2024-04-03"),
        (
            "ru",
            "Закон вступит в силу 10-го числа следующего месяца.",
            "10-го числа следующего месяца",
            "2024-04-10",
        ),
    ],
)
def test_day_of_a_relative_month(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


def test_day_of_a_relative_month_that_has_no_such_day_stays_unresolved() -> None:
    # February 2024 has no 30th: no value is invented
    assert ("30 من الشهر الماضي", None) in _dates("وقع ذلك في 30 من الشهر الماضي.", "ar")


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        # recent and coming weeks, months, years and periods, as the recent days already were (TimeML refs)
        ("ar", "وتراجعت المبيعات في الفترة الأخيرة بشكل ملحوظ.", "في الفترة الأخيرة", "PAST_REF"),
        ("ar", "وشهدت المدينة نموا كبيرا خلال السنوات الماضية.", "خلال السنوات الماضية", "PAST_REF"),
        (
            "ar",
            "ويتوقع أن ترتفع الأسعار خلال الأيام القليلة المقبلة.",
            "خلال الأيام القليلة المقبلة",
            "FUTURE_REF",
        ),
        ("ar", "وسيتم توسيع المشروع في المستقبل.", "في المستقبل", "FUTURE_REF"),
        ("en", "Attacks have grown in recent months.", "in recent months", "PAST_REF"),
        ("fr", "Le chantier reprendra dans les prochains jours.", "dans les prochains jours", "FUTURE_REF"),
        ("ru", "Цены выросли в последние годы.", "в последние годы", "PAST_REF"),
    ],
)
def test_recent_and_coming_periods(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


def test_future_as_a_noun_is_no_date() -> None:
    # "المستقبل" alone (the name of a party, "the future" as a subject) places nothing on the calendar
    assert _dates("وقال إن المستقبل مشرق.", "ar") == []


@pytest.mark.parametrize(
    ("text", "published", "evidence", "value"),
    [
        # the weekday a relative day names is the day meant, when the publication date is a day or two late
        ("وافتتح الأمير المعرض اليوم الأربعاء في جدة.", "2024-03-14", "اليوم الأربعاء", "2024-03-13"),
        ("وكان الوزير قد وصل أمس الثلاثاء إلى عمان.", "2024-03-14", "أمس الثلاثاء", "2024-03-12"),
        ("وتنطلق المباراة مساء غد الجمعة.", "2024-03-16", "مساء غد الجمعة", "2024-03-15"),
        # and agrees with it otherwise
        ("وافتتح الأمير المعرض اليوم الخميس في جدة.", "2024-03-14", "اليوم الخميس", "2024-03-14"),
    ],
)
def test_relative_day_takes_the_weekday_it_names(
    text: str, published: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, "ar", published)


@pytest.mark.parametrize(
    ("text", "evidence", "value"),
    [
        ("وتراجعت الأسهم في بداية الأسبوع قبل أن تتعافى.", "بداية الأسبوع", "2024-W11"),
        ("ويستمر العرض حتى نهاية الشهر الجاري.", "نهاية الشهر الجاري", "2024-03"),
        ("وتكتمل الأعمال في أواخر العام الحالي.", "أواخر العام الحالي", "2024"),
    ],
)
def test_parts_of_the_current_week_month_and_year(text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "ar")


@pytest.mark.parametrize(
    ("text", "evidence", "value"),
    [
        # "накануне" alone is the day before the writing
        ("Об этом заявил накануне глава ведомства.", "накануне", "2024-03-13"),
        ("Накануне вечером посольство опубликовало заявление.", "Накануне вечером", "2024-03-13"),
        ("Переговоры прошли накануне.", "накануне", "2024-03-13"),
        # before an event it is that event's eve: a vague past reference
        ("Накануне саммита лидеры обменялись письмами.", "Накануне", "PAST_REF"),
    ],
)
def test_eve_is_yesterday_when_alone(text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        # a part of the day written with a weekday belongs to its span
        ("ar", "وأعلنت الوزارة مساء يوم الأحد عن خطة جديدة.", "مساء يوم الأحد", "2024-03-10"),
        ("en", "Rebels shelled the town late Sunday.", "late Sunday", "2024-03-10"),
        ("en", "The vote was held Tuesday night.", "Tuesday night", "2024-03-12"),
        ("fr", "Le parlement a voté mardi soir la loi.", "mardi soir", "2024-03-12"),
        ("ru", "В среду вечером министр прилетел в Бамако.", "среду вечером", "2024-03-13"),
    ],
)
def test_weekday_span_takes_the_part_of_the_day(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("text", "evidence", "value"),
    [
        # numeric dates as Saudi papers write them: year first, a calendar mark after the year
        ("وصدر التعميم بتاريخ 1437/2/14هـ إلى جميع الإدارات.", "1437/2/14هـ", "1437-02-14"),
        ("وانطلق البرنامج في 2016/11/3م بحضور المحافظ.", "2016/11/3م", "2016-11-03"),
        ("وانتهى التسجيل في 30/11/2016م دون تمديد.", "30/11/2016م", "2016-11-30"),
        # a weekday and the date it corresponds to are one date
        ("ويبدأ الدوام يوم الأحد الموافق 4/12/2016م.", "الأحد الموافق 4/12/2016م", "2016-12-04"),
        # a Hijri month of a Hijri year written after "من عام"
        ("وولد في شهر صفر من عام 1390هـ بمكة.", "شهر صفر من عام 1390هـ", "1390-02"),
        # an "ago" of about so long
        ("وأعلنت الشركة الخطة قبل نحو أسبوعين.", "قبل نحو أسبوعين", "2024-W09"),
        ("La mine a fermé il y a environ trois mois.", "il y a environ trois mois", "2023-12"),
        # tomorrow with a part of the day
        ("ويلتقي الفريقان مساء الغد في جدة.", "مساء الغد", "2024-03-15"),
    ],
)
def test_saudi_numeric_and_other_forms(text: str, evidence: str, value: str) -> None:
    language = "fr" if text.startswith("La ") else "ar"
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("text", "evidence", "value"),
    [
        # the article joined to a preposition
        ("ووضعت الشركة خطتها للعام المقبل.", "للعام المقبل", "2025"),
        ("وكانت الأسعار أعلى بالأمس.", "بالأمس", "2024-03-13"),
        # a relative day and the date after it, in brackets, are one span
        ("وقبض عليه أمس الأربعاء (13 مارس) في المطار.", "أمس الأربعاء (13 مارس", "2024-03-13"),
        # a weekday in quotation marks after a relative day
        ("ومنح المدرب لاعبيه راحة أمس «الأربعاء».", "أمس «الأربعاء»", "2024-03-13"),
        # months listed with a plural "next"
        ("وسيزور الوفد المملكة في أبريل أو مايو المقبلين.", "أبريل", "2024-04"),
        # years listed after a plural cue
        ("وفاز المنتخب باللقب أعوام 1994 و1998.", "1994", "1994"),
    ],
)
def test_more_arabic_forms(text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, "ar")


def test_for_the_nth_day_is_not_today() -> None:
    assert _dates("وتراجعت الأسهم لليوم الخامس على التوالي.", "ar") == []
    assert _dates("وفي اليوم السابع من المهرجان تقام الحفلات.", "ar") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a vague reference right before a date narrows it: one span, the date's value
        (
            "en",
            "The ministry said earlier on Monday that the border was closed.",
            [("earlier on Monday", "2024-03-11")],
        ),
        ("ru", "Ранее на этой неделе посол вручил ноту.", [("Ранее на этой неделе", "2024-W11")]),
        ("ar", "وكان الجيش قد أعلن في وقت سابق اليوم عن العملية.", [("في وقت سابق اليوم", "2024-03-14")]),
        # a part of a month stays in its span
        ("fr", "Les élections auront lieu fin juin.", [("fin juin", "2024-06")]),
        ("en", "The mission ended in late January.", [("late January", "2024-01")]),
        ("ar", "ووصلت القوات منتصف فبراير.", [("منتصف فبراير", "2024-02")]),
        # the two days of one night follow each other, whatever the day of publication
        (
            "fr",
            "Des drones ont frappé la base dans la nuit de jeudi à vendredi.",
            [("jeudi", "2024-03-07"), ("vendredi", "2024-03-08")],
        ),
        (
            "ar",
            "وقتل ثلاثة جنود ليلة الخميس الجمعة في كمين.",
            [("ليلة الخميس", "2024-03-07"), ("الجمعة", "2024-03-08")],
        ),
    ],
)
def test_spans_that_belong_together(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        # a date without its year in a sentence about the future is the next one
        ("fr", "Les élections législatives auront lieu en février.", "février", "2025-02"),
        ("en", "The summit will be held on February 3 in Addis Ababa.", "February 3", "2025-02-03"),
        ("en", "Talks are set to resume in September.", "September", "2024-09"),
        # and the nearest one otherwise, as before
        ("en", "The summit was held on February 3 in Addis Ababa.", "February 3", "2024-02-03"),
        ("en", "The ceasefire was agreed in September.", "September", "2023-09"),
    ],
)
def test_year_of_a_future_date(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # two years in a row are dates, with a cue before them or a dash between them
        ("en", "Between 2011 and 2016 exports doubled.", ["2011", "2016"]),
        ("fr", "Entre 2011 et 2016, les exportations ont doublé.", ["2011", "2016"]),
        ("ar", "حكمت الحركة البلاد من 1996 إلى 2001.", ["1996", "2001"]),
        ("en", "The 2019-2020 season was cut short.", ["2019", "2020"]),
        # counts are not
        ("fr", "Entre 2000 et 3000 manifestants ont défilé.", []),
        ("en", "Between 1500 and 2000 people gathered.", []),
        ("en", "Some 2010 and 2014 voters stayed home.", []),
    ],
)
def test_two_years_in_a_row(language: str, text: str, expected: list[str]) -> None:
    assert [v for _, v in _dates(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        ("ru", "Летом прошлого года войска покинули базу.", "Летом прошлого года", "2023-SU"),
        ("en", "Talks stalled in the winter of last year.", "winter of last year", "2023-WI"),
        ("ar", "وصدر القرار في 1437-03-12هـ.", "1437-03-12هـ", "1437-03-12"),
    ],
)
def test_season_of_a_relative_year_and_dashed_hijri(
    language: str, text: str, evidence: str, value: str
) -> None:
    assert (evidence, value) in _dates(text, language)


@pytest.mark.parametrize(
    ("language", "text", "evidence", "value"),
    [
        ("en", "Posted 3 Feb 2024 by the desk.", "3 Feb 2024", "2024-02-03"),
        ("ru", "Москва, 3 фев. 2024 г. Делегация прибыла.", "3 фев. 2024 г.", "2024-02-03"),
    ],
)
def test_month_abbreviations(language: str, text: str, evidence: str, value: str) -> None:
    assert (evidence, value) in _dates(text, language)


def test_abbreviation_without_a_number_is_no_month() -> None:
    assert _dates("Jan Egeland met the envoy.", "en") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the first day of a range written once is a date of its own
        (
            "ar",
            "ويقام المعرض من 5 إلى 7 أبريل المقبل.",
            [("5", "2024-04-05"), ("7 أبريل المقبل", "2024-04-07")],
        ),
        (
            "ar",
            "ويقام الحفل يومي 13 و14 أبريل الجاري.",
            [("13", "2024-04-13"), ("14 أبريل الجاري", "2024-04-14")],
        ),
        (
            "fr",
            "Le salon se tient du 3 au 5 mars 2023.",
            [("3", "2023-03-03"), ("5 mars 2023", "2023-03-05")],
        ),
    ],
)
def test_range_first_day(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, language) == expected


def test_hijri_year_after_a_year_word_needs_no_mark() -> None:
    found = _dates("وتأسست الجمعية عام 1430 في جدة.", "ar")
    assert found == [("عام 1430", "1430")]
    assert _dates("وبلغ المبلغ 1436 ريالا.", "ar") == []
