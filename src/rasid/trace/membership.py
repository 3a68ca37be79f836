"""Story membership decided against the story as a whole, not by chaining pairs.

A pairwise relation says two documents share text or meaning. It does not say that a third
document related to one of them reports the same event: a digest that copies two cables, a
formula reused for another country, chain unrelated stories together one pair at a time
(issue 14: 321 SaudiNewsNet articles of three weeks in one story). So a relation only
*proposes* that two groups belong together; the groups decide:

* a **document joins a story** when it is related to at least half of the story's members
  (and to two of them), or when its event anchors agree with the story's **core**: the
  anchors at least half of the members hold (numbers other than years, dates, KB entity ids,
  weapon model codes). With no anchors on either side, its lead vector must be close to the
  story's centroid;
* **two multi-document stories merge** when their cores agree and their lead centroids are
  close, whatever the relation's kind (copies included).

Pure functions over anchor sets and counts; :mod:`rasid.trace.run` applies them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasid.trace.features import DocFeatures

#: A document joins a story when its anchors agree this much with the story's core.
JOIN_AGREEMENT = 0.4
#: Two stories merge when their cores agree this much...
MERGE_AGREEMENT = 0.4
#: ...and their lead-vector centroids are at least this close (cosine).
STORY_COHESION = 0.55
#: With no anchors to compare, a document joins when its lead vector is this close to the story's centroid.
JOIN_COHESION = 0.5
#: Kinds of event anchor, as named in evidence.
ANCHOR_KINDS = ("numbers", "dates", "kb_ids", "model_codes")

Anchor = tuple[str, str]  # (kind, value)

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def event_anchors(f: DocFeatures) -> frozenset[Anchor]:
    """What says *which* event a document reports. Years alone are left out: every report of the year has them."""
    out: set[Anchor] = {("numbers", n) for n in f.numbers if not _YEAR.match(n)}
    out |= {("dates", d) for d in f.dates}
    out |= {("kb_ids", k) for k in f.kb_ids}
    out |= {("model_codes", m) for m in f.model_codes}
    return frozenset(out)


def agreement(a: frozenset[Anchor], b: frozenset[Anchor]) -> float | None:
    """Share of the smaller set found in the other (never divided by fewer than two); ``None`` if one is empty."""
    if not a or not b:
        return None
    return round(len(a & b) / max(2, min(len(a), len(b))), 4)


def by_kind(anchors: Iterable[Anchor]) -> dict[str, list[str]]:
    """``{"numbers": [...], "dates": [...], ...}`` for evidence, kinds with no value left out."""
    out: dict[str, list[str]] = {}
    for kind, value in sorted(anchors):
        out.setdefault(kind, []).append(value)
    return out


@dataclass
class Group:
    """A story (stored or being formed): its members and how many of them hold each anchor."""

    id: str
    members: set[str]
    anchors: Counter[Anchor] = field(default_factory=Counter)
    existing: bool = False

    @classmethod
    def of(cls, group_id: str, docs: dict[str, frozenset[Anchor]], *, existing: bool = False) -> Group:
        counts: Counter[Anchor] = Counter()
        for anchors in docs.values():
            counts.update(anchors)
        return cls(group_id, set(docs), counts, existing)

    def core(self) -> frozenset[Anchor]:
        """Anchors held by at least half of the members (by both of two); a lone document's own anchors."""
        n = len(self.members)
        need = 1 if n == 1 else max(2, math.ceil(n / 2))
        return frozenset(a for a, count in self.anchors.items() if count >= need)

    def absorb(self, other: Group) -> None:
        self.members |= other.members
        self.anchors.update(other.anchors)


def judge_join(
    doc_anchors: frozenset[Anchor], story: Group, links: int, cohesion: float | None
) -> tuple[bool, dict[str, Any]]:
    """May a lone document join ``story``? ``links``: members it has a relation with; ``cohesion``: cosine of
    its lead vector with the story's centroid. Returns the decision and why."""
    core = story.core()
    agree = agreement(doc_anchors, core)
    reason: dict[str, Any] = {
        "rule": "join",
        "links": links,
        "story_size": len(story.members),
        "agreement": agree,
        "shared": by_kind(doc_anchors & core),
        "cohesion": None if cohesion is None else round(cohesion, 4),
    }
    if links >= 2 and 2 * links >= len(story.members):
        return True, reason | {"decided_by": "links"}
    if agree is not None:
        return agree >= JOIN_AGREEMENT, reason | {"decided_by": "anchors"}
    return cohesion is None or cohesion >= JOIN_COHESION, reason | {"decided_by": "cohesion"}


def judge_merge(a: Group, b: Group, cohesion: float | None) -> tuple[bool, dict[str, Any]]:
    """May two multi-document stories merge? Their cores must agree (when both have one) and their
    centroids be close (when both have vectors)."""
    core_a, core_b = a.core(), b.core()
    agree = agreement(core_a, core_b)
    reason: dict[str, Any] = {
        "rule": "merge",
        "sizes": [len(a.members), len(b.members)],
        "agreement": agree,
        "shared": by_kind(core_a & core_b),
        "cohesion": None if cohesion is None else round(cohesion, 4),
    }
    if agree is not None and agree < MERGE_AGREEMENT:
        return False, reason
    return cohesion is None or cohesion >= STORY_COHESION, reason
