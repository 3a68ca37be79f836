"""Event types, round 25 (precision on SaudiNewsNet: CONSULT and ASSAULT that are none), in our own sentences.

* Who attended a meeting told before (حضر اللقاء الوزير X والسفير Y), or was present at a session or an exhibition
  (بحضور أعضاء اللجنة), a turnout (شهد المعرض حضورا كبيرا): no attendance of its own. Attending a summit is one.
* A body's meeting named by its rank in its own series (في اجتماعها السابق, اجتماعها الأول) is its own session, no
  meeting; a meeting told by its verb beside such a noun (التقى ... في اجتماعه الأول مع) still is one.
* A present targeting verb (يستهدف, تستهدف) with no doer right before it describes what a plan or a charged group aims
  at (تخطيط إرهابي يستهدف, تنظيم إرهابي، يستهدف منشآت الدولة): no attack; "تنظيم داعش يستهدف المصلين" tells one.
* An official's inspection of hospitals or of his own forces (زيارته لمستشفيات المحافظة, لزيارة سرب الطيران) is no
  meeting; his visit to a capital is one.
* A summit of entrepreneurs (قمة عالمية عن ريادة الأعمال) is a trade conference, and the presidency of a summit
  (مصر رئيسة القمة العربية) a title: no meeting; a meeting told beside them still is one.
* A family's annual gathering (بلقائها السنوي), a press conference (لقاء صحفيا) and an Eid gathering (لقاء معايدة) are
  no meeting; a minister's meeting with a president (خلال لقائه الرئيس) is one.
* A seminar's session that discusses a working paper (ناقشت ورقة العمل) discusses no matter with another party;
  a minister who discusses a matter with an ambassador (ناقش ... مع السفير) meets him.
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
    (
        "وأبقت منظمة أوبك على سقف الإنتاج دون تغيير في اجتماعها السابق في فيينا، بحسب الأمين العام عبدالله البدري.",
        "meeting",
        "اجتماعها",
    ),
    (
        "أكد معالي وكيل وزارة الصحة سعد بن محمد العتيبي أثناء زيارته أمس لمستشفيات محافظة الطائف، بأن الخدمات الصحية "
        "تتحسن.",
        "meeting",
        "زيارته",
    ),
    (
        "وتوجه الأمير فيصل بن خالد بن سلطان إلى القاعدة الجوية بتبوك، لزيارة سرب الطيران الثالث، حيث جرى استعراض "
        "العمليات.",
        "meeting",
        "زيارة",
    ),
    (
        "وسيرأس الرئيس خالد العمر في الرياض قمة عالمية عن ريادة الأعمال، كما يلتقي الوزير سامي الخالد.",
        "meeting",
        "قمة",
    ),
    (
        "وتحدث الرئيس خالد العمر إلى الوزير سامي الخالد بصفة مصر رئيسة القمة العربية الحالية.",
        "meeting",
        "القمة",
    ),
    (
        "واحتفلت أسرة العتيبي بلقائها السنوي بمناسبة عيد الفطر المبارك لدى عميد الأسرة الشيخ سعد بن محمد العتيبي.",
        "meeting",
        "لقائها",
    ),
    (
        "وكانت الجلسة الثانية قد ترأسها الدكتور سعد بن محمد العتيبي وعضوية الأستاذة هند العلي ناقشت ورقة العمل "
        "المقدمة من الدكتورة نورة السالم.",
        "meeting",
        "ناقشت",
    ),
    ("وأثار تخطيط إرهابي يستهدف رجال الأمن في المساجد بالأحزمة الناسفة قلق الأهالي.", "attack", "يستهدف"),
    (
        "وأعلنت النيابة إحالة 20 متهما بإنشاء تنظيم إرهابي، يستهدف منشآت الدولة وقوات الشرطة، إلى المحكمة.",
        "attack",
        "يستهدف",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_no_meeting_or_attack_told_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("وحضر الرئيس خالد العمر القمة العربية في القاهرة أمس.", "attendance", "حضر"),
    (
        "والتقى وزير الخارجية سامي الخالد في اجتماعه الأول مع الرئيس خالد العمر في القاهرة.",
        "meeting",
        "التقى",
    ),
    (
        "وأكد وزير الخارجية سامي الخالد أثناء زيارته أمس للقاهرة ولقائه الرئيس المصري أن العلاقات متينة.",
        "meeting",
        "زيارته",
    ),
    (
        "وسيرأس الرئيس خالد العمر في الرياض قمة عالمية عن ريادة الأعمال، كما يلتقي الوزير سامي الخالد.",
        "meeting",
        "يلتقي",
    ),
    ("وأكد الوزير سامي الخالد خلال لقائه الرئيس خالد العمر أمس أن العلاقات متينة.", "meeting", "لقائه"),
    ("وناقش الوزير سامي الخالد مع السفير فهد العلي تطورات الأوضاع في المنطقة.", "meeting", "ناقش"),
    ("وقال المتحدث إن تنظيم داعش يستهدف المصلين في المساجد بالأحزمة الناسفة.", "attack", "يستهدف"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_a_meeting_or_an_attack_told_is_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
