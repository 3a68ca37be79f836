"""rasid.sources.v1 on Arabic words that only look like a source: rules and instructions, a body's own
statement, a spokesperson or ``ما`` + verb after a citing cue, an account acted on rather than posted
through, and the water channel, the location and the stage behind قناة, موقع and منصة."""

from __future__ import annotations

import pytest
from cited_sources import cited, sources_pipeline

from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


def _cited(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return cited(pipeline, text, "ar")


@pytest.mark.parametrize(
    ("text", "not_a_source"),
    [
        # rules and instructions are not where news comes from
        ("وتمنع المركبات من الوقوف هناك حسب تعليمات وزارة الداخلية رقم 12.", "وزارة"),
        ("وتصرف المكافأة وفق شروط الهيئة العامة للرياضة المعلنة.", "الهيئة"),
        ("وتعمل اللجنة وفق شعار «الحكومة في خدمتك» منذ سنوات.", "الحكومة"),
        # a body's own statement, a spokesperson, or the body as the subject of a verb: the speaker
        ("بيان وزارة الصحة كان واضحا في هذه النقطة.", "وزارة"),
        ("وقالت الوزارة في بيان وزارة العمل إن الطلبات تقبل.", "وزارة العمل"),
        ("وبحسب المتحدث الرسمي لهيئة الهلال الأحمر فإن المصابين نقلوا.", "الهلال"),
        ("وسترتفع الإيرادات بحسب ما أوضحت الحكومة في مؤتمر.", "الحكومة"),
        # a medium word in another sense, or a channel something airs on
        ("وذكرت قناة السويس الجديدة أن المجرى افتتح للسفن.", "السويس"),
        ("وقال المزارع لقناة الري إن المياه انقطعت منذ أسبوع.", "الري"),
        ("وأفاد موقع الحادث بأن السيارة احترقت بالكامل.", "الحادث"),
        ("وأعلنت منصة التتويج اسم الفائز الأول.", "التتويج"),
        ("وأوضح الرئيس أن الحفل سيعرض عبر البث المباشر لقناة الجمعية.", "الجمعية"),
        # reports merely mentioned, not cited
        ("وقال إن التقارير عن استقالته غير صحيحة.", "التقارير"),
        ("وتصدر الهيئة تقارير سنوية عن أدائها.", "تقارير"),
        ("وقال المتحدث إن الفرق توجهت لموقع المباراة مبكرا.", "المباراة"),
        ("وأوضح أن الدفاع المدني وصل لموقع السيول سريعا.", "السيول"),
        ("وقالت الهيئة إنها نشرت تقارير عن أدائها.", "تقارير"),
        ("وفقا لما تقوله الحكومة فإن الطريق مفتوح.", "الحكومة"),
        ("وطالبت الوكالة بتقديم تقرير إلى أعضاء مجلس الأمن قبل نهاية الشهر.", "مجلس"),
        ("وأضاف موقع التواصل الاجتماعي تويتر ميزة جديدة.", "تويتر"),
        ("وكشف تحقيق عن تورط الشركة الأم لقناة «الأفق» في التزوير.", "الأفق"),
        ("وقال إن المتسللين دخلوا إلى قواعد بيانات مواقع المنظمة.", "المنظمة"),
        # an account acted on, not posted through
        ("وجذبت الصفحة التي أنشأها الرجل على فيس بوك آلاف الإعجابات.", "فيس بوك"),
        ("وقالت الشرطة إن الرجل أنشأ حسابا على تويتر لنشر التهديدات.", "تويتر"),
    ],
)
def test_sources_word_sense_leaves_non_sources(pipeline: Pipeline, text: str, not_a_source: str) -> None:
    found = _cited(pipeline, text)
    assert not any(not_a_source in words for _, words in found), found


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("وقتل ثلاثة جنود، بحسب بيانات وزارة الدفاع التشادية.", "research", "وزارة الدفاع"),
        ("وارتفعت الأسعار وفق تقرير منظمة الأغذية والزراعة.", "cited_outlet", "منظمة الأغذية"),
        ("ونشر النادي في حسابه على تويتر صورا للاعب الجديد.", "social_channel", "تويتر"),
        ("وقالت الشرطة على تويتر إن الطريق أغلق.", "social_channel", "تويتر"),
        ("وذكرت صحيفة «الشروق» أن الصفقة اكتملت.", "cited_outlet", "الشروق"),
        ("وقال مسؤول لقناة الأفق إن الهجوم صد.", "told_outlet", "الأفق"),
        ('وذكر موقع "النبأ" أن الحادث وقع ليلا.', "cited_outlet", "النبأ"),
        ("وذكرت تقارير أن المدافع سيغادر النادي.", "vague", "تقارير"),
        ("وبينما ذكرت بعض التقارير أن الاتحاد أعلن دعمه.", "vague", "بعض التقارير"),
        ("وتشير التقارير إلى أن الصفقة اكتملت.", "vague", "التقارير"),
        ("وكانت تقارير سابقة قد ذكرت أن المصنع أغلق.", "vague", "تقارير سابقة"),
        ("وأفاد تقرير إحصائي أن البطالة تراجعت.", "vague", "تقرير إحصائي"),
        ('وذكر موقع صحيفة "الأيام" أن المهاجم غاب عن التدريب.', "cited_outlet", '"الأيام"'),
        ("وتقول صحيفة «الرأي العام» إن الحقول تضررت.", "cited_outlet", "الرأي العام"),
        ("وكتب المدرب عبر حسابه الرسمي بموقع «تويتر»: لن نبيع أحدا.", "social_channel", "تويتر"),
        ("وقالت الشرطة لموقع «الأيام» إن السائق نجا.", "told_outlet", "الأيام"),
        ('وتابع لصحيفة "الأيام": لم نتلق أي عرض.', "told_outlet", "الأيام"),
        ("وكشفت تقارير استخباراتية أن المسلحين انسحبوا.", "vague", "تقارير استخباراتية"),
        ("ووفق التقرير السنوي لمصلحة الإحصاء، فإن العدد ارتفع.", "research", "لمصلحة الإحصاء"),
        ("أفاد أحدث تقرير عقاري لمصرف الخليج بأن الإيجارات تراجعت.", "research", "لمصرف الخليج"),
        ("وبلغ الإنتاج مليوني برميل وفقا لمسح أجرته رويترز.", "research", "رويترز"),
        ('ووفقا للتقرير الذي أعدته "أرقام" فقد تراجعت الصفقات.', "research", "أرقام"),
        ("وطرد الزوجان من الشقة وفقا لما تقوله «الأيام».", "cited_outlet", "الأيام"),
        ("بحسب هيئة قناة السويس عبرت خمسون سفينة.", "cited_outlet", "هيئة قناة السويس"),
    ],
)
def test_sources_word_sense_keeps_sources(pipeline: Pipeline, text: str, kind: str, words: str) -> None:
    found = _cited(pipeline, text)
    assert any(k == kind and words in w for k, w in found), found


def test_sources_word_sense_a_body_stops_before_the_clause(pipeline: Pipeline) -> None:
    """The body's name ends where the cited clause begins (فإن, أن), not four words on."""
    found = _cited(pipeline, "وبحسب بيانات وزارة الزراعة فإن الإنتاج ارتفع.")
    assert found == [("research", "وبحسب بيانات وزارة الزراعة")], found
