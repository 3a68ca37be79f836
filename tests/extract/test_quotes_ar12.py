"""rasid.quotes.v1, Arabic speakers (round 12): what breaks the discourse chain of an implicit
"وأضاف:" and what does not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _speakers(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    "clause",
    [
        "وفريق الأطباء يتابع هذه الحالة عن قرب",  # a demonstrative opens the verb's object
        "والإدارة تتابع تلك الملفات يوميا",
    ],
)
def test_ar12_a_verb_whose_object_is_a_demonstrative_names_no_new_speaker(clause: str) -> None:
    text = (
        f"أعلن مدير المستشفى سامي الحربي أن الحالة مستقرة، {clause}.\nوأضاف: «لا داعي للقلق في هذه المرحلة»."
    )
    assert _speakers(text) == ["سامي الحربي"]


@pytest.mark.parametrize(
    "middle",
    [
        "وتحدث عن الإصابة التي لحقت بمدافع الفريق ماجد السالم",  # ب + a noun in م heading a title
        "وقال إن المحكمة حكمت لصالح اللاعب سعيد المالكي",  # لصالح: in favour of
        "وأشار إلى الخطاب الذي وجهه لرئيس الاتحاد ماجد السالم",  # ل + a role noun
    ],
)
def test_ar12_a_name_after_a_glued_preposition_is_no_newcomer(middle: str) -> None:
    text = f"أكد مدرب النادي خالد العمري أن الفريق جاهز للموسم، {middle}. وأضاف: «سنعود أقوى في المباراة المقبلة»."
    assert _speakers(text) == ["خالد العمري"]


def test_ar12_a_place_in_the_title_does_not_hide_the_speaker() -> None:
    # بمنطقة is part of the spokesman's title: the name after it is still the subject
    text = (
        "وقال المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة سعيد الغامدي: «تمت السيطرة على الحريق بالكامل»."
    )
    assert _speakers(text) == ["سعيد الغامدي"]


def test_ar12_a_new_subject_still_breaks_the_chain() -> None:
    text = (
        "أكد الوزير أحمد النعيمي أن المشروع بدأ في موعده. "
        "وزار رئيس الهيئة عمر الفيصل الموقع أمس، وأضاف: «العمل يسير بسرعة كبيرة»."
    )
    assert _speakers(text) != ["أحمد النعيمي"]
