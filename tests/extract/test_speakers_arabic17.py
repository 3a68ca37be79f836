"""rasid.quotes.v1, Arabic speakers (round 17): quotes a reader attributes at once that got no speaker. What after a
speech verb names no subject and so must not break the chain: a circumstantial clause about the verb's own subject
(وقالت وهي تبكي), a name glued to ل (وقالت لرويترز: whom it was said to). A turn opener before a verb (من جانبه أبدى
X) leaves X the sentence's subject. And still no guess where another is named. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import direct_speakers


def test_ar17_a_circumstantial_clause_after_the_verb_keeps_the_chain() -> None:
    text = (
        'وقالت الممثلة سلمى الحايك "كنت خائفة جدا على ابني في تلك اللحظة". '
        "وقالت وهي تبكي إنها لم تنم منذ يومين. "
        'وأضافت "لن أترك ابني يعود إلى البحر مرة أخرى أبدا".'
    )
    assert direct_speakers(text, "ar") == ["سلمى الحايك", "سلمى الحايك"]


def test_ar17_a_circumstantial_clause_opening_the_first_verb_takes_the_one_person_before() -> None:
    text = (
        "وصل الوزير سالم الراشد إلى موقع الحادث صباح اليوم. "
        'وقال وهو يتفقد المكان "سنحاسب كل من قصر في أداء واجبه تجاه السكان".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar17_a_name_glued_to_lam_after_the_verb_is_whom_it_was_said_to() -> None:
    text = (
        "وقالت النائبة بروين بولدان إن الانفجار وقع في المركز الثقافي. "
        'وقالت لرويترز "كان الشبان يستعدون لعبور الحدود إلى المدينة".'
    )
    assert direct_speakers(text, "ar") == ["بروين بولدان"]


def test_ar17_a_person_glued_to_lam_is_not_taken_as_the_speaker() -> None:
    text = (
        "التقى الوزير سالم الراشد السفير كمال الحربي في مكتبه. "
        'وقال لكمال الحربي "نرحب بكم في بلدكم الثاني دائما".'
    )
    assert "كمال الحربي" not in direct_speakers(text, "ar")


def test_ar17_a_turn_opener_before_the_verb_leaves_its_subject_the_speaker() -> None:
    text = (
        "جدد النادي عقد المهاجم فهد العتيبي لموسمين بحضور رئيس النادي ماجد السالم. "
        'من جانبه أبدى اللاعب فهد العتيبي سعادته بالتجديد وقال "لم أتخيل نفسي بعيدا عن هذا النادي أبدا".'
    )
    assert direct_speakers(text, "ar") == ["فهد العتيبي"]


def test_ar17_a_turn_opener_does_not_make_an_object_a_subject() -> None:
    # the minister is whom the coach praised (بالوزير), the coach (unnamed) speaks: no guess of the minister
    text = (
        "من جانبه أشاد المدرب بالوزير سالم الراشد على دعمه وقال "
        '"سنعمل على تحقيق ما يتطلع إليه الجمهور في الموسم المقبل".'
    )
    assert direct_speakers(text, "ar") != ["سالم الراشد"]


def test_ar17_about_him_after_the_verb_names_no_subject() -> None:
    # "ويقول عنه": the words are about the defender, said by the coach opening the sentence
    text = (
        "وأعرب المدرب سالم الراشد عن أمله في ضم المدافع الشاب كمال الحربي قبل بداية الموسم، "
        'ويقول عنه "إنه من أفضل المدافعين في الدوري هذا العام".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar17_to_him_after_the_verb_keeps_the_chain() -> None:
    text = (
        "وقال الوزير سالم الراشد إن زيارة السفير كمال الحربي مهمة للبلدين. "
        'وقال له "نحن نقدر دعمكم الكبير لبلادنا دائما".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar17_to_him_is_not_the_person_named_last() -> None:
    # the president insisted; the writer answered him: "قال له" is not the president's
    text = (
        "كتب الأديب سامي الخطيب عشرات الكتب. "
        "وعندما ألح عليه الرئيس كمال الحربي في قبول منصب وزاري، "
        'قال له: "لن أترك الكتابة من أجل أي منصب مهما كان".'
    )
    assert direct_speakers(text, "ar") != ["كمال الحربي"]


def test_ar17_about_him_is_not_the_person_named_last() -> None:
    text = (
        'وتحدث اللاعب سامي الخطيب طويلا عن زميله كمال الحربي، وقال عنه: "إنه أهدأ لاعب عرفته في حياتي كلها".'
    )
    assert direct_speakers(text, "ar") != ["كمال الحربي"]


def test_ar17_a_subject_written_after_about_it_is_no_chain() -> None:
    # "وقالت عنه الشركة": the company speaks (named by no stage here), not the minister who spoke before
    text = (
        "وقال الوزير سالم الراشد إن الهاتف الجديد سيطرح قريبا. "
        'وقالت عنه الشركة الكورية "إنه أسرع هاتف أنتجناه حتى اليوم".'
    )
    assert direct_speakers(text, "ar") == [None]


def test_ar17_a_subject_written_after_about_it_speaks() -> None:
    text = (
        "وأوضح المدرب سامي الخطيب أن الفريق يتطور. وعن مدينة جدة التي قال عنها الخطيب "
        '"إنها تكبر كل يوم وتفاجئني دائما" لم يضف شيئا.'
    )
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_ar17_his_excellency_is_the_minister_in_view() -> None:
    # nobody spoke before; the king is named too, but only the minister holds "معالي"
    text = (
        "رفع معالي وزير النقل الأستاذ سامي الخطيب التعازي إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
        "وإلى أسر الضحايا. "
        'وقال معاليه: "إن هذا العمل الإجرامي لن ينال من وحدة هذا الوطن".'
    )
    assert direct_speakers(text, "ar") == ["سامي الخطيب"]


def test_ar17_his_excellency_with_two_ministers_in_view_is_nobody() -> None:
    text = (
        "استقبل معالي وزير النقل سامي الخطيب معالي وزير الإسكان كمال الحربي في مكتبه. "
        'وقال معاليه: "إن التعاون بين الوزارتين سيستمر في المرحلة المقبلة".'
    )
    assert direct_speakers(text, "ar") == [None]
