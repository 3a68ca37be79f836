"""Event types, round 20 (precision on SaudiNewsNet): deployments and withdrawals not told, in our own sentences.

* A deployment or a withdrawal refused, backed, opposed or demanded (ترفض نشر مراقبين, يؤيدون نشر قوات برية,
  اعتراضهم على نشر قوات, يحبذون انسحاب, يطالبون بانسحاب) is argued about, not told; the Arabic verbal noun written
  like the verb (نشر) is read so when the word of stance stands right before it.
* The dead flown home (وصلت جثامين الشهداء) are no force deployed; a rumour that spread is no deployment.
* لقاء as a broadcast or press interview, a public gathering, or "in return for" (لقاء حصولها على جائزة) is no
  meeting of two parties, nor an interview with a paper or a channel (لقائه مع صحيفة), nor a visit to a grave or
  a shrine; an attack guarded against in advance (تحسبا لعمليات التفجير) is none told.
* A rival who pulls out of a race (انسحاب منافسه) is no force withdrawing.
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
    (
        "وتحدث السفير الإيراني سامي الخالد في لقاء تلفزيوني مع قناة الجزيرة عن العلاقات مع الأردن.",
        "meeting",
        "لقاء",
    ),
    (
        "وهنأ مدير التعليم خالد العمر الأمير سلمان بن فهد وزير التربية لقاء حصوله على جائزة التميز هذا العام.",
        "meeting",
        "لقاء",
    ),
    ("وقام وزير الخارجية الإيراني سامي الخالد بزيارة ضريح الإمام في طهران.", "meeting", "زيارة"),
    (
        "وتحدث وزير الخارجية الأردني سامي الخالد في لقائه مع صحيفة الشرق عن العلاقات مع إيران.",
        "meeting",
        "لقائه",
    ),
    (
        "ونشرت الشرطة دوريات أمام المباني الحكومية تحسبا لعمليات التفجير بالسيارات المفخخة.",
        "attack",
        "التفجير",
    ),
    ("وعززت قوات الأمن انتشارها تحسبا لهجمات قد تشنها الجماعات المسلحة.", "attack", "هجمات"),
    ("وأعيد انتخاب رئيس الوزراء خالد العمر بعد انسحاب منافسه الوحيد سامي الخالد.", "withdrawal", "انسحاب"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_an_act_not_told_or_another_sense_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("ونشرت الحكومة قوات إضافية على الحدود الشمالية أمس.", "deployment", "نشرت"),
    ("ووصلت قوات من الجيش إلى المدينة لانتشال جثث الضحايا من تحت الأنقاض بعد الغارات.", "deployment", "وصلت"),
    ("وانسحب المسلحون من المدينة بعد اشتباكات عنيفة مع قوات الجيش.", "withdrawal", "انسحب"),
    ("وعقد وزير الخارجية سامي الخالد لقاء مع نظيره الأردني في عمان أمس.", "meeting", "لقاء"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
