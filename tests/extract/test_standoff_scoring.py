"""The stand-off scorer of the real-world sets: a perfect prediction scores 1, each kind of breakage is caught."""

from __future__ import annotations

from typing import Any

import pytest

from rasid.extract.standoff import meets, name_words, report_markdown, same_speaker, score, stage_errors
from rasid.model import Document
from rasid.pipeline import Pipeline, StageSpec

TEXT = (
    'قال وزير الخارجية أحمد سالم أمس إن "الحوار سيستمر مع كل الأطراف". '
    'وأضاف: "لن نقبل أي تدخل". وقال مصدر عسكري: "القوات في حالة تأهب". '
    "وذكرت وكالة رويترز أن الاجتماع عقد في 21 يوليو 2015."
)


def _at(fragment: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def _span(fragment: str) -> dict[str, int]:
    start, end = _at(fragment)
    return {"start": start, "end": end}


GOLD: dict[str, Any] = {
    "id": "t-1",
    "language": "ar",
    "quotes": [
        {**_span("الحوار سيستمر مع كل الأطراف"), "speaker": "أحمد سالم", "speaker_type": "person"},
        {
            **_span("لن نقبل أي تدخل"),
            "speaker": "أحمد سالم",
            "speaker_type": "person",
            "speaker_via": "implicit",
        },
        {
            **_span("القوات في حالة تأهب"),
            "speaker": None,
            "speaker_type": "anonymous",
            "speaker_description": "مصدر عسكري",
        },
    ],
    "sources": [{**_span("وكالة رويترز"), "name": "Reuters", "kind": "cited_outlet"}],
    "dates": [
        {**_span("أمس"), "value": "2015-07-20", "precision": "day", "relative": True},
        {**_span("21 يوليو 2015"), "value": "2015-07-21", "precision": "day", "relative": False},
    ],
    "date_negatives": [],
}


def _predict(
    *,
    speaker_2: str | None = "أحمد سالم",
    shift: int = 0,
    date_value: str = "2015-07-21",
    drop_source: bool = False,
) -> Document:
    doc = Document(text=TEXT, language="ar", published="2015-07-21")
    quotes = []
    for q, name in zip(GOLD["quotes"], ("أحمد سالم", speaker_2, None), strict=True):
        attrs = {"speaker": name}
        if q["speaker_type"] == "anonymous":
            attrs["speaker_type"] = "anonymous"
        quotes.append(doc.annotation("quotes", q["start"] + shift, q["end"] + shift, "direct", attrs=attrs))
    sources = [] if drop_source else [doc.annotation("sources", *_at("رويترز"), "cited_outlet")]
    dates = [
        doc.annotation("dates", *_at("أمس"), "date", attrs={"value": "2015-07-20"}),
        doc.annotation("dates", *_at("21 يوليو 2015"), "date", attrs={"value": date_value}),
    ]
    return doc.with_layer("quotes", quotes).with_layer("sources", sources).with_layer("dates", dates)


def _metrics(doc: Document) -> dict[str, float | None]:
    return score([GOLD], {"t-1": doc})["all"].metrics()


def test_standoff_perfect_prediction_meets_every_target() -> None:
    metrics = _metrics(_predict())
    assert metrics["quotes_found"] == metrics["speaker_right"] == metrics["anonymous_typed"] == 1.0
    assert metrics["speaker_wrong"] == 0.0
    assert metrics["sources_recall"] == metrics["sources_precision"] == 1.0
    assert (
        metrics["dates_detected"] == metrics["dates_value_explicit"] == metrics["dates_value_relative"] == 1.0
    )
    assert all(meets(name, value) is not False for name, value in metrics.items())


def test_standoff_wrong_speaker_is_counted_and_fails_the_target() -> None:
    metrics = _metrics(_predict(speaker_2="خالد العمري"))
    assert metrics["speaker_wrong"] == 0.5
    assert meets("speaker_wrong", metrics["speaker_wrong"]) is False


def test_standoff_spans_in_the_wrong_place_are_not_found() -> None:
    metrics = _metrics(_predict(shift=40))
    assert metrics["quotes_found"] is not None and metrics["quotes_found"] < 0.9


def test_standoff_wrong_value_missing_source_and_missing_document_fail() -> None:
    metrics = _metrics(_predict(date_value="2015-07-12", drop_source=True))
    assert metrics["dates_value_explicit"] == 0.0
    assert metrics["sources_recall"] == 0.0
    with pytest.raises(KeyError):
        score([GOLD], {})


def test_standoff_name_matching_ignores_titles_and_letter_variants() -> None:
    assert same_speaker(["الأمير خالد الفيصل"], "خالد الفيصل")
    assert same_speaker(["إبراهيم"], "ابراهيم العساف")
    assert not same_speaker(["وزير الداخلية"], "وزير الخارجية")
    assert not same_speaker([None], "أحمد سالم")
    assert not same_speaker(["محمد السعدي"], "محمد العتيبي")
    assert "وزير" not in name_words("وزير الخارجية")


def test_standoff_report_lists_every_metric() -> None:
    table = report_markdown(score([GOLD], {"t-1": _predict()}), "toy")
    assert "| quotes_found | 1.00 | 1.00 |" in table


def test_standoff_hijri_values_compare_in_the_hijri_calendar_whatever_the_attribute() -> None:
    from rasid.extract.standoff import _predicted_value

    doc = Document(text="في 5 شوال 1436هـ", language="ar")
    gold = {"calendar": "hijri", "value": "1436-10-05"}
    as_value = doc.annotation(
        "dates", 3, 16, "date", attrs={"value": "1436-10-05", "calendar": "hijri", "gregorian": "2015-07-21"}
    )
    converted = doc.annotation("dates", 3, 16, "date", attrs={"value": "2015-07-21", "hijri": "1436-10-05"})
    assert _predicted_value(as_value, gold) == _predicted_value(converted, gold) == "1436-10-05"
    assert _predicted_value(as_value, {"value": "2015-07-21"}) == "2015-07-21"


@pytest.mark.usefixtures("stage_errors_recorded")
def test_a_stage_that_raised_is_reported_not_read_as_a_miss() -> None:
    def broken(doc: Document, config: Any) -> Document:
        raise IndexError("cue table out of range")

    analysed = Pipeline([StageSpec("t.broken.v1", broken, provides=("sources",))])(
        Document(text=TEXT, language="ar")
    )
    assert stage_errors({"t-1": analysed}) == ["t-1: t.broken.v1: IndexError: cue table out of range"]
    assert stage_errors({"t-1": Document(text=TEXT, language="ar")}) == []
