"""Hostile text made safe to highlight: split at annotation boundaries, never build HTML strings.

Annotations may nest (an entity inside a quote) or cross (a date that straddles a source credit),
so the text is cut into a *flat* list of segments at every annotation boundary; each segment
lists the annotations that cover it. Templates render each segment's text through Jinja's
autoescape, so article text can never become markup. Offsets are Python code points; UTF-16
offsets for browsers come from :func:`rasid.model.utf16_offsets`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from rasid.model import utf16_offsets
from rasid.text.normalize import normalize
from rasid.text.tokens import clitic_stems

#: Layers shown in the reader, in the order their colours stack (later wins where they overlap).
READER_LAYERS = ("quotes", "sources", "dates", "equipment", "entities")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text covered by the same set of annotations (possibly none)."""

    start: int
    end: int
    text: str
    ann_ids: tuple[str, ...] = ()
    layers: tuple[str, ...] = ()
    #: annotation ids that *begin* at this segment (an anchor is placed there for scrolling)
    starts: tuple[str, ...] = field(default=())


def segment_text(text: str, spans: Sequence[tuple[str, str, int, int]]) -> list[Segment]:
    """Cut ``text`` at every boundary of ``spans`` = ``(ann_id, layer, start, end)``.

    Zero-length and out-of-range spans are ignored; the segments' texts concatenate to ``text``.
    """
    valid = [(i, layer, s, e) for i, layer, s, e in spans if 0 <= s < e <= len(text)]
    cuts = {0, len(text)}
    for _, _, s, e in valid:
        cuts.add(s)
        cuts.add(e)
    bounds = sorted(cuts)
    begins: dict[int, list[str]] = {}
    for ann_id, _, s, _ in valid:
        begins.setdefault(s, []).append(ann_id)
    # Sweep: annotations sorted by start; keep the active set as we walk the cuts.
    by_start = sorted(valid, key=lambda v: (v[2], -v[3]))
    active: list[tuple[str, str, int, int]] = []
    k = 0
    segments: list[Segment] = []
    for a, b in pairwise(bounds):
        if a == b:
            continue
        while k < len(by_start) and by_start[k][2] <= a:
            active.append(by_start[k])
            k += 1
        active = [v for v in active if v[3] > a]
        ids = tuple(v[0] for v in active)
        layers = tuple(layer for layer in READER_LAYERS if any(v[1] == layer for v in active))
        extra = tuple(sorted({v[1] for v in active} - set(READER_LAYERS)))
        segments.append(Segment(a, b, text[a:b], ids, layers + extra, tuple(begins.get(a, ()))))
    return segments


#: Characters outside the Basic Multilingual Plane: two UTF-16 code units each (emoji, some CJK).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Code-point offsets of one text to UTF-16 offsets, each in O(log n) after one scan of the text
    (:func:`rasid.model.utf16_offsets` encodes the prefix, quadratic over hundreds of annotations)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset) if self._astral else offset


def annotation_view(ann_id: str, ann, text: str, utf16: Utf16Offsets | None = None) -> dict:
    """The JSON-able description of one annotation the reader and the API show.

    Pass ``utf16`` (built once for ``text``) when describing many annotations of one text.
    """
    attrs = dict(_plain(ann.attrs))
    if utf16 is None:
        start16, end16 = utf16_offsets(text, ann.start, ann.end)
    else:
        start16, end16 = utf16(ann.start), utf16(ann.end)
    return {
        "id": ann_id,
        "layer": ann.layer,
        "label": ann.label,
        "start": ann.start,
        "end": ann.end,
        "start_utf16": start16,
        "end_utf16": end16,
        "text": ann.text,
        "attrs": attrs,
        "stage": ann.stage,
        "confidence": ann.confidence,
        "summary": describe(ann.layer, ann.label, attrs),
    }


def describe(layer: str, label: str, attrs: dict) -> str:
    """A one-line, plain-text description: canonical name, speaker, normalised date, KB id."""
    parts: list[str] = [f"{layer}: {label}" if label else layer]
    for key in ("canonical", "speaker_canonical", "speaker", "value", "precision", "outlet", "url", "kb_id"):
        value = attrs.get(key)
        if value not in (None, "", [], {}):
            parts.append(f"{key}={value}")
    if attrs.get("inferred"):
        parts.append("inferred")
    return " · ".join(parts)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


# --- search hits ---------------------------------------------------------------------------------


def query_terms(query: str) -> list[str]:
    """Folded query words, plus their clitic-free stems, longest first (so whole words win)."""
    terms: set[str] = set()
    for word in normalize(query).text.split():
        word = word.strip("\"'()*+-:^")
        if len(word) < 2 or word.upper() in {"AND", "OR", "NOT", "NEAR"}:
            continue
        terms.add(word)
        for _, stem in clitic_stems(word):
            terms.add(stem)
    return sorted(terms, key=len, reverse=True)


def mark_terms(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(piece, is_hit)`` pairs, matching ``terms`` on the folded text.

    Matching runs on normalised text (diacritics, alef variants, tatweel folded) and maps back
    to the original through the offset map, so the marked piece is the analyst's own spelling.
    """
    terms = [t for t in terms if t]
    if not text or not terms:
        return [(text, False)]
    folded = normalize(text)
    hits: list[tuple[int, int]] = []
    hay = folded.text
    for term in terms:
        pos = hay.find(term)
        while pos != -1:
            span = folded.to_original(pos, pos + len(term))
            hits.append((span.start, span.end))
            pos = hay.find(term, pos + len(term))
    if not hits:
        return [(text, False)]
    hits.sort()
    merged: list[list[int]] = []
    for s, e in hits:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for s, e in merged:
        if s > cursor:
            pieces.append((text[cursor:s], False))
        pieces.append((text[s:e], True))
        cursor = e
    if cursor < len(text):
        pieces.append((text[cursor:], False))
    return pieces
