"""rasid.quotes.v1, Arabic speakers (round 15): the speaker chain over a newcomer. A person who opens the
implicit verb's own sentence, or the sentence before it, with a verb that is no speech verb takes over
the chain, also when the last speaker's gender disagrees with the verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers, organization_speakers


def test_ar15_a_participle_goes_on_with_the_newcomer_opening_its_sentence_past_a_quote() -> None:
    # the sentence of the participle opens with a new person; a quotation stands between them
    text = (
        "وأشار الوزير سامي الخطيب إلى أن «التعاون بين البلدين يتقدم بثبات». "
        "أما الباحث ماجد العتيبي، أستاذ التاريخ في الجامعة، فطرح سؤالا عن «من نحن وإلى أين نمضي بعد كل هذا»، "
        "موضحا أن هناك «أجوبة كثيرة لن تأتي من الخارج أبدا»."
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] == "سامي الخطيب"
    assert speakers[-1] == "ماجد العتيبي"


def test_ar15_a_masculine_verb_after_a_woman_takes_the_man_opening_the_sentence_before() -> None:
    text = (
        'وقالت المديرة التنفيذية هدى السالم إن القرار "خطوة متأخرة جدا ولن تغير شيئا في السوق". '
        "وندد النائب المستقل فيصل المطيري من كتلة الإصلاح بالقرار بوصفه متسرعا. "
        'وقال: "نصيحتي للحكومة أن تراجع حساباتها قبل فوات الأوان".'
    )
    assert direct_speakers(text, "ar") == ["هدى السالم", "فيصل المطيري"]


def test_ar15_a_feminine_verb_after_a_man_takes_the_woman_opening_the_sentence_before() -> None:
    text = (
        'وقال المحامي سعيد الحربي إن "الوضع لم يعد يحتمل". '
        "فيما طالبت الموظفة الحكومية سارة العتيبي الحكومة بتصحيح المسارات وإجراء إصلاحات. "
        'وأضافت: "أمام الوزارة اليوم فرصة نادرة لتغيير كل شيء".'
    )
    assert direct_speakers(text, "ar") == ["سعيد الحربي", "سارة العتيبي"]


def test_ar15_a_disagreeing_gender_with_nobody_new_still_gives_no_speaker() -> None:
    # nobody opened a sentence since the woman spoke: a masculine verb has no one to refer to
    text = (
        'وقالت المديرة التنفيذية هدى السالم إن القرار "خطوة متأخرة جدا ولن تغير شيئا في السوق". '
        "وجاء القرار بعد أسابيع من النقاش. "
        'وقال: "نصيحتي للحكومة أن تراجع حساباتها قبل فوات الأوان".'
    )
    assert direct_speakers(text, "ar") == ["هدى السالم", None]


def test_ar15_a_person_inside_what_a_statement_said_takes_no_disagreeing_verb() -> None:
    # the man is what the statement reported, not a subject: "وأضاف" is the statement's, not his
    text = (
        'وقالت الحركة في بيانها إن "القيادة الجديدة ستعيد بناء الجيش من جديد". '
        "وقال البيان إن القائد خالد الشريف قدم خدمات كبيرة للحركة. "
        'وأضاف: "لقد تمكن القائد من هزيمة خصومه في أكثر من معركة".'
    )
    assert "خالد الشريف" not in direct_speakers(text, "ar")


def test_ar15_the_newcomer_opening_the_sentence_wins_over_an_earlier_newcomer() -> None:
    # the club president came in first, but the player opens the sentence of "وقال"
    text = (
        'قال المدرب سعد العمري: "الفريق جاهز تماما للموسم الجديد بعد المعسكر". '
        "واجتمع رئيس النادي فهد المالكي مع المدرب في المعسكر. "
        "من جانبه، أبدى اللاعب ناصر الحربي رضاه عن مسيرته مع الفريق. "
        'متمنيا التوفيق لزملائه، وقال: "اتخذت القرار عن قناعة تامة ولن أتراجع عنه".'
    )
    assert direct_speakers(text, "ar") == ["سعد العمري", "ناصر الحربي"]


def test_ar15_the_spokeswoman_in_the_name_of_a_body_is_a_subject_that_takes_the_chain() -> None:
    # "باسم" belongs to the title: the name after "المتحدثة باسم الحكومة" is the subject of وأقرت
    text = (
        'وقال رئيس الوزراء خالد الشريف إن "الاتفاق هو أفضل ما يمكن الوصول إليه الآن". '
        "وأقرت المتحدثة باسم الحكومة سارة العتيبي قبل التصويت بأن الانقسام كبير داخل الحزب. "
        'وأعلنت بعد التصويت أن "الثمن كان واضحا على صعيد الغالبية البرلمانية".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف", "سارة العتيبي"]


@pytest.mark.parametrize("verb", ["وأكمل", "ويختتم"])
def test_ar15_went_on_and_concludes_carry_the_chain(verb: str) -> None:
    text = (
        'قال المخرج سعد العمري إن "العرض لاقى حضورا كبيرا من الشباب هذا العام". '
        f'{verb}: "سنعود بعرض جديد في الصيف المقبل إن شاء الله".'
    )
    assert direct_speakers(text, "ar") == ["سعد العمري", "سعد العمري"]


def test_ar15_admitted_names_its_subject_as_the_speaker() -> None:
    text = 'وأقرت الوزيرة سارة العتيبي بأن "الخطة تأخرت كثيرا عن موعدها المحدد".'
    assert direct_speakers(text, "ar") == ["سارة العتيبي"]


def test_ar15_a_one_word_name_in_quotation_marks_after_a_speech_verb_is_the_speaker() -> None:
    # the papers set a surname in quotation marks as the verb's subject; the chain goes on with it
    text = (
        "قال رئيس القبيلة إن الوضع هادئ. "
        "ويقول «جديدي»: «توجد أياد خفية تحاول إثارة الفتنة بين الناس هنا». "
        "وأضاف: «لن نسمح بذلك أبدا مهما حدث»."
    )
    assert direct_speakers(text, "ar") == ["جديدي", "جديدي"]


@pytest.mark.parametrize("word", ["الهيئة", "المتحدث", "البيان"])
def test_ar15_a_body_a_role_or_a_statement_in_quotation_marks_is_no_person(word: str) -> None:
    text = f'وأوضح "{word}": "فرق التفتيش نظمت جولات كثيرة في المحافظة هذا الأسبوع".'
    assert direct_speakers(text, "ar") == [None]


def test_ar15_a_phrase_of_time_before_the_verb_leaves_the_title_holder_its_subject() -> None:
    # "وعقب المباراة" opens the sentence; the title after the verb is its subject, not its object
    text = (
        "وعقب المباراة حفز رئيس البعثة خالد الشريف اللاعبين بمكافآت فورية "
        'وقال: "سرني المستوى الذي قدمه اللاعبون اليوم أمام الجمهور".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف"]


def test_ar15_a_verb_inside_what_was_said_does_not_break_the_chain() -> None:
    # "يؤكد" with a subject naming nobody is part of what he said after "بالقول إن": he goes on
    text = (
        'قال الوزير خالد الشريف: "سنواصل القتال حتى النهاية مهما كلف الأمر". '
        "ومضى الشريف بالقول إن عروض المتمردين بالانسحاب يؤكد حقيقة واحدة. "
        'وتابع: "الحسم النهائي بات قريبا جدا".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف", "خالد الشريف"]


def test_ar15_a_verb_after_when_is_no_part_of_what_was_said() -> None:
    # "بعد أن" is no report: the verb after it, with a subject naming nobody known, still stops the chain
    text = (
        'قال الوزير خالد الشريف: "سنواصل القتال حتى النهاية مهما كلف الأمر". '
        "وبعد أن انتهى المؤتمر قال أحدهم الكثير. "
        'وتابع: "الحسم النهائي بات قريبا جدا".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف", None]


def test_ar15_a_feminine_verb_with_an_object_pronoun_still_agrees_with_the_woman() -> None:
    # "أخبرتني" is feminine: the woman it opens with takes a later "وأضافت" after a man spoke
    text = (
        'وقال النائب خالد الشريف إن "الاتفاق لن يصمد طويلا أمام هذه الضغوط". '
        "وفي الإطار ذاته، أخبرتني الباحثة سارة العتيبي، نائبة رئيس المجلس، أن الخطر قائم. "
        'وأضافت: "يمكن أن تبذل تلك الأطراف أقصى ما يمكنها لتعطيل التنفيذ".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف", "سارة العتيبي"]


def test_ar15_an_anonymity_phrase_does_not_break_the_anonymous_source_chain() -> None:
    # "عدم كشف هويته": كشف is a noun there, no verb whose subject names nobody
    text = (
        "وذكر مصدر أمني في المدينة طالبا عدم كشف هويته أنه سمع دويا كبيرا قرب السوق. "
        'وأضاف: "كنت على بعد نحو مئتي متر عن مكان الانفجار".'
    )
    assert organization_speakers(text) == [(None, "anonymous")]


def test_ar15_hinted_names_its_subject_for_a_participle_after_it() -> None:
    text = (
        "فيما ألمح الوزير المسؤول عن المفاوضات خالد الشريف، إلى أن اجتماعا جديدا قد يعقد قريبا، "
        'معلنا بقوله: "إذا لم نصل إلى اتفاق في المرة المقبلة فإن الموضوع سيصبح صعبا".'
    )
    assert direct_speakers(text, "ar") == ["خالد الشريف"]


def test_ar15_a_body_closing_a_prepositional_phrase_is_not_the_body_that_speaks() -> None:
    # nobody's verb in view names the body: "بالمسجد الحرام" is where the services are, no subject
    text = (
        "يجري المعهد دراسة علمية لتطوير برنامج الترجمة في المسجد الحرام. "
        "وأكد لـ«عكاظ» عميد المعهد الدكتور خالد الشريف أن الدولة تبذل الكثير لخدمة الزوار. "
        "وأفاد بأن هذه الدراسة تسعى لتقديم رؤية متكاملة للترجمة، ومن كل الخدمات المتاحة بالمسجد الحرام. "
        'وأضاف: "الباحثون في المعهد يواصلون السعي لتطوير الخدمات".'
    )
    assert organization_speakers(text) != [("الحرام", "organization")]
