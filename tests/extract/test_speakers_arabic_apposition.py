"""rasid.quotes.v1 speakers: an Arabic description, a comma, then the speaker's name
(قال كبير الباحثين …، فلان إن «…»). Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers

from rasid.extract import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "وقال كبير المهندسين في المشروع، سامي الخطيب إن ما تحقق يعد «خطوة كبيرة نحو الأمام في هذا القطاع».",
        "وقال كبير المهندسين في المشروع، سامي الخطيب: «خطوة كبيرة نحو الأمام في هذا القطاع».",
    ],
)
def test_speakers_arabic_name_after_description_and_comma(text: str) -> None:
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_speakers_arabic_name_after_comma_continues_with_participle() -> None:
    text = (
        "وقال رئيس فريق البحث في الجامعة، سامي الخطيب إن النتائج تمثل «تقدما واضحا في فهم المرض»، "
        "مضيفا: «سنواصل التجارب حتى نهاية العام الجاري»."
    )
    assert direct_speakers(text, "ar") == ["سامي الخطيب", "سامي الخطيب"]


def test_speakers_arabic_name_after_comma_as_object_is_no_speaker() -> None:
    # the person after the comma is addressed, not the one speaking
    text = "وقال في مؤتمر صحفي، مخاطبا سامي الخطيب: «خطوة كبيرة نحو الأمام في هذا القطاع»."
    assert direct_speakers(text, "ar") == [None]


def test_speakers_arabic_given_name_left_unmarked_before_the_surname() -> None:
    # a stage may mark only the surname of a foreign name; the first name before it is part of it
    text = (
        "وقال كبير الباحثين الذين أجروا التجربة، جوناثان ويلكرسون إن النتائج تمثل "
        "«تقدما واضحا في فهم المرض لدى الأطفال»."
    )
    speakers = direct_speakers(text, "ar")
    assert len(speakers) == 1 and speakers[0] is not None and "ويلكرسون" in speakers[0]


@pytest.mark.parametrize(
    "intro",
    [
        "أكد وزير الخارجية الدكتور سامي الخطيب أن بلاده ستواصل جهودها لوقف الحرب.",
        "أكد وزير الخارجية والتعاون الدولي الدكتور سامي الخطيب أن بلاده ستواصل جهودها لوقف الحرب.",
    ],
)
def test_speakers_arabic_office_before_an_academic_title_is_the_persons(intro: str) -> None:
    # "وزير الخارجية الدكتور X": X is the minister a later "وزير الخارجية" refers back to
    text = intro + ' وقال وزير الخارجية "إننا لن نتوقف عن العمل حتى تنتهي الحرب".'
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_speakers_arabic_academic_title_alone_is_no_minister() -> None:
    text = (
        "أكد الدكتور سامي الخطيب أن بلاده ستواصل جهودها لوقف الحرب. "
        'وقال وزير الخارجية "إننا لن نتوقف عن العمل حتى تنتهي الحرب".'
    )
    assert direct_speakers(text, "ar") == [None]


@pytest.mark.parametrize(
    "text",
    [
        'وقال سامي الخطيب وكيل المحافظة في تصريح صحفي " حصلت الوزارة على موافقة بتشكيل شركة جديدة".',
        'وقال سامي الخطيب في مؤتمر مشترك :" يؤلمني ما نراه من دمار في المدينة ".',
    ],
)
def test_quotes_arabic_straight_quote_typed_with_a_space_after_it_opens(text: str) -> None:
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_quotes_arabic_spaced_straight_quote_with_no_closing_mark_is_no_quotation() -> None:
    # a lone mark with a space after it and nothing that can close it: no quotation
    assert direct_speakers('قال سامي الخطيب " نحن مستعدون للحوار مع الجميع في البلاد.', "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        'وقال بيان وقعه سامي الخطيب: "نرفض هذه القرارات جملة وتفصيلا ولن نقبل بها".',
        'وأعلنت النقابة في بيان وقعه سامي الخطيب أن "القرارات مرفوضة جملة وتفصيلا ولن نقبل بها".',
    ],
)
def test_speakers_arabic_statement_signed_by_someone_is_theirs(text: str) -> None:
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_speakers_arabic_spokesperson_title_stacked_after_an_office_is_the_persons() -> None:
    # "وزير الإعلام الناطق الرسمي باسم الحكومة X": X is also the spokesman a later phrase names
    text = (
        "قال وزير الإعلام الناطق الرسمي باسم الحكومة سامي الخطيب، إن الموقف الحكومي كان واضحا.\n"
        "“نمر بمرحلة صعبة في المنطقة، وعلينا جميعا أن نحمي بلدنا”، وفق الناطق الحكومي."
    )
    assert direct_speakers(text, "ar")[0] == "سامي الخطيب"


def test_speakers_arabic_two_offices_in_a_row_are_two_people() -> None:
    # "استقبل وزير الخارجية الرئيس X": X is the president, not the minister a later phrase names
    text = (
        "استقبل وزير الخارجية الرئيس سامي الخطيب في القصر أمس.\n"
        'وقال وزير الخارجية إن "اللقاء كان مثمرا وناقش جميع القضايا العالقة بين البلدين".'
    )
    assert direct_speakers(text, "ar") == [None]


def _speaker_attrs(text: str) -> list[dict]:
    doc = analyze_text(text, language="ar")
    return [dict(a.attrs) for a in doc.layer("quotes") if a.label == "direct"]


def test_speakers_arabic_role_before_the_verb_past_a_relative_clause_refers_back() -> None:
    text = (
        "زار وزير الخارجية الفرنسي لوران فابيوس طهران أمس.\n"
        'وزير الخارجية الفرنسي، الذي التقى نظيره الإيراني، قال: "نريد علاقات متوازنة مع جميع الدول".'
    )
    assert direct_speakers(text, "ar") == ["لوران فابيوس"]


def test_speakers_arabic_organisation_before_kana_qad_and_the_verb() -> None:
    text = 'وكانت وزارة الخارجية قد أكدت في بيان أن "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".'
    (attrs,) = _speaker_attrs(text)
    assert attrs["speaker_type"] == "organization" and "وزارة الخارجية" in (attrs["speaker"] or "")


def test_speakers_arabic_adverb_before_the_verb_is_no_subject() -> None:
    text = 'وفي وقت سابق أكدت في بيان أن "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة".'
    assert direct_speakers(text, "ar") == [None]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("وزير الخارجية الفرنسي", None),  # another country's minister
        ("وزير خارجية فرنسا", None),
        ("وزير الخارجية الأمريكي", "جون كيري"),
        ("وزير خارجية أمريكا", "جون كيري"),
    ],
)
def test_speakers_arabic_role_of_another_country_is_not_the_person_named(
    role: str, expected: str | None
) -> None:
    text = (
        f'زار وزير الخارجية الأمريكي جون كيري القاهرة أمس. وقال {role}: "نريد علاقات متوازنة مع جميع الدول".'
    )
    assert direct_speakers(text, "ar") == [expected]


def test_speakers_arabic_construct_ending_in_a_country_refers_back() -> None:
    # "رئيس وزراء العراق": definite by the country that ends it, one office named before
    text = (
        "التقى رئيس وزراء العراق حيدر العبادي بالسفراء أمس. "
        'وقال رئيس وزراء العراق إن "الحكومة ماضية في الإصلاحات دون تردد".'
    )
    assert direct_speakers(text, "ar") == ["حيدر العبادي"]


@pytest.mark.parametrize(
    "second",
    [
        'من جهته، قال وزير المالية: "الميزانية تكفي لتغطية جميع المشاريع".',  # for his part: someone new
        'وقال وزير المالية: "الميزانية تكفي لتغطية جميع المشاريع".',  # a portfolio minister is not the premier
    ],
)
def test_speakers_arabic_other_minister_after_the_prime_minister_is_nobody_named(second: str) -> None:
    text = "قال رئيس الوزراء سامي الخطيب إن الحكومة ماضية في خطتها. " + second
    assert direct_speakers(text, "ar") == [None]


def test_speakers_arabic_same_role_after_its_holder_still_refers_back() -> None:
    text = (
        "قال رئيس الوزراء سامي الخطيب إن الحكومة ماضية في خطتها. "
        'وقال رئيس الوزراء: "الميزانية تكفي لتغطية جميع المشاريع".'
    )
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]
