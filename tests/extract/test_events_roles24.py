"""Event roles, twenty-fourth round (Arabic): the plain direct object of a verb of targeting (or of its verbal noun)
is what the attack hit; its subject, a weapon, a time or an adjective is not."""

from __future__ import annotations

from event_roles import coded_attacks, role_text


def _targets(text: str, trigger: str) -> list[str | None]:
    return [role_text(e["target"]) for e in coded_attacks(text, "ar") if e["trigger"] == trigger]


def test_the_plain_object_of_a_verb_of_targeting_is_what_it_hit() -> None:
    text = "وأدان الوزير العمل الإرهابي الذي استهدف المصلين في مسجد القرية يوم الجمعة."
    assert _targets(text, "استهدف") == ["المصلين"]


def test_the_object_after_the_subject_and_a_time() -> None:
    text = "وقصفت الميليشيات الانقلابية أمس خزانات الوقود في أطراف المدينة."
    assert _targets(text, "قصفت") == ["خزانات الوقود"]


def test_the_genitive_of_a_verbal_noun_of_targeting() -> None:
    text = "وحذرت المصادر من أن تقوم تلك الميليشيات باستهداف المصانع في المدينة الساحلية."
    assert _targets(text, "استهداف") == ["المصانع"]


def test_an_adjective_after_a_verbal_noun_is_no_object() -> None:
    text = "وقامت الميليشيات اليوم بقصف متعمد لأطراف القرية الشرقية."
    assert _targets(text, "قصف") != ["متعمد"]


def test_no_object_after_a_preposition() -> None:
    text = "وقال السكان إن الطائرات الحربية قصفت أمس في أطراف الوادي الشرقي."
    assert _targets(text, "قصفت") == [None]
