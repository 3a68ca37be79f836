"""rasid.quotes.v1, Arabic speakers (round 19): a speech verb with no subject written after a sentence whose
opening verb has a person for subject. A coordinated وقال in the sentence of that verb (وقدم قائد الفريق X
شكره … وقال) goes on with X; after a sentence that opens with the last speaker again and names another person
only as an object (وعبر X عن أمله … بينه وبين Y. وقال), X still speaks. No guess where the verbs disagree in
gender or the person is the opening verb's object. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import direct_speakers


def test_ar19_a_coordinated_verb_goes_on_with_the_subject_of_the_opening_verb() -> None:
    text = (
        "واصل النادي تحضيراته في المعسكر الخارجي وقدم قائد الفريق ماجد الحربي شكره للإدارة على الدعم "
        'وقال: "كل اللاعبين جاهزون للموسم الجديد بعد هذه التدريبات".'
    )
    assert direct_speakers(text, "ar") == ["ماجد الحربي"]


def test_ar19_the_opening_verb_must_agree_with_the_speech_verb() -> None:
    text = (
        "واصل النادي تحضيراته في المعسكر الخارجي وقدم قائد الفريق ماجد الحربي شكره للإدارة على الدعم "
        'وقالت: "كل اللاعبين جاهزون للموسم الجديد بعد هذه التدريبات".'
    )
    assert direct_speakers(text, "ar") == [None]


def test_ar19_a_name_after_the_subject_of_the_opening_verb_is_its_object() -> None:
    text = (
        "واصل النادي تحضيراته في المعسكر الخارجي وشكر النادي قائد الفريق ماجد الحربي على جهوده "
        'وقال: "كل اللاعبين جاهزون للموسم الجديد بعد هذه التدريبات".'
    )
    assert direct_speakers(text, "ar") == [None]


def test_ar19_the_last_speaker_opening_the_sentence_before_speaks_on() -> None:
    text = (
        'وقال الوزير سالم الراشد: "المحادثات تسير في الاتجاه الصحيح منذ أسابيع". '
        "وشنت الطائرات غارات جديدة على مواقع المتمردين في الشمال. "
        "وعبر الراشد عن أمله في لقاء قريب بينه وبين الوزير كمال الحربي في العاصمة. "
        'وقال: "نريد أن نصل إلى اتفاق شامل قبل نهاية العام".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد", "سالم الراشد"]


def test_ar19_a_newcomer_opening_the_sentence_before_is_not_overruled() -> None:
    text = (
        'وقال الوزير سالم الراشد: "المحادثات تسير في الاتجاه الصحيح منذ أسابيع". '
        "وعبر الوزير كمال الحربي عن أمله في لقاء قريب بينه وبين الراشد في العاصمة. "
        'وقال: "نريد أن نصل إلى اتفاق شامل قبل نهاية العام".'
    )
    assert direct_speakers(text, "ar")[1] != "سالم الراشد"


def test_ar19_a_turn_opener_before_the_opening_verb_keeps_the_last_speaker() -> None:
    text = (
        'وقال الوزير سالم الراشد: "المحادثات تسير في الاتجاه الصحيح منذ أسابيع". '
        "وشنت الطائرات غارات جديدة على مواقع المتمردين في الشمال. "
        "وبدوره أبدى الراشد أمله في لقاء قريب بينه وبين الوزير كمال الحربي في العاصمة. "
        'وقال: "نريد أن نصل إلى اتفاق شامل قبل نهاية العام".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد", "سالم الراشد"]


def test_ar19_a_feminine_verb_goes_on_with_a_ministry_whose_statement_spoke() -> None:
    text = (
        'وقال بيان وزارة الدفاع الذي نشرته على موقعها إن "القوات تمكنت من صد الهجوم على المعسكر في الفجر". '
        'وقالت إن "الجنود سيطروا على المنطقة بالكامل بعد ساعات من القتال".'
    )
    assert direct_speakers(text, "ar") == ["وزارة الدفاع", "وزارة الدفاع"]


def test_ar19_a_feminine_verb_after_a_man_is_still_not_him() -> None:
    text = (
        'وقال الوزير سالم الراشد إن "القوات تمكنت من صد الهجوم على المعسكر في الفجر". '
        'وقالت إن "الجنود سيطروا على المنطقة بالكامل بعد ساعات من القتال".'
    )
    assert direct_speakers(text, "ar")[1] != "سالم الراشد"


def test_ar19_a_person_opening_the_sentence_after_an_unknown_subject_speaks() -> None:
    # يتابع قياسات: a speech verb read with a subject that names nobody; the next sentence opens with a person
    text = (
        "يقيس الباحث سالم الراشد نبضات قلبه كل يوم، بينما يتابع قياسات أخرى كل أسبوع. "
        "ويقارن الراشد بين جسده وسيارته. "
        'وعن ذلك، قال: "نحن نعرف كل شيء عن سياراتنا ولا نعرف شيئا عن أجسادنا".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar19_a_name_inside_quoted_words_after_an_unknown_subject_is_no_speaker() -> None:
    text = (
        "يقيس الباحث سالم الراشد نبضات قلبه كل يوم، بينما يتابع قياسات أخرى كل أسبوع. "
        'وكتب أن "الطبيب كمال الحربي يراجع النتائج مرة كل شهر". '
        'وعن ذلك، قال: "نحن نعرف كل شيء عن سياراتنا ولا نعرف شيئا عن أجسادنا".'
    )
    assert "كمال الحربي" not in direct_speakers(text, "ar")
