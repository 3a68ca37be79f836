"""Event roles, thirteenth round: an attack laid on someone with a pronoun (نسبه إلى), a participle's agent
that is another noun's, a count before the adjectives of its actor, the subject of a clause reported with no
"that", a time between an actor and its mark, and the ل-genitive of an Arabic attack noun."""

from __future__ import annotations

import pytest
from event_roles import coded_attacks, role_text


@pytest.mark.parametrize(
    "text",
    [
        "وقال ضابط إن عدة أشخاص شاركوا في الهجوم الذي نسبه إلى متشددين.",
        "وتحدثت الصحف عن الكمين الذي نسبته السلطات إلى متشددين قرب الحدود.",
    ],
)
def test_an_attack_laid_on_someone_with_a_pronoun_names_its_attacker(text: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert "متشددين" in role_text(attack["source"])


def test_who_laid_the_attack_on_someone_is_not_read_as_its_attacker() -> None:
    # the authorities between the verb and "to" say it, they did not do it
    (attack,) = coded_attacks("وتحدثت الصحف عن الكمين الذي نسبته السلطات إلى متشددين قرب الحدود.", "ar")
    assert "السلطات" not in (role_text(attack["source"]) or "")


@pytest.mark.parametrize(
    ("text", "lang", "escort"),
    [
        ("Quatre gendarmes sont morts dans une attaque contre un convoi escorté par les FAMa.", "fr", "FAMa"),
        (
            "Two drivers died in an ambush on a convoy escorted by UN peacekeepers near Gao.",
            "en",
            "peacekeepers",
        ),
    ],
)
def test_the_agent_of_a_participle_after_another_noun_is_not_the_attacker(
    text: str, lang: str, escort: str
) -> None:
    (attack,) = coded_attacks(text, lang)
    assert escort not in (role_text(attack["source"]) or "")
    assert "convo" in role_text(attack["target"])


@pytest.mark.parametrize(
    ("text", "lang", "attacker"),
    [
        ("Le camp a été attaqué dans la nuit de samedi par des jihadistes venus à moto.", "fr", "jihadistes"),
        ("Une embuscade menée lundi par des terroristes a visé une patrouille.", "fr", "terroristes"),
    ],
)
def test_the_event_own_agent_stays_its_attacker(text: str, lang: str, attacker: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert attacker in role_text(attack["source"])


@pytest.mark.parametrize(
    "text",
    [
        "About 30 unidentified gunmen stormed a police station in the town on Monday.",
        "Local officials said some 30 heavily armed gunmen stormed a police station in the town.",
    ],
)
def test_a_counted_actor_before_a_verb_is_its_subject(text: str) -> None:
    (attack,) = coded_attacks(text, "en")
    assert "gunmen" in role_text(attack["source"])
    assert "police" in role_text(attack["target"])


def test_an_inverted_attribution_still_names_a_speaker() -> None:
    # "..., said the army": the army says it; it is no party to the attack
    (attack,) = coded_attacks("Gunmen attacked a checkpoint near the border overnight, said the army.", "en")
    assert "gunmen" in role_text(attack["source"]).lower()
    assert "army" not in role_text(attack["source"]).lower()


def test_counted_victims_before_an_attack_noun_are_no_attacker() -> None:
    text = "قتلت مجموعة من المسلحين ما لا يقل عن 9 جنود وجرحت آخرين في هجوم على دورية قرب الحدود."
    (attack,) = coded_attacks(text, "ar")
    assert "جنود" not in (role_text(attack["source"]) or "")


@pytest.mark.parametrize(
    "text",
    [
        "وقتل خمسة مدنيين في قصف للطيران الحربي على قرية حدودية.",
        "وقتل خمسة مدنيين في قصف في نهاية الأسبوع للطيران الحربي على قرية حدودية.",
        "وأصيب ثلاثة أشخاص في قصف مدفعي لقوات النظام على البلدة.",
    ],
)
def test_the_lam_genitive_of_an_arabic_attack_noun_is_its_attacker(text: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    source = role_text(attack["source"]) or ""
    assert "طيران" in source or "قوات" in source
    assert "مدنيين" not in source and "أشخاص" not in source


@pytest.mark.parametrize(
    "text",
    [
        "وذكر المركز أن القصف أصاب تجمعا للحوثيين قرب المحطة.",
        "وقالت المصادر إن الغارة دمرت عربات للمسلحين في المنطقة.",
    ],
)
def test_the_lam_of_another_noun_names_what_was_hit(text: str) -> None:
    for attack in coded_attacks(text, "ar"):
        source = role_text(attack["source"]) or ""
        assert "الحوثي" not in source and "مسلحين" not in source


def test_an_adjective_between_an_attack_noun_and_its_lam_genitive() -> None:
    (attack,) = coded_attacks("وقتل رضيع في هجوم دام لمتشددين على منزل في القرية.", "ar")
    assert "متشددين" in role_text(attack["source"])


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("وقتل ثلاثة مدنيين في الغارات الإسرائيلية على ريف المدينة.", "IL", "إسرائيل"),
        ("واستمر القصف السعودي على مواقع المسلحين قرب الحدود.", "SA", None),
        ("وقال المتحدث إن هذه الغارة الدفاعية الأميركية نفذت الجمعة.", "US", None),
    ],
)
def test_the_nisba_of_an_arabic_attack_noun_names_the_country_that_made_it(
    text: str, country: str, name: str | None
) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert attack["source"]["country"] == country
    assert attack["source"]["via"] == "nisba"
    if name:
        assert attack["source"]["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "وقتل رجل جراء قصف القوات الأوكرانية في وسط المدينة.",  # the nisba of the forces named after the noun
        "وأدان المجلس الهجوم الإرهابي على المسجد في المدينة.",  # a nisba that names no country
    ],
)
def test_a_nisba_that_is_no_attacking_country(text: str) -> None:
    for attack in coded_attacks(text, "ar"):
        assert (attack["source"] or {}).get("via") != "nisba"


@pytest.mark.parametrize(
    ("text", "lang", "attacker"),
    [
        ("وقال الجيش إن 300 من الانفصاليين هاجموا مواقع القوات الحكومية قرب البلدة.", "ar", "الانفصاليين"),
        ("Separatists shelled army positions near the port city overnight.", "en", "Separatists"),
        ("Des séparatistes ont attaqué un poste de l'armée près de la ville.", "fr", "séparatistes"),
    ],
)
def test_separatists_are_an_unnamed_armed_actor(text: str, lang: str, attacker: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert attacker in role_text(attack["source"])


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Six people were killed in Israeli strikes on the outskirts of the capital.", "en", "IL"),
        ("Plusieurs combattants ont été tués dans des frappes aériennes françaises près de Gao.", "fr", "FR"),
        ("Российские авиаудары поразили позиции боевиков под городом.", "ru", "RU"),
        ("Nigerian strikes hit a camp of the insurgents near the lake.", "en", "NG"),
        ("Nigerien strikes hit a camp of the insurgents near the border.", "en", "NE"),
    ],
)
def test_a_demonym_next_to_an_attack_noun_names_the_country_that_made_it(
    text: str, lang: str, country: str
) -> None:
    (attack,) = coded_attacks(text, lang)
    assert attack["source"]["country"] == country


def test_a_demonym_of_the_actor_named_is_no_second_doer() -> None:
    (attack,) = coded_attacks("The Malian army attack killed ten jihadists near the border.", "en")
    assert "army" in role_text(attack["source"])


def test_the_side_that_owns_military_positions_hit_is_the_target() -> None:
    (attack,) = coded_attacks(
        "L'aviation a frappé des positions militaires du JNIM près de la frontière.", "fr"
    )
    assert "JNIM" in role_text(attack["target"])


@pytest.mark.parametrize(
    ("text", "lang", "doer"),
    [
        ("وأعلن الجيش أنه قصف مواقع المسلحين قرب الحدود.", "ar", "الجيش"),
        ("وأعلنت قيادة التحالف أنها شنت غارات على مواقع الحوثيين.", "ar", "التحالف"),
        ("The army said it had struck militant camps near the border.", "en", "army"),
    ],
)
def test_a_speaker_that_reports_its_own_act_did_it(text: str, lang: str, doer: str) -> None:
    (attack,) = coded_attacks(text, lang)
    assert doer in role_text(attack["source"])


def test_a_speaker_reporting_another_actor_act_is_no_party() -> None:
    (attack,) = coded_attacks("وأعلن الجيش أن المسلحين قصفوا مواقع للقوات قرب الحدود.", "ar")
    assert "الجيش" not in (role_text(attack["source"]) or "")
