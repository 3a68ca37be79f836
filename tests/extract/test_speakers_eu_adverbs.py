"""rasid.quotes.v1 speakers in French, English and Russian: an adverb between the quote and its speech
verb ("…," he later said; «…», — твердо заявил X; « … », a notamment souligné X), and a plural unnamed
subject ("Three Malian sources …") that brings in no new person for a later "he explained". Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_quotes import _analyse

from rasid.model import Document


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Переговоры зашли в тупик, и мы это признаём», — твердо заявил глава МИД Олег Сидоренко.",
         "Олег Сидоренко"),
        ("«Переговоры зашли в тупик, и мы это признаём», — в свою очередь заявил Олег Сидоренко.",
         "Олег Сидоренко"),
        ("«Переговоры зашли в тупик, и мы это признаём», — категорически заявил Олег Сидоренко.",
         "Олег Сидоренко"),
        ("Олег Сидоренко выступил в Женеве. «Переговоры зашли в тупик, и мы это признаём», — позднее "
         "сказал он.", "Олег Сидоренко"),
        ('"The negotiations have reached a dead end, and we accept it," Foreign Minister Paul Grant later '
         "said.", "Paul Grant"),
        ('Paul Grant spoke in Geneva. "The negotiations have reached a dead end, and we accept it," he '
         "firmly said.", "Paul Grant"),
        ('"The negotiations have reached a dead end, and we accept it," also said Foreign Minister Paul Grant.',
         "Paul Grant"),
        ("« Les négociations sont dans l'impasse, nous le reconnaissons », a notamment souligné Paul Girard, "
         "porte-parole du gouvernement.", "Paul Girard"),
        ("« Les négociations sont dans l'impasse, nous le reconnaissons », a fermement déclaré Paul Girard.",
         "Paul Girard"),
    ],
)  # fmt: skip
def test_adverb_before_the_speech_verb_goes_with_the_verb(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text, {speaker: speaker}))
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the adverb does not make a name of a lower-case noun: "the family" is the subject
        '"The negotiations have reached a dead end, and we accept it," the family said.',
        # an inverted pronoun with nobody named before it stays unattributed
        "« Les négociations sont dans l'impasse, nous le reconnaissons », a-t-il fermement déclaré.",
    ],
)
def test_adverb_rule_names_nobody_new(text: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] != "person" or quote["speaker"] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Colonel Ahmed Sow spoke on the radio. "We hold the town and the bridge," he added. Three Malian '
         'sources confirmed the clashes to the press. "The enemy fled north in the night," he explained.',
         "Ahmed Sow"),
        ('Colonel Ahmed Sow spoke on the radio. "We hold the town and the bridge," he added. Several Western '
         'diplomats doubted the account. "The enemy fled north in the night," he explained.', "Ahmed Sow"),
    ],
)  # fmt: skip
def test_plural_unnamed_subject_does_not_break_the_chain(text: str, speaker: str) -> None:
    first, second = _quotes(_analyse(text, {speaker: speaker}))
    assert first["speaker"] == speaker
    assert second["speaker"] == speaker


def test_a_new_name_still_breaks_the_chain() -> None:
    text = (
        'Colonel Ahmed Sow spoke on the radio. "We hold the town and the bridge," he added. Three days later, '
        'Moussa Keita arrived in the town. "The enemy fled north in the night," he explained.'
    )
    _first, second = _quotes(_analyse(text, {"Ahmed Sow": "Ahmed Sow"}))
    assert second["speaker"] != "Ahmed Sow"  # Moussa Keita, no stage marked, may be the one explaining


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("«Стороны согласовали почти все пункты соглашения», — сообщил источник в окружении Олега Сидоренко.",
         "Олега Сидоренко"),
        ("«Стороны согласовали почти все пункты соглашения», — рассказал собеседник агентства в окружении "
         "Олега Сидоренко.", "Олега Сидоренко"),
        ('"The parties have agreed on almost every point of the deal," a source close to Paul Grant said.',
         "Paul Grant"),
        ('"The parties have agreed on almost every point of the deal," an aide to Paul Grant told reporters.',
         "Paul Grant"),
    ],
)  # fmt: skip
def test_person_an_unnamed_source_is_close_to_is_not_the_speaker(text: str, person: str) -> None:
    (quote,) = _quotes(_analyse(text, {person: person}))
    assert quote["speaker"] is None
    assert quote["speaker_type"] == "anonymous"


def test_named_subject_with_a_title_still_speaks_after_the_quote() -> None:
    text = '"The parties have agreed on almost every point of the deal," Deputy Foreign Minister Paul Grant said.'
    (quote,) = _quotes(_analyse(text, {"Paul Grant": "Paul Grant"}))
    assert quote["speaker"] == "Paul Grant"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("«Стороны согласовали почти все пункты соглашения», — сказал помощник Олега Сидоренко.",
         "Олега Сидоренко"),
        ("«Стороны согласовали почти все пункты соглашения», — сказала супруга Олега Сидоренко.",
         "Олега Сидоренко"),
    ],
)  # fmt: skip
def test_russian_name_in_the_genitive_after_a_noun_is_not_the_speaker(text: str, person: str) -> None:
    (quote,) = _quotes(_analyse(text, {person: person}))
    assert quote["speaker"] is None


def test_russian_name_in_the_nominative_after_a_title_speaks() -> None:
    text = "«Стороны согласовали почти все пункты соглашения», — сказал помощник президента Олег Сидоренко."
    (quote,) = _quotes(_analyse(text, {"Олег Сидоренко": "Олег Сидоренко"}))
    assert quote["speaker"] == "Олег Сидоренко"


@pytest.mark.parametrize(
    "text",
    [
        "Олег Сидоренко выступил в Женеве. Ирина Котова его поддержала. «Стороны согласовали почти все "
        "пункты соглашения», — сказал он.",
        "Ирина Котова выступила в Женеве. Олег Сидоренко ее поддержал. «Стороны согласовали почти все "
        "пункты соглашения», — сказала она.",
    ],
)
def test_russian_pronoun_does_not_take_a_subject_whose_verb_has_the_other_gender(text: str) -> None:
    people = {"Олег Сидоренко": "Олег Сидоренко", "Ирина Котова": "Ирина Котова"}
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] is None  # the subject of the sentence before is of the other gender


def test_russian_pronoun_takes_the_subject_whose_verb_agrees() -> None:
    text = (
        "Ирина Котова выступила в Женеве. «Стороны согласовали почти все пункты соглашения», — сказала она."
    )
    (quote,) = _quotes(_analyse(text, {"Ирина Котова": "Ирина Котова"}))
    assert quote["speaker"] == "Ирина Котова"


@pytest.mark.parametrize(
    "text",
    [
        "«Стороны согласовали почти все пункты соглашения», — в ходе брифинга подчеркнул Олег Сидоренко.",
        "«Стороны согласовали почти все пункты соглашения», — на брифинге в Женеве подчеркнул Олег Сидоренко.",
        "Олег Сидоренко прилетел в Женеву. «Стороны согласовали почти все пункты соглашения», — с улыбкой "
        "заметил он.",
    ],
)
def test_russian_circumstance_before_the_verb_after_a_dash(text: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Олег Сидоренко": "Олег Сидоренко"}, {"Женеве": ("GPE", "Geneva")}))
    assert quote["speaker"] == "Олег Сидоренко"
    assert quote["cue"] in ("подчеркнул", "заметил")


def test_person_spoken_with_before_the_verb_is_not_the_speaker() -> None:
    text = (
        "Олег Сидоренко прилетел в Женеву. «Стороны согласовали почти все пункты соглашения», — в беседе "
        "с Ириной Котовой сказал он."
    )
    people = {"Олег Сидоренко": "Олег Сидоренко", "Ириной Котовой": "Ирина Котова"}
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] == "Олег Сидоренко"


def test_organisation_in_the_phrase_before_the_verb_still_speaks() -> None:
    text = "«Боевики отступили на север после ночного боя», — в Минобороны заявили."
    (quote,) = _quotes(_analyse(text, others={"Минобороны": ("ORG", "Минобороны")}))
    assert quote["speaker"] == "Минобороны"


@pytest.mark.parametrize(
    ("text", "person", "speaker"),
    [
        ('"Nine bridges were cut by the floods," the national agency quoted Sara Bello, the mayor of the town, '
         "as saying.", "Sara Bello", "Sara Bello"),
        # a name written only in the genitive is given in the nominative
        ("«Паводок разрушил девять мостов», — цитирует телеканал мэра города Олега Сидоренко.", "Олега Сидоренко",
         "Олег Сидоренко"),
        ("Телеканал цитирует мэра города Олега Сидоренко: «Паводок разрушил девять мостов».", "Олега Сидоренко",
         "Олег Сидоренко"),
    ],
)  # fmt: skip
def test_the_person_a_quoting_verb_quotes_speaks(text: str, person: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text, {person: person}, {"Телеканал": ("MEDIA", "Телеканал")}))
    assert quote["speaker"] == speaker


def test_the_person_quoted_by_is_not_the_speaker() -> None:
    text = '"Nine bridges were cut by the floods," she was quoted as saying by Sara Bello of the local radio.'
    (quote,) = _quotes(_analyse(text, {"Sara Bello": "Sara Bello"}))
    assert quote["speaker"] != "Sara Bello"


@pytest.mark.parametrize(
    "text",
    [
        "«Паводок разрушил девять мостов», — рассказал Ирине Котовой Олег Сидоренко.",
        "«Паводок разрушил девять мостов», — рассказал Олег Сидоренко Ирине Котовой.",
    ],
)
def test_russian_addressee_run_together_with_the_speaker(text: str) -> None:
    # one entity covering both people, as a stage may mark them: the nominative one speaks
    both = "Ирине Котовой Олег Сидоренко" if "Ирине Котовой Олег" in text else "Олег Сидоренко Ирине Котовой"
    (quote,) = _quotes(_analyse(text, {both: both}))
    assert quote["speaker"] == "Олег Сидоренко"


def test_russian_object_in_the_accusative_does_not_break_the_chain() -> None:
    text = (
        "Олег Сидоренко обвинил Ирину Котову во лжи. «Паводок разрушил девять мостов, а она молчит», — "
        "сказал он."
    )
    people = {"Олег Сидоренко": "Олег Сидоренко", "Ирину Котову": "Ирина Котова"}
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] == "Олег Сидоренко"
