"""Calendar conversions: Hijri (the tabular Islamic calendar) to Gregorian and back, and the Gregorian
value of a dates annotation."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any


# --- Hijri calendar --------------------------------------------------------------------------------
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetic, civil epoch) Islamic calendar to Gregorian.

    Umm al-Qura months start from astronomical sightings, so real dates can differ by
    a day or two; annotations mark the conversion ``approximate``.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"invalid Hijri date {year}-{month}-{day}")
    return _jdn_to_gregorian(_hijri_jdn(year, month, day))


def _hijri_jdn(year: int, month: int, day: int) -> int:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948440 - 1


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Gregorian to the tabular Islamic calendar (the inverse of :func:`hijri_to_gregorian`)."""
    jdn = date.toordinal() + 1721425
    year = (30 * (jdn - 1948440) + 10646) // 10631
    month = min(12, math.ceil((jdn - 29 - _hijri_jdn(year, 1, 1)) / 29.5) + 1)
    month = max(1, month)
    day = jdn - _hijri_jdn(year, month, 1) + 1
    return year, month, day


def gregorian_value(attrs: Mapping[str, Any]) -> str | None:
    """A date annotation's value on the Gregorian calendar: Hijri dates carry it as ``gregorian``."""
    if attrs.get("calendar") == "hijri":
        return attrs.get("gregorian")
    value = attrs.get("value")
    return str(value) if value is not None else None


def _jdn_to_gregorian(jdn: int) -> dt.date:
    # Richards' algorithm (Julian day number -> proleptic Gregorian).
    f = jdn + 1401 + (((4 * jdn + 274277) // 146097) * 3) // 4 - 38
    e = 4 * f + 3
    g = (e % 1461) // 4
    h = 5 * g + 2
    day = (h % 153) // 5 + 1
    month = (h // 153 + 2) % 12 + 1
    year = e // 1461 - 4716 + (12 + 2 - month) // 12
    return dt.date(year, month, day)
