"""Event types, round 16: triggers that name no event told, in our own sentences.

* A trigger noun right after a word of fear or waiting (يخشى, خوفا من, لحين, حتى يتم, "for fear of", "pending") names
  what someone fears or waits for; right after a characterising word (تمثل, بمثابة, وصفته بأنه, "constitutes") it is a
  statement's word for an act, not an event told. Words between them may be a subject or an auxiliary, not a
  preposition or a time word (حتى الآن في الهجوم: the attack is told).
* A closing link line (رابط الخبر بصحيفة ...: then a headline, "Lire aussi :") repeats a headline: no event of its own.
* A contract (عقد, contrat) is commercial, no agreement between parties.
* An Arabic verb of spreading, publishing, sending or arriving (نشر, انتشر, أرسل, وصل) is a deployment only with a force
  as its subject or object; a force stationed somewhere (المتمركزة, يتمركز فيه) is a standing presence.
* An Arabic title abbreviation (د., م., أ.د.) before a name does not end the sentence.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers

from rasid.extract import analyze_text
from rasid.extract.events.context import joined_at_initials, link_line_start
from rasid.text.segment import sentences


def _types(text: str, language: str = "ar") -> list[str]:
    doc = analyze_text(text, language=language, published="2015-08-10")
    return [e.attrs["rasid_type"] for e in doc.layer("events") if not e.attrs.get("extension")]


def _triggers(text: str, language: str = "ar") -> list[tuple[str, str]]:
    return coded_triggers(text, language)


# (sentence, language, the type and trigger word that must code nothing)
NOT_TOLD = [
    # a deployment a government fears, not one made
    ("وتخشى الحكومة الفرنسية إرسال قوات إضافية إلى مالي بعد مقتل جنودها.", "ar", "deployment", "إرسال"),
    # air strikes the fighters no longer fear, not strikes told
    (
        "ويتنقل المقاتلون في ريف حلب دون خوف من الغارات الجوية للنظام السوري على مواقعهم.",
        "ar",
        "attack",
        "الغارات",
    ),
    # a training awaited, not given
    (
        "وستبقى القوات الأمريكية في العراق لحين تدريب الجيش العراقي على مواجهة تنظيم داعش.",
        "ar",
        "training",
        "تدريب",
    ),
    # a statement's word for an act: what a government calls the incident, a spokesman's comparison
    ("ووصفت الحكومة الحادث بأنه هجوم إرهابي على قوات الأمن في مدينة أبها.", "ar", "attack", "هجوم"),
    ("واعتبر المتحدث أن نشر الصواريخ الروسية بمثابة هجوم على حلف الناتو في أوروبا.", "ar", "attack", "هجوم"),
    ("The minister said the raid constitutes an attack on the army of Mali.", "en", "attack", "attack"),
]


@pytest.mark.parametrize(("text", "language", "kind", "word"), NOT_TOLD)
def test_a_trigger_feared_awaited_or_characterised_is_no_event(
    text: str, language: str, kind: str, word: str
) -> None:
    assert (kind, word) not in _triggers(text, language)


# (sentence, language, the type it must still be coded as)
TOLD = [
    # a time word between "until" and the attack: the attack is told
    ("وقتل خمسة جنود حتى الآن في الهجوم الذي شنه مسلحون على ثكنة عسكرية في شمال مالي.", "ar", "attack"),
    # the fear is of something else: the strikes themselves are told
    (
        "وشنت الطائرات غارات جوية على مواقع المسلحين في مدينة الرمادي خوفا من تقدمهم نحو بغداد.",
        "ar",
        "attack",
    ),
    # "announced that it launched strikes": بأنه before a verb reports the act, it characterises nothing
    ("وأعلن الجيش بأنه شن غارات جوية على مواقع المسلحين في مدينة الرمادي.", "ar", "attack"),
    ("Fighters attacked an army base near Gao on Monday, fearing a new offensive.", "en", "attack"),
    # what people fear an offensive or strikes told will do: "fear" or يخشى before a clause ("that"), not the act
    (
        "Many Israelis fear the offensive will further endanger the hostages held by Hamas in Gaza.",
        "en",
        "attack",
    ),
    ("ويخشى السكان أن الغارات الجوية على مواقع المسلحين في المدينة ستستمر أسابيع.", "ar", "attack"),
]


@pytest.mark.parametrize(("text", "language", "kind"), TOLD)
def test_a_trigger_with_no_such_word_right_before_it_is_still_coded(
    text: str, language: str, kind: str
) -> None:
    assert kind in _types(text, language)


REPORT = "قتل عشرة جنود في هجوم شنه مسلحون على قاعدة عسكرية في شمال مالي يوم الأحد."
LINK = "رابط الخبر بصحيفة الوئام: مقتل عشرة جنود في هجوم على قاعدة عسكرية في مالي"


def test_a_closing_link_line_repeats_a_headline_and_codes_nothing() -> None:
    doc = analyze_text(f"{REPORT}\n{LINK}", language="ar", published="2015-08-10")
    events = [e for e in doc.layer("events") if e.attrs["rasid_type"] == "attack"]
    assert events, "the report's own sentence is coded"
    assert all(e.start < len(REPORT) for e in events)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (f"{REPORT}\n{LINK}", len(REPORT) + 1),
        (f"{REPORT} {LINK}", len(REPORT) + 1),
        ("L'armée a repoussé une attaque à Gao.\nLire aussi : Mali, une attaque repoussée", 38),
        # no text before it: the line is the text, not a link closing it
        (LINK, len(LINK)),
        # a link line followed by more lines of the report is not the closing one
        (f"{REPORT}\n{LINK}\n{REPORT}", len(f"{REPORT}\n{LINK}\n{REPORT}")),
        (REPORT, len(REPORT)),
    ],
)
def test_link_line_start(text: str, start: int) -> None:
    assert link_line_start(text) == start


# A contract (عقد, contrat) is commercial: no agreement between parties, unless an agreement word is named with it.
CONTRACTS = [
    ("أبرم أمين منطقة الرياض الدكتور عبدالله المقبل خمسة عقود لمشاريع سفلتة الشوارع في الرياض.", "ar", False),
    (
        "Le ministère malien de la Défense a signé un contrat avec la société Airbus pour deux hélicoptères.",
        "fr",
        False,
    ),
    (
        "وقعت وزارة الداخلية السعودية مذكرة تفاهم مع وزارة الداخلية الفرنسية في مجال مكافحة الإرهاب.",
        "ar",
        True,
    ),
    ("وقعت الحكومة الباكستانية اتفاقية تعاون مع الصين، تشمل عقودا لبناء الموانئ.", "ar", True),
]


@pytest.mark.parametrize(("text", "language", "coded"), CONTRACTS)
def test_a_contract_is_no_agreement_between_parties(text: str, language: str, coded: bool) -> None:
    assert ("agreement" in _types(text, language)) is coded


# An Arabic verb of spreading, publishing, sending or arriving is a deployment only with a force as its subject or
# object (either side of the verb); a force stationed somewhere (المتمركزة, يتمركز فيه) is a standing presence.
DEPLOYMENT_SENSES = [
    ("وقبل أسبوع نشرت صحف عربية قصة شاب انضم إلى تنظيم داعش في سوريا.", False),
    ("واتهم الوزير المعارضة بنشر دعاية كاذبة عن الجيش في المنطقة الشرقية.", False),
    ("ويهدف المسلحون إلى نشر الرعب بين سكان القرى في شمال مالي.", False),
    ("واستهدفت الطائرات معسكرا يتمركز فيه مقاتلو التنظيم قرب الرقة.", False),
    ("وقصفت القوات المتمركزة على الحدود مواقع التنظيم في شمال العراق.", False),
    # the force after the verb (VSO, past the subject and a date), or before it (SVO, past a relative clause)
    ("ونشرت الولايات المتحدة اليوم الأحد مقاتلات من طراز إف 16 في قاعدة إنجرليك التركية.", True),
    ("وقالت المصادر إن الميليشيات التي تضم مقاتلين من العراق وأفغانستان وصلت إلى ريف دمشق.", True),
    ("وانتشرت قوات الأمن في شوارع العاصمة بعد الهجوم.", True),
]


@pytest.mark.parametrize(("text", "coded"), DEPLOYMENT_SENSES)
def test_a_deployment_verb_needs_a_force_beside_it(text: str, coded: bool) -> None:
    assert ("deployment" in _types(text)) is coded


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # د. (doctor), م. (engineer), أ.د. (professor) before a name: the sentence goes on
        ("التقى وزير الصحة د. خالد العلي أمس وزير التعليم د. سعد الفهد في الرياض.", 1),
        ("افتتح م. خالد العمر المشروع أمس. ثم غادر الموقع.", 2),
        ("ورحب أ.د. سامي الحربي بالضيوف في الجامعة.", 1),
        # a year's era letter after digits (2015م.) ends its sentence
        ("وقع الاتفاق عام 2015م. ثم التقى الوزير نظيره في جدة.", 2),
    ],
)
def test_an_arabic_title_abbreviation_does_not_end_the_sentence(text: str, parts: int) -> None:
    assert len(joined_at_initials(text, sentences(text))) == parts


def test_a_meeting_of_two_doctors_is_coded_across_their_titles() -> None:
    text = "التقى وزير الصحة د. خالد العلي أمس وزير التعليم د. سعد الفهد في مقر الوزارة بالرياض."
    assert "meeting" in _types(text)


# An attack verb's needed word past a long subject (the fire opened), or before the verb when it is its subject (the
# charge that exploded); fire named before "opened" is no fire opened (a ceasefire, then a crossing opened).
ATTACK_VERB_NEEDS = [
    ("وقال مصدر أمني إن عبوة ناسفة انفجرت صباح اليوم بدورية للجيش في مدينة العريش.", True),
    ("وقتل جنديان حين فتح عناصر من حزب العمال الكردستاني النار على دورية للجيش في ولاية شرناق.", True),
    ("وبعد وقف إطلاق النار بين الطرفين فتحت السلطات المعبر أمام المسافرين في رفح.", False),
    ("وأطفأ رجال الدفاع المدني النار ثم فتحوا الطريق أمام السيارات في جدة.", False),
]


@pytest.mark.parametrize(("text", "coded"), ATTACK_VERB_NEEDS)
def test_an_attack_verb_finds_its_charge_or_fire_on_the_right_side(text: str, coded: bool) -> None:
    assert ("attack" in _types(text)) is coded


def test_a_passive_discussion_verb_names_the_meeting_told_before_again() -> None:
    talks = "أجرى وزير الخارجية عادل الجبير مباحثات أمس مع وزير الخارجية الإيطالي باولو جينتيلوني في روما."
    padding = (
        " وأكد الوزير أن العلاقات بين البلدين متميزة في المجالات السياسية والاقتصادية والتعليمية والعلمية."
        * 4
    )
    text = f"{talks}{padding} وأضاف أنه تم بحث الأوضاع في لبنان وسوريا."
    doc = analyze_text(text, language="ar", published="2015-08-10")
    later = [e for e in doc.layer("events") if e.attrs["rasid_type"] == "meeting" and e.start > len(talks)]
    assert [e.attrs["trigger"] for e in later] == ["بحث"]
    # the parties of the talks, not the country the topic names as a place
    assert later[0].attrs["source"]["text"] == "عادل الجبير"
    assert later[0].attrs["location"]["text"] == "روما"


def test_a_passive_discussion_with_no_meeting_told_before_is_no_meeting() -> None:
    assert "meeting" not in _types("وجرى بحث خطة العمل في اجتماع اللجنة الداخلية للشركة أمس.")


def test_a_pilgrims_visit_to_a_mosque_is_no_meeting() -> None:
    text = "ويقصد الأمير محمد بن سلمان مكة المكرمة لأداء العمرة وزيارة مسجد النبي في المدينة المنورة مع الرئيس اليمني."
    assert "meeting" not in _types(text)


# A council or committee holding its own session is no meeting of two parties (LABELS.md).
OWN_SESSIONS = [
    "عقد مجلس الشؤون الاقتصادية والتنمية اجتماعا أمس في جدة برئاسة الأمير محمد بن سلمان.",
    "وترأس الرئيس المصري عبدالفتاح السيسي أمس اجتماعا لمجلس الدفاع الوطني لبحث خطة التأمين.",
]


@pytest.mark.parametrize("text", OWN_SESSIONS)
def test_a_bodys_own_session_is_no_meeting(text: str) -> None:
    assert "meeting" not in _types(text)


def test_a_meeting_named_again_with_one_of_its_people_is_coded() -> None:
    reception = (
        "استقبل وزير الشؤون الاجتماعية ماجد القصبي في مكتبه أمس الأمير منصور بن محمد وكيل وزارة الداخلية."
    )
    later = " وفي نهاية اللقاء أكد ماجد القصبي أن الوزارة تدعم المشروع في جميع المناطق."
    doc = analyze_text(reception + later, language="ar", published="2015-08-10")
    again = [
        e for e in doc.layer("events") if e.attrs["rasid_type"] == "meeting" and e.start >= len(reception)
    ]
    assert [e.attrs["trigger"] for e in again] == ["اللقاء"]
