"""The language and publication-date stages: decided once, recorded on the document, read by the others."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rasid.extract import default_pipeline, get_stage
from rasid.extract import published as published_module
from rasid.extract.language import language_stage
from rasid.extract.published import publication_day, published_stage
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.readers.base import make_document
from rasid.text.langid import detect_language, document_language

# sentences written for these tests
FRENCH_TITLE = "Le ministre de la Défense est arrivé à Bamako pour une visite officielle"
ARABIC = "قال الوزير أمس في باماكو إن الجيش وصل إلى المدينة."


# --- language ------------------------------------------------------------------------------------
def test_language_stage_detects_a_missing_language_and_says_so() -> None:
    doc = language_stage(Document(text=ARABIC), {})
    assert doc.language == "ar"
    assert doc.meta["language_source"] == "detected"


def test_language_stage_keeps_a_given_language_unmarked() -> None:
    given = Document(text=ARABIC, language="fr")  # the input's word wins, even when it looks wrong
    doc = language_stage(given, {})
    assert doc.language == "fr" and "language_source" not in doc.meta


def test_language_stage_reads_the_title_when_the_text_is_too_short() -> None:
    text = "OK."
    assert detect_language(text) is None  # too little text alone
    doc = language_stage(Document(text=text, title=FRENCH_TITLE), {})
    assert doc.language == "fr"


def test_language_stage_leaves_an_undecidable_language_unknown() -> None:
    doc = language_stage(Document(text="12 / 34"), {})
    assert doc.language is None and "language_source" not in doc.meta


def test_language_is_decided_before_the_ner_stage_reads_it() -> None:
    """The NER model runs on Arabic only: a document without a language gets it from the stage before."""
    doc = Document(text="قال الرئيس عبد الله ديوب في باماكو إن الوضع هادئ.")
    ner = get_stage("rasid.ner")
    # the stage function alone sees no language, so it tags nothing: it does not detect one itself
    assert ner.func(doc, {**ner.defaults, "min_confidence": 0.0}).layer("entities") == ()
    tagged = Pipeline(["rasid.language", ner], {ner.name: {"min_confidence": 0.0}})(doc)
    assert tagged.language == "ar"
    assert [a for a in tagged.layer("entities") if a.attrs.get("source") == "ner"]


def test_language_of_a_document_outside_a_pipeline_uses_the_same_rule() -> None:
    assert document_language(Document(text="OK.", title=FRENCH_TITLE)) == "fr"
    assert document_language(Document(text=ARABIC, language="ru")) == "ru"
    read = make_document("OK.", fmt="text", source="s", title=FRENCH_TITLE)
    assert (read.language, read.meta["language_source"]) == ("fr", "detected")
    named = make_document(ARABIC, fmt="text", source="s", language="ar-SA")
    assert named.language == "ar" and "language_source" not in named.meta


# --- published -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "precision", "value", "expected_precision"),
    [
        ("2024-08-21T10:30:00+02:00", None, "2024-08-21", "day"),
        ("Tue, 20 Aug 2024 08:00:00 GMT", None, "2024-08-20", "day"),
        ("20240821", None, "2024-08-21", "day"),
        ("2024-08", None, "2024-08", "month"),
        ("2024-08-21", "month", "2024-08", "month"),  # never finer than what was given
        ("2024-08-21", "day", "2024-08-21", "day"),
    ],
)
def test_published_stage_normalises_the_date(
    given: str, precision: str | None, value: str, expected_precision: str
) -> None:
    doc = published_stage(Document(text=ARABIC, published=given, published_precision=precision), {})
    assert (doc.published, doc.published_precision) == (value, expected_precision)


def test_published_stage_keeps_an_unreadable_date_aside() -> None:
    doc = published_stage(Document(text=ARABIC, published="الأسبوع الماضي"), {})
    assert doc.published is None and doc.published_precision is None
    assert doc.meta["published_raw"] == "الأسبوع الماضي"


@pytest.mark.parametrize(
    ("published", "precision", "day"),
    [
        ("2024-08-21", "day", dt.date(2024, 8, 21)),
        ("2024-08", "month", None),
        ("2024", "year", None),
        (None, None, None),
    ],
)
def test_published_day_only_when_known_to_the_day(
    published: str | None, precision: str | None, day: dt.date | None
) -> None:
    assert publication_day(Document(text="x", published=published, published_precision=precision)) == day


def test_published_is_parsed_once_and_anchors_relative_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    parse = published_module.parse_published

    def counted(value: Any) -> tuple[str, str] | None:
        calls.append(value)
        return parse(value)

    monkeypatch.setattr(published_module, "parse_published", counted)
    doc = default_pipeline()(Document(text=ARABIC, published="Tue, 20 Aug 2024 08:00:00 GMT"))
    assert calls == ["Tue, 20 Aug 2024 08:00:00 GMT"]
    assert (doc.published, doc.published_precision) == ("2024-08-20", "day")
    assert [a.attrs["value"] for a in doc.layer("dates")] == ["2024-08-19"]  # أمس: the day before
