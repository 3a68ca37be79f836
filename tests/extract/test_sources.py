"""rasid.sources.v1: credits, original links, cited outlets, interviews, publishers, photo credits."""

from __future__ import annotations

import pytest

from rasid.extract.sources import sources_stage
from rasid.model import Document


def _sources(text: str, **config: object) -> list[tuple[str, str, object]]:
    doc = sources_stage(Document(text=text), config)
    return [(a.label, a.text, a.attrs.get("outlet")) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "kind", "evidence", "outlet"),
    [
        ("وانتهى الاجتماع دون اتفاق.\nالمصدر: تاس", "agency", "المصدر: تاس", "TASS"),
        ("قال الجيش (رويترز) إن الهجوم صُدّ", "agency", "(رويترز)", "Reuters"),
        ("انتهى الاجتماع دون اتفاق.\n- أ ف ب", "agency", "- أ ف ب", "Agence France-Presse (AFP)"),
        ("MOSCOW, August 21. /TASS/. Russia said", "agency", "/TASS/", "TASS"),
        ("BAMAKO (AFP) — Les soldats sont arrivés", "agency", "(AFP)", "Agence France-Presse (AFP)"),
        ("برلين (د ب أ) - قالت الحكومة", "agency", "(د ب أ)", None),
        ("نقلاً عن وكالة سبوتنيك، وصل وفد", "cited_outlet", "نقلاً عن وكالة سبوتنيك", "Sputnik"),
        ("ذكرت صحيفة لوموند الفرنسية أن باريس", "cited_outlet", "ذكرت صحيفة لوموند", "Le Monde"),
        ("selon l'AFP, les combats ont repris", "cited_outlet", "selon l'AFP", "Agence France-Presse (AFP)"),
        ("according to Reuters, two jets arrived", "cited_outlet", "according to Reuters", "Reuters"),
        ("по данным ТАСС, в Бамако", "cited_outlet", "по данным ТАСС", "TASS"),
        ('وفي مقابلة مع قناة "RTVI" تحدث الضابط', "interview", 'مقابلة مع قناة "RTVI"', "RTVI"),
        (
            "Dans un entretien accordé à RFI, le ministre",
            "interview",
            "Dans un entretien accordé à RFI",
            None,
        ),
        ("In an interview with RTVI, he said", "interview", "In an interview with RTVI", "RTVI"),
        ("В интервью РИА Новости эксперт отметил", "told_outlet", "В интервью РИА Новости", "RIA Novosti"),
        ("قال الخبير لقناة الجزيرة إن الهجمات", "told_outlet", "لقناة الجزيرة", None),
        ("Фото: Иван Петров", "photo_credit", "Фото: Иван Петров", None),
        ("الخبر.\nصورة: وزارة الدفاع البوركينية", "photo_credit", "صورة: وزارة الدفاع البوركينية", None),
    ],
)
def test_sources_kinds_and_outlets(text: str, kind: str, evidence: str, outlet: str | None) -> None:
    found = _sources(text)
    assert (kind, evidence) in [(k, e) for k, e, _ in found]
    if outlet is not None:
        assert (kind, evidence, outlet) in found


def test_sources_original_url_on_a_later_line_with_outlet_from_domain() -> None:
    text = "نص الخبر هنا.\n\nأصل الخبر\n\nhttps://lefaso.net/spip.php?article135603"
    doc = sources_stage(Document(text=text), {})
    (ann,) = doc.layer("sources")
    assert ann.label == "original_url"
    assert ann.text == ann.attrs["url"] == "https://lefaso.net/spip.php?article135603"
    assert ann.attrs["outlet"] == "lefaso.net" and ann.attrs["kb_id"]


def test_sources_photo_credit_broken_across_a_line_is_one_annotation() -> None:
    text = "النص.\nPhoto: Torsten Schreiber/Creative Com\nmons 4.0\nالمصدر: تاس"
    found = _sources(text)
    assert ("photo_credit", "Photo: Torsten Schreiber/Creative Com\nmons 4.0", None) in found
    assert ("agency", "المصدر: تاس", "TASS") in found


def test_sources_publisher_signature_line() -> None:
    text = 'النص الكامل للخبر هنا وينتهي بنقطة.\nمجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"\nالمصدر: تاس'
    found = _sources(text)
    assert [k for k, e, _ in found if e.startswith("مجموعة")] == ["publisher"]


def test_sources_without_kb_still_finds_agency_credits() -> None:
    found = _sources("قال الجيش (رويترز) إن الهجوم صُدّ", use_kb=False)
    assert found == [("agency", "(رويترز)", "Reuters")]


@pytest.mark.parametrize(
    "text",
    [
        "قال الخبير العسكري إن الهجمات الأخيرة تكشف ضعف التنسيق.",
        "Selon le ministre, la situation s'améliore.",
        "وأكد أن الجيش تسلم معدات جديدة في الأشهر الماضية.",
    ],
)
def test_sources_no_source_without_an_outlet(text: str) -> None:
    assert _sources(text) == []


def test_sources_publisher_linked_to_the_kb_organisation() -> None:
    text = 'النص الكامل للخبر هنا.\nمجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"\nالمصدر: تاس'
    doc = sources_stage(Document(text=text), {})
    (publisher,) = [a for a in doc.layer("sources") if a.label == "publisher"]
    assert publisher.attrs["kb_id"] and publisher.attrs["outlet"].startswith("Strategic Vision Group")
