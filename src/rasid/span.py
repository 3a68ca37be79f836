"""Half-open character ranges: the one type every layer that points into a text shares.

A leaf module (it imports nothing of Rasid but its errors), so ``rasid.text`` and ``rasid.model``
both stand on it without importing each other. ``rasid.model`` re-exports both names.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from rasid.errors import ModelError


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise ModelError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise ModelError(f"invalid span [{self.start}, {self.end}): need 0 <= start <= end")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end

    def covers(self, other: Span) -> bool:
        return other.within(self)


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` spans that overlap or touch joined into one, in text order (search windows around cues)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class SpanSet:
    """A fixed set of spans that answers "does any of them overlap ``[start, end)``?" in log time.

    Stages merging their layer with another's (KB matches over model spans) ask this once per
    candidate; comparing with every span each time was quadratic in the entities of a document.
    """

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans sorted up to here
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Same rule as :meth:`Span.overlaps`, against every span of the set."""
        before = bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start
