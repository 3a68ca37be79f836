"""Round-24 event recall, in our own sentences: a sports word with another sense vetoes no meeting or attack. الفريق
before a person's name is a general's rank (الفريق عثمان المحرج), not a team; "the aims that" (الأهداف التي), a party
named الاتحاد (حزب الاتحاد الديمقراطي) and the private sector (القطاعين الحكومي والأهلي) are no sports words; the
Russian командующий (a commander) is no команда (a team). A harsh attack in words (شن هجوما حادا) is no armed one.
In French, English and Russian a meeting with one named party after "with" (talks with Putin) has its other party
in whoever held it; an Arabic لقاء مع may be an interview, and is not taken so. A summit of a bloc (le sommet de
la CEDEAO) gathers several parties: no meeting of one; told again in French, English or Russian (ce sommet) it keeps
the parties it had."""

from __future__ import annotations

from typing import Any

from rasid.extract import analyze_text


def _events(text: str, rasid_type: str, language: str = "ar") -> list[dict[str, Any]]:
    doc = analyze_text(text, language=language, published="2015-08-10")
    return [dict(e.attrs) for e in doc.layer("events") if e.attrs["rasid_type"] == rasid_type]


def _party(event: dict[str, Any], role: str) -> str | None:
    party = event.get(role)
    return None if party is None else party["canonical"]


def test_general_by_rank_before_his_name_is_received_not_a_sports_team() -> None:
    text = "استقبل أمير المنطقة في مقر الإمارة اليوم مدير الأمن العام الفريق عثمان بن ناصر المحرج والوفد المرافق له."
    assert len(_events(text, "meeting")) == 1


def test_aims_that_are_sought_are_no_sports_goals() -> None:
    text = (
        "وعبر الأمين العام في تصريح صحافي خلال لقائه رئيس الجهاز المقدم مبارك الخييلي عن أمله في أن يحقق الجهاز "
        "الأهداف التي يسعى إليها."
    )
    (event,) = _events(text, "meeting")
    assert _party(event, "target") == "مبارك الخييلي"


def test_party_named_union_is_no_sports_club() -> None:
    text = "وقالت الحكومة إن عناصر حزب الاتحاد الديمقراطي هاجمت مواقع المسلحين في القرية أمس."
    assert len(_events(text, "attack")) == 1


def test_team_of_a_match_still_vetoes_a_meeting() -> None:
    text = "والتقى مدرب الفريق محمد العلي رئيس النادي أحمد الزهراني بعد المباراة."
    assert _events(text, "meeting") == []


def test_harsh_attack_in_words_is_no_armed_attack() -> None:
    text = "وشن الفريق خليفة حفتر قائد الجيش الليبي هجوما حادا على قطر واتهمها بدعم الإرهابيين."
    assert _events(text, "attack") == []


def test_russian_commander_is_no_sports_team() -> None:
    text = "Президент России провел переговоры с командующим ливийской армией Халифой Хафтаром в Кремле."
    assert len(_events(text, "meeting", language="ru")) == 1


def test_talks_with_one_named_party_are_a_meeting_in_english() -> None:
    text = "Talks with President Vladimir Putin were held in the Kremlin on Wednesday, the agency said."
    (event,) = _events(text, "meeting", language="en")
    assert _party(event, "target") == "Vladimir Putin"


def test_talks_with_one_named_party_are_a_meeting_in_russian() -> None:
    text = "Переговоры с президентом Владимиром Путиным прошли в Кремле в среду."
    assert len(_events(text, "meeting", language="ru")) == 1


def test_arabic_interview_with_an_official_is_no_meeting() -> None:
    text = "وأجرى المركز الإعلامي لقاء مع مدير الإدارة حسين الجمعة حول الاستعدادات للمهرجان."
    assert _events(text, "meeting") == []


def test_summit_of_a_bloc_is_a_meeting() -> None:
    (event,) = _events("Le premier sommet de la CEDEAO s'est tenu samedi à Abuja.", "meeting", language="fr")
    assert _party(event, "target") == "Economic Community of West African States (ECOWAS)"


def test_summit_named_by_its_theme_alone_is_no_meeting() -> None:
    assert _events("وتحدث المدير في القمة العالمية لسلامة الطيران التي عقدت في دبي.", "meeting") == []


def test_summit_told_again_keeps_its_parties_in_french() -> None:
    text = (
        "Le premier sommet de la CEDEAO s'est tenu samedi à Abuja. "
        "Ce sommet historique marquera une nouvelle étape pour la région."
    )
    assert len(_events(text, "meeting", language="fr")) == 2
