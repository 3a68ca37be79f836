"""Events whose trigger is split or whose frame is only its target, in our own sentences: an Arabic verb and its
object noun with the subject between them (فتح مسلحون النار, توصلت موسكو وباماكو إلى اتفاق), an attack noun whose
marked target is a place (the attack on Kidal, l'attaque contre Ménaka, нападение на деревню), and the other
senses of the same words (a road opened, a finding reached, a politician's attack on a rival)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _plover_types(text: str, language: str) -> list[str]:
    doc = analyze_text(text, language=language)
    return [e.attrs["type"] for e in doc.layer("events") if not e.attrs.get("extension")]


def _events(text: str, language: str) -> list[dict]:
    doc = analyze_text(text, language=language)
    return [e.attrs for e in doc.layer("events") if not e.attrs.get("extension")]


EVENTS = [
    # the subject stands between the verb and its object
    ("ar", "فتح مسلحون مجهولون النار على دورية للشرطة قرب مدينة غاو مساء السبت.", "ASSAULT"),
    ("ar", "وفتحت عناصر مسلحة النيران على حافلة للركاب عند مدخل القرية.", "ASSAULT"),
    ("ar", "وتوصلت موسكو وباماكو الأسبوع الماضي إلى اتفاق جديد للتعاون العسكري.", "SUPPORT"),
    # an attack noun with its target marked after it: a named place, or a settlement before the name
    ("en", "The attack on Kidal killed no one, the governor said.", "ASSAULT"),
    ("en", "Survivors described the assault on the village of Solenzo to reporters.", "ASSAULT"),
    ("fr", "L'attaque contre Ménaka a été repoussée dans la matinée.", "ASSAULT"),
    ("fr", "La double attaque de Niamey a surpris les habitants.", "ASSAULT"),
    ("ru", "Нападение на деревню унесло жизни двадцати человек.", "ASSAULT"),
]

TRAPS = [
    # opening a door, a road or a file; a fire put out is no gunfire opened
    ("ar", "فتح الوزير باب الحوار مع النقابات بعد إخماد النار في المصنع.", "ASSAULT"),
    ("ar", "فتحت البلدية الطريق أمام السيارات بعد إطفاء النيران.", "ASSAULT"),
    # reaching a finding or an identity is no agreement, nor is reaching one as an aim
    ("ar", "توصلت الشرطة إلى هوية الجاني بعد أسبوع من التحقيق.", "SUPPORT"),
    ("ar", "وتسعى الأطراف للتوصل إلى اتفاق قبل نهاية الشهر.", "SUPPORT"),
    # an attack on a person or a policy, not on a place
    ("en", "The minister's attack on the opposition dominated the debate.", "ASSAULT"),
    ("fr", "Son attaque contre le gouvernement a surpris les députés.", "ASSAULT"),
    # a place named further on, not as the target right after the noun
    ("fr", "L'offensive de charme de Paris auprès des capitales africaines se poursuit.", "ASSAULT"),
]


@pytest.mark.parametrize(("language", "text", "plover_type"), EVENTS)
def test_split_trigger_or_marked_place_target_is_an_event(language: str, text: str, plover_type: str) -> None:
    assert plover_type in _plover_types(text, language)


@pytest.mark.parametrize(("language", "text", "plover_type"), TRAPS)
def test_other_sense_is_no_event_of_that_type(language: str, text: str, plover_type: str) -> None:
    assert plover_type not in _plover_types(text, language)


def test_the_subject_between_verb_and_object_is_the_source() -> None:
    (event,) = _events("فتح مسلحون مجهولون النار على دورية للشرطة قرب مدينة غاو مساء السبت.", "ar")
    assert event["source"]["text"].startswith("مسلحون")
    assert event["target"]["text"].startswith("دورية")


MORE_VERBS = [
    ("en", "Militants overran an army outpost near Djibo before dawn.", "ASSAULT"),
    ("en", "A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday.", "ASSAULT"),
    ("fr", "Des hommes armés ont abattu deux gendarmes à Dori.", "ASSAULT"),
]


@pytest.mark.parametrize(("language", "text", "plover_type"), MORE_VERBS)
def test_overrunning_suicide_bombing_and_shooting_dead_are_attacks(
    language: str, text: str, plover_type: str
) -> None:
    assert plover_type in _plover_types(text, language)


def test_a_hunter_shooting_game_is_no_attack() -> None:
    assert _plover_types("Le chasseur a abattu un sanglier dans la forêt.", "fr") == []


# Paragraphs of other news between the attack and its later mention (more than a few sentences apart).
_FILLER_FR = (
    " Le gouvernement a par ailleurs présenté son budget pour l'année prochaine, qui prévoit une hausse des"
    " dépenses d'éducation et de santé. Les enseignants réclament depuis des mois une revalorisation de leurs"
    " salaires et des classes moins chargées. Les syndicats ont salué ces annonces tout en restant prudents."
    " La saison des pluies a commencé tôt cette année dans le sud du pays, au grand soulagement des"
    " agriculteurs. Les prix des céréales devraient baisser sur les marchés de la capitale d'ici la fin du mois."
)


def test_a_definite_attack_mention_paragraphs_later_refers_back_to_the_attack() -> None:
    text = "Des jihadistes ont attaqué un poste de l'armée près de Djibo lundi." + _FILLER_FR
    text += " Cette attaque est la troisième dans la région depuis janvier."
    events = _events(text, "fr")
    assert [e["type"] for e in events] == ["ASSAULT", "ASSAULT"]
    # the later mention names no attacker: it takes none from the first event
    assert events[1].get("source") is None


def test_an_indefinite_attack_noun_paragraphs_later_is_no_mention() -> None:
    text = "Des jihadistes ont attaqué un poste de l'armée près de Djibo lundi." + _FILLER_FR
    text += " Une attaque informatique a visé le site du ministère."
    assert [e["type"] for e in _events(text, "fr")] == ["ASSAULT"]


def test_a_definite_attack_noun_with_no_attack_told_before_is_no_event() -> None:
    assert _plover_types(_FILLER_FR + " Cette attaque intervient dans un contexte tendu.", "fr") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A delegation from Chad visited Moscow on Thursday."),
        ("ar", "زار وفد من مالي العاصمة الروسية موسكو الأسبوع الماضي."),
    ],
)
def test_a_country_delegation_visiting_a_city_abroad_is_a_meeting(language: str, text: str) -> None:
    assert "CONSULT" in _plover_types(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a fair or a hospital visited, and a visit at home, are no meeting of two parties
        ("en", "A delegation from Chad visited the book fair in Cairo."),
        ("ar", "زار وفد من وزارة الصحة مستشفى الملك فهد في جدة."),
        ("en", "Tourists from Germany visited Marrakech last summer."),
    ],
)
def test_a_delegation_at_a_fair_or_at_home_is_no_meeting(language: str, text: str) -> None:
    assert "CONSULT" not in _plover_types(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة ملغومة صباح اليوم قرب مدخل مطار كابول.",
        "وأوضح المصدر أن الانفجار الذي وقع في بغداد نتج عن عبوة ناسفة زرعت على جانب الطريق.",
    ],
)
def test_an_explosion_with_its_bomb_named_is_an_attack(text: str) -> None:
    assert "ASSAULT" in _plover_types(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        # a gas cylinder, a water pipe, a tyre; a bomb defused
        "انفجرت أسطوانة غاز في مطعم بحي الروضة في الرياض دون إصابات.",
        "أدى انفجار أنبوب مياه في جدة إلى غرق الشارع.",
        "انفجر إطار الشاحنة على طريق مكة السريع.",
        "تمكنت الفرق المختصة من تفكيك عبوة ناسفة قرب المسجد في القطيف.",
    ],
)
def test_an_explosion_with_no_bomb_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _plover_types(text, "ar")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Coalition warplanes hit rebel positions near Hodeidah overnight."),
        ("en", "Militiamen executed some forty villagers in Diallassagou, witnesses said."),
        ("fr", "Les rebelles affirment avoir abattu un hélicoptère de l'armée près de Kidal."),
    ],
)
def test_a_target_hit_or_people_executed_by_a_force_is_an_attack(language: str, text: str) -> None:
    assert "ASSAULT" in _plover_types(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices hit a record high on Monday in London.",
        "Inflation has hit the army's budget in Mali.",
        "The ministry executed the plan to build schools in Niger.",
    ],
)
def test_a_record_hit_or_a_plan_executed_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _plover_types(text, "en")


def test_a_title_before_a_delegation_is_the_hosts_not_the_guests() -> None:
    # the only named party is the delegation's country; the president who receives it is the other party
    assert "CONSULT" in _plover_types("استقبل الرئيس المالي وفدا من روسيا صباح اليوم.", "ar")
