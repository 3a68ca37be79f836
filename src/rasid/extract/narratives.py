"""Narrative tagging: recurring framings (e.g. "Russia as a reliable partner") found by cue phrases.

Narrative definitions are data (``rasid/data/narratives/narratives.yaml``), extensible with
the user's own files (stage setting ``narrative_files``). Each annotation's span is the cue
phrase that evidences the narrative; ``attrs`` name the narrative and the sentence around it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cuedata import cue_phrases, load_definitions
from rasid.extract.phrases import PhraseMatcher
from rasid.model import Document, Span
from rasid.pipeline import register_stage
from rasid.text.segment import sentences

STAGE = "rasid.narratives.v1"


@lru_cache(maxsize=8)
def _matcher(extra_files: Sequence[str]) -> tuple[PhraseMatcher, dict[str, dict]]:
    definitions = load_definitions(
        "rasid.data.narratives", "narratives.yaml", "narratives", tuple(extra_files)
    )
    by_id = {d["id"]: d for d in definitions}
    return PhraseMatcher({d["id"]: cue_phrases(d, "cues") for d in definitions}), by_id


def narrative_definitions(extra_files: Sequence[str] = ()) -> list[dict]:
    return list(_matcher(tuple(extra_files))[1].values())


def _sentence_of(spans: list[Span], pos: int) -> Span | None:
    return next((s for s in spans if s.start <= pos < s.end), None)


@register_stage(STAGE, provides=("narratives",), defaults={"narrative_files": ()})
def tag_narratives(doc: Document, config: Mapping[str, Any]) -> Document:
    """Tag recurring narratives by their cue phrases (one annotation per cue found)."""
    matcher, by_id = _matcher(tuple(config.get("narrative_files") or ()))
    sentence_spans = sentences(doc.text)
    annotations = []
    for match in matcher.find(doc.text):
        label = by_id[match.key].get("label") or {}
        sentence = _sentence_of(sentence_spans, match.span.start)
        attrs: dict[str, Any] = {"narrative": label.get("en", match.key), "cue": match.phrase}
        if sentence is not None:
            attrs.update(sentence_start=sentence.start, sentence_end=sentence.end)
        annotations.append(
            doc.annotation(
                "narratives",
                match.span.start,
                match.span.end,
                match.key,
                attrs=attrs,
                stage=STAGE,
                confidence=0.6,
            )
        )
    return doc.with_layer("narratives", annotations)
