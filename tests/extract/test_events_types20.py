"""Event types, round 20 (precision on SaudiNewsNet): deployments and withdrawals not told, in our own sentences.

* A deployment or a withdrawal refused, backed, opposed or demanded (ترفض نشر مراقبين, يؤيدون نشر قوات برية,
  اعتراضهم على نشر قوات, يحبذون انسحاب, يطالبون بانسحاب) is argued about, not told; the Arabic verbal noun written
  like the verb (نشر) is read so when the word of stance stands right before it.
* The dead flown home (وصلت جثامين الشهداء) are no force deployed; a rumour that spread is no deployment.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    ("وقال المحلل إن الحكومة ترفض نشر مراقبين عسكريين على الحدود الشمالية.", "deployment", "نشر"),
    ("وأظهر الاستطلاع أن نصف الناخبين يؤيدون نشر قوات برية في المنطقة.", "deployment", "نشر"),
    ("وأبدى كثير من النواب اعتراضهم على نشر قوات إضافية في الجنوب.", "deployment", "نشر"),
    ("وأظهر استطلاع أن ثلث المواطنين يحبذون انسحاب القوات الأجنبية من البلاد.", "withdrawal", "انسحاب"),
    (
        "وقالت المصادر إن الخاطفين يطالبون بانسحاب المسلحين من المدينة مقابل الإفراج عنهم.",
        "withdrawal",
        "انسحاب",
    ),
    ("ووصلت جثامين الجنود الثلاثة إلى العاصمة على متن طائرة عسكرية مساء أمس.", "deployment", "وصلت"),
    ("ونفى المتحدث الإشاعة التي انتشرت بين عناصر الجيش عن إصابة القائد.", "deployment", "انتشرت"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_a_deployment_or_withdrawal_not_told_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("ونشرت الحكومة قوات إضافية على الحدود الشمالية أمس.", "deployment", "نشرت"),
    ("ووصلت قوات من الجيش إلى المدينة لانتشال جثث الضحايا من تحت الأنقاض بعد الغارات.", "deployment", "وصلت"),
    ("وانسحب المسلحون من المدينة بعد اشتباكات عنيفة مع قوات الجيش.", "withdrawal", "انسحب"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_deployment_or_withdrawal_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
