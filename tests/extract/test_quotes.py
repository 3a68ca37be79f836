"""rasid.quotes.v1: quotation marks, cues before/after, speakers resolved through the entities layer."""

from __future__ import annotations

import pytest

from rasid.extract.cues import fold
from rasid.extract.quotes import find_quotations, quotes_stage
from rasid.extract.quotes.cues import quote_cues
from rasid.model import Document


def _analyse(
    text: str, people: dict[str, str] | None = None, others: dict[str, tuple[str, str]] | None = None
):
    """Run the stage with an entities layer naming ``people`` (surface -> canonical) and ``others``."""
    doc = Document(text=text)
    anns, taken = [], []
    named = [(s, "PER", c) for s, c in (people or {}).items()] + [
        (s, lab, c) for s, (lab, c) in (others or {}).items()
    ]
    for surface, label, canonical in sorted(named, key=lambda x: -len(x[0])):
        i = text.find(surface)
        while i != -1:
            if not any(i < b and a < i + len(surface) for a, b in taken):
                taken.append((i, i + len(surface)))
                anns.append(
                    doc.annotation("entities", i, i + len(surface), label, attrs={"canonical": canonical})
                )
            i = text.find(surface, i + 1)
    return quotes_stage(doc.with_layer("entities", anns), {})


def _direct(doc: Document) -> list[tuple[str, object]]:
    return [(a.text, a.attrs["speaker_canonical"]) for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('قال: "نحن هنا للبقاء" ثم غادر', "نحن هنا للبقاء"),
        ("قال: «نحن هنا للبقاء» ثم غادر", "نحن هنا للبقاء"),
        ("il a dit : « Nous restons ici » puis", "Nous restons ici"),
        ("he said “we are staying here” and", "we are staying here"),
        ("он сказал: „мы остаёмся здесь“ и", "мы остаёмся здесь"),
        ('قال: "نحن هنا للبقاء\nولن نغادر أبداً" ثم', "نحن هنا للبقاء\nولن نغادر أبداً"),
        ('قال: "نحن هنا للبقاء ولن نغادر\nوأضاف آخرون', "نحن هنا للبقاء ولن نغادر"),
    ],
)
def test_quotes_find_quotations_balanced_broken_and_unclosed(text: str, quoted: str) -> None:
    spans = [text[q.start : q.end] for q in find_quotations(text)]
    assert quoted in spans


@pytest.mark.parametrize(
    ("text", "people", "quote", "speaker"),
    [
        ('قال وزير الخارجية عبد الله ديوب: "لن نقبل أي وصاية على قرارنا السيادي"', {"عبد الله ديوب": "Abdoulaye Diop"},
         "لن نقبل أي وصاية على قرارنا السيادي", "Abdoulaye Diop"),
        ('وأكد ديارا أنه "علاوة على ذلك يقاتل الجنود إلى جانبنا"', {"ديارا": "Alou Boi Diarra"},
         "علاوة على ذلك يقاتل الجنود إلى جانبنا", "Alou Boi Diarra"),
        ('في بيان صدر عن الوزير سيرجي لافروف، قال: "سنواصل تقديم المساعدة اللازمة لباماكو"',
         {"سيرجي لافروف": "Sergey Lavrov"}, "سنواصل تقديم المساعدة اللازمة لباماكو", "Sergey Lavrov"),
        ('وبحسب الخبير الأمني سليمان أمزات، "العمليات المشتركة قد تبدأ قبل نهاية العام"', {"سليمان أمزات": "Souleymane Amzat"},
         "العمليات المشتركة قد تبدأ قبل نهاية العام", "Souleymane Amzat"),
        ("« Nos forces contrôlent toutes les villes », a déclaré Sadio Camara.", {"Sadio Camara": "Sadio Camara"},
         "Nos forces contrôlent toutes les villes", "Sadio Camara"),
        ('"We will not negotiate with terrorists," Traoré said on Monday.', {"Traoré": "Ibrahim Traoré"},
         "We will not negotiate with terrorists,", "Ibrahim Traoré"),
        ('"We will not negotiate with terrorists," said Ibrahim Traoré.', {"Ibrahim Traoré": "Ibrahim Traoré"},
         "We will not negotiate with terrorists,", "Ibrahim Traoré"),
        ("Сергей Лавров заявил: «Мы продолжим помогать Мали в этой борьбе».", {"Сергей Лавров": "Sergey Lavrov"},
         "Мы продолжим помогать Мали в этой борьбе", "Sergey Lavrov"),
    ],
)  # fmt: skip
def test_quotes_speaker_from_cue(text: str, people: dict[str, str], quote: str, speaker: str) -> None:
    assert (quote, speaker) in _direct(_analyse(text, people))


def test_quotes_role_phrase_refers_back_to_the_one_person() -> None:
    text = (
        "أكد رئيس الأركان ألو بوا ديارا أن البلاد استعادت أراضيها.\n"
        'وفي حديث إلى قناة "RTVI" قال القائد العسكري في مالي: "التعاون مع موسكو يمنحنا قوة جديدة".'
    )
    doc = _analyse(
        text, {"ألو بوا ديارا": "Alou Boi Diarra"}, {"مالي": ("GPE", "Mali"), "RTVI": ("MEDIA", "RTVI")}
    )
    quotes = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert [(a.text, a.attrs["speaker_canonical"]) for a in quotes] == [
        ("التعاون مع موسكو يمنحنا قوة جديدة", "Alou Boi Diarra")
    ]  # the one-word "RTVI" is a name, not a statement
    (quote,) = quotes
    assert quote.attrs["speaker"] == "ألو بوا ديارا"
    assert text[quote.attrs["speaker_start"] : quote.attrs["speaker_end"]] == "القائد العسكري في مالي"


def test_quotes_role_phrase_with_two_people_in_view_stays_unresolved() -> None:
    text = 'التقى غويتا بالوزير لافروف أمس. وقال الرئيس: "سنعمق التعاون في كل المجالات الممكنة".'
    doc = _analyse(text, {"غويتا": "Assimi Goïta", "لافروف": "Sergey Lavrov"})
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs["speaker"] is None and quote.attrs["speaker_role"] == "الرئيس"


def test_quotes_continuation_without_named_subject() -> None:
    text = 'قال المحلل سليمان أمزات: "الانسحاب ترك فراغاً أمنياً كبيراً". وأضاف: "الشركاء الجدد يملأون الفراغ تدريجياً".'
    doc = _analyse(text, {"سليمان أمزات": "Souleymane Amzat"})
    assert [s for _, s in _direct(doc)] == ["Souleymane Amzat", "Souleymane Amzat"]


def test_quotes_continuation_stops_when_someone_else_speaks_between() -> None:
    text = (
        'قال أمزات: "الانسحاب ترك فراغاً أمنياً كبيراً جداً". ثم تحدث ديارا عن الوضع في الشمال.'
        ' وأضاف: "الشركاء الجدد يملأون الفراغ تدريجياً".'
    )
    doc = _analyse(text, {"أمزات": "Souleymane Amzat", "ديارا": "Alou Boi Diarra"})
    # not Amzat any more: Diarra, who came in as the subject of the sentence before, adds it
    assert _direct(doc)[1] == ("الشركاء الجدد يملأون الفراغ تدريجياً", "Alou Boi Diarra")


def test_quotes_participle_cue_ignores_an_object_name() -> None:
    text = (
        'قال ديارا: "ليس لدي أرقام دقيقة حول عدد القوات". كما أعرب عن تشرفه بلقاء مع وزير الدفاع بيلاوسوف، '
        'موضحاً "لمست حرص الوزير على دعم بلادنا".'
    )
    doc = _analyse(text, {"ديارا": "Alou Boi Diarra", "بيلاوسوف": "Andrei Belousov"})
    assert _direct(doc)[1] == ("لمست حرص الوزير على دعم بلادنا", "Alou Boi Diarra")


def test_quotes_subheading_gets_the_speaker_of_the_quote_it_repeats_or_none() -> None:
    text = (
        'قال ديارا: "يقاتل الجنود إلى جانبنا، فمساهمة روسيا في سلامة أراضينا لا تقدر بثمن".\n'
        '"مساهمة روسيا لا تقدر بثمن"\n'
        '"لا أحد يستطيع أن يفرض علينا شيئاً"\n'
    )
    doc = _analyse(text, {"ديارا": "Alou Boi Diarra"})
    headings = {a.text: a.attrs["speaker_canonical"] for a in doc.layer("quotes") if a.attrs.get("heading")}
    assert headings == {
        "مساهمة روسيا لا تقدر بثمن": "Alou Boi Diarra",
        "لا أحد يستطيع أن يفرض علينا شيئاً": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        'وصف بيان حكومي العملية بأنها "نجاح باهر". ولم يصدر تعليق.',
        'The "Africa Corps" label replaced the Wagner brand.',
        'شمل "الاستعراض" يوم 17 يناير دبابات حديثة',
    ],
)
def test_quotes_scare_quotes_and_names_are_not_statements(text: str) -> None:
    assert _direct(_analyse(text)) == []


def test_quotes_unattributed_quote_has_no_speaker() -> None:
    text = 'وفي الشارع كانت اللافتات تقول "لا للتدخل الأجنبي في شؤوننا الداخلية".'
    doc = _analyse(text, {"غويتا": "Assimi Goïta"})
    assert _direct(doc) == [("لا للتدخل الأجنبي في شؤوننا الداخلية", None)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وصلت الشحنة أمس، بحسب مصادر عسكرية محلية.", "بحسب مصادر عسكرية محلية"),
        ("شنت الجماعة هجوماً، وفقاً لمصادر أمنية.", "وفقاً لمصادر أمنية"),
        ("Selon Le Monde, Paris a retiré ses soldats.", "Selon Le Monde"),
        ("According to Reuters, two aircraft arrived.", "According to Reuters"),
        ("По данным ТАСС, вчера прибыла техника.", "По данным ТАСС"),
    ],
)
def test_quotes_indirect_attributions(text: str, phrase: str) -> None:
    doc = _analyse(text)
    assert [a.text for a in doc.layer("quotes") if a.label == "indirect"] == [phrase]


def test_quotes_spans_exclude_marks_and_match_text() -> None:
    text = "قَالَ الوزيـــر: «سنواصلُ العمل مع شركائنا 🇲🇱 في المنطقة»"
    doc = _analyse(text)
    (ann,) = doc.layer("quotes")
    assert text[ann.start : ann.end] == ann.text == "سنواصلُ العمل مع شركائنا 🇲🇱 في المنطقة"


@pytest.mark.parametrize(
    "text",
    [
        'قرأ وهو صغير كتاب عالم الفلك الأميركي كارل ساجان "المخلوقات الذكية في الكون الواسع".',
        "وتزامناً مع ذلك، أفاد «المرصد السوري لحقوق الإنسان» بأن عدد القتلى ارتفع.",
        'أطلقت الحكومة حملة بعنوان "معاً من أجل وطن آمن ومستقر" لتشجيع الشباب.',
    ],
)
def test_quotes_titles_and_quoted_names_are_not_statements(text: str) -> None:
    assert _direct(_analyse(text, {"كارل ساجان": "Carl Sagan"})) == []


def test_quotes_unknown_written_subject_blocks_an_earlier_name() -> None:
    text = 'التقى الوزير ديارا بالسفير. وقالت الوزارة في بيان: "تم الاتفاق على كل النقاط المطروحة للنقاش".'
    assert _direct(_analyse(text, {"ديارا": "Alou Boi Diarra"})) == [
        ("تم الاتفاق على كل النقاط المطروحة للنقاش", None)
    ]


def test_quotes_continuation_respects_the_verb_gender() -> None:
    text = (
        'قال أمزات: "الانسحاب ترك فراغاً أمنياً كبيراً جداً". '
        'وأضافت: "الشركاء الجدد يملأون الفراغ تدريجياً في الشمال".'
    )
    assert _direct(_analyse(text, {"أمزات": "Souleymane Amzat"}))[1][1] is None


def test_quotes_participle_takes_the_main_clause_subject() -> None:
    text = 'وفي كلمة أمام البرلمان، كرر ظريف موقف روحاني، قائلاً: "الاتفاق فرصة جديدة للتعاون في المنطقة".'
    doc = _analyse(text, {"ظريف": "Mohammad Javad Zarif", "روحاني": "Hassan Rouhani"})
    assert _direct(doc) == [("الاتفاق فرصة جديدة للتعاون في المنطقة", "Mohammad Javad Zarif")]


def test_quotes_indefinite_role_is_anonymous() -> None:
    text = 'تحدث ديارا طويلاً عن الوضع. وقال مسؤول أمني: "الوضع تحت السيطرة الكاملة في المدينة".'
    doc = _analyse(text, {"ديارا": "Alou Boi Diarra"})
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs["speaker"] is None and quote.attrs["speaker_role"] == "مسؤول أمني"


@pytest.mark.parametrize(
    ("word", "is_body"),
    [
        ("суда", True),
        ("министерствами", True),
        ("ведомство", True),
        ("изданий", True),
        ("группировки", True),
        ("Судана", False),  # a country, not суд- "court"
        ("советник", False),  # an adviser is a person, not совет- "council"
        ("судья", False),
    ],
)
def test_russian_body_stems_take_case_endings_only(word: str, is_body: bool) -> None:
    assert bool(quote_cues().organization_other.fullmatch(fold(word))) is is_body
