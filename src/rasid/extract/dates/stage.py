"""The ``rasid.dates.v1`` stage: finds, resolves and writes the ``dates`` layer with offsets in the
original text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rasid.extract.cues import folded_lines, normalized
from rasid.extract.dates.candidates import candidates
from rasid.extract.dates.grammar import DateGrammar, grammar
from rasid.extract.dates.resolve import (
    coarse_anchor,
    night_pairs,
    publication_from_lead,
    resolve,
    resolve_hijri,
    year_from_sentence,
)
from rasid.extract.dates.tense import year_in_name
from rasid.extract.published import publication_day
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage

STAGE = "rasid.dates.v1"


def _grammar(config: Mapping[str, Any]) -> DateGrammar:
    """The date grammar with the user's cue files layered over the packaged ones."""
    return grammar(tuple(config.get("cue_files", ())))


@register_stage(
    STAGE,
    # event names and KB-linked names are not dates ("منتدى الجيش 2023", "روسيا اليوم"); the publication day
    # anchors relative dates and years not written
    requires=("entities", "published"),
    provides=("dates",),
    description="Absolute, partial, relative and Hijri dates with ISO values; publication date from the lead.",
    defaults={"cue_files": (), "infer_year_from_published": True, "publication_from_text": True},
    check=_grammar,
)
def dates_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    g = _grammar(config)
    norm = normalized(doc.text)
    # the folded text with its line breaks (same offsets): a line ends a sentence for the tense around a weekday
    # and for the year a date without one takes (a dateline's year is not the next paragraph's), and datelines
    # are lines
    folded = folded_lines(doc.text)
    cands = candidates(g, folded, (doc.language or "")[:2])

    event_spans: list[tuple[int, int]] = []
    name_spans: list[tuple[int, int]] = []
    for ent in doc.layer("entities"):
        folded_span = _to_folded(norm, ent.start, ent.end)
        if ent.label == "EVENT":
            event_spans.append(folded_span)
        elif ent.attrs.get("kb_id") or ent.attrs.get("canonical"):
            name_spans.append(folded_span)  # only names someone vouched for: a model span can swallow a date
    cands = [
        c
        for c in cands
        if not year_in_name(g, folded, c, event_spans)
        # "روسيا اليوم" is an outlet, "بعد اليوم" means "any more": neither is a date
        and not any(s <= c.start and c.end <= e for s, e in name_spans)
        and not (
            c.kind in ("relative", "reference")
            and folded[max(0, c.start - 4) : c.start].strip() in ("بعد", "منذ")
        )
    ]

    anchor = publication_day(doc)  # parsed once, by the published stage
    anchor_precision = "day"
    coarse = coarse_anchor(doc) if anchor is None else None
    if anchor is None and config.get("publication_from_text", True):
        found = publication_from_lead(g, folded, cands)
        # a Hijri date in the lead ("الأحد 25 شوال 1436 هـ") gives its Gregorian day
        published = found.attrs.get("gregorian", found.value) if found is not None else None
        # a day in the lead agrees with a publication month or year given in the metadata, or is not that day
        if coarse is not None and published and not published.startswith(str(doc.published)):
            published = None
        if found is not None and published:
            anchor, coarse = dt.date.fromisoformat(published), None
            span = norm.to_original(found.start, found.end)
            meta = dict(doc.meta)
            meta["published_source"] = "text"
            meta["published_evidence"] = [span.start, span.end]
            doc = doc.with_meta(published=published, published_precision="day", meta=meta)

    if anchor is None and coarse is not None:
        anchor, anchor_precision = coarse
    infer_year = bool(config.get("infer_year_from_published", True))
    annotations: list[Annotation] = []
    year_from_sentence(folded, cands)
    for cand in cands:
        resolve(cand, anchor, infer_year, anchor_precision)
        resolve_hijri(cand, anchor if infer_year and anchor_precision == "day" else None)
    night_pairs(folded, cands)
    for cand in cands:
        span = norm.to_original(cand.start, cand.end)
        relation = cand.attrs.pop("relative", None)
        attrs: dict[str, Any] = {
            "value": cand.value,
            "precision": cand.precision,
            "inferred": cand.attrs.pop("inferred", []),
            # relative: the value depends on the time of writing (yesterday, last week, Tuesday, now)
            "relative": cand.relative is not None
            or (cand.hijri is not None and cand.hijri[2] != 0)
            or bool(cand.attrs.pop("reference", False)),
            "calendar": cand.attrs.pop("calendar", "gregorian"),
        }
        if relation is not None:
            attrs["relation"] = relation
        attrs.update(cand.attrs)
        annotations.append(doc.annotation("dates", span.start, span.end, "date", attrs=attrs, stage=STAGE))
    return doc.with_layer("dates", annotations)


def _to_folded(norm: Any, start: int, end: int) -> tuple[int, int]:
    """Original span -> folded span (the first/last folded characters inside it)."""
    import bisect

    s = bisect.bisect_left(norm.starts, start)
    e = bisect.bisect_left(norm.starts, end)
    return s, max(s, e)
