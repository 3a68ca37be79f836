"""Event roles, twenty-third round (Arabic): doers described by what they are (a suicide bomber, a gunman, a
warplane, fighters, who carried it out) are the doer where a subject or an agent stands, and never where the same
word qualifies an attack noun (هجوم انتحاري, عمل إرهابي)."""

from __future__ import annotations

from event_roles import coded_attacks, role_text


def _sources(text: str, trigger: str) -> list[str | None]:
    return [role_text(e["source"]) for e in coded_attacks(text, "ar") if e["trigger"] == trigger]


def test_a_suicide_bomber_after_the_verb_is_its_subject() -> None:
    text = "وفي صباح الأحد فجر انتحاري حزامه الناسف قرب بوابة السوق الكبير في مدينة الموصل."
    assert _sources(text, "فجر") == ["انتحاري"]


def test_a_suicide_bomber_before_a_verb_phrase_trigger() -> None:
    text = "وقالت الشرطة إن انتحاريا فجر نفسه قرب بوابة السوق الكبير في مدينة الموصل."
    assert _sources(text, "فجر نفسه") == ["انتحاريا"]


def test_a_gunman_before_the_verb_is_its_subject() -> None:
    text = "وقالت الشرطة إن رجلين أصيبا بجروح برصاص مسلح اطلق النار في محطة القطار مساء السبت."
    assert _sources(text, "اطلق") == ["مسلح"]


def test_a_warplane_after_the_verb_is_its_subject() -> None:
    text = "وفي وقت لاحق قصفت طائرة حربية مخزنا للذخيرة قرب الوادي."
    assert _sources(text, "قصفت") == ["طائرة حربية"]


def test_fighters_in_a_construct_after_the_verb() -> None:
    text = "ويهاجم مقاتلو القبائل منذ أيام أطراف البلدة الشمالية."
    assert _sources(text, "يهاجم") == ["مقاتلو القبائل"]


def test_the_agent_after_a_verb_of_carrying_out() -> None:
    text = "وقتل تسعة أشخاص في تفجيرات نفذها انتحاريون في سوق المدينة."
    assert _sources(text, "تفجيرات") == ["انتحاريون"]


def test_who_carried_out_the_attack_in_a_construct_with_its_noun() -> None:
    text = "وأكدت الشرطة أن منفذ الهجوم على الحاجز دخل المبنى من الباب الخلفي."
    assert _sources(text, "الهجوم") == ["منفذ"]


def test_a_suicide_attack_before_a_verb_names_no_bomber() -> None:
    # the adjective of an attack noun is no doer: "a suicide attack targeted ..."
    text = "وأسفر هجوم انتحاري استهدف مركزا للشرطة عن مقتل ثلاثة أشخاص."
    assert "انتحاري" not in _sources(text, "استهدف")


def test_an_attack_carried_out_as_a_suicide_attack_has_no_described_doer() -> None:
    text = "ونفذ التنظيم هجوما انتحاريا على الحاجز أمس."
    assert "انتحاريا" not in _sources(text, "هجوما")


def test_the_doer_between_a_verb_of_undertaking_and_the_attack_noun() -> None:
    text = "وقامت المروحيات بقصف مواقع المسلحين في مدينة العريش."
    assert _sources(text, "قصف") == ["المروحيات"]


def test_a_person_described_as_a_suicide_bomber_who_undertook_the_blast() -> None:
    text = "وتبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه في مسجد بمدينة الموصل."
    assert _sources(text, "تفجير") == ["شخص انتحاري"]
