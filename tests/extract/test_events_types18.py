"""Event types, round 18: a trigger noun joined by و to an aim, a wish or a purpose is no event told, and neither is a
withdrawal demanded or wished for, in our own sentences.

* An Arabic trigger noun with a glued و (وتحرير, وانسحاب) whose first conjunct, a few words back in its clause, names an
  aim or a wish (مهمتها فك الحصار وتحرير المدينة, ضرورة وقف القتال وانسحاب المسلحين) or follows a purpose ل with no act
  noun before it (لفك الحصار وتحرير المدينة) shares that reading: nothing is told.
* A withdrawal right after a word of aim or wish (ضرورة انسحاب, بهدف انسحاب) is none told.
* Word senses of a deployment verb: news or a name published (نشر أخباره, عدم نشر اسمه), a message sent (أرسل
  المسلحون رسالة), what reached someone (وصلت إليهم, وصلت إلينا) are no force deployed.
* Attacks guarded against (حماية المدنيين من الهجمات, الدفاع عن أنفسهم ضد هذا النوع من الهجمات) are attacks in general,
  no event told; a force named with حماية (وحدات حماية الشعب) still attacks.
* A cyber attack (هجوم إلكتروني, هجمات إلكترونية) is no armed attack.
* A private crime: the manner of a murder in a sentence of execution (وذلك بإطلاق النار عليه), a duel (مبارزة).
* A recapture told after a first conjunct (تمكنت القوات من دحر الميليشيات وتحرير المدينة), or after a purpose ل that
  an operation told governs (بدأ الجيش عملية عسكرية لتطهير المنطقة وتحرير المدينة), is still coded.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
AIMED_OR_WISHED = [
    # the second conjunct of a mission: lifting the siege and retaking the town
    (
        "وأوضح القائد أن القوة التي وصلت أمس مهمتها فك الحصار وتحرير مدينة تعز من الميليشيات.",
        "recapture",
        "تحرير",
    ),
    # the second conjunct of a purpose ل with no operation before it
    ("وقال المتحدث إن الأهالي يتطلعون لفك الحصار وتحرير البلدة من قبضة المسلحين.", "recapture", "تحرير"),
    # a withdrawal the envoy insists on, alone and as a second conjunct
    ("وشدد المبعوث الأممي على ضرورة انسحاب الحوثيين من المدن الرئيسية.", "withdrawal", "انسحاب"),
    ("وأكد الوزير ضرورة وقف القتال وانسحاب المسلحين من الأحياء السكنية.", "withdrawal", "انسحاب"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), AIMED_OR_WISHED)
def test_a_conjunct_of_an_aim_or_a_wish_is_no_event_told(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    # the second conjunct of an act told
    ("وتمكنت قوات المقاومة أمس من دحر الميليشيات وتحرير مدينة عدن بالكامل.", "recapture", "تحرير"),
    # a purpose ل governed by an operation told
    ("وأعلن الجيش بدء عملية عسكرية لتطهير المنطقة وتحرير مدينة الرمادي من التنظيم.", "recapture", "تحرير"),
    # a withdrawal told
    ("وانسحب مسلحو الميليشيات من مواقعهم في المدينة فجر اليوم.", "withdrawal", "انسحب"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_an_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)


# (sentence, the deployment trigger that must code nothing)
NO_FORCE_SENT = [
    ("ويستخدم التنظيم حساباته لاستقطاب المقاتلين فضلا عن نشر أخباره بين أنصاره.", "نشر"),
    ("وقال الضابط في الجيش الذي طلب عدم نشر اسمه إن الهجوم وقع مساء أمس.", "نشر"),
    ("وقد أرسل المسلحون رسالة تحذيرية إلى قوات الأمن بعد الهجوم.", "أرسل"),
    ("وأكد أن أجهزة متطورة وصلت إليهم من قيادة القوات المشتركة.", "وصلت"),
    ("وأكد أن المعلومات التي وصلت إلينا تفيد بمقتل عشرة من المسلحين في القصف.", "وصلت"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_FORCE_SENT)
def test_news_names_messages_and_things_received_are_no_deployment(text: str, trigger: str) -> None:
    assert ("deployment", trigger) not in _triggers(text)


@pytest.mark.parametrize(
    "text",
    ["وأرسلت الحكومة قوات كبيرة إلى المحافظة أمس.", "ووصلت القوات إلى مدينة عدن صباح اليوم."],
)
def test_forces_sent_or_arriving_are_still_deployed(text: str) -> None:
    assert "deployment" in {etype for etype, _ in _triggers(text)}


# (sentence, the attack trigger that must code nothing)
GUARDED_AGAINST = [
    ("وقال إن على القوات حماية المدنيين من الهجمات الإرهابية في العاصمة.", "الهجمات"),
    ("وتهدف الصفقة إلى تمكين القوات من حماية الحدود الجنوبية من هجمات تشنها جماعات مسلحة.", "هجمات"),
    ("وقال إنه يجب أن يكون بوسع الجنود الدفاع عن أنفسهم ضد هذا النوع من الهجمات.", "الهجمات"),
]


@pytest.mark.parametrize(("text", "trigger"), GUARDED_AGAINST)
def test_attacks_guarded_against_are_no_event_told(text: str, trigger: str) -> None:
    assert ("attack", trigger) not in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "وشنت وحدات حماية الشعب الكردية هجوما على مواقع التنظيم أمس.",
        "وأسفرت الهجمات على مواقع الجيش عن مقتل عشرة جنود أمس.",
    ],
)
def test_attacks_told_are_still_coded(text: str) -> None:
    assert "attack" in {etype for etype, _ in _triggers(text)}


def test_a_mention_after_attacks_guarded_against_still_refers_back() -> None:
    # the attacks guarded against code nothing, but the targeting told next still reads as an attack
    text = (
        "وقال النائب إن على القوات حماية المدنيين من الهجمات الإرهابية. "
        "وأشار مصدر أمني إلى احتمال أن يكون استهداف المدنيين جرى للانتقام لتدمير خزان مياه."
    )
    assert _triggers(text) == [("attack", "استهداف")]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الجيش أن مواقع قواته تعرضت لهجوم إلكتروني واسع أمس.",
        "وتعرضت وزارة الدفاع والقوات المسلحة لهجمات إلكترونية عطلت مواقعها.",
    ],
)
def test_a_cyber_attack_is_no_armed_attack(text: str) -> None:
    assert "attack" not in {etype for etype, _ in _triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "أقدم / فهد بن سالم العتيبي – سعودي الجنسية – على قتل / ماجد بن علي القحطاني – سعودي الجنسية – "
        "وذلك بإطلاق النار عليه من مسدس إثر خلاف بينهما.",
        "وقتل الشاعر الروسي في مبارزة مع البارون الفرنسي جورج الذي أطلق عليه النار أثناء المبارزة عام 1837.",
    ],
)
def test_a_murder_or_a_duel_is_a_private_crime(text: str) -> None:
    assert "attack" not in {etype for etype, _ in _triggers(text)}
