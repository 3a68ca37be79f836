"""Event roles, twelfth round: active Arabic killing verbs, who is suspected of or took part in an attack, a count's
"about" that is no mark, detachments attacked, and unknown people as doers."""

from __future__ import annotations

import pytest
from event_roles import coded_attacks, role_text


@pytest.mark.parametrize(
    ("text", "killers", "victims"),
    [
        (
            "وقال مسؤولون إن مسلحين مجهولين قتلوا 12 جنديا في هجوم على حاجز للجيش شمالي البلاد.",
            "مسلحين",
            None,
        ),
        ("وذكرت مصادر أن متطرفين قتلوا 7 شرطيين وأصابوا ثلاثة آخرين في هجوم أمس.", "متطرفين", "شرطيين"),
    ],
)
def test_an_arabic_killing_verb_with_an_object_is_active(
    text: str, killers: str, victims: str | None
) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert killers in role_text(attack["source"])
    if victims:
        assert victims in role_text(attack["target"])
    # the victims counted after the verb are never the attacker
    assert "جندي" not in role_text(attack["source"]) and "شرطي" not in role_text(attack["source"])


def test_an_arabic_killing_verb_after_the_dead_is_still_their_death() -> None:
    text = "أفاد الجيش أن 4 جنود قتلوا في هجوم نفذه مسلحون قرب الحدود."
    (attack,) = coded_attacks(text, "ar")
    assert "مسلحون" in role_text(attack["source"])
    assert "جنود" in role_text(attack["target"])


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("В нападении на колонну подозревают боевиков, пришедших из соседней страны.", "боевиков"),
        ("В атаке на лагерь участвовали около 200 боевиков.", "боевиков"),
        ("L'attaque du camp a été attribuée au groupe Etat islamique.", "Etat islamique"),
    ],
)
def test_who_is_suspected_of_or_took_part_in_an_attack_did_it(text: str, doer: str) -> None:
    (attack,) = coded_attacks(text, "ru" if text[0] == "В" else "fr")
    assert doer in (role_text(attack["source"]) or "")


def test_a_count_before_actors_not_marked_as_doers_keeps_its_old_reading() -> None:
    # "about" before a number after an attack: the neutralised are not made a party by dropping the count
    text = (
        "Reinforcements responded to the attack near Djibo, which ended with about 18 terrorists neutralised."
    )
    for attack in coded_attacks(text, "en"):
        assert attack["source"] is None or "terrorists" not in attack["source"]["text"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le détachement militaire de Djibo a été attaqué par des jihadistes dimanche.", "fr"),
        ("The army detachment was attacked by suspected jihadists near Tillaberi.", "en"),
    ],
)
def test_a_detachment_attacked_is_the_target(text: str, lang: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert attack["source"]["text"].startswith("jihadist")
    assert "tachement" in attack["target"]["text"] or "detachment" in attack["target"]["text"]


def test_unknown_people_attack_and_are_never_the_target() -> None:
    attacks = coded_attacks("هاجم مجهولون معسكرا للجيش قرب قرية في جنوب البلاد.", "ar")
    assert attacks and "مجهولون" in role_text(attacks[0]["source"])
    text = "وتعرضت حافلة للركاب لهجوم في ولاية إزمير، حيث أحرق مجهولون الحافلة بزجاجات حارقة."
    for attack in coded_attacks(text, "ar"):
        assert "مجهولون" not in (role_text(attack["target"]) or "")


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        ("قصفت طائرات التحالف مواقع ومخازن أسلحة تابعة للحوثيين في محافظة صعدة.", "ar", "حوثيين"),
        ("Coalition warplanes struck positions of the Houthis near Sanaa on Monday.", "en", "Houthis"),
    ],
)
def test_the_side_that_owns_the_positions_hit_is_the_target(text: str, lang: str, owner: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert owner in attack["target"]["text"]
    assert attack["target"]["via"] == "owner"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two owners: the phrase's own (Iran) is kept, the second is not made the only one
        ("استهدفت الغارات مواقع لإيران وحزب الله جنوبي دمشق.", "ar"),
        # a place after the base is where it is, not whose
        ("Militants attacked a military base near Gao in Mali.", "en"),
    ],
)
def test_no_owner_past_a_second_party_or_a_place(text: str, lang: str) -> None:
    for attack in coded_attacks(text, lang):
        assert (attack["target"] or {}).get("via") != "owner"


def test_unknown_people_who_shot_are_not_what_was_hit() -> None:
    text = "وأصيب شرطي بطلق ناري من مجهولين في هجوم على حاجز أمني بمدينة العريش."
    for attack in coded_attacks(text, "ar"):
        assert "مجهول" not in (role_text(attack["target"]) or "")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("وأسفرت الضربات التي شنتها إسرائيل على بلدة في الجولان عن سقوط قتلى.", "إسرائيل"),
        ("وتتواصل الغارات التي تشنها الولايات المتحدة على معسكرات في جنوب البلاد.", "الولايات المتحدة"),
        ("قتل خمسة جنود في كمين نصبته جماعة بوكو حرام قرب مايدوغوري.", "بوكو حرام"),
    ],
)
def test_a_verb_of_doing_with_a_pronoun_names_the_doer_after_it(text: str, doer: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert doer in role_text(attack["source"])
    assert doer not in (role_text(attack["target"]) or "")


def test_a_doer_marked_before_the_verb_leaves_its_object_the_target() -> None:
    text = "وقتل 12 مسلحا في عملية نفذتها قوات عراقية استهدفت تجمعات لتنظيم داعش قرب الرمادي."
    attacks = [
        a for a in coded_attacks(text, "ar") if "استهدفت" in text[a["trigger_start"] : a["trigger_end"]]
    ]
    assert attacks
    assert "قوات" in role_text(attacks[0]["source"])
    assert "داعش" in role_text(attacks[0]["target"])


def test_the_actor_after_a_verb_in_a_relative_clause_is_its_object() -> None:
    # the bombing is the verb's subject: the force whose mosque was hit is the target, never the doer
    text = "وأدان الحزب الحادث الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة جازان الخميس الماضي."
    (attack,) = coded_attacks(text, "ar")
    assert "قوات" not in (role_text(attack["source"]) or "")
    assert "قوات" in role_text(attack["target"])


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("وتعرضت البلدة لقصف عنيف، وهي البلدة التي قصفت قوات النظام مناطق سكنية فيها أمس.", "قوات النظام"),
        ("وانتهت الهدنة بعد الغارات التي شنها الطيران التركي على مواقع في الجبال.", "الطيران التركي"),
    ],
)
def test_a_relative_verb_with_a_pronoun_keeps_its_subject_after_it(text: str, doer: str) -> None:
    attacks = coded_attacks(text, "ar")
    assert any(doer in (role_text(a["source"]) or "") for a in attacks)
    assert not any(doer in (role_text(a["target"]) or "") for a in attacks)


def test_who_expresses_condemnation_of_an_attack_is_no_party_to_it() -> None:
    for text, commenter in [
        (
            "أعربت دولة الكويت عن ادانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن.",
            "الكويت",
        ),
        ("وكان ملك المغرب قد أعرب خلال الاتصال عن إدانته للتفجير الإرهابي في مسجد الشرطة.", "المغرب"),
    ]:
        attacks = coded_attacks(text, "ar")
        assert attacks
        assert all(commenter not in (role_text(a["source"]) or "") for a in attacks)


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        (
            "Twelve soldiers died during a “major attack” by “terrorist armed groups” in the north, the army said.",
            "en",
            "groups",
        ),
        (
            "Le poste a été attaqué par « des individus armés » dans la nuit de lundi.",
            "fr",
            "individus armés",
        ),
    ],
)
def test_an_agent_mark_before_a_quoted_description_is_its_own(text: str, lang: str, doer: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert doer in role_text(attack["source"])
    assert attack["source"]["via"] == "agent"


@pytest.mark.parametrize(
    ("text", "lang", "doer", "not_doer"),
    [
        (
            "وقالت الحكومة إن مسلحين يعتقد أنهم متشددون قتلوا 20 جنديا في هجوم على ثكنة.",
            "ar",
            "مسلحين",
            "متشددون",
        ),
        ("مسلحون يشتبه بأنهم متطرفون يقتلون 12 شرطيا في هجوم شرقي البلاد.", "ar", "مسلحون", "شرطيا"),
    ],
)
def test_what_gunmen_are_believed_to_be_describes_them(
    text: str, lang: str, doer: str, not_doer: str
) -> None:
    (attack,) = coded_attacks(text, lang)
    assert role_text(attack["source"]) == doer
    assert not_doer not in role_text(attack["source"])


def test_a_country_after_a_border_is_where_not_whom() -> None:
    text = "وقتل مسلحون 25 شخصا في سلسلة هجمات دامية على امتداد حدود البلاد المشتركة مع مالي."
    (attack,) = coded_attacks(text, "ar")
    assert "مالي" not in (role_text(attack["target"]) or "")
    assert role_text(attack["source"]) == "مسلحون"  # the subject of an active killing with a counted object
    assert "شخص" in role_text(attack["target"])


def test_the_attackers_killed_in_an_attack_made_it() -> None:
    text = "ولم يتضح من يقف وراء الهجوم الذي قتل فيه أيضا 20 من المهاجمين."
    (attack,) = coded_attacks(text, "ar")
    assert "المهاجمين" in role_text(attack["source"])
    assert attack["target"] is None


def test_a_counted_noun_after_a_bare_killing_word_is_still_its_victim() -> None:
    # "قتل" alone is also the passive: with no count after the actor, the actor is the dead
    text = "وقتل 15 متمردا من الحوثيين وميليشيات صالح في اشتباكات وقعت في قرى جبل صبر."
    for attack in coded_attacks(text, "ar"):
        assert "ميليشيات" not in (role_text(attack["source"]) or "")
