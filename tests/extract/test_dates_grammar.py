"""rasid.dates.v1 on the date forms of real news, per language: bare years, relative expressions
resolved against the publication date, TimeML references, seasons, decades, centuries and Hijri
dates (sentences written for these tests, in the shapes news uses)."""

from __future__ import annotations

import pytest

from rasid.extract.dates import dates_stage, gregorian_to_hijri, hijri_to_gregorian
from rasid.model import Document

#: A Tuesday; 5 Shawwal 1436 in the tabular Hijri calendar.
PUBLISHED = "2015-07-21"


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, object, object]]:
    doc = dates_stage(Document(text=text, published=published), {})
    return [(a.text, a.attrs["value"], a.attrs["precision"]) for a in doc.layer("dates")]


@pytest.mark.parametrize(
    ("text", "evidence", "value", "precision"),
    [
        # bare years: after a cue, in parentheses, marked م / году, listed after another year
        ("وقعت الاتفاقية عام 2003م في الرياض", "2003م", "2003", "year"),
        ("تأسس الحزب سنة 1990 في بغداد", "1990", "1990", "year"),
        ("La junte a pris le pouvoir en 2020.", "2020", "2020", "year"),
        ("В 2014 году начались бои.", "2014 году", "2014", "year"),
        ("The report (2019) found abuses.", "2019", "2019", "year"),
        ("وتم تعديلها في عامي 2010 و2012", "2012", "2012", "year"),
        ("The drones arrived in 2022 and 2023.", "2023", "2023", "year"),
        ("خلال الفترة 2006-2014", "2014", "2014", "year"),
        # explicit dates as news writes them
        (
            "قال الوزير يوم الثلاثاء 21 يوليو/تموز 2015 إن",
            "يوم الثلاثاء 21 يوليو/تموز 2015",
            "2015-07-21",
            "day",
        ),
        ("في 26 شباط (فبراير) عام 2016", "26 شباط (فبراير) عام 2016", "2016-02-26", "day"),
        ("في 26 فبراير شباط 2016 في زوريخ", "26 فبراير شباط 2016", "2016-02-26", "day"),
        ("Le 3 mars, le convoi est parti.", "3 mars", "2015-03-03", "day"),
        ("On March 3, the talks resumed.", "March 3", "2015-03-03", "day"),
        ("3 марта колонна вышла.", "3 марта", "2015-03-03", "day"),
        ("منذ بداية الصراع في مارس2011", "مارس2011", "2011-03", "month"),
        ("سينطلق في 31 / 7 / 2015", "31 / 7 / 2015", "2015-07-31", "day"),
        ("قتل بإطلاق النار في السادس من أغسطس آب", "السادس من أغسطس آب", "2015-08-06", "day"),
        ("منذ 2001 وحتى 2012", "2012", "2012", "year"),
        ("ارتفع العدد في العام الماضي 2014", "2014", "2014", "year"),
        ("نزلت عقود أيلول (سبتمبر) 87 سنتا", "أيلول (سبتمبر)", "2015-09", "month"),
        ("بالمقارنة بمايو (أيار) الماضي", "بمايو (أيار) الماضي", "2015-05", "month"),
        ("Début mars, les combats ont repris.", "Début mars", "2015-03", "month"),
        ("à la mi-janvier, le convoi est parti", "mi-janvier", "2015-01", "month"),
        ("Early March the army moved.", "Early March", "2015-03", "month"),
        ("В начале марта бои возобновились.", "начале марта", "2015-03", "month"),
        ("By mid-2024 it was over.", "2024", "2024", "year"),
        ("في الفترة من 3 إلى 5 مارس 2024 جرت مناورات", "5 مارس 2024", "2024-03-05", "day"),
        ("في الفترة من 3 إلى 5 مارس 2024 جرت مناورات", "3", "2024-03-03", "day"),
        ("3-5 марта 2024 года прошли учения.", "5 марта 2024 года", "2024-03-05", "day"),
        ("3-5 марта 2024 года прошли учения.", "3", "2024-03-03", "day"),
        # Hijri: the value in the Hijri calendar
        (
            "يبدأ العام الدراسي في الأول من شهر ذي القعدة القادم",
            "الأول من شهر ذي القعدة القادم",
            "1436-11-01",
            "day",
        ),
        ("وصل الوفد في 5 شوال 1436هـ الموافق", "5 شوال 1436هـ", "1436-10-05", "day"),
        ("للعام الدراسي 1436/1437هـ", "1436/1437هـ", "1436", "year"),
        ("حتى يوم الثلاثاء 3 / 11 / 1436هـ يتم التسجيل", "الثلاثاء 3 / 11 / 1436هـ", "1436-11-03", "day"),
        ("نشر يوم الاثنين 8 رجب 1436هـ العدد", "الاثنين 8 رجب 1436هـ", "1436-07-08", "day"),
        ("منذ شهر رمضان الماضي", "شهر رمضان الماضي", "1436-09", "month"),
        ("يبدأ العام الدراسي في 8 من شهر ذي القعدة", "8 من شهر ذي القعدة", "1436-11-08", "day"),
        # seasons, decades, centuries
        ("في صيف 2015 تسلم الجيش مروحيات", "صيف 2015", "2015-SU", "season"),
        ("وفي الصيف الماضي تجددت المعارك", "الصيف الماضي", "2014-SU", "season"),
        ("L'été dernier, les combats ont repris.", "L'été dernier", "2014-SU", "season"),
        ("In spring 2014 the town fell.", "spring 2014", "2014-SP", "season"),
        ("Летом 2015 года армия получила вертолеты.", "Летом 2015 года", "2015-SU", "season"),
        ("في الستينيات من القرن الماضي", "الستينيات من القرن الماضي", "196X", "decade"),
        ("منذ الأربعينيات الميلادية", "الأربعينيات الميلادية", "194X", "decade"),
        ("Dans les années 1990, le pays était calme.", "années 1990", "199X", "decade"),
        ("In the 1990s the region was calm.", "the 1990s", "199X", "decade"),
        ("В 1990-х годах регион был спокоен.", "1990-х годах", "199X", "decade"),
        ("وفي القرن العشرين اندلعت حروب", "القرن العشرين", "19XX", "century"),
        ("au XXe siècle, la France dominait", "XXe siècle", "19XX", "century"),
        ("the 20th century saw two wars", "20th century", "19XX", "century"),
        ("в XX веке было много войн", "XX веке", "19XX", "century"),
        ("منذ منتصف القرن الماضي", "القرن الماضي", "19XX", "century"),
    ],
)
def test_dates_grammar_forms(text: str, evidence: str, value: str, precision: str) -> None:
    assert (evidence, value, precision) in _dates(text)


@pytest.mark.parametrize(
    ("text", "evidence", "value", "precision"),
    [
        ("وصل الرئيس مساء أمس إلى الرياض", "مساء أمس", "2015-07-20", "day"),
        ("قتل عنصران صباح اليوم (الثلاثاء)", "صباح اليوم (الثلاثاء)", "2015-07-21", "day"),
        ("ويغادر غدا الأربعاء", "غدا الأربعاء", "2015-07-22", "day"),
        ("وقع الهجوم أول أمس", "أول أمس", "2015-07-19", "day"),
        ("أعلن الجيش الأحد سيطرته على المدينة", "الأحد", "2015-07-19", "day"),
        ("وأظهرت النتائج الأسبوع الجاري تحسنا", "الأسبوع الجاري", "2015-W30", "week"),
        ("وتراجعت الصادرات الشهر الماضي", "الشهر الماضي", "2015-06", "month"),
        ("أعلنت الوزارة الشهر الجاري خطة جديدة", "الشهر الجاري", "2015-07", "month"),
        ("وفي 20 يوليو الحالي", "20 يوليو الحالي", "2015-07-20", "day"),
        ("Le ministre est arrivé hier à Bamako.", "hier", "2015-07-20", "day"),
        ("a-t-il annoncé mardi", "mardi", "2015-07-21", "day"),
        ("Les combats ont repris la semaine dernière.", "la semaine dernière", "2015-W29", "week"),
        ("The convoy arrived yesterday.", "yesterday", "2015-07-20", "day"),
        ("Last month the junta expelled the envoy.", "Last month", "2015-06", "month"),
        ("Talks resume next week.", "next week", "2015-W31", "week"),
        ("Во вторник министр прибыл в Бамако.", "вторник", "2015-07-21", "day"),
        # a future marker shortly before a weekday makes it the next one
        ("سوف يزور الوزير باماكو الخميس", "الخميس", "2015-07-23", "day"),
        ("وصل الوزير إلى باماكو الخميس", "الخميس", "2015-07-16", "day"),
        ("The minister will visit Bamako on Thursday.", "Thursday", "2015-07-23", "day"),
        ("Встреча состоится в четверг.", "четверг", "2015-07-23", "day"),
        ("На прошлой неделе переговоры возобновились.", "На прошлой неделе", "2015-W29", "week"),
        ("Le week-end dernier, la ville est tombée.", "Le week-end dernier", "2015-W29", "week"),
        # "ago": a count and a unit
        ("وصل الوفد قبل يومين", "قبل يومين", "2015-07-19", "day"),
        ("قتل منذ ثلاثة أيام", "منذ ثلاثة أيام", "2015-07-18", "day"),
        ("The convoy left three days ago.", "three days ago", "2015-07-18", "day"),
        ("Il y a deux semaines, le convoi est parti.", "Il y a deux semaines", "2015-W28", "week"),
        ("Колонна ушла два дня назад.", "два дня назад", "2015-07-19", "day"),
        ("وقعت الاتفاقية قبل عامين", "قبل عامين", "2013", "year"),
        ("وصل الوفد قبل أيام", "قبل أيام", "PAST_REF", "ref"),
        ("a few weeks ago the talks stalled", "a few weeks ago", "PAST_REF", "ref"),
        # TimeML references do not need the publication date
        ("وأكد الوزير حاليا أن المفاوضات ستستأنف", "حاليا", "PRESENT_REF", "ref"),
        ("وكان قد زار موسكو مؤخرا", "مؤخرا", "PAST_REF", "ref"),
        ("ستستأنف المفاوضات قريبا", "قريبا", "FUTURE_REF", "ref"),
        ("Il est actuellement à Niamey.", "actuellement", "PRESENT_REF", "ref"),
        ("Talks recently stalled.", "recently", "PAST_REF", "ref"),
        ("Сейчас министр находится в Ниамее.", "Сейчас", "PRESENT_REF", "ref"),
    ],
)
def test_dates_grammar_relative_resolved(text: str, evidence: str, value: str, precision: str) -> None:
    assert (evidence, value, precision) in _dates(text)


@pytest.mark.parametrize(
    ("text", "value", "year_from"),
    [
        ("In 2011, on January 25, protesters marched.", "2011-01-25", "context"),
        ("في عام 2011، وفي 25 يناير خرج المتظاهرون", "2011-01-25", "context"),
        # another sentence: the year comes from the publication date
        ("Vote en 2012. Le 17 janvier, la junte a parlé.", "2015-01-17", None),
    ],
)
def test_dates_grammar_year_from_the_sentence(text: str, value: str, year_from: str | None) -> None:
    doc = dates_stage(Document(text=text, published=PUBLISHED), {})
    (day,) = [a for a in doc.layer("dates") if a.attrs["precision"] == "day"]
    assert day.attrs["value"] == value and day.attrs.get("year_from") == year_from
    assert list(day.attrs["inferred"]) == ["year"]


def test_dates_grammar_relative_attrs() -> None:
    doc = dates_stage(Document(text="غادر الوفد أمس. وسيعود قريبا. ووقعت الاتفاقية عام 2003م."), {})
    by_text = {a.text: a.attrs for a in doc.layer("dates")}
    assert by_text["أمس"]["value"] is None and by_text["أمس"]["relative"] is True
    assert by_text["قريبا"]["value"] == "FUTURE_REF" and by_text["قريبا"]["relative"] is True
    assert by_text["2003م"]["relative"] is False and by_text["2003م"]["calendar"] == "gregorian"


def test_dates_grammar_hijri_keeps_the_gregorian_beside() -> None:
    doc = dates_stage(Document(text="في 5 شوال 1436هـ"), {})
    (ann,) = doc.layer("dates")
    assert ann.attrs["calendar"] == "hijri" and ann.attrs["value"] == "1436-10-05"
    assert ann.attrs["gregorian"] == hijri_to_gregorian(1436, 10, 5).isoformat()


@pytest.mark.parametrize("iso", ["2015-07-21", "2024-03-11", "1979-11-20", "2000-02-29"])
def test_dates_grammar_gregorian_to_hijri_round_trips(iso: str) -> None:
    import datetime as dt

    date = dt.date.fromisoformat(iso)
    assert hijri_to_gregorian(*gregorian_to_hijri(date)) == date


@pytest.mark.parametrize(
    "text",
    [
        # years in names stay out
        "أطلقت المملكة رؤية 2030 الطموحة",
        "استضافت قطر بطولة كأس العالم 2022",
        "at the Army-2024 forum near Moscow",
        # quantities and idioms
        "قتل أكثر من 2000 شخص",
        "لن نقبل بهذا بعد الآن",
        "خطبة الجمعة في المسجد الكبير",
        "الواحد الأحد",
        "Защита окружающей среды важна.",
        # a newspaper named «اليوم» is not today
        'وقال لـ"اليوم" إن المشروع اكتمل',
        # a season or Hijri month name alone
        "In summer the heat is unbearable.",
        "التقى رجب بصديقه",
        # آب is also "a father": a month only with a day, a year, a relative word or its other name
        "ولد من أب سعودي",
        # a weak cue before a month name that is also a word: "whoever practised sport"
        "وأكد أن من مارس الرياضة استفاد",
        # a duration, and a time before an event
        "يعيش هنا منذ ثلاث سنوات",
        "وصل قبل يومين من الانتخابات",
    ],
)
def test_dates_grammar_no_date(text: str) -> None:
    assert _dates(text) == []


def test_dates_grammar_hijri_dateline_gives_a_gregorian_publication_date() -> None:
    doc = dates_stage(Document(text="الرياض - 25 شوال 1436 هـ\nأعلنت الإدارة أمس عن الخطة"), {})
    assert doc.published == hijri_to_gregorian(1436, 10, 25).isoformat()
    yesterday = [a for a in doc.layer("dates") if a.text == "أمس"]
    assert yesterday and yesterday[0].attrs["value"] is not None
