"""rasid.quotes.v1 speakers in French and English, round 22 on real news (dev pages): a common noun
that refers back to the armed group the story is about ("les rebelles" -> the Houthis). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_quotes import _analyse

from rasid.model import Document

_GROUPS = {"Front uni": ("ARMED_GROUP", "Front uni"), "Ligue noire": ("ARMED_GROUP", "Ligue noire")}


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Front uni a pris deux villages. Les combattants du Front uni tiennent la route. Un raid de la "
        "Ligue noire a échoué. Les rebelles ont répété, mardi, qu'ils comptent « garder la route du nord ».",
        "The Front uni took two villages. Front uni fighters hold the road. A Ligue noire raid failed. "
        'The rebels said they would "keep the northern road".',
    ],
)
def test_the_rebels_are_the_armed_group_the_story_is_about(text: str) -> None:
    (quote,) = _quotes(_analyse(text, others=_GROUPS))
    assert quote["speaker"] == "Front uni"
    assert quote["speaker_type"] == "organization"


def test_the_rebels_with_two_groups_named_as_often_name_neither() -> None:
    text = (
        "Le Front uni a pris deux villages. Un raid de la Ligue noire a échoué. "
        "Les rebelles ont répété, mardi, qu'ils comptent « garder la route du nord »."
    )
    (quote,) = _quotes(_analyse(text, others=_GROUPS))
    assert quote["speaker"] is None
    assert quote["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "« Les tirs ont duré deux heures », a confié sous couvert de l'anonymat un officier de police.",
        "« Les tirs ont duré deux heures », a confié à la presse sous couvert de l’anonymat, un officier de police.",
    ],
)
def test_anonymity_phrase_between_the_verb_and_its_subject_is_skipped(text: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == "un officier de police"


def test_demonstrative_subject_then_anonymity_phrase_goes_on_with_the_speaker() -> None:
    text = (
        "Un élu de la commune a confirmé l'attaque jeudi. « Nous avons demandé d'attendre l'armée », a "
        "expliqué cet élu sous le couvert de l'anonymat, disant craindre des représailles."
    )
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == "Un élu de la commune"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("«Мы удержали все позиции у реки», — цитирует телеканал слова собеседника.", "собеседника"),
        (
            "«Мы удержали все позиции у реки», — приводит агентство слова источника в штабе армии.",
            "источника в штабе армии",
        ),
    ],
)
def test_ru_outlet_passing_on_the_words_of_an_unnamed_source(text: str, described: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == described


def test_demonstrative_and_a_body_head_refer_back_whatever_describes_them() -> None:
    text = (
        "Le Front uni a repoussé l'attaque mardi. « Les assaillants sont repartis vers la frontière », a "
        "ajouté ce groupe principalement nomade soutenant l'armée, qui patrouille dans la région."
    )
    (quote,) = _quotes(_analyse(text, others=_GROUPS))
    assert quote["speaker"] == "Front uni"


@pytest.mark.parametrize("aside", ["", " (nomades)"])
def test_body_head_then_the_body_named_in_apposition(aside: str) -> None:
    text = (
        f"« Les assaillants sont repartis vers la frontière »{aside}, a affirmé dans un communiqué ce groupe, "
        "le Front uni, faisant état de dix morts."
    )
    (quote,) = _quotes(_analyse(text, others=_GROUPS))
    assert quote["speaker"] == "Front uni"


def test_statement_of_a_military_unit_names_the_unit() -> None:
    text = "Selon un communiqué de la 3e brigade d'infanterie de l'armée, « un obus a touché le marché central »."
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == "3e brigade d'infanterie de l'armée"
    assert quote["speaker_type"] == "organization"


def test_ru_present_accusing_verb_gives_the_accuser_the_quoted_charge() -> None:
    text = "Армия страны обвиняет повстанцев в «нападении на мирные деревни»."
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == "Армия страны"
    assert quote["speaker_type"] == "organization"


def test_outlet_possessive_then_a_reporter_name_no_stage_marked() -> None:
    text = "“The bridge is closed to all traffic,” said Al Jazeera’s Lina Haddou, reporting from the capital."
    (quote,) = _quotes(_analyse(text, others={"Al Jazeera": ("MEDIA", "Al Jazeera")}))
    assert quote["speaker"] == "Lina Haddou"
    assert quote["speaker_type"] == "person"


def test_one_of_them_is_an_unnamed_speaker() -> None:
    text = (
        "Villagers described the night of the raid. “The shooting lasted until dawn,” one of them recounted."
    )
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker_description"] == "one of them"


@pytest.mark.parametrize(
    "text",
    [
        '"Our fighters still hold the northern town," residents of Mali said.',
        '"Our fighters still hold the northern town," said Mali Diarra.',
    ],
)
def test_a_country_completing_the_subject_after_the_quote_is_no_speaker(text: str) -> None:
    (quote,) = _quotes(_analyse(text, others={"Mali": ("GPE", "Mali")}))
    assert quote["speaker"] != "Mali"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le Mali a déclaré, par la voix de son porte-parole Paul Sangaré : « Nos troupes restent au nord. »",
         "Paul Sangaré"),
        ("Le Mali a déclaré, par la voix de son porte-parole : « Nos troupes restent au nord. »", None),
    ],
)  # fmt: skip
def test_a_country_speaking_through_someone_gives_that_person(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Sangaré": "Paul Sangaré"}, {"Mali": ("GPE", "Mali")}))
    assert quote["speaker"] == speaker
