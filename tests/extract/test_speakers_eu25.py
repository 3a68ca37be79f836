"""rasid.quotes.v1 speakers in English, French and Russian, round 25: a partial quote in a clause whose subject is
the speaker, often a body. A ruling power or an armed group named by a common noun speaks (les jihadistes, le
régime, the regime, боевики, режим, хунта); French speech verbs in the present plural (déclarent, affirment) and
"a parlé d'« … »"; Russian ones in the present plural (утверждают) and more of the neuter past (осудило). A named
body then an apposition between commas before the verb ("Le JNIM, lié à …, affirme"), or after a compound
adjective ("The Iran-backed X said"), is the verb's subject. A participle of a claim has the subject written right
before it in its own clause (", the ministry saying …", ", with X saying …"), else the body opening the sentence
("L'armée a mené des frappes, affirmant « … »"); a subject written there that names nobody known gives no speaker
(not whoever spoke before). ru: "Такое заявление сделал X" is X's statement, for a later "— отметил он"; "Такое" is
no one-word name; a person in the nominative closing a sentence about a statement ("Такую оценку дал X.") is its
subject, not one closing other news. A partial quote in a sentence with no speech verb is the words of a body named
by its head opening the sentence (Le gouvernement a salué le « … »; The army urged residents to "…"). Compound ranks
before a surname after an inverted verb (le lieutenant-colonel X, подполковник X). Naming participles (calling it, la
qualifiant de); a participle is not the words of whom its main verb governs, nor is a title before a verb the title of
the person after it. Armed groups by their knowledge-base names in each language. "Accounts said" names nobody. Sentences written for these tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import organization_speakers


# --- a body named by a common noun, in the present plural ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Les jihadistes déclarent avoir « détruit trois véhicules blindés de l'armée » près du fleuve.", "fr",
         "Les jihadistes"),
        ("Le régime a assuré que « le calme était revenu dans toutes les provinces du pays ».", "fr", "Le régime"),
        ('The regime said it had "restored calm in every province of the country".', "en", "The regime"),
        ('The jihadists said they had "destroyed three armoured vehicles" near the river.', "en", "The jihadists"),
        ("Боевики утверждают, что «уничтожили три бронемашины армии» у реки.", "ru", "Боевики"),
        ("Режим заявил, что «спокойствие восстановлено во всех провинциях страны».", "ru", "Режим"),
        ("Правительство Нигера осудило «подлое нападение на мирных жителей деревни».", "ru", "Правительство Нигера"),
    ],
)  # fmt: skip
def test_a_body_named_by_a_common_noun_speaks(text: str, language: str, speaker: str) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_a_parle_d_elided_is_a_speech_verb() -> None:
    text = "Le gouvernement de transition a parlé d'« une agression planifiée depuis l'étranger » dimanche."
    assert organization_speakers(text, "fr") == [("Le gouvernement de transition", "organization")]


def test_the_jihadists_refer_back_to_the_one_armed_group_named_before() -> None:
    text = (
        "Le JNIM a attaqué la garnison de Tessit à l'aube.\n"
        "Les jihadistes déclarent avoir « pris le contrôle du camp pendant trois heures »."
    )
    assert organization_speakers(text, "fr") == [("JNIM", "organization")]


# --- a named body before an apposition or after a compound adjective ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Le JNIM, affilié à Al-Qaïda, affirme avoir « repoussé une colonne de l'armée » près de Boni.", "fr", "JNIM"),
        ('Hamas, which runs the territory, said the raid was "a crime against the displaced families".', "en",
         "Hamas"),
        ('The Iran-backed Houthis said they had "struck a tanker in the Gulf of Aden" on Sunday.', "en", "Houthis"),
    ],
)  # fmt: skip
def test_a_body_before_an_apposition_or_after_an_adjective_speaks(
    text: str, language: str, speaker: str
) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_a_person_inside_the_apposition_speaks_not_the_body() -> None:
    text = (
        "Le JNIM, a indiqué le ministre Idrissa Kone, a « perdu une centaine de combattants dans l'assaut »."
    )
    assert organization_speakers(text, "fr") == [("Idrissa Kone", "person")]


# --- participles of a claim -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ('The shelling went on overnight, the ministry saying it had hit "enemy depots near the border".', "en",
         "the ministry"),
        ('Reports said the airport was retaken, with the military saying it faced "a few isolated snipers".', "en",
         "the military"),
        ("Les bombardements ont continué, le ministère affirmant avoir visé « des dépôts ennemis près de la "
         "frontière ».", "fr", "le ministère"),
        ("L'armée américaine a frappé plusieurs sites cette semaine, affirmant qu'elle visait des « dépôts de "
         "drones des rebelles ».", "fr", "L'armée américaine"),
    ],
)  # fmt: skip
def test_a_participle_takes_its_own_subject_or_the_opening_body(
    text: str, language: str, speaker: str
) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_a_participle_after_a_subject_naming_nobody_known_takes_nobody() -> None:
    text = (
        "« Nous ne céderons rien », a déclaré le porte-parole Moussa Sanou lundi.\n"
        "Le Convoi blindé a multiplié les raids nocturnes, affirmant qu'il visait des « caches d'armes "
        "dans la forêt »."
    )
    assert organization_speakers(text, "fr")[-1] == (None, "none")


def test_a_plural_noun_opening_the_sentence_is_no_speaker() -> None:
    text = 'Accounts said the town had fallen, with the army saying it was "regrouping south of the river".'
    assert organization_speakers(text, "en") == [("the army", "organization")]


# --- ru: "Такое заявление сделал X" -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "Такое заявление сделал замминистра иностранных дел Олег Фомин.",
        "Такое заявление сделал министр Олег Фомин.",
        "Такое мнение высказал замминистра иностранных дел Олег Фомин журналистам.",
    ],
)
def test_ru_a_statement_made_is_an_event_for_a_later_pronoun(opening: str) -> None:
    text = opening + " «Мы готовы продолжить переговоры без предварительных условий», — отметил он."
    assert organization_speakers(text, "ru") == [("Олег Фомин", "person")]


@pytest.mark.parametrize(
    "opening",
    [
        "С таким заявлением выступил замминистра иностранных дел Олег Фомин.",
        "Такую оценку ситуации дал замминистра иностранных дел Олег Фомин.",
        "Соответствующее заявление сделал замминистра иностранных дел Олег Фомин.",
    ],
)
def test_ru_a_person_closing_a_sentence_about_a_statement_is_its_subject(opening: str) -> None:
    text = opening + " «Мы готовы продолжить переговоры без предварительных условий», — отметил он."
    assert organization_speakers(text, "ru") == [("Олег Фомин", "person")]


def test_ru_a_person_closing_a_sentence_of_other_news_is_not_he() -> None:
    text = "В результате ночного обстрела погиб военнослужащий Олег Фомин. «Он был настоящим героем», — сказал он."
    assert organization_speakers(text, "ru") == [(None, "none")]


# --- a compound rank and a surname after an inverted verb ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("« Aucune position n'a été abandonnée », a indiqué le lieutenant-colonel Sawadogo.", "fr", "Sawadogo"),
        ("« Aucune position n'a été abandonnée », a précisé le colonel-major Ouedraogo.", "fr", "Ouedraogo"),
        ('"No position was abandoned," Lieutenant Colonel Sawadogo told reporters.', "en", "Sawadogo"),
        ("«Ни одна позиция не была оставлена», — заявил подполковник Савадого.",
         "ru", "Савадого"),
    ],
)  # fmt: skip
def test_a_compound_rank_before_a_surname_after_the_verb(text: str, language: str, speaker: str) -> None:
    assert organization_speakers(text, language) == [(speaker, "person")]


# --- a partial quote in a sentence with no speech verb, opened by a body named by its head ------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Le gouvernement a salué le « sens du devoir exemplaire de nos forces armées ».", "fr", "Le gouvernement"),
        ('The army urged residents to "report any unknown vehicle to the nearest checkpoint".', "en", "The army"),
        ("Армия призвала жителей «сообщать о любой незнакомой машине на ближайший пост».", "ru", "Армия"),
        ("Les jihadistes revendiquent une « victoire éclatante sur les forces du régime ».", "fr", "Les jihadistes"),
    ],
)  # fmt: skip
def test_a_partial_quote_is_the_words_of_the_body_opening_the_sentence(
    text: str, language: str, speaker: str
) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_a_body_head_further_in_the_subject_is_no_speaker() -> None:
    text = 'Residents of the army town urged the mayor to "open the shelters before nightfall".'
    assert organization_speakers(text, "en") == [(None, "none")]


def test_a_partial_quote_after_a_role_opening_the_sentence_is_the_holder_s() -> None:
    text = (
        "Le maréchal Khalil Haddad est arrivé à Moscou lundi. Il a été reçu par un vice-ministre.\n"
        "Le maréchal a discuté avec ses hôtes du renforcement de « la coopération avec les dirigeants russes »."
    )
    assert organization_speakers(text, "fr") == [("Khalil Haddad", "person")]


def test_a_body_citing_another_body_does_not_speak_its_words() -> None:
    text = (
        "L'agence de presse officielle a cité le ministère disant que les victimes avaient été touchées "
        "« par des tirs de l'ennemi pendant la nuit »."
    )
    assert organization_speakers(text, "fr") == [(None, "none")]


def test_a_participle_after_its_own_subject_naming_nobody_known_takes_nobody() -> None:
    text = 'The minister spoke for an hour, his aides saying he was "tired but determined to go on".'
    assert organization_speakers(text, "en") == [(None, "none")]


# --- armed groups as the knowledge base names them in each language ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ('The Azawad Liberation Front said it had "pushed back a column of the army near the wells".', "en",
         "Azawad Liberation Front"),
        ("Исламское государство в Большой Сахаре заявило, что «оттеснило колонну армии от колодцев».", "ru",
         "Исламское государство в Большой Сахаре"),
        ("Силы быстрой поддержки заявили, что «оттеснили колонну армии от колодцев».", "ru",
         "Силы быстрой поддержки"),
    ],
)  # fmt: skip
def test_an_armed_group_by_a_name_of_the_knowledge_base_speaks(
    text: str, language: str, speaker: str
) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


# --- naming participles, and whom a participle's main verb governs ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ('The junta welcomed the agreement, calling it "a turning point for the whole region".', "en", "The junta"),
        ("Le gouvernement a condamné l'embuscade, la qualifiant d'« acte lâche contre des civils sans défense ».",
         "fr", "Le gouvernement"),
    ],
)  # fmt: skip
def test_a_naming_participle_goes_on_with_the_subject(text: str, language: str, speaker: str) -> None:
    assert organization_speakers(text, language) == [(speaker, "organization")]


def test_a_participle_is_not_the_words_of_whom_the_main_verb_governs() -> None:
    text = 'The president received Idrissa Kone on Monday, saying the talks were "a step forward for both sides".'
    assert organization_speakers(text, "en") == [(None, "none")]


def test_a_participle_after_a_quote_leaves_the_quote_its_subject_s() -> None:
    text = (
        "Le Conseil présidentiel a « condamné avec force l'attaque armée contre le poste de Gao », qualifiant les "
        "assaillants « de bandes armées hors-la-loi »."
    )
    speakers = organization_speakers(text, "fr")
    assert [s for s, _ in speakers] == ["Conseil présidentiel", "Conseil présidentiel"]


def test_a_title_before_a_verb_is_not_the_title_of_the_person_after_it() -> None:
    text = (
        'The president met Idrissa Kone on Monday. "We had a frank and useful meeting," the president said.'
    )
    assert organization_speakers(text, "en") != [("Idrissa Kone", "person")]


def test_a_source_opening_the_sentence_covers_a_participle_after_it() -> None:
    text = "Selon le ministère, l'armée a repoussé l'assaut, affirmant avoir « neutralisé une dizaine d'assaillants »."
    assert organization_speakers(text, "fr") == [("le ministère", "organization")]
