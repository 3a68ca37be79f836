"""The publication date, parsed once into the anchor the date and event stages read.

``rasid.published.v1`` provides ``published``. It normalises the document's own fields rather than adding
a layer: an annotation layer is evidence in the text, with a span, and a date from the metadata has none
(one found in the lead is the dates stage's, with ``meta["published_evidence"]``). After the stage:

* ``Document.published`` is an ISO value (``2024-08-21``, ``2024-08`` or ``2024``) parsed by the readers'
  rules (:func:`rasid.text.machine_dates.parse_published`: ISO 8601 with a time, RFC 2822, ``YYYYMMDD``);
* ``Document.published_precision`` says how much of it is known (never finer than the precision given);
* a value that is no machine-written date is moved to ``meta["published_raw"]`` (as readers do) and
  ``published`` becomes ``None``, so no stage anchors anything on it.

Stages that need the day of writing declare ``requires=("published",)`` and read :func:`publication_day`,
which converts the normalised value without parsing anything again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rasid.model import Document
from rasid.pipeline import register_stage
from rasid.text.machine_dates import PRECISION_CHARS, coarsest, parse_published

STAGE = "rasid.published.v1"


@register_stage(
    STAGE,
    provides=("published",),
    description="The publication date as an ISO value with its precision (unparseable values kept in meta).",
)
def published_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    if doc.published is None:
        return doc
    parsed = parse_published(doc.published)
    if parsed is None:
        # a date nobody can read is kept for the analyst, never used as an anchor
        meta = {**doc.meta, "published_raw": doc.published}
        return doc.with_meta(published=None, published_precision=None, meta=meta)
    value, precision = parsed
    precision = coarsest(precision, doc.published_precision)
    value = value[: PRECISION_CHARS[precision]]
    if (value, precision) == (doc.published, doc.published_precision):
        return doc
    return doc.with_meta(published=value, published_precision=precision)


def publication_day(doc: Document) -> dt.date | None:
    """The day the document was written, when the (normalised) publication date is known to the day."""
    if doc.published is None or doc.published_precision not in (None, "day"):
        return None
    try:
        return dt.date.fromisoformat(doc.published)
    except ValueError:  # a month or year, or a value no published stage normalised
        return None
