"""rasid.dates.v1: forms, values, precision, inference, years in names, publication date from the lead."""

from __future__ import annotations

import datetime as dt

import pytest

from rasid.extract.dates import dates_stage, hijri_to_gregorian
from rasid.model import Document


def _dates(text: str, published: str | None = None, entities: tuple = ()) -> list[tuple[str, object, object]]:
    doc = Document(text=text, published=published)
    if entities:
        doc = doc.with_layer(
            "entities", [doc.annotation("entities", s, e, label) for s, e, label in entities]
        )
    out = dates_stage(doc, {})
    return [(a.text, a.attrs["value"], a.attrs["precision"]) for a in out.layer("dates")]


@pytest.mark.parametrize(
    ("text", "evidence", "value", "precision"),
    [
        ("وذلك اليوم الأربعاء 21 أغسطس/آب 2024.", "الأربعاء 21 أغسطس/آب 2024", "2024-08-21", "day"),
        ("في 3 كانون الثاني 2024 وصل الوفد", "3 كانون الثاني 2024", "2024-01-03", "day"),
        ("في تموز/يوليو 2023 جرت الانتخابات", "تموز/يوليو 2023", "2023-07", "month"),
        ("وصلت الشحنة في آب 2022", "آب 2022", "2022-08", "month"),
        ("تم التوقيع في 12 أوت 2023 بالجزائر", "12 أوت 2023", "2023-08-12", "day"),
        ("منذ جويلية 2021", "جويلية 2021", "2021-07", "month"),
        ("في ٥ أيار ٢٠٢٤ هاجم المسلحون", "٥ أيار ٢٠٢٤", "2024-05-05", "day"),
        ("تضمن العرض في 17 يناير دبابات", "17 يناير", "XXXX-01-17", "day"),
        ("اندلع النزاع في عام 2012 في الشمال", "2012", "2012", "year"),
        ("le 17 janvier 2025 à Bamako", "17 janvier 2025", "2025-01-17", "day"),
        ("Le 1er mars 2024, l'armée", "1er mars 2024", "2024-03-01", "day"),
        ("on August 21, 2024 the", "August 21, 2024", "2024-08-21", "day"),
        ("21 августа 2024 года в Москве", "21 августа 2024 года", "2024-08-21", "day"),
        ("в 2019 году армия", "2019 году", "2019", "year"),
        ("بتاريخ 21/08/2024 صدر", "21/08/2024", "2024-08-21", "day"),
        ("في ١٥ رمضان ١٤٤٥ هـ أعلن", "١٥ رمضان ١٤٤٥ هـ", "1445-09-15", "day"),
        ("بعد محادثة في أغسطس الماضي", "أغسطس الماضي", "XXXX-08", "month"),
    ],
)
def test_dates_forms_value_and_precision(text: str, evidence: str, value: str, precision: str) -> None:
    assert (evidence, value, precision) in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "ظهرت المدرعة للمرة الأولى في منتدى الجيش 2023، ثم في معارض أخرى",
        'حضر المنتدى العسكري التقني الدولي "الجيش - 2024"',
        "at the Army-2024 forum near Moscow",
        "مارس الجيش ضغوطا كبيرة على المسلحين",
        "تسلم الجيش 2000 قطعة سلاح",
        "لن نقبل بهذا بعد اليوم",
    ],
)
def test_dates_no_date_in_names_numbers_or_idioms(text: str) -> None:
    assert _dates(text) == []


def test_dates_year_inside_an_event_entity_is_not_a_date() -> None:
    text = "في معرض عام 2024 الدولي"
    assert _dates(text, entities=((3, 18, "EVENT"),)) == []


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("غادر الوفد أمس", "2024-08-21", "2024-08-20"),
        ("قال غداً سيصل", "2024-08-21", "2024-08-22"),
        ("جرى ذلك الشهر الماضي", "2025-01-10", "2024-12"),
        ("في العام المقبل", "2024-11-05", "2025"),
        ("في أغسطس الماضي", "2025-01-10", "2024-08"),
        ("في أفريل المقبل", "2024-02-01", "2024-04"),
        ("في 11 ديسمبر الماضي", "2025-01-05", "2024-12-11"),
        ("وقع الهجوم يوم السبت", "2024-10-09", "2024-10-05"),
        ("l'armée a annoncé hier", "2024-03-08", "2024-03-07"),
        ("the deal was signed last year", "2024-10-10", "2023"),
        ("вчера в Бамако", "2025-01-18", "2025-01-17"),
        ("в прошлом году", "2024-05-02", "2023"),
        ("la semaine dernière", "2024-08-21", "2024-W33"),
    ],
)
def test_dates_relative_resolved_against_publication(text: str, published: str, value: str) -> None:
    values = [v for _, v, _ in _dates(text, published)]
    assert value in values


def test_dates_relative_without_publication_stays_unresolved() -> None:
    doc = dates_stage(Document(text="غادر الوفد أمس إلى باماكو"), {})
    (ann,) = doc.layer("dates")
    assert ann.attrs["value"] is None and ann.attrs["relative"] is True and ann.attrs["relation"] == "-1 day"


def test_dates_inferred_year_is_marked() -> None:
    doc = dates_stage(Document(text="العرض في 17 يناير", published="2025-01-20"), {})
    (ann,) = doc.layer("dates")
    assert ann.attrs["value"] == "2025-01-17"
    assert list(ann.attrs["inferred"]) == ["year"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("أكد القائد ذلك اليوم الأربعاء 21 أغسطس/آب 2024 في باماكو.", "2024-08-21"),
        ("باماكو - 14 تموز/يوليو 2024 (أ ف ب) - شهدت العاصمة هدوءاً", "2024-07-14"),
        ("Publié le 3 mars 2024\nLe ministre a parlé.", "2024-03-03"),
    ],
)
def test_dates_publication_date_from_the_lead(text: str, published: str) -> None:
    doc = dates_stage(Document(text=text), {})
    assert doc.published == published
    assert doc.published_precision == "day"
    assert doc.meta["published_source"] == "text"


@pytest.mark.parametrize(
    "text",
    [
        "تضمن العرض في 17 يناير دبابات وفي يناير 2024 تم النشر.",
        "هذه المعدات مخصصة للفيلق.\n\nوفي مقال نشر لاحقاً ذكر أن الاتفاق وقع في 5 مايو 2023 بعد مفاوضات طويلة.",
    ],
)
def test_dates_no_publication_date_without_a_clear_signal(text: str) -> None:
    assert dates_stage(Document(text=text), {}).published is None


def test_dates_metadata_publication_date_is_kept() -> None:
    doc = dates_stage(Document(text="اليوم الأربعاء 21 أغسطس 2024", published="2024-08-22"), {})
    assert doc.published == "2024-08-22"
    assert "published_source" not in doc.meta


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        # Umm al-Qura dates (facts); the tabular calendar is within a day of them
        ((1445, 9, 1), dt.date(2024, 3, 11)),
        ((1446, 1, 1), dt.date(2024, 7, 7)),
        ((1444, 10, 1), dt.date(2023, 4, 21)),
        ((1400, 1, 1), dt.date(1979, 11, 20)),
    ],
)
def test_dates_hijri_conversion_within_a_day_of_umm_al_qura(
    hijri: tuple[int, int, int], gregorian: dt.date
) -> None:
    assert abs((hijri_to_gregorian(*hijri) - gregorian).days) <= 1


def test_dates_hijri_is_marked() -> None:
    doc = dates_stage(Document(text="في ١٥ رمضان ١٤٤٥ هـ"), {})
    (ann,) = doc.layer("dates")
    assert ann.attrs["calendar"] == "hijri" and ann.attrs["value"] == "1445-09-15"
    assert ann.attrs["gregorian"] == "2024-03-25" and ann.attrs["approximate"] is True


def test_dates_spans_point_at_the_original_text() -> None:
    text = "وصلَ الوفـــدُ في ١٧ يَنايِر ٢٠٢٥م إلى باماكو"
    doc = dates_stage(Document(text=text), {})
    (ann,) = doc.layer("dates")
    assert text[ann.start : ann.end] == ann.text
    assert ann.attrs["value"] == "2025-01-17"


@pytest.mark.parametrize(
    ("text", "value"),
    [("في يونيو (حزيران) الماضي", "2015-06"), ("من شهر سبتمبر (أيلول) المقبل", "2015-09")],
)
def test_dates_dual_names_with_relative_words(text: str, value: str) -> None:
    assert [v for _, v, _ in _dates(text, "2015-07-21")] == [value]


@pytest.mark.parametrize("text", ["عاد في اليوم التالي إلى الرياض", "احتفل العالم باليوم العالمي للاجئين"])
def test_dates_the_day_of_something_else_is_not_today(text: str) -> None:
    assert _dates(text, "2015-07-21") == []
