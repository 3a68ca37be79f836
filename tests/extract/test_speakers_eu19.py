"""rasid.quotes.v1 speakers, fr/en/ru round 19: unnamed witnesses named by what they are (une femme,
another specialist), a threat verb after the quote (a-t-il menacé), a name's apposition holding an
abbreviation's dots, a pronoun after a verb not inverted, ru neuter and impersonal verbs, a quote that is its
clause's subject, a body right before the verb after the quote. Sentences written for these tests; the people
in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import described_speakers, direct_speakers

from rasid.extract import analyze_text


def test_a_woman_after_the_quote_is_an_unnamed_speaker() -> None:
    text = (
        "Les récits des rescapés arrivent peu à peu au camp.\n"
        '"Ils ont brûlé nos maisons et pris nos chèvres." raconte une femme.\n'
        '"Nous avons marché trois jours sans eau", confie une autre femme.\n'
    )
    assert described_speakers(text, "fr") == [("anonymous", "une femme"), ("anonymous", "une autre femme")]


def test_another_specialist_after_the_quote_is_an_unnamed_speaker() -> None:
    text = (
        "A cargo plane landed at the airport on Thursday night.\n"
        "“We came to train the local crews on the new radars,” another foreign specialist told the agency.\n"
    )
    assert described_speakers(text, "en") == [("anonymous", "another foreign specialist")]


def test_a_threat_after_the_quote_goes_to_the_last_speaker() -> None:
    text = (
        "« Nous ne reculerons pas », a déclaré le porte-parole du mouvement, Karim Benhaddou.\n"
        "« Ceux qui nous frappent le paieront très cher », a-t-il menacé.\n"
    )
    assert direct_speakers(text, "fr") == ["Karim Benhaddou", "Karim Benhaddou"]


def test_a_name_with_an_apposition_holding_an_abbreviation_speaks() -> None:
    text = (
        "The envoys met the new authorities in the capital on Friday, Helen Marsh told reporters.\n"
        "“The talks were frank and we will judge them by what follows,” Marsh, who led the U.S. team, "
        "said in a briefing.\n"
    )
    assert direct_speakers(text, "en") == ["Helen Marsh"]


def test_a_pronoun_after_a_verb_not_inverted_is_the_reported_clause_subject() -> None:
    # "said it": "it" opens what was said; the body written before the verb is the speaker
    text = (
        "Heavy shelling hit the eastern suburbs overnight.\n"
        "The defence ministry said it returned fire after “raiders attacked our checkpoint at dawn”.\n"
    )
    doc = analyze_text(text, language="en")
    speakers = [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]
    assert speakers == ["The defence ministry"]


def test_a_neuter_verb_after_the_quote_gives_the_ministry_named_before() -> None:
    # ru: "сообщило ведомство" (neuter past) refers back to the one ministry named before
    text = (
        "Делегация прибыла в столицу во вторник, сообщило Минобороны.\n"
        "«Переговоры пройдут в течение трёх дней в закрытом режиме», — сообщило ведомство.\n"
    )
    doc = analyze_text(text, language="ru")
    quotes = [a.attrs for a in doc.layer("quotes") if a.label == "direct"]
    assert [(a.get("speaker"), a.get("speaker_type")) for a in quotes] == [("Минобороны", "organization")]


def test_a_quote_opening_its_clause_is_said_by_the_one_named_after_the_clause() -> None:
    # the quote is the subject of "sont restés"; the unnamed official after the clause said it
    text = (
        "La plupart des soldats ont quitté la base en juillet.\n"
        "Seuls « quelques techniciens et trois officiers » sont restés sur place, a indiqué un responsable militaire.\n"
    )
    assert described_speakers(text, "fr") == [("anonymous", "un responsable militaire")]


def test_a_quote_inside_a_clause_with_its_own_subject_stays_unattributed() -> None:
    # the rebels' words, relayed by the official: not the official's own
    text = (
        "La tension monte dans le détroit.\n"
        "Les rebelles ont juré hier soir de couler « tout navire ennemi qui entrerait dans les eaux du pays » dès demain, a indiqué un responsable militaire.\n"
    )
    assert described_speakers(text, "fr") == [("none", None)]


def test_a_body_named_right_before_the_verb_after_the_quote_speaks() -> None:
    # an acronym the quote stage marks as a body, with or without "the"
    text = (
        "A tanker reported an explosion near its hull on Monday.\n"
        "“The ship has some damage to its hull,” the UKMTO added.\n"
        "“The crew are safe and the ship is sailing on to its next port,” UKMTO said.\n"
    )
    doc = analyze_text(text, language="en")
    quotes = [a.attrs for a in doc.layer("quotes") if a.label == "direct"]
    assert [(a.get("speaker"), a.get("speaker_type")) for a in quotes] == [
        ("UKMTO", "organization"),
        ("UKMTO", "organization"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "указано в заявлении", "сказано в посте": the words are read in a text, not said by a person
        "«Переправа через реку будет закрыта до понедельника», — указано в заявлении.\n",
        "«Движение по мосту возобновится после проверки», — сказано в посте.\n",
    ],
)
def test_ru_impersonal_text_verbs_give_the_statement_as_speaker(text: str) -> None:
    doc = analyze_text(text, language="ru")
    quotes = [a.attrs for a in doc.layer("quotes") if a.label == "direct"]
    assert [(a.get("speaker_type"), a.get("speaker_via")) for a in quotes] == [("organization", "statement")]


def test_an_unnamed_rank_before_a_relative_clause_goes_on_speaking() -> None:
    # "One captain, who …, told me": the captain is the unnamed one "he" refers back to
    text = (
        "The convoy stopped at the last checkpoint before the border.\n"
        "One captain, who had driven through the night, told me his unit was glad to go home.\n"
        "“We did what we were asked to do and now we rest,” he said.\n"
    )
    assert described_speakers(text, "en") == [("anonymous", "One captain")]


def test_a_name_before_a_relative_clause_speaks_with_the_verb_after_it() -> None:
    text = (
        "The shelling went on through the weekend.\n"
        "Samira Idris, who is 52 years old, declared that the nights had been “the worst since the spring.”\n"
    )
    assert direct_speakers(text, "en") == ["Samira Idris"]
