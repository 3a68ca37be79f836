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
