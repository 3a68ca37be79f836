"""Deployments, withdrawals and attacks in French, English and Russian news, in our own sentences: the inflected
verbs and the nouns that report them (arrivées, вывод войск, нападения), the forces that meet their frame (Africa
Corps, contingents, бойцы), triggers that need no frame word (an ambush, shelling), and the other senses of the
same words (a starting point, sick leave, a conclusion drawn, a casualty tally)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _plover_types(text: str, language: str) -> list[str]:
    doc = analyze_text(text, language=language)
    return [e.attrs["type"] for e in doc.layer("events") if not e.attrs.get("extension")]


EVENTS = [
    # deployments: a named corps, a contingent, fighters sent or redeployed
    (
        "fr",
        "Plusieurs centaines d'hommes de l'Africa Corps ont été dépêchés à Ouagadougou en janvier.",
        "MOBILIZE",
    ),
    ("fr", "Paris envoie des renforts au Tchad après la chute de la base.", "MOBILIZE"),
    ("en", "Moscow has deployed a first contingent of Africa Corps personnel to Niamey.", "MOBILIZE"),
    ("en", "Some 200 marines are arriving in Djibouti this week.", "MOBILIZE"),
    ("fr", "Des soldats russes ont été déployés au Niger en avril.", "MOBILIZE"),
    ("en", "Moscow deployed troops in Mali in late 2021.", "MOBILIZE"),
    ("ru", "В Бамако прибыли бойцы Африканского корпуса.", "MOBILIZE"),
    ("ru", "Подразделения ЧВК были переброшены в Ливию весной.", "MOBILIZE"),
    ("ru", "После прихода ЧВК в Бамако ситуация изменилась.", "MOBILIZE"),
    # a force taking over from another is deployed
    ("fr", "Les paramilitaires russes ont pris le relais de la Minusma à Tombouctou.", "MOBILIZE"),
    ("en", "Russian paramilitary units took over from the French at Gossi.", "MOBILIZE"),
    # withdrawals: leaving a country, a departure, a pull-out in every form
    ("fr", "Les derniers soldats de la mission quitteront Gao avant la fin du mois.", "RETREAT"),
    ("fr", "Le départ des troupes étrangères de Tombouctou s'est achevé dimanche.", "RETREAT"),
    ("en", "American forces will leave Agadez by the end of the summer.", "RETREAT"),
    ("en", "Wagner fighters are pulling out of Bangui after five years.", "RETREAT"),
    ("ru", "Вывод французского контингента из Чада завершен.", "RETREAT"),
    ("ru", "Американские военные покидают базу в Агадесе.", "RETREAT"),
    # attacks: killings, abductions, storming, an ambush or shelling with no force word near
    ("fr", "Des hommes armés ont enlevé deux enseignants près de Dori.", "ASSAULT"),
    ("fr", "Des assaillants ont pris d'assaut le poste de Koutougou.", "ASSAULT"),
    ("fr", "L'armée a neutralisé une vingtaine de terroristes près de Djibo.", "ASSAULT"),
    ("en", "Gunmen stormed a hotel in Bamako on Friday.", "ASSAULT"),
    ("en", "Jihadists kidnapped three aid workers near Menaka.", "ASSAULT"),
    ("ru", "Боевики убили восемь жителей деревни под Гао.", "ASSAULT"),
    ("ru", "Радикалы похитили двух инженеров в Мопти.", "ASSAULT"),
    ("ru", "Обстрел лагеря в Мали продолжался всю ночь.", "ASSAULT"),
    ("ru", "В ходе боев за Анефис погибли повстанцы.", "ASSAULT"),
    ("fr", "Le poste de Kantchari a été pris pour cible par des hommes armés.", "ASSAULT"),
    ("fr", "Un véhicule de l'armée a sauté sur une mine près de Gao.", "ASSAULT"),
    ("ru", "Перестрелка у Менаки длилась два часа.", "ASSAULT"),
    ("fr", "L'armée dit avoir infligé de lourdes pertes aux rebelles près d'Anéfis.", "ASSAULT"),
    ("en", "Houthi forces fired missiles at a tanker off Hodeidah.", "ASSAULT"),
    ("fr", "Les combats se poursuivent autour de Léré.", "ASSAULT"),
    ("fr", "La Minusma a achevé son retrait de Tessalit.", "RETREAT"),
    ("en", "The withdrawal of US personnel from the Agadez base was completed on Monday.", "RETREAT"),
]

TRAPS = [
    # another sense of the same words, or a tally with no act told
    ("fr", "Le point de départ des troupes de théâtre était Lyon.", "RETREAT"),
    ("fr", "Une cinquantaine de terroristes neutralisés, selon le bilan de l'armée.", "ASSAULT"),
    ("fr", "Le gouvernement veut déployer des efforts pour les soldats blessés.", "MOBILIZE"),
    ("en", "The soldier is on leave in Paris until May.", "RETREAT"),
    ("en", "The team deployed the app to the army's servers.", "MOBILIZE"),
    ("ru", "Военные эксперты пришли к выводу, что армия устала.", "RETREAT"),
    ("ru", "Военные медики обеспечили уход за ранеными в Бамако.", "RETREAT"),
    # a withdrawal demanded or ordered by someone else is a request or an expulsion, not the withdrawal
    ("en", "The junta ordered the American troops to withdraw from Niamey.", "RETREAT"),
    ("fr", "Les manifestants ont exigé le départ des soldats étrangers de Gao.", "RETREAT"),
    ("ru", "Хунта потребовала вывода французских войск из Ниамея.", "RETREAT"),
    # a standing presence is no deployment
    ("en", "Some 1,200 Italian troops are still deployed in Niamey.", "MOBILIZE"),
    ("fr", "Près de mille soldats allemands sont toujours déployés à Gao.", "MOBILIZE"),
    ("en", "About 300 German soldiers stationed in Niamey guard the airport.", "MOBILIZE"),
    # a participle after the force and before a place says where it stands
    ("fr", "Les derniers soldats belges déployés au Niger ont été rapatriés.", "MOBILIZE"),
    ("ru", "Российские военные, развернутые в Мали, охраняют аэропорт.", "MOBILIZE"),
    # a message sent, measures aimed at, leaving office or for a trip, a habit, an illness or a car that kills
    ("fr", "Le gouvernement envoie un message clair aux soldats du front.", "MOBILIZE"),
    ("ru", "Меры, направленные на поддержку армии, приняты правительством.", "MOBILIZE"),
    ("fr", "Le chef d'état-major a quitté ses fonctions en mars.", "RETREAT"),
    ("en", "The defence minister will leave for Ankara with a military delegation.", "RETREAT"),
    ("en", "Troops leave the camp every morning for patrols.", "RETREAT"),
    ("ru", "Уходящий год был трудным для армии.", "RETREAT"),
    ("fr", "Le paludisme a tué plus de soldats que les combats cette année.", "ASSAULT"),
    ("ru", "Военный грузовик сбил пешехода в Гао.", "ASSAULT"),
    ("fr", "Le projet de budget a été pris pour cible par les critiques.", "ASSAULT"),
    ("en", "Bamako sent a letter to the UN asking the peacekeepers to leave.", "RETREAT"),
    # coming to power is a coup, no deployment
    ("ru", "После прихода военных к власти в Бамако ЧВК усилила позиции.", "MOBILIZE"),
    ("fr", "Depuis l'arrivée des militaires au pouvoir à Niamey, la junte a changé d'alliés.", "MOBILIZE"),
]


@pytest.mark.parametrize(("language", "text", "plover_type"), EVENTS)
def test_deployment_withdrawal_and_attack_are_coded(language: str, text: str, plover_type: str) -> None:
    assert plover_type in _plover_types(text, language)


@pytest.mark.parametrize(("language", "text", "plover_type"), TRAPS)
def test_other_sense_or_tally_is_no_event_of_that_type(language: str, text: str, plover_type: str) -> None:
    assert plover_type not in _plover_types(text, language)


def test_an_attack_with_fighters_named_but_no_party_resolved_is_an_event() -> None:
    text = "Les soldats ont perdu trois hommes en repoussant une attaque de jihadistes dans la nuit."
    assert "ASSAULT" in _plover_types(text, "fr")


def test_an_attack_noun_with_no_fighter_party_or_place_is_no_event() -> None:
    assert _plover_types("Cette attaque intervient dans un contexte tendu.", "fr") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Российские военные прибыли в Ниамей для обучения местной армии."),
        ("en", "Russian soldiers arrived in Bamako to train the Malian army."),
    ],
)
def test_forces_sent_to_train_an_army_are_a_training_mission(language: str, text: str) -> None:
    types = _plover_types(text, language)
    assert "AID" in types and "MOBILIZE" not in types


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le retrait de la Belgique du Tchad a été annoncé mardi."),
        ("en", "Germany's withdrawal from Mali ended in December."),
        ("ru", "Вывод Германии из Мали завершился в декабре."),
    ],
)
def test_a_withdrawal_noun_owned_by_a_country_is_a_withdrawal(language: str, text: str) -> None:
    assert "RETREAT" in _plover_types(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le retrait du Niger de la CEDEAO a pris effet en janvier."),
        ("en", "The withdrawal of Mali from the G5 Sahel surprised Nouakchott."),
        ("fr", "Le retrait de la Belgique de l'accord commercial a surpris Dakar."),
        ("en", "The president left Paris for Algiers on Monday."),
    ],
)
def test_leaving_a_bloc_an_agreement_or_a_city_is_no_withdrawal(language: str, text: str) -> None:
    assert "RETREAT" not in _plover_types(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The defence minister arrives in Bamako on Tuesday to meet army chiefs."),
        ("ru", "Министр обороны прибыл в Ниамей для встречи с военными."),
        ("ar", "وصل وزير الدفاع إلى باماكو برفقة قادة الجيش."),
    ],
)
def test_an_official_who_arrives_is_on_a_visit_not_deployed(language: str, text: str) -> None:
    assert "MOBILIZE" not in _plover_types(text, language)


def test_soldiers_who_arrive_to_protect_an_official_are_deployed() -> None:
    assert "MOBILIZE" in _plover_types(
        "Russian troops arrived in Ouagadougou to protect the president.", "en"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les derniers casques bleus quitteront Tessalit avant la fin du mois."),
        ("ru", "Немцы выведут своих военных из Ниамея до августа."),
    ],
)
def test_a_future_withdrawal_verb_is_planned(language: str, text: str) -> None:
    doc = analyze_text(text, language=language)
    withdrawals = [e.attrs for e in doc.layer("events") if e.attrs["type"] == "RETREAT"]
    assert withdrawals and withdrawals[0]["modality"] == "planned"


def test_a_claimed_attack_is_asserted() -> None:
    # LABELS.md: "le JNIM a revendiqué l'attaque" asserts the attack; the claim is about who did it
    doc = analyze_text("Le JNIM a revendiqué l'attaque contre le camp militaire de Djibo.", language="fr")
    attacks = [e.attrs for e in doc.layer("events") if e.attrs["type"] == "ASSAULT"]
    assert attacks and attacks[0]["modality"] == "asserted"
