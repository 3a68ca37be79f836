"""Event types, round 22 (precision on SaudiNewsNet): attacks planned or of a kind, ground held and meetings that
are no consultation, in our own sentences.

* An attack noun right after a word of plotting, preparing, calling for, a tool or a pretext (خططت لاستهداف, معدة
  لتفجير الجسر, بالدعوة لاغتيال, أسلوب جديد لتفجير) is planned or argued, not told; air cover beside
  it (وسط غطاء وقصف جوي) is none of them.
* A trigger in the genitive of a head that names a kind of act (أدوات التفجير, خطر الهجمات) tells no act; a meeting
  denied (نفى أي لقاء) is still labelled, with its modality.
* Ground held is no ground taken: the areas under a side's control, the areas it controls, a group that holds a
  region (الخاضعة لسيطرتهم, مناطق سيطرتهم, الذي يبسط سيطرته); ground that became its own is (أصبحت تحت سيطرتها).
* A meeting chaired (ترأس اجتماعا) is the body's own; a visit visa and a columnist's "goodbye" (إلى اللقاء) are no
  visit and no meeting.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    (
        "وكشفت الوزارة أن عناصر الخلية المسلحة خططت لاستهداف مساجد ومنشآت أمنية في المدينة.",
        "attack",
        "استهداف",
    ),
    ("وضبطت الشرطة مع المسلحين عبوات ناسفة كانت معدة لتفجير الجسر الرئيسي في المدينة.", "attack", "تفجير"),
    ("وبدأ التنظيم المسلح استخدام أسلوب جديد لتفجير مواقع الجيش عن بعد.", "attack", "تفجير"),
    ("واعتقلت الشرطة أربعة مسلحين متهمين بالدعوة لاغتيال رئيس الحكومة.", "attack", "اغتيال"),
    ("ووفر قائد الخلية المسلحة للانتحاري أدوات التفجير والأحزمة الناسفة.", "attack", "التفجير"),
    ("وحذر الوزير من خطر الهجمات الإرهابية على المنشآت النفطية.", "attack", "الهجمات"),
    ("وقصفت الطائرات تجمعات المسلحين في القرى الخاضعة لسيطرتهم شمال المدينة.", "recapture", "سيطرتهم"),
    (
        "وقتل عشرة مسلحين من التنظيم في غارة جوية استهدفت مناطق سيطرتهم في ريف المدينة.",
        "recapture",
        "سيطرتهم",
    ),
    ("وأقام التنظيم المسلح، الذي يبسط سيطرته على البلدة، عرضا عسكريا أمس.", "recapture", "سيطرته"),
    ("وأصبحت البلدة الواقعة تحت سيطرتهم هدفا لغارات الجيش.", "recapture", "سيطرتهم"),
    (
        "والوزير سامي الخالد ترأس اجتماعا أمنيا أمس في العاصمة بحضور وزير الداخلية خالد العمر وقادة الجيش.",
        "meeting",
        "اجتماعا",
    ),
    ("ومنح السفير خالد العمر وزير الخارجية سامي الخالد تأشيرة زيارة إلى الرياض.", "meeting", "زيارة"),
    ("هذا ما أردت قوله للقراء عن زيارة الوزير سامي الخالد للأردن. إلى اللقاء.", "meeting", "اللقاء"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_an_act_planned_or_another_sense_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("وتعرضت القرى الحدودية لقصف مدفعي عنيف من قبل المسلحين أمس.", "attack", "قصف"),
    ("وقتل المسلح بعد تبادل لإطلاق النار مع قوات الشرطة في المدينة.", "attack", "إطلاق النار"),
    ("وتعرضت دورية للجيش لهجوم شنه مسلحون قرب الحدود أمس.", "attack", "هجوم"),
    ("ودخلت قوات الجيش إلى أجزاء من المدينة وسط غطاء وقصف جوي عنيف.", "attack", "قصف"),
    ("وقتل جنديان في هجوم شنه مسلحون على نقطة تفتيش أمس.", "attack", "هجوم"),
    ("ونفى المتحدث أي لقاء بين الوزير سامي الخالد والرئيس خالد العمر في موسكو.", "meeting", "لقاء"),
    ("والتقى وزير الخارجية سامي الخالد نظيره الأردني في عمان أمس.", "meeting", "التقى"),
    ("وعقد الوزيران اجتماعا في الرياض بحضور السفير سامي الخالد وعدد من المسؤولين.", "meeting", "اجتماعا"),
    ("وسيطرت قوات الجيش على البلدة بعد معارك عنيفة مع المسلحين.", "recapture", "سيطرت"),
    ("وأصبحت البلدة الجبلية تحت سيطرتها بعد تقدم قوات الجيش.", "recapture", "سيطرتها"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
