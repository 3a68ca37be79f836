"""rasid.quotes.v1 speakers in French, English and Russian: discourse mechanisms found on real news
pages (a statement's issuer, a short organisation name for the one written in full before), with the
cases where no speaker is better than a wrong one. Sentences written for these tests."""

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
        # fr: the bare head after the quote is the ministry written in full before
        ("Trois soldats sont morts, selon le ministère de la Défense. « Les assaillants ont fui vers le nord "
         "avec leurs blessés », a précisé le ministère.", "ministère de la Défense"),
        ("Le ministère malien des Forces armées a publié un bilan. « Deux véhicules ont été détruits pendant "
         "la nuit », poursuit le ministère.", "ministère malien des Forces armées"),
        # en: a capitalised name before the head, or "Ministry of …" after it
        ('The Foreign Ministry summoned the ambassador on Friday. "The decision was taken without any '
         'consultation," the ministry said.', "Foreign Ministry"),
        ('The Ministry of Defence confirmed the raid. "The depot was used to store drones," the ministry said.',
         "Ministry of Defence"),
    ],
)  # fmt: skip
def test_short_organisation_is_the_one_written_in_full_before(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == speaker
    assert quote["speaker_type"] == "organization"


def test_short_organisation_with_two_candidates_stays_as_written() -> None:
    text = (
        "Le ministère de la Santé et le ministère de la Défense ont tenu une réunion. « Les hôpitaux du nord "
        "sont saturés depuis lundi », a indiqué le ministère."
    )
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == "le ministère"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # fr: "selon le communiqué" after the sentence that says who issued it
        ("Dans un communiqué publié mardi, l'état-major des armées a fait état de combats près de Gao. "
         "« La situation est sous contrôle dans toute la région », selon le communiqué.", "état-major des armées"),
        # en: "said the statement" continues the organisation that spoke before
        ('"We welcome the end of this foreign presence on our soil," said the Transitional Council (CNT). '
         '"Every foreign force must leave before the end of the year," said the statement read on television.',
         "Transitional Council"),
        # en: "a statement by X" names its issuer
        ('A statement by the Transitional Council was read on Sunday. "Our borders remain closed to '
         'all flights from the region," the statement said.', "Transitional Council"),
    ],
)  # fmt: skip
def test_statement_speaks_for_its_issuer(text: str, speaker: str) -> None:
    quote = _quotes(_analyse(text, others={"Transitional Council": ("ORG", "Transitional Council")}))[-1]
    assert speaker in (quote["speaker"] or "")


def test_statement_with_no_issuer_in_view_names_nobody() -> None:
    text = "« La route nationale restera fermée jusqu'à nouvel ordre », selon le communiqué."
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] is None


def test_statement_after_a_person_is_not_that_person() -> None:
    """A person spoke last, and the text speaks of no statement before: "the statement" is not theirs."""
    text = (
        '"We have no plan to leave the city," Amadou Keita told reporters. "All flights are suspended '
        'until further notice," the statement said.'
    )
    quotes = _quotes(_analyse(text, {"Amadou Keita": "Amadou Keita"}))
    assert quotes[-1]["speaker"] != "Amadou Keita"


def test_verb_inside_an_earlier_quotation_is_not_the_attribution() -> None:
    """'"We also warned" them that …, "…," he added': the pronoun after the second quote decides."""
    text = (
        'Minister Sara Bello spoke on the radio. "We also warned" the neighbours that in the north, '
        '"the convoys will be escorted by the army from now on," he added.'
    )
    quotes = _quotes(_analyse(text, {"Sara Bello": "Sara Bello"}))
    assert quotes[-1]["speaker"] == "Sara Bello"


def test_aside_before_an_inverted_pronoun_verb() -> None:
    """« … », dans la région de Mopti, a-t-il ajouté: the aside does not hide the pronoun subject."""
    text = (
        "Le général Oumar Diallo a tenu une conférence de presse. « Des renforts arriveront avant la fin de "
        "la semaine », dans la région de Mopti, a-t-il ajouté."
    )
    (quote,) = _quotes(_analyse(text, {"Oumar Diallo": "Oumar Diallo"}))
    assert quote["speaker"] == "Oumar Diallo"
    assert quote["speaker_via"] == "pronoun"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another person no stage knows opens the sentence before: "he" may be them, so nobody
        ('Envoy Anna Keller said the talks had failed. Speaking to reporters, the militia leader Omar Tall '
         'rejected the plan. "This plan was written far away from our villages," he said.', None),
        # the last speaker named again by surname: still them
        ('Envoy Anna Keller said the talks had failed. Keller left the capital on Monday. "This plan was '
         'written far away from our villages," she said.', "Anna Keller"),
    ],
)  # fmt: skip
def test_unmarked_person_between_speaker_and_pronoun(text: str, speaker: str | None) -> None:
    quotes = _quotes(_analyse(text, {"Anna Keller": "Anna Keller", "Keller": "Anna Keller"}))
    assert quotes[-1]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # three words said, with their own speech verb: a quote
        ("Les soldats ont ensuite « repoussé les assaillants », a affirmé le colonel Moussa Koné.", True),
        ('The rebels had "fled the town", Colonel Moussa Kone told reporters.', True),
        # three words with no speech verb of their own, or a name: not a quote
        ("Les soldats ont « repoussé les assaillants » pendant la nuit.", False),
        ("Le général a parlé à la radio « Voice of America » mardi, a déclaré le colonel Moussa Koné.", False),
    ],
)  # fmt: skip
def test_three_word_quotes_need_their_own_attribution(text: str, kept: bool) -> None:
    quotes = _quotes(_analyse(text, {"Moussa Koné": "Moussa Koné", "Moussa Kone": "Moussa Koné"}))
    assert bool(quotes) == kept
    if kept:
        assert quotes[0]["speaker_canonical"] == "Moussa Koné"


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised role at a sentence start is no name (was the speaker "The Minister")
        'Minister of Water Idris Sall said the dam was safe. The Minister continued, "Nobody in the valley '
        'has to leave their home tonight."',
        'Idris Sall said the dam was safe. The President added: "Nobody in the valley has to leave their home tonight."',
    ],
)  # fmt: skip
def test_capitalised_role_is_not_a_name(text: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] not in ("The Minister", "The President")


def test_given_name_and_surname_marked_apart_are_one_speaker() -> None:
    """ "said President Amadou Tall": a model that marks "Amadou" and "Tall" apart names one person."""
    text = '"The borders will open again next week," said President Amadou Tall on Monday.'
    (quote,) = _quotes(_analyse(text, {"Amadou": "Amadou", "Tall": "Amadou Tall"}))
    assert quote["speaker_canonical"] == "Amadou Tall"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" goes back over a sentence that opens with "he" to the person who opens the one before;
        # a possessor ("Tom Reed's government") is not someone in view
        ("Kenya's Interior Minister Paul Otieno thanked Tom Reed's government for its help.\n\n"
         'But he added that the border would stay closed. "We cannot take any risk this month," he said.',
         "Paul Otieno"),
        ("Le ministre Paul Otieno a reçu l'ambassadeur. Il a ensuite visité le camp. « Nous ne prendrons "
         "aucun risque ce mois-ci », a-t-il dit.", "Paul Otieno"),
        # two people in the sentence before the pronoun sentence: no guess
        ("Paul Otieno met Tom Reed in Nairobi. He added that the border would stay closed. "
         '"We cannot take any risk this month," he said.', None),
    ],
)  # fmt: skip
def test_pronoun_goes_back_over_a_pronoun_sentence(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno", "Tom Reed": "Tom Reed"}))
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Une source sécuritaire avait fait état d'un bilan « d'au moins vingt morts dans le camp ».", None),
        ('Minister Paul Otieno revealed the plan "to reopen all the schools of the north in May".', "Paul Otieno"),
        ("Министр Павел Отиено пошутил, «что граница откроется только для хорошей погоды».", "Павел Отиено"),
    ],
)  # fmt: skip
def test_more_reporting_verbs(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno", "Павел Отиено": "Павел Отиено"}))
    assert quote["speaker"] == speaker
    assert quote["speaker_type"] == ("anonymous" if speaker is None else "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an attribution that opens the sentence covers a quote later in it, with no speech verb between
        ('Paul Otieno spoke on Monday. According to him, the rebels "left the villages before the rains came".',
         "Paul Otieno"),
        ("Selon Paul Otieno, les rebelles ont « quitté les villages avant la saison des pluies ».", "Paul Otieno"),
        # a speech verb between: its subject speaks, not the attribution
        ('According to Paul Otieno, the governor Tom Reed said the rebels "left the villages before the rains".',
         "Tom Reed"),
    ],
)  # fmt: skip
def test_sentence_opening_attribution_covers_a_later_quote(text: str, speaker: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno", "Tom Reed": "Tom Reed"}))
    assert quote["speaker"] == speaker


def test_statement_by_an_issuer_before_the_verb() -> None:
    text = 'Sunday\'s statement by the Transitional Council said "the airspace stays closed to every foreign flight".'
    (quote,) = _quotes(_analyse(text, others={"Transitional Council": ("ORG", "Transitional Council")}))
    assert quote["speaker"] == "Transitional Council"


def test_quotes_before_one_attributed_after_them_chain_back() -> None:
    """Three quotes of one sentence, the last attributed after it: all three are the issuer's."""
    text = (
        "Le ministère de la Défense a publié un communiqué dimanche. « Les unités se sont repliées dans la nuit » "
        "vers Douentza, « sans attendre les ordres du commandement », laissant des bâtiments « qui symbolisent "
        "l'autorité de l'État », selon le communiqué."
    )
    quotes = _quotes(_analyse(text))
    assert len(quotes) == 3
    assert {q["speaker"] for q in quotes} == {"ministère de la Défense"}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The envoy said the rebels were 'retreating towards the border with heavy losses', officials said.",
         ["retreating towards the border with heavy losses"]),
        ("'We will not give up the fight for our land,' the rebel leader Omar Tall told reporters.",
         ["We will not give up the fight for our land,"]),
        # apostrophes are not quotes, nor is a mark that never closes on its line
        ("Niger's army said the soldiers' families were safe and O'Neill's team had left.", []),
        ("The 'new era of cooperation has begun, the junta said.", []),
    ],
)  # fmt: skip
def test_english_straight_single_quotes(text: str, quoted: list[str]) -> None:
    assert [q["text"] for q in _quotes(_analyse(text, {"Omar Tall": "Omar Tall"}))] == quoted


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a long title with a body word in it ("Government spokesman"), then a hyphenated name
        ('Government spokesman and Minister of Water and Energy Idris Al-Tahir said the dam was safe. '
         'He added: "Nobody in the valley has to leave their home tonight."', "Idris Al-Tahir"),
        # capitalised words that name a body are no person
        ('The Ministry of Water said the dam was safe. "Nobody in the valley has to leave," said the '
         'Ministry of Water Resources.', None),
    ],
)  # fmt: skip
def test_unmarked_name_after_a_long_title(text: str, speaker: str | None) -> None:
    quote = _quotes(_analyse(text))[-1]
    assert (quote["speaker"] if quote["speaker_type"] == "person" else None) == speaker


def test_person_right_after_an_inverted_verb_is_its_subject() -> None:
    """ "X a exprimé …, a fait savoir M. Y": Y spoke; a later "a-t-il indiqué" is Y's."""
    text = (
        "Le président Ali Sow a condamné l'attaque et a souhaité un prompt rétablissement aux blessés, "
        "a fait savoir M. Omar Tall lors d'un point de presse.\n\n"
        '"Le président appelle tous les partis au calme et au dialogue dans les jours qui viennent", a-t-il indiqué.'
    )
    quotes = _quotes(_analyse(text, {"Ali Sow": "Ali Sow", "Omar Tall": "Omar Tall", "Tall": "Omar Tall"}))
    assert quotes[-1]["speaker_canonical"] == "Omar Tall"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the surname the model marked, the full name written elsewhere with no mark
        ("Le ministre de la Sécurité, Idrissa Kaboré, a visité les blessés. « Nous tiendrons bon face "
         "à l'ennemi », a affirmé le ministre Kaboré.", "Idrissa Kaboré"),
        # a capitalised word opening a sentence is no given name
        ("Selon Kaboré, la ville est calme. « Nous tiendrons bon face à l'ennemi », a affirmé Kaboré.", "Kaboré"),
    ],
)  # fmt: skip
def test_surname_speaker_takes_the_full_name_written_elsewhere(text: str, speaker: str) -> None:
    quote = _quotes(_analyse(text, {"Kaboré": "Kaboré"}))[-1]
    assert quote["speaker"] == speaker


def test_four_word_name_as_the_whole_subject() -> None:
    text = "« Le peuple restera uni face au terrorisme », a indiqué Roch Marc Christian Kaboré, président du Faso."
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == "Roch Marc Christian Kaboré"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # the outlet passes on someone's words: they speak
        ("Премьер-министр Али Сиссе выступил по радио. «Наша армия готова защищать каждую деревню», — "
         "приводит ТАСС слова Сиссе.", "Али Сиссе", "person"),
        # the outlet it was told to, and how, come before the unnamed subject
        ('"Мы не комментируем эти сообщения", - сказал ТАСС по телефону собеседник агентства.', None, "anonymous"),
        # "по его данным" continues the last speaker, here a channel (not a person named "Телеканал Syria")
        ('Телеканал Syria сообщил об ударах. По его данным, "новая атака была совершена ночью".',
         "Syria", "organization"),
    ],
)  # fmt: skip
def test_russian_reported_words(text: str, speaker: str | None, kind: str) -> None:
    (quote,) = _quotes(_analyse(text, others={"ТАСС": ("MEDIA", "TASS"), "Syria": ("MEDIA", "Syria")}))
    assert quote["speaker_type"] == kind
    assert quote["speaker"] == speaker or (speaker is not None and speaker in quote["speaker"])


@pytest.mark.parametrize(
    "text",
    [
        "Министр Али Сиссе прибыл в Москву. «Наша армия готова защищать каждую деревню», — сказал он в "
        "интервью агентству РИА Новости.",
        "Le ministre Ali Sissé est arrivé à Paris. « Notre armée défendra chaque village », a-t-il dit lors "
        "d'un entretien avec l'agence.",
    ],
)
def test_pronoun_subject_before_an_outlet_is_not_the_outlet(text: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Али Сиссе": "Ali Sissé", "Ali Sissé": "Ali Sissé"}))
    assert quote["speaker_canonical"] == "Ali Sissé"


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # the role's nationality was written before the other person: not the head of state named first
        ("Le président Paul Otieno a reçu son homologue nigérien Ali Sissé. « Le Niger ne cédera pas aux "
         "terroristes », a répondu le président nigérien.", None),
        # with no nationality, the one head of state in view
        ("Le président Paul Otieno a reçu des journalistes. « Le pays ne cédera pas aux terroristes », a "
         "répondu le président.", "Paul Otieno"),
    ],
)  # fmt: skip
def test_role_with_the_nationality_of_another_person(text: str, linked: str | None) -> None:
    from rasid.extract.coref import resolve_coreference

    doc = Document(text=text)
    people = []
    for name, attrs in (("Paul Otieno", {"role_class": "head_of_state"}), ("Ali Sissé", {})):
        at = text.find(name)
        if at >= 0:
            people.append(
                doc.annotation("entities", at, at + len(name), "PER", attrs={"canonical": name, **attrs})
            )
    entities = resolve_coreference(doc.with_layer("entities", people), None)
    roles = [a for a in entities if a.attrs.get("mention") == "role" and a.start > text.index("»")]
    assert [a.attrs["canonical"] for a in roles] == ([linked] if linked else [])


@pytest.mark.parametrize(
    "text",
    [
        "Как заявил Павел Отиено, «Россия не собирается уходить из Африки».",
        "Об этом заявил министр Павел Отиено. «Российские инструкторы помогают нашей армии», — отметил он.",
    ],
)
def test_russian_verb_before_its_subject(text: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Павел Отиено": "Павел Отиено"}))
    assert quote["speaker"] == "Павел Отиено"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a person inside a clause that opens the sentence is not the subject of its verb
        ('Asked whether Paul Otieno would come, the official said: "That is not on the agenda this month."',
         "Paul Otieno"),
        ("Interrogé sur la visite de Paul Otieno, le porte-parole a déclaré : « Ce n'est pas à l'ordre du jour. »",
         "Paul Otieno"),
        # the name right before the verb is its subject, not a capitalised body after it
        ('"These are lies spread by our enemies," Otieno said of the report by Global Rights Watch.',
         "Global Rights Watch"),
    ],
)  # fmt: skip
def test_no_wrong_subject_around_the_verb(text: str, wrong: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno", "Otieno": "Paul Otieno"}))
    assert quote["speaker"] != wrong


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Envoy Paul Otieno called the attack "a heinous crime against people who only wanted peace".', "Paul Otieno"),
        ("Le ministre Paul Otieno a qualifié ces accusations de « mensonges grossiers inventés ailleurs ».",
         "Paul Otieno"),
        ('The statement quoted Paul Otieno as saying: "The army will not negotiate with the militia."', "Paul Otieno"),
        # naming, not saying
        ('He joined a group called "Friends of the Sahel for Peace" in 2019.', None),
    ],
)  # fmt: skip
def test_calling_and_quoting_verbs(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno"}))
    assert quote["speaker"] == speaker


def test_possessive_after_an_inverted_verb_is_what_was_said() -> None:
    """ "X, a businessman close to the army, said Otieno's coup "was necessary". He described him as "…" ":
    Otieno is what was said about, neither the subject of "said" nor the "he" after."""
    text = (
        "In a message posted online, Yuri Markov, a businessman close to the army, said Paul Otieno's power "
        'grab was necessary. He described the captain as "a truly worthy and courageous son of his land".'
    )
    (quote,) = _quotes(_analyse(text, {"Yuri Markov": "Yuri Markov", "Paul Otieno": "Paul Otieno"}))
    assert quote["speaker"] != "Paul Otieno"


def test_name_inside_the_quote_is_not_the_subject_and_role_refers_back_further() -> None:
    """« … C'est Tall du Sénégal … », a énuméré le général X: X speaks (not Tall, named inside the
    quote); a role phrase two paragraphs later, with nobody named since, is still X."""
    text = (
        "« Qui sont ces pays ? C'est Omar Tall du Sénégal et d'autres jusqu'à un certain moment », a énuméré "
        "le général Paul Otieno.\n\nIl soutient que le but de certains d'entre eux est de plaire à leurs "
        "partenaires parce qu'ils envisagent de briguer un nouveau mandat présidentiel dans les mois qui "
        "viennent, et que la région entière en paie le prix depuis des années sans que rien ne change.\n\n"
        "« Ils veulent un troisième mandat à travers leur zèle contre nos pays et nos peuples, ils se "
        "trompent », estime le chef de la junte."
    )
    quotes = _quotes(_analyse(text, {"Omar Tall": "Omar Tall", "Paul Otieno": "Paul Otieno"}))
    assert [q["speaker"] for q in quotes] == ["Paul Otieno", "Paul Otieno"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quote that opens the sentence after one attributed to X, in the same paragraph
        ('"They accepted, they accepted," Otieno said during an interview with a reporter on Monday. '
         '"We reached a full agreement with every party in the capital."', ["Paul Otieno", "Paul Otieno"]),
        ("Les États-Unis ont annoncé que le Premier ministre avait accepté, a déclaré Paul Otieno. « Nous avons "
         "donc obtenu le consentement de toutes les parties. »", ["Paul Otieno"]),
        # another person as the subject of the sentence between: nobody
        ('"They accepted, they accepted," Otieno said on Monday. Omar Tall rejected the deal. "We reached a '
         'full agreement with every party in the capital."', ["Paul Otieno", None]),
        # a new paragraph is not this rule's (it has its own)
    ],
)  # fmt: skip
def test_quote_opening_the_next_sentence_goes_on(text: str, speakers: list[str | None]) -> None:
    quotes = _quotes(
        _analyse(text, {"Paul Otieno": "Paul Otieno", "Otieno": "Paul Otieno", "Omar Tall": "Omar Tall"})
    )
    assert [q["speaker_canonical"] for q in quotes] == speakers


def test_name_after_an_inverted_verb_before_whom_it_was_told() -> None:
    text = "« Il a accepté le plan », a déclaré Abdullah Bu Habib à la chaîne de télévision américaine CNN."
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker"] == "Abdullah Bu Habib"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role in the genitive after "по словам", an office with its genitive complement and country
        ("Министр иностранных дел Мали Павел Отиено прибыл в Москву. По словам министра, «Россия остается "
         "надежным партнером».", "Павел Отиено"),
        ("Министр иностранных дел Мали Павел Отиено прибыл в Москву. «Россия остается надежным партнером», — "
         "сказал министр.", "Павел Отиено"),
        # two people in view: no guess
        ("Министр Павел Отиено встретился с Олегом Ивановым. По словам министра, «Россия остается надежным "
         "партнером».", None),
    ],
)  # fmt: skip
def test_russian_roles_in_case_forms(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Павел Отиено": "Павел Отиено", "Олегом Ивановым": "Олег Иванов"}))
    assert quote["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # criticising and accusing report words; the role after refers back to who criticised
        ("Paul Otieno a critiqué la junte. « C'est un pouvoir illégitime qui prend des mesures irresponsables », "
         "a dénoncé le ministre.", "Paul Otieno"),
        ('Paul Otieno accused the junta of "taking irresponsible measures against its own people".', "Paul Otieno"),
        # a capitalised article opens no name
        ("Le Monde a critiqué la décision, qualifiée de « faute politique majeure et durable ».", None),
    ],
)  # fmt: skip
def test_criticising_verbs_and_article_names(text: str, speaker: str | None) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno"}))
    assert (quote["speaker"] if quote["speaker_type"] == "person" else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Министр обороны Павел Отиено выступил в понедельник.\n\n«Мы получили новые самолеты от наших "
        "партнеров», — сказал он.\n\n«Террористов будут преследовать везде, где бы они ни находились».",
        "Le ministre Paul Otieno s'est exprimé lundi. « Nous avons reçu de nouveaux avions », a-t-il affirmé.\n\n"
        "« Les terroristes seront traqués partout où ils se trouvent ».",
    ],
)
def test_quote_paragraph_with_the_full_stop_after_the_mark_goes_on(text: str) -> None:
    quotes = _quotes(_analyse(text, {"Павел Отиено": "Paul Otieno", "Paul Otieno": "Paul Otieno"}))
    assert [q["speaker_canonical"] for q in quotes] == ["Paul Otieno", "Paul Otieno"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon un communiqué de l'état-major, « les unités ont repoussé l'attaque après deux heures ».", "état-major"),
        # "le groupe" is the one armed group named before; two of them: no name
        ("Dans un communiqué, le JNIM a revendiqué l'attaque. « Nos combattants ont pris le contrôle du camp », "
         "affirme le groupe.", "JNIM"),
        ('The JNIM and the Islamic State fought near Menaka. "Our fighters took the camp after a long battle," '
         "the group said.", None),
    ],
)  # fmt: skip
def test_statement_issuer_and_group_heads(text: str, speaker: str | None) -> None:
    others = {"JNIM": ("ARMED_GROUP", "JNIM"), "Islamic State": ("ARMED_GROUP", "Islamic State")}
    (quote,) = _quotes(_analyse(text, others=others))
    assert quote["speaker"] == speaker
    assert quote["speaker_type"] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        '"The Russians are everywhere in the capital now," one local journalist said.',
        "« Les Russes sont partout dans la capitale », raconte un journaliste local.",
        "«Русские теперь повсюду в столице», — рассказал местный журналист.",
    ],
)
def test_more_unnamed_speakers(text: str) -> None:
    (quote,) = _quotes(_analyse(text))
    assert quote["speaker_type"] == "anonymous"


def test_capitalised_role_after_a_speaker_refers_back() -> None:
    """ "The Minister continued" after X spoke: a capitalised role is no new name, it refers back."""
    text = (
        'Government spokesman and Minister of Water Idris Al-Tahir said the dam was safe. He added, "Nobody in '
        'the valley has to leave."\n\nThe Minister continued, "Let them ask where the water came from."'
    )
    quotes = _quotes(_analyse(text))
    assert [q["speaker"] for q in quotes] == ["Idris Al-Tahir", "Idris Al-Tahir"]


@pytest.mark.parametrize(
    "text",
    [
        'Minister Paul Otieno visited the border. State media quoted him as saying: "The rebels are in trouble."',
        'Minister Paul Otieno visited the border. "The rebels are in trouble," state media quoted him as saying.',
        'Minister Paul Otieno visited the border. A statement from his office quoted him addressing troops: "The '
        'rebels are in trouble."',
    ],
)
def test_quoted_him(text: str) -> None:
    (quote,) = _quotes(_analyse(text, {"Paul Otieno": "Paul Otieno"}))
    assert quote["speaker"] == "Paul Otieno"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the other person is the object of a preposition: the pronoun takes up the subject
        ('Paul Otieno met with Omar Tall in Nairobi. "We discussed security issues," he told reporters.',
         "Paul Otieno"),
        ("Павел Отиено встретился с Омаром Таллом в Москве. «Мы обсудили вопросы безопасности», — сказал он.",
         "Павел Отиено"),
        # a direct object is someone the pronoun could take up as well: no guess
        ("Paul Otieno a reçu Omar Tall. « Nous soutenons la médiation », a-t-il déclaré.", None),
    ],
)  # fmt: skip
def test_person_after_a_preposition_is_no_candidate(text: str, speaker: str | None) -> None:
    people = {"Paul Otieno": "Paul Otieno", "Omar Tall": "Omar Tall", "Павел Отиено": "Павел Отиено",
              "Омаром Таллом": "Omar Tall"}  # fmt: skip
    (quote,) = _quotes(_analyse(text, people))
    assert quote["speaker"] == speaker
