"""rasid.quotes.v1 speakers, fr/en/ru round 14: names written but unmarked. One capitalised word is never
typed an entity, so a speaker named by one word only (a surname alone, a mononym) was no candidate; where that
word is the subject of a speech verb it now is one (``mentions.lone_speaker_names``). Sentences written for
these tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers

from rasid.extract import analyze_text
from rasid.extract.quotes.mentions import lone_speaker_names


# --- a one-word name opening the sentence right before its speech verb --------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Wardhere told reporters: "We have no news of the missing soldiers since Monday."', "Wardhere"),
        ("Kassambara a affirmé : « Nos unités tiennent toujours le poste de la frontière ».", "Kassambara"),
        ("Тангара отметил: «Армия контролирует все дороги на севере страны».", "Тангара"),
        # an adverb between the subject and its verb
        (
            "Kassambara a également affirmé : « Nos unités tiennent toujours le poste de la frontière ».",
            "Kassambara",
        ),
        ("Тангара в свою очередь заявил: «Армия контролирует все дороги на севере страны».", "Тангара"),
    ],
)
def test_a_lone_name_before_its_speech_verb_speaks(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


# --- a one-word name right after an inverted verb, then a circumstance ---------------------------------------
def test_a_lone_name_after_an_inverted_verb_and_before_a_circumstance_speaks() -> None:
    text = "« Nous reviendrons plus nombreux avant la saison des pluies », a affirmé Abakar dans une vidéo."
    assert direct_speakers(text) == ["Abakar"]


def test_the_lone_name_then_speaks_wherever_it_is_written_again() -> None:
    text = (
        "Wardhere told reporters on Monday that the road was closed. "
        '"We have no news of the missing soldiers since Monday," he said. '
        '"The search goes on in the forest east of the town," Wardhere added.'
    )
    assert direct_speakers(text) == ["Wardhere", "Wardhere"]


def test_a_first_name_alone_takes_the_full_name_written_before() -> None:
    text = (
        "Tesfaye Gebru, the movement's spokesman, said on Thursday that the army had attacked. "
        "Tesfaye in turn alleged that the neighbours had opened a new front.\n"
        '"They did launch an offensive in these fronts. We are defending our positions," he said.'
    )
    assert direct_speakers(text) == ["Tesfaye Gebru"]


# --- what is not a lone name ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a plural common noun opening the sentence
        'Officials said: "We have no news of the missing soldiers since Monday."',
        'Witnesses told reporters: "The gunmen came at dawn and burnt the market."',
        "Очевидцы рассказали: «Боевики пришли на рассвете и сожгли рынок».",
        # a role noun opening the sentence refers back to a person; it is no name
        "Фельдмаршал отметил: «Наш долг — защищать наш народ от любой агрессии».",
        # a plural verb: the word names no one person
        "Les Maliens ont affirmé : « Nos unités tiennent toujours le poste de la frontière ».",
    ],
)
def test_no_lone_name_where_the_word_names_no_one(text: str) -> None:
    assert direct_speakers(text) == [None]


def test_what_was_said_after_an_english_verb_is_no_subject() -> None:
    text = 'Dembélé said French troops would leave: "The months to come will tell."'
    doc = analyze_text(text)
    assert [m.text for m in lone_speaker_names(doc, [], {})] == ["Dembélé"]  # not "French"


def test_a_word_after_the_verb_of_the_sentence_before_is_no_subject() -> None:
    text = (
        "« Ils ont fait allégeance à un autre groupe », a-t-il ajouté. Poursuivant, il précise qu’il "
        "« doit être très clair pour l’ensemble des familles des victimes »."
    )
    doc = analyze_text(text)
    assert lone_speaker_names(doc, [], {}) == []


def test_a_word_the_document_also_writes_in_lowercase_is_no_name() -> None:
    text = "Peace was signed. Peace said nothing. The peace held."
    doc = analyze_text(text)
    assert lone_speaker_names(doc, [], {}) == []


def test_the_lone_name_inside_a_longer_description_keeps_the_description() -> None:
    text = (
        "L'agence officielle Tamasna a fait état jeudi de frappes sur un « immeuble d'habitation » du quartier. "
        "« Vers 03H40, l'ennemi a lancé une attaque aérienne sur deux sites du quartier », a indiqué Tamasna."
    )
    doc = analyze_text(text)
    found = lone_speaker_names(doc, [], {})
    assert [text[m.start : m.end] for m in found] == ["Tamasna"]
    assert found[0].start > text.index("a indiqué")


# --- a description, then the name set off by a comma, after the quote ----------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Les forces ont fui en laissant leurs blessés derrière elles », selon le délégué chargé de la "
            "communication du mouvement, Moussa Abakar Tidjani.",
            "Moussa Abakar Tidjani",
        ),
        (
            "« Les forces ont fui en laissant leurs blessés derrière elles », selon le délégué chargé de la "
            "communication, Moussa Abakar Tidjani qui annonce un bilan pour demain.",
            "Moussa Abakar Tidjani",
        ),
        (
            '"The troops fled and left their wounded behind," according to the group\'s envoy in the north, '
            "Moussa Abakar Tidjani, who spoke by phone.",
            "Moussa Abakar Tidjani",
        ),
    ],
)
def test_a_description_then_the_name_after_selon_speaks(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


def test_a_place_after_the_description_is_no_speaker() -> None:
    text = "« Les forces ont fui en laissant leurs blessés », selon le communiqué lu à la radio, Niamey."
    assert direct_speakers(text) != ["Niamey"]


# --- an acronym no stage knows, as the subject of a speech verb ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Le MPLK a affirmé : « Nos combattants ont pris le poste de la frontière après deux heures ».",
        "« Nos combattants ont pris le poste de la frontière après deux heures », a affirmé le MPLK dans un "
        "communiqué.",
    ],
)
def test_an_unknown_acronym_subject_of_a_speech_verb_speaks(text: str) -> None:
    doc = analyze_text(text)
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert (quote.attrs.get("speaker"), quote.attrs.get("speaker_type")) == ("MPLK", "organization")


def test_a_source_inside_the_speakers_relative_clause_does_not_speak() -> None:
    text = (
        '"We are here to train the army of this country," said one of the men in uniform, who, according to '
        "MPLK, was one of the instructors. MPLK also said that more men were coming."
    )
    assert direct_speakers(text) == [None]


# --- a body whose head holds a rank word ------------------------------------------------------------------
def test_a_general_staff_is_a_body_not_a_general() -> None:
    text = (
        "« Les assaillants ont été repoussés après de violents combats », a indiqué l’état-major général des "
        "armées dans un communiqué."
    )
    doc = analyze_text(text)
    (quote,) = [a for a in doc.layer("quotes") if a.label == "direct"]
    assert quote.attrs.get("speaker_type") == "organization"
    assert "état-major" in (quote.attrs.get("speaker") or "")


def test_a_general_named_after_the_verb_still_speaks() -> None:
    text = "« Les assaillants ont été repoussés après de violents combats », a indiqué le général Tiémoko Sangaré."
    assert direct_speakers(text) == ["Tiémoko Sangaré"]


# --- a sentence opening with whose view it gives --------------------------------------------------------------
def test_a_person_whose_view_opens_the_sentence_takes_the_next_pronoun() -> None:
    text = (
        "« Cette marche n’a jamais été planifiée, c’est venu naturellement », assure Oumar Sylla. "
        "Pour le journaliste guinéen Mamadou Yaya Kanté, le pays court droit vers le mur.\n"
        "« Nous avons un état policier, un état violent qui réprime tout », dénonce-t-il."
    )
    assert direct_speakers(text) == ["Oumar Sylla", "Mamadou Yaya Kanté"]


def test_an_opening_for_a_body_is_no_person_in_the_chain() -> None:
    text = (
        "« Cette marche n’a jamais été planifiée, c’est venu naturellement », assure Oumar Sylla. "
        "Pour le gouvernement, le pays est calme.\n"
        "« Nous demandons seulement le droit de voter ici », ajoute-t-il."
    )
    assert direct_speakers(text) == ["Oumar Sylla", "Oumar Sylla"]


# --- names (rasid.extract.names): a role noun, a nationality adjective, then a name no KB knows -----------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pour le journaliste guinéen Alpha Kanté, le pays court droit vers le mur.", "Alpha Kanté"),
        ("Le ministre burkinabè de la Sécurité Boukary Zongo a parlé jeudi.", "Boukary Zongo"),
    ],
)
def test_a_name_after_a_role_and_its_nationality_adjective_is_a_person(text: str, name: str) -> None:
    doc = analyze_text(text)
    assert [text[e.start : e.end] for e in doc.layer("entities") if e.label == "PER"] == [name]
