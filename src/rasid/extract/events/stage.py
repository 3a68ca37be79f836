"""The ``rasid.events.v2`` stage: codes the sentences of a document and writes the ``events`` layer."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from rasid.extract.events.catalogue import STAGE, Catalogue, catalogue
from rasid.extract.events.coding import (
    aim_described,
    code,
    guarded_against,
    other_object,
    possible_only,
    refers_back,
)
from rasid.extract.events.context import (
    EventContext,
    joined_at_initials,
    link_line_start,
    tag_line_start,
    trigger_mode,
)
from rasid.extract.events.output import OUTLET
from rasid.extract.matcher import prepare
from rasid.kb import KnowledgeBase, load_kb
from rasid.model import Annotation, Document, Span
from rasid.pipeline import register_stage
from rasid.text.segment import sentences


def _data(config: Mapping[str, Any]) -> tuple[Catalogue, KnowledgeBase | None]:
    """The event catalogue and the KB the settings name (the user's event and KB files over the packaged ones)."""
    kb = load_kb(tuple(config.get("kb_files") or ())) if config.get("use_kb", True) else None
    return catalogue(tuple(config.get("event_files") or ())), kb


@register_stage(
    STAGE,
    requires=("language", "published", "entities", "dates", "equipment"),
    provides=("events",),
    description="Events in PLOVER types with source/target actors by role, location, date and modality.",
    defaults={"event_files": (), "kb_files": (), "use_kb": True},
    check=_data,
)
def code_events(doc: Document, config: Mapping[str, Any]) -> Document:
    """Code events: triggers with an event reading, their roles, place, date and modality."""
    cat, kb = _data(config)
    prepared = prepare(doc.text)
    triggers = cat.triggers.find(prepared)
    if not triggers:
        return doc.with_layer("events", [])
    context = EventContext(doc, prepared, cat.context.find(prepared), kb)
    sentence_spans = joined_at_initials(doc.text, sentences(doc.text))
    starts = [s.start for s in sentence_spans]
    # the closing tag line and link line repeat words of the report: no event of their own
    tags_start = min(tag_line_start(doc.text), link_line_start(doc.text))
    # One event of a type per clause: of its triggers with an event reading, the one whose roles
    # are filled best (زار روسيا over the وفد before it), the first on a tie.
    best: dict[tuple[str, int], Annotation] = {}
    #: the roles of the last event of each type, and of each type and mode: "cette attaque", "خلال الاتصال"
    #: refer back to them
    last: dict[tuple[str, str | None], tuple[Span, dict[str, Any]]] = {}
    last_doer: Annotation | None = None  # the source of the last event told: "ils", "they" may refer to it
    #: where the triggers end that name an act by a figure of speech: only a definite mention refers back to them
    loose: set[int] = set()
    for trigger in triggers:
        type_id, form = trigger.key.split("|")
        written = cat.noun_forms.get((type_id, trigger.phrase))
        if written is not None:  # تفجيرا, مباحثاته, استقبله: read as the word written in the data file
            trigger = replace(trigger, phrase=written)
        k = bisect_left(starts, trigger.span.start + 1) - 1
        if k < 0 or trigger.span.end > sentence_spans[k].end or trigger.span.start >= tags_start:
            continue
        # "خلال الاتصال" refers back to the last call, not to a visit told in between
        mode = trigger_mode(context, type_id, trigger.span)
        previous = (last.get((type_id, mode)) if mode else None) or last.get((type_id, None))
        etype = cat.types[type_id]
        if previous is not None and not refers_back(
            context,
            etype,
            trigger.span,
            form,
            trigger.span.start - previous[0].end,
            loose=previous[0].end in loose,
        ):
            previous = None
        coded = code(context, cat, etype, trigger, form, sentence_spans[k], previous, last_doer)
        if coded is None:
            continue
        event, clause_end, roles = coded
        if roles["source"] is not None and roles["source"][1] != OUTLET:
            last_doer = roles["source"][0]
        last[(type_id, None)] = last[(type_id, mode)] = (trigger.span, roles)
        if form == "n" and guarded_against(context, trigger.span, sentence_spans[k]):
            continue  # "حماية المدنيين من الهجمات": what is guarded against, no event of its own
        if form == "n" and possible_only(context, trigger.span, sentence_spans[k]):
            continue  # "فرص التوصل إلى اتفاق": what may happen, no event of its own
        if other_object(context, etype, trigger) or aim_described(context, etype, trigger, sentence_spans[k]):
            loose.add(trigger.span.end)
            continue  # "يستهدف وحدة بلادنا", "توقع إجراء انتخابات": no target of arms, no signature
        key = (event.label, clause_end)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    annotations = sorted(best.values(), key=lambda a: (a.start, a.attrs["trigger_start"]))
    return doc.with_layer("events", annotations)
