"""Event roles, twenty-fourth round (Arabic): a definite attack noun that takes up the attack told just before with
a word of its family has the doer told then; a word of another family, or a clash, does not."""

from __future__ import annotations

from event_roles import coded_attacks, role_text


def _sources(text: str, trigger: str) -> list[str | None]:
    return [role_text(e["source"]) for e in coded_attacks(text, "ar") if e["trigger"] == trigger]


def test_the_raid_told_again_has_the_doer_of_the_raids_before() -> None:
    text = (
        "وشنت طائرات التحالف غارات على مخازن السلاح في الجبل الغربي. "
        "وأدت الغارة إلى تدمير ثلاث عربات محملة بالذخيرة."
    )
    assert _sources(text, "الغارة") == ["طائرات التحالف"]


def test_the_attack_told_again_after_the_verb_of_its_family() -> None:
    text = (
        "وقال مسؤول إن عشرة أشخاص قتلوا عندما هاجم انتحاريان سوقا مزدحمة في البلدة. "
        "وأسفر الهجوم الذي وقع عند الظهر عن إصابة عشرين آخرين."
    )
    assert _sources(text, "الهجوم") == ["انتحاريان"]


def test_a_noun_of_another_family_takes_no_doer() -> None:
    text = (
        "وشنت طائرات التحالف غارات على مخازن السلاح في الجبل الغربي. "
        "وأدى القصف إلى تدمير ثلاث عربات محملة بالذخيرة."
    )
    assert _sources(text, "القصف") == [None]


def test_clashes_told_after_an_attack_take_no_doer() -> None:
    text = (
        "وشن مسلحو القبيلة هجوما على نقطة التفتيش في أطراف المدينة. "
        "واستمرت المواجهات حتى ساعة متأخرة من الليل."
    )
    assert _sources(text, "المواجهات") == [None]


def test_a_subject_read_before_a_noun_after_a_preposition_is_not_passed_on() -> None:
    # "the forces answered the shelling": the forces did not shell, so the shelling told again is not theirs
    text = (
        "وقال شهود إن القوات الحكومية ردت على قصف المتمردين للبلدة الحدودية صباح الأحد. "
        "ولم ترد تفاصيل عن القصف الذي وقع قرب المعبر."
    )
    assert "القوات الحكومية" not in _sources(text, "القصف")


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


def test_a_plural_in_the_nominative_after_the_verb_is_its_subject() -> None:
    text = "ويهاجم المتطوعون الأجانب بالأسلحة الثقيلة بلدات الريف الشرقي."
    assert _targets(text, "يهاجم") == [None]


def test_what_a_present_verb_of_targeting_aims_at_is_no_object() -> None:
    # "the cell was aiming at stirring up strife": an aim, not a thing hit
    text = "وقال المتحدث إن الخلية الإرهابية كانت تستهدف إشعال الفتنة بين أبناء المنطقة."
    assert "إشعال الفتنة" not in _targets(text, "تستهدف")


def test_no_object_after_a_preposition() -> None:
    text = "وقال السكان إن الطائرات الحربية قصفت أمس في أطراف الوادي الشرقي."
    assert _targets(text, "قصفت") == [None]
