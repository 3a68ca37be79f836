"""Word senses of event triggers in Arabic news, in our own sentences: a ceasefire, a visit to patients or an
exhibition, a campaign launched are no events; shots fired, a bombing and a state visit are."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _types(text: str) -> list[str]:
    doc = analyze_text(text, language="ar", published="2015-07-25")
    return [e.to_dict()["attrs"]["rasid_type"] for e in doc.layer("events")]


# (sentence, the type it must not be coded as)
TRAPS = [
    ("ودعا الوسيط الدولي إلى وقف دائم لإطلاق النار بين الطرفين في المدينة.", "attack"),
    ("وطالب البيان بوقف شامل لإطلاق النار في جميع المحافظات.", "attack"),
    ("وزار محافظ جدة المرضى في المستشفى العام صباح أمس.", "meeting"),
    ("زار نائب أمير المنطقة المرضى المنومين في مستشفى الولادة.", "meeting"),
    ("وزار وزير التعليم معرض الفنون التشكيلية في الدمام.", "meeting"),
    ("وأطلقت هيئة السياحة حملة صيفية جديدة لتنشيط السياحة الداخلية.", "attack"),
    ("وأطلق البنك المركزي خدمة إلكترونية جديدة للعملاء بحضور قائد الشرطة.", "attack"),
    # private crimes and accidents with casualties are no political violence
    ("وأحبطت دورية أمنية اعتداء لص على صيدلية في الدمام وأصيب الصيدلي بجروح.", "attack"),
    ("وتعرض ممرض لاعتداء من مرافق مريض في مستشفى أبها وأصيب بكدمات.", "attack"),
    ("وقال محرر الصحيفة إن المقال سيعاد نشره بعد تحريره.", "recapture"),
    ("وقررت البلدية تفجير المبنى القديم بعد إخلائه من السكان.", "attack"),
    ("وأصيب شرطي في حادث مروري على طريق الدمام.", "attack"),
    # a figurative attack on principles or policies
    (
        "وأضاف أن الجيش لن يسمح للجماعات المسلحة بذلك، مؤكدا أن الإرهابيين قد هاجموا مبادئنا وعلينا التصدي لهم.",
        "attack",
    ),
]

TRUE_EVENTS = [
    ("وأطلق مسلحون النار على حاجز للجيش شمال المدينة فقتلوا جنديين.", "attack"),
    ("وأطلقت الميليشيات صواريخ على مواقع الجيش قرب الحدود.", "attack"),
    ("وأسفر انفجار عبوة ناسفة استهدفت دورية للشرطة عن مقتل ثلاثة جنود.", "attack"),
    ("وزار الرئيس التونسي الباجي قائد السبسي الجزائر أمس والتقى نظيره عبدالعزيز بوتفليقة.", "meeting"),
    ("وتقول الحكومة إن الاعتداء على مركز الشرطة نفذه مسلحون من تنظيم داعش.", "attack"),
    # a bombing with casualties and no force word near is still an attack
    ("وهاجم مسلحون مقر حزب سياسي في المدينة وقتلوا حارسين.", "attack"),
    # a suicide bomber, and a policeman killed by a car bomb (a policeman is an unnamed party)
    ("وفجر نفسه انتحاري يرتدي حزاما ناسفا عند مدخل مسجد في المدينة مما أدى إلى مقتل عشرين شخصا.", "attack"),
    ("وأسفر تفجير سيارة قرب المبنى عن مقتل شرطي.", "attack"),
    ("وسقط عشرات القتلى جراء التفجير الذي وقع في سوق شعبية بمدينة الحلة.", "attack"),
    # a pronoun-suffixed trigger: the town "after its liberation" from the militias
    ("وعادت الحياة إلى مدينة زنجبار بعد أن تمكنت قوات الجيش من تحريرها من الميليشيات.", "recapture"),
]


@pytest.mark.parametrize(("text", "trap_type"), TRAPS)
def test_trigger_in_another_sense_gives_no_event_of_that_type(text: str, trap_type: str) -> None:
    assert trap_type not in _types(text)


@pytest.mark.parametrize(("text", "rasid_type"), TRUE_EVENTS)
def test_true_event_keeps_its_type(text: str, rasid_type: str) -> None:
    assert rasid_type in _types(text)


def test_people_counted_in_an_attack_are_its_target_not_its_source() -> None:
    text = "وسقط عشرات القتلى جراء الهجوم الذي نفذ في سوق للخضار ويعد الأعنف منذ سنوات كما أصيب في الهجوم حوالى 70 شخصا."
    doc = analyze_text(text, language="ar", published="2015-07-25")
    attacks = [
        e.to_dict()["attrs"] for e in doc.layer("events") if e.to_dict()["attrs"]["rasid_type"] == "attack"
    ]
    assert len(attacks) == 1, attacks
    assert attacks[0]["source"] is None
    assert attacks[0]["target"]["text"] == "شخصا"
