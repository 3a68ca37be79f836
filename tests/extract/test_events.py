"""Event coding: word-sense traps give no event; true events keep their type, roles, place, date and modality."""

from __future__ import annotations

import pytest

from rasid.errors import ConfigError
from rasid.extract import analyze_text, get_stage
from rasid.extract.events import STAGE, code_events, event_definitions
from rasid.model import Document


def _events(text: str, **meta: str) -> list[dict]:
    doc = analyze_text(text, **meta)
    return [{"label": e.label, **e.to_dict()["attrs"]} for e in doc.layer("events")]


def _canonical(role: dict | None) -> str | None:
    return None if role is None else role["canonical"]


# A trigger word in another sense: no event of that type (and none of the trap's type at all).
WORD_SENSE_TRAPS = [
    ("ar", "تم نشر الإعلانات في الصحف المحلية في الرياض أمس.", "deployment"),
    ("ar", "ونشرت الصحيفة تقريرا مفصلا عن القوات الجوية.", "deployment"),
    ("ar", "وتم نشر صور الحادث على مواقع التواصل الاجتماعي.", "deployment"),
    ("ar", "وتم تحرير محضر بالواقعة في قسم شرطة جدة.", "recapture"),
    ("ar", "وحرر رجال المرور مخالفة للسائق في الدمام.", "recapture"),
    ("ar", "وقال رئيس التحرير إن الجيش يستحق التقدير.", "recapture"),
    ("ar", "وجرى تسليم الجوائز للفائزين في حفل أقيم بالرياض.", "equipment_transfer"),
    ("ar", "وتم تسليم الشهادات للخريجين بحضور وزير الدفاع.", "equipment_transfer"),
    ("ar", "وتبادل الموظفون التهاني بعيد الفطر وسلم المدير على الحضور.", "equipment_transfer"),
    ("ar", "وشن الهلال هجوما قويا على مرمى النصر في المباراة.", "attack"),
    ("ar", "وتوفي اللاعب إثر نوبة قلبية قبل المباراة.", "attack"),
    ("ar", "ووصل عدد الزوار إلى مليون زائر في الرياض.", "deployment"),
    ("ar", "ويمكن للزوار زيارة المعرض في الرياض حتى نهاية الشهر.", "meeting"),
    ("ar", "وتمكن الدفاع المدني من السيطرة على الحريق في جدة.", "recapture"),
    ("fr", "Le ministre a livré un discours à Bamako devant les militaires.", "equipment_transfer"),
    ("fr", "Le consulat de France a délivré un visa au journaliste malien.", "equipment_transfer"),
    ("fr", "La reprise économique se confirme au Mali selon la Banque mondiale.", "recapture"),
    ("fr", "Le Front de libération de l'Azawad a publié un communiqué.", "recapture"),
    ("fr", "Il a été victime d'une crise cardiaque à Bamako.", "attack"),
    ("en", "The company will deploy an app for users in Mali next month.", "deployment"),
    ("en", "The army said it deployed the update to its recruitment website.", "deployment"),
    ("en", "The president delivered a speech to soldiers in Bamako.", "equipment_transfer"),
    ("en", "The general died of a heart attack in Moscow.", "attack"),
    ("en", "Dockers in Dakar went on a general strike for higher wages.", "attack"),
    ("ar", "وتسلمت الخطوط السعودية من شركة بوينغ طائرات ركاب جديدة.", "equipment_transfer"),
    ("ar", "وتلقى خادم الحرمين الشريفين الملك سلمان اتصالا هاتفيا من الرئيس الفرنسي.", "equipment_transfer"),
    ("ru", "Компания развернет приложение для жителей Бамако.", "deployment"),
    ("ru", "Министр передал привет военным в Бамако.", "equipment_transfer"),
    ("ru", "Футбольная команда Мали атаковала ворота соперника на стадионе.", "attack"),
    # a convoy attacked is a target, not a delivery told
    ("ar", "نصب مسلحون كمينا لقافلة شاحنات عسكرية قرب ميناكا.", "equipment_transfer"),
    ("fr", "Un drone a frappé un convoi de camions militaires près de Gao.", "equipment_transfer"),
    ("en", "Militants ambushed a supply convoy of armoured trucks near Menaka.", "equipment_transfer"),
]


@pytest.mark.parametrize(("lang", "text", "trap_type"), WORD_SENSE_TRAPS)
def test_events_word_sense_trap_gives_no_event(lang, text, trap_type):
    events = _events(text, language=lang)
    assert [e for e in events if e["rasid_type"] == trap_type] == [], events


# True events: (text, rasid type, PLOVER type, source canonical, target canonical, location canonical)
TRUE_EVENTS = [
    (
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في مدينة تمبكتو.",
        "attack",
        "ASSAULT",
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        "Malian Armed Forces (FAMa)",
        "Timbuktu",
    ),
    (
        "وسلمت روسيا طائرات مسيرة إلى بوركينا فاسو.",
        "equipment_transfer",
        "AID",
        "Russia",
        "Burkina Faso",
        None,
    ),
    (
        "روسيا تسلم مالي مروحيات قتالية جديدة في باماكو.",
        "equipment_transfer",
        "AID",
        "Russia",
        "Mali",
        "Bamako",
    ),
    (
        "وتم نشر عناصر الفيلق الأفريقي أخيرا في بوركينا فاسو.",
        "deployment",
        "MOBILIZE",
        "Africa Corps (Russia)",
        None,
        "Burkina Faso",
    ),
    (
        "وتعرضت دورية للجيش المالي لهجوم على يد جماعة نصرة الإسلام والمسلمين قرب غاو.",
        "attack",
        "ASSAULT",
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        "Malian Armed Forces (FAMa)",
        "Gao",
    ),
    (
        "Wagner fighters were attacked by JNIM near Kidal.",
        "attack",
        "ASSAULT",
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        "Wagner Group",
        "Kidal",
    ),
    (
        "Russia delivered armoured vehicles to Mali.",
        "equipment_transfer",
        "AID",
        "Russia",
        "Mali",
        None,
    ),
    (
        "L'armée malienne a repris le contrôle de Kidal.",
        "recapture",
        "ASSAULT",
        "Malian Armed Forces (FAMa)",
        None,
        "Kidal",
    ),
    (
        "Le ministre Abdoulaye Diop a rencontré Sergueï Lavrov à Moscou.",
        "meeting",
        "CONSULT",
        "Abdoulaye Diop",
        "Sergey Lavrov",
        "Moscow",
    ),
    (
        "La Russie a livré des hélicoptères de combat au Mali.",
        "equipment_transfer",
        "AID",
        "Russia",
        "Mali",
        None,
    ),
    ("Россия поставила вертолеты в Мали.", "equipment_transfer", "AID", "Russia", "Mali", None),
    # the subject of "receive" is the recipient, the "from" actor the source
    (
        "تسلمت مصر أول ثلاث طائرات مقاتلة من طراز رافال من فرنسا.",
        "equipment_transfer",
        "AID",
        "France",
        "Egypt",
        None,
    ),
    ("Mali received combat helicopters from Russia.", "equipment_transfer", "AID", "Russia", "Mali", None),
]


@pytest.mark.parametrize(("text", "rasid_type", "plover", "source", "target", "location"), TRUE_EVENTS)
def test_events_true_event_keeps_type_and_roles(text, rasid_type, plover, source, target, location):
    events = [e for e in _events(text) if e["rasid_type"] == rasid_type]
    assert len(events) == 1, _events(text)
    event = events[0]
    assert event["type"] == plover and event["ontology"] == "PLOVER-0.7"
    assert (_canonical(event["source"]), _canonical(event["target"])) == (source, target)
    assert _canonical(event["location"]) == location
    assert text[event["trigger_start"] : event["trigger_end"]] == event["trigger"]


def test_events_roles_carry_kb_ids_and_the_location_its_coordinates():
    (event,) = [
        e for e in _events("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في مدينة تمبكتو.")
    ]
    assert event["source"]["kb_id"] == "rasid:group/jnim"
    assert event["target"]["kb_id"] == "rasid:org/fama" and event["target"]["country"] == "ML"
    location = event["location"]
    assert location["kb_id"] == "rasid:gpe/ml-timbuktu"
    assert location["lat"] == pytest.approx(16.77, abs=0.05) and location["lon"] == pytest.approx(
        -3.0, abs=0.05
    )
    assert location["geonames"]
    assert event["acled_sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في تمبكتو.", "asserted"),
        ("لم يتم نشر أي قوات روسية في النيجر.", "negated"),
        ("نفت وزارة الدفاع أن تكون القوات الروسية قد انتشرت في النيجر.", "denied"),
        ("وستنتشر القوات الروسية في النيجر الشهر المقبل.", "planned"),
        ("إذا هاجمت جماعة نصرة الإسلام والمسلمين باماكو فسترد القوات المالية.", "conditional"),
        ("La Russie a livré des hélicoptères au Mali, selon l'agence TASS.", "reported"),
        ("Russian troops will deploy to Niger next month.", "planned"),
        ("The army foiled an attack by JNIM on Gao.", "negated"),
        ("Российские войска не были развернуты в Нигере.", "negated"),
        # "without" negates the word right after it, not a verb after its noun (a drone "without a pilot")
        ("أكد الجيش عدم انسحاب قواته من المدينة.", "negated"),
        ("The rebels left without attacking the base.", "negated"),
        ("قصفت طائرة من دون طيار مخزنا للأسلحة قرب الحدود.", "asserted"),
        ("Un drone sans pilote a frappé un camp jihadiste près de Gao.", "asserted"),
        ("A drone without markings struck a fuel depot near Gao.", "asserted"),
    ],
)
def test_events_modality_from_cues_near_the_trigger(text, modality):
    events = _events(text)
    assert events, "expected an event"
    assert events[0]["modality"] == modality, events[0]


def test_events_date_is_the_sentence_date_nearest_the_trigger_else_the_publication_date():
    text = (
        "في يناير 2024 نُشرت وحدات الفيلق الأفريقي في بوركينا فاسو، ثم نُشرت وحدات أخرى منه في النيجر في أبريل 2024. "
        "وهاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في تمبكتو."
    )
    events = _events(text, published="2024-08-21")
    deployments = [e for e in events if e["rasid_type"] == "deployment"]
    assert [(_canonical(e["location"]), e["date"], e["date_precision"]) for e in deployments] == [
        ("Burkina Faso", "2024-01", "month"),
        ("Niger", "2024-04", "month"),
    ]
    assert all(e["date_source"] == "text" for e in deployments)
    (attack,) = [e for e in events if e["rasid_type"] == "attack"]
    assert (attack["date"], attack["date_source"]) == ("2024-08-21", "published")


def test_events_speaker_before_that_is_no_party_to_the_event():
    (event,) = _events("وقال وزير الدفاع الروسي أندريه بيلوسوف إن روسيا سلمت مروحيات إلى مالي.")
    assert _canonical(event["source"]) == "Russia"
    assert "Andrei Belousov" not in {_canonical(event["source"]), _canonical(event["target"])}


def test_events_trigger_inside_an_organisation_name_is_no_event():
    events = _events("وقعت الحكومة السودانية اتفاقا مع الحركة الشعبية لتحرير السودان في جوبا.")
    assert [e for e in events if e["rasid_type"] == "recapture"] == []


def test_events_every_type_maps_to_the_ontology():
    for definition in event_definitions():
        plover = definition["plover"]
        assert plover["type"], definition["id"]
        assert plover["type"].isupper()
        # a type PLOVER does not have is marked as an extension
        if plover["type"] not in {
            "MOBILIZE",
            "AID",
            "ASSAULT",
            "CONSULT",
            "SUPPORT",
            "RETREAT",
            "COOPERATE",
            "AGREE",
        }:
            assert plover.get("extension") is True, definition["id"]


def test_events_stage_declares_what_it_reads():
    spec = get_stage(STAGE)
    assert set(spec.requires) == {"language", "published", "entities", "dates", "equipment"}
    assert spec.provides == ("events",)


def test_events_user_file_adds_a_type_and_an_exclusion(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "event_types:\n"
        "  - id: protest\n"
        "    label: {en: Protest}\n"
        "    plover: {type: PROTEST, mode: demo}\n"
        "    triggers: {fr: ['manifestation']}\n"
        "    frame: [[place]]\n"
        "lexicon:\n"
        "  force:\n"
        "    fr: ['soldats']\n",
        encoding="utf-8",
    )
    text = "Une manifestation a eu lieu à Bamako."
    doc = Document(text, language="fr")
    start = text.index("Bamako")
    doc = doc.with_layer(
        "entities",
        [
            doc.annotation(
                "entities",
                start,
                start + 6,
                "GPE",
                attrs={"canonical": "Bamako", "kb_id": "rasid:gpe/ml-bamako"},
            )
        ],
    )
    (event,) = code_events(doc, {"event_files": (str(extra),)}).layer("events")
    attrs = event.to_dict()["attrs"]
    assert (event.label, attrs["type"], attrs["mode"]) == ("protest", "PROTEST", "demo")
    assert attrs["location"]["canonical"] == "Bamako" and attrs["location"]["lat"]
    assert code_events(doc, {}).layer("events") == ()


def test_events_user_file_naming_an_unknown_frame_group_is_a_config_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "event_types:\n  - id: x\n    plover: {type: AID}\n    triggers: {en: ['aid']}\n    frame: [[tanks]]\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="tanks"):
        event_definitions((str(bad),))


def test_event_date_from_a_hijri_date_is_gregorian() -> None:
    from rasid.extract import analyze_text

    doc = analyze_text(
        "شنت قوات التحالف غارات على مواقع الحوثيين في صعدة يوم 5 شوال 1436هـ.", published="2015-07-25"
    )
    dated = [e for e in doc.layer("events") if e.attrs.get("date_source") == "text"]
    assert dated and all(e.attrs["date"][:4] == "2015" for e in dated)
