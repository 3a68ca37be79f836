"""Event types, round 23 (precision on SaudiNewsNet): targets that are no target of arms, acts aimed at, intended or
prevented, and two word senses, in our own sentences.

* A targeting verb whose object right after it is a country's unity or security, a people, an aim or what sanctions go
  after (يستهدف وحدة بلادنا, تستهدف إشعال الفتنة, استهداف شبكات التمويل, يستهدف «إخراج ...») codes no attack; the
  act it names may still be referred back to (the explosion told after it is coded). A unit of the army is a target.
  Only a definite mention refers back to such a trigger (the explosion), not any noun close by (لأنه اعتداء على
  الأبرياء).
* An attack a side aims or means to carry out (يهدفون إلى تفجير, كان ينوي تفجيرها) is not told; nor is an act
  prevented (لمنع وصول القوات), unless another noun stands between (منع نشر صور تفجير: the bombing is told); nor
  is one only possible (فرص التوصل إلى اتفاق, من الممكن إرسال قوات, عدم قدرته على السيطرة).
* "توقع" before what is expected (توقع إجراء انتخابات) is "he expected", and "على وقع" is "under the impact of": no
  signature; "توقع" before a party (توقع وزارة الخارجية اتفاقية) is one. The top of a career (اعتلاء قمة
  الدبلوماسية) is no summit.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    ("وقال الوزير إن هذا العمل الإرهابي الذي يستهدف وحدة بلادنا لن يمر دون عقاب.", "attack", "يستهدف"),
    ("وأكد المتحدث أن الخلايا المسلحة كانت تستهدف إشعال الفتنة بين أبناء المدينة.", "attack", "تستهدف"),
    (
        "وفرضت الوزارة عقوبات جديدة في إطار عملية استهداف شبكات التمويل التابعة للتنظيمات المسلحة.",
        "attack",
        "استهداف",
    ),
    (
        "وقال الخبير إن تنظيم القاعدة المسلح كان يستهدف «إخراج القوات الأجنبية» من المنطقة.",
        "attack",
        "يستهدف",
    ),
    ("وأوضحت الشرطة أن المسلحين يهدفون إلى تفجير قنبلة في وسط العاصمة.", "attack", "تفجير"),
    ("وضبطت قوات الأمن سيارة مفخخة كان التنظيم ينوي تفجيرها في سوق المدينة.", "attack", "تفجيرها"),
    ("وعقدت الميليشيات اجتماعا لبحث خطة لمنع وصول قوات الجيش إلى المدينة.", "deployment", "وصول"),
    (
        "ووصف الوزير سامي الخالد الاتفاق بأنه غير عادل، وتوقع إجراء انتخابات مبكرة خلال أشهر.",
        "agreement",
        "توقع",
    ),
    ("وتراجعت أسهم الشركة على وقع الاتفاق الذي أبرمته الحكومة مع الدائنين.", "agreement", "وقع"),
    (
        "وقال المبعوث إن فرص التوصل إلى اتفاق بين الحكومة اليمنية والحوثيين ضئيلة.",
        "agreement",
        "التوصل إلى اتفاق",
    ),
    ("وقال الوزير إن من الممكن إرسال قوات إلى الحدود خلال أسابيع.", "deployment", "إرسال"),
    ("وأظهر الجيش عدم قدرته على السيطرة على المدينة بعد هجوم المسلحين.", "recapture", "السيطرة على"),
    (
        "وقال إن الرئيس خالد العمر نجح في اعتلاء قمة الدبلوماسية بعد زيارة الوزير سامي الخالد.",
        "meeting",
        "قمة",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_no_target_of_arms_an_aim_or_another_sense_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("واستهدفت غارة جوية وحدة عسكرية للمسلحين قرب الحدود أمس.", "attack", "استهدفت"),
    ("وقصفت الطائرات مواقع المسلحين لمنع تقدمهم نحو المدينة.", "attack", "قصفت"),
    ("وتوقع وزارة الخارجية اتفاقية تعاون مع وزارة الدفاع المصرية غدا.", "agreement", "توقع"),
    ("وشارك الوزير سامي الخالد في القمة العربية في شرم الشيخ أمس.", "meeting", "القمة"),
    # an occasion taken (فرصة), a possibility that the explosion was an attack (احتمال أن): the act is told
    (
        "وانتهز الرئيس خالد العمر فرصة زيارة الوزير سامي الخالد للقاهرة لبحث العلاقات الثنائية.",
        "meeting",
        "زيارة",
    ),
    ("وتحقق الشرطة في احتمال أن يكون الانفجار هجوما انتحاريا نفذه مسلحون.", "attack", "الانفجار"),
    # what is banned is the pictures, two words before the bombing: the bombing is told
    ("ومنعت السلطات نشر صور تفجير انتحاري وقع قرب مركز الشرطة أمس.", "attack", "تفجير انتحاري"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)


def test_an_act_with_a_figurative_target_is_still_referred_back_to() -> None:
    # the act "that targets the unity of our country" codes no attack, but the explosion told after it refers to it
    text = (
        "وقال الرئيس إن العمل الإرهابي الذي يستهدف وحدة بلادنا لن ينجح. "
        "وقال المحققون إنهم يبحثون احتمال أن يكون الانفجار هجوما انتحاريا."
    )
    triggers = _triggers(text)
    assert ("attack", "يستهدف") not in triggers
    assert ("attack", "الانفجار") in triggers


def test_a_noun_close_to_a_figurative_target_does_not_refer_back_to_it() -> None:
    # "terrorism is an aggression against the innocent" is no mention of the act the plots "that target the
    # kingdom's security" name: only a definite mention refers back to such a trigger
    text = (
        "وأكد الوزير أن رجال الأمن سيقضون على مخططات الإرهابيين التي تستهدف أمن المملكة. "
        "وقال إن الإسلام يرفض الإرهاب لأنه اعتداء موجه ضد الأبرياء من الرجال والنساء."
    )
    assert ("attack", "اعتداء") not in _triggers(text)


def test_a_signing_told_after_the_chances_of_a_deal_is_still_coded() -> None:
    # the chances of a deal are no event, but the signing told next refers back to it and is one
    text = (
        "وقال الوزير سامي الخالد إنهم فقدوا الأمل بإمكانية التوصل إلى اتفاق مع الحوثيين. "
        "فبعد توقيع الاتفاق السابق نقضوه مباشرة."
    )
    triggers = _triggers(text)
    assert ("agreement", "التوصل إلى اتفاق") not in triggers
    assert ("agreement", "توقيع") in triggers
