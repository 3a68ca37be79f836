"""rasid.quotes.v1, Arabic speakers (round 13): general gaps between the cue data, the entity layer
and the speaker chain. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers, organization_speakers


@pytest.mark.parametrize("day", ["الأحد", "الخميس", "الاثنين"])
def test_ar13_a_weekday_after_the_verb_is_its_time_not_its_subject(day: str) -> None:
    text = (
        'قال وزير الطاقة خالد الفالح: "الأسعار ستبقى مستقرة". '
        f'وأضاف {day} في مؤتمر صحفي: "لن نغير خطط الإنتاج هذا العام".'
    )
    assert direct_speakers(text, "ar") == ["خالد الفالح", "خالد الفالح"]


def test_ar13_a_subject_after_the_weekday_is_still_read() -> None:
    text = (
        'قال وزير الطاقة خالد الفالح: "الأسعار ستبقى مستقرة". '
        'وقال الخميس وزير الخارجية عادل الجبير: "العلاقات مع الجيران جيدة".'
    )
    assert direct_speakers(text, "ar") == ["خالد الفالح", "عادل الجبير"]


def test_ar13_a_statement_of_a_body_named_in_construct_takes_its_full_name() -> None:
    # نقابة governs an indefinite noun before the definite one: the name is all three words
    text = (
        "أعلنت نقابة سائقي الحافلات في المدينة إضرابا عاما. "
        'وجاء في بيان للنقابة أن موقف الإدارة "لا يترك أمامنا أي خيار سوى التوقف عن العمل".'
    )
    assert organization_speakers(text) == [("نقابة سائقي الحافلات", "organization")]


def test_ar13_an_issuer_named_nowhere_keeps_no_glued_preposition() -> None:
    text = 'وجاء في بيان للنقابة أن موقف الإدارة "لا يترك أمامنا أي خيار سوى التوقف عن العمل".'
    assert organization_speakers(text) == [("النقابة", "organization")]


def test_ar13_a_verb_after_a_definite_head_is_no_part_of_its_name() -> None:
    # "الهيئة قررت": a definite head and its verb, not a body in construct
    text = (
        "الهيئة قررت السماح للصحيفة بالصدور مجددا. "
        'وجاء في بيان للهيئة أن القرار "اتخذ بعد تعهد الصحيفة باحترام القانون والأنظمة".'
    )
    assert organization_speakers(text)[0][0] != "الهيئة قررت السماح"


def test_ar13_a_body_said_by_the_name_its_head_governed() -> None:
    text = (
        "أعلنت كتائب الفرقان عن تدريبات جديدة في الجنوب. "
        "وقالت الفرقان إن «الهدف من هذه التدريبات حماية القرى الحدودية»."
    )
    assert organization_speakers(text) == [("كتائب الفرقان", "organization")]


def test_ar13_a_name_a_person_also_bears_is_no_body() -> None:
    # الفرقان is also written after a given name the NER may not mark: nobody rather than the brigades
    text = (
        "أعلنت كتائب الفرقان عن تدريبات جديدة، وقابل سعيد الفرقان قادتها أمس. "
        "وقال الفرقان إن «الهدف من هذه التدريبات حماية القرى الحدودية»."
    )
    assert organization_speakers(text)[0][0] != "كتائب الفرقان"


def test_ar13_an_alliance_is_a_body_the_bare_head_refers_back_to() -> None:
    text = (
        "دعا حلف شمال الأطلسي إلى اجتماع طارئ لسفرائه. "
        'وقال الحلف إن الاجتماع يعقد "نظرا لخطورة الوضع على الحدود الجنوبية".'
    )
    assert organization_speakers(text) == [("حلف شمال الأطلسي", "organization")]


def test_ar13_a_body_name_the_ner_reads_as_a_person_is_the_body() -> None:
    # the one-word name after the verb may be tagged a person: it is the brigades named before
    text = (
        "أعلنت كتائب الفرقان عن تدريبات جديدة في الجنوب. "
        "وهي المرة الثانية التي تعلن الفرقان عن تدريبات مماثلة. "
        "وقالت الفرقان إن «الهدف من هذه التدريبات حماية القرى الحدودية»."
    )
    assert organization_speakers(text) == [("كتائب الفرقان", "organization")]


def test_ar13_a_body_name_after_a_given_name_is_a_person_not_the_body() -> None:
    text = (
        "قاتلت جماعة المرابطين في الصحراء، وقتل عبدالملك المرابطين أحد قادتها. "
        'وقال المرابطين: "سنواصل القتال حتى النهاية مهما كلف الأمر".'
    )
    assert organization_speakers(text)[0][0] != "جماعة المرابطين"


@pytest.mark.parametrize(
    "opening",
    [
        "ألقى وزير الخارجية فيصل المقرن كلمة أمام المؤتمر قال فيها",
        "ونشر المدرب فيصل المقرن تغريدة على حسابه وكتب فيها",
    ],
)
def test_ar13_said_in_which_goes_on_with_the_subject_of_the_speech(opening: str) -> None:
    assert direct_speakers(f"{opening}: «إن الفريق سيعود أقوى في الموسم المقبل».", "ar") == ["فيصل المقرن"]


def test_ar13_said_in_which_takes_nobody_from_the_chain() -> None:
    # the post's author is a role no name was given to here: not the last speaker
    text = (
        "التقى الوزير فيصل المقرن نظيره سامي العلي. وقال العلي: «العلاقات قوية». "
        "ونشر الوزير تغريدة قال فيها: «زيارة ناجحة ومثمرة للغاية»."
    )
    assert direct_speakers(text, "ar")[-1] != "سامي العلي"


@pytest.mark.parametrize("participle", ["متسائلا", "مستطردا", "مردفا", "معلقا"])
def test_ar13_more_participles_of_saying_go_on_with_the_subject(participle: str) -> None:
    text = f"هاجم الوزير فيصل المقرن منتقدي المشروع، {participle}: «من أين جاءت هذه الأرقام الغريبة؟»."
    assert direct_speakers(text, "ar") == ["فيصل المقرن"]


def test_ar13_a_titles_holder_in_quotation_marks_is_the_speaker() -> None:
    text = 'وقال المتحدث باسم الوزارة "راجيف كومار": "نحن نحاول إنقاذ جميع الركاب المحاصرين".'
    assert organization_speakers(text) == [("راجيف كومار", "person")]


@pytest.mark.parametrize(
    "marked",
    [
        'وقال رئيس الشركة "مجموعة الفيصل": ',  # a body's head opens the marked name
        'وقال رئيس النادي "الهلال السعودي": ',  # a person's name does not open with an article
        'وقال الوزير عن "راجيف كومار": ',  # a preposition before the marks
    ],
)
def test_ar13_marked_names_that_are_no_titles_holder(marked: str) -> None:
    speakers = organization_speakers(marked + '"نحن نعمل على التوسع في كل المناطق".')
    assert speakers[0][1] != "person" or speakers[0][0] is None
