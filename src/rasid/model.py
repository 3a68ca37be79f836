"""The core data model every layer shares.

``Document.text`` is set once and every offset in the system points into it.
Spans are half-open ``[start, end)`` ranges of Python ``str`` indices (code points);
conversion to UTF-16 happens only at the web boundary (:func:`utf16_offsets`).
Annotations are frozen records living in named layers. Documents serialise to
versioned JSON, never pickle.

``Span`` and ``SpanSet`` live in the leaf module :mod:`rasid.span` (``rasid.text`` needs them too) and are
re-exported here, where users import them from.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, final

from rasid.errors import ModelError, SchemaVersionError
from rasid.span import Span as Span
from rasid.span import SpanSet as SpanSet
from rasid.text.normalize import normalize_for_search

DOCUMENT_SCHEMA = "rasid.document"
DOCUMENT_SCHEMA_VERSION = 1

#: Precision of a date value: how much of an ISO date is known.
DATE_PRECISIONS = ("day", "month", "year")


#: Values that are frozen already: most attributes are one of these, and ``isinstance`` against the
#: ``Mapping`` ABC costs more than the rest of freezing them.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _freeze(value: Any) -> Any:
    """Deep-freeze JSON-like attributes so annotations stay immutable."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Annotation:
    """One fact with its evidence: a span of ``Document.text`` in a named layer."""

    layer: str
    start: int
    end: int
    label: str
    text: str
    attrs: Mapping[str, Any] = field(default_factory=dict, hash=False)
    stage: str = ""
    confidence: float = 1.0

    def __post_init__(self) -> None:
        start, end = self.start, self.end
        if not (type(start) is int and type(end) is int and 0 <= start <= end):
            Span(start, end)  # raises, with the reason (or accepts an int subclass, as before)
        if len(self.text) != self.end - self.start:
            raise ModelError(
                f"annotation text {self.text!r} has length {len(self.text)}, span [{self.start}, {self.end})"
            )
        if not 0.0 <= self.confidence <= 1.0:
            raise ModelError(f"confidence must be within [0, 1], got {self.confidence}")
        object.__setattr__(self, "attrs", _freeze(self.attrs))

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "layer": self.layer,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "attrs": _thaw(self.attrs),
            "stage": self.stage,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        return cls(
            layer=data["layer"],
            start=int(data["start"]),
            end=int(data["end"]),
            label=data.get("label", ""),
            text=data["text"],
            attrs=data.get("attrs") or {},
            stage=data.get("stage", ""),
            confidence=float(data.get("confidence", 1.0)),
        )


def content_fingerprint(text: str) -> str:
    """The text with every difference that does not change content folded away.

    Two inputs that differ only in diacritics, tatweel, letter variants, digits,
    case, bidi marks or whitespace get the same fingerprint, hence the same id.
    """
    return normalize_for_search(text).strip()


def make_document_id(text: str) -> str:
    """A stable id derived from the normalised content: 16 hex digits."""
    digest = hashlib.sha256(content_fingerprint(text).encode("utf-8")).hexdigest()
    return digest[:16]


@final
@dataclass(frozen=True, slots=True)
class Document:
    """An article: text set once, metadata, and annotation layers pointing into the text."""

    text: str
    id: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    language: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, hash=False)
    layers: Mapping[str, tuple[Annotation, ...]] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise ModelError("Document.text must be a str")
        if not self.id:
            object.__setattr__(self, "id", make_document_id(self.text))
        if self.published_precision is not None and self.published_precision not in DATE_PRECISIONS:
            raise ModelError(f"published_precision must be one of {DATE_PRECISIONS}")
        object.__setattr__(self, "meta", _freeze(self.meta))
        frozen_layers = {name: self._checked(name, found) for name, found in self.layers.items()}
        object.__setattr__(self, "layers", MappingProxyType(frozen_layers))

    def _checked(self, layer: str, annotations: Iterable[Annotation]) -> tuple[Annotation, ...]:
        """A layer's annotations in text order, each checked against the text."""
        checked = tuple(sorted(annotations, key=lambda a: (a.start, -a.end, a.label)))
        for ann in checked:
            self._check(ann, layer)
        return checked

    def _check(self, ann: Annotation, layer: str) -> None:
        if ann.layer != layer:
            raise ModelError(f"annotation of layer {ann.layer!r} placed in layer {layer!r}")
        if ann.end > len(self.text) or self.text[ann.start : ann.end] != ann.text:
            raise ModelError(
                f"annotation {ann.text!r} [{ann.start}, {ann.end}) does not match the document text"
            )

    # --- building -------------------------------------------------------------------------------
    def annotation(
        self,
        layer: str,
        start: int,
        end: int,
        label: str,
        *,
        attrs: Mapping[str, Any] | None = None,
        stage: str = "",
        confidence: float = 1.0,
    ) -> Annotation:
        """Make an annotation whose text is read from this document (so it always matches)."""
        if end > len(self.text):
            raise ModelError(f"span [{start}, {end}) runs past the end of the text ({len(self.text)})")
        return Annotation(layer, start, end, label, self.text[start:end], attrs or {}, stage, confidence)

    def with_layer(self, layer: str, annotations: Iterable[Annotation]) -> Document:
        """A new document with ``layer`` replaced (the text never changes)."""
        # Only the new layer is checked: the others were when this document was made, and are
        # immutable. (``dataclasses.replace`` would re-sort and re-check every layer, at every stage.)
        layers = dict(self.layers)
        layers[layer] = self._checked(layer, annotations)
        new = object.__new__(Document)  # final: no subclass has fields of its own to copy
        for name in _DOCUMENT_FIELDS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "layers", MappingProxyType(layers))
        return new

    def with_meta(self, **changes: Any) -> Document:
        """A new document with metadata fields changed; ``text`` and ``id`` cannot change."""
        if "text" in changes or "id" in changes:
            raise ModelError("Document.text and Document.id are set once")
        return dataclasses.replace(self, **changes)

    # --- queries --------------------------------------------------------------------------------
    def layer(self, name: str) -> tuple[Annotation, ...]:
        return self.layers.get(name, ())

    def annotations(self) -> Iterator[Annotation]:
        for name in sorted(self.layers):
            yield from self.layers[name]

    def within(self, layer: str, span: Span) -> list[Annotation]:
        return [a for a in self.layer(layer) if a.span.within(span)]

    def overlapping(self, layer: str, span: Span) -> list[Annotation]:
        return [a for a in self.layer(layer) if a.span.overlaps(span)]

    def covering(self, layer: str, span: Span) -> list[Annotation]:
        return [a for a in self.layer(layer) if a.span.covers(span)]

    # --- serialisation --------------------------------------------------------------------------
    def to_dict(self, *, include_layers: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": DOCUMENT_SCHEMA,
            "schema_version": DOCUMENT_SCHEMA_VERSION,
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "published_precision": self.published_precision,
            "language": self.language,
            "meta": _thaw(self.meta),
            "text": self.text,
        }
        if include_layers:
            data["annotations"] = [a.to_dict() for a in self.annotations()]
        return data

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        version = data.get("schema_version", DOCUMENT_SCHEMA_VERSION)
        if data.get("schema", DOCUMENT_SCHEMA) != DOCUMENT_SCHEMA or version > DOCUMENT_SCHEMA_VERSION:
            raise SchemaVersionError(
                f"cannot read document schema {data.get('schema')!r} v{version}; "
                f"this Rasid reads {DOCUMENT_SCHEMA} up to v{DOCUMENT_SCHEMA_VERSION}"
            )
        layers: dict[str, list[Annotation]] = {}
        for item in data.get("annotations", []):
            ann = Annotation.from_dict(item)
            layers.setdefault(ann.layer, []).append(ann)
        return cls(
            text=data["text"],
            id=data.get("id") or "",
            url=data.get("url"),
            outlet=data.get("outlet"),
            title=data.get("title"),
            author=data.get("author"),
            published=data.get("published"),
            published_precision=data.get("published_precision"),
            language=data.get("language"),
            meta=data.get("meta") or {},
            layers={k: tuple(v) for k, v in layers.items()},
        )

    @classmethod
    def from_json(cls, raw: str) -> Document:
        return cls.from_dict(json.loads(raw))


#: Document's fields, for copying one field by field (a frozen, slotted dataclass).
_DOCUMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


def utf16_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Convert code-point offsets to UTF-16 code-unit offsets (what browsers use)."""

    def units(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    return units(text[:start]), units(text[:end])
