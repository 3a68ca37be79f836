"""rasid.quotes.v1 speakers in English, French and Russian, round 24 on real news (dev pages): an impersonal "it" takes the body
that opens its sentence (or the sentence before) as the subject of a verb of no speech ("The X broadcaster
showed a plane landing. It said "…""; "Broadcaster X showed …, as it reported that "…""), not a body or a
person quoted further back. fr: after the rest of a reported clause ("Les forces « … » du pays, a indiqué …")
a body described by its common noun speaks, as a named one does (an unnamed person still does not). ru: the
plural past of speech verbs (В ведомстве указали, — напомнили в министерстве). An attribution phrase
that introduces the quote after a verb's reported clause ("A report claimed that …, according to a source
close to X: "…"") gives the quote's speaker. A body's described name ends before a preposition left last
where a quoted place cut it off (— отмечается в заявлении X в "Твиттере"). ru: Франц is a given name (the
person named after a body, "член Совета Федерации Франц X", is no part of the body's name), and a programme
named in guillemets ("в интервью программе «…»") is a title, no quotation. A speech verb inside an object
relative clause ("X, que l'armée qualifie de « … »", "X, whom the army described as "…"") has its own subject
speak, never X, whom the words describe. A common given name alone ("Mahamat said") is someone's surname,
not the given name of a person named in full elsewhere (Mahamat Idriss Déby). en: "a State Department
spokesperson said" is an unnamed source, as "a … spokesman said" is; "a … firm says" is a body. Sentences written for these
tests; the bodies and people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import organization_speakers

_BEFORE = "The army expelled French forces from the north last year.\n\n"


# --- "it" after a body opening the sentence ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _BEFORE + "The Sahel Info broadcaster showed a cargo plane landing at the airport on Friday. "
            'It said "the new equipment and the instructors from abroad" had arrived.',
            "The Sahel Info broadcaster",
        ),
        (
            _BEFORE + "However, broadcaster Sahel Info showed a cargo plane landing at the airport, as it "
            'reported on Friday that "the new equipment and the instructors" had arrived.',
            "broadcaster Sahel Info",
        ),
        (
            _BEFORE + "The Sahel Info broadcaster showed a cargo plane landing at the airport on Friday.\n"
            '"The new equipment and the instructors from abroad have arrived," it said.',
            "The Sahel Info broadcaster",
        ),
    ],
)
def test_it_takes_the_body_opening_the_sentence(text: str, speaker: str) -> None:
    assert organization_speakers(text, "en") == [(speaker, "organization")]


def test_he_after_a_body_opening_the_sentence_is_not_the_body() -> None:
    text = (
        "Colonel Ali Traore, the army spokesman, met reporters in Gao on Friday.\n"
        "The Sahel Info broadcaster showed a cargo plane landing at the airport. "
        '"The new equipment has arrived," he said.'
    )
    assert organization_speakers(text, "en")[0] != ("The Sahel Info broadcaster", "organization")


def test_a_head_inside_a_complement_is_no_subject() -> None:
    # "the attack on the army base": the army is no subject; "it" has no body to take here
    text = (
        "The attack on the army base killed four soldiers on Friday. "
        '"The new equipment has arrived," it said.'
    )
    assert organization_speakers(text, "en") == [(None, "none")]


# --- fr: a body after an inverted verb that ends the rest of a reported clause ------------------------------
def test_a_described_body_after_the_rest_of_a_reported_clause_speaks() -> None:
    text = (
        "Les forces « étrangères lancent des raids sur la capitale » du pays, a indiqué l'agence de presse "
        "des rebelles, Sabou, dans une brève alerte."
    )
    assert organization_speakers(text, "fr") == [("l'agence de presse des rebelles", "organization")]


def test_an_unnamed_person_after_the_rest_of_a_reported_clause_still_names_nobody() -> None:
    text = "L'armée frappera « les chefs terroristes » où qu'ils se cachent, a déclaré lundi un colonel."
    assert all(speaker is None for speaker, _ in organization_speakers(text, "fr"))


# --- ru: the plural past of a speech verb after a body in the locative ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "В министерстве указали, что также закроют базу на севере, но «главной была база в столице».",
        "«Главной была база в столице», — напомнили в министерстве.",
    ],
)
def test_ru_plural_speech_verb_after_a_body_in_the_locative(text: str) -> None:
    assert organization_speakers(text, "ru") == [("министерстве", "organization")]


# --- an attribution phrase introducing the quote after a verb's reported clause ------------------------------
def test_source_introducing_the_quote_after_a_reported_clause_speaks() -> None:
    text = (
        "A report claimed that an envoy of the marshal, Ali Badra, met Russian officials last week according "
        'to a diplomatic source close to the situation: "The meeting really did take place."'
    )
    assert organization_speakers(text, "en") == [(None, "anonymous")]


def test_source_after_a_verb_with_no_reported_clause_leaves_the_verb_its_subject() -> None:
    text = (
        "Minister Ali Badra said the talks went well, according to a diplomatic source: "
        '"The meeting really did take place."'
    )
    assert organization_speakers(text, "en") == [("Ali Badra", "person")]


# --- a body's name cut off by a quoted place where it was said ----------------------------------------------
def test_ru_body_name_ends_before_a_preposition_left_by_a_quoted_place() -> None:
    text = (
        "Армия сообщила о роспуске отрядов.\n"
        '"Командование издало приказ о роспуске отрядов", — отмечается в заявлении пресс-службы армии Ганы в "Твиттере".'
    )
    assert organization_speakers(text, "ru") == [("пресс-службы армии Ганы", "organization")]


# --- ru: a person named after a body ("член Совета Федерации Франц X"), a programme named in guillemets -------
_RU_INTERVIEW = (
    "База на побережье продолжает работать, рассказал бывший член Совета Федерации Франц Лебедев в интервью "
    "программе «Итоги недели» на РТР.\n\n«Все хорошо, база работает», — заверил он."
)


def test_ru_person_named_after_a_body_is_the_speaker_not_the_body() -> None:
    assert organization_speakers(_RU_INTERVIEW, "ru")[-1] == ("Франц Лебедев", "person")


def test_ru_programme_named_in_guillemets_is_no_quotation() -> None:
    assert len(organization_speakers(_RU_INTERVIEW, "ru")) == 1


# --- a speech verb inside an object relative clause: its own subject speaks, not the one described ---------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Les soldats ont tué Ali Moussa, que l'armée qualifie de « membre influent du groupe », au village.",
            "fr",
            "l'armée",
        ),
        (
            "The soldiers killed Ali Moussa, whom the army described as an "
            '"influential member of the group", in the village.',
            "en",
            "the army",
        ),
    ],
)
def test_object_relative_clause_gives_its_own_subject(text: str, language: str, speaker: str) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_object_relative_clause_with_an_unknown_subject_names_nobody() -> None:
    text = "Les soldats ont tué Ali Moussa, que ses voisins qualifient de « membre influent du groupe »."
    assert organization_speakers(text, "fr")[0][0] != "Ali Moussa"


# --- a common given name alone is a surname, not the given name of a person named elsewhere ---------------
def test_lone_common_given_name_is_not_a_full_name_holding_it_first() -> None:
    text = (
        'An army unit was "attacked by elements of the sect," Mahamat said on Tuesday.\n'
        '"Today the sect no longer has the strength to attack the barracks," said President '
        "Mahamat Idriss Déby Itno last week."
    )
    speakers = organization_speakers(text, "en")
    assert speakers[0][0] != speakers[1][0]
    assert speakers[0] == ("Mahamat", "person")


# --- en: an unnamed spokesperson is an unnamed source, as an unnamed spokesman is ----------------------------
@pytest.mark.parametrize("head", ["spokesperson", "spokesman"])
def test_unnamed_spokesperson_is_an_unnamed_source(head: str) -> None:
    text = f'"They met with representatives of the group," a State Department {head} said.'
    assert organization_speakers(text, "en") == [(None, "anonymous")]


def test_outlet_introducing_the_quote_after_a_reported_clause_relays_the_verbs_subject() -> None:
    text = 'Minister Ali Badra said that the attack killed ten soldiers, according to Reuters: "We lost ten men."'
    assert organization_speakers(text, "en") == [("Ali Badra", "person")]


# --- en: an unnamed firm after the quote speaks as a body ------------------------------------------------------
def test_indefinite_firm_after_the_quote_is_an_organisation() -> None:
    text = 'The vessel was hit "in response to strikes on the port," a British maritime security firm says.'
    assert organization_speakers(text, "en") == [("a British maritime security firm", "organization")]
