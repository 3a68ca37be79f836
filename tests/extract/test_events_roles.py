"""Event roles read by position and syntax-light rules: who did what to whom, in our own sentences."""

from __future__ import annotations

import pytest
from event_roles import role_text

from conftest import lines_run
from rasid.extract import analyze_text
from rasid.extract.events import code_events
from rasid.model import Document


def _events(text: str, lang: str, **meta: str) -> list[dict]:
    doc = analyze_text(text, language=lang, **meta)
    return [{"label": e.label, "start": e.start, **e.to_dict()["attrs"]} for e in doc.layer("events")]


def _one(text: str, lang: str, plover: str) -> dict:
    events = [e for e in _events(text, lang) if e["type"] == plover]
    assert len(events) == 1, events
    return events[0]


# (language, sentence, PLOVER type, source words, target words): unnamed actors take roles by their words.
UNNAMED_ROLES = [
    (
        "ar",
        "هاجم مسلحون مجهولون دورية للشرطة قرب مدينة الجفرة الليلة الماضية.",
        "ASSAULT",
        "مسلحون مجهولون",
        "دورية للشرطة",
    ),
    ("ar", "قتل ثلاثة جنود في هجوم نفذه متطرفون على حاجز عسكري.", "ASSAULT", "متطرفون", "حاجز عسكري"),
    ("ar", "وقتل عشرة جنود في هجوم جهاديين على بلدة حدودية.", "ASSAULT", "جهاديين", None),
    (
        "fr",
        "Une patrouille a été attaquée par des hommes armés non loin de la frontière.",
        "ASSAULT",
        "hommes armés",
        "patrouille",
    ),
    (
        "fr",
        "Six soldats ont été tués dans une embuscade tendue par des jihadistes.",
        "ASSAULT",
        "jihadistes",
        "soldats",
    ),
    (
        "en",
        "Gunmen attacked a police checkpoint outside the town on Sunday.",
        "ASSAULT",
        "Gunmen",
        "checkpoint",
    ),
    ("ru", "Боевики атаковали колонну военных на дороге к городу.", "ASSAULT", "Боевики", "колонну"),
    (
        "fr",
        "Des hommes armés ont ouvert le feu sur un poste de gendarmerie près de Dori.",
        "ASSAULT",
        "hommes armés",
        "poste",
    ),
]


@pytest.mark.parametrize(("lang", "text", "plover", "source", "target"), UNNAMED_ROLES)
def test_events_unnamed_actors_take_roles(lang, text, plover, source, target):
    event = _one(text, lang, plover)
    assert role_text(event["source"]) == source
    if target is None:
        assert event["target"] is None or event["target"]["via"] == "victim"
    else:
        assert target in (role_text(event["target"]) or "")
    if event["source"]["type"] == "UNNAMED":
        assert event["source"]["kb_id"] is None


def test_events_victims_are_the_target_and_never_the_source():
    event = _one("قتل خمسة جنود على الأقل في هجوم شرق البلاد.", "ar", "ASSAULT")
    assert event["source"] is None
    assert role_text(event["target"]) == "جنود" and event["target"]["via"] == "victim"


def test_events_an_armed_group_named_after_the_unnamed_word_is_the_actor():
    event = _one("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي.", "ar", "ASSAULT")
    assert event["source"]["kb_id"] is not None and event["source"]["type"] != "UNNAMED"


def test_events_who_reports_an_attack_is_no_party_to_it():
    event = _one("وأعلن الجيش مقتل أربعة من جنوده في كمين قرب تمبكتو.", "ar", "ASSAULT")
    assert role_text(event["source"]) != "الجيش"
    event = _one(
        "L'armée a annoncé la mort de trois soldats dans une attaque contre leur convoi.", "fr", "ASSAULT"
    )
    assert role_text(event["source"]) is None and "convoi" in role_text(event["target"])


def test_events_arabic_reception_source_is_the_host_and_target_the_guest_after_places_and_titles():
    text = (
        "استقبل الأمير خالد بن فيصل أمير منطقة مكة المكرمة في مكتبه بجدة أمس عضو مجلس الشورى "
        "الشيخ عبدالله بن سالم الحربي."
    )
    event = _one(text, "ar", "CONSULT")
    assert "خالد بن فيصل" in role_text(event["source"])
    assert "الحربي" in role_text(event["target"])


def test_events_a_comma_before_a_preposition_does_not_end_the_clause():
    event = _one(
        "استقبل الرئيس عبدالفتاح السيسي، صباح اليوم، في القاهرة، الملك عبدالله الثاني.", "ar", "CONSULT"
    )
    assert "السيسي" in role_text(event["source"]) and "عبدالله الثاني" in role_text(event["target"])


def test_events_initials_between_the_mark_and_the_name_keep_the_mark():
    event = _one("Sergueï Lavrov s'est entretenu avec S.E.M. Abdoulaye Diop à New York.", "fr", "CONSULT")
    assert event["source"]["canonical"] != event["target"]["canonical"]
    assert "Diop" in role_text(event["target"])


def test_events_a_mention_that_refers_back_takes_the_parties_of_the_event_before():
    text = (
        "أجرى الأمير محمد بن سلمان اتصالا هاتفيا بالملك عبدالله الثاني. "
        "وجرى خلال الاتصال بحث العلاقات الثنائية."
    )
    events = [e for e in _events(text, "ar") if e["type"] == "CONSULT"]
    assert len(events) == 2, events
    second = events[1]
    assert second["source"]["via"] == "previous"
    assert (role_text(second["source"]), role_text(second["target"])) == (
        role_text(events[0]["source"]),
        role_text(events[0]["target"]),
    )


def test_events_a_nominal_mention_with_nobody_in_it_and_no_event_before_is_no_event():
    assert [
        e for e in _events("وجرى خلال الاتصال بحث العلاقات الثنائية.", "ar") if e["type"] == "CONSULT"
    ] == []


def test_events_deployed_instructors_are_a_training_mission():
    event = _one("Russian military instructors arrived in Niamey on Wednesday.", "en", "AID")
    assert event["rasid_type"] == "training" and event["mode"] != "troops"


@pytest.mark.parametrize(
    ("lang", "text", "rasid_type"),
    [
        ("ar", "وتسلمت الطائرة مساعدات إغاثية ووصلت طائرات الإغاثة إلى مطار عدن.", "deployment"),
        ("ar", "واستقبل مدير الجامعة المهنئين بعيد الفطر من منسوبي الجامعة في مكتبه.", "meeting"),
        ("ar", "وأطلقت السلطات سراحه بكفالة في قضية اعتداء جنسي على قاصر.", "attack"),
        ("ar", "وأعلن الطرفان وقف إطلاق النار في مدينة تعز اعتبارا من منتصف الليل.", "attack"),
        ("fr", "La population a été victime d'une attaque cardiaque collective de panique.", "attack"),
    ],
)
def test_events_new_word_sense_traps_give_no_event(lang, text, rasid_type):
    assert [e for e in _events(text, lang) if e["rasid_type"] == rasid_type] == []


def _long_article(paragraphs: int) -> Document:
    para = (
        "Des hommes armés ont attaqué un poste de l'armée près de Gao. Cinq soldats ont été tués dans cette attaque. "
        "Le ministre a rencontré son homologue à Bamako.\n"
    )
    return analyze_text(para * paragraphs, language="fr")


def test_events_work_grows_linearly_with_the_article():
    work = []
    for paragraphs in (10, 40):
        doc = _long_article(paragraphs)
        assert len([e for e in doc.layer("events") if e.attrs["type"] == "ASSAULT"]) >= paragraphs
        work.append(lines_run(lambda doc=doc: code_events(doc, {})))
    assert work[1] / work[0] < 4.6, work


def test_events_the_group_that_claims_an_attack_is_its_source():
    text = "قتل ستة أشخاص في انفجار سيارة مفخخة قرب سوق شعبي في بغداد، وأعلن تنظيم داعش مسؤوليته عن التفجير."
    event = next(e for e in _events(text, "ar") if e["trigger"] == "انفجار سيارة مفخخة")
    assert event["source"]["via"] == "claimed" and "داعش" in event["source"]["text"]


def test_events_a_call_from_someone_makes_the_caller_the_source():
    text = "تلقى الأمير محمد بن نايف اتصالا هاتفيا من وزير الخارجية الأمريكي جون كيري."
    event = _one(text, "ar", "CONSULT")
    assert "كيري" in role_text(event["source"]) and "محمد بن نايف" in role_text(event["target"])


def test_events_a_visit_to_a_country_is_a_meeting_with_its_host():
    event = _one("وصل الرئيس السوداني عمر البشير إلى القاهرة أمس في زيارة رسمية لمصر.", "ar", "CONSULT")
    assert "البشير" in role_text(event["source"]) and event["location"] is not None
