"""Flat segmentation at annotation boundaries, hit marking on folded text, UTF-16 offsets, safe URLs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import Document
from rasid.web.highlight import annotation_view, mark_terms, query_terms, segment_text
from rasid.web.views import safe_url, snippet_pieces, text_direction


def covered_text(segments, ann_id: str) -> str:
    return "".join(s.text for s in segments if ann_id in s.ann_ids)


@st.composite
def text_and_spans(draw):
    alphabet = st.sampled_from(list("abc مالي\u064e\u0640😀\u200f\n<>&\"'"))
    text = draw(st.text(alphabet, min_size=0, max_size=40))
    spans = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        spans.append((f"a{i}", draw(st.sampled_from(["entities", "quotes", "dates"])), start, end))
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_segment_text_is_lossless_and_each_annotation_covers_exactly_its_text(case):
    text, spans = case
    segments = segment_text(text, spans)
    assert "".join(s.text for s in segments) == text
    assert all(s.text == text[s.start : s.end] and s.start < s.end for s in segments)
    for ann_id, _, start, end in spans:
        if start < end:
            assert covered_text(segments, ann_id) == text[start:end]
            assert sum(ann_id in s.starts for s in segments) == 1
        else:  # zero-length spans are not drawn
            assert covered_text(segments, ann_id) == ""


def test_segment_text_nested_and_crossing():
    text = "Le colonel Assimi Goïta a déclaré lundi à Bamako."
    spans = [
        ("q", "quotes", 0, 33),  # quote around the entity
        ("e", "entities", 11, 23),  # nested
        ("d", "dates", 28, 40),  # crosses the quote's end
    ]
    segments = segment_text(text, spans)
    assert covered_text(segments, "e") == "Assimi Goïta"
    assert covered_text(segments, "d") == text[28:40]
    inner = next(s for s in segments if s.text == "Assimi Goïta")
    assert set(inner.ann_ids) == {"q", "e"}
    assert inner.layers == ("quotes", "entities")  # stacking order: entities drawn last


def test_annotation_view_utf16_offsets_with_emoji():
    text = "😀 وصل 🚀 الفيلق الأفريقي إلى باماكو"
    doc = Document(text=text, language="ar")
    start = text.index("الفيلق")
    ann = doc.annotation("entities", start, start + len("الفيلق الأفريقي"), "ARMED_GROUP")
    view = annotation_view("a1", ann, text)
    assert (view["start"], view["end"]) == (ann.start, ann.end)
    # two astral emoji before the span: each is two UTF-16 code units
    assert view["start_utf16"] == ann.start + 2 and view["end_utf16"] == ann.end + 2
    assert (
        text.encode("utf-16-le")[view["start_utf16"] * 2 : view["end_utf16"] * 2].decode("utf-16-le")
        == ann.text
    )


@pytest.mark.parametrize(
    ("query", "text", "hits"),
    [
        ("مالي", "وصل وفد مالي إلى موسكو", ["مالي"]),
        ("الفيلق", "أعلن الفيلقُ الأفريقي", ["الفيلقُ"]),  # the diacritic stays inside the mark
        ("فيلق", "وبالفيلق الأفريقي", ["فيلق"]),
        ("احمد", "قال أحمد", ["أحمد"]),  # alef variants fold
        ("wagner", "Le groupe Wagner et WAGNER", ["Wagner", "WAGNER"]),
        ("goita", "Assimi Goïta", ["Goïta"]),
    ],
)
def test_mark_terms_on_folded_text(query, text, hits):
    pieces = mark_terms(text, query_terms(query))
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, hit in pieces if hit] == hits


def test_snippet_pieces_from_store_markers():
    assert snippet_pieces("a \x02b\x03 c \x02d\x03") == [
        ("a ", False),
        ("b", True),
        (" c ", False),
        ("d", True),
    ]


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://lefaso.net/spip.php?article1", True),
        ("http://example.org/a b", False),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example/x", False),
        ('https://x.org/"onmouseover="alert(1)', False),
        ("vbscript:msgbox", False),
        (None, False),
    ],
)
def test_safe_url_only_http_links(url, safe):
    assert (safe_url(url) is not None) is safe


def test_text_direction():
    assert text_direction("ar") == "rtl" and text_direction("fr") == "ltr" and text_direction(None) == "ltr"


def test_bar_chart_fills_silent_months():
    from rasid.web.charts import bar_chart, fill_months

    filled = fill_months([{"period": "2024-11", "count": 2}, {"period": "2025-02", "count": 1}])
    assert [f["period"] for f in filled] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert [f["count"] for f in filled] == [2, 0, 0, 1]
    chart = bar_chart(filled)
    assert len(chart["bars"]) == 4 and chart["peak"] == 2
    assert bar_chart([])["bars"] == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab مرحبا\u064e", "😀", "𝕏", "\U0001f1f2"]), max_size=60))
def test_utf16_offsets_in_one_scan_equal_encoding_the_prefix(text):
    from rasid.model import utf16_offsets
    from rasid.web.highlight import Utf16Offsets

    fast = Utf16Offsets(text)
    assert [fast(i) for i in range(len(text) + 1)] == [
        utf16_offsets(text, i, i)[0] for i in range(len(text) + 1)
    ]
