"""Event types, round 26 (precision on SaudiNewsNet: ASSAULT and CONSULT that are none), in our own sentences.

* Heartbeats (معدل ضربات القلب) are no strikes; nor are a security service's pre-emptive or security "strikes"
  (سددت الأجهزة الأمنية ضربات استباقية, ضربات أمنية استباقية): cells broken up and arrests, no armed attack. Air
  strikes (ضربات جوية) still are one.
* An official's open meeting with students or citizens, his reception of citizens (لقاء مع طلبة الجامعة, لقاء مع
  الطلاب, خلال استقباله المواطنين) is a public gathering, no meeting of two parties; his meeting with a
  counterpart (في لقاء مع نظيره) is one.
* An attack forbidden or defined by a rule (لا يجوز الاعتداء, بقصد الاعتداء, يحرم استهداف المدنيين), "such an
  attack" (مثل هذا الاعتداء) and cases of a crime (قضايا الاعتداء) tell none; the attack on named men yesterday does.
* A visit verb whose object, past a long subject, is the wounded or a hospital (زار الأمير X أمير المنطقة بعد ظهر
  اليوم المصابين) is no meeting; a visit to a capital is one, also when a hospital follows in a later clause.
* A reception of patients' cases, flights or applications (استقبلت العيادات 1600 حالة مرضية) is no meeting; a
  minister's reception of an ambassador is one.
* A crisis set off or kept out (تفجير أزمة كبرى, لتحييد الأزمة السورية) is no bombing; a car bomb set off is one.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    (
        "وقال طبيب القوات المسلحة سعد العتيبي إن التمارين اليومية تخفض معدل ضربات القلب لدى الجنود في الميدان.",
        "attack",
        "ضربات",
    ),
    (
        "وأشاد المواطنون بالأجهزة الأمنية التي سددت ضربات استباقية أجهضت مخططات الخلايا الإرهابية في المنطقة.",
        "attack",
        "ضربات",
    ),
    (
        "وأكد اللواء سعد العتيبي أن الضربات الاستباقية التي نفذتها وزارة الداخلية ضد الخلايا الإرهابية أحبطت مخططاتها.",
        "attack",
        "الضربات",
    ),
    (
        "ونجحت قوات الأمن في ضربات أمنية استباقية ضد خلايا تنظيم داعش في المملكة خلال الشهر الماضي.",
        "attack",
        "ضربات",
    ),
    (
        "وأشار وزير الخارجية المصري سامي الخالد في لقاء مع طلبة الكلية الحربية بالقاهرة إلى العلاقات بين مصر "
        "والسعودية.",
        "meeting",
        "لقاء",
    ),
    (
        "وعقد وزير التعليم سامي الخالد لقاء مع طلاب جامعة الملك سعود أمس بحضور مدير الجامعة فهد العلي.",
        "meeting",
        "لقاء",
    ),
    (
        "وقال الأمير فهد بن سعد خلال استقباله المواطنين والمسؤولين في مكتبه أمس إن الأمن نعمة.",
        "meeting",
        "خلال استقباله",
    ),
    ("وأكد الشيخ سعد العتيبي أنه لا يجوز الاعتداء بالسلاح على أحد بدعوى الثأر.", "attack", "الاعتداء"),
    ("ونص القرار على أن إشهار السلاح بقصد الاعتداء على رجال الأمن من الجرائم الكبرى.", "attack", "الاعتداء"),
    (
        "وقال الشيخ سعد العتيبي إن مثل هذا الاعتداء المسلح على المصلين يهدف إلى إشاعة الفتنة.",
        "attack",
        "الاعتداء",
    ),
    ("ولجأت النساء إلى الدار بعد قضايا الاعتداء والقتل بالأسلحة النارية في المحافظة.", "attack", "الاعتداء"),
    ("وأكد الشيخ سعد العتيبي أن الإسلام يحرم استهداف المدنيين بالأسلحة في الحروب.", "attack", "استهداف"),
    (
        "زار صاحب السمو الملكي الأمير فهد بن سعد بن عبدالعزيز أمير منطقة الجوف بعد ظهر اليوم المصابين من رجال الأمن "
        "في مستشفى الجوف.",
        "meeting",
        "زار",
    ),
    (
        "زار محافظ المحافظة بالنيابة سعد بن محمد العتيبي أمس مستشفى الملك فهد للاطمئنان على المصابين.",
        "meeting",
        "زار",
    ),
    (
        "واستقبلت عيادات مركز الملك سلمان للإغاثة نحو 1600 حالة مرضية خلال أسبوعها في مخيم الزعتري بالأردن.",
        "meeting",
        "استقبلت",
    ),
    (
        "وأدى الصراع بين الرئيس والمعارضة إلى تفجير أزمة كبرى في البلاد عندما صادرت قوات الدرك شاحنات الأسلحة.",
        "attack",
        "تفجير",
    ),
    (
        "وقال الوزير سامي الخالد إن المخرج الوحيد لتحييد الأزمة السورية عن لبنان هو انسحاب المسلحين.",
        "attack",
        "تحييد",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_no_attack_or_meeting_told_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("وأصابت ضربات طائرات التحالف أمس مواقع المسلحين في صعدة.", "attack", "ضربات"),
    ("وأصابت الضربات الجوية لطائرات التحالف أمس مواقع المسلحين في صعدة.", "attack", "الضربات"),
    (
        "وأشار وزير الخارجية سامي الخالد في لقاء مع نظيره المصري أحمد السيد إلى جولته الأخيرة.",
        "meeting",
        "لقاء",
    ),
    (
        "وقال اللواء سعد العتيبي إن الاعتداء على رجال الأمن في أبها أمس أسفر عن مقتل جنديين.",
        "attack",
        "الاعتداء",
    ),
    ("زار وزير الخارجية المصري سامي الخالد أمس الرياض والتقى ولي العهد الأمير فهد بن سعد.", "meeting", "زار"),
    (
        "وزار وزير الخارجية سامي الخالد أمس القاهرة، ثم زار مستشفى الجامعة والتقى الرئيس خالد العمر.",
        "meeting",
        "زار",
    ),
    ("استقبل وزير الخارجية سامي الخالد أمس السفير الفرنسي فهد العلي في مكتبه.", "meeting", "استقبل"),
    ("وأدى تفجير سيارة مفخخة أمس إلى مقتل ثلاثة جنود في المدينة.", "attack", "تفجير"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_an_attack_or_a_meeting_told_is_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
