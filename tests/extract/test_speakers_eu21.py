"""rasid.quotes.v1 speakers, fr/en round 21: a partial quote inside what a clause's subject said or
brought up takes that subject: a plural body with "ont", "parle de"/"évoque", a participle after
"condemned", an unnamed speaker after a turn opener ("Par ailleurs, un élu …"); a country still speaks
for no one by itself. Sentences written for these tests; the people and places in them are invented."""

from __future__ import annotations

from quote_speakers import described_speakers, direct_speakers, organization_speakers


def test_a_plural_body_with_ont_speaks_its_intention() -> None:
    text = (
        "La réunion s'est tenue lundi soir.\n"
        "Les Houthis ont réaffirmé mardi leur intention de « bloquer le passage des navires » dans la région, "
        "et de « répondre à toute frappe » contre leurs ports.\n"
    )
    assert organization_speakers(text, "fr") == [("Houthis", "organization"), ("Houthis", "organization")]


def test_a_country_after_a_preposition_does_not_speak() -> None:
    text = (
        "The talks ended on Monday without a date for the next round.\n"
        "In Israel, officials said it keeps “full freedom of military action” in the area.\n"
    )
    assert direct_speakers(text, "en") == [None]


def test_one_who_speaks_of_a_quote_is_its_speaker() -> None:
    text = (
        "Les combats ont repris dans la nuit.\n"
        "Un expert parle de « techniques de combat de nuit très avancées » dans la région.\n"
        "Jean Dumoulin évoque « une situation très difficile pour tous les habitants ».\n"
    )
    assert described_speakers(text, "fr") == [("anonymous", "Un expert"), ("person", None)]
    assert direct_speakers(text, "fr")[1] == "Jean Dumoulin"


def test_an_unnamed_speaker_after_a_turn_opener_opens_the_clause() -> None:
    text = (
        "Les combats ont repris dans la nuit.\n"
        "Par ailleurs, un élu de la région de Tessalit, s'exprimant sous le couvert de l'anonymat a parlé "
        "de son côté de « plusieurs dizaines de morts dans les villages ».\n"
    )
    assert described_speakers(text, "fr") == [("anonymous", "un élu de la région de Tessalit")]


def test_a_participle_after_condemned_goes_on_with_its_subject() -> None:
    text = (
        "The talks ended on Monday without a date for the next round.\n"
        "The Dutch foreign ministry condemned the raid, adding that it stood "
        "“with the government and the people in these hard days”.\n"
    )
    assert organization_speakers(text, "en") == [("The Dutch foreign ministry", "organization")]


def test_an_aside_between_the_auxiliary_and_the_verb_keeps_the_subject() -> None:
    text = (
        "Les combats ont repris dans la nuit.\n"
        "Un responsable de la garde côtière a, pour sa part, soutenu « n'avoir rien vu de tel dans la zone ».\n"
        "Paul Tessier a, de son côté, déclaré : « Nous n'avons rien vu de tel dans la zone ».\n"
    )
    assert described_speakers(text, "fr") == [
        ("anonymous", "Un responsable de la garde côtière"),
        ("person", None),
    ]
    assert direct_speakers(text, "fr")[1] == "Paul Tessier"
