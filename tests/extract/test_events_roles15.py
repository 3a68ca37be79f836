"""Event roles, fifteenth round: what an Arabic attack hit, named by plain words after its own mark (على, ضد)
when no name and no word of the lexicon stands there."""

from __future__ import annotations

import pytest
from event_roles import coded_attacks, role_text


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("وشن مسلحون هجوما على المستشفى الميداني في البلدة.", "المستشفى الميداني"),
        ("ونفذت طائرات التحالف غارات جوية على جسرين قديمين في المحافظة.", "جسرين قديمين"),
        ("وتحدث الشهود عن اعتداء مسلحين على الصحافيين في العاصمة.", "الصحافيين"),
        ("وشنت طائرات التحالف غارة جوية على مبنى المحكمة القديم في المدينة.", "مبنى المحكمة القديم"),
        ("وتحدث التقرير عن اعتداء مسلحين على العديد من التلاميذ خلال العام.", "التلاميذ"),
        ("واتهمت الشرطة مسلحين بالهجوم على موظفي البلدية في ضاحية المدينة.", "موظفي البلدية"),
    ],
)
def test_plain_words_after_the_attack_mark_name_what_it_hit(text: str, hit: str) -> None:
    (attack,) = coded_attacks(text, "ar")
    assert role_text(attack["target"]) == hit


@pytest.mark.parametrize(
    ("text", "not_hit"),
    [
        # an idiom after على: related to, at its fiercest, at me
        ("ورجح المسؤول أن يكون الأمر هجوما انتحاريا على علاقة بالمتشددين.", "علاقة"),
        ("وقال مسلحون إن المعارك على أشدها قرب البلدة.", "أشدها"),
        # a definite noun ends its phrase at the next word that is no adjective
        ("وأكد الخطيب أن الهجوم على المسجد يكشف نوايا الجماعة.", "المسجد يكشف"),
        # a time after what was hit is no part of it
        ("وجاء ذلك بعد هجوم دام على سياح الشهر الماضي.", "سياح الشهر"),
    ],
)
def test_words_after_the_mark_that_name_no_thing_hit_are_not_the_target(text: str, not_hit: str) -> None:
    for attack in coded_attacks(text, "ar"):
        assert role_text(attack["target"]) != not_hit


def test_a_mark_of_another_word_between_is_not_the_attack_mark() -> None:
    # the verb between the attack noun and على takes it: the raids forced the leaders to split
    for attack in coded_attacks("وقال محللون إن الغارات أرغمت قيادة الحركة على الانفصال إلى مجموعات.", "ar"):
        assert "الانفصال" not in (role_text(attack["target"]) or "")


def test_a_named_place_right_after_the_head_word_is_what_was_hit() -> None:
    (attack,) = coded_attacks("واعترف المتهمون بعلاقتهم بمنفذ الهجوم الإرهابي على متحف باردو في مارس.", "ar")
    assert role_text(attack["target"]) == "باردو"


def test_a_name_after_the_mark_is_still_read_by_its_own_rules() -> None:
    # the side the positions belong to was hit (owner), not the word for its positions
    (attack,) = coded_attacks("وشنت الطائرات غارات على مواقع تابعة للحوثيين في صعدة.", "ar")
    assert "حوثي" in role_text(attack["target"])
