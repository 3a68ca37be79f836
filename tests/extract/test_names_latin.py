"""rasid.extract.names: Latin/Cyrillic names without a KB entry or a title, typed by what the text says.

All texts here are written for these tests; the people and bodies in them are invented.
"""

from __future__ import annotations

import pytest

from rasid.extract.entities import entities_stage
from rasid.extract.matcher import prepare
from rasid.extract.names import _letters_match, find_capitalised_names
from rasid.model import Document


def _tagged(text: str) -> dict[str, str]:
    doc = entities_stage(Document(text=text), {})
    return {a.text: a.label for a in doc.layer("entities")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a speech verb after or before the name
        ("The talks failed, Kofi Mbeki-Darnell said on Monday.", "Kofi Mbeki-Darnell"),
        ('"We will not give up," said Ottilie Brannagh, who lost her home.', "Ottilie Brannagh"),
        ("Le bilan reste lourd, a déclaré Hamidou Ouattaroba devant la presse.", "Hamidou Ouattaroba"),
        ("Переговоры продолжатся, заявил Тимур Залесский журналистам.", "Тимур Залесский"),
        # an apposition that names a role
        ("Rasmus Vellekoop, a researcher at a Dutch institute, doubts it.", "Rasmus Vellekoop"),
        ("Selon Aurore Bassoléthé, porte-parole du collectif, rien n'a changé.", "Aurore Bassoléthé"),
        # a role noun before the name, over an organisation the KB knows
        ("Вопрос обсуждали давно, отметил замглавы МИД РФ Аркадий Пестель.", "Аркадий Пестель"),
        # a common given name, with a particle inside the name
        ("Talks with Wassim bin Qardash ended late.", "Wassim bin Qardash"),
        ("The report was written by Majed al-Harrasi for the committee.", "Majed al-Harrasi"),
    ],
)
def test_people_confirmed_by_a_cue(text: str, name: str) -> None:
    assert _tagged(text).get(name) == "PER"


@pytest.mark.parametrize(
    "text",
    [
        "Following Heavy Rains in the north, roads were closed.",  # capitalised words, no cue
        "Grand Hotel Valmora reopened on Friday.",  # a place-like name with no person cue
        "It Was Cold, the headline read.",  # a headline in title case
    ],
)
def test_capitalised_words_without_a_cue_stay_untagged(text: str) -> None:
    assert not any(label == "PER" for label in _tagged(text).values())


def test_sentence_start_word_written_lowercase_elsewhere_is_not_part_of_a_name() -> None:
    text = "Later Tobias Wrenfield said the plan was sound. It came later than hoped."
    assert _tagged(text).get("Tobias Wrenfield") == "PER"
    assert "Later Tobias Wrenfield" not in _tagged(text)


def test_the_same_words_elsewhere_in_the_document_are_the_same_person() -> None:
    text = (
        "Oksana Velmare, a lawyer for the families, filed the case. "
        "The court heard Oksana Velmare again in June."
    )
    doc = entities_stage(Document(text=text), {})
    people = [a for a in doc.layer("entities") if a.label == "PER" and a.text == "Oksana Velmare"]
    assert len(people) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts at the Harmattan Policy Center disagree.", "Harmattan Policy Center"),
        ("The footage aired on Kestrel Valley Radio overnight.", "Kestrel Valley Radio"),
        ("Делегация Организации прибрежных государств прибыла утром.", "Организации прибрежных государств"),
    ],
)
def test_organisations_named_by_their_last_or_first_word(text: str, name: str) -> None:
    assert _tagged(text).get(name) == "ORG"


def test_a_russian_organisation_name_stops_before_a_verb() -> None:
    tagged = _tagged("Вчера Совет старейшин собрался в столице.")
    assert tagged.get("Совет старейшин") == "ORG"


def test_an_acronym_defines_its_long_form_and_is_an_org_where_it_recurs() -> None:
    text = (
        "The Coastal Fishermen Defence League (CFDL) rejected the deal. "
        "A week later the CFDL called a strike."
    )
    doc = entities_stage(Document(text=text), {})
    orgs = [(a.text, a.attrs["canonical"]) for a in doc.layer("entities") if a.label == "ORG"]
    assert ("Coastal Fishermen Defence League", "Coastal Fishermen Defence League") in orgs
    assert [t for t, _ in orgs].count("CFDL") == 2


def test_a_lowercase_french_long_form_is_found_from_its_acronym() -> None:
    tagged = _tagged("Le Comité paysan pour la défense des terres (CPDT) a manifesté.")
    assert tagged.get("Comité paysan pour la défense des terres") == "ORG"


def test_an_acronym_whose_letters_do_not_fit_defines_nothing() -> None:
    tagged = _tagged("Heavy Rains Warning (XQZ) was issued.")
    assert "Heavy Rains Warning" not in tagged and "XQZ" not in tagged


@pytest.mark.parametrize(
    ("acronym", "long_form", "expected"),
    [
        ("cfdl", "coastal fishermen defence league", True),
        ("centcom", "central command", True),
        ("xqz", "heavy rains warning", False),
        ("abc", "bca", False),
    ],
)
def test_letters_match(acronym: str, long_form: str, expected: bool) -> None:
    assert _letters_match(acronym, long_form) is expected


def test_names_already_found_are_not_found_again() -> None:
    prepared = prepare("Talks with Wassim bin Qardash ended late.")
    first = find_capitalised_names(prepared, [])
    assert [(s.token_start, s.token_end, s.label) for s in first] == [(2, 5, "PER")]
    assert find_capitalised_names(prepared, first) == []


def test_arabic_text_is_left_to_the_arabic_paths() -> None:
    assert find_capitalised_names(prepare("قال محمد الأمين إن الوضع هادئ."), []) == []


def test_a_run_inside_a_title_phrase_starts_at_the_given_name() -> None:
    tagged = _tagged("The Minister of Fisheries and Tourism Khalid Varnos said the port would reopen.")
    assert tagged.get("Khalid Varnos") == "PER"
    assert "Tourism Khalid Varnos" not in tagged


def test_an_acronym_long_form_without_an_organisation_word_is_no_organisation() -> None:
    tagged = _tagged("Both sides signed the Northern Fisheries Quota Plan (NFQP) last year.")
    assert "Northern Fisheries Quota Plan" not in tagged and "NFQP" not in tagged


def test_a_known_person_is_widened_over_a_given_name_the_kb_lacks() -> None:
    doc = entities_stage(Document(text="On Monday, Yevgeni Prigozhin spoke again."), {})
    people = [a for a in doc.layer("entities") if a.label == "PER"]
    assert [(a.text, a.attrs.get("kb_id")) for a in people] == [
        ("Yevgeni Prigozhin", "rasid:person/yevgeny-prigozhin")
    ]


def test_a_one_word_place_that_is_a_given_name_gives_way_to_the_person() -> None:
    tagged = _tagged("The envoy met Victoria Hallstrand, a diplomat, on Tuesday.")
    assert tagged.get("Victoria Hallstrand") == "PER"
    assert "Victoria" not in tagged


def _people(text: str) -> list[tuple[str, str]]:
    doc = entities_stage(Document(text=text, language="ru"), {})
    return [(a.text, a.attrs["canonical"]) for a in doc.layer("entities") if a.label == "PER"]


def test_a_russian_name_in_an_oblique_case_gets_its_nominative_key() -> None:
    assert _people("Письмо Ивана Корнеева пришло в редакцию.") == [("Ивана Корнеева", "Иван Корнеев")]


def test_a_feminine_surname_keeps_its_feminine_nominative() -> None:
    assert _people("Вчера Марией Лесовой восхищались все.") == [("Марией Лесовой", "Мария Лесова")]


def test_a_russian_surname_alone_in_another_case_is_the_person_named_in_full() -> None:
    text = "Переговоры продолжатся, заявил Тимур Залесский. По словам Залесского, стороны близки к сделке."
    assert ("Залесского", "Тимур Залесский") in _people(text)


def test_the_same_russian_name_in_another_case_elsewhere_is_the_same_person() -> None:
    text = "Олег Дубинский, политолог, не согласен. Встреча с Олегом Дубинским прошла в пятницу."
    assert ("Олегом Дубинским", "Олег Дубинский") in _people(text)


def test_a_surname_that_only_shares_a_short_stem_is_not_linked() -> None:
    text = "Переговоры продолжатся, заявил Тимур Ким. Кима в городе не было."
    assert all(surface != "Кима" for surface, _ in _people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère de la Pêche a publié un bilan.", "ministère de la Pêche"),
        (
            "Un communiqué du ministère togolais des Affaires étrangères dément.",
            "ministère togolais des Affaires étrangères",
        ),
        ("Le texte passe devant l'Assemblée nationale mardi.", "Assemblée nationale"),
    ],
)
def test_french_organisations_with_a_lowercase_head_or_an_adjective(text: str, name: str) -> None:
    assert _tagged(text).get(name) == "ORG"


def test_an_adjective_after_a_lowercase_word_does_not_extend_the_organisation() -> None:
    tagged = _tagged("Le ministère des Affaires étrangères indique que rien n'a changé.")
    assert tagged.get("ministère des Affaires étrangères") == "ORG"


def test_a_lowercase_ministry_without_a_named_domain_is_not_an_organisation() -> None:
    assert "ministère" not in " ".join(_tagged("Le ministère a refusé de commenter."))


@pytest.mark.parametrize(
    "text",
    [
        "The ship was hit in the Arabian Sea, said a spokesman.",  # "X, said Y": X ends a clause
        "An army spokesperson in Port Varna said she would not comment.",  # a place after a preposition
        "The Observatory for Civic Rights said five people died.",  # words inside a longer name
        "The minister told Coastal Weekly that talks would resume.",  # the object of "told"
        "Border Talks Stall Again, Senior Official Says",  # a headline in title case
    ],
)
def test_speech_cues_that_do_not_make_a_person(text: str) -> None:
    assert not any(label == "PER" for label in _tagged(text).values())


def test_a_name_set_off_by_commas_before_a_speech_verb_is_a_person() -> None:
    text = "Le gouverneur de la province, Babou Karim Sawadogo, a annoncé un couvre-feu."
    assert _tagged(text).get("Babou Karim Sawadogo") == "PER"


def test_a_leading_title_is_not_part_of_the_name() -> None:
    tagged = _tagged(
        "Un communiqué signé par le Lieutenant-colonel Tiburce Ouédrago, président du comité, circule."
    )
    assert "Lieutenant-colonel Tiburce Ouédrago" not in tagged


def test_an_acronym_of_a_state_defines_no_organisation() -> None:
    # Центрально-… only starts like the organisation noun центр; Республике names a state.
    tagged = _tagged("Выборы в Центрально-Островной Республике (ЦОР) прошли спокойно. ЦОР готовится.")
    assert not any(label == "ORG" for label in tagged.values())


def test_an_arabic_name_in_russian_with_its_particle_is_a_person() -> None:
    text = "Позицию страны изложил Хамид Ас-Салави, советник министра."
    assert ("Хамид Ас-Салави", "Хамид Ас-Салави") in _people(text)


def test_a_role_noun_before_a_body_and_a_place_still_introduces_the_person() -> None:
    text = "Об этом сообщил постоянный представитель при ООН в Женеве Тарвин Оскольдов."
    assert [surface for surface, _ in _people(text)] == ["Тарвин Оскольдов"]


def test_an_acronym_defined_by_a_lowercase_long_form_is_an_organisation() -> None:
    text = "Le gouvernement provisoire d'entente maritime (GPEM) a siégé. Le GPEM a ensuite voté."
    tagged = entities_stage(Document(text=text), {}).layer("entities")
    assert [(a.text, a.label) for a in tagged] == [("GPEM", "ORG"), ("GPEM", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера Прибрежный революционный фронт заявил о перемирии.", "Прибрежный революционный фронт"),
        ("Решение принял глава Переходного совета страны.", "Переходного совета"),
    ],
)
def test_a_capitalised_russian_adjective_before_an_organisation_noun(text: str, name: str) -> None:
    assert _tagged(text).get(name) == "ORG"


@pytest.mark.parametrize(
    "text",
    ["Подразделение вооруженных сил вышло к реке.", "Двое военнослужащих береговой армии погибли."],
)
def test_a_verbal_noun_or_a_numeral_does_not_open_an_organisation(text: str) -> None:
    assert not any(label == "ORG" for label in _tagged(text).values())
