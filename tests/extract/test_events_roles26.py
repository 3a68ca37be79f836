"""Event roles, twenty-sixth round (Arabic, SaudiNewsNet): the person right after a meeting noun that another noun
or a preposition governs is who visits (في ختام زيارة الأمير X), whatever actor stands before; whom forces are
loyal to is no party (القوات الموالية للرئيس X); the dual and singular of the words of killing after an actor make it
a victim (جنديين قتلا); plain place nouns after an indefinite noun of targeting are what it hit (استهداف أحياء); a
reception told by its host has the guest as its source and the host as its target."""

from __future__ import annotations

from typing import Any

from event_roles import coded_attacks, role_text

from rasid.extract import analyze_text


def _meetings(text: str) -> list[dict[str, Any]]:
    doc = analyze_text(text, language="ar")
    return [e.to_dict()["attrs"] for e in doc.layer("events") if e.to_dict()["attrs"]["type"] == "CONSULT"]


def _roles(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (role_text(e["source"]), role_text(e["target"]))
        for e in _meetings(text)
        if text[e["trigger_start"] : e["trigger_end"]] == trigger
    ]


def test_the_person_after_a_governed_visit_noun_is_the_visitor() -> None:
    text = "وأكد الوزير الأردني ناصر جودة أهمية زيارة الرئيس الفرنسي فرانسوا هولاند لعمان."
    assert [source for source, _ in _roles(text, "زيارة")] == ["فرانسوا هولاند"]


def test_a_governor_with_its_clitic_still_governs_the_noun() -> None:
    text = "وأشاد الرئيس المصري عبد الفتاح السيسي بنتائج زيارة الأمير محمد بن سلمان للقاهرة."
    assert [source for source, _ in _roles(text, "زيارة")] == ["محمد بن سلمان"]


def test_a_visit_undertaken_by_the_subject_keeps_the_person_after_it_as_the_one_visited() -> None:
    text = "قام الأمير محمد بن سلمان بزيارة الرئيس عبد الفتاح السيسي في القاهرة."
    assert _roles(text, "زيارة") == [("محمد بن سلمان", "عبد الفتاح السيسي")]


def _attack_roles(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (role_text(e["source"]), role_text(e["target"]))
        for e in coded_attacks(text, "ar")
        if e["trigger"] == trigger
    ]


def test_whom_the_forces_are_loyal_to_is_not_what_they_took() -> None:
    text = "واستعادت المقاومة الشعبية والقوات الموالية للرئيس عبدربه منصور هادي السيطرة على مدينة زنجبار."
    assert [target for _, target in _attack_roles(text, "استعادت")] == ["زنجبار"]


def test_whom_the_loyalists_follow_is_not_the_doer() -> None:
    text = "وذكر سكان أن المتمردين والموالين لعلي عبدالله صالح قصفوا أحياء في تعز."
    assert [source for source, _ in _attack_roles(text, "قصفوا")] == ["المتمردين"]


def test_a_town_after_the_loyalty_phrase_and_a_preposition_stays_the_target() -> None:
    text = "وسيطر الجيش الموالي للحكومة على مدينة زنجبار بعد معارك عنيفة."
    assert [target for _, target in _attack_roles(text, "سيطر")] == ["زنجبار"]


def test_two_soldiers_killed_before_the_blast_are_what_it_hit() -> None:
    text = "وقال الجيش إن جنديين قتلا وأصيب ثلاثة آخرون حينما انفجرت عبوة ناسفة قرب دوريتهم في سيناء."
    assert _attack_roles(text, "انفجرت") == [(None, "جنديين")]


def test_two_gunmen_who_killed_a_soldier_stay_the_doers() -> None:
    text = "وأفادت مصادر بأن مسلحين قتلا جنديا في هجوم على حاجز في سيناء."
    assert [source for source, _ in _attack_roles(text, "هجوم")] == ["مسلحين"]


def test_the_neighbourhoods_after_an_indefinite_noun_of_targeting_were_hit() -> None:
    text = "واستمرت الميليشيات أمس في استهداف أحياء مدينة نجران الحدودية."
    assert [target for _, target in _attack_roles(text, "استهداف")] == ["أحياء مدينة"]


def test_an_indefinite_adjective_after_a_noun_of_targeting_is_still_no_object() -> None:
    text = "وتعرضت البلدة أمس لقصف عنيف من الطائرات الحربية."
    assert [target for _, target in _attack_roles(text, "قصف")] == ["البلدة"]


def test_attackers_before_a_new_clause_of_wounding_stay_the_doers() -> None:
    text = "وهاجم مسلحون حاجزا أمنيا وقد أصيب بأضرار طفيفة."
    assert [source for source, _ in _attack_roles(text, "هاجم")] == ["مسلحون"]


def test_a_town_named_like_a_nisba_after_its_head_word_is_the_ground_taken() -> None:
    text = "وتمكنت القوات العراقية من استعادة مدينة الرمادي."
    assert [target for _, target in _attack_roles(text, "استعادة")] == ["الرمادي"]


def test_a_nisba_after_an_office_is_still_no_place() -> None:
    text = "والتقى الوزير المالي نظيره الروسي في باماكو."
    assert _roles(text, "التقى") == [("الوزير المالي", "نظيره الروسي")]


def test_who_condemns_a_storming_without_hamza_did_not_storm() -> None:
    text = "ومن جهتها دانت منظمة التعاون الإسلامي بشدة اقتحام قوات الاحتلال الإسرائيلي باحات المسجد الأقصى."
    assert [source for source, _ in _attack_roles(text, "اقتحام")] == [None]


def test_the_pair_after_talks_between_are_their_two_parties() -> None:
    text = "ويمثل الوزير علي صالحي أمام البرلمان ليقدم تقريرا بشأن المباحثات بين إيران والدول الست."
    assert _roles(text, "المباحثات بين") == [("إيران", "الدول الست")]


def test_two_peoples_joined_after_between_are_both_parties() -> None:
    text = "ودعا الاتحاد الأوروبي إلى استئناف المفاوضات بين الإسرائيليين والفلسطينيين."
    assert _roles(text, "المفاوضات بين") == [("الإسرائيليين", "الفلسطينيين")]


def test_the_person_after_a_meeting_noun_with_no_actor_before_is_who_met() -> None:
    text = (
        "وكشفت وثيقة مسربة عن اجتماع وزير الخارجية اليمني رياض ياسين بالمبعوث الأممي إسماعيل ولد الشيخ أحمد."
    )
    assert _roles(text, "اجتماع") == [("رياض ياسين", "إسماعيل ولد الشيخ أحمد")]
