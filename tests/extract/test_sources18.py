"""Cited sources, round 18: the Arabic told slot "ل + outlet" when the speech verb is in the present tense, a
narrative verb or carries what was said ("بحسب ما قاله … لوكالة"), or when a quotation opens right after it."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.model import Document
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a narrative verb far before the slot, the quotation right after it
        ("وروى أحد المزارعين ويدعى سالم العتيبي لوكالة فرانس برس «إن المحصول تضرر كثيرا».", "فرانس برس"),
        # the present tense
        (
            "وتقول المحللة سارة الحربي من شركة استشارية في لندن لوكالة فرانس برس: الأسعار سترتفع قريبا.",
            "فرانس برس",
        ),
        # the verb carries what was said as its object
        ("وغادر البلاد العام الماضي، بحسب ما قاله أحد أقاربه لوكالة الصحافة الفرنسية.", "الصحافة الفرنسية"),
        # a colon, but the quotation it opened closed before the slot
        ('قالت الوزيرة: "لا نعرف مكانهم بعد"، مؤكدة تصريحات أدلت بها لشبكة «النهار» اليوم.', "النهار"),
        # the name in parentheses
        ("وقال رئيس الحكومة لقناة (تي.آر.تي) التركية إن العمليات ستتواصل.", "تي.آر.تي"),
        # no speech verb reaches the slot, but قائلا and the quotation follow it
        ("ولخص الفنان أفكاره لمجلة أرت نيوز قائلا «أريد أن أغير العالم».", "أرت نيوز"),
    ],
)
def test_an_arabic_told_slot_is_read_from_the_verb_or_the_quotation(
    pipeline: Pipeline, text: str, outlet: str
) -> None:
    assert covers(cited(pipeline, text, "ar"), "told_outlet", outlet)


@pytest.mark.parametrize(
    "text",
    [
        # a paper's issue cited by its title: nobody spoke to the paper
        'وفي عدد سابق لجريدة الحياة بعنوان "الجامعات تتراجع" عرض الكاتب أرقاما مقلقة.',
        # a correspondent for a paper, no quotation after the slot
        "واعتقل الرجل الذي عمل مراسلا لصحيفة «واشنطن بوست» في طهران منذ عامين.",
        # a name in parentheses with no speech: the channel's show, not a statement to it
        "وتتخلل المهرجان عروض لفرقة قناة (سبيس تون) للأطفال.",
        # the speech opened at a colon: the paper is praised inside what was said, nobody spoke to it
        "وقال المدير: نشكر الزملاء على حسن الاستقبال، ولا أحد ينكر الدور الكبير لصحيفة (الوطن) في المنطقة.",
        # a place, not an outlet, before a quotation
        "وزار المحافظ موقع الحادث لمتابعة الأعمال «ميدانيا».",
    ],
)
def test_no_told_outlet_without_speech_or_quotation(pipeline: Pipeline, text: str) -> None:
    assert not any(kind == "told_outlet" for kind, _ in cited(pipeline, text, "ar"))


def test_told_to_the_publisher_itself_is_no_cited_source(pipeline: Pipeline) -> None:
    text = "ويقول الخبير الاقتصادي سامي الفهد لـ«الشرق الأوسط» إن السوق تتعافى ببطء."
    doc = pipeline(Document(text=text, language="ar", url="http://aawsat.com/home/article/1"))
    assert [a.label for a in doc.layer("sources")] == ["publisher"]
