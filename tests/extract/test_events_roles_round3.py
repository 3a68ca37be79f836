"""Event roles, third round: a person after the body or place that ends his title, a Russian passive's doer."""

from __future__ import annotations

import pytest
from event_roles import role_text

from rasid.extract import analyze_text


def _one(text: str, lang: str, plover: str) -> dict:
    doc = analyze_text(text, language=lang)
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    events = [e for e in events if e["type"] == plover and not e.get("extension")]
    assert len(events) == 1, events
    return events[0]


def test_person_met_after_the_place_in_his_title() -> None:
    # the one met is the doctor named after his title, not the city that title ends with
    event = _one(
        "التقى مدير عام التعليم بمنطقة تبوك خالد بن سعد العنزي اليوم , بالمدير الطبي لمستشفى الملك خالد بتبوك "
        "الدكتور فهد بن ناصر القحطاني .",
        "ar",
        "CONSULT",
    )
    assert "فهد" in (role_text(event["target"]) or "")
    assert "خالد" in (role_text(event["source"]) or "")


def test_place_met_stays_target_with_no_person_after() -> None:
    event = _one("التقى وزير الخارجية فيصل بن فرحان في الرياض بوفد من ماليزيا .", "ar", "CONSULT")
    assert role_text(event["target"]) != "فيصل بن فرحان"


@pytest.mark.parametrize(
    ("sentence", "doer", "patient"),
    [
        ("Российские военные были обстреляны боевиками в Мали.", "боевик", "военные"),
        ("Малийские солдаты были атакованы террористами вблизи Гао.", "террорист", "солдаты"),
    ],
)
def test_russian_passive_doer_in_the_instrumental(sentence: str, doer: str, patient: str) -> None:
    event = _one(sentence, "ru", "ASSAULT")
    assert doer in (role_text(event["source"]) or "")
    assert patient in (role_text(event["target"]) or "")


def test_russian_active_object_is_no_doer() -> None:
    # no passive: the noun after the verb is what was hit, whatever its ending
    event = _one("Боевики обстреляли колонну малийской армии под Гао.", "ru", "ASSAULT")
    assert "колонн" in (role_text(event["target"]) or "")


@pytest.mark.parametrize(
    ("sentence", "lang", "defender", "doer"),
    [
        (
            "Les soldats nigériens ont repoussé une attaque des jihadistes près de Tillabéri.",
            "fr",
            "soldats",
            "jihadistes",
        ),
        ("Les militaires ont affirmé avoir repoussé l'embuscade.", "fr", "militaires", None),
        ("Malian troops repelled an assault by JNIM fighters near Mopti.", "en", "troops", "JNIM"),
        ("Нигерские военные отразили нападение боевиков у границы.", "ru", "военные", "боевик"),
    ],
)
def test_who_repels_an_attack_is_its_target(
    sentence: str, lang: str, defender: str, doer: str | None
) -> None:
    events = [e.to_dict()["attrs"] for e in analyze_text(sentence, language=lang).layer("events")]
    attack = next(
        e for e in events if e["type"] == "ASSAULT" and e["trigger"][:3] in ("att", "emb", "ass", "нап")
    )
    assert defender in (role_text(attack["target"]) or "")
    if doer is None:
        assert attack["source"] is None
    else:
        assert doer in (role_text(attack["source"]) or "")


def test_attacker_before_an_attack_verb_stays_source() -> None:
    event = _one("Des jihadistes ont attaqué un poste de l'armée malienne près de Gao.", "fr", "ASSAULT")
    assert "jihadistes" in (role_text(event["source"]) or "")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("لقي ستة أشخاص مصرعهم، بينهم مدنيون وعناصر أمن، في هجوم استهدف قافلة قرب غاو.", "ar"),
        (
            "L'embuscade a fait la mort de sept personnes, dont des soldats et des gendarmes, près de Gao.",
            "fr",
        ),
    ],
)
def test_the_dead_listed_after_among_them_are_no_attacker(sentence: str, lang: str) -> None:
    event = _one(sentence, lang, "ASSAULT")
    assert event["source"] is None, event["source"]


def test_his_visit_is_paid_by_the_person_just_named() -> None:
    text = (
        "أكد وزير الصحة الدكتور خالد بن عبدالله الفالح أهمية التعاون بين القطاعات الصحية. "
        "جاء ذلك خلال زيارته صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك."
    )
    doc = analyze_text(text, language="ar")
    visits = [
        e.attrs for e in doc.layer("events") if e.attrs["type"] == "CONSULT" and not e.attrs.get("extension")
    ]
    assert len(visits) == 1, visits
    assert "خالد" in (role_text(visits[0]["source"]) or "")
    assert "فهد" in (role_text(visits[0]["target"]) or "")


def test_a_visit_with_no_possessive_takes_no_earlier_person() -> None:
    text = (
        "أكد وزير الصحة الدكتور خالد بن عبدالله الفالح أهمية التعاون بين القطاعات الصحية. "
        "وتأتي الزيارة الرسمية لأمير منطقة تبوك الأمير فهد بن سلطان بن عبدالعزيز في إطار التعاون."
    )
    doc = analyze_text(text, language="ar")
    for event in doc.layer("events"):
        source = event.attrs["source"]
        assert source is None or source.get("via") != "possessor"


@pytest.mark.parametrize(
    ("sentence", "lang", "office"),
    [
        (
            "Le ministre Jean Dupont a négocié avec les ministres de la défense du Tchad à Paris.",
            "fr",
            "ministres",
        ),
        ("Президент Владимир Путин провел переговоры с малийским коллегой в Москве.", "ru", "коллегой"),
        ("Foreign Minister Sergei Lavrov held talks with Malian leaders in Moscow.", "en", "leaders"),
    ],
)
def test_a_party_met_by_office_is_the_target(sentence: str, lang: str, office: str) -> None:
    event = _one(sentence, lang, "CONSULT")
    assert office in (role_text(event["target"]) or "")


def test_a_country_met_with_no_office_stays_the_target() -> None:
    event = _one("Le ministre Jean Dupont a négocié avec le Tchad à Paris.", "fr", "CONSULT")
    assert role_text(event["target"]) == "Tchad"


@pytest.mark.parametrize(
    ("sentence", "lang", "hit"),
    [
        (
            "قتل ثلاثة جنود في هجوم شنه مسلحون مجهولون على مركز تفتيش، وفق ما ذكر محافظ المنطقة.",
            "ar",
            "مركز تفتيش",
        ),
        ("هاجم مسلحون مقر الشرطة، حسب ما أعلن الجيش.", "ar", "مقر الشرطة"),
    ],
)
def test_what_stands_before_according_to_is_no_speaker(sentence: str, lang: str, hit: str) -> None:
    event = _one(sentence, lang, "ASSAULT")
    assert role_text(event["target"]) == hit


def test_a_speaker_right_before_his_verb_is_still_no_party() -> None:
    event = _one("هاجم مسلحون قافلة للجيش قرب غاو، والجيش أعلن مقتل جنديين.", "ar", "ASSAULT")
    assert "مسلحون" in (role_text(event["source"]) or "")


def test_what_stands_before_an_inverted_attribution_is_no_speaker() -> None:
    event = _one(
        "Les jihadistes ont lancé l'attaque contre le camp de Mopti, a indiqué l'armée.", "fr", "ASSAULT"
    )
    assert "camp" in (role_text(event["target"]) or "")


@pytest.mark.parametrize(
    ("sentence", "lang", "claimed"),
    [
        (
            "Ни одна экстремистская группировка не взяла на себя ответственность за нападение на базу.",
            "ru",
            False,
        ),
        ("Aucun groupe jihadiste n'a revendiqué l'attaque contre le camp de Gao.", "fr", False),
        ("Le JNIM a revendiqué l'attaque contre le camp de Gao.", "fr", True),
    ],
)
def test_a_denied_claim_names_no_attacker(sentence: str, lang: str, claimed: bool) -> None:
    event = _one(sentence, lang, "ASSAULT")
    assert (event["source"] is not None) is claimed, event["source"]


def test_a_denied_claim_takes_no_parties_from_the_attack_before() -> None:
    text = (
        "Des jihadistes ont attaqué un camp de l'armée malienne près de Gao. "
        "Aucun groupe jihadiste n'a revendiqué cette attaque."
    )
    attacks = [
        e.attrs for e in analyze_text(text, language="fr").layer("events") if e.attrs["type"] == "ASSAULT"
    ]
    later = [e for e in attacks if e["trigger_start"] > text.index("Aucun")]
    assert later and later[0]["source"] is None and later[0]["target"] is None, later


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("شنت الطائرات الحربية غارات على محيط العاصمة السورية دمشق.", "دمشق"),
        ("وكانت الطائرات قصفت مدينة تلبيسة معقل المسلحين.", "تلبيسة"),
    ],
)
def test_a_place_after_its_head_words_is_the_place_hit(sentence: str, hit: str) -> None:
    attacks = [
        e.attrs for e in analyze_text(sentence, language="ar").layer("events") if e.attrs["type"] == "ASSAULT"
    ]
    assert any(role_text(a["target"]) == hit for a in attacks), attacks


def test_a_direction_before_a_country_still_says_where() -> None:
    event = _one("قتل عشرة جنود في هجوم وسط مالي.", "ar", "ASSAULT")
    assert event["source"] is None or role_text(event["source"]) != "مالي"
