"""Round-22 event recall on Arabic news, in our own sentences: an agreement named first and then told as reached or
signed in a clause or a participle after it (الاتفاق الذي تم التوصل إليه مع X, الاتفاقية الموقعة بين X و Y) is an
agreement; the same clause with no agreement noun just before it (الانفجار الذي وقع, الموقعة: the battle) is none. A
memorandum with the article on its second word (مذكرتي التفاهم, مذكرة التعاون) is an agreement word too. Negotiations
named with their parties are talks held also when definite (المفاوضات بين X و Y), not with a player. Minutes signed
(التوقيع على محضر الاجتماع) are no agreement, even right after one."""

from __future__ import annotations

from event_triggers import coded_triggers


def test_agreement_reached_in_a_relative_clause_is_coded() -> None:
    text = "وقال المتحدث إن الاتفاق التجاري الذي تم التوصل إليه مع كندا سيدخل حيز التنفيذ في يناير."
    assert ("agreement", "الذي تم التوصل إليه") in coded_triggers(text)


def test_agreement_signed_as_a_participle_is_coded() -> None:
    text = "وأشار السفير إلى أن الاتفاقية الموقعة بين المملكة وإندونيسيا تنظم استقدام العمالة المنزلية."
    assert ("agreement", "الموقعة") in coded_triggers(text)


def test_relative_clause_with_no_agreement_before_it_is_not_coded() -> None:
    text = "وأدان المجلس الانفجار الذي وقع قرب سفارة كندا في المدينة القديمة."
    assert not any(etype == "agreement" for etype, _ in coded_triggers(text))


def test_memoranda_with_the_article_on_their_second_word_are_signed() -> None:
    text = "ووقع مذكرتي التفاهم وكيل وزارة الصحة الدكتور سامي العتيبي ومدير جامعة الملك سعود الدكتور بدران العمر."
    assert ("agreement", "وقع") in coded_triggers(text)


def test_memorandum_with_the_article_signed_in_a_relative_clause() -> None:
    text = "وبدأت الوزارتان تنفيذ مذكرة التفاهم التي وقعها الوزير خالد الفالح والوزير عزام الدخيل في أبها."
    assert any(etype == "agreement" for etype, _ in coded_triggers(text))


def test_definite_negotiations_between_two_named_parties_are_coded() -> None:
    text = "واستؤنفت في جنيف أمس المفاوضات بين وزير الخارجية الإيراني محمد ظريف ووزير الخارجية الأمريكي جون كيري."
    assert ("meeting", "المفاوضات بين") in coded_triggers(text)


def test_definite_negotiations_with_a_player_are_not_a_meeting() -> None:
    text = "وقال مدرب الفريق سامي الجابر إن المفاوضات مع اللاعب توقفت قبل توقيع العقد مع النادي."
    assert not any(etype == "meeting" for etype, _ in coded_triggers(text))


def test_minutes_signed_after_an_agreement_are_not_that_agreement_again() -> None:
    text = "وقعت وزارة الزراعة اتفاقية تعاون مع وزارة المياه في الرياض. وتم خلال الاجتماع التوقيع على محضر الاجتماع الثاني."
    assert ("agreement", "التوقيع") not in coded_triggers(text)
