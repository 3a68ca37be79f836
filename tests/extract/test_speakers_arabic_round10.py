"""rasid.quotes.v1, Arabic speakers (round 10): who is not the speaker although named nearer the quote
(the object of another verb, the topic of a "حول" phrase, a platform), and a rank before a name no stage
marked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _speakers(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize("name", ["نور الدين هايتي", "عماد الدين كينيا", "صلاح الدين تشاد"])
def test_speakers_arabic_rank_then_name_holding_a_place_word(name: str) -> None:
    # a rank (الجنرال) then a name no stage marked, one word of which reads as a country
    text = (
        f"وقال رئيس الشرطة الوطنية الجنرال {name} إنه “كان لا بد من التدخل السريع لحماية الناس”. "
        "وأضاف “سنواصل التحقيق في كل ما جرى”."
    )
    assert _speakers(text) == [name, name]


@pytest.mark.parametrize("complement", ["بشرطة منطقة الجوف", "لهيئة الطيران المدني", "بإدارة المرور"])
def test_speakers_arabic_title_complement_is_no_person(complement: str) -> None:
    # الناطق … بشرطة منطقة …: ب/ل and a body's head word complete the title; the name after the rank speaks
    text = (
        f'وقال الناطق الإعلامي {complement} العقيد ماجد الرويلي إن "الفرق باشرت البلاغ فور وروده". '
        'وأضاف "تم نقل المصابين إلى المستشفى".'
    )
    assert _speakers(text) == ["ماجد الرويلي", "ماجد الرويلي"]
