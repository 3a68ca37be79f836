"""Cited sources, round 26 (Arabic, SaudiNewsNet population): social media named as where something
circulated, and unnamed sources after "طبقا ل" or a contracted article."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _found(text: str) -> list[tuple[str, str]]:
    doc = sources_stage(Document(text=text, language="ar"), {})
    return [(a.label, text[a.start : a.end]) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ونفت الوزارة صحة الرسالة المتداولة عبر مواقع التواصل الاجتماعي أمس.", "مواقع التواصل الاجتماعي"),
        ("وتداولت وسائل التواصل صورا للسيارة بعد الحادث.", "وسائل التواصل"),
        ("وكان بعض رواد شبكات التواصل الاجتماعي تداولوا خبرا عن الحريق.", "شبكات التواصل الاجتماعي"),
        ("ونفى المتحدث ما تم تداوله في منصات التواصل عن إغلاق الطريق.", "منصات التواصل"),
    ],
)
def test_social_media_where_something_circulated_is_vague(text: str, span: str) -> None:
    assert ("vague", span) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a topic, not where anything came from
        "وتحدث الوزير عن مواقع التواصل الاجتماعي وأثرها على الطلاب.",
        "ويستخدم أغلب الطلاب مواقع التواصل الاجتماعي يوميا.",
        # the reported clause's subject after a speech verb and أن
        "وأضاف أن مواقع التواصل الاجتماعي شهدت تفاعلا كبيرا مع الحملة.",
    ],
)
def test_social_media_as_a_topic_is_no_source(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وطبقا للمصادر فإن المباراة ستقام في موعدها.", "للمصادر"),
        ("ووفقا لبعض المصادر المطلعة فإن الاجتماع تأجل.", "لبعض المصادر المطلعة"),
    ],
)
def test_sources_after_a_contracted_article_or_a_share(text: str, span: str) -> None:
    assert ("vague", span) in _found(text)


def test_a_quoted_site_where_a_video_was_posted_is_cited() -> None:
    found = _found('وظهر اللاعب في مقطع نشر على موقع "النخبة الرياضية" وهو يتدرب.')
    assert ("cited_outlet", 'نشر على موقع "النخبة الرياضية"') in found


def test_a_site_without_a_quoted_name_after_posted_on_is_no_outlet() -> None:
    # the ministry's site names no outlet, and the words after it are no name
    found = _found("وقد نشر على موقع الوزارة جدول المواعيد الجديد.")
    assert not any(label == "cited_outlet" for label, _ in found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وذكر مركز الواحة للدراسات أن الصادرات تراجعت هذا العام.", "مركز الواحة للدراسات"),
        ("ووفقا لتقديرات معهد النخيل للأبحاث الاقتصادية فإن النمو تباطأ.", "معهد النخيل للأبحاث الاقتصادية"),
        ("وكشف «مركز الرصد والتحليل» عن ارتفاع الأسعار.", "«مركز الرصد والتحليل»"),
        ("وأفادت هيئة المسح الجيولوجي الأمريكية بأن الهزة كانت ضعيفة.", "هيئة المسح الجيولوجي الأمريكية"),
    ],
)
def test_research_centres_cited_as_evidence(text: str, span: str) -> None:
    assert ("research", span) in _found(text)


def test_the_head_of_a_research_centre_speaks_for_himself() -> None:
    # the director is the speaker; his centre is where he works, not what is cited
    assert _found("وقال مدير مركز الواحة للدراسات إن الصادرات تراجعت.") == []


def test_an_account_word_with_a_glued_preposition_is_a_channel() -> None:
    found = _found("وشكر المدرب الجماهير من خلال تغريدة بحسابه الرسمي على «تويتر» بعد المباراة.")
    assert ("social_channel", "حسابه الرسمي على «تويتر»") in found


def test_an_unknown_outlet_name_stops_before_a_clause_opener() -> None:
    found = _found("ووفقا لدراسة نشرتها مجلة الواحة فإن الأسعار ارتفعت.")
    assert ("cited_outlet", "نشرتها مجلة الواحة") in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ونشرت الدراسة في مجلة الطبيب الحديث الأسبوع الماضي.", "مجلة الطبيب الحديث"),
        (
            "وأظهرت نتائج بحث نشر بالدورية العلمية «أخبار القلب» أن المشي مفيد.",
            "الدورية العلمية «أخبار القلب»",
        ),
    ],
)
def test_a_journal_where_a_study_was_published(text: str, span: str) -> None:
    assert ("cited_outlet", span) in _found(text)


def test_an_unnamed_journal_is_no_outlet() -> None:
    assert _found("وأشارت دراسة أخرى نشرت بالدورية الطبية الشهيرة إلى فوائد المشي.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وكتب المدرب في تغريدة على حسابه بموقع «تويتر» أنه راض عن الأداء.", "حسابه بموقع «تويتر»"),
        ("وقال المدرب في تغريدة عبر حسابه إنه راض عن الأداء.", "عبر حسابه"),
    ],
)
def test_a_tweet_and_the_account_after_it_are_one_channel(text: str, span: str) -> None:
    assert _found(text) == [("social_channel", span)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وقال الموقع الإلكتروني للمطار إن الرحلات ألغيت.", "الموقع الإلكتروني للمطار"),
        ("وقالت الشركة في بيان نشر على موقع النادي على الإنترنت إن العقد وقع.", "موقع النادي على الإنترنت"),
        (
            "وأظهرت الأرقام المتاحة على الموقع الرسمي لهيئة الإحصاء أن البطالة تراجعت.",
            "الموقع الرسمي لهيئة الإحصاء",
        ),
    ],
)
def test_a_bodys_website_with_its_owner_is_a_channel(text: str, span: str) -> None:
    assert ("social_channel", span) in _found(text)


def test_registering_on_a_website_cites_nothing() -> None:
    assert _found("ويمكن التسجيل عبر الموقع الإلكتروني للجامعة حتى الخميس.") == []


def test_an_interview_posted_on_a_site_stays_an_interview() -> None:
    found = _found("وقال المدرب في مقابلة نشرت على موقع النادي على الإنترنت إنه سعيد.")
    assert not any(label == "social_channel" for label, _ in found)
