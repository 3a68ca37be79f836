"""Event roles, fifteenth round: what an Arabic attack hit, named by plain words after its own mark (على, ضد)
when no name and no word of the lexicon stands there."""

from __future__ import annotations

import pytest
from event_roles import coded_attacks, role_text

from rasid.extract import analyze_text


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("وشن مسلحون هجوما على المستشفى الميداني في البلدة.", "المستشفى الميداني"),
        ("ونفذت طائرات التحالف غارات جوية على جسرين قديمين في المحافظة.", "جسرين قديمين"),
        ("وتحدث الشهود عن اعتداء مسلحين على الصحافيين في العاصمة.", "الصحافيين"),
        ("وشنت طائرات التحالف غارة جوية على مبنى المحكمة القديم في المدينة.", "مبنى المحكمة القديم"),
        ("وتحدث التقرير عن اعتداء مسلحين على العديد من التلاميذ خلال العام.", "التلاميذ"),
        ("واتهمت الشرطة مسلحين بالهجوم على موظفي البلدية في ضاحية المدينة.", "موظفي البلدية"),
    ],
)
def test_plain_words_after_the_attack_mark_name_what_it_hit(text: str, hit: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert role_text(attack["target"]) == hit


@pytest.mark.parametrize(
    ("text", "not_hit"),
    [
        # an idiom after على: related to, at its fiercest, at me
        ("ورجح المسؤول أن يكون الأمر هجوما انتحاريا على علاقة بالمتشددين.", "علاقة"),
        ("وقال مسلحون إن المعارك على أشدها قرب البلدة.", "أشدها"),
        # a definite noun ends its phrase at the next word that is no adjective
        ("وأكد الخطيب أن الهجوم على المسجد يكشف نوايا الجماعة.", "المسجد يكشف"),
        # a time after what was hit is no part of it
        ("وجاء ذلك بعد هجوم دام على سياح الشهر الماضي.", "سياح الشهر"),
    ],
)
def test_words_after_the_mark_that_name_no_thing_hit_are_not_the_target(text: str, not_hit: str) -> None:
    for attack in coded_attacks(text, "ar"):
        assert role_text(attack["target"]) != not_hit


@pytest.mark.parametrize(
    "text",
    [
        # على belongs to the verb before the attack noun: they respond to the raids, the attacks weighed on it
        "وقال المحلل إن المسلحين يردون بهجمات دامية على الغارات الجوية اليومية.",
        "وقد أثرت هجمات المسلحين على الاقتصاد المحلي كثيرا.",
    ],
)
def test_a_mark_that_belongs_to_the_verb_before_the_attack_noun_names_nothing_hit(text: str) -> None:
    attacks = coded_attacks(text, "ar")
    assert attacks
    for attack in attacks:
        assert role_text(attack["target"]) not in ("الغارات الجوية اليومية", "الاقتصاد المحلي")


def test_a_mark_of_another_word_between_is_not_the_attack_mark() -> None:
    # the verb between the attack noun and على takes it: the raids forced the leaders to split
    for attack in coded_attacks("وقال محللون إن الغارات أرغمت قيادة الحركة على الانفصال إلى مجموعات.", "ar"):
        assert "الانفصال" not in (role_text(attack["target"]) or "")


def test_a_named_place_right_after_the_head_word_is_what_was_hit() -> None:
    (attack,) = coded_attacks("واعترف المتهمون بعلاقتهم بمنفذ الهجوم الإرهابي على متحف باردو في مارس.", "ar")
    assert role_text(attack["target"]) == "باردو"


def test_a_name_after_the_mark_is_still_read_by_its_own_rules() -> None:
    # the side the positions belong to was hit (owner), not the word for its positions
    (attack,) = coded_attacks("وشنت الطائرات غارات على مواقع تابعة للحوثيين في صعدة.", "ar")
    assert "حوثي" in role_text(attack["target"])


@pytest.mark.parametrize(
    ("text", "not_doer"),
    [
        # a place after a preposition (glued or on its head word) is where something else is
        ("وفي جبهة القاعدة الجوية بمحافظة لحج لقي ثمانية مقاتلين مصرعهم في مواجهات بين الطرفين.", "لحج"),
        # the second of a pair after "from" is governed as the first is
        ("وشهد المهرجان حضور زوار من فرنسا وروسيا بعد الهجوم الإرهابي على الفندق.", "روسيا"),
        # an actor after "from" in another phrase: the attack is the forces' own
        ("وفي إطار عمليات تحرير المحافظة من تنظيم داعش تتحدث القيادات عن بدء المعارك في قواطعها.", "داعش"),
    ],
)
def test_an_actor_governed_by_a_preposition_before_an_attack_noun_is_not_its_doer(
    text: str, not_doer: str
) -> None:
    for attack in coded_attacks(text, "ar"):
        assert not_doer not in (role_text(attack["source"]) or "")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # members or a count of the actor "from" it: they may well be the doers
        ("وأشار الجيش إلى أن عناصر من حزب العمال الكردستاني نصبوا كمينا للقافلة العسكرية.", "حزب العمال"),
        # the side a group belongs to names who did it, after "تابعة ل" as after "ينتمون ل"
        ("واتهمت الحكومة خلية تابعة لتنظيم داعش بالوقوف وراء الهجوم على الحاجز.", "داعش"),
        # the possessive on the attack noun takes up the actor before it
        ("وأكد البيان أن الضربات الأرضية لميليشيا الحوثي وهجومهم على المدن خلفت قتلى.", "الحوثي"),
        # no preposition before the actor: the noun's doer, as before
        ("وأكد الوزير أن ما أقدمت عليه قوات الاحتلال من اعتداء على المصلين انتهاك صارخ.", "قوات الاحتلال"),
    ],
)
def test_an_actor_before_an_attack_noun_that_no_preposition_governs_stays_its_doer(
    text: str, doer: str
) -> None:
    attacks = coded_attacks(text, "ar")
    assert any(doer in (role_text(a["source"]) or "") for a in attacks)


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        # the pair after the attack noun's "from" made it together
        (
            "وتعرضت البلدة في ريف دمشق لهجوم من قوات النظام وحزب الله اللبناني.",
            "قوات النظام",
            "حزب الله",
        ),
        # the pair after the doer's mark (على يد) made it together
        ("وتعرضت القرية لهجوم على يد مسلحي داعش وجبهة النصرة أمس.", "داعش", "النصرة"),
    ],
)
def test_the_second_of_a_pair_of_doers_is_no_target(text: str, doer: str, partner: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert doer in role_text(attack["source"])
    assert partner not in (role_text(attack["target"]) or "")


def test_a_mark_against_outranks_the_pair_after_between() -> None:
    # the resistance and the army fight together against the militia: the militia is the side attacked
    (attack,) = coded_attacks(
        "واندلعت معارك عنيفة بين رجال المقاومة والجيش الوطني ضد ميليشيات الحوثي في المدينة.", "ar"
    )
    assert "الحوثي" in role_text(attack["target"])


def test_the_pair_after_between_stays_the_two_sides_without_a_mark_against() -> None:
    (attack,) = coded_attacks("وشهدت المحافظة اشتباكات عنيفة بين المقاومة الشعبية وميليشيات الحوثي.", "ar")
    assert "المقاومة" in role_text(attack["source"])
    assert "الحوثي" in role_text(attack["target"])


def test_a_person_after_a_meeting_verb_and_its_mark_is_the_other_party_however_long_his_title() -> None:
    text = (
        "وزار الأمين العام للمنظمة الدكتور خالد بن سعيد العمري مقر الهيئة اليوم، والتقى بمعالي المستشار "
        "بالديوان الملكي المشرف العام على برامج الهيئة الدكتور ناصر الحربي."
    )
    doc = analyze_text(text, language="ar")
    meetings = [e.attrs for e in doc.layer("events") if e.attrs.get("trigger") == "التقى"]
    assert meetings
    assert "الحربي" in (meetings[0]["target"] or {}).get("text", "")
    assert "الحربي" not in (meetings[0]["source"] or {}).get("text", "")
