"""Round-18 event recall on English news, in our own sentences: a veto word listed under one Latin language only
(the French sports word "but") does not act in a document of the other (the English conjunction "but" no longer
vetoes an attack as a football goal), while a French match report stays vetoed; "similar attacks" tells no one
attack; forces that battled, fire aimed at a side (firing at), a charge detonated, ground retaken; and the other
senses of those words (a blaze or an illness battled, a bridge detonated, workers fired); the active "killed"
with its object right after it (the army killed four gunmen), not a passive's tail (soldiers killed in ...)."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text
from rasid.extract.events.catalogue import catalogue


def _plover_types(text: str, language: str) -> list[str]:
    doc = analyze_text(text, language=language)
    return [e.attrs["type"] for e in doc.layer("events") if not e.attrs.get("extension")]


EVENTS = [
    # the English conjunction "but" beside an attack: not the French sports "but" (a goal)
    ("en", "The base in Kismayo was attacked but officials did not give a toll.", "ASSAULT"),
    (
        "en",
        "Six rockets were fired from Gaza into Israel, but most were intercepted, the army said.",
        "ASSAULT",
    ),
    # forces that battled, fire aimed at a side, a charge set off, ground retaken
    ("en", "Rebels battled government forces near the border for a second day on Wednesday.", "ASSAULT"),
    ("en", "The militia began firing at army positions on Friday to show support for its allies.", "ASSAULT"),
    ("en", "A suicide bomber detonated his vest at the gate of the army base on Tuesday.", "ASSAULT"),
    ("en", "Government troops have retaken the town of Kidal from the rebels.", "ASSAULT"),
    # the active past "killed" with its object right after it
    ("en", "The army killed four gunmen near the river on Sunday, the governor said.", "ASSAULT"),
    ("en", "Militants killed 11 soldiers at a checkpoint, the ministry said.", "ASSAULT"),
    ("en", "Navy forces destroyed a rebel missile launcher near the coast on Friday.", "ASSAULT"),
]


@pytest.mark.parametrize(("language", "text", "expected"), EVENTS)
def test_trigger_is_coded(language: str, text: str, expected: str) -> None:
    assert expected in _plover_types(text, language)


OTHER_SENSES = [
    # a French match report: "but" is a goal, the striker "attacked" the defence
    ("fr", "Le buteur a attaqué sans relâche et a fini par marquer le but décisif.", "ASSAULT"),
    # attacks of a kind, no one attack told
    ("en", "The rebel group has carried out similar attacks on army convoys in the past.", "ASSAULT"),
    (
        "fr",
        "Le groupe jihadiste a déjà mené des attaques similaires contre des convois de l'armée.",
        "ASSAULT",
    ),
    # the same words in other senses: a fire fought, an illness, a bridge demolished, workers dismissed
    ("en", "Firefighters battled the blaze for hours before it was brought under control.", "ASSAULT"),
    ("en", "She battled cancer for years before returning to the stage.", "ASSAULT"),
    ("en", "Engineers detonated the old bridge to make way for a new one.", "ASSAULT"),
    ("en", "The company is firing at least 200 workers at its plant.", "ASSAULT"),
    # "killed" in a passive or a tally: no act of this verb
    ("en", "Three soldiers killed in the flooding were buried on Monday.", "ASSAULT"),
    ("en", "Two soldiers were killed and five wounded when their truck overturned.", "ASSAULT"),
    # storms destroy too: no force in view
    ("en", "Heavy rains destroyed a bridge and several homes in the valley.", "ASSAULT"),
    # an English match report still reads its own sports words
    ("en", "The striker attacked the left flank all game and scored the winning goal.", "ASSAULT"),
]


@pytest.mark.parametrize(("language", "text", "unexpected"), OTHER_SENSES)
def test_other_sense_is_no_event(language: str, text: str, unexpected: str) -> None:
    assert unexpected not in _plover_types(text, language)


def test_cues_of_one_latin_language_are_foreign_to_the_other() -> None:
    foreign = catalogue(()).foreign_cues
    assert ("lex|sports", "but") in foreign["en"]
    assert ("lex|sports", "but") not in foreign["fr"]
    # a word both lists give acts in both languages
    assert ("lex|sports", "match") not in foreign["en"] | foreign["fr"]
    # the English "accord" is also the French accord*: a veto word of both
    assert ("lex|agreement_word", "accord") not in foreign["fr"]


def test_killed_beside_an_attack_word_adds_no_second_attack() -> None:
    # one attack told by its own word; "killed" gives its toll only
    text = "Extremists killed at least five soldiers in an attack on a base near Djibo, officials said."
    assert _plover_types(text, "en").count("ASSAULT") == 1
