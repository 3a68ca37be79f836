"""rasid.quotes.v1 speakers, fr/en/ru round 13: a title before the name that opens the words after a quote
(Captain X, a …, told), honorifics as person cues (Sheikh X), a Russian verb inverted after "Об этом" and a
phrase of circumstance, and a quote that goes on after the previous one's own attribution ("A," he said.
"B."). Sentences written for these tests; the people in them are invented."""

from __future__ import annotations

from quote_speakers import direct_speakers

from rasid.extract import analyze_text


# --- a title before the name after the quote ----------------------------------------------------------
def test_a_rank_before_the_name_and_an_apposition_after_it() -> None:
    text = (
        "Gunmen raided a checkpoint north of the river on Monday.\n"
        "“They came at dawn and burnt two trucks. Three of our men were wounded,” Captain Farah Odowaa, "
        "a district police officer, told Reuters by telephone."
    )
    assert direct_speakers(text) == ["Farah Odowaa"]


def test_an_honorific_before_an_unknown_name_makes_it_a_person_who_speaks() -> None:
    text = (
        "The group said it had taken the town.\n"
        "“Our fighters entered the town at night and hold it now,” Sheikh Abdiqadir Warsame Nuur, the "
        "group's spokesman for its southern operations, told a local radio."
    )
    assert direct_speakers(text) == ["Abdiqadir Warsame Nuur"]


def test_french_determiner_and_rank_before_the_name() -> None:
    text = (
        "« Nous avons repoussé l'assaut avant l'aube et repris le poste », le colonel Amadou Kéïta, "
        "chef des opérations dans la région, a déclaré."
    )
    assert direct_speakers(text) == ["Amadou Kéïta"]


# --- ru: "Об этом" + a phrase of circumstance + verb + subject ---------------------------------------------
def test_ru_opener_then_circumstance_inverts_the_verb() -> None:
    text = (
        "Об этом в эфире телеканала сказал заместитель министра обороны Павел Сидоренко.\n\n"
        "«Противник продолжает обстрелы, и мы готовим ответ на каждое нападение», — подчеркнул он."
    )
    assert direct_speakers(text) == ["Павел Сидоренко"]


def test_ru_opener_with_a_person_in_the_phrase_is_not_taken_for_inverted() -> None:
    # "в беседе с Петром Ивановым": someone else named before the verb; no guess over him
    text = (
        "Об этом в беседе с Петром Ивановым сказал министр Павел Сидоренко.\n\n"
        "«Противник продолжает обстрелы, и мы готовим ответ на каждое нападение», — подчеркнул он."
    )
    assert direct_speakers(text) in (["Павел Сидоренко"], [None])


def test_ru_a_phrase_without_an_opener_names_no_subject_after_the_verb() -> None:
    # no "Об этом"/"Как": "в эфире … сказал X" after a subject is not inverted by this rule
    text = (
        "Министр Олег Гуров в эфире телеканала сказал, что ситуация сложная.\n\n"
        "«Противник продолжает обстрелы, и мы готовим ответ на каждое нападение», — подчеркнул он."
    )
    assert direct_speakers(text) == ["Олег Гуров"]


# --- "A," he said. "B." ----------------------------------------------------------------------------
def test_quote_after_the_previous_ones_pronoun_attribution_goes_on_en() -> None:
    text = (
        "President Moussa Traoré spoke in the capital on Friday.\n"
        '"It is wrong to speak of an uprising," he said. "Foreign hands are behind the unrest in the north."'
    )
    assert direct_speakers(text) == ["Moussa Traoré", "Moussa Traoré"]


def test_quote_after_the_previous_ones_inverted_pronoun_goes_on_fr() -> None:
    text = (
        "Le président Moussa Traoré s'est exprimé vendredi.\n"
        "« Il est faux de parler d'un soulèvement », a-t-il affirmé. « Ce sont des mains étrangères qui "
        "agitent le nord. »"
    )
    assert direct_speakers(text) == ["Moussa Traoré", "Moussa Traoré"]


def test_quote_after_the_previous_ones_pronoun_goes_on_ru() -> None:
    text = (
        "Президент Мусса Траоре выступил в пятницу.\n"
        "«Неверно говорить о восстании», — сказал он. «За беспорядками на севере стоят внешние силы»."
    )
    assert direct_speakers(text) == ["Мусса Траоре", "Мусса Траоре"]


def test_a_new_subject_between_stops_the_continuation() -> None:
    text = (
        '"It is wrong to speak of an uprising," said President Moussa Traoré. Mamadou Sissoko disagreed. '
        '"Foreign hands are not behind the unrest in the north."'
    )
    assert direct_speakers(text) == ["Moussa Traoré", None]


def test_a_second_speech_verb_after_the_attribution_stops_the_continuation() -> None:
    text = (
        "President Moussa Traoré spoke in the capital on Friday.\n"
        '"It is wrong to speak of an uprising," he said, while the opposition said otherwise. '
        '"Foreign hands are behind the unrest in the north."'
    )
    assert direct_speakers(text)[1] is None


# --- ru: direct speech set off by dashes ---------------------------------------------------------------
def test_ru_dash_paragraph_with_its_attribution_is_a_quote() -> None:
    text = (
        "Министр обороны Степан Ковальчук ответил на вопросы журналистов.\n\n"
        "— Это была провокация. Мы не стали стрелять, потому что ждали приказа, — заявил Ковальчук "
        "в эфире телеканала."
    )
    quotes = [a for a in analyze_text(text).layer("quotes") if a.label == "direct"]
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end] == (
        "Это была провокация. Мы не стали стрелять, потому что ждали приказа"
    )
    assert quotes[0].attrs["speaker"] == "Степан Ковальчук"


def test_ru_dash_exclamation_keeps_its_mark_and_takes_the_pronoun() -> None:
    text = (
        "Министр обороны Степан Ковальчук выступил перед журналистами.\n\n"
        "— Вы знаете, это была настоящая провокация! — воскликнул он."
    )
    quotes = [a for a in analyze_text(text).layer("quotes") if a.label == "direct"]
    assert [text[a.start : a.end] for a in quotes] == ["Вы знаете, это была настоящая провокация!"]
    assert quotes[0].attrs["speaker"] == "Степан Ковальчук"


def test_ru_dash_lines_without_an_attribution_are_no_quotes() -> None:
    # an interview's questions and answers, a list: no ", — verb" after the words
    text = (
        "Министр обороны Степан Ковальчук ответил на вопросы.\n"
        "— Почему вы не открыли ответный огонь по кораблям?\n"
        "— Потому что нас было слишком мало для этого.\n"
        "— первый пункт длинного списка, — второй пункт списка\n"
    )
    assert direct_speakers(text) == []


# --- a name after an office and its complement ---------------------------------------------------------
def _people(text: str) -> list[str]:
    return [text[a.start : a.end] for a in analyze_text(text).layer("entities") if a.label == "PER"]


def test_fr_name_after_an_office_with_an_adjective_and_its_noun() -> None:
    text = (
        "« Nous tiendrons nos positions dans le nord », a dit le ministre nigérien de la Défense Salou Garba."
    )
    assert _people(text) == ["Salou Garba"]  # not "Défense Salou Garba"
    assert direct_speakers(text) == ["Salou Garba"]


def test_fr_office_noun_is_not_part_of_the_name_before_a_verb() -> None:
    text = "Le ministre nigérien de l'Intérieur Salou Garba a annoncé un couvre-feu dans trois régions."
    assert _people(text) == ["Salou Garba"]


def test_ru_name_after_an_office_in_the_genitive_and_a_country() -> None:
    text = "«Мы удержим позиции на севере страны», — заявил министр обороны Нигера Салу Гарба."
    assert "Салу Гарба" in _people(text)
    assert direct_speakers(text) == ["Салу Гарба"]


def test_a_place_after_a_visit_is_not_a_person() -> None:
    text = "Le ministre a visité la région de Tillabéri Nord Ouest la semaine dernière."
    assert _people(text) == []


def test_a_body_after_an_office_is_no_person() -> None:
    text = (
        "« Les deux chefs ont été tués dans un échange de tirs », a déclaré dans un communiqué le porte-parole "
        "de la Joint Task Force (JTF, force conjointe), le lieutenant Colonel Salif Bagayoko."
    )
    assert not any("Task Force" in p for p in _people(text))


# --- a newcomer opening the sentence before "he said" ----------------------------------------------------
def test_en_newcomer_with_an_apposition_takes_the_pronoun() -> None:
    text = (
        '"The army holds the city," said General Peter Mwangi. Yusuf Adamu, a police spokesman, dismissed '
        'the claim. "The gunmen left the city two days ago," he said.'
    )
    assert direct_speakers(text) == ["Peter Mwangi", "Yusuf Adamu"]


def test_en_newcomer_after_a_title_takes_the_pronoun() -> None:
    text = (
        '"The army holds the city," said General Peter Mwangi. Police spokesman Yusuf Adamu dismissed the '
        'claim. "The gunmen left the city two days ago," he said.'
    )
    assert direct_speakers(text) == ["Peter Mwangi", "Yusuf Adamu"]


def test_fr_newcomer_takes_the_inverted_pronoun() -> None:
    text = (
        "« L'armée tient la ville », a déclaré le général Pierre Mwangi. Yusuf Adamu, porte-parole de la "
        "police, a rejeté ces affirmations. « Les hommes armés ont quitté la ville il y a deux jours », "
        "a-t-il dit."
    )
    assert direct_speakers(text) == ["Pierre Mwangi", "Yusuf Adamu"]


def test_ru_newcomer_takes_the_pronoun_when_the_gender_agrees() -> None:
    text = (
        "«Армия контролирует город», — заявил генерал Петр Мвенги. Представитель полиции Юсуф Адаму "
        "отверг эти заявления. «Боевики покинули город два дня назад», — сказал он."
    )
    assert direct_speakers(text) == ["Петр Мвенги", "Юсуф Адаму"]
    feminine = text.replace("Юсуф Адаму отверг", "Анна Адаму отвергла")
    assert direct_speakers(feminine)[1] is None


def test_a_newcomer_as_an_object_takes_no_pronoun() -> None:
    for opening in ("He met Yusuf Adamu later.", "Officials met Yusuf Adamu later."):
        text = (
            f'"The army holds the city," said General Peter Mwangi. {opening} '
            '"The gunmen left the city two days ago," he said.'
        )
        assert direct_speakers(text)[1] is None, opening


# --- fr: verbs of comment in the present -------------------------------------------------------------
def test_fr_present_verbs_of_comment_attribute_the_quote() -> None:
    for verb in ("juge", "analyse", "observe", "constate", "s'inquiète"):
        text = (
            f"« La junte joue sa survie dans cette longue bataille », {verb} Moussa Kanté, chercheur à Dakar."
        )
        assert direct_speakers(text) == ["Moussa Kanté"], verb


def test_fr_a_judge_as_a_noun_is_no_speech_verb() -> None:
    text = (
        "Le juge Amadou Sidibé a ouvert le procès lundi. « Les accusés seront entendus dans la semaine », "
        "a-t-il dit."
    )
    assert direct_speakers(text) == ["Amadou Sidibé"]


# --- a role phrase, then the name set off by commas, then the verb -------------------------------------
def test_role_phrase_then_name_between_commas_before_the_verb() -> None:
    text = (
        '"The junta is fighting for its own survival," the UN special envoy for the region, Joaquim Tavares '
        "Simbine, told the council."
    )
    assert direct_speakers(text) == ["Joaquim Tavares Simbine"]
    french = (
        "« La junte se bat pour sa propre survie », le représentant spécial de l'ONU, Joaquim Tavares Simbine, "
        "a déclaré."
    )
    assert direct_speakers(french) == ["Joaquim Tavares Simbine"]


def test_a_phrase_without_a_role_before_the_name_names_no_speaker() -> None:
    text = '"The junta is fighting for its own survival," the town, home to Joaquim Tavares Simbine, said.'
    assert direct_speakers(text) == [None]


# --- ru: a description right before a name in the nominative ---------------------------------------------
def test_ru_description_then_name_is_the_named_person() -> None:
    for head in ("эксперт", "исследователь", "журналист", "врач"):
        text = f"«Хунта борется за собственное выживание», — сказал {head} Бубакар Кейта."
        assert direct_speakers(text) == ["Бубакар Кейта"], head


def test_ru_a_source_close_to_someone_is_still_unnamed() -> None:
    text = "«Хунта борется за собственное выживание», — сказал источник в окружении Бубакара Кейты."
    quotes = [a.attrs for a in analyze_text(text).layer("quotes") if a.label == "direct"]
    assert quotes[0]["speaker"] is None and quotes[0]["speaker_type"] == "anonymous"


def test_ru_place_in_the_genitive_after_an_office_is_not_part_of_the_name() -> None:
    text = "«Хунта борется за собственное выживание», — написал в своем канале глава Чечни Рамзан Ахмедов."
    assert direct_speakers(text) == ["Рамзан Ахмедов"]


def test_ru_opinion_predicate_with_that_attributes_the_quote() -> None:
    text = "Политолог Бубакар Кейта уверен, что «хунта борется за собственное выживание»."
    assert direct_speakers(text) == ["Бубакар Кейта"]
