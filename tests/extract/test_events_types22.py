"""Event types, round 22 (precision on SaudiNewsNet): attacks aimed at, ground held and meetings that are no
consultation, in our own sentences.

* An attack verbal noun after a purpose ل (لاقتحام المدينة, معدة لتفجير الجسر, الغطاء لقصف القرى) names what
  someone aims at, not an attack told; not after a word of exposure (تعرضت القرى لقصف), an exchange of fire
  (تبادل لإطلاق النار), strikes stepped up (تكثيف ... لقصف), what a force did (ما قامت به ... لاقتحام) or an act
  noun (حملة عسكرية لاقتحام البلدة), nor an attack noun that takes ل as "to" (تعرضت الدورية لهجوم).
* Ground held is no ground taken: under a side's control, the areas it controls, a group that holds a region
  (الخاضعة لسيطرتهم, مناطق سيطرتهم, الذي يبسط سيطرته). A kind of act (أدوات التفجير, خطر الهجمات) is no act told;
  a meeting denied (نفى أي لقاء) is labelled, with its modality.
* A meeting an official chairs (ترأس رئيس الوزراء اجتماعا أمنيا) is his body's own, and so is attending it; a
  visit visa and a columnist's "goodbye" (إلى اللقاء) are no visit and no meeting.
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
    (
        "وترأس أمين المنطقة خالد العمر الاجتماع الرابع للجنة المحلية بحضور أعضاء اللجان وممثلي الجهات الحكومية.",
        "attendance",
        "حضور",
    ),
    ("ومنح السفير خالد العمر وزير الخارجية سامي الخالد تأشيرة زيارة إلى الرياض.", "meeting", "زيارة"),
    ("هذا ما أردت قوله للقراء عن زيارة الوزير سامي الخالد للأردن. إلى اللقاء.", "meeting", "اللقاء"),
    ("وقصفت الطائرات تجمعات المسلحين في القرى الخاضعة لسيطرتهم شمال المدينة.", "recapture", "سيطرتهم"),
    (
        "وقتل عشرة مسلحين من التنظيم في غارة جوية استهدفت مناطق سيطرتهم في ريف المدينة.",
        "recapture",
        "سيطرتهم",
    ),
    ("وأقام التنظيم المسلح، الذي يبسط سيطرته على البلدة، عرضا عسكريا أمس.", "recapture", "سيطرته"),
    ("وأصبحت البلدة الجبلية تحت سيطرتها بعد تقدم قوات الجيش.", "recapture", "سيطرتها"),
    ("ووفر قائد الخلية المسلحة للانتحاري أدوات التفجير والأحزمة الناسفة.", "attack", "التفجير"),
    ("وحذر الوزير من خطر الهجمات الإرهابية على المنشآت النفطية.", "attack", "الهجمات"),
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
    ("وعقد الوزيران اجتماعا في الرياض بحضور السفير سامي الخالد وعدد من المسؤولين.", "meeting", "اجتماعا"),
    ("ونفى المتحدث أي لقاء بين الوزير سامي الخالد والرئيس خالد العمر في موسكو.", "meeting", "لقاء"),
    ("وقال المتحدث إن الوضع هدأ مع تكثيف طائرات التحالف لقصف مواقع المسلحين قرب الحدود.", "attack", "قصف"),
    ("وأدان البيان ما قامت به قوات الاحتلال لاقتحام المسجد والاعتداء على المصلين.", "attack", "اقتحام"),
    ("وسيطرت قوات الجيش على البلدة بعد معارك عنيفة مع المسلحين.", "recapture", "سيطرت"),
    ("وقتل جنديان في هجوم شنه مسلحون على نقطة تفتيش أمس.", "attack", "هجوم"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
