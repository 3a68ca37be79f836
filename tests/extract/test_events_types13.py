"""Event types, round 13: general checks of the trigger side, in our own sentences.

* An Arabic trigger verb written with ``*`` in the data (وصل*, شن*, سلم*) matches its own inflections only, not
  another word that begins with the same letters (وصلابة, شنطة, سلمية).
* A trigger that names people (trainers or coaches, a delegation) is no actor of its own frame; one that names the
  violence (غارة, إطلاق النار) still frames itself, and reinforcements name their troops.
* What a deployment "publishes" is its object right after it (نشرت القوات بيانا), not a statement quoted further on.
"""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text
from rasid.extract.events.catalogue import inflected_arabic_verb


def _types(text: str, language: str = "ar") -> list[str]:
    doc = analyze_text(text, language=language, published="2015-08-10")
    return [e.to_dict()["attrs"]["rasid_type"] for e in doc.layer("events")]


@pytest.mark.parametrize(
    ("phrase", "word", "inflected"),
    [
        ("وصل*", "وصلت", True),
        ("وصل*", "وصلوا", True),
        ("وصل*", "وصلا", True),
        ("شن*", "شنته", True),
        ("شن*", "شنوها", True),
        ("أرسل*", "أرسلتها", True),
        ("زود*", "زوّدت", True),  # a shadda is no letter
        ("وصل*", "وصلابة", False),
        ("وصل*", "وصلة", False),
        ("وصل*", "وصلات", False),
        ("شن*", "شنطة", False),
        ("شن*", "شنغهاي", False),
        ("سلم*", "سلمية", False),
        ("سلم*", "سلمان", False),
        ("سيطر*", "سيطرة", False),
        # a phrase without a wildcard, or a language other than Arabic, is not this check's
        ("نشر", "نشر", True),
        ("deploy*", "deployment", True),
    ],
)
def test_an_arabic_wildcard_verb_matches_its_inflections_only(
    phrase: str, word: str, inflected: bool
) -> None:
    assert inflected_arabic_verb(phrase, word) is inflected


# (sentence, the type it must not be coded as)
TRAPS = [
    # steadfastness (صلابة) after و is no arrival, even beside the security forces
    ("وتزيد هذه المواقف رجال الأمن وقوات الطوارئ قوة وصلابة في مواجهة الباطل.", "deployment"),
    # a bag (شنطة) beside armed men is no attack launched
    ("وعثر رجال الأمن على شنطة تحتوي على أسلحة في سيارة المسلحين.", "attack"),
    # coaches of the league, and trainers of an election course, are no military training
    ("وخلت قائمة المدربين في دوري المحترفين هذا الموسم من المدربين الوطنيين.", "training"),
    ("ويشرف على الدورة مدربين متخصصين من لجنة الانتخابات البلدية.", "training"),
    # a force that publishes a statement or pictures deploys nothing
    ("نشرت القوات المسلحة بيانا عن العملية في المنطقة الحدودية.", "deployment"),
    ("ونشر الجيش صورا للمعدات التي ضبطها في المدينة.", "deployment"),
]


@pytest.mark.parametrize(("text", "not_type"), TRAPS)
def test_word_sense_traps_code_no_event_of_that_type(text: str, not_type: str) -> None:
    assert not_type not in _types(text)


TRUE_EVENTS = [
    ("ar", "وصلت تعزيزات عسكرية من الجيش إلى مدينة عدن أمس.", "deployment"),
    ("ar", "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة.", "attack"),
    ("ar", "وأطلق مسلحون النار على دورية للشرطة في بغداد.", "attack"),
    # a noun that names the violence frames itself: an air raid with its place
    ("ar", "ونفذت طائرات غارة على ريف دمشق فجر اليوم.", "attack"),
    # reinforcements name their troops
    ("fr", "Selon le ministère, le renfort est arrivé à Djibo dans la soirée.", "deployment"),
    (
        "en",
        "Reinforcements were dispatched to the town of Djibo, according to the army statement.",
        "deployment",
    ),
    # trainers with a force named beside them are a training mission
    ("en", "Russian military instructors arrived in Bamako to train the Malian army.", "training"),
]


@pytest.mark.parametrize(("language", "text", "event_type"), TRUE_EVENTS)
def test_true_events_are_still_coded(language: str, text: str, event_type: str) -> None:
    assert event_type in _types(text, language)


def test_a_definite_meeting_noun_names_again_the_meeting_told_before() -> None:
    text = (
        "التقى وزير الخارجية عادل الجبير نظيره الفرنسي لوران فابيوس في باريس أمس. "
        "وأكد الجبير أن اللقاء تناول العلاقات بين البلدين."
    )
    assert _types(text).count("meeting") == 2


def test_a_definite_meeting_noun_alone_is_no_meeting() -> None:
    # a body's own session, with no meeting told before it
    assert "meeting" not in _types("ورأس المحافظ الاجتماع الثالث للجنة التنفيذية لمهرجان الصيف في الطائف.")


def test_who_attended_the_talks_is_no_second_meeting() -> None:
    text = (
        "عقد الملك سلمان جلسة مباحثات رسمية مع الملك محمد السادس في الرياض اليوم. "
        "حضر جلسة المباحثات الأمير محمد بن نايف ولي العهد."
    )
    assert _types(text).count("meeting") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Армия Мали получила из России штурмовые вертолеты Ми-35 и радары.",
        "Россия передала Мали штурмовики Су-25 и учебные самолеты L-39.",
    ],
)
def test_attack_aircraft_delivered_are_no_assault(text: str) -> None:
    types = _types(text, "ru")
    assert "attack" not in types
    assert "equipment_transfer" in types


def test_a_storming_is_still_an_assault() -> None:
    assert "attack" in _types("Боевики штурмовали военную базу в Гао.", "ru")


def test_troops_that_were_deployed_are_a_standing_presence() -> None:
    text = "La France a commencé à retirer ses troupes du Niger, où elles étaient déployées depuis 2013."
    assert _types(text, "fr") == ["withdrawal"]


def test_the_attackers_named_are_no_attack() -> None:
    text = (
        "A source said the attackers arrived in five vehicles and fled when military reinforcements arrived."
    )
    assert "attack" not in _types(text, "en")


def test_a_site_is_no_website_beside_troops() -> None:
    assert "deployment" in _types("وأوضح أنه تم إرسال عسكريين إلى موقع الهجوم شرق تمبكتو.")
    # ... and a position shelled is no deployment
    text = "وأطلق الثوار قذائف هاون باتجاه موقع تمركز لعناصر الحوثي في المنطقة."
    assert "deployment" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "ترأس رئيس الهيئة الدكتور سالم العتيبي اجتماع لجنة التطوير في مقر الهيئة بالرياض.",
        "وعقد الرئيس اجتماعا طارئا مع عدد من مستشاريه لمناقشة الأوضاع في البلاد.",
    ],
)
def test_a_body_meeting_with_its_own_people_is_no_consultation(text: str) -> None:
    assert "meeting" not in _types(text)


def test_a_joint_committee_still_meets() -> None:
    text = "وعقدت اللجنة السعودية المصرية المشتركة اجتماعها مع وزير الخارجية المصري سامح شكري في القاهرة."
    assert "meeting" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتفقد مدير التعليم سير العمل في المنطقة، كما زار مدارس الحي الشمالي وثانوية الفارابي.",
        "وقام نائب مدير المستشفى الدكتور سامي العلي بزيارة المتبرعين وشكرهم على مبادرتهم.",
    ],
)
def test_an_inspection_tour_is_no_consultation(text: str) -> None:
    assert "meeting" not in _types(text)
