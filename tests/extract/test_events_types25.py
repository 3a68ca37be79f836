"""Event types, round 25 (precision on SaudiNewsNet: CONSULT and ASSAULT that are none), in our own sentences.

* Who attended a meeting told before (حضر اللقاء الوزير X والسفير Y), or was present at a session or an exhibition
  (بحضور أعضاء اللجنة), a turnout (شهد المعرض حضورا كبيرا): no attendance of its own. Attending a summit is one.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    (
        "وجرى خلال اللقاء بحث عدد من المسائل. حضر اللقاء وزير المالية الدكتور سعد بن محمد العتيبي.",
        "attendance",
        "حضر",
    ),
    (
        "عقدت اللجنة المحلية اجتماعها الأول برئاسة رئيس اللجنة م. سعد بن محمد العتيبي بقاعة الاجتماعات وبحضور "
        "أعضاء اللجنة.",
        "attendance",
        "حضور",
    ),
    (
        "افتتح مدير الفرع الأستاذ سعد بن محمد العتيبي المعرض التوعوي أمس، وشهد المعرض حضوراً كبيراً من أهالي المدينة.",
        "attendance",
        "حضوراً",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_no_meeting_or_attack_told_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("وحضر الرئيس خالد العمر القمة العربية في القاهرة أمس.", "attendance", "حضر"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_a_meeting_or_an_attack_told_is_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
