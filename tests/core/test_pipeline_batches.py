"""Pipelines run in batches: batch stages see the whole batch, others one document at a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from rasid.errors import ConfigError, KBError
from rasid.model import Document
from rasid.pipeline import Pipeline, StageSpec


def _mark(doc: Document, config: Mapping[str, Any]) -> Document:
    if "boom" in doc.text:
        raise ValueError("cannot read this one")
    return doc.with_layer("marks", [doc.annotation("marks", 0, 1, "first")])


def _recording(calls: list[int]):  # type: ignore[no-untyped-def]
    def batch(docs: Sequence[Document], config: Mapping[str, Any]) -> list[Document]:
        calls.append(len(docs))
        return [_mark(doc, config) for doc in docs]

    return batch


def _docs(*texts: str) -> list[Document]:
    return [Document(text=t, language="ar") for t in texts]


def test_a_batch_stage_gets_the_whole_batch_and_gives_what_one_by_one_gives() -> None:
    calls: list[int] = []
    spec = StageSpec("t.mark.v1", _mark, provides=("marks",), batch=_recording(calls))
    pipeline = Pipeline([spec])
    docs = _docs(*(f"نص رقم {i}" for i in range(7)))
    batched = list(pipeline.run(docs, batch_size=3))
    assert calls == [3, 3]  # the last batch of one goes through the single-document function
    assert [d.to_dict() for d in batched] == [pipeline(d).to_dict() for d in docs]


@pytest.mark.usefixtures("stage_errors_recorded")
def test_a_failing_batch_is_redone_one_by_one_so_only_the_bad_document_records_the_error() -> None:
    spec = StageSpec("t.mark.v1", _mark, provides=("marks",), batch=_recording([]))
    out = Pipeline([spec]).run_batch(_docs("جيد", "boom", "جيد أيضا"))
    assert [bool(d.layer("marks")) for d in out] == [True, False, True]
    assert "stage_errors" not in out[0].meta and "stage_errors" not in out[2].meta
    assert [dict(e) for e in out[1].meta["stage_errors"]] == [
        {"stage": "t.mark.v1", "error": "ValueError: cannot read this one"}
    ]


def test_stages_without_a_batch_form_take_each_document_through_all_of_them_in_turn() -> None:
    seen: list[tuple[str, str]] = []

    def stage(name: str):  # type: ignore[no-untyped-def]
        def run(doc: Document, config: Mapping[str, Any]) -> Document:
            seen.append((name, doc.text))
            return doc

        return StageSpec(f"t.{name}.v1", run)

    Pipeline([stage("a"), stage("b")]).run_batch(_docs("x", "y"))
    # document-major: a per-text cache shared by a and b stays warm
    assert seen == [("a", "x"), ("b", "x"), ("a", "y"), ("b", "y")]


def _last_word(doc: Document, config: Mapping[str, Any]) -> Document:
    """Marks the last word the stage can see: where the text it was given ends."""
    end = len(doc.text.rstrip())
    start = doc.text.rfind(" ", 0, end) + 1
    return doc.with_layer("marks", [doc.annotation("marks", start, end, "seen_until")])


def test_stages_see_at_most_max_chars_and_the_document_comes_back_whole() -> None:
    """A huge article must not make analysis run away (issue 12, defect 4): stages see a bounded prefix."""
    sentence = "جملة قصيرة عن الأخبار. "
    long_doc = Document(text=sentence * 100, language="ar", meta={"feed": "x"})
    short_doc = Document(text=sentence * 3, language="ar")
    pipeline = Pipeline([StageSpec("t.last.v1", _last_word, provides=("marks",))], max_chars=500)
    out_long, out_short = pipeline.run_batch([long_doc, short_doc])
    assert out_long.text == long_doc.text and out_long.id == long_doc.id
    (mark,) = out_long.layer("marks")
    assert mark.end <= 500 and out_long.text[mark.start : mark.end] == mark.text
    assert out_long.text[: mark.end].endswith(".")  # cut at a sentence end, not inside a word
    bound = out_long.meta["analysis_bound"]
    assert bound == {"analysed_chars": mark.end, "text_chars": len(long_doc.text)}
    assert out_long.meta["feed"] == "x"
    assert out_short.layer("marks")[0].end == len(short_doc.text.rstrip())
    assert "analysis_bound" not in out_short.meta


def test_under_the_test_suite_a_failing_stage_raises_instead_of_emptying_its_layer() -> None:
    spec = StageSpec("t.mark.v1", _mark, provides=("marks",))
    with pytest.raises(ValueError, match="cannot read this one"):
        Pipeline([spec]).run_batch(_docs("boom"))


def _needs_a_cue_file(config: Mapping[str, Any]) -> None:
    if config.get("cue_file") == "broken":
        raise ConfigError("broken.yaml:3:1: not valid YAML")


@pytest.mark.usefixtures("stage_errors_recorded")
def test_a_broken_setting_is_refused_when_the_pipeline_is_built_not_recorded_on_every_document() -> None:
    spec = StageSpec("t.mark.v1", _mark, provides=("marks",), check=_needs_a_cue_file)
    assert Pipeline([spec], {"t.mark": {"cue_file": "fine"}}).run_batch(_docs("جيد"))[0].layer("marks")
    with pytest.raises(ConfigError, match=r"broken\.yaml:3:1"):
        Pipeline([spec], {"t.mark": {"cue_file": "broken"}})


@pytest.mark.usefixtures("stage_errors_recorded")
def test_a_setup_error_met_while_running_stops_the_run_while_any_other_error_is_recorded() -> None:
    def missing_kb(doc: Document, config: Mapping[str, Any]) -> Document:
        raise KBError("extra.yaml: knowledge-base file not found")

    for batch in (None, lambda docs, config: [missing_kb(d, config) for d in docs]):
        spec = StageSpec("t.kb.v1", missing_kb, provides=("kb",), batch=batch)
        with pytest.raises(KBError, match=r"extra\.yaml"):
            Pipeline([spec]).run_batch(_docs("أول", "ثان"))
