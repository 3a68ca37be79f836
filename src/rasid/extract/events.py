"""Event coding: who did what, to whom, where and when — one event per trigger per sentence.

A sentence with a trigger word (``data/events/event_types.yaml``) becomes an event whose
span is the sentence, with the trigger's offsets, the actors named in the sentence (from
the ``entities`` layer), the place, and the date (the sentence's own date from the
``dates`` layer, else the publication date, marked as such). It is deliberately shallow —
no parser — and says so in ``attrs.method``: analysts get candidates with evidence to
confirm, not conclusions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cuedata import cue_phrases, load_definitions
from rasid.extract.phrases import PhraseMatcher
from rasid.model import Annotation, Document, Span
from rasid.pipeline import register_stage
from rasid.text.segment import sentences

STAGE = "rasid.events.v1"
ACTOR_TYPES = frozenset({"PER", "ORG", "ARMED_GROUP", "MEDIA", "GPE"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A place word right after one of these is where the event happened, not who acted.
_LOCATIVE = re.compile(
    r"(?:\bفي|\bب|\bإلى|\bالى|\bمن|\bà|\bau|\ben|\bdans|\bin|\bat|\bnear|\bв|\bна)\s*(?:مدينة|منطقة|العاصمة\s+\S+\s+)?\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _matcher(extra_files: Sequence[str]) -> tuple[PhraseMatcher, dict[str, dict]]:
    definitions = load_definitions("rasid.data.events", "event_types.yaml", "event_types", tuple(extra_files))
    by_id = {d["id"]: d for d in definitions}
    return PhraseMatcher({d["id"]: cue_phrases(d, "triggers") for d in definitions}), by_id


def _mention(ann: Annotation) -> dict[str, Any]:
    attrs = ann.attrs
    return {
        "text": ann.text,
        "type": ann.label,
        "canonical": attrs.get("canonical") or ann.text,
        "kb_id": attrs.get("kb_id"),
        "start": ann.start,
        "end": ann.end,
    }


def _is_locative(text: str, ann: Annotation) -> bool:
    return bool(_LOCATIVE.search(text[max(0, ann.start - 25) : ann.start]))


@register_stage(STAGE, requires=("entities",), provides=("events",), defaults={"event_files": ()})
def code_events(doc: Document, config: Mapping[str, Any]) -> Document:
    """Code events per sentence from trigger words, entities, places and dates."""
    matcher, by_id = _matcher(tuple(config.get("event_files") or ()))
    triggers = matcher.find(doc.text)
    if not triggers:
        return doc.with_layer("events", [])
    annotations = []
    for sentence in sentences(doc.text):
        in_sentence = [t for t in triggers if sentence.start <= t.span.start < sentence.end]
        seen_types: set[str] = set()
        for trigger in in_sentence:
            if trigger.key in seen_types:
                continue
            seen_types.add(trigger.key)
            annotations.append(_event(doc, sentence, trigger.key, trigger.span, by_id[trigger.key]))
    return doc.with_layer("events", annotations)


def _event(doc: Document, sentence: Span, event_type: str, trigger: Span, definition: dict) -> Annotation:
    entities = _within(doc.layer("entities"), sentence)
    actors, places = [], []
    for ann in entities:
        if ann.label in PLACE_TYPES and (ann.label != "GPE" or _is_locative(doc.text, ann)):
            places.append(_mention(ann))
        elif ann.label in ACTOR_TYPES:
            actors.append(_mention(ann))
    dates = _within(doc.layer("dates"), sentence)
    attrs: dict[str, Any] = {
        "type": event_type,
        "type_label": (definition.get("label") or {}).get("en", event_type),
        "trigger": doc.text[trigger.start : trigger.end],
        "trigger_start": trigger.start,
        "trigger_end": trigger.end,
        "actors": _dedupe(actors),
        "places": _dedupe(places),
        "method": "trigger+sentence",
    }
    if dates:
        attrs["date"] = dates[0].attrs.get("value")
        attrs["date_source"] = "text"
    elif doc.published:
        attrs["date"] = doc.published
        attrs["date_source"] = "published"
    confidence = 0.4 + 0.2 * bool(actors) + 0.1 * bool(places) + 0.1 * bool(dates)
    return doc.annotation(
        "events",
        sentence.start,
        sentence.end,
        event_type,
        attrs=attrs,
        stage=STAGE,
        confidence=round(confidence, 2),
    )


def _within(annotations: Sequence[Annotation], sentence: Span) -> list[Annotation]:
    """``Document.within`` by offsets: no Span per annotation (an article has hundreds, and events many)."""
    return [a for a in annotations if sentence.start <= a.start and a.end <= sentence.end]


def _dedupe(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        key = mention["kb_id"] or mention["canonical"]
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out
