"""Round-26 event recall in French and English, in our own sentences. French attack verbs the lexicon lacked: the
feminine of a clash (des milices se sont affrontées), people executed and missiles launched (each only with the
civilians or the projectile next to the verb: not a plan executed, a campaign launched), a military operation aimed
at a side; and a strike during which people were killed in the feminine (personnes tuées lors de frappes) meets the
frame of violence. Withdrawals told by the progressive (Wagner is leaving Mali) or by a force's mission ended
(ended its mission, a mis fin à sa mission, la fin de la mission de Barkhane); not a person leaving for a capital
or leaving office. A ship or a patrol hit by missiles or an improvised explosive device was attacked (not a
region hit by sanctions); tanks (chars, blindés) are a force deployed.
Gunfire (des tirs d'hommes armés) is an attack when no other attack word of its sentence codes it, not celebratory
gunfire; panic is what an attack sows, no medical sense that vetoes it (semer la panique). A force that replaces
another force (Africa Corps will replace Wagner, remplacer les soldats français) is deployed; not a junta that
replaces an army chief. Troops that took position in a town took ground (not a minister's stance in a debate); a
carnage is an attack (not the road carnage of a weekend)."""

from __future__ import annotations

from typing import Any

from rasid.extract import analyze_text


def _events(text: str, rasid_type: str, language: str) -> list[dict[str, Any]]:
    doc = analyze_text(text, language=language, published="2024-05-10")
    return [dict(e.attrs) for e in doc.layer("events") if e.attrs["rasid_type"] == rasid_type]


def _trigger(event: dict[str, Any]) -> str:
    trigger = event["trigger"]
    return str(trigger["text"] if isinstance(trigger, dict) else trigger)


def test_feminine_clash_is_an_attack() -> None:
    text = "Deux brigades rivales se sont affrontées mardi soir dans un quartier du nord de Gao."
    (event,) = _events(text, "attack", "fr")
    assert _trigger(event) == "affrontées"


def test_strike_in_which_women_were_killed_is_an_attack() -> None:
    text = "Trois femmes ont été tuées lors de frappes dans l'est du Tchad."
    (event,) = _events(text, "attack", "fr")
    assert _trigger(event) == "frappes"


def test_fighters_who_executed_civilians_attacked() -> None:
    text = "Les assaillants sont entrés dans le hameau et ont exécuté des civils devant l'école."
    (event,) = _events(text, "attack", "fr")
    assert _trigger(event) == "ont exécuté"


def test_plan_executed_is_no_attack() -> None:
    text = "L'armée a exécuté son plan de réorganisation des casernes en avril."
    assert _events(text, "attack", "fr") == []


def test_rockets_launched_at_a_town_are_an_attack() -> None:
    text = "Les rebelles ont lancé une dizaine de roquettes contre la ville de Tessalit."
    (event,) = _events(text, "attack", "fr")
    assert event["source"]["text"] == "rebelles"


def test_campaign_launched_by_the_army_is_no_attack() -> None:
    text = "L'armée a lancé une campagne de recrutement de jeunes soldats."
    assert _events(text, "attack", "fr") == []


def test_military_operation_aimed_at_a_camp_is_an_attack() -> None:
    text = (
        "Les forces spéciales ont mené une opération militaire visant un camp de jihadistes près de Ménaka."
    )
    assert len(_events(text, "attack", "fr")) == 1


def test_force_that_is_leaving_a_country_withdraws() -> None:
    text = "Wagner is leaving the Central African Republic, a diplomat told reporters."
    (event,) = _events(text, "withdrawal", "en")
    assert event["source"]["canonical"] == "Wagner Group"


def test_person_leaving_for_a_capital_is_no_withdrawal() -> None:
    text = "The army chief is leaving for Moscow on Monday."
    assert _events(text, "withdrawal", "en") == []


def test_force_that_ended_its_mission_withdraws() -> None:
    text = "The peacekeeping force ended its mission in the north of the country in June."
    (event,) = _events(text, "withdrawal", "en")
    assert _trigger(event) == "ended its mission"


def test_french_force_that_ended_its_mission_withdraws() -> None:
    text = "La force Barkhane a mis fin à sa mission au Mali à la fin de l'été."
    assert len(_events(text, "withdrawal", "fr")) == 1


def test_end_of_a_force_mission_is_a_withdrawal_but_not_a_mediators() -> None:
    assert (
        len(_events("La fin de la mission des casques bleus a commencé en juillet.", "withdrawal", "fr")) == 1
    )
    assert _events("La fin de la mission du médiateur est prévue en juillet.", "withdrawal", "fr") == []


def test_ship_hit_by_missiles_was_attacked() -> None:
    text = "The captain said the freighter was hit by two missiles south of the strait."
    (event,) = _events(text, "attack", "en")
    assert _trigger(event) == "hit by"


def test_patrol_hit_by_an_improvised_explosive_device_was_attacked() -> None:
    text = "A patrol returning to its base was hit by an improvised explosive device on Friday."
    assert len(_events(text, "attack", "en")) == 1


def test_region_hit_by_sanctions_was_not_attacked() -> None:
    text = "The region was hit by sanctions and a drought, the army spokesman said."
    assert _events(text, "attack", "en") == []


def test_tanks_deployed_in_a_district_are_a_deployment() -> None:
    text = "Des chars ont été déployés dans le quartier du port de Misrata."
    assert len(_events(text, "deployment", "fr")) == 1


def test_gunfire_of_armed_men_is_an_attack() -> None:
    text = "Des tirs d'hommes armés ont fait trois blessés dans le marché de Léré jeudi."
    (event,) = _events(text, "attack", "fr")
    assert _trigger(event) == "tirs"


def test_celebratory_gunfire_is_no_attack() -> None:
    text = "Des tirs de joie ont salué le retour des soldats dans la caserne de Sévaré."
    assert _events(text, "attack", "fr") == []


def test_gunfire_beside_fighting_adds_no_second_attack() -> None:
    text = "Des tirs nourris ont été entendus à Léré, où se poursuivent les combats entre l'armée et les rebelles."
    (event,) = _events(text, "attack", "fr")
    assert _trigger(event) == "combats"


def test_fighting_that_sows_panic_is_still_fighting() -> None:
    text = "Les rebelles ont semé la panique et les combats se poursuivent près du camp de Boni."
    assert len(_events(text, "attack", "fr")) == 1


def test_force_that_will_replace_another_is_deployed() -> None:
    text = "The Africa Corps will replace Wagner in the Central African Republic, an official said."
    (event,) = _events(text, "deployment", "en")
    assert event["source"]["canonical"] == "Africa Corps (Russia)"
    assert event["modality"] == "planned"


def test_french_force_that_replaces_soldiers_is_deployed() -> None:
    text = "Des paramilitaires russes vont remplacer les soldats français à Ménaka."
    assert len(_events(text, "deployment", "fr")) == 1


def test_army_chief_replaced_is_no_deployment() -> None:
    assert _events("The junta replaced the army chief of staff on Monday.", "deployment", "en") == []
    assert (
        _events("Le colonel a été remplacé par le général Keita à la tête de l'armée.", "deployment", "fr")
        == []
    )


def test_troops_that_took_position_in_a_town_took_ground() -> None:
    text = "Les soldats ont pris position dans la ville de Tessalit mardi matin."
    (event,) = _events(text, "recapture", "fr")
    assert _trigger(event) == "pris position dans"


def test_minister_who_took_a_stance_in_a_debate_took_no_ground() -> None:
    text = "Le ministre des Armées a pris position dans le débat sur la loi de programmation militaire."
    assert _events(text, "recapture", "fr") == []


def test_carnage_told_after_an_attack_is_one() -> None:
    text = "Des hommes armés ont attaqué un campement près de Ménaka. C'est un carnage qu'ils ont commis, dix civils tués."
    assert [_trigger(e) for e in _events(text, "attack", "fr")] == ["attaqué", "carnage"]


def test_road_carnage_is_no_attack() -> None:
    text = "Le carnage routier du week-end a fait dix morts sur la nationale, selon la gendarmerie."
    assert _events(text, "attack", "fr") == []
