"""Event roles, twenty-second round (Arabic): a verb glued to و with no subject of its own goes on with the clause
before it, whose subject did it too, however far back it stands; who announces a capture as its speech object made
it; what underwent (تعرض) an attack noun is its target, and whom the attack came from (من) its doer."""

from __future__ import annotations

from event_roles import coded_attacks, role_text

from rasid.extract import analyze_text


def _sources(text: str, trigger: str) -> list[str | None]:
    return [role_text(e["source"]) for e in coded_attacks(text, "ar") if e["trigger"] == trigger]


def test_a_verb_after_comma_and_wa_takes_the_far_subject_of_the_clause_before() -> None:
    text = (
        "وكانت حركة الشباب التي تقاتل الحكومة منذ سنوات قد سيطرت على البلدة الواقعة جنوب العاصمة مساء السبت، "
        "وهاجمت قاعدة عسكرية قريبة."
    )
    assert _sources(text, "هاجمت") == ["حركة الشباب"]


def test_a_person_who_stormed_a_place_then_opened_fire() -> None:
    text = (
        "وكان جون سميث الذي عمل سنوات في شركة للحراسة قد اقتحم المقهى الواقع في وسط المدينة القديمة مساء "
        "السبت، وأطلق النار على رجال الشرطة."
    )
    assert _sources(text, "أطلق") == ["جون سميث"]


def test_a_genitive_deep_in_the_clause_before_is_no_subject() -> None:
    text = (
        "قصفت المدفعية الثقيلة طوال الليل مواقع حركة الشباب في أطراف المدينة الجنوبية، وهاجمت طائرة حربية "
        "قافلة."
    )
    # the warplane after the verb is its subject (a described doer), not the genitive of the clause before
    assert _sources(text, "هاجمت") == ["طائرة حربية"]


def test_the_speaker_before_that_is_not_the_subject() -> None:
    text = (
        "وقال الجيش في بيان نشره مساء الأحد إن مسلحين مجهولين تسللوا إلى البلدة الحدودية عبر الوادي، وهاجمت "
        "دورية للشرطة."
    )
    assert "الجيش" not in _sources(text, "هاجمت")


def _roles(text: str, trigger: str, role: str) -> list[str | None]:
    return [role_text(e[role]) for e in coded_attacks(text, "ar") if e["trigger"] == trigger]


def test_who_announces_a_capture_as_its_speech_object_made_it() -> None:
    text = "وكانت المقاومة الشعبية قد أعلنت عن تحرير محافظة الضالع بالكامل."
    assert _roles(text, "تحرير", "source") == ["المقاومة الشعبية"]


def test_who_announces_that_others_took_ground_did_not() -> None:
    text = "وأعلنت الشرطة أن مسلحين سيطروا على البلدة."
    assert "الشرطة" not in _roles(text, "سيطروا", "source")


def test_what_underwent_the_raids_is_their_target() -> None:
    text = "وفي المساء تعرضت بلدة كفرنبل بريف إدلب لغارات جوية من قبل طيران النظام."
    assert _roles(text, "غارات", "target") == ["كفرنبل"]


def test_plain_words_that_underwent_shelling_are_its_target() -> None:
    text = "وتعرضت قرى المنطقة الحدودية أمس إلى سقوط قذائف أطلقها الحوثيون."
    assert _roles(text, "سقوط قذائف", "target") == ["قرى المنطقة الحدودية"]


def test_who_the_shelling_undergone_came_from_did_it() -> None:
    text = "وتعرضت قرية الزيارة لقصف من قوات النظام."
    events = [e for e in coded_attacks(text, "ar") if e["trigger"] == "قصف"]
    assert [(role_text(e["source"]), role_text(e["target"])) for e in events] == [
        ("قوات النظام", "قرية الزيارة")
    ]


def test_a_verb_after_a_bare_wa_takes_the_far_subject_of_its_own_clause() -> None:
    text = (
        "وذكر شهود أن القوات العراقية أغلقت جميع الطرق والشوارع المؤدية إلى الساحة الكبرى وسط المدينة ونشرت "
        "عربات عسكرية في الساحات."
    )
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events") if e.attrs.get("trigger") == "نشرت"]
    assert [role_text(e["source"]) for e in events] == ["القوات العراقية"]
