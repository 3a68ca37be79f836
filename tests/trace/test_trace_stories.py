"""Story building: provenance direction, external origins from the sources layer, the root."""

from __future__ import annotations

from rasid.model import Document
from rasid.trace import Relation, external_origins
from rasid.trace.stories import build_story, direct

LEFASO_TEXT = "رصدت قافلة عسكرية كبيرة في مدينة باماكو عاصمة مالي.\n\nأصل الخبر\n\nhttps://lefaso.net/spip.php?article135603"
TASS_TEXT = 'وفي مقابلة مع قناة "RTVI" تحدث الضابط عن التعاون مع موسكو.\nالمصدر: تاس'


def with_sources(doc: Document, items: list[tuple[str, str, dict]]) -> Document:
    """Hand-built sources annotations (the shape the rasid.sources stage writes)."""
    anns = []
    for needle, label, attrs in items:
        start = doc.text.index(needle)
        anns.append(doc.annotation("sources", start, start + len(needle), label, attrs=attrs, stage="test"))
    return doc.with_layer("sources", anns)


def test_external_origins_original_url_with_outlet_and_url() -> None:
    url = "https://lefaso.net/spip.php?article135603"
    doc = with_sources(
        Document(LEFASO_TEXT, language="ar"), [(url, "original_url", {"url": url, "outlet": "lefaso.net"})]
    )
    [origin] = external_origins(doc)
    assert origin["kind"] == "original_url"
    assert origin["outlet"] == "lefaso.net" and origin["url"] == url
    assert doc.text[origin["start"] : origin["end"]] == url
    story = build_story("st-x", [doc], [])
    assert story.root == "ext:lefaso.net"
    assert story.external_sources[0]["url"] == url
    [edge] = story.edges
    assert edge["from"] == doc.id and edge["to"] == "ext:lefaso.net" and edge["evidence"]["url"] == url


def test_external_origins_agency_is_root_interview_is_venue() -> None:
    doc = with_sources(
        Document(TASS_TEXT, language="ar"),
        [
            ("المصدر: تاس", "agency", {"outlet": "TASS", "kb_id": "rasid:media/tass"}),
            ('مقابلة مع قناة "RTVI"', "interview", {"outlet": "RTVI"}),
        ],
    )
    story = build_story("st-y", [doc], [])
    assert story.root == "ext:TASS"
    kinds = {(o["kind"], o["outlet"]) for o in story.external_sources}
    assert kinds == {("agency", "TASS"), ("interview", "RTVI")}
    targets = {(e["to"], e["kind"]) for e in story.edges}
    assert targets == {("ext:TASS", "agency"), ("ext:RTVI", "interview")}


def test_publisher_and_photo_credits_are_not_origins() -> None:
    text = "نص الخبر هنا.\nمجموعة الرؤية\nPhoto: Someone"
    doc = with_sources(
        Document(text, language="ar"),
        [("مجموعة الرؤية", "publisher", {"outlet": "X"}), ("Photo: Someone", "photo_credit", {})],
    )
    assert external_origins(doc) == []


def rel(a: Document, b: Document, kind: str = "copy") -> Relation:
    return Relation(a.id, b.id, kind, 0.9, {})


def test_direct_by_dates_later_points_to_earlier() -> None:
    early = Document("a text", published="2024-08-21", language="en")
    late = Document("b text", published="2024-08-22", language="en")
    assert direct(rel(early, late), early, late) == (late.id, early.id, "dates")
    assert direct(rel(late, early), late, early) == (late.id, early.id, "dates")


def test_direct_by_citation_of_the_other_outlet() -> None:
    origin = Document("Le convoi est arrivé.", outlet="lefaso.net", language="fr")
    url = "https://lefaso.net/spip.php?article1"
    rendering = with_sources(
        Document(f"وصلت القافلة.\nأصل الخبر {url}", language="ar"),
        [(url, "original_url", {"url": url, "outlet": "lefaso.net"})],
    )
    assert direct(rel(origin, rendering, "translation"), origin, rendering) == (
        rendering.id,
        origin.id,
        "cited",
    )


def test_direct_removed_credit_marks_the_copy() -> None:
    credited = with_sources(
        Document("Texte.\nSource : AFP", language="fr"), [("Source : AFP", "agency", {"outlet": "AFP"})]
    )
    stripped = Document("Texte.", language="fr")
    assert direct(rel(credited, stripped), credited, stripped) == (stripped.id, credited.id, "removed_credit")


def test_direct_falls_back_to_ingest_order() -> None:
    a, b = Document("one", language="en"), Document("two", language="en")
    assert direct(rel(a, b), a, b, seq_a=5, seq_b=9) == (b.id, a.id, "ingest_order")


def test_build_story_root_is_earliest_member_without_cited_origin() -> None:
    first = Document("first report", published="2024-01-01", language="en", outlet="A")
    second = Document("second report", published="2024-01-02", language="en", outlet="B")
    third = Document("third report", published="2024-01-03", language="fr", outlet="C")
    story = build_story(
        "st-z", [third, first, second], [rel(first, second), rel(second, third, "translation")]
    )
    assert story.root == first.id
    assert story.documents == [first.id, second.id, third.id]
    assert story.first_published == "2024-01-01" and story.last_published == "2024-01-03"
    assert story.languages == ["en", "fr"] and story.outlets == ["A", "B", "C"]
    primary = {(e["from"], e["to"]) for e in story.edges if e["primary"]}
    assert primary == {(second.id, first.id), (third.id, second.id)}
