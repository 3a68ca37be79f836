"""rasid.quotes.v1, Arabic speakers (round 10): who is not the speaker although named nearer the quote
(the object of another verb, the topic of a "حول" phrase, a platform), and a rank before a name no stage
marked. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers

from rasid.extract import analyze_text


@pytest.mark.parametrize("name", ["نور الدين هايتي", "عماد الدين كينيا", "صلاح الدين تشاد"])
def test_speakers_arabic_rank_then_name_holding_a_place_word(name: str) -> None:
    # a rank (الجنرال) then a name no stage marked, one word of which reads as a country
    text = (
        f"وقال رئيس الشرطة الوطنية الجنرال {name} إنه “كان لا بد من التدخل السريع لحماية الناس”. "
        "وأضاف “سنواصل التحقيق في كل ما جرى”."
    )
    assert direct_speakers(text, "ar") == [name, name]


@pytest.mark.parametrize("complement", ["بشرطة منطقة الجوف", "لهيئة الطيران المدني", "بإدارة المرور"])
def test_speakers_arabic_title_complement_is_no_person(complement: str) -> None:
    # الناطق … بشرطة منطقة …: ب/ل and a body's head word complete the title; the name after the rank speaks
    text = (
        f'وقال الناطق الإعلامي {complement} العقيد ماجد الرويلي إن "الفرق باشرت البلاغ فور وروده". '
        'وأضاف "تم نقل المصابين إلى المستشفى".'
    )
    assert direct_speakers(text, "ar") == ["ماجد الرويلي", "ماجد الرويلي"]


def test_speakers_arabic_participle_after_a_written_subject_is_not_the_last_speaker() -> None:
    # قائلة goes on with the subject of the sentence's own verb (a body no entity names), not the agency
    text = (
        "قالت وكالة الأنباء إن الحظر شمل كل المراكز. "
        'وحظرت الدائرة الحكومية المسؤولة عن المركز توزيع الكتب قائلة إن "هذه الكتب حساسة للغاية بالنسبة للنزلاء".'
    )
    assert direct_speakers(text, "ar") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "ورفضت الوزارة الطلب أمس",  # the subject written: the ministry named before
        "ورفضت الطلب أمس",  # الطلب disagrees with رفضت: the object, the subject is dropped
    ],
)
def test_speakers_arabic_participle_subject_agrees_with_the_verb(sentence: str) -> None:
    text = (
        "أكدت وزارة الداخلية أن الحظر شمل كل المراكز. "
        f'{sentence} قائلة إن "هذه الكتب حساسة للغاية بالنسبة للنزلاء".'
    )
    assert direct_speakers(text, "ar") == ["وزارة الداخلية"]


@pytest.mark.parametrize(
    "opener", ["وحول تجديد عقد المدرب البرازيلي ماركو سيلفا؛", "وعن المدرب البرازيلي ماركو سيلفا"]
)
def test_speakers_arabic_person_in_an_opening_topic_phrase_is_not_the_subject(opener: str) -> None:
    # "as for the coach X, he said": X is what the speaker talks about; the implicit قال goes on with him
    text = (
        "أكد رئيس النادي سالم القحطاني أن الفريق جاهز، وقال “الفريق يتطور من مباراة إلى أخرى في كل موسم”.\n"
        f"{opener} قال “سيلفا مدرب ممتاز وحقق نتائج كبيرة معنا”."
    )
    assert direct_speakers(text, "ar") == ["سالم القحطاني", "سالم القحطاني"]


def test_speakers_arabic_topic_phrase_ended_before_the_subject() -> None:
    text = 'وحول الأزمة قال وزير الخارجية سامر الحلبي إن "الحل السياسي هو الطريق الوحيد للخروج منها".'
    assert direct_speakers(text, "ar") == ["سامر الحلبي"]


def test_speakers_arabic_platform_in_quotation_marks_is_no_speaker() -> None:
    # 'عبر حسابه في موقع "تويتر"': the channel it was posted on, not who spoke
    text = (
        "زار وزير الصحة سامر الحلبي المستشفى أمس.\n"
        'وغرد عبر حسابه في موقع "تويتر" قائلا: "اطمأننت على جميع المصابين في المستشفى".\n'
        'وأضاف: "نسأل الله الشفاء العاجل لكل المصابين".'
    )
    assert "تويتر" not in direct_speakers(text, "ar")


def test_speakers_arabic_byline_is_not_a_person_in_view() -> None:
    # the reporter opening the article (name- outlet- city:) is not who the implicit قائلا refers to;
    # نائب وزير الصحة is one title, so the name after it is the subject of the opening verb
    text = (
        "سالم العنزي- سبق- الرياض: اطمأن نائب وزير الصحة فهد بن ناصر الدوسري على المصابين في الحادث.\n"
        'وغرد عبر حسابه قائلا: "تواصلت مع الزملاء في المستشفى للاطمئنان على حالة المصابين".'
    )
    assert direct_speakers(text, "ar") == ["فهد بن ناصر الدوسري"]


_HOST_AND_GUEST = (
    "استقبل أمير منطقة القصيم الأمير فيصل بن مشعل في مكتبه رئيس الغرفة التجارية عبدالله المبطي. "
)


def test_speakers_arabic_highness_is_the_prince_not_the_guest_who_spoke_last() -> None:
    text = (
        _HOST_AND_GUEST + 'وقال المبطي إن "القطاع الخاص يدعم كل المبادرات في المنطقة". '
        'وأكد سموه أن "التنمية مسؤولية الجميع دون استثناء".'
    )
    assert direct_speakers(text, "ar")[-1] == "فيصل بن مشعل"


def test_speakers_arabic_highness_with_host_and_guest_in_view_and_nobody_speaking() -> None:
    text = _HOST_AND_GUEST + 'ونوه سموه بجهود القطاع الخاص، مؤكدا أن "التنمية مسؤولية الجميع دون استثناء".'
    assert direct_speakers(text, "ar") == ["فيصل بن مشعل"]


def test_speakers_arabic_implicit_verb_after_the_guest_stays_with_the_guest() -> None:
    text = (
        _HOST_AND_GUEST
        + 'وقال المبطي إن "القطاع الخاص يدعم كل المبادرات في المنطقة". وأضاف "نحن شركاء في التنمية".'
    )
    assert direct_speakers(text, "ar")[-1] in ("المبطي", "عبدالله المبطي")


def test_speakers_arabic_thus_said_after_the_quote() -> None:
    text = '"لن نتراجع عن قرارنا مهما كانت الضغوط"، هكذا قال رئيس الوزراء العراقي حيدر العبادي أمس.'
    assert direct_speakers(text, "ar") == ["حيدر العبادي"]


def test_speakers_arabic_name_completing_the_object_of_the_opening_verb_is_not_the_subject() -> None:
    # انتقدت تعيين وزير الداخلية X لجنة: X holds the title inside the object (تعيين …), not the subject
    text = (
        "أعلنت الوزارة رفضها للقرار. كما انتقدت تعيين وزير الداخلية سامر الحلبي لجنة جديدة للتحقيق، "
        'مشيرة إلى أن ذلك "يهدف إلى تعطيل العدالة في البلاد".'
    )
    assert "سامر الحلبي" not in direct_speakers(text, "ar")


@pytest.mark.parametrize("title", ["وزير الخارجية", "مساعد وزير الخارجية"])
def test_speakers_arabic_title_holder_opening_the_sentence_is_the_subject(title: str) -> None:
    text = f'وأشاد {title} سامر الحلبي بالتعاون، مؤكدا أن "العلاقات في أفضل حالاتها".'
    assert direct_speakers(text, "ar") == ["سامر الحلبي"]


def test_speakers_arabic_title_and_nationality_repeated_refers_to_the_guest() -> None:
    text = (
        "استقبل الملك سلمان بن عبدالعزيز في قصر اليمامة الرئيس الفرنسي فرانسوا هولاند. "
        'وقال الرئيس الفرنسي عقب اللقاء إن "المملكة شريك استراتيجي لفرنسا في المنطقة".'
    )
    assert direct_speakers(text, "ar") == ["فرانسوا هولاند"]


def test_speakers_arabic_bayyana_right_before_anna_is_a_speech_verb() -> None:
    text = (
        "أكد مدير عام التعليم بالمنطقة محمد الحارثي جاهزية المدارس للعام الجديد. "
        'وبين أن "كل المدارس تسلمت الكتب الدراسية قبل بدء العام".'
    )
    assert direct_speakers(text, "ar") == ["محمد الحارثي"]


def test_speakers_arabic_member_with_a_rank_and_a_name_is_named() -> None:
    text = 'وأكد عضو مجلس الشورى الدكتور عبدالله الفيفي أن "النظام الجديد سيحقق العدالة للجميع".'
    assert direct_speakers(text, "ar") == ["عبدالله الفيفي"]


def test_speakers_arabic_source_close_to_a_ranked_person_stays_unnamed() -> None:
    text = 'وقال مصدر مقرب من الدكتور عبدالله الفيفي إن "النظام الجديد سيحقق العدالة للجميع".'
    doc = analyze_text(text, language="ar")
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs.get("speaker") is None and quote.attrs.get("speaker_type") == "anonymous"


def test_quotes_arabic_statement_after_a_definite_noun_is_no_title() -> None:
    # "في البنك "إن …"": a long quotation opening with إن is what was said, not the bank's name
    text = 'وقال سامر الحلبي كبير الاقتصاديين في البنك "إن الطلب على النفط كان أكبر من المتوقع خلال الربع الثاني".'
    assert direct_speakers(text, "ar") == ["سامر الحلبي"]


def test_quotes_arabic_short_title_opening_with_inna_stays_a_title() -> None:
    assert direct_speakers('صدر حديثا عن الدار كتاب "إن مع العسر يسرا" للكاتب سامر الحلبي.', "ar") == []


@pytest.mark.parametrize("before", ["", "أكد الوزير عادل الجبير أن المملكة لن تقبل. "])
def test_speakers_arabic_person_answered_is_not_the_speaker(before: str) -> None:
    # "وفي رده على تصريحات X، قال": X is whom he answers
    text = (
        before
        + 'وفي رده على تصريحات وزير الخارجية الإيراني محمد جواد ظريف، قال: "إيران تتدخل في شؤون المنطقة".'
    )
    assert direct_speakers(text, "ar") == (["عادل الجبير"] if before else [None])


@pytest.mark.parametrize("name", ["محمد القرشي", '"محمد القرشي"'])
def test_speakers_arabic_described_resident_then_the_name(name: str) -> None:
    # أحد سكان الحي X: the description ends in a definite noun, then the name (in quotation marks or not)
    text = f'وقال أحد سكان الحي {name} لـ"سبق": "المشروع تأخر أكثر من ثلاثة أشهر دون سبب".'
    assert direct_speakers(text, "ar") == ["محمد القرشي"]


def test_speakers_arabic_described_resident_without_a_name_stays_anonymous() -> None:
    text = 'وقال أحد سكان الحي لـ"سبق": "المشروع تأخر أكثر من ثلاثة أشهر دون سبب".'
    doc = analyze_text(text, language="ar")
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs.get("speaker_type") == "anonymous"
    assert quote.attrs.get("speaker_description") == "أحد سكان الحي"


def test_speakers_arabic_participle_in_a_clause_joined_after_a_comma() -> None:
    # the participle بالقول goes with the subject of its own clause (…، واكتفى الناطق X), far into the sentence
    text = (
        "لم تتهم وزارة الداخلية في المدينة أي طرف، واكتفى الناطق باسمها سامي العمر بالقول إن "
        '"التحقيقات جارية لمعرفة الفاعلين".'
    )
    assert direct_speakers(text, "ar") == ["سامي العمر"]


def test_speakers_arabic_person_after_a_preposition_in_the_joined_clause_is_not_its_subject() -> None:
    text = (
        "التقى الوزير سامر الحلبي بالسفير، وأشاد بالعلاقات مع الرئيس خالد العمر، "
        'قائلا إن "التعاون مستمر في كل المجالات".'
    )
    assert "خالد العمر" not in direct_speakers(text, "ar")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            'وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول إنه "أقام في البلاد عدة سنوات".',
            "متحدثة باسم الجهاز",
        ),
        ('وقال مسؤول في الوزارة مكتفيا بالقول إن "القرار لم يصدر بعد من الجهات العليا".', "مسؤول في الوزارة"),
    ],
)
def test_speakers_arabic_unnamed_source_opening_the_participle_clause(text: str, description: str) -> None:
    doc = analyze_text(text, language="ar")
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs.get("speaker_type") == "anonymous"
    assert quote.attrs.get("speaker_description") == description


@pytest.mark.parametrize(("pronoun", "expected"), [("عنه القول", "ديفيد كاميرون"), ("عنها قولها", None)])
def test_speakers_arabic_quoted_from_him_is_the_last_speaker(pronoun: str, expected: str | None) -> None:
    text = (
        'وقال رئيس الوزراء البريطاني ديفيد كاميرون إن "بريطانيا لن تصبح ملاذا آمنا للمهاجرين". '
        f'ونقلت هيئة الإذاعة البريطانية {pronoun} إن "الدول الأوروبية تواجه زحفا من المهاجرين".'
    )
    assert direct_speakers(text, "ar") == ["ديفيد كاميرون", expected]


def test_speakers_arabic_added_that_they_writes_no_new_subject() -> None:
    # وأضاف أنهم …: أنهم opens what was said, the chain goes on with the minister
    text = (
        'وقال وزير الداخلية سامر الحلبي إن "الشرطة تعاملت مع الموقف بحكمة". وأضاف أنهم كانوا يهاجمون المدنيين. '
        'وقال "من واجب الشرطة حماية الدستور والمواطنين".'
    )
    assert direct_speakers(text, "ar") == ["سامر الحلبي", "سامر الحلبي"]


@pytest.mark.parametrize("that", ["أن الوزير", "أنهم التقوا الوزير"])
def test_speakers_arabic_person_in_the_reported_clause_is_not_the_subject(that: str) -> None:
    text = (
        "قال رئيس اللجنة خالد العمر إن الاجتماع كان مثمرا. "
        f'وأكد {that} سامر الحلبي وعد "بحل كل المشاكل العالقة في القريب العاجل".'
    )
    assert direct_speakers(text, "ar") == ["خالد العمر"]


def test_speakers_arabic_name_span_that_took_in_whom_it_was_told_to() -> None:
    # a model's span "السيسي لكيري": the speaker is the first; ل + Kerry's name is whom he told
    text = (
        "التقى الرئيس عبدالفتاح السيسي بوزير الخارجية الأمريكي جون كيري في القاهرة. "
        'وقال السيسي لكيري: "مصر حريصة على علاقاتها مع الولايات المتحدة".'
    )
    (speaker,) = direct_speakers(text, "ar")
    assert speaker is not None and "كيري" not in speaker and "السيسي" in speaker


def test_speakers_arabic_name_word_starting_with_lam_is_kept() -> None:
    assert direct_speakers('وقال سامر لطفي: "مصر حريصة على علاقاتها مع الولايات المتحدة".', "ar") == [
        "سامر لطفي"
    ]


def test_speakers_arabic_the_coach_refers_back_to_the_coach_named() -> None:
    text = (
        "أكد المدرب جورج ليونارد جاهزية الفريق. "
        '"اللاعب ياسر القحطاني سيعود للتدريبات الأسبوع المقبل"، قال المدرب.'
    )
    assert direct_speakers(text, "ar") == ["جورج ليونارد"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('وقالت روسيا إن "الضربات الجوية لن تحل الأزمة في سوريا".', "روسيا"),
        ('وقال في روسيا إن "الضربات الجوية لن تحل الأزمة في سوريا".', None),  # where, not who
    ],
)
def test_speakers_arabic_country_right_after_the_verb_speaks(text: str, expected: str | None) -> None:
    assert direct_speakers(text, "ar") == [expected]


def test_quotes_arabic_name_a_group_gave_itself_is_no_quote() -> None:
    assert (
        direct_speakers("وأعلنت جماعة مجهولة أطلقت على نفسها «كتائب الفجر الجديد» مسؤوليتها عن الهجوم.", "ar")
        == []
    )


def test_quotes_arabic_long_quotation_after_about_himself_is_a_quote() -> None:
    text = 'وقال الوزير سامر الحلبي عن نفسه "أنا لست سياسيا ولا أطمح لأي منصب في الدولة مهما كان".'
    assert direct_speakers(text, "ar") == ["سامر الحلبي"]


def test_quotes_arabic_the_same_source_then_a_short_quote_is_a_quote() -> None:
    text = 'وقال مصدر أمني إن الشحنة ضبطت. وأضاف المصدر نفسه "هذا الأمر حصل في ضاحية المدينة".'
    doc = analyze_text(text, language="ar")
    assert [a.text for a in doc.layer("quotes") if a.label == "direct"] == ["هذا الأمر حصل في ضاحية المدينة"]
