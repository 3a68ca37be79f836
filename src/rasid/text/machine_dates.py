"""Machine-written dates (metadata, not article text) to an ISO value and its precision.

A leaf module: the readers parse a publication date from feed, HTML and JSON metadata with it, and the
``rasid.published.v1`` stage normalises ``Document.published`` with the same rules, so a date means the same
whether it came through a reader or was set by hand. Dates written in the article's words are the dates
stage's business (``rasid.extract.dates``), never this module's.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

#: How many characters of an ISO value each precision keeps (``2024-08-21``, ``2024-08``, ``2024``).
PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}
#: Precisions from the finest to the coarsest.
PRECISION_ORDER = ("day", "month", "year")

_ISO_DATE = re.compile(
    r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$",
    re.IGNORECASE,
)
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?\s*$")
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_published(value: Any) -> tuple[str, str] | None:
    """``(iso, precision)`` for a machine-written date (ISO 8601, RFC 2822, ``YYYYMMDD``), else ``None``.

    The date is kept as the publisher wrote it (no conversion to UTC, which could move it a day).
    Free-text dates in any language are *not* parsed here: guessing is how wrong dates get stored.
    """
    if isinstance(value, datetime | date):
        value = value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DATE.match(value)
    if match:
        y, m, d = match.group("y"), match.group("m"), match.group("d")
        return _checked(int(y), int(m) if m else None, int(d) if d else None)
    match = _COMPACT_DATE.match(value)
    if match:
        return _checked(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(parsed.year, parsed.month, parsed.day)


def _checked(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else None
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def coarsest(first: str, second: str | None) -> str:
    """The coarser of two precisions (``second`` may be unknown): a value never claims more than was given."""
    if second is None or second not in PRECISION_ORDER:
        return first
    return max(first, second, key=PRECISION_ORDER.index)
