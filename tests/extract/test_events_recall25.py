"""Round-25 event recall in French, English and Russian, in our own sentences. A visit to a country is a meeting with
its hosts even when the visitor is only described (a delegation by its nationality): the country is the other party;
not Arabic, where such a visit is as often a tourist's. Meetings told by words the lexicon lacked: visits in the
plural, a réunion, a journey to come (se rendra), talks told by what was discussed, a visit paid before (посещал). A
place after an attack noun's target mark is found when its name begins like an article (on Lebanon, not "on
Le-banon"), and past a side of the country (on southern Lebanon). Fighting named with words that have no other sense
(affrontements ont éclaté, heavy fighting, возобновились бои) needs no force word; a French attack told in the
pluperfect or with an adverb inside the perfect (avaient déjà tué) is one. The exit from a base, the exit (выход) of
troops, is a withdrawal. In Arabic a reception told by a possessive after a preposition (خلال استقباله) is "his"
reception: its host the person the sentence before named. A pair named by the subject (التقى الوزيران) or by the
trigger's dual pronoun (لقائهما) is the meeting's two parties."""

from __future__ import annotations

from typing import Any

from rasid.extract import analyze_text


def _events(text: str, rasid_type: str, language: str) -> list[dict[str, Any]]:
    doc = analyze_text(text, language=language, published="2024-05-10")
    return [dict(e.attrs) for e in doc.layer("events") if e.attrs["rasid_type"] == rasid_type]


def _party(event: dict[str, Any], role: str) -> str | None:
    party = event.get(role)
    return None if party is None else party["canonical"]


def test_visit_of_a_described_delegation_to_a_country_is_a_meeting_with_that_country() -> None:
    text = "Министерство сообщило, что визит китайской военной делегации в Египет продлится три дня."
    (event,) = _events(text, "meeting", "ru")
    assert _party(event, "target") == "Egypt"


def test_visit_to_a_country_is_no_meeting_in_arabic_without_a_visitor() -> None:
    # a tourist's visit: no host, no meeting (the rule is for French, English and Russian only)
    text = "وأعلنت الشركة عن عرض جديد يتيح للمسافرين فرصة زيارة مصر خلال الصيف."
    assert _events(text, "meeting", "ar") == []


def test_visit_to_a_hospital_stays_a_meeting_of_one() -> None:
    text = "Визит в госпиталь занял у министра два часа."
    assert _events(text, "meeting", "ru") == []


def test_planned_visits_in_the_plural_are_a_meeting() -> None:
    text = "Le ministre Ivan Petrov effectuera des visites officielles la semaine prochaine au Tchad et au Niger."
    assert len(_events(text, "meeting", "fr")) == 1


def test_minister_who_will_travel_to_a_capital_is_on_a_visit() -> None:
    text = "Le ministre des Affaires étrangères Jean Dupont se rendra à Niamey pour rencontrer le président Adamou."
    assert len(_events(text, "meeting", "fr")) == 1


def test_reunion_of_two_named_leaders_is_a_meeting() -> None:
    text = "La réunion entre le président Marc Lenoir et le général Issa Kone a eu lieu à Bamako."
    assert len(_events(text, "meeting", "fr")) == 1


def test_discussed_with_a_named_leader_is_a_meeting() -> None:
    text = "President John Carter discussed border security with President Omar Idriss on Monday."
    (event,) = _events(text, "meeting", "en")
    assert _party(event, "target") is not None


def test_report_that_discussed_a_subject_is_no_meeting() -> None:
    text = "The annual report discussed the costs of the new port."
    assert _events(text, "meeting", "en") == []


def test_visit_paid_before_to_a_country_is_a_meeting() -> None:
    text = "Ранее министр Сергей Петров посещал Гвинею и Мали."
    assert len(_events(text, "meeting", "ru")) == 1


def test_air_strike_on_a_country_whose_name_begins_like_an_article() -> None:
    text = "Israel carried out an air strike on Lebanon late on Sunday."
    (event,) = _events(text, "attack", "en")
    assert _party(event, "target") == "Lebanon"


def test_planned_exit_from_a_base_is_a_withdrawal() -> None:
    text = "The army will complete its exit from the northern air base in the coming weeks, officials said."
    assert len(_events(text, "withdrawal", "en")) == 1


def test_exit_from_a_deal_is_no_withdrawal() -> None:
    text = "The army chief said the exit from the talks was a mistake."
    assert _events(text, "withdrawal", "en") == []


def test_russian_exit_of_troops_is_a_withdrawal_and_exit_from_a_crisis_is_none() -> None:
    troops = "Выход французских военных из Чада завершился в январе."
    crisis = "Министр обороны заявил, что выход из кризиса возможен только после переговоров с армией."
    assert len(_events(troops, "withdrawal", "ru")) == 1
    assert _events(crisis, "withdrawal", "ru") == []


def test_reception_told_by_a_possessive_after_during_has_the_host_of_the_sentence_before() -> None:
    # Arabic: the host of "خلال استقباله" (during his reception of) is the person the sentence before named
    text = (
        "أكد أمير المنطقة الأمير سعد بن فهد أهمية دعم المزارعين في المحافظة. "
        "جاء ذلك خلال استقباله في مكتبه أمس مدير فرع الوزارة الدكتور خالد بن علي العمري."
    )
    (event,) = _events(text, "meeting", "ar")
    assert event["source"]["via"] == "possessor"
    assert _party(event, "target") == "خالد بن علي العمري"


def test_meeting_of_the_two_ministers_named_as_a_pair_has_two_parties() -> None:
    text = (
        "وكان الرئيسان عقدا لقاء قصيرا على هامش الاحتفال في جنيف، حيث قدم سالم الحربي عرضا عن مشروع الطاقة."
    )
    assert len(_events(text, "meeting", "ar")) == 1


def test_their_meeting_told_by_a_dual_pronoun_has_two_parties() -> None:
    text = "وقال الوزير خالد المنصور لنظيره الأردني إن التعاون بين البلدين مستمر، بعد لقائهما في عمان."
    assert len(_events(text, "meeting", "ar")) == 1


def test_his_meeting_with_his_own_staff_stays_a_meeting_of_one() -> None:
    # a singular possessive names one party only
    text = "وأكد المدير خلال لقائه في جدة أهمية العمل."
    assert _events(text, "meeting", "ar") == []


def test_clashes_that_broke_out_near_a_place_are_an_attack_in_french() -> None:
    text = "Des affrontements ont éclaté près de Gao dans la nuit de lundi, selon des habitants."
    assert len(_events(text, "attack", "fr")) == 1


def test_heavy_fighting_in_a_capital_is_an_attack_and_fighting_terrorism_is_none() -> None:
    assert len(_events("Heavy fighting rages on in Sudan's capital.", "attack", "en")) == 1
    assert _events("We have experience in fighting terrorism in Sudan.", "attack", "en") == []


def test_battles_that_resumed_in_a_capital_are_an_attack_in_russian() -> None:
    text = "В столице Мали возобновились бои."
    assert len(_events(text, "attack", "ru")) == 1


def test_strike_on_the_south_of_a_country_has_the_country_as_target() -> None:
    text = "Israel conducts a new strike on southern Lebanon."
    (event,) = _events(text, "attack", "en")
    assert _party(event, "target") == "Lebanon"


def test_french_pluperfect_and_perfect_with_an_adverb_are_an_attack_and_a_tally_is_none() -> None:
    told = "Début mai, les rebelles avaient déjà tué 9 villageois dans le village de Koro."
    tally = "Au moins 9 villageois ont été tués dans la région, selon un bilan provisoire."
    assert len(_events(told, "attack", "fr")) == 1
    assert _events(tally, "attack", "fr") == []
