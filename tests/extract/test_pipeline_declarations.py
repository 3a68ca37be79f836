"""Stage declarations tell the truth: a pipeline refuses a stage whose input nobody provides.

The language and the publication date are not given to every document: the ``rasid.language`` and
``rasid.published`` stages decide them, and the stages that read them say so in ``requires``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from rasid.errors import PipelineError
from rasid.extract import DEFAULT_STAGE_ORDER, default_pipeline, get_stage, registered_stages
from rasid.model import Document
from rasid.pipeline import BASE_PROVIDES, Pipeline, StageSpec


def _same(doc: Document, config: Mapping[str, Any]) -> Document:
    return doc


def test_pipeline_declarations_only_the_text_is_given() -> None:
    assert {"text"} == BASE_PROVIDES


@pytest.mark.parametrize(
    ("stages", "stage", "missing", "provider"),
    [
        (["rasid.ner"], "rasid.ner.v1", "language", "rasid.language.v1"),
        (["rasid.entities", "rasid.dates"], "rasid.dates.v1", "published", "rasid.published.v1"),
        (["rasid.published", "rasid.dates"], "rasid.dates.v1", "entities", "rasid.entities.v1"),
        (["rasid.sources"], "rasid.sources.v1", "entities", "rasid.entities.v1"),
        (
            ["rasid.language", "rasid.entities", "rasid.equipment", "rasid.dates", "rasid.events"],
            "rasid.dates.v1",
            "published",
            "rasid.published.v1",
        ),
    ],
)
def test_pipeline_declarations_refuse_a_stage_whose_input_nobody_provides(
    stages: list[str], stage: str, missing: str, provider: str
) -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline(stages)
    message = str(info.value)
    assert f"{stage} requires {missing!r}" in message
    assert provider in message  # the error says which stage would provide it


def test_pipeline_declarations_accept_a_stage_once_what_it_reads_comes_first() -> None:
    stages = ["rasid.language", "rasid.published", "rasid.entities", "rasid.equipment", "rasid.dates"]
    assert Pipeline([*stages, "rasid.events"]).names[-1] == get_stage("rasid.events").name


def test_pipeline_declarations_every_unmet_requirement_in_one_error() -> None:
    events = get_stage("rasid.events").name
    with pytest.raises(PipelineError) as info:
        Pipeline(["rasid.events"])
    message = str(info.value)
    for needed in ("language", "published", "entities", "dates", "equipment"):
        assert f"{events} requires {needed!r}" in message


def test_pipeline_declarations_a_requirement_no_stage_provides_is_named_so() -> None:
    reader = StageSpec("t.reads_sentiment.v1", _same, requires=("sentiment",))
    with pytest.raises(PipelineError, match="no registered stage provides it"):
        Pipeline([reader])


def test_pipeline_declarations_a_stage_reading_the_language_needs_the_language_stage() -> None:
    reader = StageSpec("t.reads_language.v1", _same, requires=("language",))
    with pytest.raises(PipelineError, match=r"rasid\.language\.v1"):
        Pipeline([reader])
    assert Pipeline(["rasid.language", reader]).names == ["rasid.language.v1", "t.reads_language.v1"]


def test_pipeline_declarations_the_default_pipeline_skips_no_built_in_stage() -> None:
    """default_pipeline leaves out a stage whose inputs are missing: none of ours may be left out that way."""
    chosen = {spec.family for spec in default_pipeline().stages}
    built_in = {spec.family for spec in registered_stages() if spec.family in DEFAULT_STAGE_ORDER}
    assert built_in - {"rasid.ner"} <= chosen  # NER alone may be out (no model file on disk)
    assert list(DEFAULT_STAGE_ORDER[:2]) == ["rasid.language", "rasid.published"]


def test_pipeline_declarations_stages_that_read_language_or_published_say_so() -> None:
    requires = {spec.family: set(spec.requires) for spec in registered_stages()}
    assert "language" in requires["rasid.ner"] and "language" in requires["rasid.events"]
    assert "published" in requires["rasid.dates"] and "published" in requires["rasid.events"]
    assert {"entities"} <= requires["rasid.dates"] and {"entities"} <= requires["rasid.sources"]
    assert "dates" in requires["rasid.events"]
