"""Round-19 event recall on Arabic news, in our own sentences: an agreement signed with the article on the noun
(جرى التوقيع على الاتفاقية), in the indefinite accusative (وقع الحزب اتفاقا) or called a memorandum of cooperation
(مذكرة تعاون); a sports word inside a name or phrase where it has another sense (الاتحاد الأوروبي, التعليم الأهلي,
حركة الشباب) no longer vetoes a meeting or an attack, while a match report stays vetoed; a speaker who reports their
own meeting (قال الوزير X إنه ناقش مع نظيره Y) is its source."""

from __future__ import annotations

import pytest
from event_triggers import coded_triggers

EVENTS = [
    # the signing noun with its article, an accusative agreement, a memorandum of cooperation
    ("وجرى التوقيع على الاتفاقية بين وزارة الصحة وشركة أرامكو في الرياض أمس.", "agreement"),
    ("ووقع الحزب اتفاقا مع الحكومة في أنقرة قبل عامين.", "agreement"),
    ("وقعت وزارة الصحة مذكرة تعاون مع جامعة الملك سعود في الرياض.", "agreement"),
    # a sports word in another sense beside a meeting or an attack
    ("وأجرى وزير الخارجية الهندي محادثات مع مسؤولي الاتحاد الأوروبي في بروكسل.", "meeting"),
    (
        "استقبل وكيل وزارة التعليم للتعليم الأهلي الدكتور خالد العمري في مكتبه سفير دولة باكستان عمران أحمد.",
        "meeting",
    ),
    ("هاجم مسلحون من حركة الشباب قاعدة عسكرية في جنوب الصومال فجر الأحد.", "attack"),
    # a speaker reporting their own meeting: who says "إنه" met
    ("قال وزير الداخلية أحمد الكبيسي إنه ناقش مع نظيره الأردني سمير المومني أمن الحدود.", "meeting"),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_is_coded(text: str, expected: str) -> None:
    assert expected in [t for t, _ in coded_triggers(text)]


OTHER_SENSES = [
    # a match report: الاتحاد and الهلال are clubs, the meeting (لقاء) is the game
    ("وفاز الاتحاد على الهلال في لقاء الأمس على ملعب الجوهرة بهدفين.", "meeting"),
    ("واستقبل رئيس نادي الشباب اللاعب الجديد في مطار الرياض.", "meeting"),
    # a contract signed with a player is no agreement between parties
    ("وجرى التوقيع مع اللاعب على عقد لمدة ثلاثة مواسم مع الفريق.", "agreement"),
]


@pytest.mark.parametrize(("text", "absent"), OTHER_SENSES)
def test_other_sense_is_not_coded(text: str, absent: str) -> None:
    assert absent not in [t for t, _ in coded_triggers(text)]
