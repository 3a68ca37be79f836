"""Arabic speakers, round 22 (spk-ar22): a role phrase that repeats the title written with one earlier-named
person stands for that person, even when someone else spoke in between. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import direct_speakers, organization_speakers

_BETWEEN = 'وقال رجل الأعمال كريم الحداد إن "الاستثمار يحتاج إلى قوانين واضحة".\n'
_HOPE = 'وأعرب {title} عن أمله في "فتح صفحة جديدة مع القطاع الخاص خلال الأشهر المقبلة".'


def test_a_two_word_title_repeated_word_for_word_names_its_holder() -> None:
    text = (
        "التقى رئيس الحكومة سمير الخطيب وفدا من رجال الأعمال في العاصمة أمس.\n"
        + _BETWEEN
        + _HOPE.format(title="رئيس الحكومة")
    )
    assert direct_speakers(text, "ar") == ["كريم الحداد", "سمير الخطيب"]


def test_a_title_without_its_adjective_and_rank_names_its_holder() -> None:
    text = (
        "وقال المتحدث الرسمي باسم الشرطة الوطنية العقيد سامي النعيمي إن الدوريات انتشرت في الأحياء.\n"
        'وقال وزير الداخلية فهد العتيبي إن "الوضع تحت السيطرة".\n'
        'وأوضح المتحدث باسم الشرطة الوطنية أن "التحقيقات ما زالت في بدايتها ولن نكشف عن أسماء".'
    )
    assert direct_speakers(text, "ar") == ["فهد العتيبي", "سامي النعيمي"]


def test_a_former_holder_is_not_the_one_the_title_names() -> None:
    text = (
        "وزار رئيس الحكومة الأسبق سمير الخطيب المدينة أمس.\n" + _BETWEEN + _HOPE.format(title="رئيس الحكومة")
    )
    assert direct_speakers(text, "ar") == ["كريم الحداد", None]


def test_a_title_two_people_were_given_names_nobody() -> None:
    text = (
        "واجتمع وزير المالية سمير الخطيب مع وزير المالية السابق نادر العلي، ثم التقى وزير المالية نبيل الصافي.\n"
        + _BETWEEN
        + _HOPE.format(title="وزير المالية")
    )
    assert direct_speakers(text, "ar") == ["كريم الحداد", None]


def test_a_long_lineage_name_is_a_name_not_a_clause() -> None:
    text = (
        "أكد خالد بن سعيد ناصر حمد العامري مدير هيئة الموانئ، أن التوسعة ستكتمل العام المقبل.\n"
        'وقال إن "الرصيف الجديد سيستقبل السفن الكبيرة بعد الصيف".'
    )
    assert direct_speakers(text, "ar") == ["خالد بن سعيد ناصر حمد العامري"]


def test_a_name_in_marks_inside_a_title_does_not_end_the_subject() -> None:
    text = (
        'من جهته، أوضح المدير التنفيذي للهيئة العامة للترفيه "ترفيه" المهندس ماجد السبيعي أن الحفلات '
        "ستقام في الحدائق.\n"
        'وأضاف: "نتوقع حضور آلاف العائلات خلال أيام العيد".'
    )
    assert direct_speakers(text, "ar") == ["ماجد السبيعي"]


def test_an_object_noun_after_the_verb_does_not_stop_the_chain() -> None:
    text = (
        'وأشاد الوزير نادر الشمري بجهود فرق الإنقاذ التي "عملت ليلا ونهارا دون توقف".\n'
        'وأكد أهمية "التنسيق الكامل بين الأجهزة في مواجهة الكوارث الطبيعية".'
    )
    assert direct_speakers(text, "ar") == ["نادر الشمري", "نادر الشمري"]


def test_an_honorific_after_the_verb_is_never_a_body() -> None:
    text = (
        "وأشاد سموه بالجهود التي تبذلها القوات البحرية والأمنية في حماية السواحل.\n"
        "وأضاف سموه «إن الوطن يفخر بأبنائه المرابطين على الحدود في كل الأوقات»."
    )
    assert organization_speakers(text)[-1][1] != "organization"
