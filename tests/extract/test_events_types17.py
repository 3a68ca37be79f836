"""Event types, round 17: ground to be retaken and attacks aimed at or wished for are no events told, in our own
sentences.

* A recapture or attack noun right after a word of purpose (من أجل, بهدف, في سبيل, خطوة أولى) or of wanting, needing,
  pledging or demanding (تعهد, طالبت, يحتاجون, ضرورة) names an aim or a wish, not an act told.
* A recapture noun right after a purpose ل (لتحرير, لاستعادة, للسيطرة على) is ground to be retaken, unless an act noun
  stands before it in its clause (up to a comma, 90 characters): an operation, an attempt or a battle to retake is fighting told
  (بدأ الجيش عملية عسكرية لاستعادة المدينة, صدت محاولات القوات لاستعادة المواقع), and preparing to retake is planned.
* An agreement or a meeting needed, demanded or wished for (تحتاج إلى توقيع اتفاق) is none told; an aim is not read
  for them (a visit to sign is a planned signature). Attacks to be launched from bases granted (لشن غارات) are an aim.
* A trigger phrase of time (خلال الاجتماع) after a word of demand is no object of the demand: the meeting is told.
* An inspection visit (زيارة تفقدية), or a visit to a committee's premises or a shelter, is no consultation.
* Word senses of a meeting trigger: searching for (تبحث عن), a mountain top (قمة جبل), a play or a study that
  discusses a subject (ناقشت مسرحية), a conference's programme (المؤتمر يبحث).
* A cargo plane landing (طائرة شحن) is no deployment (a plane with military cargo or instructors still is); a
  training centre or camp (مركز تدريب) is a place, no training told.
* A recapture told (تمكنت القوات من تحرير المدينة) and an attack told are still coded.
"""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers


def _triggers(text: str) -> list[tuple[str, str]]:
    return coded_triggers(text, extensions=False)


# (sentence, the type and trigger word that must code nothing)
AIMED_OR_WISHED = [
    # fighters at the front of a liberation to come, a first step towards retaking the provinces
    (
        "وسوف نرى شباب المدينة في مقدمة المقاتلين لتحرير بقية المحافظات من قبضة الحوثيين.",
        "recapture",
        "تحرير",
    ),
    ("واعتبر القائد أن ما جرى خطوة أولى لاستعادة كافة المحافظات من أيدي الميليشيات.", "recapture", "استعادة"),
    # an aim named by من أجل, a pledge and a demand
    ("وأكد القائد أن الجيش الوطني يحشد قواته من أجل تحرير مدينة تعز من الميليشيات.", "recapture", "تحرير"),
    ("وتعهد الرئيس علنا باستعادة مدينة جسر الشغور من فصائل المعارضة المسلحة.", "recapture", "استعادة"),
    # ground an army would need troops to retake, one day
    (
        "وقدر الجنرال أن الجيش العراقي سيحتاج إلى ست فرق لاستعادة مدينة الموصل من تنظيم داعش.",
        "recapture",
        "استعادة",
    ),
    # attacks a group means to carry out, or that bases are granted for
    ("ووافقت تركيا على أن تستخدم طائرات التحالف قواعدها الجوية لشن غارات على تنظيم داعش.", "attack", "غارات"),
    # an agreement a government needs, not one signed
    (
        "وقال الخبير الاقتصادي إن الحكومة اليونانية تحتاج إلى توقيع اتفاق مع صندوق النقد الدولي.",
        "agreement",
        "توقيع",
    ),
    ("وقال المصدر إن المسلحين نقلوا الأسلحة إلى القرية من أجل شن هجمات على قوات الجيش.", "attack", "هجمات"),
]


@pytest.mark.parametrize(("text", "kind", "word"), AIMED_OR_WISHED)
def test_ground_or_attacks_aimed_at_or_wished_for_are_no_event(text: str, kind: str, word: str) -> None:
    assert (kind, word) not in _triggers(text)


# (sentence, the type and trigger word that must still be coded)
TOLD = [
    # a recapture told
    ("وتمكنت قوات الجيش من تحرير مدينة الرمادي من تنظيم داعش يوم الأحد.", "recapture", "تحرير"),
    # an operation launched to retake ground: the operation is fighting told
    ("وشن الجيش هجوما لاستعادة مدينة الرمادي من تنظيم داعش يوم الأحد.", "recapture", "استعادة"),
    # attempts to retake positions, repelled: the attempts are attacks told, the act noun a few words back
    (
        "وقالت المعارضة إنها صدت محاولات قوات النظام لاستعادة المواقع الاستراتيجية في داريا.",
        "recapture",
        "استعادة",
    ),
    # preparing to retake a base: planned
    ("كما تستعد المقاومة الشعبية لتحرير قاعدة العند الاستراتيجية من الحوثيين.", "recapture", "تحرير"),
    # an attack told, with no word of aim before it
    ("وشن مسلحون هجمات على قوات الجيش في القرية يوم الأحد.", "attack", "هجمات"),
]


@pytest.mark.parametrize(("text", "kind", "word"), TOLD)
def test_a_recapture_or_attack_told_is_still_coded(text: str, kind: str, word: str) -> None:
    assert (kind, word) in _triggers(text)


def test_a_comma_ends_the_reach_of_an_act_noun_before_a_purpose_lam() -> None:
    # the operation in the clause right before: fighting told; past a comma: ground to be retaken
    assert ("recapture", "تحرير") in _triggers(
        "وبدأ الجيش عملية عسكرية واسعة لتحرير مدينة تعز من الميليشيات."
    )
    text = "وبدأ الجيش عملية عسكرية واسعة في الجنوب، لتحرير مدينة تعز من الميليشيات."
    assert ("recapture", "تحرير") not in _triggers(text)


def test_a_meeting_during_which_someone_demands_something_is_told() -> None:
    text = (
        "وعقد الوزير عادل الجبير اجتماعا مع نظيره الفرنسي لوران فابيوس. "
        "وطالب الجبير خلال الاجتماع نظيره الفرنسي بدعم اليمن."
    )
    assert ("meeting", "خلال الاجتماع") in _triggers(text)


INSPECTIONS = [
    "قام نائب مدير عام الجوازات اللواء ضيف الله الحويفي بزيارة تفقدية لمقري لجنة تصحيح الأوضاع في الرياض، "
    "يرافقه العميد محمد العوشن.",
    "قام وكيل المحافظة خالد البراك بزيارة لدار الإيواء التابعة للجمعية الخيرية بحضور المديرة ريم الملحم.",
]


@pytest.mark.parametrize("text", INSPECTIONS)
def test_an_inspection_visit_is_no_meeting(text: str) -> None:
    assert ("meeting", "زيارة") not in _triggers(text)


def test_a_state_visit_is_still_a_meeting() -> None:
    text = "قام ولي العهد الأمير محمد بن سلمان بزيارة إلى الأردن التقى خلالها الملك عبدالله الثاني."
    assert ("meeting", "زيارة") in _triggers(text)


OTHER_SENSES = [
    # searching for a solution, no meeting
    ("وقال المسؤول إن وزير الخارجية عادل الجبير يبحث عن حل للأزمة مع نظيره الإيراني محمد جواد ظريف.", "بحث"),
    # a mountain top where an aircraft was downed
    ("وأعلن الجيش السوري الحر إسقاط طائرة للنظام قرب قمة جبل الأكراد بحضور القائد أحمد الشيخ.", "قمة"),
    # a film or a study that discusses a subject, with the people who made it named
    ("وناقش فيلم الرحلة للمخرج محمد جابر مع الممثلة ليلى سليمان قضية الهجرة.", "ناقش"),
    ("كما ناقشت دراسة أعدها الباحث محمد العمري مع الدكتور سعد الغامدي ظاهرة التطرف.", "ناقشت"),
]


@pytest.mark.parametrize(("text", "word"), OTHER_SENSES)
def test_a_meeting_word_in_another_sense_is_no_meeting(text: str, word: str) -> None:
    assert not [t for kind, t in _triggers(text) if kind == "meeting" and word in t]


def test_talks_on_the_sidelines_of_a_conference_are_a_meeting() -> None:
    text = (
        "وعلى هامش المؤتمر بحث وزير الخارجية عادل الجبير مع نظيره الإيطالي باولو جينتيلوني القضية الفلسطينية."
    )
    assert ("meeting", "بحث") in _triggers(text)


PLACES_AND_FLIGHTS = [
    ("ووصلت إلى مطار عدن أمس طائرة شحن تابعة للقوات الجوية الملكية السعودية.", "deployment"),
    (
        "وأفاد شهود بمقتل 20 مسلحا من تنظيم داعش بانفجار سيارة مفخخة استهدف مركز تدريب للتنظيم في البعاج.",
        "training",
    ),
]


@pytest.mark.parametrize(("text", "kind"), PLACES_AND_FLIGHTS)
def test_a_flight_landing_or_a_training_centre_is_no_event_of_its_type(text: str, kind: str) -> None:
    assert kind not in [k for k, _ in _triggers(text)]


def test_a_plane_with_instructors_is_still_a_training_mission() -> None:
    text = "وأفاد التلفزيون بأنه وصلت طائرة روسية تحمل معدات عسكرية ومدربين في إطار التعاون العسكري مع موسكو."
    assert "training" in [k for k, _ in _triggers(text)]


def test_a_named_operation_to_retake_ground_is_fighting_told() -> None:
    # the operation's long name between it and the purpose ل, in one clause
    text = (
        "وبعد أسبوعين من انطلاقة عملية السهم الذهبي المسنودة من قوات التحالف بقيادة السعودية لتحرير مناطق جنوب "
        "اليمن، قال المتحدث إن عدن باتت آمنة."
    )
    assert ("recapture", "تحرير") in _triggers(text)


def test_forces_arriving_and_fighters_trained_are_still_coded() -> None:
    assert ("deployment", "وصلت") in _triggers("ووصلت قوات سعودية وإماراتية إلى مطار عدن أمس لتأمين المدينة.")
    assert ("training", "دربت") in _triggers("ودربت الولايات المتحدة مقاتلي المعارضة السورية في تركيا.")
