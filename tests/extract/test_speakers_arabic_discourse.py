"""rasid.quotes.v1 on Arabic discourse: quotations inside quotations, speech verbs whose root ends in
ت, and the less common speech verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text
from rasid.extract.quotes import find_quotations


def _quotes(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_text(text, language="ar")
    return [(a.text, a.attrs.get("speaker")) for a in doc.layer("quotes") if a.label == "direct"]


def _found(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("وقال المحلل: «إن «الحزب الأخضر» لن يقبل بهذه الشروط أبدا». ثم غادر القاعة.", "«الحزب الأخضر»"),
        ('وقال المحلل: "إن "الحزب الأخضر" لن يقبل بهذه الشروط أبدا". ثم غادر القاعة.', '"الحزب الأخضر"'),
        ("وقال المحلل: “إن “الحزب الأخضر” لن يقبل بهذه الشروط أبدا”. ثم غادر القاعة.", "“الحزب الأخضر”"),
    ],
)
def test_quotes_arabic_quotation_inside_a_quotation_is_one_quote(text: str, inner: str) -> None:
    assert _found(text) == [f"إن {inner} لن يقبل بهذه الشروط أبدا"]


def test_quotes_arabic_inner_mark_typed_wrong_ends_at_the_next_closing_mark() -> None:
    # «2 يونيو « was typed for «2 يونيو»: the quotation must not swallow the paragraph
    text = (
        "وقال النائب «لا يمكن أن نقبل بمرشح تحالف «2 يونيو « الذي دعم مشروع «الحزب الأخضر» في البلاد»، "
        "وأضاف «إن المرحلة المقبلة تتطلب الكثير من الحكمة»."
    )
    found = _found(text)
    assert len(found) >= 2
    assert found[0].startswith("لا يمكن أن نقبل") and "المرحلة المقبلة" not in found[0]
    assert found[-1] == "إن المرحلة المقبلة تتطلب الكثير من الحكمة"


def test_speakers_arabic_verb_ending_in_ta_is_masculine() -> None:
    # لفت ends like قالت but is masculine: the participle after it goes on with the same man
    text = (
        "أكد وزير المالية سامر الحلبي التزام حكومته بالإصلاح. "
        'ولفت الحلبي إلى "تراجع العجز في الميزانية هذا العام"، مضيفا: "نتوقع نموا أكبر في العام المقبل".'
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_speakers_arabic_verb_ending_in_ta_then_implicit_subject() -> None:
    text = (
        "لفت وزير المالية سامر الحلبي في تصريح «إن الإصلاح بدأ يعطي نتائجه في كل القطاعات». "
        "وأكد أنه «لا يمكن التراجع عن هذه الخطوات مهما كانت الضغوط»."
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_speakers_arabic_feminine_verb_still_disagrees_with_a_man() -> None:
    # قالت after a man's quote is someone else (a woman not named here): no speaker rather than him
    text = (
        'وقال وزير المالية سامر الحلبي: "الإصلاح مستمر في كل القطاعات دون توقف". '
        'وقالت: "نحن لا نوافق على هذه الخطة بشكلها الحالي".'
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", None]


@pytest.mark.parametrize("verb", ["وأبان", "مبينا", "منوها", "محذرا"])
def test_speakers_arabic_less_common_speech_verbs_continue_the_speaker(verb: str) -> None:
    text = (
        'وقال المدير العام للشركة خالد المنصوري: "حققنا أرباحا قياسية في الربع الثاني". '
        f'{verb} "الخطة القادمة ستركز على التوسع في الأسواق الخارجية".'
    )
    assert [s for _, s in _quotes(text)] == ["خالد المنصوري", "خالد المنصوري"]


def test_speakers_arabic_verb_agreeing_with_a_country_gives_the_envoy_no_gender() -> None:
    # اعتبرت agrees with the country; the envoy who speaks for it is a man, so ولفت goes on with him
    text = (
        "اعتبرت الأرجنتين على لسان سفيرها لدى الأمم المتحدة، سامر الحلبي أن "
        '"المؤتمر لن يحقق أي نتيجة تذكر هذا العام"،\n\n'
        'ولفت إلى أن "المحاولات السابقة لم تنجح في تقريب وجهات النظر".'
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_quotes_arabic_quote_after_a_quoted_outlet_name_is_no_title() -> None:
    # لإذاعة “…” names the station; the quotation after it is what the source said
    text = (
        "وقال مسؤول في الوزارة لإذاعة “نجمة الشرق” المحلية “لن يتم تأجيل صرف الرواتب هذا الشهر أبدا”.\n"
        "وأضاف المسؤول “الأموال متوفرة في الخزينة منذ أسبوع”."
    )
    found = [t for t, _ in _quotes(text)]
    assert "لن يتم تأجيل صرف الرواتب هذا الشهر أبدا" in found


def test_quotes_arabic_title_noun_right_before_still_marks_a_title() -> None:
    text = "وصدر له كتاب “رحلة في عالم البحار البعيدة” عن دار نشر معروفة."
    assert _quotes(text) == []


def test_quotes_arabic_closing_mark_typed_as_the_opening_one_with_a_space() -> None:
    # ” typed for “, with a space after it, closed by ” on the same line
    text = "وأشار المسؤول إلى أن ” ما صرف من مبالغ قبل العيد كان دفعة طارئة لمرة واحدة”."
    assert [t for t, _ in _quotes(text)] == ["ما صرف من مبالغ قبل العيد كان دفعة طارئة لمرة واحدة"]


def test_speakers_arabic_statement_subject_takes_the_issuing_ministry() -> None:
    # وأكدت الوزارة (feminine) … وأشار البيان (masculine) … مؤكدا: all the ministry's words
    text = (
        'وأكدت وزارة الزراعة في بيانها أن الأنباء المتداولة "عارية تماما عن الصحة ولا أساس لها".\n'
        'وأشار البيان إلى أن "الصور المنشورة تعود إلى موسم سابق"، مؤكدا أن "المحصول هذا العام وفير".'
    )
    speakers = [s for _, s in _quotes(text)]
    assert len(speakers) == 3 and all(s is not None and "الزراعة" in s for s in speakers)


def test_speakers_arabic_verb_then_biqawlihi_keeps_the_speaker() -> None:
    # "واستدرك بقوله:" writes no subject: the last speaker goes on
    text = (
        'وأضاف وزير الخارجية سامر الحلبي أن "المفاوضات ما زالت متعثرة حتى الآن".\n\n'
        'واستدرك بقوله: "أي حل لن يكون على حساب سيادة البلاد".'
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_speakers_arabic_described_organization_is_the_one_named_before() -> None:
    # نادي + a name a stage marks as a place, then "النادي الإيطالي": the club named before
    text = (
        "أعلن نادي ميلانو الإيطالي تعاقده مع مدرب جديد للموسم المقبل.\n"
        'وقال النادي الإيطالي في موقعه الرسمي: "وقع المدرب عقدا لمدة ثلاثة مواسم مع الفريق".'
    )
    assert [s for _, s in _quotes(text)] == ["نادي ميلانو"]


def test_speakers_arabic_described_organization_that_disagrees_stays_as_written() -> None:
    # حكومة مالي was named, but "الحكومة الفرنسية" is another government
    text = (
        "أعلنت حكومة مالي عن خطة جديدة للأمن.\n"
        'وقالت الحكومة الفرنسية في بيان: "ندعم كل الجهود لإعادة الاستقرار إلى المنطقة".'
    )
    assert [s for _, s in _quotes(text)] == ["الحكومة الفرنسية"]


def test_speakers_arabic_noun_after_a_name_refers_back_to_that_person() -> None:
    # "سامر الحلبي لاعب نادي الشروق" ... "وقال اللاعب": the one person the noun followed
    text = (
        "يرى سامر الحلبي لاعب نادي الشروق أن فريقه قادر على الفوز باللقب هذا الموسم.\n"
        'وقال اللاعب الذي انضم للفريق قبل عامين "نحن جاهزون لكل المباريات المقبلة".\n'
        'وأضاف: "الجمهور يستحق أن نقدم له أفضل ما لدينا".'
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_speakers_arabic_noun_after_two_names_takes_the_one_speaking() -> None:
    text = (
        "التقى سامر الحلبي لاعب نادي الشروق مع محمد المنصوري لاعب نادي الغروب في مباراة ودية.\n"
        'وقال الحلبي: "محمد موهبة كبيرة في خط الوسط".\n'
        'وقال اللاعب الذي انضم للفريق قبل عامين "نحن جاهزون لكل المباريات المقبلة".'
    )
    assert [s for _, s in _quotes(text)][-1] == "سامر الحلبي"


def test_speakers_arabic_noun_after_two_names_with_nobody_speaking_is_nobody() -> None:
    text = (
        "التقى سامر الحلبي لاعب نادي الشروق مع محمد المنصوري لاعب نادي الغروب في مباراة ودية.\n"
        'وقال اللاعب الذي انضم للفريق قبل عامين "نحن جاهزون لكل المباريات المقبلة".'
    )
    assert [s for _, s in _quotes(text)] == [None]


def _typed(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker_type") for a in doc.layer("quotes") if a.label == "direct"]


def test_speakers_arabic_unnamed_source_written_before_its_verb_after_a_comma() -> None:
    # "وكان مصدر مسؤول في الوزارة، قال": the subject comes first, closed by a comma, in a later paragraph
    text = (
        "أعلنت الحكومة عن خطة جديدة للنقل العام في العاصمة.\n\n"
        'وكان مصدر مسؤول في وزارة النقل، قال إن "الخطة ستبدأ مطلع الشهر المقبل في كل الأحياء".'
    )
    assert _typed(text) == ["anonymous"]


def test_speakers_arabic_bilqawl_goes_on_with_the_unnamed_source() -> None:
    text = (
        'وقال المصدر العسكري "وصلت التعزيزات إلى الميناء صباح أمس مع عشرات الآليات".\n'
        'ورفض المصدر إعطاء تفاصيل أخرى مكتفيا بالقول إنها "أكبر قوة تصل إلى المدينة منذ بدء المعارك".'
    )
    assert _typed(text) == ["anonymous", "anonymous"]


def test_speakers_arabic_via_a_channel_is_no_subject() -> None:
    # "وقال عبر قناة …": عبر starts an adverbial, the subject is the man who spoke before
    text = (
        "وأكد المدرب كريستيان غروس أن إدارة النادي عرضت عليه تمديد عقده.\n"
        'وقال عبر قناة محلية: "النادي من أفضل الأندية في المنطقة ويضم لاعبين مميزين".'
    )
    assert [s for _, s in _quotes(text)] == ["كريستيان غروس"]


def test_speakers_arabic_verb_then_qawlahu_and_company_name_before_a_statement() -> None:
    # "المتحدث باسم الشركة X في بيان «…»" is a statement (الشركة is no title here); "وتابع قوله" goes on
    text = (
        "وقال المتحدث باسم الشركة سامر الحلبي في بيان “نعرف أن القطعة جزء من الطائرة المفقودة.”\n"
        "وتابع قوله “جرى التحقق من ذلك من قبل السلطات المختصة في البلاد”."
    )
    assert [s for _, s in _quotes(text)] == ["سامر الحلبي", "سامر الحلبي"]


def test_speakers_arabic_al_qawl_after_an_unnamed_official() -> None:
    text = 'ونقلت صحيفة محلية عن مسؤول في الوزارة لم تسمه القول "هذا أهم قرار اتخذ منذ سنوات طويلة".'
    assert _typed(text) == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('وقال رئيس النادي محمد العتيبي "نتوقع موسما صعبا على كل الفرق هذا العام".', ["محمد العتيبي"]),
        ('وأطلقت الوزارة حملة "نحو بيئة نظيفة وآمنة للجميع" في المدارس.', []),
        ('وأعلنت شركة "النخبة للتقنية الحديثة المحدودة" عن أرباحها.', []),
    ],
)
def test_quotes_arabic_definite_title_noun_further_back_names_the_speakers_body(
    text: str, speakers: list[str]
) -> None:
    # النادي is the club whose president speaks; حملة/شركة right before the marks head a title
    assert [s for _, s in _quotes(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس النادي محمد العتيبي لموقع النادي على الإنترنت «وقعنا اتفاقا مهما مع شركة كبرى اليوم».",
        "وقالت شركة «النخبة للتقنية» في بيان على موقع فيسبوك «تهانينا لكل العائلات التي فازت بالجوائز».",
    ],
)
def test_quotes_arabic_title_noun_with_its_name_written_is_no_title(text: str) -> None:
    # موقع النادي, موقع فيسبوك: the site is named; the quotation is what was said there
    assert len(_quotes(text)) == 1


def test_speakers_arabic_organisation_named_in_quotation_marks() -> None:
    text = 'وقالت منظمة "أطباء بلا حدود" إن "الوضع الإنساني في المدينة كارثي بكل المقاييس".'
    assert [s for _, s in _quotes(text)] == ["منظمة أطباء بلا حدود"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("وقال عامل في الإسعاف إن «ثمانية أشخاص أصيبوا» في الحادث.", ["ثمانية أشخاص أصيبوا"]),
        ('وقال الوزير إنه لن يتراجع، وأضاف "نرفض هذا القرار" ثم غادر القاعة.', ["نرفض هذا القرار"]),
        ('وأطلقت الحملة تحت شعار "معا نحو المستقبل" في المدارس.', []),
        ('وأكد المحلل أن "داعش" ما زال يسيطر على مناطق واسعة.', []),
    ],
)
def test_quotes_arabic_three_words_after_that_or_a_speech_verb(text: str, quoted: list[str]) -> None:
    assert [t for t, _ in _quotes(text)] == quoted


def test_speakers_arabic_newcomer_opening_the_sentence_before_speaks_next() -> None:
    # witnesses spoke, then the governor came in as a subject: "وقال" is him, not the witnesses
    text = (
        'وقال شهود إن "المسلح وقف وسط القاعة وبدأ بإطلاق النار".\n'
        "وانتقل حاكم الولاية الجمهوري توماس بيرغر بعد الحادث إلى المدينة.\n"
        'وقال في مؤتمر صحافي "كلما سمعنا عن أعمال عنف مثل هذه ينتابنا الغضب والحزن".'
    )
    assert _typed(text) == ["anonymous", "person"]
    assert _quotes(text)[1][1] == "توماس بيرغر"


def test_speakers_arabic_two_newcomers_before_give_no_speaker() -> None:
    text = (
        'وقال شهود إن "المسلح وقف وسط القاعة وبدأ بإطلاق النار".\n'
        "واستقبل الحاكم توماس بيرغر رئيس البلدية جون ميلر في مكتبه.\n"
        'وقال في مؤتمر صحافي "كلما سمعنا عن أعمال عنف مثل هذه ينتابنا الغضب والحزن".'
    )
    assert _quotes(text)[1][1] is None


def test_quotes_arabic_opening_mark_typed_for_the_closing_one_before_a_comma() -> None:
    # «مهرجان الصيف 36 «، : the second « closes the name; the later quotation stays whole
    text = (
        "انطلقت فعاليات «مهرجان الصيف 36 «، التي بدأت الأسبوع الماضي في المدينة.\n"
        "وأضافت إحدى الزائرات: «سعدنا بوجود فعاليات للأطفال ولذوي الاحتياجات الخاصة في المهرجان»"
    )
    assert _found(text) == [
        "مهرجان الصيف 36",
        "سعدنا بوجود فعاليات للأطفال ولذوي الاحتياجات الخاصة في المهرجان",
    ]


def test_speakers_arabic_hyphenated_name_in_quotation_marks_is_the_subject() -> None:
    text = (
        "وقال “كيم مين-سيوك” وهو متحدث باسم وزارة الدفاع للصحافيين "
        "“نحن متأكدون أن الأمر يتعلق بألغام زرعت عمدا في المنطقة”."
    )
    assert _quotes(text) == [("نحن متأكدون أن الأمر يتعلق بألغام زرعت عمدا في المنطقة", "كيم مين-سيوك")]


def test_speakers_arabic_day_after_an_organisation_is_not_its_name() -> None:
    text = (
        "أعلنت الخارجية المصرية الجمعة أن الوضع صعب.\n"
        'واكدت الخارجية المصرية في بيان انها "لن تألو جهدا من اجل العمل على إطلاق سراحه".'
    )
    assert [s for _, s in _quotes(text)] == ["الخارجية المصرية"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('وبيّن خالد المنصوري أن "عددا من الطالبات توقفن عن الدراسة بسبب الطريق".', ["خالد المنصوري"]),
        (
            'وبين خالد المنصوري أن الطريق خطير.\nوأضاف "الحوادث تتكرر كل أسبوع على هذا الطريق".',
            ["خالد المنصوري"],
        ),
        ('وقال الوزير في لقاء بين الجانبين: "نحن نريد السلام للجميع في المنطقة".', [None]),
    ],
)
def test_speakers_arabic_bayyana_is_a_speech_verb_only_before_anna(
    text: str, speakers: list[str | None]
) -> None:
    assert [s for _, s in _quotes(text)] == speakers


def test_speakers_arabic_expressed_then_said() -> None:
    text = (
        "وعبر رئيس الحزب كمال أوزتورك عن تشككه في نوايا الحكومة.\n"
        "وقال لصحيفة محلية في مقابلة «أرى أن احتمال إجراء انتخابات مبكرة هو الأرجح»."
    )
    assert [s for _, s in _quotes(text)] == ["كمال أوزتورك"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            'وذكرت وكالة الأنباء الرسمية نقلا عن مصدر عسكري أن "الدفاعات الجوية تصدت لصواريخ معادية".',
            None,
            "anonymous",
        ),
        (
            'وذكرت وكالة الأنباء الرسمية نقلا عن وزير الدفاع علي محمود قوله إن "الجيش سيرد على كل اعتداء".',
            "علي محمود",
            "person",
        ),
    ],
)
def test_speakers_arabic_relayed_words_are_the_source_s(text: str, speaker: str | None, kind: str) -> None:
    # the agency relays: نقلا عن X makes X the speaker, not the agency
    doc = analyze_text(text, language="ar")
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert (quote.attrs.get("speaker"), quote.attrs.get("speaker_type")) == (speaker, kind)


def test_quotes_arabic_lone_spaced_straight_quote_runs_to_the_end_of_its_line() -> None:
    text = (
        'وطالب رئيس البعثة اللاعبين بمضاعفة الجهد وقال إننا " على ثقة كبيرة بأن اللاعبين سيقولون كلمتهم '
        "وسنثبت للجميع أن فريقنا قادر على المنافسة على اللقب\n\nمن جهته أكد المدرب جاهزية الفريق."
    )
    assert _found(text) == [
        "على ثقة كبيرة بأن اللاعبين سيقولون كلمتهم وسنثبت للجميع أن فريقنا قادر على المنافسة على اللقب"
    ]


def test_quotes_arabic_stray_straight_quote_before_few_words_is_no_quotation() -> None:
    assert _found('وصل الوفد " إلى الرياض أمس.') == []


def test_speakers_arabic_name_inside_a_list_is_no_newcomer() -> None:
    # names inside a list of places after a colon do not open the sentence: never the speaker
    text = (
        'وقال مدير التعليم سامر الحلبي إن "البرنامج يشمل زيارات صباحية لعدة جهات".\n'
        "وأشار إلى أن الإدارة نظمت برنامجا يتضمن زيارات لجهات عدة، أبرزها: مدينة الملك عبدالعزيز للعلوم، "
        "ومركز الملك عبدالعزيز التاريخي، ومعرض الكتاب.\n"
        'واستطرد: "في المساء سيشارك الطلاب في أنشطة الأندية الموسمية".'
    )
    assert _quotes(text)[1][1] in ("سامر الحلبي", None)


@pytest.mark.parametrize(
    "intro",
    [
        "علق المستشار سامر الحلبي، المتحدث الرسمي باسم رئاسة مجلس الوزراء، على ما يجري في المنطقة.",
        "قال المتحدث الرسمي باسم رئاسة مجلس الوزراء سامر الحلبي إن الوضع مستقر.",
    ],
)
def test_speakers_arabic_title_repeated_word_for_word_is_the_person_it_was_given(intro: str) -> None:
    # the spokesman's title, repeated later as the subject, refers back to him (باسم is no name here)
    text = intro + '\n\nوتابع المتحدث الرسمي باسم رئاسة مجلس الوزراء: "البلاد تواجه تحديات كبيرة على حدودها".'
    assert _quotes(text)[-1][1] == "سامر الحلبي"


def test_speakers_arabic_other_title_is_not_the_person_named_before() -> None:
    text = (
        "قال المتحدث الرسمي باسم وزارة الصحة سامر الحلبي إن الوضع مستقر.\n"
        'وأضاف المتحدث الرسمي باسم وزارة الخارجية: "لا توجد إصابات جديدة في المدينة منذ أسبوع".'
    )
    assert _quotes(text)[-1][1] is None


def test_speakers_arabic_honorific_stands_for_the_prince() -> None:
    text = (
        "أكد الأمير خالد بن سلمان على ضرورة الحفاظ على المكتسبات التنموية في المنطقة.\n"
        'وقال سموه "علينا أن ندين جميع أشكال الإرهاب أينما كانت".\n'
        'وأكد سموه "أن دول المنطقة قادرة على حماية أمنها واستقرارها".'
    )
    assert [s for _, s in _quotes(text)] == ["خالد بن سلمان", "خالد بن سلمان"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "أكدت وزارة الصحة السعودية أن الوضع مستقر.\n"
            'وجاء في بيان الوزارة أن "الوضع تحت السيطرة تماما في كل المناطق".',
            "وزارة الصحة",
        ),
        ('وجاء في بيان النادي: "نحن سعداء جدا بتمديد العقد مع المدرب".', None),
    ],
)
def test_speakers_arabic_statement_of_a_definite_body_is_its_issuer(text: str, speaker: str | None) -> None:
    # بيان الوزارة: the ministry named before; a bare النادي named nowhere is nobody's name
    assert [s for _, s in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'وصرح ناطق باسم فرق الإطفاء في المدينة، موضحا أن "الحريق اندلع في الطابق الثالث من المبنى".',
            "anonymous",
        ),
        ('وقال مسؤول في إدارة الدفاع المدني إن "الحريق اندلع في الطابق الثالث من المبنى".', "anonymous"),
    ],
)
def test_speakers_arabic_unnamed_role_without_article_is_anonymous(text: str, kind: str) -> None:
    assert _typed(text) == [kind]


def test_speakers_arabic_definite_person_noun_agrees_with_its_verb() -> None:
    told = 'وروت سارة الأحمد لصحيفة محلية "عندما بدأت البحث لم أكن أتصور أني سأجد والدتي".\n'
    she = told + 'وأضافت المرأة السبعينية "والدي منعني من البحث عنها طوال حياته".'
    assert [s for _, s in _quotes(she)] == ["سارة الأحمد", "سارة الأحمد"]
    man = 'وقال سامر الحلبي "لن نتراجع عن هذا القرار مهما حدث".\nوأضافت المرأة "نحن نعاني منذ سنوات طويلة".'
    assert [s for _, s in _quotes(man)] == ["سامر الحلبي", None]


def test_speakers_arabic_preposition_inside_a_title_leaves_its_holder_the_subject() -> None:
    # "المشرف العام على فريق …": على completes the title, the name after it still speaks
    text = 'أكد المشرف العام على فريق الوحدة سامي القحطاني أن اللاعبين جاهزون، وقال: "سنقاتل على كل نقطة في الدوري".'
    assert [speaker for _, speaker in _quotes(text)] == ["سامي القحطاني"]


def test_speakers_arabic_preposition_before_a_title_still_keeps_its_name_out() -> None:
    # "مع نظيره …": the counterpart after مع is no subject; the minister written before speaks
    text = (
        'التقى وزير الخارجية عادل الجبير مع نظيره الروسي سيرغي لافروف، وقال: "نتفق على ضرورة الحل السياسي".'
    )
    assert [speaker for _, speaker in _quotes(text)] == ["عادل الجبير"]


_FILLER = "وتناول الاجتماع ملفات التعاون في الاقتصاد والطاقة والتعليم والصحة والنقل والزراعة والسياحة. " * 6


def test_speakers_arabic_head_of_government_far_back_is_the_one_titled_so() -> None:
    # a role phrase past the usual look-back names the one person the document titled head of government
    text = ("استقبل رئيس الوزراء الباكستاني نواز شريف وفدا سعوديا في إسلام آباد. " + _FILLER
            + 'وأضاف رئيس الوزراء: "علاقاتنا مع المملكة أقوى من أي وقت مضى".')  # fmt: skip
    assert [speaker for _, speaker in _quotes(text)] == ["نواز شريف"]


def test_speakers_arabic_head_of_government_far_back_with_two_holders_is_nobody() -> None:
    text = ("استقبل رئيس الوزراء الباكستاني نواز شريف وفدا سعوديا. والتقى الرئيس الأفغاني أشرف غني "
            "برئيس الوزراء الهندي ناريندرا مودي. " + _FILLER
            + 'وأضاف رئيس الوزراء: "علاقاتنا مع المملكة أقوى من أي وقت مضى".')  # fmt: skip
    assert [speaker for _, speaker in _quotes(text)] == [None]
