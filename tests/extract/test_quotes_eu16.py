"""rasid.quotes.v1 speakers, fr/en/ru round 16 (judged on a population of unlabelled dev pages): a role the
entities layer resolved to a person ("le général" for X) is no form of their name; a body speaking is named
by the words before its first verb, not by the whole clause ("L'armée a accusé … et a dénoncé « … »"); a
title before the subject of a partial quote and "a appelé à" (urging) leave the quote its subject's.
Sentences written for these tests; the people in them are invented."""

from __future__ import annotations

import pytest
from quote_speakers import direct_speakers, organization_speakers


# --- a role coreference is not a surname --------------------------------------------------------------------
def test_a_role_resolved_to_a_person_does_not_become_their_name() -> None:
    text = (
        "Le chef de la junte a parlé mardi. « Nous sommes prêts à partir », déclare le général Keïta. "
        "Cette menace justifie le coup d'État, selon le général Keïta. Interrogé sur la suite, le général "
        "rassure : « Nous n'avons pas le droit de rester au pouvoir »."
    )
    assert direct_speakers(text) == ["Keïta", "Keïta"]


# --- a body's name stops at its first verb ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'armée malienne a accusé les rebelles et a dénoncé « une attaque lâche contre les civils ».",
            "L'armée malienne",
        ),
        (
            "Le ministère nigérien de la Défense a condamné l'attaque et réaffirmé « l'engagement total de "
            "l'État dans la lutte contre les groupes armés ».",
            "Le ministère nigérien de la Défense",
        ),
        (
            'The national radio also reported the base had been attacked but said "the situation is now '
            'under full control of the army".',
            "The national radio",
        ),
    ],
)
def test_a_body_is_named_by_the_words_before_its_first_verb(text: str, speaker: str) -> None:
    assert organization_speakers(text, None) == [(speaker, "organization")]


def test_a_body_and_its_name_may_hold_a_conjunction() -> None:
    text = (
        "Le ministère de la Défense et des Anciens combattants a affirmé que « la situation est sous "
        "contrôle dans toute la région »."
    )
    assert organization_speakers(text, None) == [
        ("Le ministère de la Défense et des Anciens combattants", "organization")
    ]


# --- a partial quote: a title before the subject, "appeler à" ------------------------------------------------
def test_a_title_before_the_subject_of_a_partial_quote_is_no_opening_phrase() -> None:
    text = (
        "Le même jour, le Premier ministre français Paul Marchand a appelé depuis Dakar, ville voisine, à "
        "ne laisser « aucune chance, aucune prise » aux groupes armés."
    )
    assert direct_speakers(text) == ["Paul Marchand"]


def test_urging_is_not_naming() -> None:
    text = "La ministre Claire Dubois a appelé les habitants à « rester chez eux toute la nuit de dimanche »."
    assert direct_speakers(text) == ["Claire Dubois"]


@pytest.mark.parametrize(
    "text",
    [
        "Ce que la présidence a appelé « une opération réussie contre les groupes armés » a fait dix morts.",
        "Le ministre Paul Marchand a visité ce que la presse appelle « la prison à ciel ouvert du nord ».",
    ],
)
def test_a_naming_verb_right_before_the_quote_still_blocks_the_subject(text: str) -> None:
    assert direct_speakers(text) == [None]


# --- ru: professions a text names someone by ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Известный телеведущий Олег Смирнов предупредил зрителей о поддельном канале. «У программы никогда "
            "не было своего канала в мессенджере», — написал телеведущий.",
            "Олег Смирнов",
        ),
        (
            "Военный корреспондент Павел Рогов показал кадры из Мали. Как отметил Рогов, обстановка "
            "стабильная. «Это работа не на один год, но результат уже виден», — подчеркнул военкор.",
            "Павел Рогов",
        ),
    ],
)
def test_a_profession_refers_back_to_the_one_person_holding_it(text: str, speaker: str) -> None:
    assert direct_speakers(text) == [speaker]


# --- the last speaker goes on ---------------------------------------------------------------------------------
def test_asked_then_a_colon_the_last_speaker_answers() -> None:
    text = (
        "« Nous avons tout essayé », déclare le président Paul Marchand. « Il a tout saboté depuis le début » "
        "poursuit-il.\nInterrogé sur le sort de son rival : « si nous le trouvons, il répondra de ses actes "
        "devant la justice »."
    )
    assert direct_speakers(text) == ["Paul Marchand"] * 3


def test_a_conjunction_before_a_quote_opening_a_sentence_goes_on_with_the_speaker() -> None:
    text = (
        "Le président Paul Marchand a été réélu. Quant à son rival Jean Dupont, il voulait aussi un mandat, "
        "assure le président Marchand. Mais « le peuple a montré une fois de plus sa maturité politique »."
    )
    assert direct_speakers(text) == ["Paul Marchand"]


def test_a_quoted_sentence_opening_a_paragraph_in_the_reporters_words_goes_on() -> None:
    text = (
        "Le général Paul Marchand a parlé mardi. Selon le général, « c'est le peuple qui va dicter les "
        "relations futures avec ses voisins. »\n« L'ambassadeur est parti il y a quelques jours. Les soldats "
        "suivront bientôt. » A ses yeux, les militaires étrangers n'ont pas tenu leurs promesses."
    )
    assert direct_speakers(text) == ["Paul Marchand", "Paul Marchand"]


@pytest.mark.parametrize(
    "text",
    [
        # someone else named in the rest of the paragraph
        "« Nous partirons bientôt », a déclaré le ministre Paul Marchand.\n« Le pays est calme. » La veille, "
        "Jean Dupont avait visité la ville du nord.",
        # asked, but the sentence names who answers
        "« Nous partirons bientôt », a déclaré le ministre Paul Marchand.\nInterrogé sur la suite, Jean Dupont "
        "a répondu : « rien n'est encore décidé pour le moment ».",
    ],
)
def test_no_continuation_when_another_person_is_named(text: str) -> None:
    assert direct_speakers(text)[1] != "Paul Marchand"


# --- ru: more speech verbs and a deputy minister's titles -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Замглавы МИД России Олег Смирнов не стал подтверждать эту информацию.\n\n«Не могу это подтвердить», "
            "— сказал замминистра журналистам.\n\n«Слухов слишком много, и это не помогает делу», — обратил "
            "внимание господин Смирнов.",
            ["Олег Смирнов", "Олег Смирнов"],
        ),
        (
            "Глава региона Павел Рогов рассказал о наборе добровольцев. «На сегодня в зону операции "
            "направлено более двух тысяч человек», — поделился Рогов.",
            ["Павел Рогов"],
        ),
    ],
)
def test_russian_deputy_minister_and_more_speech_verbs(text: str, speakers: list[str]) -> None:
    assert direct_speakers(text) == speakers


def test_a_quoted_sentence_with_its_attribution_after_a_comma_does_not_go_on() -> None:
    text = (
        "« Nous partirons bientôt », a déclaré le ministre Paul Marchand.\n« Le prix du riz va baisser. », "
        "met en exergue la radio locale."
    )
    assert direct_speakers(text)[1] != "Paul Marchand"


# --- a statement's issuer by a common noun; words meant to reassure ---------------------------------------------
def test_the_agency_whose_statement_it_is_refers_back_to_the_ministry_named_before() -> None:
    text = (
        "Министр обороны Павел Рогов побывал в зоне операции. Об этом со ссылкой на Минобороны России "
        "сообщило агентство.\n«На командных пунктах министру доложили об обстановке на всех направлениях», — "
        "говорится в сообщении ведомства."
    )
    assert organization_speakers(text, None) == [("Минобороны России", "organization")]


def test_two_bodies_that_may_be_the_agency_leave_it_unnamed() -> None:
    text = (
        "Глава МИД России Олег Смирнов встретился с министром обороны. Позже Минобороны России и МИД России "
        "опубликовали итоги встречи.\n«Переговоры продолжаются с утра», — говорится в сообщении ведомства."
    )
    assert organization_speakers(text, None)[0][0] is None


def test_reassure_is_a_speech_verb() -> None:
    text = (
        "L'armée a annoncé une attaque contre un camp. « L'état-major appelle la population au calme et "
        "affirme que les soldats restent engagés » rassure le communiqué de l'armée malienne."
    )
    assert direct_speakers(text) != [None]


# --- a body after an inverted verb speaks for a later pronoun; a person who came in since takes "il" ---------
def test_a_body_after_an_inverted_verb_is_the_antecedent_of_a_later_pronoun() -> None:
    text = (
        "Douze soldats ont été tués vendredi près de la frontière, a annoncé l'armée samedi soir dans son "
        "bulletin.\n\n« Douze de nos valeureux soldats sont tombés en défendant la nation », a-t-elle annoncé."
    )
    assert organization_speakers(text, None) == [("l'armée", "organization")]


def test_a_person_opening_the_sentence_after_a_body_spoke_is_il() -> None:
    text = (
        "Une attaque a fait des pertes parmi les soldats, a annoncé vendredi le gouvernement.\n\nPaul Marchand "
        "a immédiatement mis en cause le commandement. « Il n'y a aucune cohésion dans la chaîne de "
        "commandement », a-t-il déclaré dans un communiqué."
    )
    assert direct_speakers(text) == ["Paul Marchand"]


# --- "le chef de la diplomatie" is a minister; a reversed closing guillemet still ends a quotation ----------
def test_the_head_of_diplomacy_of_one_country_past_a_long_quotation_with_a_reversed_closing_mark() -> None:
    text = (
        "La coopération avec la Russie produit des résultats, a déclaré vendredi le ministre malien des Affaires "
        "étrangères Amadou Keïta lors d'une rencontre avec son homologue russe Ivan Petrov.\n\n« Le peuple russe "
        "a toujours été du côté du Mali et lui a toujours affirmé son attachement à l'unité du pays. La Russie a "
        "régulièrement apporté son appui au Mali au sein du Conseil de sécurité. Notre coopération politique est "
        "bonne, notre coopération sur le plan de la sécurité est bonne, elle produit des résultats sur le "
        "terrain et nous voulons aller plus loin ensemble« , a déclaré le chef de la diplomatie malienne."
    )
    assert direct_speakers(text) == ["Amadou Keïta"]


# --- a role phrase whose holder the text names once, in apposition, with no stage marking the name ------------
def test_the_holder_of_a_title_named_once_in_apposition_without_an_entity() -> None:
    text = (
        "Le Premier ministre centrafricain, Anselme Kotokpa, a appelé mercredi ses compatriotes à respecter une "
        "trêve.\n\n« Beaucoup de monde a convenu d'une suspension des mouvements pour profiter de cet événement », "
        "a déclaré le Premier ministre dans une allocution à la presse."
    )
    assert direct_speakers(text) == ["Anselme Kotokpa"]


def test_two_unmarked_holders_of_the_title_give_none() -> None:
    text = (
        "Le Premier ministre centrafricain, Anselme Kotokpa, a reçu une délégation. Le Premier ministre tchadien, "
        "Firmin Ngoubéké, a quitté Bangui mercredi.\n\n« Nous avons parlé de la sécurité aux frontières pendant "
        "toute la matinée », a déclaré le Premier ministre."
    )
    assert direct_speakers(text) == [None]
