"""rasid.quotes.v1, Arabic speakers (round 16): a wrong speaker is worse than none. Who is not the speaker: the
person opening a long sentence once another spoke since, a person never titled for a role phrase, the last
speaker after a sentence opened by a title they never held, a man for a feminine verb, the speaker of the next
quotation, a name in speech reported after a colon, after a glued definite title, ending a relative clause, or
a verb after حينما inside what another said. Who is: the same speaker kept in reach over a long interview, an
unnamed woman described by her trade (anonymous), a verb and one person around a partial quote. Sentences
written for these tests."""

from __future__ import annotations

from quote_speakers import direct_speakers, organization_speakers


def test_ar16_a_later_verb_of_a_long_sentence_goes_on_with_the_speaker_named_since() -> None:
    # the party's leader opens the run-on sentence; its spokesman speaks after; "وأضاف" is the spokesman's
    text = (
        "وكان الحزب الوطني بزعامة سالم الراشد قد نفى الأنباء عن اتفاق جديد "
        "وقال المتحدث الرسمي باسم الحزب كمال الحربي في تصريح صحفي انه لا يوجد أي اتفاق "
        'وأضاف أن "الحزب متمسك بموقفه ولن يتراجع عنه تحت أي ضغط".'
    )
    assert direct_speakers(text, "ar") == ["كمال الحربي"]


def test_ar16_a_later_verb_after_a_spokesman_named_by_nobody_known_is_not_the_opening_person() -> None:
    text = (
        "وكان الحزب الوطني بزعامة سالم الراشد قد نفى الأنباء عن اتفاق جديد "
        "وقال المتحدث الرسمي باسم الحزب في تصريح صحفي انه لا يوجد أي اتفاق "
        'وأضاف أن "الحزب متمسك بموقفه ولن يتراجع عنه تحت أي ضغط".'
    )
    assert direct_speakers(text, "ar") != ["سالم الراشد"]


def test_ar16_the_person_opening_the_sentence_still_speaks_with_no_one_else_named() -> None:
    text = (
        "وأشار الوزير سالم الراشد إلى أن الحكومة لا تنوي رفع الأسعار هذا العام "
        'وأضاف أن "الميزانية قادرة على تحمل الأعباء الحالية كلها".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar16_a_role_phrase_does_not_refer_back_to_a_person_never_given_a_title() -> None:
    # the one speaker in view was never called a head of anything: "رئيس اللجنة" is someone unnamed
    text = (
        'وقال ماجد الحربي من مركز الدراسات الإقليمية لوكالة الأنباء: "الانتخابات محسومة سلفا ولن تغير شيئا". '
        "وشهدت المدن إقبالا ضعيفا على مراكز الاقتراع منذ الصباح. "
        'ونفى رئيس اللجنة الانتخابية هذا التراجع، معتبرا أن "المشاركة كانت جيدة في كل المحافظات".'
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] == "ماجد الحربي"
    assert speakers[-1] != "ماجد الحربي"


def test_ar16_a_role_phrase_still_refers_back_to_the_person_who_holds_a_title() -> None:
    text = (
        'وقال رئيس اللجنة الانتخابية ماجد الحربي لوكالة الأنباء: "الانتخابات تجري في أجواء هادئة تماما". '
        "وشهدت المدن إقبالا ضعيفا على مراكز الاقتراع منذ الصباح. "
        'ونفى رئيس اللجنة هذا التراجع، معتبرا أن "المشاركة كانت جيدة في كل المحافظات".'
    )
    assert direct_speakers(text, "ar") == ["ماجد الحربي", "ماجد الحربي"]


def test_ar16_a_definite_title_the_last_speaker_never_held_opens_a_newcomer_sentence() -> None:
    # the envoy spoke; the secretary-general welcomes the vote, then "وقال": not the envoy
    text = (
        'وقال مندوب الكويت سالم الراشد إن "القرار يحتاج إلى تعديلات كثيرة قبل التصويت". '
        "وقد رحب الأمين العام للمنظمة باعتماد القرار في جلسة الأمس. "
        'وقال: "هذا يوم مهم للمجلس وللشعوب التي تنتظر الحل".'
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] == "سالم الراشد"
    assert speakers[-1] != "سالم الراشد"


def test_ar16_a_definite_title_the_last_speaker_holds_goes_on_with_them() -> None:
    text = (
        'وقال الرئيس التونسي سالم الراشد إن "القرار يحتاج إلى تعديلات كثيرة قبل التصويت". '
        "وقد رحب الرئيس باعتماد القرار في جلسة الأمس. "
        'وقال: "هذا يوم مهم للمجلس وللشعوب التي تنتظر الحل".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد", "سالم الراشد"]


def test_ar16_a_feminine_verb_far_from_any_speaker_is_not_the_man_in_view() -> None:
    # nobody spoke before; the one person in view is a man (ويعرّف), the verb after is feminine
    text = (
        "ويعرّف المؤرخ سامي الخطيب الحضارة بأنها «نظام اجتماعي يعين الإنسان على الزيادة في إنتاجه». "
        "وثمة تعريفات أخرى كثيرة في الكتب القديمة والحديثة تؤكد بأن «الحضارة ثمرة كل جهد يبذله الإنسان»."
    )
    assert direct_speakers(text, "ar")[-1] != "سامي الخطيب"


_FILLER = (
    "المشروع يضم مكتبة عامة وقاعات للمحاضرات وورشا للحرف اليدوية ومساحات خضراء واسعة للعائلات والأطفال. "
)


def test_ar16_speech_verbs_with_no_subject_keep_the_speaker_in_reach_over_a_long_interview() -> None:
    # the architect is named once; reported speech with no quotation marks goes on for paragraphs
    text = (
        'قالت المهندسة سلمى العبيدي إن "العمل على المشروع بدأ منذ ثلاث سنوات".\n'
        "وأشارت في حديث للصحيفة إلى أن " + _FILLER * 5 + "\n"
        "وقالت: بالنسبة لي " + _FILLER * 5 + "\n"
        'وأضافت: "أتمنى أن يفتح المشروع أبوابه للجمهور قبل نهاية العام المقبل".'
    )
    assert direct_speakers(text, "ar") == ["سلمى العبيدي", "سلمى العبيدي"]


def test_ar16_a_verb_inside_what_she_was_asked_about_does_not_stop_the_chain() -> None:
    text = (
        'قالت المهندسة سلمى العبيدي إن "المشروع يسير وفق الخطة الموضوعة له منذ البداية". '
        "وعما إذا هي تتابع المشاريع المماثلة في المدن الأخرى قالت: نعم بالتأكيد. "
        'وأضافت: "أتعلم الكثير من تجارب الآخرين في هذا المجال".'
    )
    assert direct_speakers(text, "ar") == ["سلمى العبيدي", "سلمى العبيدي"]


def test_ar16_a_verb_with_no_subject_after_a_newcomer_sentence_does_not_carry_the_last_speaker() -> None:
    # the visitor spoke; then the head of the port (a title, no name) meets them and "أكد"
    text = (
        'وقال جون ماركس، ممثل الاتحاد الدولي إن الزيارة كانت مفيدة، مضيفا: "رأينا عملا ضخما أنجز في وقت قياسي".'
        "والتقى الوفد رئيس هيئة الميناء، الذي رحب بأعضائه في مقر الهيئة بالمدينة، "
        "مؤكدا أن الميناء الجديد سيخدم التجارة العالمية. كما اكد أن كلفة المشروع بلغت ملياري دولار، "
        'مضيفا: "سيتم الإعلان عن الأرقام الرسمية قريبا".'
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] == "جون ماركس"
    assert speakers[-1] != "جون ماركس"


def test_ar16_an_unnamed_woman_described_by_her_trade_is_an_anonymous_speaker() -> None:
    text = (
        'وقالت محللة لدى أحد المصارف الكبرى في مذكرة بحثية: "الاقتصاد يمر بمرحلة صعبة هذا العام". '
        'وأفادت شاهدة عيان بأن الجنود وصلوا فجرا قائلة: "رأيتهم يدخلون القرية من الجهة الشرقية".'
    )
    assert [kind for _, kind in organization_speakers(text)] == ["anonymous", "anonymous"]


def test_ar16_a_verb_after_a_quotation_that_opens_the_next_one_is_not_its_attribution() -> None:
    text = (
        "وامتلأت مواقع التواصل بعبارات الحزن على الفقيدة، "
        "فيما وصفها الكاتب ماجد العتيبي بأنها “كانت سباقة في العطاء”، "
        "وقال الناشط سامي الخطيب “إنها أم الأيتام في المدينة وتكفل عشرات الأسر”."
    )
    speakers = direct_speakers(text, "ar")
    assert speakers[0] != "سامي الخطيب"
    assert speakers[-1] == "سامي الخطيب"


def test_ar16_a_partial_quote_in_a_sentence_opened_by_a_verb_and_one_person_is_theirs() -> None:
    text = "وحمّل الوزير سالم الراشد الشركة المنفذة «المسؤولية الكاملة عن التأخير الكبير في تسليم المشروع للسكان»."
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar16_a_short_title_in_marks_after_a_person_is_not_their_statement() -> None:
    text = "وقدم الطالب سالم الراشد مشروعه المبتكر «الخطوط الملونة لمعرفة عمر الإطار» في المعرض الدولي."
    assert direct_speakers(text, "ar") in ([], [None])


def test_ar16_a_partial_quote_right_after_a_statement_about_the_person_stays_the_statement_s() -> None:
    text = (
        'وقال بيان لوزارة الداخلية إن "الوزير سالم الراشد تفقد مواقع الحادث برفقة عدد من الضباط". '
        "كما زار الراشد مديرية الشرطة في المدينة «للاطلاع على سير التحقيقات في هذا الحادث ومتابعة نتائجها»."
    )
    assert direct_speakers(text, "ar")[-1] != "سالم الراشد"


def test_ar16_a_person_named_in_speech_reported_after_a_colon_is_no_newcomer() -> None:
    text = (
        'وقال الوزير سالم الراشد إن "المشروع يسير وفق الخطة الموضوعة منذ البداية". '
        "وزاد: لقد التقيت رئيس الهيئة ماجد العتيبي وأبلغته بالقرار النهائي للحكومة، "
        'وأضاف: "سنبدأ التنفيذ في الأسبوع المقبل بإذن الله".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد", "سالم الراشد"]


def test_ar16_a_name_after_a_definite_title_glued_to_a_preposition_is_not_the_subject() -> None:
    # the sources are loyal to the president; the president said nothing
    text = (
        "وكانت مصادر عسكرية موالية للرئيس سالم الراشد، قالت في وقت سابق للصحيفة، "
        'إن "القيادة وضعت خطة زمنية لتحرير المدن الجنوبية قبل نهاية العام".'
    )
    assert direct_speakers(text, "ar") != ["سالم الراشد"]


def test_ar16_a_name_ending_a_relative_clause_before_the_verb_is_not_its_subject() -> None:
    text = (
        "وصل الوزير سالم الراشد إلى العاصمة أمس. "
        'الراشد الذي طالما رفع شروطه في وجه ماجد العتيبي يقول: "إنه اتفاق متوازن يحفظ مصالح الجميع".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar16_a_verb_in_the_relative_clause_of_the_name_before_it_is_that_person_s() -> None:
    text = (
        "وصل اللاعب ماجد العتيبي، الذي كان من المفترض أن يصل أمس، إلى المعسكر اليوم، "
        'بحسب ما أكد المدرب سالم الراشد الذي قال: "لقد سمعت أنه تأخر بسبب الرحلة".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]


def test_ar16_a_verb_after_when_inside_what_the_opener_said_is_not_theirs() -> None:
    text = (
        "وقال مدير المهرجان سالم الراشد إن الفوز جاء نتيجة جهد ورعاية صاحب السمو الأمير ماجد بن سعود وتعزيزا لما أعلنه سموه "
        'قبل أربع سنوات حينما قال "ستكون المدينة الوجهة السياحية الأولى في المنطقة كلها".'
    )
    assert direct_speakers(text, "ar") != ["سالم الراشد"]


def test_ar16_a_verb_after_when_in_the_opener_s_own_clause_is_still_theirs() -> None:
    text = (
        "وعزز المدرب سالم الراشد فرضية التعاقد مع اللاعب عندما قال بعد المباراة: "
        '"هناك احتمال كبير لضمه إلى الفريق لكن لا شيء رسميا حتى الآن".'
    )
    assert direct_speakers(text, "ar") == ["سالم الراشد"]
