"""rasid.quotes.v1, Arabic (round 16): unnamed sources typed anonymous in more forms, and one-letter titles
(د. م. أ.) that no longer end the sentence holding the speaker's name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import organization_speakers

from rasid.extract import analyze_text
from rasid.text.segment import arabic_title_dot, sentences


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقال مدير الهيئة العامة للإحصاء د. فهد المطيري: "سننشر النتائج الكاملة في نهاية الشهر".',
            "فهد المطيري",
        ),
        ("قال م. سالم القحطاني مدير المشروع: «أنجزنا نصف الأعمال قبل الموعد المحدد».", "سالم القحطاني"),
    ],
)
def test_ar16_a_one_letter_title_keeps_the_name_in_the_speakers_sentence(text: str, speaker: str) -> None:
    assert organization_speakers(text) == [(speaker, "person")]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("وصل الوفد في عام 2015 م. وقال الوزير إن الزيارة ناجحة.", True),  # a year's era, not a title
        ("تبدأ الجلسة الساعة 8 م. وقال الرئيس إنها مفتوحة.", True),  # an hour
        ("وحضر الاجتماع د. خالد السبيعي.", False),
    ],
)
def test_ar16_a_title_dot_does_not_end_a_sentence_but_a_figures_era_does(text: str, ends: bool) -> None:
    dot = text.index(".")
    assert arabic_title_dot(text, dot) is not ends
    assert (len(sentences(text)) == 2) is ends


@pytest.mark.parametrize(
    "text",
    [
        'وقال دبلوماسي يتابع المفاوضات في جنيف: "لم نصل بعد إلى أي اتفاق بين الطرفين".',
        'وقال دبلوماسي روسي: "لم نصل بعد إلى أي اتفاق بين الطرفين".',
        "وأوضح سمسار في السوق طالبا عدم الكشف عن اسمه: «الطلب تراجع كثيرا منذ بداية الصيف».",
        "وقالت موظفة في المستشفى رافضة ذكر اسمها: «نعمل منذ يومين بلا انقطاع».",
        "قال أحد الحراس مفضلا عدم نشر اسمه: «لم نر أحدا يدخل المبنى تلك الليلة».",
    ],
)
def test_ar16_unnamed_sources_are_typed_anonymous(text: str) -> None:
    assert organization_speakers(text) == [(None, "anonymous")]


def test_ar16_the_description_is_kept_as_written() -> None:
    text = "وأوضح سمسار في السوق طالبا عدم الكشف عن اسمه: «الطلب تراجع كثيرا منذ بداية الصيف»."
    (quote,) = [a for a in analyze_text(text, language="ar").layer("quotes") if a.label == "direct"]
    assert quote.attrs["speaker_description"] == "سمسار في السوق"


def test_ar16_a_verb_after_a_named_speaker_still_speaks() -> None:
    # an imperfect verb after a name, not after an unnamed source's description, is the statement's verb
    text = 'وقال الوزير سامي الخطيب أمس: "سنواصل العمل". ويتابع المسؤول: "الخطة تسير كما رسمناها".'
    assert [s for s, _ in organization_speakers(text)] == ["سامي الخطيب", "سامي الخطيب"]


def test_ar16_a_speaker_named_before_the_speech_verb_goes_on_in_the_chain() -> None:
    # subject first ("والمتحدث باسم X Y أكد أن …"): the later implicit verb is Y's, not the minister's
    text = (
        "وقال الوزير ناصر الدوسري إن الوضع تحت السيطرة. "
        "والمتحدث باسم الدفاع المدني ماجد الشمري أكد أن فرق الإنقاذ وصلت إلى الموقع. "
        "وأضاف: «نطلب من السكان الابتعاد عن مجاري السيول حتى إشعار آخر»."
    )
    assert [s for s, _ in organization_speakers(text)] == ["ماجد الشمري"]


def test_ar16_a_woman_named_before_a_denial_is_whom_a_feminine_verb_goes_on_with() -> None:
    text = (
        "وقال مدير الشركة فهد العمري إن الأرباح تراجعت. "
        "لكن المستشارة القانونية للشركة منى الحربي نفت أن تكون هناك أي مخالفات. "
        "وقالت للصحفيين: «كل العقود راجعتها لجنة مستقلة قبل توقيعها»."
    )
    assert [s for s, _ in organization_speakers(text)] == ["منى الحربي"]


def test_ar16_whom_a_what_was_said_cue_names_speaks_next() -> None:
    text = (
        "وقال الوزير ناصر الدوسري إن الوضع تحت السيطرة. "
        "وأصيب ثلاثة أشخاص في الحادث وفقا لما ذكره خالد المالكي مدير الدفاع المدني في المحافظة. "
        "وأضاف: «نقلنا المصابين إلى المستشفى العام وحالتهم مستقرة»."
    )
    assert [s for s, _ in organization_speakers(text)] == ["خالد المالكي"]
