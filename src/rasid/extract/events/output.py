"""The event annotation: actors and places with their KB ids, the event's own date, its modality and the
evidence."""

from __future__ import annotations

from typing import Any

from rasid.extract.dates import gregorian_value
from rasid.extract.events.catalogue import (
    CLAUSE_BREAK,
    COMPLEMENTIZERS,
    ONTOLOGY,
    STAGE,
    Catalogue,
    EventType,
)
from rasid.extract.events.context import EventContext
from rasid.extract.phrases import PhraseMatch
from rasid.kb import KnowledgeBase
from rasid.model import Annotation, Span


def _article_restored(text: str, ann: Annotation) -> str | None:
    """An Arabic name whose article the preposition ل swallowed (للحوثيين: ل + الحوثيين), written with it again."""
    if ann.text.startswith("لل"):
        return "ال" + ann.text[2:]
    if ann.text.startswith("ل") and ann.start > 0 and text[ann.start - 1] == "ل" and len(ann.text) > 3:
        return "ال" + ann.text[1:]
    return None


def _actor(ann: Annotation, via: str, text: str = "") -> dict[str, Any]:
    attrs = ann.attrs
    out: dict[str, Any] = {
        "text": ann.text,
        "type": ann.label,
        "canonical": attrs.get("canonical") or ann.text,
        "kb_id": attrs.get("kb_id"),
        "start": ann.start,
        "end": ann.end,
        "via": via,
    }
    if attrs.get("country"):
        out["country"] = attrs["country"]
    restored = _article_restored(text, ann) if text else None
    if restored is not None:
        out["name"] = restored  # "قصفت الطائرات تجمعات للحوثيين": the actor named is الحوثيين
        if not out["kb_id"] and out["canonical"] == ann.text:
            out["canonical"] = restored  # shown as المقاومة, not the لمقاومة left after the ل of للمقاومة
    elif attrs.get("unnamed") == "nisba" and attrs.get("name"):
        out["name"] = attrs["name"]  # "الغارات الأميركية": the country the adjective names
    return out


def _place(kb: KnowledgeBase | None, ann: Annotation) -> dict[str, Any]:
    out = _actor(ann, "place")
    del out["via"]
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    if entry is not None:
        if entry.coords is not None:
            out["lat"], out["lon"] = entry.coords
        if entry.ids.get("geonames"):
            out["geonames"] = entry.ids["geonames"]
        # a country's coordinates are a representative point of the whole country, a region's its centre
        if entry.is_country or entry.coords is None:
            out["precision"] = "country"
        else:
            out["precision"] = "region" if entry.type == "LOC" else "point"
    return out


def _date(ctx: EventContext, sentence: Span, trigger: Span) -> dict[str, Any]:
    """The sentence's date nearest to the trigger, else the publication date (marked as such)."""
    best: Annotation | None = None
    for ann in ctx.dates:
        if ann.start >= sentence.end:
            break
        value = gregorian_value(ann.attrs)
        if ann.start < sentence.start or not value or not (value[0].isdigit() or value.startswith("XXXX")):
            continue  # no value, or only "recently" (PAST_REF): not a date to put on the event
        if _announcement_date(ctx, ann, trigger):
            continue  # "قال المرصد اليوم الجمعة إن ... خطفوا", "said on Monday that": when it was said
        if any(
            not ctx.text[c.span.end : ann.start].strip()
            for c in ctx.cues_between("lex|onset", ann.start - 12, ann.start)
        ):
            continue  # "have attacked ships since November", "depuis avril 2023": when it began, not the event
        distance = trigger.start - ann.end if ann.end <= trigger.start else ann.start - trigger.end
        if best is None or distance < abs(trigger.start - best.start):
            best = ann
    if best is not None:
        return {
            "date": gregorian_value(best.attrs),
            "date_precision": best.attrs.get("precision"),
            "date_source": "text",
            "date_start": best.start,
            "date_end": best.end,
        }
    if ctx.doc.published:
        return {
            "date": ctx.doc.published,
            "date_precision": ctx.doc.published_precision,
            "date_source": "published",
        }
    return {"date": None, "date_source": None}


#: How far before a date the speech word of its reporting clause may stand (أعلن الجيش في بيان اليوم).
_SPEECH_REACH = 60


def _announcement_date(ctx: EventContext, date: Annotation, trigger: Span) -> bool:
    """Whether a date before the trigger dates the saying of it: a speech word before the date and "that" (إن,
    أن, que, что) between the date and the trigger, nothing ending the clause (LABELS.md: "a date stated for an
    announcement is not the event's date")."""
    if date.end > trigger.start:
        return False
    tokens = ctx.tokens[ctx.token_index(date.end) : ctx.token_index(trigger.start)]
    if not any(t.text in COMPLEMENTIZERS for t in tokens):
        return False
    if CLAUSE_BREAK.search(ctx.text, date.end, trigger.start):
        return False
    speech = ctx.cues_between("lex|speech", max(0, date.start - _SPEECH_REACH), date.start)
    return any(
        c.span.end <= date.start and not CLAUSE_BREAK.search(ctx.text, c.span.end, date.start) for c in speech
    )


def _modality(
    ctx: EventContext, cat: Catalogue, sentence: Span, trigger: Span
) -> tuple[str, PhraseMatch | None]:
    # negation binds to the words right before the trigger (لم يتم نشر، not deployed): its window is short
    for kind, flag, window in cat.modality:
        # up to the trigger's end: a future verb is its own cue (ستنتشر، سيسلم)
        cue = ctx.cue_near(f"mod|{kind}", max(sentence.start, trigger.start - window), trigger.end)
        if cue is not None:
            return flag, cue
    for (
        kind,
        flag,
        _,
    ) in cat.modality:  # "…, selon l'agence TASS", "…، بحسب المتحدث": attribution after the fact
        if flag == "reported" and (cue := ctx.cue_near(f"mod|{kind}", trigger.end, sentence.end)) is not None:
            return flag, cue
    return "asserted", None


def event_annotation(
    ctx: EventContext,
    cat: Catalogue,
    etype: EventType,
    trigger: PhraseMatch,
    sentence: Span,
    roles: dict[str, Any],
) -> Annotation:
    d = etype.definition
    plover = d.get("plover") or {}
    mode = plover.get("mode")
    lo = max(sentence.start, trigger.span.start - etype.window_before)
    hi = min(sentence.end, trigger.span.end + etype.window)
    for mode_id in d.get("modes") or {}:
        if ctx.cue_near(f"mode|{etype.id}|{mode_id}", lo, hi) is not None:
            mode = mode_id
            break
    modality, cue = _modality(ctx, cat, sentence, trigger.span)
    source, target, location = roles["source"], roles["target"], roles["location"]
    attrs: dict[str, Any] = {
        "ontology": ONTOLOGY,
        "type": plover.get("type"),
        "mode": mode,
        "context": list(plover.get("context") or ()),
        "rasid_type": etype.id,
        "type_label": (d.get("label") or {}).get("en", etype.id),
        "trigger": ctx.text[trigger.span.start : trigger.span.end],
        "trigger_start": trigger.span.start,
        "trigger_end": trigger.span.end,
        "source": _actor(source[0], source[1], text=ctx.text) if source and source[1] != OUTLET else None,
        "target": _actor(target[0], target[1], text=ctx.text) if target else None,
        "location": _place(ctx.kb, location) if location is not None else None,
        "modality": modality,
        "method": "trigger+frame+roles",
    }
    if plover.get("extension"):
        attrs["extension"] = True
    acled = d.get("acled")
    if acled:
        attrs["acled_event_type"] = acled.get("event_type")
        attrs["acled_sub_event_type"] = acled.get("sub_event_type")
    if cue is not None:
        attrs["modality_cue"] = ctx.text[cue.span.start : cue.span.end]
    attrs.update(_date(ctx, sentence, trigger.span))
    # a role taken up from the event told before or read as a plain object is no evidence that this trigger tells
    # its clause's event better than another (one event is coded per clause: the best filled)
    confidence = 0.5 + 0.15 * _counted(source) + 0.15 * _counted(target) + 0.1 * bool(location)
    confidence += 0.05 * (attrs["date_source"] == "text")
    return ctx.doc.annotation(
        "events",
        sentence.start,
        sentence.end,
        etype.id,
        attrs=attrs,
        stage=STAGE,
        confidence=round(min(confidence, 0.95), 2),
    )


#: How a news outlet read as an attack's doer is marked: it counts as the role it was read as, and is written as none.
OUTLET = "outlet"
#: How the roles read last were found (rasid.extract.events.retold, roles.direct_object, coding: a possessive,
#: roles: a place object).
_UNCOUNTED = frozenset({"retold", "direct-object", "possessive", "place-object"})


def _counted(role: tuple[Annotation, str] | None) -> bool:
    """Whether a role counts towards its event's confidence."""
    return role is not None and role[1] not in _UNCOUNTED
