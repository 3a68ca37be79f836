"""rasid.quotes.v1 speakers over the discourse: pronouns, implicit subjects, surnames, roles,
attribution after the quote, quotes over several paragraphs, organisations, statements and unnamed
sources, in Arabic, French, English and Russian. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_quotes import _analyse

from rasid.model import Document


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


def _evidence(doc: Document, quote: dict[str, Any]) -> str:
    return doc.text[quote["speaker_start"] : quote["speaker_end"]]


CAMARA = {"Sadio Camara": "Sadio Camara", "Camara": "Sadio Camara"}


@pytest.mark.parametrize(
    ("text", "people", "via", "evidence"),
    [
        # en: pronoun after the quote, pronoun before the verb, surname only
        ('Defence Minister Sadio Camara said the army was ready. "Our soldiers hold every town in the north," he said.',
         CAMARA, "pronoun", "Sadio Camara"),
        ("Sadio Camara announced new deliveries. He added: \u201cWe will keep training our pilots with our partners.\u201d",
         CAMARA, "pronoun", "Sadio Camara"),
        ('Defence Minister Sadio Camara visited Gao on Monday. "The convoy reached Kidal without any losses," Camara said.',
         {"Sadio Camara": "Sadio Camara"}, "surname", "Camara"),
        # fr: inverted pronoun, nobody has spoken before (the one person in view)
        ("Le ministre Sadio Camara a reçu l'ambassadeur russe. « Nous restons aux côtés du peuple malien », a-t-il souligné.",
         CAMARA, "pronoun", "Sadio Camara"),
        # ru: "— сказал он" after the quote
        ("Министр Садио Камара провёл переговоры в Москве. «Мы продолжим сотрудничество с нашими партнёрами», — сказал он.",
         {"Садио Камара": "Sadio Camara"}, "pronoun", "Садио Камара"),
        # ar: وأضاف with no subject after a named speaker; "…"، قال. after the quote
        ('أعلن وزير الدفاع ساديو كامارا وصول معدات جديدة إلى باماكو. وأضاف: "سنواصل تدريب طيارينا مع شركائنا".',
         {"ساديو كامارا": "Sadio Camara"}, "implicit", "ساديو كامارا"),
        ('أكد وزير الدفاع ساديو كامارا أن الجيش مستعد. "قواتنا تسيطر على كل المدن في الشمال"، قال.',
         {"ساديو كامارا": "Sadio Camara"}, "implicit", "ساديو كامارا"),
    ],
)  # fmt: skip
def test_speakers_pronoun_implicit_and_surname(
    text: str, people: dict[str, str], via: str, evidence: str
) -> None:
    doc = _analyse(text, people)
    (quote,) = _quotes(doc)
    assert quote["speaker_canonical"] == "Sadio Camara"
    assert quote["speaker_type"] == "person"
    assert quote["speaker_via"] == via
    assert _evidence(doc, quote) == evidence


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('General Oumar Diarra inspected the troops in Gao. "We have retaken the airport," the general said.', "the general"),
        ("Le général Oumar Diarra a visité Gao. « La situation est sous contrôle », a déclaré le chef d'état-major.",
         "le chef d'état-major"),
        ('التقى رئيس الأركان عمر ديارا بالجنود في غاو. وقال المسؤول: "استعدنا السيطرة على المطار بالكامل".', "المسؤول"),
    ],
)  # fmt: skip
def test_speakers_role_refers_to_the_one_person_in_view(text: str, role: str) -> None:
    doc = _analyse(text, {"Oumar Diarra": "Oumar Diarra", "عمر ديارا": "Oumar Diarra"})
    (quote,) = _quotes(doc)
    assert (quote["speaker_canonical"], quote["speaker_via"]) == ("Oumar Diarra", "role")
    assert _evidence(doc, quote).casefold() == role.casefold()


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ('"The attack had been planned for weeks," a diplomatic source in the Sahel told reporters.',
         "a diplomatic source in the Sahel"),
        ("« Les combats ont repris à l'aube », a indiqué une source sécuritaire malienne.",
         "une source sécuritaire malienne"),
        ("«Колонна прибыла в Гао утром», — сообщил источник в силовых структурах Мали.",
         "источник в силовых структурах Мали"),
        ('وقال مصدر عسكري مالي لوكالة الأنباء: "وصلت القافلة إلى غاو صباح اليوم".', "مصدر عسكري مالي"),
    ],
)  # fmt: skip
def test_speakers_unnamed_source_is_a_typed_anonymous_speaker(text: str, description: str) -> None:
    doc = _analyse(text, {"Sadio Camara": "Sadio Camara"})
    (quote,) = _quotes(doc)
    assert quote["speaker"] is None and quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == description == _evidence(doc, quote)


def test_speakers_anonymous_source_continues_with_an_implicit_subject() -> None:
    text = 'وقال مصدر أمني: "الهجوم كان متوقعاً منذ أسابيع". وأضاف: "القوات عززت مواقعها حول المدينة".'
    first, second = _quotes(_analyse(text))
    assert second["speaker_type"] == "anonymous" and second["speaker_via"] == "implicit"
    assert second["speaker_description"] == first["speaker_description"] == "مصدر أمني"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("أعلنت وزارة الدفاع المالية وصول طائرات جديدة. وقالت الوزارة في بيان: \"الطائرات ستدخل الخدمة خلال أيام\".",
         "وزارة الدفاع المالية"),
        ('وقالت منظمة الشفافية الدولية في بيان: "الإصلاحات المعلنة غير كافية على الإطلاق".', "منظمة الشفافية الدولية"),
        ('وذكر بيان للمحكمة العليا: "القاضي قرر رفض الطعن المقدم من النادي".', "المحكمة العليا"),
        ('The Malian army said in a statement: "Twelve militants were neutralised near Menaka."', "The Malian army"),
        ("Le ministère malien de la Défense a indiqué dans un communiqué : « Dix terroristes ont été neutralisés ».",
         "Le ministère malien de la Défense"),
        ("В Минобороны России заявили: «Все поставленные задачи успешно выполнены».", "Минобороны России"),
        ("«Все поставленные задачи выполнены в срок», — сообщили в пресс-службе ведомства.", "пресс-службе ведомства"),
    ],
)  # fmt: skip
def test_speakers_organisations_and_statements(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert (quote["speaker"], quote["speaker_type"]) == (speaker, "organization")


def test_speakers_statement_goes_on_with_its_issuer() -> None:
    text = 'وذكر بيان للمحكمة العليا: "القاضي قرر رفض الطعن المقدم من النادي". وأضاف البيان: "الحكم نهائي وغير قابل للاستئناف".'
    first, second = _quotes(_analyse(text))
    assert first["speaker"] == second["speaker"] == "المحكمة العليا"
    assert second["speaker_via"] == "role"


def test_speakers_bare_organisation_with_two_candidates_stays_unresolved() -> None:
    text = (
        "انتقدت وزارة الخارجية القرار، بينما رحبت به وزارة الداخلية. "
        'وقالت الوزارة في بيان: "القرار يخدم مصلحة البلاد على المدى البعيد".'
    )
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] is None and quote["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # another person comes in as a subject between the speaker and "he said"
        'Sadio Camara said the talks went well. Sergei Lavrov then met the press. "We are satisfied with the results," he said.',
        # two people in view and nobody has spoken: no guess
        "Le ministre Sadio Camara a reçu Sergueï Lavrov. « Nous sommes satisfaits des résultats », a-t-il souligné.",
        # the verb's gender disagrees with the last speaker
        'قال ساديو كامارا: "المحادثات كانت مثمرة جداً". وأضافت: "سنوقع الاتفاق خلال الأسابيع المقبلة".',
        # a subject is written that names nobody we know
        'قال ساديو كامارا: "المحادثات كانت مثمرة جداً". وقال الضيف الزائر إن "الاتفاق سيوقع خلال الأسابيع المقبلة".',
    ],
)
def test_speakers_no_speaker_rather_than_a_wrong_one(text: str) -> None:
    people = {"Sadio Camara": "Sadio Camara", "Sergei Lavrov": "Sergey Lavrov", "Sergueï Lavrov": "Sergey Lavrov",
              "ساديو كامارا": "Sadio Camara"}  # fmt: skip
    quotes = _quotes(_analyse(text, people))
    assert quotes[-1]["speaker"] is None, quotes[-1]


@pytest.mark.parametrize(
    "text",
    [
        "قال ساديو كامارا: «قواتنا جاهزة للموسم الجديد من العمليات\n\n«لدينا طائرات جديدة وطيارون مدربون جيداً».",
        "Sadio Camara said: \u201cOur forces are ready for the new season.\n\n\u201cWe have new aircraft and well trained pilots.\u201d",
    ],
)
def test_speakers_quote_over_several_paragraphs_is_one_quote(text: str) -> None:
    doc = _analyse(text, {"ساديو كامارا": "Sadio Camara", "Sadio Camara": "Sadio Camara"})
    (quote,) = _quotes(doc)
    assert quote["paragraphs"] == 2 and quote["speaker_canonical"] == "Sadio Camara"
    assert quote["text"].startswith(("قواتنا", "Our")) and quote["text"].endswith(("جيداً", "pilots."))


def test_speakers_adjacent_quote_continues_the_speaker() -> None:
    text = 'قال ساديو كامارا: "قواتنا جاهزة للموسم الجديد". "ولدينا طائرات جديدة وطيارون مدربون".'
    _first, second = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara"}))
    assert second["speaker_canonical"] == "Sadio Camara" and second["speaker_via"] == "continuation"


def test_speakers_every_quote_says_its_type_and_evidence_is_exact() -> None:
    text = (
        'أعلن وزير الدفاع ساديو كامارا وصول معدات جديدة. وأضاف: "سنواصل تدريب طيارينا مع شركائنا". '
        'وقال مصدر أمني: "الهجوم كان متوقعاً منذ أسابيع". وكانت اللافتات تقول "لا للتدخل الأجنبي في شؤوننا".'
    )
    doc = _analyse(text, {"ساديو كامارا": "Sadio Camara"})
    quotes = _quotes(doc)
    assert [q["speaker_type"] for q in quotes] == ["person", "anonymous", "none"]
    for q in quotes[:2]:
        assert doc.text[q["speaker_start"] : q["speaker_end"]] in text
        assert q["speaker_start"] < q["speaker_end"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role, then the name in apposition (no stage marked the name)
        ("« La coopération se poursuit normalement », a déclaré le porte-parole du ministère, Issa Konaté.",
         "Issa Konaté"),
        # an abbreviation with full stops inside the attribution after the quote
        ('"The talks will resume next week," said U.S. deputy spokesman Sadio Camara.', "Sadio Camara"),
        # a name right before the verb after the quote, with its title
        ("\u201cThe rumours are baseless,\u201d Defence Minister Sadio Camara said in an interview.", "Sadio Camara"),
        # a single surname no stage marked, between the quotation and its verb
        ('"We will never negotiate with the armed groups," Konaté said on Monday.', "Konaté"),
    ],
)  # fmt: skip
def test_speakers_named_after_the_quote(text: str, speaker: str) -> None:
    doc = _analyse(text, {"Sadio Camara": "Sadio Camara"})
    (quote,) = _quotes(doc)
    assert quote["speaker"] == speaker and quote["speaker_type"] == "person"
    assert _evidence(doc, quote) == speaker


def test_speakers_the_outlet_told_is_not_the_speaker() -> None:
    text = "«Колонна прибыла в Гао утром», — сообщил ТАСС военный источник."
    doc = _analyse(text, others={"ТАСС": ("MEDIA", "TASS")})
    (quote,) = _quotes(doc)
    assert quote["speaker"] is None and quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == "военный источник"


def test_speakers_definite_source_is_still_anonymous_and_a_new_title_is_nobody_named_before() -> None:
    text = (
        'التقى ساديو كامارا بالصحفيين. وقال المصدر نفسه: "القافلة وصلت إلى غاو صباح اليوم". '
        'وقال رئيس لجنة الدفاع بالبرلمان: "سنناقش الميزانية العسكرية الأسبوع المقبل".'
    )
    source, chair = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara"}))
    assert (source["speaker_type"], source["speaker_description"]) == ("anonymous", "المصدر نفسه")
    assert chair["speaker"] is None and chair["speaker_role"] == "رئيس لجنة الدفاع بالبرلمان"


def test_speakers_organisation_in_construct_with_a_named_group() -> None:
    text = 'وقال تنظيم داعش في بيان نشره على الإنترنت: "سنواصل القتال في كل مكان".'
    doc = _analyse(text, others={"داعش": ("ARMED_GROUP", "Islamic State")})
    (quote,) = _quotes(doc)
    assert (quote["speaker_canonical"], quote["speaker_type"]) == ("Islamic State", "organization")
    assert _evidence(doc, quote) == "تنظيم داعش"


def test_speakers_a_name_before_a_conjoined_verb_is_not_its_subject() -> None:
    text = 'استنكر الخبير ساديو كامارا تصريحات لافروف وقال "نرفض هذه التصريحات جملة وتفصيلا".'
    (quote,) = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara", "لافروف": "Sergey Lavrov"}))
    assert quote["speaker_canonical"] == "Sadio Camara"


def test_speakers_a_capitalised_name_no_stage_marked_before_the_verb() -> None:
    text = (
        "Выступая в Москве, Исса Конате Диалло сказал: «Нам нужно заполнить этот пробел как можно скорее». "
        "Позже он добавил: «Мы будем искать новых партнёров в регионе»."
    )
    first, second = _quotes(_analyse(text))
    assert first["speaker"] == second["speaker"] == "Исса Конате Диалло"
    assert (first["speaker_via"], second["speaker_via"]) == ("explicit", "pronoun")


def test_speakers_a_person_named_only_as_an_object_is_not_he() -> None:
    text = 'The army said its soldiers killed the militant leader Sadio Camara near Gao. "We will continue the operations," he said.'
    (quote,) = _quotes(_analyse(text, {"Sadio Camara": "Sadio Camara"}))
    assert quote["speaker"] is None


def test_speakers_a_second_quote_in_the_same_sentence_continues() -> None:
    text = (
        "وأشار ساديو كامارا إلى أن الشحنات «لم تتوقف يوماً عن الوصول إلى الموانئ» "
        "بل إنها تصل عبر طرق أخرى «رغم أن كمياتها أقل من السابق بكثير»."
    )
    first, second = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara"}))
    assert first["speaker_canonical"] == second["speaker_canonical"] == "Sadio Camara"
    assert second["speaker_via"] == "continuation"


def test_speakers_a_title_taken_for_a_name_gives_way_to_the_name() -> None:
    text = 'وقال وكيل وزارة الصحة ساديو كامارا للصحفيين: "عدد الضحايا ارتفع إلى عشرين شخصاً".'
    (quote,) = _quotes(_analyse(text, {"وكيل": "وكيل", "ساديو كامارا": "Sadio Camara"}))
    assert quote["speaker_canonical"] == "Sadio Camara"


def test_speakers_fullest_name_is_a_name_not_the_role_that_refers_to_it() -> None:
    from rasid.extract.quotes import quotes_stage

    text = 'أكد عباس أن التحقيق مستمر. وقال رئيس الدولة الفلسطينية: "سنرسل الملف إلى المحكمة الدولية فوراً".'
    doc = Document(text=text)
    role = text.index("رئيس الدولة الفلسطينية")
    entities = [
        doc.annotation("entities", text.index("عباس"), text.index("عباس") + 4, "PER", attrs={"canonical": "Mahmoud Abbas"}),
        doc.annotation("entities", role, role + len("رئيس الدولة الفلسطينية"), "PER",
                       attrs={"canonical": "Mahmoud Abbas", "mention": "role", "coref_of": text.index("عباس")}),
    ]  # fmt: skip
    (quote,) = _quotes(quotes_stage(doc.with_layer("entities", entities), {}))
    assert (quote["speaker"], quote["speaker_via"]) == ("عباس", "role")
    assert _evidence(doc, quote) == "رئيس الدولة الفلسطينية"


def test_speakers_organisation_name_ends_before_a_relative_clause() -> None:
    text = 'أعلنت حركة طالبان تعيين زعيم جديد. وقالت الحركة التي بدأت مفاوضات السلام: "لن نتراجع عن مطالبنا الأساسية".'
    doc = _analyse(text, others={"حركة طالبان": ("ARMED_GROUP", "Taliban")})
    (quote,) = _quotes(doc)
    assert (quote["speaker"], quote["speaker_via"]) == ("حركة طالبان", "role")
    assert _evidence(doc, quote) == "الحركة"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Министр Садио Камара выступил в Москве. По его словам, «армия готова к новым операциям на севере».", "pronoun"),
        ("Le ministre Sadio Camara a visité Gao. Selon lui, « l'armée est prête pour de nouvelles opérations ».", "pronoun"),
    ],
)  # fmt: skip
def test_speakers_possessive_attribution_refers_to_the_one_speaking(text: str, via: str) -> None:
    doc = _analyse(text, {"Садио Камара": "Sadio Camara", "Sadio Camara": "Sadio Camara"})
    (quote,) = _quotes(doc)
    assert (quote["speaker_canonical"], quote["speaker_via"]) == ("Sadio Camara", via)


def test_speakers_spokesman_for_a_body_then_the_name() -> None:
    text = 'وقال المتحدث باسم الحكومة المالية ساديو كامارا في بيان: "على السفير مغادرة البلاد خلال 72 ساعة".'
    (quote,) = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara"}))
    assert quote["speaker_canonical"] == "Sadio Camara"


def test_speakers_what_a_statement_says_is_its_issuers() -> None:
    text = (
        "أعلنت وزارة الدفاع المالية مقتل عشرة مسلحين. "
        'وجاء في بيان للوزارة: "تمكنت قواتنا من تحييد عشرة إرهابيين قرب ميناكا". '
        'وجاء في البيان أيضا: "لم تسجل أي خسائر في صفوف قواتنا المسلحة". '
        'وجاء في بيان صادر عن ساديو كامارا: "العمليات ستتواصل حتى تطهير المنطقة بالكامل".'
    )
    doc = _analyse(
        text,
        {"ساديو كامارا": "Sadio Camara"},
        {"وزارة الدفاع المالية": ("ORG", "Ministry of Defence of Mali")},
    )
    first, second, third = _quotes(doc)
    assert first["speaker_canonical"] == second["speaker_canonical"] == "Ministry of Defence of Mali"
    assert (first["speaker_type"], second["speaker_via"]) == ("organization", "role")
    assert (third["speaker_canonical"], third["speaker_type"]) == ("Sadio Camara", "person")


def test_speakers_the_agency_that_reports_a_source_is_not_its_speaker() -> None:
    text = "وأضاف المصدر العسكري - حسب وكالة الصحافة الفرنسية - أن «قتيلين وثلاثة جرحى سقطوا في صفوف القوات»."
    doc = _analyse(text, others={"وكالة الصحافة الفرنسية": ("MEDIA", "AFP")})
    (quote,) = _quotes(doc)
    assert quote["speaker_canonical"] != "AFP" and quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == "المصدر العسكري"


def test_speakers_after_an_organisation_any_person_named_since_breaks_the_chain() -> None:
    text = (
        'وقال مجلس الأمن في بيان: "ندين الهجوم الإرهابي بأشد العبارات". '
        "أما السفير لدى الرياض ساديو كامارا فقد أدان الحادث. "
        'وقال: "نقف مع المملكة في مواجهة الإرهاب بكل أشكاله".'
    )
    quotes = _quotes(
        _analyse(text, {"ساديو كامارا": "Sadio Camara"}, {"مجلس الأمن": ("ORG", "UN Security Council")})
    )
    assert quotes[-1]["speaker_canonical"] != "UN Security Council"


def test_speakers_the_subject_of_what_was_said_is_not_the_speaker() -> None:
    text = (
        "أعلنت حركة التحرير تعيين قائد جديد. وقال البيان إن ساديو كامارا قدم خدمات كبيرة للحركة. "
        'وأضاف: "لقد تمكن القائد وهيئة أركانه من تحقيق انتصارات متتالية".'
    )
    doc = _analyse(text, {"ساديو كامارا": "Sadio Camara"}, {"حركة التحرير": ("ORG", "Liberation Movement")})
    (quote,) = _quotes(doc)
    assert quote["speaker_canonical"] != "Sadio Camara"


def test_speakers_a_statement_announcing_a_person_is_not_that_person_speaking() -> None:
    text = 'وأعلن البيان اختيار الشيخ ساديو كامارا "الذي قاتل ودافع عن أرضه ومبادئه ووطنيته طويلا".'
    (quote,) = _quotes(_analyse(text, {"ساديو كامارا": "Sadio Camara"}))
    assert quote["speaker_canonical"] != "Sadio Camara"


def test_speakers_a_surname_with_a_clitic_is_the_person() -> None:
    text = 'وحضر رئيس الوزراء ساديو كامارا المراسم. ورفع المهاجمون نص تصريح لكامارا قائلا "نريد مئة رأس مقابل كل قتيل".'
    doc = _analyse(text, {"ساديو كامارا": "Sadio Camara", "لكامارا": None})  # a model's span with the ل
    (quote,) = _quotes(doc)
    assert (quote["speaker"], quote["speaker_canonical"]) == ("ساديو كامارا", "Sadio Camara")


def test_speakers_a_name_span_that_took_in_the_verb_still_names_the_speaker() -> None:
    text = 'وهو ما عبر عنه الوزير ساديو كامارا بقوله: "إن العالم أجمع يترقب نتائج هذا المؤتمر المبارك".'
    (quote,) = _quotes(_analyse(text, {"ساديو كامارا بقوله": "ساديو كامارا بقوله"}))  # a model's span
    assert (quote["speaker"], quote["speaker_type"]) == ("ساديو كامارا", "person")
