"""Round-21 event recall on Arabic news, in our own sentences: a definite meeting noun told for the first time with its
parties in the relative clause or the بين right after it (اللقاء الذي جمع X مع Y, الاجتماع المشترك بين X و Y) names its
own meeting and is coded with no meeting told before it; a bare definite meeting noun with nothing before it stays
uncoded, as a body's own session may be told the same way."""

from __future__ import annotations

from event_triggers import coded_triggers


def test_meeting_introduced_by_relative_clause_is_coded() -> None:
    text = "تناول اللقاء الذي جمع وزير الخارجية الفرنسي لوران فابيوس مع نظيره الإيراني محمد جواد ظريف ملف المياه."
    assert ("meeting", "اللقاء") in coded_triggers(text)


def test_meeting_introduced_by_between_past_an_adjective_is_coded() -> None:
    text = "انطلقت في الرياض أعمال الاجتماع المشترك بين وزير الخارجية عادل الحربي ووزير الخارجية الألماني فرانك شتاينماير."
    assert ("meeting", "الاجتماع") in coded_triggers(text)


def test_bare_definite_meeting_first_told_is_not_coded() -> None:
    text = "وتناول الاجتماع الذي حضره وزير الخارجية عادل الحربي مشروعات الطاقة."
    assert ("meeting", "الاجتماع") not in coded_triggers(text)


def test_negotiations_between_two_parties_are_coded() -> None:
    text = "وتجري مفاوضات بين وزير الخارجية عادل الحربي ووزير الخارجية الألماني فرانك شتاينماير في جنيف."
    assert ("meeting", "مفاوضات بين") in coded_triggers(text)


def test_negotiations_voted_on_are_not_coded() -> None:
    text = "صوت البرلمان الألماني على إجراء مفاوضات حول قرض جديد."
    assert not any(etype == "meeting" for etype, _ in coded_triggers(text))
