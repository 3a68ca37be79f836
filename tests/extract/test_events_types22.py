"""Event types, round 22 (precision on SaudiNewsNet): attacks aimed at and meetings that are no consultation, in our
own sentences.

* An attack verbal noun after a purpose ل (لاقتحام المدينة, معدة لتفجير الجسر, الغطاء لقصف القرى) names what
  someone aims at, not an attack told; not after a word of exposure (تعرضت القرى لقصف) or an exchange of fire
  (تبادل لإطلاق النار) or an act noun (حملة عسكرية لاقتحام البلدة), nor an attack noun that takes ل as "to" (تعرضت الدورية لهجوم).
* A meeting an official chairs (ترأس رئيس الوزراء اجتماعا أمنيا) is his body's own; a visit visa and a
  columnist's "goodbye" (إلى اللقاء) are no visit and no meeting.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    ("وحشدت قوات الجيش دباباتها حول البلدة الجبلية لاقتحام البلدة وطرد المسلحين منها.", "attack", "اقتحام"),
    ("وضبطت الشرطة مع المسلحين عبوات ناسفة كانت معدة لتفجير الجسر الرئيسي في المدينة.", "attack", "تفجير"),
    ("وقال النائب إن هذا القرار يمنح الجيش الغطاء لقصف القرى الحدودية.", "attack", "قصف"),
    ("وتستخدم الطائرات المسيرة القاعدة الجوية لاستهداف عناصر الجماعات المسلحة.", "attack", "استهداف"),
    (
        "وترأس رئيس الوزراء سامي الخالد، اجتماعا أمنيا أمس في العاصمة، بحضور وزير الداخلية خالد العمر وقادة الجيش.",
        "meeting",
        "اجتماعا",
    ),
    ("ومنح السفير خالد العمر وزير الخارجية سامي الخالد تأشيرة زيارة إلى الرياض.", "meeting", "زيارة"),
    ("هذا ما أردت قوله للقراء عن زيارة الوزير سامي الخالد للأردن. إلى اللقاء.", "meeting", "اللقاء"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_an_act_aimed_at_or_another_sense_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("وتعرضت القرى الحدودية لقصف مدفعي عنيف من قبل المسلحين أمس.", "attack", "قصف"),
    ("وقتل المسلح بعد تبادل لإطلاق النار مع قوات الشرطة في المدينة.", "attack", "إطلاق النار"),
    ("وتعرضت دورية للجيش لهجوم شنه مسلحون قرب الحدود أمس.", "attack", "هجوم"),
    ("وبدأت القوات حملة عسكرية لاقتحام البلدة وطرد المسلحين منها.", "attack", "اقتحام"),
    ("والتقى وزير الخارجية سامي الخالد نظيره الأردني في عمان أمس.", "meeting", "التقى"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
