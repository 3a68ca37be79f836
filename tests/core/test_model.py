from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.errors import ModelError, SchemaVersionError
from rasid.model import Annotation, Document, Span, SpanSet, make_document_id, utf16_offsets

from .strategies import news_text


def test_span_rejects_reversed_and_negative_ranges():
    with pytest.raises(ModelError):
        Span(5, 2)
    with pytest.raises(ModelError):
        Span(-1, 2)


@pytest.mark.parametrize(
    ("a", "b", "overlaps", "within"),
    [((0, 5), (3, 8), True, False), ((2, 4), (0, 10), True, True), ((0, 3), (3, 6), False, False)],
)
def test_span_relations(a, b, overlaps, within):
    assert Span(*a).overlaps(Span(*b)) is overlaps
    assert Span(*a).within(Span(*b)) is within
    assert Span(*b).covers(Span(*a)) is within


def test_annotation_is_frozen_including_attrs():
    doc = Document("قال لافروف إن روسيا")
    ann = doc.annotation("entities", 4, 10, "PER", attrs={"canonical": "Sergey Lavrov", "ids": [1]})
    with pytest.raises(AttributeError):
        ann.start = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        ann.attrs["canonical"] = "x"  # type: ignore[index]
    assert ann.text == "لافروف"


def test_document_rejects_annotation_that_does_not_match_text():
    doc = Document("Bamako, Mali")
    bad = Annotation("entities", 0, 6, "GPE", "Niamey")
    with pytest.raises(ModelError):
        doc.with_layer("entities", [bad])


def test_document_rejects_annotation_in_wrong_layer():
    doc = Document("Bamako, Mali")
    ann = doc.annotation("dates", 0, 6, "date")
    with pytest.raises(ModelError):
        doc.with_layer("entities", [ann])


def test_text_and_id_are_set_once():
    doc = Document("نص")
    with pytest.raises(AttributeError):
        doc.text = "آخر"  # type: ignore[misc]
    with pytest.raises(ModelError):
        doc.with_meta(text="آخر")


def test_id_ignores_diacritics_tatweel_and_spacing():
    assert make_document_id("الفَيْلَقُ  الأفريقـــي") == make_document_id("الفيلق الافريقي")
    assert make_document_id("روسيا") != make_document_id("مالي")


def test_layer_queries():
    doc = Document("وزير الخارجية الروسي سيرجي لافروف")
    person = doc.annotation("entities", 21, 33, "PER")
    country = doc.annotation("entities", 14, 20, "GPE")
    doc = doc.with_layer("entities", [person, country])
    assert doc.within("entities", Span(20, 40)) == [person]
    assert doc.overlapping("entities", Span(18, 22)) == [country, person]
    assert doc.covering("entities", Span(25, 26)) == [person]


def test_with_layer_replaces_one_layer_and_keeps_the_rest():
    doc = Document("وزير الخارجية الروسي سيرجي لافروف", title="عنوان", language="ar", meta={"k": [1]})
    doc = doc.with_layer("dates", [])
    country = doc.annotation("entities", 14, 20, "GPE")
    person = doc.annotation("entities", 21, 33, "PER")
    added = doc.with_layer("entities", [person, country])
    assert added.layer("entities") == (country, person)  # in text order, whatever order they came in
    assert "entities" not in doc.layers  # the old document is unchanged
    assert (added.id, added.title, added.language, added.meta) == (doc.id, doc.title, doc.language, doc.meta)
    assert added.layer("dates") == () and set(added.layers) == {"dates", "entities"}
    assert added.with_layer("entities", [person]).layer("entities") == (person,)
    built = Document(
        doc.text,
        title="عنوان",
        language="ar",
        meta={"k": [1]},
        layers={"dates": (), "entities": (person, country)},
    )
    assert added == built  # the same as a document built with both layers at once


def test_json_round_trip_is_versioned():
    doc = Document("T-72B3 في باماكو", title="عنوان", language="ar", meta={"k": [1, {"a": 2}]})
    doc = doc.with_layer("equipment", [doc.annotation("equipment", 0, 6, "main battle tank")])
    data = json.loads(doc.to_json())
    assert data["schema"] == "rasid.document" and data["schema_version"] == 1
    assert Document.from_json(doc.to_json()) == doc
    data["schema_version"] = 99
    with pytest.raises(SchemaVersionError):
        Document.from_dict(data)


@given(news_text, st.data())
def test_annotation_text_always_matches_document_text(text, data):
    doc = Document(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ann = doc.annotation("entities", start, end, "X")
    doc = doc.with_layer("entities", [ann])
    restored = Document.from_json(doc.to_json())
    for a in restored.annotations():
        assert restored.text[a.start : a.end] == a.text
    assert restored.text == text


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [("ab", 0, 2, (0, 2)), ("😀x", 1, 2, (2, 3)), ("🇲🇱 مالي", 3, 7, (5, 9))],
)
def test_utf16_offsets_count_surrogate_pairs(text, start, end, expected):
    assert utf16_offsets(text, start, end) == expected


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)), max_size=12),
    st.integers(0, 40),
    st.integers(0, 10),
)
def test_span_set_overlaps_like_comparing_every_span(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    pairs = [(s, s + w) for s, w in spans]
    expected = any(Span(s, e).overlaps(Span(start, start + width)) for s, e in pairs)
    assert SpanSet(pairs).overlaps(start, start + width) == expected
