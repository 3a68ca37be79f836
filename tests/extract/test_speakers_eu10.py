"""rasid.quotes.v1 speakers in French and Russian, round 10: what stands between an inverted speech verb and
its subject ("a quant à lui assuré", "a déploré sur LCI"), a demonstrative subject that refers back ("a ajouté
cet ancien ingénieur"), feminine offices named after a comma ("la secrétaire nationale du parti, X"), and a
French adjective between a role noun and a name ("le gouverneur provincial X"). Sentences written for these
tests; the people in them are invented."""

from __future__ import annotations

from typing import Any

import pytest

from rasid.extract import analyze_text
from rasid.model import Document


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in _quotes(analyze_text(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Le barrage tiendra encore longtemps », a quant à lui assuré le préfet, Zorvan Kellati.",
         "Zorvan Kellati"),
        ("« Le barrage tiendra encore longtemps », a assuré quant à elle la préfète Alma Quessin.",
         "Alma Quessin"),
        ("« Le barrage tiendra encore longtemps », a déploré sur LCI la secrétaire nationale du parti, "
         "Noémie Vasquerel.", "Noémie Vasquerel"),
        ("« Le barrage tiendra encore longtemps », a estimé devant les élus le porte-parole de la mairie, "
         "Zorvan Kellati.", "Zorvan Kellati"),
        ("« Le barrage tiendra encore longtemps », a déclaré ce matin le ministre Zorvan Kellati.",
         "Zorvan Kellati"),
    ],
)  # fmt: skip
def test_french_venue_and_quant_a_lui_before_the_inverted_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_french_demonstrative_subject_refers_to_who_was_speaking() -> None:
    text = (
        "« La digue a cédé dans la nuit », a déclaré l'ingénieur Zorvan Kellati. "
        "« Nous avons eu beaucoup de chance », a ajouté cet ancien militaire, en souriant."
    )
    assert _speakers(text) == ["Zorvan Kellati", "Zorvan Kellati"]


def test_french_demonstrative_subject_of_the_other_gender_takes_nobody() -> None:
    text = (
        "Le maire Zorvan Kellati est arrivé au camp. « La digue a cédé dans la nuit », a-t-il déclaré. "
        "« Nous avons eu beaucoup de chance », a ajouté cette habitante."
    )
    assert _speakers(text) == ["Zorvan Kellati", None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le gouverneur provincial Zorvan Kellati a visité le camp.", "Zorvan Kellati"),
        ("Hier, le ministre malien Oumarou Tandjakéla est rentré.", "Oumarou Tandjakéla"),
    ],
)
def test_french_adjective_between_role_noun_and_name(text: str, name: str) -> None:
    doc = analyze_text(text)
    assert {a.text: a.label for a in doc.layer("entities")}.get(name) == "PER"


def test_a_verb_between_role_noun_and_name_is_no_adjective() -> None:
    doc = analyze_text("Le ministre remercie Zorvan Kellati pour son aide.")
    assert {a.text: a.label for a in doc.layer("entities")}.get("Zorvan Kellati") != "PER"


def test_russian_body_name_stops_at_a_given_name_in_the_nominative() -> None:
    doc = analyze_text("Председатель Совета Республики Валентина Куржакова заявила, что заседание перенесут.")
    tagged = {a.text: a.label for a in doc.layer("entities")}
    assert tagged.get("Валентина Куржакова") == "PER"
    assert "Совета Республики Валентина Куржакова" not in tagged


def test_russian_body_named_after_a_person_in_the_genitive_stays_whole() -> None:
    doc = analyze_text("Представитель Фонда Владимира Потанина заявил, что программа продолжится.")
    assert {a.text: a.label for a in doc.layer("entities")}.get("Фонда Владимира Потанина") == "ORG"


_LONG_QUOTE = (
    "Мы много раз предлагали собраться за одним столом и обсудить все спорные вопросы. Ответа не было ни "
    "разу. Тем не менее мы продолжаем надеяться, что здравый смысл возьмёт верх и переговоры начнутся "
    "ещё до конца года, потому что другого пути у нас просто нет. Иначе кризис затянется на годы"
)


def test_russian_role_noun_after_a_long_quote_takes_the_titled_person_past_a_president() -> None:
    text = (
        "Постоянный представитель Казахстана при ООН Игорь Веремеенко согласился с мнением президента "
        f"Казахстана Павла Громова. «{_LONG_QUOTE}», — сказал дипломат в интервью ведущему Рику Санчесу."
    )
    assert _speakers(text) == ["Игорь Веремеенко"]


def test_russian_role_noun_past_a_person_without_a_title_takes_nobody() -> None:
    text = (
        "Официальный представитель министерства Мария Соловьёва и Павел Громов провели встречу. «Переговоры "
        "пойдут трудно, но мы к ним готовы», — добавила дипломат."
    )
    assert _speakers(text) == [None]


def test_russian_comment_verb_with_a_colon_names_its_subject() -> None:
    text = "Олег Сидоренко прокомментировал решение суда: «Мы подадим апелляцию в ближайшие дни»."
    assert _speakers(text) == ["Олег Сидоренко"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whom it was told to, before an inverted verb; the chain then goes on with "он"
        ("Об этом журналистам сообщил пресс-секретарь Кремля Олег Сидоренко. «Мы не допустим эскалации», — "
         "сказал он.", "Олег Сидоренко"),
        # where it was written, between the verb and a name no stage marked
        ("«Мы не допустим эскалации конфликта», — написал в своем Telegram-канале Тимур Залесский.",
         "Тимур Залесский"),
        ("Как доложил министр обороны Олег Сидоренко, «мы не допустим эскалации конфликта».",
         "Олег Сидоренко"),
    ],
)  # fmt: skip
def test_russian_addressee_and_channel_around_an_inverted_verb(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_a_word_of_two_scripts_is_no_part_of_an_unmarked_name() -> None:
    speakers = _speakers("«Мы не допустим эскалации конфликта», — написал в Telegram-канале Тимур Залесский.")
    assert speakers == ["Тимур Залесский"]


def test_french_unnamed_photographer_is_an_anonymous_speaker() -> None:
    doc = analyze_text(
        "« J'ai pris la fuite dès les premiers tirs », a alors raconté un photographe de la chaîne."
    )
    (quote,) = _quotes(doc)
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The mayor "condemns in the strongest terms" the looting, Karen Holtby, a spokeswoman for the city, '
         "said on Monday.", "Karen Holtby"),
        ("« Nous ne partirons pas du Sahel avant la fin de la mission ». C'est ce qu'a déclaré le ministre de "
         "la Défense, Paul Girard, à la radio.", "Paul Girard"),
        ("Губернатор осмотрел место падения. «Размещая такие снимки, вы помогаете врагу», — добавил "
         "Махонькин.", "Махонькин"),
    ],
)  # fmt: skip
def test_speaker_written_after_the_rest_of_the_clause_or_sentence(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # two people after the quotation: whose words they are is not clear
        'The mayor "condemns in the strongest terms" the looting by Paul Grant, Karen Holtby, a spokeswoman '
        "for the city, said on Monday.",
        # one capitalised word without a surname's ending is a body as often as a person
        "«Размещая такие снимки, вы помогаете врагу», — сообщил Минздрав.",
    ],
)
def test_no_speaker_guessed_from_an_unclear_subject(text: str) -> None:
    assert _speakers(text) == [None]


def test_role_phrase_akin_to_the_last_speaker_but_fitting_two_newcomers_takes_nobody() -> None:
    text = (
        "« Nous tiendrons bon partout », a déclaré le président Paul Girard. Le général Moussa Kerbane a "
        "rencontré le colonel Ali Tamboura. « La saison des pluies complique tout », a expliqué l'officier."
    )
    assert _speakers(text) == ["Paul Girard", None]


def test_role_phrase_of_the_last_speakers_own_class_stays_with_them() -> None:
    text = (
        "« Nous tiendrons bon partout », a déclaré le général Paul Girard. Il a rencontré le président "
        "Moussa Kerbane. « La saison des pluies complique tout », a expliqué l'officier."
    )
    assert _speakers(text) == ["Paul Girard", "Paul Girard"]


@pytest.mark.parametrize(
    "between",
    [
        "ответил на вопрос о словах Тимура Залесского",
        "ответил на вопрос о словах Залесского",
        "ответил Залесскому",
    ],
)
def test_russian_surname_in_an_oblique_case_does_not_break_the_chain(between: str) -> None:
    text = f"Олег Сидоренко {between}. «Мы не допустим эскалации конфликта», — сказал он."
    assert _speakers(text) == ["Олег Сидоренко"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По мнению Олега Сидоренко, «переговоры возможны только на наших условиях».", "Олег Сидоренко"),
        ("Об этом заявил Сидоренко. По мнению министра, «переговоры возможны только на наших условиях».",
         "Сидоренко"),
    ],
)  # fmt: skip
def test_russian_opinion_attribution_names_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The militia attacked civilians in the city," Brig. Gen. Nabil Qaddour told reporters.',
         "Nabil Qaddour"),
        ('"The militia attacked civilians in the city," said Brig. Gen. Nabil Qaddour, the army spokesman.',
         "Nabil Qaddour"),
        ('"The humanitarian situation is catastrophic," U.N. envoy Ramtane Lamamra said on Thursday.',
         "Ramtane Lamamra"),
    ],
)  # fmt: skip
def test_english_abbreviation_periods_do_not_end_the_attribution(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We have no medicine left for the children," Tareq, a 30-year-old farmer, told AFP.', "Tareq"),
        ('"We have no medicine left for the children," said Amal, a mother of four who fled the city.',
         "Amal"),
        ("« Nous n'avons plus de médicaments pour les enfants », a raconté Amadou, un éleveur de 40 ans.",
         "Amadou"),
    ],
)  # fmt: skip
def test_one_name_with_an_apposition_describing_a_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We have no medicine left for the children," said Monday, a resident.',
        '"We have no medicine left for the children," Tareq, a 30-year-old farmer, told AFP by phone from '
        "the camp, where the outlet also spoke to others.",
    ],
)
def test_outlet_told_or_a_date_is_no_speaker(text: str) -> None:
    speakers = _speakers(text)
    assert "AFP" not in speakers and "Monday" not in speakers


def test_unnamed_person_with_an_age_is_anonymous() -> None:
    (quote,) = _quotes(
        analyze_text('"We have no medicine left for the children," a 30-year-old farmer told AFP.')
    )
    assert quote["speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The clinic is run by Dr. Amira Hassoubi and two nurses.", "Amira Hassoubi"),
        ("Brig. Gen. Nabil Qaddour visited the front.", "Nabil Qaddour"),
    ],
)
def test_abbreviated_title_before_a_name_makes_it_a_person(text: str, name: str) -> None:
    doc = analyze_text(text)
    assert {a.text: a.label for a in doc.layer("entities")}.get(name) == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "M. Oumarou Tandjakéla a tenu à clarifier la position de son gouvernement :\n\n« Nous regrettons ces "
        "propos et nous présentons nos excuses à nos voisins. »",
        "M. Oumarou Tandjakéla a tenu à clarifier la position de son gouvernement : « Nous regrettons ces "
        "propos et nous présentons nos excuses à nos voisins. »",
    ],
)
def test_sentence_opening_with_a_person_and_ending_with_a_colon_introduces_their_words(text: str) -> None:
    assert _speakers(text) == ["Oumarou Tandjakéla"]


def test_colon_after_a_sentence_naming_two_people_names_nobody() -> None:
    text = (
        "M. Oumarou Tandjakéla a lu le message de Paul Girard :\n\n« Nous regrettons ces propos et nous "
        "présentons nos excuses à nos voisins. »"
    )
    assert _speakers(text) == [None]


def test_person_in_apposition_to_a_title_at_the_end_of_a_clause_is_no_subject_for_a_pronoun() -> None:
    text = (
        "Après l'entretien, le ministre a laissé entendre qu'il portait un message du président nigérien, "
        "Oumarou Tandjakéla. « Le président a pris note du message et il m'a chargé de répondre », a-t-il "
        "déclaré."
    )
    assert _speakers(text) == [None]


def test_french_a_to_the_outlet_is_not_an_indefinite_article() -> None:
    text = (
        "« Une des roquettes est tombée à deux cents mètres du palais », a expliqué Aref Nouriddine. « Elles "
        "sont toutes tombées loin du palais », a quant à lui assuré à l'AFP le porte-parole du chef de "
        "l'Etat, Haroun Chakarzaï, qui a dit avoir entendu une explosion « tombée dans la banlieue de la ville »."
    )
    doc = analyze_text(text)
    assert [(q["speaker"], q["speaker_type"]) for q in _quotes(doc)][1:] == [
        ("Haroun Chakarzaï", "person"),
        ("Haroun Chakarzaï", "person"),
    ]


def test_pronoun_after_a_statement_without_issuer_is_not_a_person_in_view() -> None:
    text = (
        "Le ministre Paul Girard est arrivé sur place. « Aucun signe de tir n'a été observé sur l'épave », "
        "note le rapport. « Rien de suspect n'a été relevé dans les échanges », ajoute-t-il."
    )
    assert _speakers(text) == [None, None]
    assert [q["speaker_type"] for q in _quotes(analyze_text(text))] == ["organization", "organization"]


def test_person_in_the_rest_of_the_clause_leaves_the_written_subject_the_speaker() -> None:
    text = (
        "Le mouvement a confirmé la mort de son chef. « Notre frère est mort dans une frappe après "
        "l'investiture du nouveau président » iranien Paul Girard, a écrit le Hamas."
    )
    assert _speakers(text) == ["Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        "Военные «помогают разоружать повстанцев», заявил Сидоренко, которого агентство называет «главой "
        "частных инструкторов в стране».",
        "« Nous resterons jusqu'au bout de la mission », a déclaré Paul Girard, que la presse surnomme « le "
        "dernier des généraux fidèles ».",
    ],
)
def test_quote_in_a_relative_clause_with_its_own_subject_is_not_the_speakers(text: str) -> None:
    speakers = _speakers(text)
    assert speakers[0] is not None and speakers[1] is None


def test_french_que_after_a_verb_and_an_aside_is_that() -> None:
    text = (
        "Paul Girard a déclaré, lors d'une conférence, que la France « restera jusqu'au bout de la mission »."
    )
    assert _speakers(text) == ["Paul Girard"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pour le gouverneur provincial Zorvan Kellati, aucun doute : « la digue a cédé hier soir », a-t-il "
         "affirmé devant la presse.", "Zorvan Kellati"),
        ("Pour Paul Girard, « la situation est sous contrôle depuis hier soir ».", "Paul Girard"),
        ("Pour la France, « la situation est sous contrôle depuis hier soir ».", None),
        ("Pour Paul Girard, le ministre Jean Dupont a tort de croire que « la situation est sous contrôle ».",
         None),
    ],
)  # fmt: skip
def test_french_opinion_holder_opening_the_sentence(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Défense Paul Girard s'est exprimé devant les députés. « Nos soldats sont mobilisés "
        "jour et nuit. Nous ne reculerons pas », a-t-il affirmé.",
        "Le ministre de la Défense Paul Girard s'est exprimé devant les députés.\n\n« Nous avons renforcé nos "
        "positions dans le nord du pays.\n\n« Nos soldats sont mobilisés jour et nuit. Nous ne reculerons pas », "
        "a-t-il affirmé.",
    ],
)
def test_a_title_opening_the_sentence_keeps_the_name_its_subject(text: str) -> None:
    assert _speakers(text) == ["Paul Girard"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Nous avons renforcé nos positions, a déclaré Paul Girard, et nous tiendrons jusqu'au bout. »",
         "Paul Girard"),
        ("Paul Girard est arrivé.\n\n« Nous avons renforcé nos positions, a-t-il expliqué. Nous tiendrons "
         "jusqu'au bout. »", "Paul Girard"),
        ("Paul Girard est arrivé. « Nous avons renforcé nos positions, dit le communiqué reçu hier soir. »",
         None),
    ],
)  # fmt: skip
def test_french_attribution_set_inside_the_guillemets(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "verb", ["s'insurge-t-il", "a-t-il rétorqué", "s'est-il indigné", "concède-t-il", "a-t-il admis"]
)
def test_more_french_inverted_speech_verbs(verb: str) -> None:
    text = f"Paul Girard est arrivé. « Nous ne reculerons pas devant ces menaces », {verb}."
    assert _speakers(text) == ["Paul Girard"]


def test_french_struck_back_is_no_speech_verb() -> None:
    text = (
        "L'armée a indiqué avoir immédiatement répliqué avec des frappes qui ont « neutralisé plusieurs "
        "combattants » et détruit une base."
    )
    assert [q["cue"] for q in _quotes(analyze_text(text))] != ["répliqué"]


@pytest.mark.parametrize("verb", ["возразил он", "парировал он", "добавляет он", "настаивает он"])
def test_more_russian_speech_verbs(verb: str) -> None:
    text = f"Олег Сидоренко выступил в Думе. «Мы не отступим ни на шаг», — {verb}."
    assert _speakers(text) == ["Олег Сидоренко"]


@pytest.mark.parametrize("verb", ["boasted", "conceded", "retorted", "complained", "recounted"])
def test_more_english_speech_verbs(verb: str) -> None:
    assert _speakers(f'"We will win this election with ease," {verb} Paul Grant.') == ["Paul Grant"]


def test_role_phrase_after_several_speakers_takes_the_one_whose_title_fits() -> None:
    text = (
        '"We will hold every position we have," Defence Minister Paul Grant said. Army General Moses Kaberuka '
        'acknowledged difficulties. "The rainy season complicates everything," the officer said.'
    )
    assert _speakers(text)[-1] == "Moses Kaberuka"
