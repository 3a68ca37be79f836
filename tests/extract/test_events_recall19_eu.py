"""Round-19 event recall on English and French news, in our own sentences: clashes called "heurts", missiles or
drones fired (a tiré des missiles, tirs de missiles), the passive with its doer named (killed by, tués par: the
doer is the source; "were killed on Saturday by suspected jihadists", "tués lundi par des éléments de l'EI"), the headline present (militants kill 10 soldiers), "opening fire", "capturing", a town taken
(pris la ville); a strike or raid of a state named by its adjective (Israeli strikes, des frappes américaines) or
on a town (a strike on Kharkiv); meetings in the plural, calls by telephone, an official's journey (arrived in,
s'est rendu à); and the other senses of those words (lessons drawn, a car accident, a threat warned of, a man
made guilty)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _events(text: str, language: str) -> list[tuple[str, str]]:
    doc = analyze_text(text, language=language)
    return [(e.label, e.attrs["trigger"]) for e in doc.layer("events") if not e.attrs.get("extension")]


CODED = [
    ("fr", "Des heurts entre deux brigades ont éclaté mardi soir près du port.", "attack"),
    ("fr", "Les rebelles ont tiré plusieurs missiles contre la base aérienne dimanche.", "attack"),
    ("fr", "La milice a annoncé des tirs de drones contre deux navires.", "attack"),
    ("fr", "Cinq gendarmes ont été tués par des hommes armés près de la frontière.", "attack"),
    ("fr", "Les forces gouvernementales disent avoir pris la ville de Tessit jeudi.", "recapture"),
    ("fr", "Des frappes israéliennes ont touché un immeuble du quartier lundi.", "attack"),
    ("fr", "Une frappe sur Kharkiv a endommagé une centrale électrique.", "attack"),
    ("fr", "Le ministre malien Abdoulaye Diop s'est rendu à Moscou mardi.", "meeting"),
    ("en", "Rebel fighters kill 12 villagers in raid on the market", "attack"),
    ("en", "Four policemen were killed by gunmen near the checkpoint on Friday.", "attack"),
    # the passive with its armed doer a few words after it
    ("fr", "Une vingtaine de bergers ont été tués samedi soir par des jihadistes près du puits.", "attack"),
    ("en", "Nine herders were killed on Saturday by suspected jihadists near the well.", "attack"),
    ("en", "The army responded by opening fire on the boats near the coast.", "attack"),
    ("en", "The rebels advanced on Sunday, capturing two villages and a bridge.", "attack"),
    ("en", "Israeli strikes hit a hospital compound in the north on Monday.", "attack"),
    ("en", "A strike on Kharkiv damaged a power station overnight.", "attack"),
    # fire aimed at a ship with only the projectile named; a headquarters stormed
    ("en", "The agency received a report of a projectile fired at a tanker off the coast.", "attack"),
    ("en", "Rebel fighters assaulted the police headquarters for a second day.", "attack"),
    ("en", "Envoy John Carter held meetings with President Amadou Sall on Friday.", "meeting"),
    (
        "en",
        "President Amadou Sall spoke by telephone with President Recep Tayyip Erdogan on Monday.",
        "meeting",
    ),
    ("en", "The Foreign Minister of Chad arrived in Russia on Tuesday for a two-day stay.", "meeting"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CODED)
def test_event_is_coded(language: str, text: str, expected: str) -> None:
    assert expected in [label for label, _ in _events(text, language)]


OTHER_SENSES = [
    # lessons drawn, a man killed by a car, a threat warned of: no attack
    ("fr", "Le gouvernement a tiré les leçons de la crise de l'an dernier.", "attack"),
    ("fr", "Un piéton a été tué par une voiture sur la route de Kayes.", "attack"),
    ("en", "Two people were killed, according to a report by the ministry of health.", "attack"),
    ("en", "The coach was accused of having sexually assaulted a player.", "attack"),
    ("en", "The embassy warns of a possible terror threat targeting hotels in the capital.", "attack"),
    # a man who made himself guilty made no journey
    ("fr", "Le ministre s'est rendu coupable de détournement, selon le tribunal.", "meeting"),
    # troops who arrive are deployed, no visit
    ("en", "French troops arrived in Gao on Monday.", "meeting"),
]


@pytest.mark.parametrize(("language", "text", "absent"), OTHER_SENSES)
def test_other_sense_is_not_coded(language: str, text: str, absent: str) -> None:
    assert absent not in [label for label, _ in _events(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "doer", "victims"),
    [
        ("en", "Four policemen were killed by gunmen near the checkpoint on Friday.", "gunmen", "policemen"),
        (
            "fr",
            "Cinq gendarmes ont été tués par des hommes armés près de la frontière.",
            "hommes armés",
            "gendarmes",
        ),
        (
            "fr",
            "Dix civils ont été tués lundi par des éléments de l'Etat islamique près du puits.",
            "Etat islamique",
            "civils",
        ),
        (
            "en",
            "Nine villagers were killed on Saturday by suspected jihadists near the well.",
            "jihadists",
            "villagers",
        ),
    ],
)
def test_the_actor_after_killed_by_did_it(language: str, text: str, doer: str, victims: str) -> None:
    doc = analyze_text(text, language=language)
    (attack,) = [e for e in doc.layer("events") if e.label == "attack"]
    assert doer in attack.attrs["source"]["text"]
    assert victims in attack.attrs["target"]["text"]
