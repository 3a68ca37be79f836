"""Cited sources, round 19: a paper named bare in quotes after the Arabic told slot ("لـ«الحياة»"), which the KB
lists only with its head noun ("صحيفة الحياة"), when no "أن" follows it right away."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the speaker's name after the slot
        ('وأوضح لـ"الحياة" المهندس سالم الدوسري مدير المشروع أن الأعمال ستنتهي قريبا.', "الحياة"),
        # a space after لـ, and a time before "أن"
        ("وأكد رئيس البلدية لـ «عكاظ» أمس أن الطريق سيفتح الأسبوع المقبل.", "عكاظ"),
        # "أن" with its pronoun
        ("وقال مسؤول في الوزارة لـ«الشرق الأوسط» إنه لا موعد للاجتماع بعد.", "الشرق الأوسط"),
    ],
)
def test_a_bare_quoted_paper_after_a_speech_verb_is_told(pipeline: Pipeline, text: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "ar"), "told_outlet", outlet)


@pytest.mark.parametrize(
    "text",
    [
        # a club the speaker once played for, not a paper
        'وهذا ما قاله اللاعب السابق لـ"النمور الزرق" في مسيرته الطويلة.',
        # a closing quotation mark right after an unknown quoted name
        'وأضاف: "لن يكون ذلك جيدا لـ"الاتحاد"" في الموسم المقبل.',
    ],
)
def test_an_unknown_quoted_name_needs_that_after_it(pipeline: Pipeline, text: str) -> None:
    assert not any(kind == "told_outlet" for kind, _ in cited(pipeline, text, "ar"))


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        # a call-in to a broadcast, and an interview in the passive
        ("وقال المحافظ في مداخلة هاتفية مع قناة الإخبارية إن الطرق مفتوحة.", "interview", "الإخبارية"),
        ("وقالت الوزيرة في مقابلة أجريت مع وكالة رويترز إن المفاوضات مستمرة.", "interview", "رويترز"),
        # an outlet's correspondent, the ل glued to the outlet
        ("ووصلت القافلة إلى المدينة ظهرا، بحسب مراسل لوكالة فرانس برس.", "cited_outlet", "فرانس برس"),
        # statements given to a channel, and what someone mentioned to a paper
        ("ورفضت الجامعة التصريحات التي أدلى بها المدرب لقناة الجزيرة أمس.", "told_outlet", "الجزيرة"),
        ("وتقرر نقل السوق، بحسب ما ذكره رئيس البلدية لـ«عكاظ» في اتصال.", "told_outlet", "عكاظ"),
        # a blog on a platform
        ("وأفادت الجمعية في مدونتها على تويتر بأن الحملة انتهت.", "social_channel", "تويتر"),
    ],
)
def test_more_arabic_venues_slots_and_channels(pipeline: Pipeline, text: str, kind: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "ar"), kind, outlet)


def test_a_date_after_the_outlet_is_not_its_name(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وانتقد النادي التصريحات التي أدلى بها اللاعب لقناة النهار بتاريخ 3 مايو.", "ar")
    assert ("told_outlet", "لقناة النهار") in found, found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a time between the quoted paper and "أن"
        ('وذكر مدير المستشفى لـ"النهار" أمس أن المصابين غادروا.', "النهار"),
        # spaces inside the quotation marks
        ('وكشف قائد الفريق لـ " سبق " تفاصيل الخطة الجديدة.', "سبق"),
    ],
)
def test_told_slot_with_a_time_or_padded_quotes(pipeline: Pipeline, text: str, outlet: str) -> None:
    assert covers(cited(pipeline, text, "ar"), "told_outlet", outlet)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # the author in the construct, right after the report
        ("وارتفعت المبيعات عشرة في المائة، وفقا لتقرير شركة الريادة الصادر أمس.", "شركة الريادة"),
        # the author after "قدمتها"
        ("وجاءت الجامعة في المركز الأول حسب دراسة قدمتها مؤسسة المعرفة الدولية.", "مؤسسة المعرفة"),
    ],
)
def test_a_report_by_an_institution_is_research(pipeline: Pipeline, text: str, author: str) -> None:
    assert covers(cited(pipeline, text, "ar"), "research", author)
