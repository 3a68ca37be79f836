"""Event types, round 19 (precision on SaudiNewsNet): senses and readings that tell no event, in our own sentences.

* A targeting verb or noun whose object right after it is a country's security, a faith or lives (تستهدف أمن البلاد,
  استهدافها الإسلام) is no armed attack (``trigger_unless_next``); one whose object is a mosque or a patrol still is.
* غادر as the adjective "treacherous" after a noun (عمل إرهابي غادر) is no withdrawal; aircraft that leave on an airlift
  of aid are no force withdrawing.
* A meeting or visit put off, called off, ruled out or refused (تأجيل زيارة, استبعد لقاء, يرفض لقاء) is none told; a
  visit to a wounded man is no consultation, nor is an official's reception of his own staff.
* Ground to be retaken that forces were sent to take part in, or that a plan will enable (للمشاركة في تحريرها, ستمكنها
  من تحرير), is an aim; hostages freed and an activity resumed (استعادة نشاطه) are no ground retaken; "the most
  trained" factions (الأكثر تدريبا) is a quality, no training told.
* A price reached (وصل سعر), instructions that reached someone, a recording published are no deployment; a suicide by
  gunshot and an animal's attack are no armed attack; a meeting called for (ندعو إلى اجتماع) is none told; a citizen who
  escapes (تمكن مواطن من الفرار) is no force falling back.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
NOT_TOLD = [
    ("وقال النائب إن هذه العصابات المسلحة تستهدف أمن البلاد ووحدة شعبها.", "attack", "تستهدف"),
    ("وأضاف الكاتب أن تلك الجماعات الإرهابية تواصل استهدافها الإسلام وأهله.", "attack", "استهدافها"),
    ("ودان المجلس هذا العمل الإرهابي الذي يستهدف أرواح الأبرياء.", "attack", "يستهدف"),
    ("واستنكر الأمير هذا العدوان الذي يقف وراءه فكر إرهابي غادر لا يرعى حرمة.", "withdrawal", "غادر"),
    (
        "وغادرت صباح اليوم أول طائرات الجسر الجوي يرافقها فريق الإنقاذ التابع للدفاع المدني.",
        "withdrawal",
        "غادرت",
    ),
    ("وأعلن مصدر دبلوماسي تأجيل زيارة وزير الخارجية الإيراني إلى أنقرة إلى موعد لاحق.", "meeting", "زيارة"),
    ("واستبعد مسؤول إيراني لقاء الرئيس روحاني والرئيس أوباما في نيويورك هذا العام.", "meeting", "لقاء"),
    ("وقال المتحدث إن رئيس الوزراء يرفض لقاء الرئيس الأمريكي في الوقت الراهن.", "meeting", "لقاء"),
    (
        "وقام مدير عام الإدارة العامة للمجاهدين الدكتور خالد بن سعد الحربي أمس بزيارة المصاب فهد العتيبي من منسوبي"
        " قوة المجاهدين الذي أصيب أثناء عمله.",
        "meeting",
        "زيارة",
    ),
    (
        "وقال أمير المنطقة الأمير سعد بن فهد لدى استقباله أمس في قصر الحكم وكلاء الإمارة المساعدين ومديري الإدارات"
        " ورؤساء الأقسام إن الوطن ينعم بالأمن.",
        "meeting",
        "لدى استقباله",
    ),
    (
        "وأفادت المصادر أن ألوية من الجيش وصلت إلى المحافظة للمشاركة في تحريرها من الميليشيات.",
        "recapture",
        "تحريرها",
    ),
    (
        "وقدرت مصادر القوات الموالية للحكومة في اليمن الفترة الزمنية التي ستمكنها من تحرير مدينة تعز من قبضة"
        " الحوثيين بأسبوعين.",
        "recapture",
        "تحرير",
    ),
    (
        "وأضاف أن المواطنين يأملون بعد دحر الميليشيات من المدينة عودة تشغيل المطار واستعادة نشاطه الملاحي.",
        "recapture",
        "استعادة",
    ),
    ("وأعلنت القوات الخاصة تحرير الرهائن في مدينة سرت بعد اشتباك مع المسلحين.", "recapture", "تحرير"),
    ("وعملت الفصائل المسلحة الأكثر تدريبا تحت مسمى حزب الله في جنوب لبنان.", "training", "تدريبا"),
    # a price reached, a recording published: no force arrives or is deployed
    (
        "وأضاف أن الميليشيات باعت أسلحتها بأسعار زهيدة إذ وصل سعر البندقية إلى مئة دولار فقط.",
        "deployment",
        "وصل",
    ),
    ("ونشرت حسابات تابعة للتنظيم تسجيلا مصورا يظهر فيه أحد مقاتليه وهو يهدد الجيش.", "deployment", "نشرت"),
    # a suicide by gunshot, a shark: no armed attack
    (
        "وقالت الشرطة إن المسلح انتحر بإطلاق النار على نفسه داخل المبنى بعد وصول قوات الأمن.",
        "attack",
        "إطلاق النار",
    ),
    ("ولقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش قبالة الساحل الشرقي لأستراليا أمس.", "attack", "هجوم"),
    # a meeting called for
    (
        "وقال القيادي سامي العلي على صفحته «ندعو إلى اجتماع عاجل للفصائل مع الرئيس محمود عباس لبحث المصالحة».",
        "meeting",
        "اجتماع",
    ),
    # a citizen who escapes: no force falling back
    ("وبحسب مصدر عسكري تمكن مواطن فرنسي من الفرار من الفندق قبل أن يقتحمه المسلحون.", "withdrawal", "الفرار"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), NOT_TOLD)
def test_another_sense_or_an_act_not_told_codes_nothing(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    ("واستهدف انتحاري بحزام ناسف مسجدا لقوات الأمن في المدينة أمس.", "attack", "استهدف"),
    ("وقالت الوزارة إن مسلحين استهدفوا دورية للأمن العام شرق العاصمة.", "attack", "استهدفوا"),
    ("وغادر مسلحو الميليشيات مواقعهم في المدينة بعد غارات مكثفة.", "withdrawal", "غادر"),
    ("واستقبل ولي العهد أمس وزير الخارجية المصري وبحث معه العلاقات الثنائية.", "meeting", "استقبل"),
    ("وتمكنت قوات المقاومة من تحرير مدينة زنجبار من الميليشيات أمس.", "recapture", "تحرير"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), TOLD)
def test_the_act_told_is_still_coded(text: str, etype: str, trigger: str) -> None:
    assert (etype, trigger) in _triggers(text)
