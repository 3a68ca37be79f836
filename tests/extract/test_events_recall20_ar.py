"""Round-20 event recall on Arabic news, in our own sentences: a meeting told again ("وجرى خلال الاجتماع ...") after
a meeting whose clause named one party and an official's title takes that meeting's parties when its sentence speaks
of what two parties share (العلاقات الثنائية, بين البلدين, الجانبان); without such words it stays uncoded, as a body's
own session may be told the same way."""

from __future__ import annotations

from event_triggers import coded_triggers

FIRST = "عقد وزير الخارجية عادل الحربي اجتماعا اليوم مع الوفد الزائر."


def test_meeting_told_again_between_two_countries_is_coded() -> None:
    text = FIRST + " وجرى خلال الاجتماع بحث العلاقات الثنائية بين البلدين."
    assert ("meeting", "خلال الاجتماع") in coded_triggers(text)


def test_meeting_told_again_with_the_two_sides_is_coded() -> None:
    text = FIRST + " وتناول الاجتماع مشروعات الطاقة التي اتفق عليها الجانبان."
    assert ("meeting", "الاجتماع") in coded_triggers(text)


def test_meeting_told_again_without_two_parties_is_not_coded() -> None:
    text = FIRST + " وجرى خلال الاجتماع بحث التعاون في مجال الطاقة."
    assert ("meeting", "خلال الاجتماع") not in coded_triggers(text)
