"""Event roles, sixteenth round: the theme of an Arabic attack noun stands in the noun's own phrase. An actor
after a comma, a verb or a relative pronoun that follow the noun is another word's argument, not what the
attack hit: no target is better than a wrong one."""

from __future__ import annotations

from typing import Any

import pytest
from event_roles import coded_attacks, role_text

from rasid.extract import analyze_text


@pytest.mark.parametrize(
    ("text", "not_hit"),
    [
        # the sentence goes on after a comma with a verb of its own, whose subject the person is
        (
            "وبعد التفجير الانتحاري في مدينة حلب، تحدث الرئيس الفرنسي فرنسوا هولاند إلى نظيره.",
            "فرنسوا هولاند",
        ),
        ("وعقب الهجوم الإرهابي في المدينة، زار الرئيس التونسي الباجي قائد السبسي الموقع.", "الباجي"),
        # a verb right after the definite noun opens another clause
        ("وقال الشاهد إن المعارك اشتدت أمس وتقدمت القوات الحكومية نحو البلدة.", "القوات الحكومية"),
        # a relative clause after the noun: who leads the strikes was not hit by them
        ("وقال سكان إن مقاتلين محليين تساندهم الغارات الجوية التي تقودها فرنسا تقدموا نحو البلدة.", "فرنسا"),
    ],
)
def test_an_actor_after_another_verb_is_not_what_the_attack_noun_hit(text: str, not_hit: str) -> None:
    attacks = coded_attacks(text, "ar")
    assert attacks
    for attack in attacks:
        assert role_text(attack["target"]) != not_hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        # a noun in construct: the word after it is the thing hit, and the actor its owner
        ("ووثق المرصد استهداف مواقع تابعة لتنظيم داعش قرب البلدة.", "تنظيم داعش"),
        # an adjective of the noun between it and the actor
        ("وأكد المصدر أن الغارات الجوية استهدفت مواقع تابعة لميليشيات الحوثي قرب البلدة.", "ميليشيات الحوثي"),
    ],
)
def test_the_owner_in_the_nouns_own_phrase_is_what_it_hit(text: str, hit: str) -> None:
    attacks = coded_attacks(text, "ar")
    assert [role_text(a["target"]) for a in attacks] == [hit]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # a relative clause right after the noun whose verb takes it up by a pronoun: who leads or wages it did it
        ("وقال سكان إن مقاتلين محليين تساندهم الغارات الجوية التي تقودها فرنسا تقدموا نحو البلدة.", "فرنسا"),
        ("وقتل عشرة أشخاص في اشتباكات عنيفة يخوضها مسلحون من قبيلتين في الجنوب.", "مسلحون"),
        ("وأوقعت الهجمات التي يقوم بها المتمردون خسائر كبيرة بالجيش.", "المتمردون"),
    ],
)
def test_the_subject_of_a_relative_verb_that_takes_the_attack_up_did_it(text: str, doer: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert role_text(attack["source"]) == doer


def test_who_underwent_the_attack_named_in_its_relative_clause_was_hit() -> None:
    (attack,) = coded_attacks("وقتل جندي في هجوم تعرضت له دورية للجيش قرب الحدود.", "ar")
    assert role_text(attack["target"]) == "دورية للجيش"


def test_who_is_backed_by_strikes_another_leads_is_not_their_target() -> None:
    text = "وقال سكان إن مقاتلين محليين تساندهم الغارات الجوية التي تقودها فرنسا تقدموا نحو البلدة."
    (attack,) = coded_attacks(text, "ar")
    assert role_text(attack["target"]) is None


def _recaptures(text: str) -> list[dict[str, Any]]:
    """The attributes of each recapture (taking ground) event coded in an Arabic text."""
    doc = analyze_text(text, language="ar")
    return [e.to_dict()["attrs"] for e in doc.layer("events") if e.label == "recapture"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the subject right after a verb of managing or trying that governs the noun (VSO), however the help is told
        (
            "وقبل أيام نجحت قوات المقاومة الشعبية بمساعدة غارات التحالف العربي في تحرير مدينة عدن من الميليشيات.",
            "قوات المقاومة الشعبية",
        ),
        (
            "وتمكنت قوات الجيش الوطني والمقاومة الشعبية من السيطرة على مدينة زنجبار.",
            "قوات الجيش الوطني والمقاومة الشعبية",
        ),
    ],
)
def test_the_subject_of_a_verb_of_managing_does_what_its_noun_tells(text: str, doer: str) -> None:
    (event,) = _recaptures(text)
    assert role_text(event["source"]) == doer


def test_who_another_verb_keeps_from_taking_ground_would_take_it() -> None:
    (event,) = _recaptures("وتسعى المقاومة لمنع قوات الحوثيين من السيطرة على عدن.")
    assert role_text(event["source"]) != "المقاومة"


def _agreements(text: str) -> list[dict[str, Any]]:
    """The attributes of each agreement event coded in an Arabic text."""
    doc = analyze_text(text, language="ar")
    return [e.to_dict()["attrs"] for e in doc.layer("events") if e.label == "agreement"]


def test_the_pair_after_between_are_the_parties_of_an_agreement() -> None:
    (event,) = _agreements(
        "ووافق المجلس على اتفاقية بين وزارة الصحة السعودية ووزارة الصحة الفرنسية في مجال البحث."
    )
    assert "وزارة الصحة" in (role_text(event["source"]) or "")
    assert role_text(event["target"]) == "وزارة الصحة الفرنسية"


def test_an_actor_before_an_agreement_between_others_is_no_party_to_it() -> None:
    text = (
        "ورغم الضجة التي أثارتها إسرائيل بشأن توقيع الاتفاق النووي بين إيران والدول الكبرى فقد مضى الاتفاق."
    )
    events = _agreements(text)
    assert events
    for event in events:
        assert role_text(event["source"]) != "إسرائيل"
        assert role_text(event["target"]) != "إسرائيل"


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("وتمكنت المقاومة من تحرير منطقة الكشار قرب المدينة.", "الكشار"),
        ("وأعلن الجيش انطلاق عملية لتحرير منطقة الصابري بمدينة بنغازي.", "الصابري"),
    ],
)
def test_the_ground_right_after_a_recapture_noun_is_what_was_taken(text: str, ground: str) -> None:
    (event,) = _recaptures(text)
    assert role_text(event["target"]) == ground


def test_who_underwent_it_is_read_before_his_title() -> None:
    text = "وبعد الاغتيال الذي تعرض له رئيس الوزراء الشيشاني أحمد كادييف بسيارة مفخخة تولى نائبه الحكومة."
    (attack,) = coded_attacks(text, "ar")
    assert role_text(attack["target"]) == "أحمد كادييف"


def test_the_second_of_a_clash_pair_after_an_adjective_stays_in_the_phrase() -> None:
    text = "وأعقبت الانفجار اشتباكات بين الجنود الأتراك ومتمردي حزب العمال الكردستاني قرب الحدود."
    targets = [role_text(a["target"]) for a in coded_attacks(text, "ar")]
    assert "حزب العمال الكردستاني" in targets


def test_the_thing_hit_after_the_doer_of_a_noun_in_construct_is_its_target() -> None:
    text = "وأدان البيان استهداف أيادي الإرهاب الغادرة لمسجد قوات الطوارئ في المدينة."
    (attack,) = coded_attacks(text, "ar")
    assert "قوات الطوارئ" in (role_text(attack["target"]) or "")


def test_the_ground_after_a_recapture_noun_ending_in_its_preposition_is_its_object() -> None:
    # a town the KB does not know (a linked one is the event's location, with its coordinates)
    (event,) = _recaptures("وتساعد الكتيبة الجيش اليمني في السيطرة على مطار عتق منذ أيام.")
    assert role_text(event["target"]) == "عتق"


def test_what_a_relative_clause_of_hitting_names_is_what_the_attack_hit() -> None:
    text = "وعزى المجلس أسر الشهداء الذين سقطوا في التفجير الإرهابي الذي طال عددا من منسوبي قوات الأمن في المدينة."
    targets = [role_text(a["target"]) for a in coded_attacks(text, "ar")]
    assert any("قوات الأمن" in (t or "") for t in targets)


def test_the_object_of_a_verb_of_hitting_whose_subject_is_the_attack_noun_is_what_it_hit() -> None:
    text = "وفي ساعات الصباح استهدفت إحدى الغارات دبابة تابعة للمتمردين في الوادي ودمرتها بالكامل."
    (attack,) = coded_attacks(text, "ar")
    assert "متمردين" in (role_text(attack["target"]) or "")
    assert "متمردين" not in (role_text(attack["source"]) or "")


def test_whose_ground_a_relative_clause_says_it_is_was_its_side() -> None:
    (event,) = _recaptures(
        "وتنفذ القوات عمليات لاستعادة السيطرة على المناطق التي يسيطر عليها تنظيم داعش في المحافظة."
    )
    assert role_text(event["target"]) == "تنظيم داعش"
