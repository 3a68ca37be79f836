"""rasid.quotes.v1 on Arabic speakers in Saudi press style: who "he added" is when someone else came
in since the last speaker, names the tagger misses, and titles without a comma. Sentences written for
these tests."""

from __future__ import annotations

from rasid.extract import analyze_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_text(text, language="ar")
    return [(a.text, a.attrs.get("speaker")) for a in doc.layer("quotes") if a.label == "direct"]


def test_speakers_arabic_titled_newcomer_stops_the_last_speaker() -> None:
    # the director of the port came in as a subject (his name may be one no stage marks): the
    # participle after is not the engineer's, who spoke before him
    text = (
        "وقال المهندس سامي العتيبي، ممثل الاتحاد: «المشروع يسير وفق الخطة الموضوعة له منذ البداية».\n"
        "واستقبل الوفد مدير ميناء الدمام الفريق مهاب مميش، الذي رافقهم في جولة على الأرصفة الجديدة، "
        "مؤكدا أن العمل يتقدم، مضيفا: «سنعلن موعد التشغيل الرسمي خلال الأسابيع المقبلة»."
    )
    found = dict(_speakers(text))
    assert found["المشروع يسير وفق الخطة الموضوعة له منذ البداية"] == "سامي العتيبي"
    assert found["سنعلن موعد التشغيل الرسمي خلال الأسابيع المقبلة"] != "سامي العتيبي"


def test_speakers_arabic_own_title_repeated_keeps_the_last_speaker() -> None:
    # the same title as the one written with the last speaker's name: he is still the one speaking
    text = (
        "وقال مدير الميناء سامي العتيبي: «المشروع يسير وفق الخطة الموضوعة له منذ البداية».\n"
        "واستقبل مدير الميناء الوفد في مكتبه، مضيفا: «سنعلن موعد التشغيل الرسمي خلال الأسابيع المقبلة»."
    )
    found = dict(_speakers(text))
    assert found["سنعلن موعد التشغيل الرسمي خلال الأسابيع المقبلة"] == "سامي العتيبي"


def test_speakers_arabic_title_after_a_preposition_in_the_speakers_own_sentence() -> None:
    # "he spoke with the commander of …" is the rest of the last speaker's sentence: no newcomer
    text = (
        "وقال وزير الداخلية سامي العتيبي إنه تحدث مع قائد قوات الحدود هاتفيا صباح اليوم.\n"
        "وأضاف في تغريدة «إننا واثقون من السيطرة على الوضع خلال ساعات قليلة»."
    )
    assert dict(_speakers(text))["إننا واثقون من السيطرة على الوضع خلال ساعات قليلة"] == "سامي العتيبي"


def test_speakers_arabic_described_company_is_the_one_named_in_quotation_marks() -> None:
    # شركة “…” names the company: "the company explained" is that company, not the bare word
    text = (
        "حذرت شركة “زافيرون” لأمن الشبكات من ثغرة جديدة في الهواتف. "
        "وأوضحت الشركة عبر موقعها أن “المهاجمين يستطيعون سرقة البيانات دون علم صاحب الجهاز”."
    )
    found = dict(_speakers(text))
    assert found["المهاجمين يستطيعون سرقة البيانات دون علم صاحب الجهاز"] == "زافيرون"


def test_speakers_arabic_honorific_before_a_name_in_apposition() -> None:
    # title, comma, an honorific (الشيخ, الدكتور) and the name, comma: the name is the speaker
    text = (
        "من جهته، قال مدير الشؤون الدينية بوزارة الأوقاف، الشيخ محمد عبد الرازق، لـ«الصحيفة»، "
        "إنه «لا تراجع عن إغلاق المعاهد التي لا تتبع المنهج الرسمي»."
    )
    assert dict(_speakers(text))["لا تراجع عن إغلاق المعاهد التي لا تتبع المنهج الرسمي"] == "محمد عبد الرازق"


def test_speakers_arabic_apposition_name_cut_short_by_the_tagger() -> None:
    # the tagger may stop before the last word of a long name; the comma still closes the apposition
    text = (
        "أكد وزير الخارجية السعودي، عادل بن أحمد الجبير، على أهمية العلاقات بين البلدين، قائلا: "
        "«نبذل كل ما في وسعنا لتطوير العلاقات بين البلدين الشقيقين»."
    )
    speaker = dict(_speakers(text))["نبذل كل ما في وسعنا لتطوير العلاقات بين البلدين الشقيقين"]
    assert speaker is not None and speaker.startswith("عادل بن أحمد")


def test_speakers_arabic_dotted_abbreviation_does_not_end_the_sentence() -> None:
    # (إن.بي.سي) is one word: the speaker named before it still says the quotation after it
    text = (
        "وقال سامي العتيبي من جمعية الصيادين لـ(إن.بي.سي) إنه كان يسبح "
        '"في المياه القريبة من الشاطئ حين هاجمته السمكة فجأة".'
    )
    assert dict(_speakers(text))["في المياه القريبة من الشاطئ حين هاجمته السمكة فجأة"] == "سامي العتيبي"


def test_speakers_arabic_long_title_after_a_non_speech_verb_opens_the_sentence() -> None:
    # a verb that is no speech verb, a title of six words, then the name; "وقال:" next is theirs
    text = (
        "عزا عضو مجلس إدارة الاتحاد السعودي لكرة اليد سامي العتيبي تحسن النتائج إلى خطط التطوير.\n"
        "وقال: «فريقنا قدم مباريات قوية رغم غياب عدد من اللاعبين الأساسيين»."
    )
    assert (
        dict(_speakers(text))["فريقنا قدم مباريات قوية رغم غياب عدد من اللاعبين الأساسيين"] == "سامي العتيبي"
    )


def test_speakers_arabic_long_object_phrase_is_no_title() -> None:
    # the person after a long phrase that opens with no title is an object: no guess for "وقال:"
    text = (
        "شارك عدد كبير من الشباب في حفل تكريم اللاعب سامي العتيبي بمناسبة اعتزاله.\n"
        "وقال: «فريقنا قدم مباريات قوية رغم غياب عدد من اللاعبين الأساسيين»."
    )
    assert dict(_speakers(text))["فريقنا قدم مباريات قوية رغم غياب عدد من اللاعبين الأساسيين"] is None


def _typed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = analyze_text(text, language="ar")
    return [
        (a.attrs.get("speaker"), a.attrs.get("speaker_type"), a.attrs.get("speaker_description"))
        for a in doc.layer("quotes")
        if a.label == "direct"
    ]


def test_speakers_arabic_relative_of_someone_is_an_unnamed_speaker() -> None:
    # the father of a named man is not that man (was a wrong speaker); the girl's mother is unnamed
    assert _typed("وقال والد سامي العتيبي: «لم نتلق أي اتصال من النادي حتى هذه اللحظة».") == [
        (None, "anonymous", "والد سامي العتيبي")
    ]
    assert _typed("وقالت والدة الطفلة: «لم نتلق أي اتصال من المستشفى حتى هذه اللحظة».") == [
        (None, "anonymous", "والدة الطفلة")
    ]


def test_speakers_arabic_relative_named_after_the_complement_is_that_person() -> None:
    # "the victim's brother X": X speaks
    assert _typed("وقال شقيق الضحية سامي العتيبي: «لم نتلق أي اتصال من الشرطة حتى هذه اللحظة».") == [
        ("سامي العتيبي", "person", None)
    ]


def test_quotes_arabic_mark_glued_to_the_word_before_opens_a_quotation() -> None:
    # the opening mark typed against the word before it, a space, the words, then the closing mark
    text = (
        'وقال المرصد في بيان اليوم" إن القصف استهدف ثلاثة أحياء في المدينة منذ الصباح" .\n'
        "وقال وزير النقل سامي العتيبي” القرار يحمل الشركة المسؤولية الكاملة عن التأخير”."
    )
    found = dict(_speakers(text))
    assert "إن القصف استهدف ثلاثة أحياء في المدينة منذ الصباح" in found
    assert found["القرار يحمل الشركة المسؤولية الكاملة عن التأخير"] == "سامي العتيبي"


def test_quotes_arabic_mark_glued_after_a_closed_quotation_opens_nothing() -> None:
    # a closing mark glued to its word, with a second quotation after: two quotations, not one between
    text = 'وقال الوزير إن "المشروع سينتهي هذا العام" ثم أضاف إن "العمل يسير وفق الخطة الموضوعة".'
    assert sorted(q for q, _ in _speakers(text)) == [
        "العمل يسير وفق الخطة الموضوعة",
        "المشروع سينتهي هذا العام",
    ]


def test_speakers_arabic_honorific_before_a_title_refers_back_like_the_title() -> None:
    # معالي before the minister's title: still the minister named before, not an unknown subject
    text = (
        "قال وزير المالية سامي العتيبي إن «الميزانية الجديدة تركز على الصحة والتعليم».\n"
        "وأكد معالي وزير المالية أن «العجز سينخفض خلال العام المقبل بشكل كبير»."
    )
    assert dict(_speakers(text))["العجز سينخفض خلال العام المقبل بشكل كبير"] == "سامي العتيبي"


def test_speakers_arabic_writing_and_tweeting_verbs_report_words() -> None:
    text = (
        'وكتب سامي العتيبي المستشار القانوني للشركة "نحن نختلف مع هذا القرار ونطلب مراجعته فورا".\n'
        "وغرد خالد الزهراني قائلا: «سنواصل العمل حتى تحقيق كل الأهداف المرسومة»."
    )
    found = dict(_speakers(text))
    assert found["نحن نختلف مع هذا القرار ونطلب مراجعته فورا"] == "سامي العتيبي"
    assert found["سنواصل العمل حتى تحقيق كل الأهداف المرسومة"] == "خالد الزهراني"


def test_speakers_arabic_second_title_before_the_name_makes_it_the_object() -> None:
    # the prime minister received the ambassador X: X is no subject, "وقال:" is nobody's
    text = (
        "استقبل رئيس الوزراء في مكتبه أمس سفير اليابان سامي العتيبي.\n"
        "وقال: «العلاقات بين البلدين تشهد تطورا كبيرا في كل المجالات»."
    )
    assert dict(_speakers(text))["العلاقات بين البلدين تشهد تطورا كبيرا في كل المجالات"] is None


def test_speakers_arabic_rank_then_a_name_the_tagger_missed() -> None:
    # a title, a rank, then a name no stage marked, ending the subject before إن
    text = "وقال رئيس هيئة القناة الفريق مهاب مميش إن «المشروع أنجز في وقت قياسي للغاية»."
    assert dict(_speakers(text))["المشروع أنجز في وقت قياسي للغاية"] == "مهاب مميش"
    text = "وقال مدير المستشفى الدكتور حول الموضوع إن «المشروع أنجز في وقت قياسي للغاية»."
    assert dict(_speakers(text))["المشروع أنجز في وقت قياسي للغاية"] is None


def test_speakers_arabic_title_right_after_the_speakers_name_without_comma() -> None:
    # "أكد X رئيس الوزراء": the title is X's, so "وقال رئيس الوزراء" later refers back to X
    text = (
        "أكد سامي العتيبي رئيس الوزراء أن الحكومة ماضية في خططها.\n"
        "وقال رئيس الوزراء إن «الحكومة ستواصل الإصلاحات الاقتصادية هذا العام»."
    )
    assert dict(_speakers(text))["الحكومة ستواصل الإصلاحات الاقتصادية هذا العام"] == "سامي العتيبي"


def test_speakers_arabic_title_after_the_object_of_a_meeting_is_not_the_subjects() -> None:
    # "التقى X وزير الخارجية": the minister may be whom X met; "وقال وزير الخارجية" is not X
    text = (
        "التقى سامي العتيبي وزير الخارجية وفدا من رجال الأعمال أمس.\n"
        "وقال وزير الخارجية إن «الحكومة ستواصل الإصلاحات الاقتصادية هذا العام»."
    )
    assert dict(_speakers(text))["الحكومة ستواصل الإصلاحات الاقتصادية هذا العام"] is None
