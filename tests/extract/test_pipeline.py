"""The default pipeline: stage order, analyse helpers, offsets property over generated text."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.extract import DEFAULT_STAGE_ORDER, analyze_document, analyze_text, default_pipeline
from rasid.model import Document


def test_pipeline_default_order_and_our_stages() -> None:
    pipeline = default_pipeline()
    families = [name.rsplit(".", 1)[0] for name in pipeline.names]
    assert families == [f for f in DEFAULT_STAGE_ORDER if f in families]
    assert {"rasid.dates", "rasid.sources"} <= set(families)


def test_pipeline_analyze_text_adds_layers_and_language() -> None:
    doc = analyze_text("قال الجيش (رويترز) إن الهجوم وقع في 5 أيار 2024.")
    assert doc.language == "ar"
    assert [a.attrs["value"] for a in doc.layer("dates")] == ["2024-05-05"]
    assert [a.label for a in doc.layer("sources")] == ["agency"]


def test_pipeline_analyze_document_keeps_text_and_id() -> None:
    doc = Document(text="Le 17 janvier 2025, selon l'AFP, l'armée a défilé.", language="fr")
    out = analyze_document(doc)
    assert out.text == doc.text and out.id == doc.id
    assert "stage_errors" not in out.meta


def test_pipeline_no_kb_runs() -> None:
    out = default_pipeline(use_kb=False)(Document(text="BAMAKO (AFP) — Le 3 mars 2024", language="fr"))
    assert [a.label for a in out.layer("sources")] == ["agency"]


_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"))
_MARKS = st.sampled_from(
    ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640", "\u200f", "\u200e", "\u061c"]
)
_EMOJI = st.sampled_from(["🇲🇱", "🔥", "👍🏽", "🇷🇺", "✈️"])
_LATIN = st.sampled_from(list("abcdeéèàçôûœ ABCÉ"))
_PIECES = st.sampled_from(
    ['"', "«", "»", "“", "”", ":", "، ", ", ", ".", "\n", " ", "قال", "وأضاف", "a déclaré", "selon", "بحسب",
     "أمس", "hier", "17 يناير", "21 أغسطس/آب 2024", "١٥ رمضان ١٤٤٥ هـ", "le 3 mars 2024", "(رويترز)",
     "المصدر: تاس", "Photo: X Y/Com\nmons", "أصل الخبر\nhttps://lefaso.net/a", "منتدى الجيش 2023", "مالي",
     "روسيا", "T-72B3", "BTR-80/82A", "لافروف", "٢٠٢٤", "عام 2012"]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_ARABIC, _MARKS, _EMOJI, _LATIN, _PIECES), min_size=1, max_size=80))
def test_pipeline_every_annotation_points_at_its_text(parts: list[str]) -> None:
    text = unicodedata.normalize("NFC", "".join(parts))
    pipeline = default_pipeline()
    doc = pipeline(Document(text=text, language="ar"))
    assert doc.text == text
    assert "stage_errors" not in doc.meta, doc.meta.get("stage_errors")
    for ann in doc.annotations():
        assert text[ann.start : ann.end] == ann.text
        for key in ("speaker_start", "speaker_end"):
            if key in ann.attrs:
                assert 0 <= ann.attrs[key] <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_pipeline_fast_normalisation_equals_the_core_one(text: str) -> None:
    from rasid.text.normalize import SEARCH, _normalize_arrays, _normalize_loop

    fast, exact = _normalize_arrays(text, SEARCH), _normalize_loop(text)
    if fast is not None:
        assert (fast.text, fast.starts, fast.ends) == (exact.text, exact.starts, exact.ends)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(_ARABIC, _MARKS, _LATIN, _PIECES, st.sampled_from(["  ", "\n\n", "ß", "ﻻ", "İ"])),
        max_size=40,
    )
)
def test_pipeline_fast_normalisation_equals_the_core_one_on_news_like_text(parts: list[str]) -> None:
    from rasid.text.normalize import SEARCH, _normalize_arrays, _normalize_loop

    text = "".join(parts)
    fast, exact = _normalize_arrays(text, SEARCH), _normalize_loop(text)
    if fast is not None:
        assert (fast.text, fast.starts, fast.ends) == (exact.text, exact.starts, exact.ends)
