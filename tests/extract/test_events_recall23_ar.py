"""Round-23 event recall on Arabic news, in our own sentences: the parties of an agreement or of talks named by a
description, not a name (القوى الكبرى, الدائنين, الحكومة اليونانية, الجانب الصيني, الأميركيين), take a role like a
name; a side by its head and a country's nisba, or the plural of that nisba after "with" or "between", carries that
country. The plural of a nisba qualifying a noun before it (المستثمرين السعوديين) is no party, nor is "financial"
(الإدارة المالية) Mali's side; heading toward a signing (نحو توقيع الاتفاق) is no agreement."""

from __future__ import annotations

from typing import Any

from rasid.extract import analyze_text


def _events(text: str, rasid_type: str) -> list[dict[str, Any]]:
    doc = analyze_text(text, language="ar", published="2015-08-10")
    return [dict(e.attrs) for e in doc.layer("events") if e.attrs["rasid_type"] == rasid_type]


def _party(event: dict[str, Any], role: str) -> str | None:
    party = event.get(role)
    return None if party is None else party["canonical"]


def test_agreement_between_a_government_by_its_nisba_and_the_creditors() -> None:
    (event,) = _events("وتوصلت الحكومة اليونانية مع الدائنين إلى اتفاق جديد.", "agreement")
    assert (_party(event, "source"), _party(event, "target")) == ("Greece", "الدائنين")


def test_agreement_with_the_great_powers_has_them_as_its_other_party() -> None:
    (event,) = _events("وجاء القرار بعد أسبوع من إبرام اتفاق بين إيران والقوى الكبرى.", "agreement")
    assert (_party(event, "source"), _party(event, "target")) == ("Iran", "القوى الكبرى")


def test_talks_with_a_side_named_by_its_nisba_are_a_meeting() -> None:
    (event,) = _events("وأجرى وزير الخارجية السعودي مباحثات مع الجانب الصيني في بكين.", "meeting")
    assert _party(event, "target") == "China"


def test_talks_between_a_people_by_its_plural_nisba_and_a_group_are_a_meeting() -> None:
    text = "وكانت مصادر أكدت أن العاصمة احتضنت مباحثات غير رسمية بين الأميركيين والحوثيين الشهر الماضي."
    (event,) = _events(text, "meeting")
    assert _party(event, "source") == "United States"


def test_plural_nisba_qualifying_a_noun_is_no_party() -> None:
    assert _events("وبحث الوزير خالد الفالح مع المستثمرين السعوديين فرص العمل في القطاع.", "meeting") == []


def test_financial_adjective_is_no_country_side() -> None:
    text = "وناقش وزير الطاقة خالد الفالح مع الإدارة المالية في الشركة خطة العام المقبل."
    assert all(_party(event, "target") != "Mali" for event in _events(text, "meeting"))


def test_heading_toward_a_signing_is_no_agreement() -> None:
    text = "ويرى المراقبون في اندفاع الحكومة الإيرانية نحو توقيع الاتفاق مع القوى الكبرى دليلا على أزمتها."
    assert _events(text, "agreement") == []
