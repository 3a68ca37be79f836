"""Event roles, twenty-fifth round (French, English, Russian): who says "that it" did an attack did it, with an
adverb or a verb of carrying out between; "que l'armée" is an actor; "killed when militants attacked" names the
attackers; the other cases and plurals of the things an attack hits; a French noun the folding of é makes look
like a participle."""

from __future__ import annotations

from event_roles import coded_attacks, role_text


def _roles(text: str, language: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (role_text(e["source"]), role_text(e["target"]))
        for e in coded_attacks(text, language)
        if e["trigger"] == trigger
    ]


def _sources(text: str, language: str, trigger: str) -> list[str | None]:
    return [source for source, _ in _roles(text, language, trigger)]


def _targets(text: str, language: str, trigger: str) -> list[str | None]:
    return [target for _, target in _roles(text, language, trigger)]


def test_the_speaker_who_says_it_also_struck_did_it() -> None:
    text = "The Nigerien army said it also struck a rebel convoy near Agadez on Sunday."
    assert _sources(text, "en", "struck") == ["Nigerien army"]


def test_the_speaker_who_says_it_carried_out_strikes_did_them() -> None:
    text = "The Nigerien army said it had carried out strikes on a rebel convoy near Agadez."
    assert _sources(text, "en", "strikes") == ["Nigerien army"]


def test_the_speaker_who_confirms_targeting_did_it() -> None:
    text = "The Nigerien army confirmed targeting a rebel convoy near Agadez on Sunday."
    assert _sources(text, "en", "targeting") == ["Nigerien army"]


def test_the_speaker_who_says_qu_elle_avait_mene_des_frappes_did_them() -> None:
    text = (
        "L'armée nigérienne a affirmé qu'elle avait mené des frappes contre un convoi rebelle près d'Agadez."
    )
    assert _sources(text, "fr", "frappes") == ["armée nigérienne"]


def test_a_russian_verb_right_after_chto_has_the_speaker_as_subject() -> None:
    text = "Нигерская армия заявила, что атаковала колонну боевиков у Агадеса."
    assert _sources(text, "ru", "атаковала") == ["Нигерская армия"]


def test_a_russian_noun_right_after_chto_opens_a_clause_of_its_own() -> None:
    text = "Нигерская армия заявила, что удары по колонне боевиков у Агадеса продолжаются."
    assert _sources(text, "ru", "удары") == [None]


def test_l_armee_after_que_is_the_doer() -> None:
    text = "Le maire a expliqué que l'armée avait attaqué un camp rebelle près d'Agadez."
    assert _sources(text, "fr", "attaqué") == ["l'armée"]


def test_killed_when_militants_attacked_names_the_attackers() -> None:
    text = "Eight soldiers were killed when militants attacked a patrol near Agadez."
    assert _roles(text, "en", "attacked") == [("militants", "patrol")]


def test_the_russian_objects_in_other_cases_are_what_was_hit() -> None:
    assert _targets("Боевики атаковали несколько армейских лагерей у Агадеса.", "ru", "атаковали") == [
        "армейских лагерей"
    ]
    assert _targets("Армия нанесла удары по объектам боевиков у Агадеса.", "ru", "нанесла") == [
        "объектам боевиков"
    ]


def test_the_plural_things_hit_are_targets() -> None:
    assert _targets("Les rebelles ont attaqué deux casernes près d'Agadez.", "fr", "attaqué") == ["casernes"]
    assert _targets("Militants attacked two barracks near Agadez on Sunday.", "en", "attacked") == [
        "barracks"
    ]


def test_a_french_plural_noun_is_no_participle() -> None:
    # "frappes" folds like "frappés": read as the noun, its follower "des rebelles" is whose strikes they are
    text = "L'armée a promis de répondre aux frappes des rebelles contre ses positions près d'Agadez."
    assert _sources(text, "fr", "frappes") == ["rebelles"]


def test_a_news_agency_before_an_attack_is_no_doer() -> None:
    # the event keeps its trigger and its target; the outlet is written as no source
    text = "A Reuters photographer saw air strikes hit army positions outside Agadez on Sunday."
    assert _roles(text, "en", "hit") == [(None, "army positions")]


def test_the_agent_after_a_group_of_is_the_doer() -> None:
    text = "The patrol was attacked by a group of heavily armed militants near Agadez."
    assert _roles(text, "en", "attacked") == [("militants", "patrol")]


def test_the_agent_after_un_groupe_d_is_the_doer() -> None:
    text = "Le poste a été attaqué par un groupe d'hommes armés près d'Agadez."
    assert _sources(text, "fr", "attaqué") == ["hommes armés"]


def test_rival_militias_that_clash_are_its_side() -> None:
    text = "Plusieurs milices rivales s'affrontent depuis lundi dans la ville d'Agadez."
    assert _sources(text, "fr", "affrontent") == ["milices"]


def test_the_sides_a_fight_sets_against_each_other_are_its_source() -> None:
    text = "Les combats opposent deux milices rivales dans le sud d'Agadez."
    assert _sources(text, "fr", "combats") == ["milices"]


def test_the_shooter_follows_artillery_fire() -> None:
    text = "Des tirs d'artillerie des rebelles ont touché plusieurs quartiers d'Agadez."
    assert _sources(text, "fr", "tirs d'artillerie") == ["rebelles"]


def test_a_russian_side_in_the_instrumental_is_an_actor() -> None:
    text = "Бои между армией и повстанцами продолжаются у Агадеса."
    assert _sources(text, "ru", "Бои") == ["армией"]


def test_who_is_accused_in_russian_did_it() -> None:
    text = "Повстанцы обвинили армию в нападении на лагерь у Агадеса."
    assert _sources(text, "ru", "нападении") == ["армию"]


def test_a_noun_after_a_progressive_verb_is_no_passive() -> None:
    text = "Since Monday, the Nigerien army and the rebels have been exchanging strikes near Agadez."
    assert _roles(text, "en", "strikes") == [("Nigerien army", None)]


def test_the_actor_a_country_owns_is_the_doer() -> None:
    text = "The attack on the convoy was carried out by Mali's Tuareg rebels, officials said."
    assert _sources(text, "en", "attack") == ["rebels"]


def test_the_speaker_who_says_they_had_targeted_did_it() -> None:
    text = "The rebels said on Sunday they had targeted an army convoy near Agadez."
    assert _sources(text, "en", "targeted") == ["rebels"]


def test_the_owner_of_their_attacks_is_the_party_named_before() -> None:
    text = "The rebels say that their attacks on army posts near Agadez will go on."
    assert _sources(text, "en", "attacks") == ["rebels"]


def test_a_country_where_it_happened_owns_no_attacks() -> None:
    text = "In Niger, its attacks on army posts near Agadez went on."
    assert _sources(text, "en", "attacks") == [None]


def test_a_title_word_in_the_sentence_before_leaves_the_army_an_actor() -> None:
    text = "Le bilan a été donné par le ministère.\n\nL'armée israélienne a indiqué avoir ciblé un dépôt près de Tyr."
    assert _sources(text, "fr", "ciblé") == ["L'armée israélienne"]


def test_a_headline_word_is_no_adjective_of_the_next_line() -> None:
    text = "У Агадеса погибли десятки военных\n\nВооруженные боевики убили около 50 военных у Агадеса."
    assert _sources(text, "ru", "убили") == ["Вооруженные боевики"]


def test_the_town_a_verb_attacked_is_its_target() -> None:
    assert _targets("Les rebelles ont attaqué la ville d'Agadez lundi.", "fr", "attaqué") == ["Agadez"]
    assert _targets("The rebels attacked Agadez on Monday.", "en", "attacked") == ["Agadez"]


def test_a_place_before_the_verb_is_no_object_of_it() -> None:
    text = "A truck burned in Agadez after it was hit by rockets launched by the rebels."
    assert "Agadez" not in _targets(text, "en", "launched")


def test_the_russian_cases_of_hezbollah_name_the_side_hit() -> None:
    text = "Армия обороны Израиля нанесла удары по объектам Хезболлы у Тира."
    assert _targets(text, "ru", "нанесла") == ["Хезболлы"]


def test_the_houthis_in_the_instrumental_did_it() -> None:
    text = "Судно было атаковано хуситами у побережья Йемена."
    assert _sources(text, "ru", "атаковано") == ["хуситами"]


def test_a_word_of_a_quote_before_its_dash_is_no_party() -> None:
    # the quote closes and a dash opens what is said of it: the group named in the quote made no attack here
    text = "«Это была провокация Хезболлах», – такова оценка нападения на пост у Тира."
    assert _sources(text, "ru", "нападения") == [None]
