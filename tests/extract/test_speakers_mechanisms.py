"""rasid.quotes.v1 speakers: mechanisms found on real news pages (role agreement, inversions with
an indirect object, pronouns after a scene-setting sentence, quotes that go on in a new paragraph,
anonymous sources), per language, with the cases where no speaker is better than a wrong one.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from test_quotes import _analyse

from rasid.extract import analyze_text
from rasid.model import Document


def _quotes(doc: Document) -> list[dict[str, Any]]:
    return [{"text": a.text, **a.attrs} for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a role of another kind than the one person in view: not them
        ('President Bola Tinubu met the envoys in Abuja. The spokesman added: "No option has been ruled out by the bloc."',
         {"Bola Tinubu": "Bola Tinubu"}),
        ('التقى الكولونيل أسيمي غويتا السفراء في باماكو. وقال وزير الخارجية الفرنسي إن "فرنسا تطالب بعودة المسار الانتقالي فورا".',
         {"أسيمي غويتا": "Assimi Goïta"}),
    ],
)  # fmt: skip
def test_speakers_role_of_another_kind_names_nobody(text: str, people: dict[str, str]) -> None:
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    ("text", "people", "canonical"),
    [
        # fr: inversion with a time and whom it was told to before the subject, then a role later
        ("Deux dépôts ont brûlé à Gao, a déclaré mardi à la presse le ministre malien des Mines, le colonel Sidi Keita. "
         "« Les réserves de carburant sont perdues pour la saison », a précisé le ministre à la radio.",
         {"Sidi Keita": "Sidi Keita"}, "Sidi Keita"),
        ("« Nous avons repoussé les assaillants vers la frontière », a déclaré à la presse l'officier Moussa Dembélé.",
         {"Moussa Dembélé": "Moussa Dembélé"}, "Moussa Dembélé"),
        # en: inverted "said X" after a short quote, then "he said"
        ('Niger is "not a battlefield", said General Amadou Sani, the army chief, on Friday. '
         '"Our units will hold the river crossings until the rains end," he said.',
         {"Amadou Sani": "Amadou Sani"}, "Amadou Sani"),
        # ru: "— заявил журналистам X"
        ("«Поставки зерна начнутся в следующем месяце», — заявил журналистам министр Олег Соколов.",
         {"Олег Соколов": "Oleg Sokolov"}, "Oleg Sokolov"),
    ],
)  # fmt: skip
def test_speakers_inverted_subject_after_whom_it_was_told_to(
    text: str, people: dict[str, str], canonical: str
) -> None:
    quotes = _quotes(_analyse(text, people))
    assert quotes
    assert [q["speaker_canonical"] for q in quotes if len(q["text"].split()) >= 4] == [canonical] * len(
        [q for q in quotes if len(q["text"].split()) >= 4]
    )


@pytest.mark.parametrize(
    "text",
    [
        '"We must rebuild the schools first" and "we must pay the teachers on time," the minister Awa Sy said.',
        "« Il faut reconstruire les écoles d'abord » et « payer les enseignants à temps », a dit la ministre Awa Sy.",
    ],
)
def test_speakers_quote_takes_the_speaker_of_the_next_one_in_its_sentence(text: str) -> None:
    quotes = _quotes(_analyse(text, {"Awa Sy": "Awa Sy"}))
    assert [q["speaker_canonical"] for q in quotes] == ["Awa Sy", "Awa Sy"]
    assert quotes[0]["speaker_via"] == "continuation"


def test_speakers_quote_before_an_attribution_of_another_speaker_stays_open() -> None:
    text = '"We must rebuild the schools first," said Awa Sy. "We must pay the teachers," Ali Ba said.'
    quotes = _quotes(_analyse(text, {"Awa Sy": "Awa Sy", "Ali Ba": "Ali Ba"}))
    assert [q["speaker_canonical"] for q in quotes] == ["Awa Sy", "Ali Ba"]


def test_speakers_pronoun_takes_the_one_person_of_the_sentence_before() -> None:
    text = (
        "Le chef de l'opposition Ali Sow a rencontré les délégués de la région. Interrogé sur la sécurité, "
        "le ministre Oumar Ba a répondu longuement.\n« Nous tiendrons toutes les routes du nord », dit-il."
    )
    (quote,) = _quotes(_analyse(text, {"Ali Sow": "Ali Sow", "Oumar Ba": "Oumar Ba"}))
    assert (quote["speaker_canonical"], quote["speaker_via"]) == ("Oumar Ba", "pronoun")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('"We will send grain to six countries this year," Amadou Sani told the summit.\n\n'
         '"We will also pay for the delivery to the ports."', {"Amadou Sani": "Amadou Sani"}),
        ("«Поставки зерна начнутся в следующем месяце», — заявил министр Олег Соколов.\n"
         "«Доставку до портов мы тоже оплатим сами, без посредников.»", {"Олег Соколов": "Oleg Sokolov"}),
        ("Dans un entretien, le ministre Oumar Ba affirme que « les routes du nord sont sûres ».\n"
         "« Les convois passent chaque semaine sans escorte étrangère et sans incident majeur. »",
         {"Oumar Ba": "Oumar Ba"}),
    ],
)  # fmt: skip
def test_speakers_quoted_paragraph_goes_on_with_the_last_speaker(text: str, people: dict[str, str]) -> None:
    quotes = _quotes(_analyse(text, people))
    assert quotes[-1]["speaker_canonical"] == next(iter(people.values()))
    assert quotes[-1]["speaker_via"] == "continuation"


@pytest.mark.parametrize(
    "text",
    [
        # an interview question between them: the answer is not the last speaker's
        '"We will send grain to six countries," Amadou Sani said. Who will pay for the ships?\n'
        '"The buyers will pay for the ships and the insurance."',
        # another person named after the last speaker
        '"We will send grain to six countries," Amadou Sani said. Ali Ba disagreed with him.\n'
        '"The buyers will pay for the ships and the insurance."',
    ],
)
def test_speakers_quoted_paragraph_after_a_question_or_another_person_stays_open(text: str) -> None:
    quotes = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani", "Ali Ba": "Ali Ba"}))
    assert quotes[-1]["speaker"] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Intervention remains the last resort for the bloc," said Ajuri Ngelale.', "Ajuri Ngelale"),
        ("«Мы закупим удобрения и дизельное топливо», — сообщил директор департамента Минпромторга РФ Роман Чекушов.",
         "Роман Чекушов"),
        ("« La délégation a transmis le message au chef de la junte », explique notre correspondant, Serge Daniel.",
         "Serge Daniel"),
    ],
)  # fmt: skip
def test_speakers_name_no_stage_marked_after_the_verb(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert (quote["speaker"], quote["speaker_type"]) == (speaker, "person")


@pytest.mark.parametrize(
    "text",
    [
        '"Funding for the camps will run out in May," said the United Nations Development Programme.',
        '"Funding for the camps will run out in May," said officials of World Food Programme.',
    ],
)
def test_speakers_capitalised_body_after_the_verb_is_not_a_person(text: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] != "person"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # the sentence opens with an unnamed speaker; a named person inside it is not the speaker
        ("Un proche collaborateur du président Bola Tinubu, joint par téléphone, balaie ces critiques avant de "
         "préciser : « Nous attendrons le retour de notre délégation avant de répondre. »",
         "Un proche collaborateur du président Bola Tinubu"),
        ("Notre interlocuteur, membre de l'équipe de médiation, ajoute : « Aucun accord ne sera signé cette semaine à Niamey. »",
         "Notre interlocuteur"),
        # a definite unnamed source after an inverted verb
        ("« Le dialogue n'est pas rompu avec les autorités de transition », précise la même source.", "la même source"),
        ('"The convoy turned back before reaching the border post," the source added.', "the source"),
        # an Arabic speaker who asked not to be named (the verb in that phrase is not the speech verb)
        ('وقال المسؤول رافضاً كشف هويته "الهجوم استهدف مخزن الوقود قرب المطار".', "المسؤول"),
        ('"The attackers came on motorbikes from the east," said the commander, who asked not to be named.',
         "the commander"),
    ],
)  # fmt: skip
def test_speakers_unnamed_source_is_typed_anonymous(text: str, description: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Bola Tinubu": "Bola Tinubu"}))
    assert quote["speaker_type"] == "anonymous"
    assert quote["speaker"] is None
    assert quote["speaker_description"].casefold().startswith(description.casefold())


@pytest.mark.parametrize(
    ("text", "others", "speaker"),
    [
        # attribution after the quote, an organisation named by words no entity covers
        ('"A supply convoy was the target of an ambush near Djibo," according to an army statement.', {}, "an army statement"),
        # "it" goes on with an organisation, never with a person
        ('"The convoy was ambushed near Djibo," the army said. "Reinforcements were sent at dawn," it added.', {},
         "the army"),
        # an organisation that opens the sentence before, then "a-t-il annoncé"
        ("Le groupe paramilitaire russe Wagner quitte le Mali. « Nous avons rempli notre mission ici », a-t-il annoncé.",
         {"Wagner": ("ARMED_GROUP", "Wagner Group")}, "Wagner Group"),
    ],
)  # fmt: skip
def test_speakers_organisation_after_the_quote_or_by_pronoun(
    text: str, others: dict[str, tuple[str, str]], speaker: str
) -> None:
    quotes = _quotes(_analyse(text, None, others))
    assert quotes[-1]["speaker_type"] == "organization"
    assert speaker in (quotes[-1]["speaker"], quotes[-1]["speaker_canonical"])


def test_speakers_it_after_a_person_names_nobody() -> None:
    text = '"The convoy was ambushed near Djibo," Amadou Sani said. "Reinforcements were sent at dawn," it added.'
    quotes = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani"}))
    assert quotes[-1]["speaker"] is None


def test_speakers_he_goes_on_with_an_unnamed_source() -> None:
    text = '"We lost many men in the village," said a local militia official. "Others are still missing," he added.'
    quotes = _quotes(_analyse(text))
    assert [q["speaker_type"] for q in quotes] == ["anonymous", "anonymous"]


def test_speakers_according_to_a_name_in_apposition_before_the_quote() -> None:
    text = "According to Colonel Amadou Sani, the army spokesman, \u201cThe plan is to cross the border at night.\u201d"
    (quote,) = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani"}))
    assert quote["speaker_canonical"] == "Amadou Sani"


@pytest.mark.parametrize(
    "text",
    [
        # fr/en/ru drop no subject: a written one naming nobody known stops the chain
        '"Our losses are heavy," Amadou Sani said. One of the sources said that the group had "no trucks for such a raid".',
        "« Nos pertes sont lourdes », a dit Amadou Sani. L'une d'elles a précisé que le groupe n'avait « pas de camions pour un tel raid ».",
    ],
)  # fmt: skip
def test_speakers_unknown_written_subject_stops_the_chain(text: str) -> None:
    quotes = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani"}))
    assert quotes[0]["speaker_canonical"] == "Amadou Sani"
    assert quotes[-1]["speaker_canonical"] is None


def test_speakers_adverb_between_pronoun_and_verb_keeps_the_chain() -> None:
    text = (
        'Amadou Sani spoke on radio. He also said: "The bloc is getting ready to send troops to the north."'
    )
    (quote,) = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani"}))
    assert quote["speaker_canonical"] == "Amadou Sani"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("В среду министр внутренних дел этой африканской страны Мохамед Тумба заявил: «Париж поддерживает "
         "терроризм в нашей стране».", "Мохамед Тумба"),
        ("« Nous avons perdu dix-sept hommes dans cette attaque », a annoncé dans la soirée le ministre Tiéman Coulibaly.",
         "Tiéman Coulibaly"),
    ],
)  # fmt: skip
def test_speakers_unmarked_name_right_before_the_verb_or_after_the_time(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # ”…” typed with the closing mark on both sides
        ("Amadou Sani spoke first. \u201dWe will open three new schools in Gao this year,\u201d he said.",
         "We will open three new schools in Gao this year,"),
        # ”…“ reversed, as often in right-to-left text
        ("وقال أمادو ساني في مقابلة إن \u201dالجيش سيبقى في الشمال حتى نهاية موسم الأمطار\u201c.",
         "الجيش سيبقى في الشمال حتى نهاية موسم الأمطار"),
        # single quotes, with an apostrophe inside
        ("\u2018The army\u2019s convoy reached Kidal before the rains,\u2019 said Amadou Sani.",
         "The army\u2019s convoy reached Kidal before the rains,"),
        # « … .« , dit-il: the closing mark typed the wrong way round
        ("Le ministre Amadou Sani a répondu. « Nous tiendrons toutes les routes du nord.« , dit-il.",
         "Nous tiendrons toutes les routes du nord."),
    ],
)  # fmt: skip
def test_speakers_quotation_marks_typed_unusually(text: str, quoted: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani", "أمادو ساني": "Amadou Sani"}))
    assert quote["text"] == quoted
    assert quote["speaker_canonical"] == "Amadou Sani"


def test_speakers_whom_it_was_told_to_is_not_the_speaker() -> None:
    text = (
        'Amadou Sani, for his part, told Ali Ba that he "values the partnership with your country very much."'
    )
    (quote,) = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani", "Ali Ba": "Ali Ba"}))
    assert quote["speaker_canonical"] == "Amadou Sani"


@pytest.mark.parametrize(
    ("text", "speaker_type", "canonical"),
    [
        ('ونقلت وسائل الإعلام عن مسؤول في الشرطة قوله إن "المهاجمين فروا نحو الحدود قبل وصول التعزيزات".',
         "anonymous", None),
        ('ونقلت الإذاعة عن الوزير عمر ديارا قوله إن "الطرق في الشمال آمنة الآن بعد العملية".', "person", "Oumar Diarra"),
    ],
)  # fmt: skip
def test_speakers_arabic_words_taken_from_someone(
    text: str, speaker_type: str, canonical: str | None
) -> None:
    (quote,) = _quotes(_analyse(text, {"عمر ديارا": "Oumar Diarra"}))
    assert (quote["speaker_type"], quote["speaker_canonical"]) == (speaker_type, canonical)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In turn, Baba Kone, a researcher at the governance centre, said the talks were delayed. '
         'He added, "Armed groups are generally ready to negotiate the release of their prisoners."', "Baba Kone"),
        ("The group's West Africa director, Rinaldo Pagne, told reporters that Moscow was "
         '"much closer to a deal with the new leaders than with the old ones."', "Rinaldo Pagne"),
        ('However, Tacuno warned that "when these talks fail, the hostages are moved further north."', "Tacuno"),
    ],
)  # fmt: skip
def test_speakers_unmarked_name_before_an_apposition_or_after_a_comma(text: str, speaker: str) -> None:
    quotes = _quotes(_analyse(text))
    assert quotes[-1]["speaker"] == speaker


def test_speakers_capitalised_body_after_a_comma_is_not_a_person() -> None:
    (quote,) = _quotes(_analyse('However, Police said "the attackers fled towards the border before dawn."'))
    assert quote["speaker_type"] != "person"


def test_speakers_speech_verb_used_as_a_noun_is_not_a_verb() -> None:
    text = (
        "Le gouvernement a d'abord parlé de douze morts. Depuis cette annonce, « le bilan a évolué : nous avons "
        "perdu dix-sept hommes », a annoncé dans la soirée le ministre Oumar Ba."
    )
    (quote,) = _quotes(_analyse(text, {"Oumar Ba": "Oumar Ba"}))
    assert quote["speaker_canonical"] == "Oumar Ba"


def test_speakers_relative_pronoun_goes_on_with_the_chain() -> None:
    text = (
        "« Nos soldats ont pris la base de Ménaka », indique le groupe Wagner dans un message "
        "qui rapporte « des combats avec toutes sortes d'armes lourdes »."
    )
    quotes = _quotes(_analyse(text, None, {"le groupe Wagner": ("ARMED_GROUP", "Wagner Group")}))
    assert [q["speaker_canonical"] for q in quotes] == ["Wagner Group", "Wagner Group"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('President Amadou Sani opened the summit. "We will deliver grain to six countries," the Nigerien president said.',
         {"Amadou Sani": "Amadou Sani"}),
        ("Президент Амаду Сани открыл саммит. «Мы поставим зерно в шесть стран», — сказал нигерский президент.",
         {"Амаду Сани": "Amadou Sani"}),
    ],
)  # fmt: skip
def test_speakers_role_with_an_adjective_before_it(text: str, people: dict[str, str]) -> None:
    (quote,) = _quotes(_analyse(text, people))
    assert (quote["speaker_canonical"], quote["speaker_via"]) == ("Amadou Sani", "role")


def test_speakers_pronoun_after_a_title_ending_a_sentence_is_no_name() -> None:
    from rasid.extract import analyze_text

    text = (
        "The minister said power was held by the elected president.\n"
        'He told reporters that the army "was not involved as a whole in the attempt."'
    )
    doc = analyze_text(text)
    assert not [a for a in doc.layer("entities") if a.label == "PER" and a.text == "He"]
    (quote,) = _quotes(doc)
    assert quote["speaker"] != "He"


def test_speakers_person_in_a_reported_clause_does_not_stop_the_chain() -> None:
    text = (
        'Amadou Sani said the army "stands with the elected government." He told the radio that Ali Ba was '
        'in good health. "We ask all the soldiers to return to their barracks," he said.'
    )
    quotes = _quotes(_analyse(text, {"Amadou Sani": "Amadou Sani", "Ali Ba": "Ali Ba"}))
    assert quotes[-1]["speaker_canonical"] == "Amadou Sani"


def test_speakers_russian_quoting_verb_with_an_object_pronoun() -> None:
    text = (
        "Министр Олег Соколов выступил на пресс-конференции в Бамако. "
        "«Поставки зерна начнутся в следующем месяце», — цитирует его РИА Новости."
    )
    (quote,) = _quotes(
        _analyse(text, {"Олег Соколов": "Oleg Sokolov"}, {"РИА Новости": ("MEDIA", "RIA Novosti")})
    )
    assert (quote["speaker_canonical"], quote["speaker_via"]) == ("Oleg Sokolov", "pronoun")


@pytest.mark.parametrize(
    ("text", "people", "speaker"),
    [
        # en: the name right after the quote, then its apposition, then the verb
        ('"The convoy never reached the border post," Jane Roe, a spokeswoman for the regional council, told reporters.',
         {"Jane Roe": "Jane Roe"}, "Jane Roe"),
        # fr: an adverb between the auxiliary and the participle of an inverted verb
        ("« Nous ne négocierons pas sous la menace des armes », a d'abord affirmé Paul Martin devant les députés.",
         {"Paul Martin": "Paul Martin"}, "Paul Martin"),
    ],
)  # fmt: skip
def test_speakers_after_the_quote_over_an_apposition_or_an_adverb(
    text: str, people: dict[str, str], speaker: str
) -> None:
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker_canonical"] == speaker


def test_speakers_name_then_apposition_holding_another_clause_is_no_speaker() -> None:
    # the words after the name run on past a sentence end: no apposition, no speaker from it
    text = '"We will rebuild the bridge," Jane Roe. The minister, visibly tired, told reporters nothing more.'
    (quote,) = _quotes(_analyse(text, {"Jane Roe": "Jane Roe"}))
    assert quote["speaker"] is None


def test_speakers_words_the_entity_layer_knows_as_an_outlet_are_no_person() -> None:
    # "— в ТАСС сообщили": the capitalised word after the dash is the agency, typed as a body
    doc = analyze_text(
        "«Переговоры продолжатся на следующей неделе в Женеве», — в ТАСС сообщили.", language="ru"
    )
    (quote,) = _quotes(doc)
    assert (quote["speaker"], quote["speaker_type"]) == ("ТАСС", "organization")
