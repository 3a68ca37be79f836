"""rasid.quotes.v1, Arabic speakers (round 12): what breaks the discourse chain of an implicit
"وأضاف:" and what does not. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers, organization_speakers

from rasid.text.tokens import has_feminine_ending


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
    assert direct_speakers(text, "ar") == ["سامي الحربي"]


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
    assert direct_speakers(text, "ar") == ["خالد العمري"]


def test_ar12_a_place_in_the_title_does_not_hide_the_speaker() -> None:
    # بمنطقة is part of the spokesman's title: the name after it is still the subject
    text = (
        "وقال المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة سعيد الغامدي: «تمت السيطرة على الحريق بالكامل»."
    )
    assert direct_speakers(text, "ar") == ["سعيد الغامدي"]


def test_ar12_a_new_subject_still_breaks_the_chain() -> None:
    text = (
        "أكد الوزير أحمد النعيمي أن المشروع بدأ في موعده. "
        "وزار رئيس الهيئة عمر الفيصل الموقع أمس، وأضاف: «العمل يسير بسرعة كبيرة»."
    )
    assert direct_speakers(text, "ar") != ["أحمد النعيمي"]


def test_ar12_the_club_refers_back_to_a_club_of_the_knowledge_base() -> None:
    # مانشستر سيتي holds no نادي in its name: the KB entry's category (sports_club) links it
    text = 'أعلن مانشستر سيتي أنه أعار مهاجمه لموسم كامل. وقال النادي في بيان: "نتمنى له التوفيق في تجربته".'
    assert organization_speakers(text) == [("مانشستر سيتي", "organization")]


def test_ar12_the_club_with_an_adjective_takes_the_club_it_describes() -> None:
    text = (
        "ذكر مانشستر سيتي بطل الدوري الإنجليزي أنه أعار المهاجم إلى إنتر ميلان الإيطالي. "
        'وجاء في بيان النادي الإنجليزي "وقع اللاعب عقد إعارة لمدة عام كامل".'
    )
    assert organization_speakers(text)[0][0] == "مانشستر سيتي"


@pytest.mark.parametrize(
    "first",
    [
        "أعلن ريال مدريد أنه باع مهاجمه إلى يوفنتوس",  # two clubs of the KB
        "أعلن مانشستر سيتي أنه أعار مهاجمه إلى نادي فالنسيا",  # and a club no stage marked
    ],
)
def test_ar12_the_club_after_two_clubs_is_nobody(first: str) -> None:
    text = f'{first}. وقال النادي في بيان: "نتمنى له التوفيق في تجربته الجديدة".'
    assert organization_speakers(text)[0][0] is None


def test_ar12_a_club_named_with_its_head_noun_still_wins() -> None:
    text = (
        'أعلن نادي النصر أنه تعاقد مع مهاجم ريال مدريد. وقال النادي في بيان: "نرحب باللاعب في صفوف الفريق".'
    )
    assert organization_speakers(text)[0][0] == "نادي النصر"


@pytest.mark.parametrize(
    ("word", "feminine"),
    [("الوزاره", True), ("الجهات", True), ("النادي", False), ("الجيش", False)],
)
def test_ar12_one_feminine_ending_test_for_entities_and_quotes(word: str, feminine: bool) -> None:
    assert has_feminine_ending(word) is feminine


def test_ar12_a_role_phrase_after_a_long_quote_refers_to_its_speaker() -> None:
    # the role phrase's own verb (قال رئيس الشباب) is no antecedent: the quote before it is
    long_quote = "، ".join(
        [
            "بدأنا التحضير للموسم مبكرا هذا العام",
            "وأنهينا معسكر الإعداد الخارجي بنجاح كبير",
            "وتعاقدنا مع ثلاثة لاعبين جدد في خط الوسط",
            "ونتطلع إلى المنافسة على اللقب حتى الجولة الأخيرة",
            "ونشكر الجماهير على دعمها المستمر للفريق في كل المباريات",
            "ونعدها بموسم مختلف عن الموسم الماضي الذي لم يكن في المستوى المطلوب",
            "ونعمل مع الجهاز الفني على معالجة الأخطاء",
        ]
    )
    text = (
        "أكد رئيس نادي الشباب سالم العتيبي أن الفريق جاهز للموسم الجديد.\n"
        f"وأضاف: «{long_quote}».\n"
        "وعن قرار لجنة الانضباط قال رئيس الشباب: «سنحترم القرار مهما كان»."
    )
    assert direct_speakers(text, "ar") == ["سالم العتيبي", "سالم العتيبي"]


def test_ar12_the_reporter_of_the_byline_is_never_the_speaker() -> None:
    # the byline and the first sentence run together up to the colon: the reporter opens that "sentence"
    text = (
        "ماجد الحربي- سبق- جدة: انتقد الشيخ صالح العمري منتقدي القرار الجديد، "
        'وكتب على حسابه قائلاً: "من يرفض هذا القرار لا يعرف فائدته للطلاب".'
    )
    assert "ماجد الحربي" not in direct_speakers(text, "ar")


def test_ar12_a_byline_is_no_newcomer_before_the_first_speaker() -> None:
    text = (
        "ماجد الحربي- سبق- جدة: أكد مدير الشرطة اللواء صالح العمري أن التحقيق مستمر.\n"
        'وأضاف: "سنعلن النتائج خلال أيام قليلة".'
    )
    assert direct_speakers(text, "ar") == ["صالح العمري"]


@pytest.mark.parametrize(
    "relative",
    ["محامي كارتر", "ابن كارتر"],  # the lawyer, the son of the man named before
)
def test_ar12_a_relative_named_by_another_persons_name_is_not_that_name(relative: str) -> None:
    text = (
        "أقالت الشركة مديرها التنفيذي جيمس كارتر من منصبه الأسبوع الماضي. "
        f'وقال {relative} "تسلمنا رسالة الإقالة صباح الاثنين دون أي توضيح".'
    )
    assert relative not in direct_speakers(text, "ar")


def test_ar12_a_name_opening_with_ibn_stays_a_name() -> None:
    text = "وقال ابن خلدون في مقدمته: «إن الظلم مؤذن بخراب العمران»."
    assert direct_speakers(text, "ar") == ["ابن خلدون"]


def test_ar12_as_quoted_by_opens_no_subject() -> None:
    # "كما نقلت عنها وكالة …" (as the agency quoted her) after the verb: the subject is still hers
    text = (
        "أكدت الناطقة باسم الخارجية سلمى الدوري على موقف بلادها من الاتفاق. "
        "وقالت كما نقلت عنها وكالة الأنباء الرسمية «موقفنا لم يتغير منذ توقيع الاتفاق»."
    )
    assert direct_speakers(text, "ar") == ["سلمى الدوري"]


def test_ar12_a_title_in_apposition_after_the_name_brings_in_nobody() -> None:
    text = (
        "وقال أندرو بينيت الرئيس التنفيذي لشركة «فارما» إن الموافقة خطوة مهمة لطرح الدواء.\n"
        "وقال: «سيصل الدواء إلى الأسواق قبل نهاية العام المقبل»."
    )
    assert direct_speakers(text, "ar") == ["أندرو بينيت"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # an indefinite title, a place after a comma, then the name before the colon
        ("مدير مكتب الجمعية الخيرية في الأردن، في عمان سامر بن خالد العتيبي:", "سامر بن خالد العتيبي"),
        # a definite title, a second title in commas, then the name right before the quotation mark
        (
            "المدير العام لمستشفى النور التخصصي، استشاري أول في جراحة القلب، الدكتور فهد بن سعد القحطاني",
            "فهد بن سعد القحطاني",
        ),
    ],
)
def test_ar12_the_name_closing_a_title_phrase_is_the_speaker(subject: str, speaker: str) -> None:
    text = f"وقال {subject} «إن العمل مستمر في المرحلة الثانية من المشروع»."
    assert direct_speakers(text, "ar") == [speaker]


def test_ar12_a_name_in_a_relative_clause_after_the_title_is_not_the_speaker() -> None:
    text = "وقال المتحدث باسم الوفد، الذي التقى الوزير فهد بن سعد القحطاني: «إن المحادثات كانت مثمرة جدا»."
    assert direct_speakers(text, "ar") != ["فهد بن سعد القحطاني"]


def test_ar12_a_description_ending_with_a_name_names_its_holder() -> None:
    text = "وقال عضو المجلس الوطني العراقي حيدر الساعدي: «لم يصلنا أي مقترح رسمي حتى الآن»."
    assert direct_speakers(text, "ar") == ["حيدر الساعدي"]


def test_ar12_a_name_inside_a_sources_description_is_not_the_source() -> None:
    text = "وقال مصدر مقرب من الوزير حيدر الساعدي: «لم يصلنا أي مقترح رسمي حتى الآن»."
    assert direct_speakers(text, "ar") != ["حيدر الساعدي"]


@pytest.mark.parametrize(
    ("statement", "issuer"),
    [
        ("وقال بيان وزارة الزراعة إن", "وزارة الزراعة"),  # a body's head in construct with the statement
        ("وأشار تقرير هيئة الرقابة إلى أن", "هيئة الرقابة"),
    ],
)
def test_ar12_a_statement_in_construct_with_a_body_is_the_bodys(statement: str, issuer: str) -> None:
    text = f'{statement} "المشروع تأخر بسبب نقص التمويل وضعف المتابعة".'
    assert direct_speakers(text, "ar") == [issuer]


def test_ar12_a_surname_stands_for_the_one_unlinked_full_name_ending_with_it() -> None:
    # no stage linked the surname to the full name: the role phrase then saw two people
    text = (
        "أكد رئيس الحكومة نور الدين الحسناوي على أن حكومته ماضية في الإصلاح.\n"
        "وقال الحسناوي أمام البرلمان “الحكومة تتحمل مسؤوليتها كاملة في هذه المرحلة الصعبة”.\n"
        "وتابع رئيس الحكومة: “نريد أن نكون عند حسن ظن المواطنين”."
    )
    assert direct_speakers(text, "ar") == ["نور الدين الحسناوي", "نور الدين الحسناوي"]


def test_ar12_a_speech_verb_in_a_relative_clause_breaks_no_chain() -> None:
    text = (
        'قال وزير المالية خالد المنصور: "الميزانية تواجه ضغوطا كبيرة هذا العام".\n'
        "وتحدث أمام البرلمان عن الأسباب التي دعت لإعلان رئيس الجمهورية خطة التقشف، "
        'وأضاف: "سنحمي الفئات الأضعف من أي أعباء جديدة".'
    )
    assert direct_speakers(text, "ar") == ["خالد المنصور", "خالد المنصور"]


@pytest.mark.parametrize(
    "clause",
    [
        "وشدد على أنه لا يرى دورا للمعارضة في الحكومة المقبلة",  # "that he does not see": what he said
        "وأكد أنه يرى فرصة للحل في الأسابيع المقبلة",
    ],
)
def test_ar12_a_speech_verb_inside_what_was_said_breaks_no_chain(clause: str) -> None:
    text = (
        'قال وزير الخارجية سامي الهاشمي: "أجرينا محادثات مطولة مع الجانبين هذا الأسبوع".\n'
        f'{clause}، مضيفا "لا أرى كيف يمكن أن يتوقف القتال دون اتفاق شامل".'
    )
    assert direct_speakers(text, "ar") == ["سامي الهاشمي", "سامي الهاشمي"]
