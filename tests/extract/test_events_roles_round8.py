"""Event roles, eighth round: an attack told again names no parties of its own."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _events(text: str, lang: str, plover: str) -> list[dict]:
    doc = analyze_text(text, language=lang)
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == plover and not e.get("extension")]


@pytest.mark.parametrize(
    ("text", "lang", "later"),
    [
        (
            "Des hommes armés ont attaqué un poste de gendarmerie près de Tillabéri. L'attaque a eu lieu à l'aube.",
            "fr",
            "L'attaque",
        ),
        (
            "Militants stormed an army camp near Mopti on Sunday. The assault lasted two hours.",
            "en",
            "The assault",
        ),
        # Arabic: an attack noun of another family than the word that told it (a shelling, then "the attack"); one of
        # the same family takes the doer up (test_events_roles24)
        (
            "قصفت طائرات حربية مواقع للمسلحين قرب مدينة غاو. ووقع الهجوم فجر الأحد.",
            "ar",
            "ووقع",
        ),
    ],
)
def test_an_attack_told_again_is_an_event_without_the_parties_of_the_first(
    text: str, lang: str, later: str
) -> None:
    attacks = _events(text, lang, "ASSAULT")
    second = [e for e in attacks if e["trigger_start"] >= text.index(later)]
    assert attacks[0]["source"] is not None, attacks
    assert len(second) == 1, attacks
    assert second[0]["source"] is None and second[0]["target"] is None, second


def test_a_meeting_told_again_keeps_the_parties_of_the_first() -> None:
    text = "استقبل وزير الدفاع الأمير خالد بن سلمان السفير الفرنسي لودوفيك بوي. وجرى خلال اللقاء بحث التعاون."
    meetings = _events(text, "ar", "CONSULT")
    assert len(meetings) == 2, meetings
    assert meetings[1]["source"] is not None and meetings[1]["source"]["via"] == "previous"


@pytest.mark.parametrize(
    ("text", "lang", "later", "named"),
    [
        (
            "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجمات سابقة في المنطقة. "
            "وهاجمت الجماعة معسكرا للجيش قرب مدينة تمبكتو الليلة الماضية.",
            "ar",
            "وهاجمت",
            "JNIM",
        ),
        (
            "Le JNIM a revendiqué plusieurs attaques au Mali. Le groupe a attaqué un camp militaire près de Tombouctou.",
            "fr",
            "Le groupe",
            "JNIM",
        ),
    ],
)
def test_the_group_referred_back_to_is_the_armed_group_named_before(
    text: str, lang: str, later: str, named: str
) -> None:
    attacks = [e for e in _events(text, lang, "ASSAULT") if e["trigger_start"] >= text.index(later)]
    assert len(attacks) == 1, attacks
    source = attacks[0]["source"]
    assert source is not None and named in source["canonical"], source
    assert source["kb_id"] is not None


def test_the_group_with_no_armed_group_before_is_no_actor() -> None:
    text = "وأدى المصلون صلاة الجماعة في المسجد ثم هاجم مسلحون القرية."
    for event in _events(text, "ar", "ASSAULT"):
        for role in ("source", "target"):
            assert event[role] is None or "الجماعة" not in event[role]["text"], event


def test_the_speaker_before_a_relative_clause_is_not_the_attacker() -> None:
    text = "عبر السفير عبدالعزيز الفايز عن استنكاره للعمل الإرهابي الذي استهدف مسجدا في مدينة أبها."
    (attack,) = _events(text, "ar", "ASSAULT")
    assert attack["source"] is None, attack["source"]
    assert attack["target"] is not None and "مسجد" in attack["target"]["text"]


def test_the_actor_named_before_a_cleft_relative_is_the_attacker() -> None:
    text = "وقيل إن مقاتلات حربية حلقت فوق الوادي هي التي نفذت الهجمات على المواقع."
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks and attacks[0]["source"] is not None and "مقاتلات" in attacks[0]["source"]["text"], attacks


def test_a_verb_opening_a_coordinated_clause_takes_the_actor_after_it_as_subject() -> None:
    text = "وسعت فرنسا إلى إقناع البرلمان الأوروبي بتأييد الخطة، والتقى إيمانويل ماكرون مع قادة الأحزاب في باريس."
    (meeting,) = _events(text, "ar", "CONSULT")
    assert meeting["source"] is not None and "ماكرون" in meeting["source"]["text"], meeting["source"]


def test_a_verb_opening_a_clause_with_no_actor_after_it_keeps_the_subject_before() -> None:
    text = "وتقدمت قوات الجيش نحو المدينة، وسيطرت على جبل استراتيجي."
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks and attacks[0]["source"] is not None and "الجيش" in attacks[0]["source"]["text"], attacks


def test_the_first_of_two_coordinated_doers_is_the_source() -> None:
    text = "France and Chad carried out air strikes on rebel positions near Abeche."
    attacks = _events(text, "en", "ASSAULT")
    assert attacks and attacks[0]["source"] is not None and attacks[0]["source"]["text"] == "France", attacks


def test_the_second_of_two_coordinated_subjects_is_not_the_object() -> None:
    text = "وهاجم مسلحو الحوثي وقوات الحرس الجمهوري مسجدا في مدينة تعز."
    attacks = _events(text, "ar", "ASSAULT")
    assert attacks and attacks[0]["target"] is not None, attacks
    assert "مسجد" in attacks[0]["target"]["text"], attacks[0]["target"]


@pytest.mark.parametrize(
    ("text", "role", "phrase"),
    [
        ("Rebels launched attacks on two US vessels in the Red Sea on Sunday.", "target", "US vessels"),
        (
            "Last week US and UK forces launched strikes against rebel positions.",
            "source",
            "US and UK forces",
        ),
    ],
)
def test_a_country_in_front_of_a_force_or_a_thing_hit_is_part_of_it(
    text: str, role: str, phrase: str
) -> None:
    attacks = _events(text, "en", "ASSAULT")
    assert attacks and attacks[0][role] is not None and attacks[0][role]["text"] == phrase, attacks


@pytest.mark.parametrize(
    ("text", "lang", "plover"),
    [
        ("وأسفر الهجومان عن خسائر، وقال الجيش إن الهجومين استهدفا ثكنتين للجيش في الشمال.", "ar", "ASSAULT"),
        ("ونجا قائد الشرطة من محاولة اغتيال نفذها مسلحون في مدينة درنة.", "ar", "ASSAULT"),
        ("وقال شهود إن مسلحين فتحوا النار على دورية للجيش قرب الحدود.", "ar", "ASSAULT"),
        ("Burkina : des jihadistes tuent sept gendarmes dans le Sahel", "fr", "ASSAULT"),
        ("Suspected militants have killed nine soldiers in an ambush in Borno state.", "en", "ASSAULT"),
        ("La coalition a mené des frappes contre des positions rebelles près du port.", "fr", "ASSAULT"),
        (
            "وأعلن الطرفان أمس التوصل إلى اتفاق لوقف القتال في مدينة عدن بين الحكومة والحوثيين.",
            "ar",
            "SUPPORT",
        ),
        (
            "وعقد وزير الخارجية عادل الجبير في باريس أمس اجتماعا مع وزير الخارجية الفرنسي لوران فابيوس.",
            "ar",
            "CONSULT",
        ),
    ],
)
def test_more_ways_of_telling_an_event_are_coded(text: str, lang: str, plover: str) -> None:
    assert _events(text, lang, plover), analyze_text(text, language=lang).layer("events")


def test_reaching_an_agreement_as_an_aim_is_no_agreement() -> None:
    text = "وصوت البرلمان على الإصلاحات المطلوبة للتوصل إلى اتفاق مع الدائنين."
    assert _events(text, "ar", "SUPPORT") == []


def test_a_progressive_is_active() -> None:
    text = "The rebels have been targeting cargo ships in the Gulf of Aden since March."
    attacks = _events(text, "en", "ASSAULT")
    assert attacks and attacks[0]["source"] is not None and "rebels" in attacks[0]["source"]["text"], attacks


@pytest.mark.parametrize(
    ("text", "lang", "victims"),
    [
        ("Gunmen have killed 14 soldiers guarding a bridge in northern Burkina Faso.", "en", "soldiers"),
        ("Au Niger, des jihadistes tuent treize soldats près de la frontière malienne.", "fr", "soldats"),
    ],
)
def test_the_victims_right_after_the_verb_are_its_target(text: str, lang: str, victims: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert attacks and attacks[0]["target"] is not None and victims in attacks[0]["target"]["text"], attacks


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Число военных инструкторов из России в Мали будет увеличено, заявил министр.", "ru", "Росси"),
        (
            "The number of military instructors from Russia in Mali will grow, the minister said.",
            "en",
            "Russia",
        ),
    ],
)
def test_instructors_from_a_country_are_sent_by_it(text: str, lang: str, country: str) -> None:
    aid = _events(text, lang, "AID")
    assert aid and aid[0]["source"] is not None and country in aid[0]["source"]["text"], aid


def test_a_place_things_come_from_is_no_party_to_an_attack() -> None:
    text = "وسقطت قذائف أطلقت من اليمن على قرية في منطقة جازان."
    for event in _events(text, "ar", "ASSAULT"):
        for role in ("source", "target"):
            assert event[role] is None or "اليمن" not in event[role]["text"], event


@pytest.mark.parametrize(
    ("text", "lang", "people"),
    [
        ("Villagers in Koulikoro were massacred by gunmen overnight.", "en", "Villagers"),
        ("Des villageois ont été attaqués par des hommes armés près de Ménaka.", "fr", "villageois"),
    ],
)
def test_villagers_are_what_an_attack_hits(text: str, lang: str, people: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert attacks and attacks[0]["target"] is not None and people in attacks[0]["target"]["text"], attacks
    assert attacks[0]["source"] is not None and people not in attacks[0]["source"]["text"]


def test_counted_people_killed_in_a_headline_are_victims_not_attackers() -> None:
    text = "Mali says 12 soldiers killed, five missing after jihadist ambush"
    (ambush,) = _events(text, "en", "ASSAULT")
    assert ambush["target"] is not None and ambush["target"]["text"] == "soldiers", ambush
    assert ambush["source"] is None, ambush["source"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وعقد وزير الخارجية عادل الجبير ونظيره الروسي سيرغي لافروف مؤتمرا صحفيا مشتركا في موسكو.", "ar"),
        ("Sergei Lavrov held a joint press conference with Abdoulaye Diop in Moscow.", "en"),
        ("Sergueï Lavrov a tenu une conférence de presse conjointe avec Abdoulaye Diop à Moscou.", "fr"),
    ],
)
def test_a_joint_press_conference_is_a_meeting_of_its_two_hosts(text: str, lang: str) -> None:
    (meeting,) = _events(text, lang, "CONSULT")
    assert meeting["source"] is not None and meeting["target"] is not None, meeting
    assert "Lavrov" in meeting["source"]["text"] or "لافروف" in meeting["target"]["text"], meeting


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("Боевики атаковали военный пост у Гао. Они также обстреляли колонну армии.", "ru", "Боевики"),
        (
            "Des jihadistes du JNIM ont attaqué un poste militaire près de Gao. Ils ont ensuite attaqué un camp voisin.",
            "fr",
            "JNIM",
        ),
    ],
)
def test_they_is_the_doer_of_the_event_told_before(text: str, lang: str, doer: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert len(attacks) == 2, attacks
    assert attacks[1]["source"] is not None and doer in attacks[1]["source"]["text"], attacks[1]
    assert attacks[1]["source"]["via"] == "pronoun"


def test_they_with_no_doer_told_before_names_nobody() -> None:
    text = "Les soldats ont repoussé l'attaque. Ils ont neutralisé trois assaillants."
    for attack in _events(text, "fr", "ASSAULT"):
        assert attack["source"] is None or attack["source"]["via"] != "pronoun", attack


@pytest.mark.parametrize(
    ("text", "lang", "hit"),
    [
        ("La coalition a mené mercredi des frappes contre des sites rebelles près du port.", "fr", "sites"),
        ("The United States and Britain conducted strikes on Houthi targets in Yemen.", "en", "targets"),
    ],
)
def test_sites_and_targets_struck_are_what_an_attack_hits(text: str, lang: str, hit: str) -> None:
    attacks = _events(text, lang, "ASSAULT")
    assert attacks and attacks[0]["target"] is not None and hit in attacks[0]["target"]["text"], attacks
    assert attacks[0]["source"] is not None


def test_an_arabic_plural_verb_continues_the_armed_group_named_before_it() -> None:
    text = (
        "وأوضحت مصادر عسكرية أن مسلحين زرعوا عبوات ناسفة على طريق قرب الحدود، "
        "وفجروا العبوات لوقف القافلة، ثم فتحوا النار على الجنود."
    )
    attacks = [e for e in _events(text, "ar", "ASSAULT") if e["trigger_start"] > text.index("ثم")]
    assert attacks and attacks[0]["source"] is not None and "مسلحين" in attacks[0]["source"]["text"], attacks


def test_an_arabic_plural_verb_does_not_take_the_victims_as_its_doer() -> None:
    text = "قتل ثلاثة جنود عندما هاجموا مواقع المسلحين في الجبل."
    for attack in _events(text, "ar", "ASSAULT"):
        assert attack["source"] is None or "جنود" not in attack["source"]["text"], attack


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("ووقعت السعودية وفرنسا اتفاقية للتعاون العسكري في باريس أمس.", "ar", "السعودية", "فرنسا"),
        ("France and Chad signed a defence agreement in N'Djamena on Monday.", "en", "France", "Chad"),
    ],
)
def test_a_coordinated_pair_signing_an_agreement_are_its_two_parties(
    text: str, lang: str, first: str, second: str
) -> None:
    (agreement,) = _events(text, lang, "SUPPORT")
    assert agreement["source"] is not None and first in agreement["source"]["text"], agreement
    assert agreement["target"] is not None and second in agreement["target"]["text"], agreement


def test_an_arabic_name_after_the_preposition_li_keeps_its_article_as_name() -> None:
    text = "وقصفت طائرات التحالف تجمعات للحوثيين في محافظة تعز."
    (attack,) = _events(text, "ar", "ASSAULT")
    target = attack["target"]
    assert target is not None and target["name"] == "الحوثيين", target
    assert text[target["start"] : target["end"]] == target["text"]
