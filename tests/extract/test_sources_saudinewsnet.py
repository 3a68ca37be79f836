"""Sources in the forms of the 2015 Saudi and Gulf press: a report verb carrying its object, the definite
and partitive collective sources, a platform joined to its preposition, adjectives of unnamed reports."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _sources(text: str) -> list[tuple[str, str]]:
    doc = sources_stage(Document(text=text, language="ar"), {})
    return [(a.label, a.text) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "kind", "inside"),
    [
        # a report verb with its object pronoun before an outlet and its head noun
        (
            "وبلغت قيمة الصفقة عشرين مليونا، فيما قدرتها مجلة «سبورت ويك» بأقل من ذلك.",
            "cited_outlet",
            "سبورت ويك",
        ),
        ("هذا ما أوردته صحيفة «المساء» المغربية عن مصدر في الوزارة.", "cited_outlet", "المساء"),
        # collective sources with their article, cited by the verb before them
        ("وصل الوفد إلى عمان مساء أمس. وأشارت المصادر إلى أن المباحثات تبدأ اليوم.", "vague", "المصادر"),
        ("وأوضحت المصادر المطلعة أن القرار سيصدر قريبا.", "vague", "المصادر المطلعة"),
        # a share of them: "some media", "a number of websites"
        ("وطبقا لما ذكرته بعض وسائل الإعلام فإن المدرب سيرحل.", "vague", "وسائل الإعلام"),
        (
            "غضب المشجعون بعدما تناقل عدد من المواقع الإلكترونية نبأ إلغاء العقد.",
            "vague",
            "المواقع الإلكترونية",
        ),
        # the platform joined to ب after an account word
        ("وأعلن النادي عبر حسابه بتويتر موعد بيع التذاكر.", "social_channel", "بتويتر"),
        ("وكتبت اللاعبة على حسابها بإنستغرام أنها ستعتزل.", "social_channel", "بإنستغرام"),
        # a lead naming the agency first, then the place: "واس- الرياض:"
        ("واس- جدة: افتتح أمير المنطقة المعرض الدولي للكتاب مساء أمس.", "agency", "واس"),
        ("كونا - الكويت: وافق مجلس الوزراء على الميزانية الجديدة.", "agency", "كونا"),
        # Gulf and Yemeni outlets the KB knows, named without a head noun
        ("وذكرت القبس أن مجلس الأمة سيعقد جلسة خاصة.", "cited_outlet", "القبس"),
        ("ونقل مأرب برس عن شهود أن الطريق أغلق.", "cited_outlet", "مأرب برس"),
        # an outlet whose name is a Latin acronym spelled out in Arabic letter names
        ("وقالت شبكة إن بي سي الأمريكية إن العاصفة اقتربت من الساحل.", "cited_outlet", "إن بي سي"),
        # an unnamed report with its adjective right after the citing verb
        ("أفاد تقرير حكومي أن عدد الزوار ارتفع هذا العام.", "vague", "تقرير حكومي"),
    ],
)
def test_press_forms_are_found(text: str, kind: str, inside: str) -> None:
    found = _sources(text)
    assert any(label == kind and inside in span for label, span in found), found


@pytest.mark.parametrize(
    "text",
    [
        # sources named before, pointed back to by a demonstrative
        "وقالت الصحيفة نقلا عن تلك المصادر إن التحقيق مستمر.",
        # resources, not sources: no citing word before, no report verb after
        "تعتمد المملكة على المصادر المتجددة للطاقة في مشاريعها.",
        # a platform joined to ب without an account word or a posting verb
        "انتشر المقطع بتويتر انتشارا واسعا خلال يومين.",
        # إن after a channel word is "that", not a name, when no letter name follows
        "وقالت القناة إن الحريق امتد إلى منازل أخرى.",
        # a report verb with a pronoun before an ordinary noun, not an outlet
        "أكدته اللجنة في اجتماعها الأخير.",
    ],
)
def test_near_misses_are_not_sources(text: str) -> None:
    assert _sources(text) == []
