"""Story membership decided against the story as a whole, not by chaining pairs.

A pairwise relation says two documents share text or meaning. It does not say that a third
document related to one of them reports the same event: a digest that copies two cables, a
formula reused for another country, chain unrelated stories together one pair at a time
(issue 14: 321 SaudiNewsNet articles of three weeks in one story). So a relation only
*proposes* that two groups belong together; the groups decide:

* **days first**: a document or story dated (its publication day, a full day its text names)
  more than ``EVENT_DAYS`` days from every day of the other side reports another event, the
  same actors a week or a year later, whatever else they share;
* a **document joins a story** when it is related to at least half of the story's members
  (and to two of them), or when its event anchors agree with the story's **core** (and name the
  event together: a day, a number, or two places, not one city alone, :func:`names_one_event`): the
  anchors at least half of the members hold (linked people, organisations and places below
  the country, days, numbers other than years, weapon model codes), or when its lead vector
  is very close to the story's centroid and the anchors do not disagree;
* **two multi-document stories merge** when their cores agree and their lead centroids are
  close, or when the centroids are very close and the cores do not disagree, whatever the
  relation's kind (copies included); cores that share nothing never merge. A copy of one item
  of a longer document (a digest's item, :func:`item_copy`) lets the digest join that item's
  story, but bridges two stories only as any relation would: a digest joins at most one story
  on the strength of its copies.

Pure functions over anchor sets and counts; :mod:`rasid.trace.run` applies them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rasid.trace.features import DocFeatures, align_days, capital_ids, days_with_years, is_scene_anchor
from rasid.trace.relate import Relation, dates_conflict

#: A document joins a story when its anchors agree this much with the story's core.
JOIN_AGREEMENT = 0.4
#: Two stories merge when their cores agree this much...
MERGE_AGREEMENT = 0.4
#: ...and their lead-vector centroids are at least this close (cosine).
STORY_COHESION = 0.55
#: With no anchors to compare, a document joins when its lead vector is this close to the story's centroid.
JOIN_COHESION = 0.5
#: Days two reports of one event may be apart (the event's day, the next day's follow-ups).
EVENT_DAYS = 3
#: Lead vectors this close to the story's centroid say "the same news" on their own, unless the anchors
#: disagree (agreement below ``WEAK_AGREEMENT`` when both sides have some).
CLOSE_COHESION = 0.7
WEAK_AGREEMENT = 0.2
#: Lead vectors this close say it whatever the anchors (reports of one event that name different details).
SAME_NEWS_COHESION = 0.8
#: A copy covering less than this share of the longer document copies one of its items (:func:`item_copy`).
ITEM_COVERAGE = 0.5
#: Anchor kinds that date a document without naming its event (left out of agreement and cores).
DATING_KINDS = ("published",)
#: Across languages the lead vectors of one event's reports read only 0.6-0.75 (the encoder loses a third of the
#: closeness in translation), below ``CLOSE_COHESION``; there this many actors in common (people, organisations,
#: armed groups; not the capital), with anchors that agree and centroids at least ``ACROSS_COHESION`` close, say
#: "the same news" (on the development stories two actors in common also joined another event of the same actors).
ACROSS_ACTORS = 3
ACROSS_COHESION = 0.6
#: Kinds of event anchor, as named in evidence.
ANCHOR_KINDS = ("numbers", "dates", "kb_ids", "model_codes")

Anchor = tuple[str, str]  # (kind, value)


def event_anchors(f: DocFeatures) -> frozenset[Anchor]:
    """What says *which* event a document reports (:attr:`DocFeatures.specific_anchors`: linked people,
    organisations and places below the country, full days, numbers other than years, model codes; the
    country, the region and the outlet set the scene of many events and are left out), and its publication
    day as a ``published`` anchor, which dates it but names nothing."""
    out = set(f.specific_anchors)
    if f.doc.published and len(f.doc.published) >= 10:
        out.add(("published", f.doc.published[:10]))
    return frozenset(out)


def days_of(anchors: Iterable[Anchor]) -> frozenset[str]:
    """The full days among anchors: named in the text or of publication."""
    return frozenset(value for kind, value in anchors if kind in ("dates", *DATING_KINDS))


def published(anchors: Iterable[Anchor]) -> bool:
    """Whether the anchors date their text in a known year: a publication day, or a full day named (its own,
    :func:`rasid.trace.features.own_days`). Days named without a year in an undated text ("on March 16")
    may be its background only."""
    return any(
        kind == "published" or (kind == "dates" and not value.startswith("X")) for kind, value in anchors
    )


def naming(anchors: Iterable[Anchor]) -> frozenset[Anchor]:
    """The anchors that name the event (publication days left out)."""
    return frozenset(a for a in anchors if a[0] not in DATING_KINDS)


def aligned(anchors: frozenset[Anchor], other: Iterable[Anchor]) -> frozenset[Anchor]:
    """``anchors`` with each day named without its year (``XXXX-09-09``) given the year the ``other`` anchors
    name that day with (``2023-09-09``), as :func:`rasid.trace.relate.shared_anchors` compares two texts: one
    day, whether a report gives its year or not."""
    days = frozenset(v for k, v in anchors if k == "dates")
    if not any(v.startswith("X") for v in days):
        return anchors
    years = align_days(days, frozenset(v for k, v in other if k == "dates"))
    return frozenset(a for a in anchors if a[0] != "dates") | {("dates", v) for v in years}


def agreement(a: frozenset[Anchor], b: frozenset[Anchor]) -> float | None:
    """Share of the smaller set found in the other (never divided by fewer than two); ``None`` if one is empty."""
    a, b = naming(aligned(a, b)), naming(aligned(b, a))
    if not a or not b:
        return None
    return round(len(a & b) / max(2, min(len(a), len(b))), 4)


def event_naming(anchors: Iterable[Anchor]) -> frozenset[Anchor]:
    """The anchors that name *which* event: days, numbers, model codes, places below the country other than the
    capital; not the actors (people, organisations, armed groups) nor the capital, which act in and set the
    scene of many events (:func:`rasid.trace.features.is_scene_anchor`)."""
    return frozenset(a for a in naming(anchors) if not is_scene_anchor(a))


def names_one_event(shared: Iterable[Anchor]) -> bool:
    """Whether anchors two sides share say *which* event: a day, a number or a model code, or two places below
    the country. One place alone is where many events happen (a city's month of war news, a region's news):
    it names the event only with something else."""
    named = event_naming(shared)
    return len(named) >= 2 or any(kind != "kb_ids" for kind, _ in named)


def scene_only(relation: Relation) -> bool:
    """A same-event relation on the same actors or capital alone, the days not known on both sides: it may be
    the next week's news, so it proposes a story but does not link a document into one (it is no *link* for
    :func:`judge_join`, and two lone documents it relates form a story only if their anchors agree)."""
    found = relation.evidence.get("same_event")
    return isinstance(found, Mapping) and bool(found.get("scene_only"))


def item_copy(relation: Relation) -> bool:
    """A copy of one part of the longer document, not of the whole: a partial copy (a passage of each), or a
    short text found whole in one that is at least twice as long (a digest's item copied on its own, one
    decision of a cabinet statement). It shows that the copy reports *that item*, not that the longer
    document's other items belong to its story."""
    if relation.kind != "copy" or relation.evidence.get("reworded"):
        return False  # a reworded copy is the whole text in other words (its containment says nothing)
    if relation.evidence.get("partial"):
        return True
    metrics = relation.evidence.get("metrics")
    if not isinstance(metrics, Mapping):
        return False
    containment, jaccard = metrics.get("containment"), metrics.get("jaccard")
    if not containment or not jaccard:
        return False
    # shared = c * small and jaccard = shared / (small + large - shared) give large / small
    longer_over_shorter = containment / jaccard - 1 + containment
    return containment / longer_over_shorter < ITEM_COVERAGE


def by_kind(anchors: Iterable[Anchor]) -> dict[str, list[str]]:
    """``{"numbers": [...], "dates": [...], ...}`` for evidence, kinds with no value left out."""
    out: dict[str, list[str]] = {}
    for kind, value in sorted(anchors):
        out.setdefault(kind, []).append(value)
    return out


@dataclass
class Group:
    """A story (stored or being formed): its members, how many of them hold each anchor, and their languages."""

    id: str
    members: set[str]
    anchors: Counter[Anchor] = field(default_factory=Counter)
    existing: bool = False
    languages: set[str | None] = field(default_factory=set)

    @classmethod
    def of(
        cls,
        group_id: str,
        docs: dict[str, frozenset[Anchor]],
        *,
        existing: bool = False,
        languages: Iterable[str | None] = (),
    ) -> Group:
        counts: Counter[Anchor] = Counter()
        for anchors in docs.values():
            counts.update(anchors)
        return cls(group_id, set(docs), counts, existing, set(languages))

    def core(self) -> frozenset[Anchor]:
        """Anchors held by at least half of the members (by both of two); a lone document's own anchors."""
        n = len(self.members)
        need = 1 if n == 1 else max(2, math.ceil(n / 2))
        counts = self.anchors
        yearless = [a for a in counts if a[0] == "dates" and a[1].startswith("X")]
        if yearless:
            # members naming a day without its year hold the day others name with it (one day, two spellings)
            full = days_with_years((v for _, v in yearless), (v for k, v in counts if k == "dates"))
            counts = Counter(counts)
            for anchor in yearless:
                day = ("dates", full[anchor[1]])
                if day != anchor:
                    counts[day] += counts.pop(anchor)
        return frozenset(a for a, count in counts.items() if count >= need)

    def days(self, core: frozenset[Anchor] | None = None) -> frozenset[str]:
        """The story's own days: those most of its members hold (its core), else the days held by the most
        members. Measured from there, a story cannot creep a few days at a time, each member near the last
        one's day (a week of one ministry's news), away from the event it reports. ``core``: the story's
        :meth:`core` when the caller has it already."""
        core_days = days_of(self.core() if core is None else core)
        if core_days:
            return core_days
        counts = {a: n for a, n in self.anchors.items() if a[0] in ("dates", *DATING_KINDS)}
        if not counts:
            return frozenset()
        most = max(counts.values())
        if most == 1 and 2 * len(counts) < len(self.members):
            # no day two members share, and most members name none: the one or two days named (often the
            # background a member recalls: "the war that began on 7 October") are not the story's days
            return frozenset()
        return frozenset(value for (_, value), n in counts.items() if n == most)

    def absorb(self, other: Group) -> None:
        self.members |= other.members
        self.anchors.update(other.anchors)
        self.languages |= other.languages


def across_languages(a: Group, b: Group) -> bool:
    """Whether two groups together hold reports in more than one language (a one-language corpus never does)."""
    return len(a.languages | b.languages) > 1


def judge_join(
    doc_anchors: frozenset[Anchor],
    story: Group,
    links: int,
    cohesion: float | None,
    *,
    across: bool = False,
) -> tuple[bool, dict[str, Any]]:
    """May a lone document join ``story``? ``links``: members it has a relation with; ``cohesion``: cosine of
    its lead vector with the story's centroid; ``across``: the document and the story together are in more than
    one language (:func:`across_languages`). Returns the decision and why.

    A document dated (its publication day or a full day it names) more than ``EVENT_DAYS`` days from every
    day of the story's members reports another event, the same actors a week or a year later, unless it is
    related to half the story's members (at least two)."""
    core = story.core()
    strongly_linked = links >= 2 and 2 * links >= len(story.members)
    if not strongly_linked and dates_conflict(days_of(doc_anchors), story.days(core), EVENT_DAYS):
        return False, {"rule": "join", "links": links, "story_size": len(story.members),
                       "decided_by": "days", "days": sorted(days_of(doc_anchors))}  # fmt: skip
    agree = agreement(doc_anchors, core)
    reason: dict[str, Any] = {
        "rule": "join",
        "links": links,
        "story_size": len(story.members),
        "agreement": agree,
        "shared": by_kind(doc_anchors & core),
        "cohesion": None if cohesion is None else round(cohesion, 4),
    }
    if strongly_linked:  # related to half the story, each relation checked on its own: a day named in a
        return True, reason | {"decided_by": "links"}  # caption does not outweigh that
    # the anchors decide when they agree on what names the event, not only on its actors or capital
    naming_shared = event_naming(doc_anchors & core)
    reason["event_anchors"] = by_kind(naming_shared)
    if agree is not None and agree >= JOIN_AGREEMENT and names_one_event(naming_shared):
        return True, reason | {"decided_by": "anchors"}
    dated = published(doc_anchors) and published(story.anchors)  # and near: checked above
    if _close(cohesion, agree, doc_anchors, core, dated=dated):
        return True, reason | {"decided_by": "cohesion"}
    if across and _actors_across(cohesion, agree, doc_anchors & core):
        return True, reason | {"decided_by": "actors_across"}
    if agree is not None:
        return False, reason | {"decided_by": "anchors"}
    return cohesion is None or cohesion >= JOIN_COHESION, reason | {"decided_by": "cohesion"}


def judge_merge(
    a: Group, b: Group, cohesion: float | None, *, by_copy: bool = False, across: bool = False
) -> tuple[bool, dict[str, Any]]:
    """May two multi-document stories merge? Their cores must agree (when both have one) and their
    centroids be close (when both have vectors); ``by_copy``: the relation proposing it is a copy; ``across``: the
    two are in more than one language together (:func:`across_languages`)."""
    # one day in both cores, whether most members of one give its year or not (a lone document's own days are
    # compared through agreement() only: aligned for naming too, they let a later report in by closeness alone)
    core_a, core_b = a.core(), b.core()
    core_a, core_b = aligned(core_a, core_b), aligned(core_b, core_a)
    if dates_conflict(a.days(core_a), b.days(core_b), EVENT_DAYS):
        return False, {"rule": "merge", "sizes": [len(a.members), len(b.members)], "decided_by": "days"}
    agree = agreement(core_a, core_b)
    if agree == 0:
        # what most members of each name, none of the other's: two events, however alike their leads read
        # (the centroid of a large story is its subject's, close to the same actors' other news)
        return False, {"rule": "merge", "sizes": [len(a.members), len(b.members)], "decided_by": "cores",
                       "agreement": agree}  # fmt: skip
    reason: dict[str, Any] = {
        "rule": "merge",
        "sizes": [len(a.members), len(b.members)],
        "agreement": agree,
        "shared": by_kind(core_a & core_b),
        "cohesion": None if cohesion is None else round(cohesion, 4),
    }
    dated = published(a.anchors) and published(b.anchors)  # and near: checked above
    if _close(cohesion, agree, core_a, core_b, dated=dated):
        return True, reason
    if across and _actors_across(cohesion, agree, core_a & core_b):
        return True, reason | {"decided_by": "actors_across"}
    if agree is not None and (agree < MERGE_AGREEMENT or not names_one_event(core_a & core_b)):
        # agreeing on actors, the capital or one place only: the same actors' or the same city's other news
        return False, reason
    if agree is None and not by_copy:
        # no anchors to compare: closeness short of "the same news" (checked above) is "the same subject",
        # which the same actors' news of another week, or an agency's other cables of the day, is too; a
        # shared text (a document holding passages of both) still lets close centroids decide
        return False, reason
    return cohesion is None or cohesion >= STORY_COHESION, reason


def _close(
    cohesion: float | None,
    agree: float | None,
    mine: frozenset[Anchor],
    theirs: frozenset[Anchor],
    *,
    dated: bool = False,
) -> bool:
    """Centroids close enough to say "the same news" with anchors that do not disagree, or very close with
    figures that do not contradict each other (two reports of one event may name different people and
    places, not different tolls). Mere closeness says "the same actors, the same subject", which the next
    week's news also is: below ``SAME_NEWS_COHESION`` it decides only with an anchor naming the event in
    common, or with both sides published on known days (``dated``: the document and a member of the story, or
    members of both stories; their days were checked before: near), not on shared actors or capital alone."""
    if cohesion is None:
        return False
    if cohesion >= SAME_NEWS_COHESION:
        numbers_a = {v for k, v in mine if k == "numbers"}
        numbers_b = {v for k, v in theirs if k == "numbers"}
        return len(numbers_a) < 2 or len(numbers_b) < 2 or bool(numbers_a & numbers_b)
    named_together = bool(event_naming(mine & theirs))
    if named_together:
        return cohesion >= CLOSE_COHESION and (agree is None or agree >= WEAK_AGREEMENT)
    # dated on near days but naming nothing in common: the same day's other news reads alike too (a court's
    # cables, a ministry's bulletins), so the anchors must be there to compare and agree a little
    return dated and cohesion >= CLOSE_COHESION and agree is not None and agree >= WEAK_AGREEMENT


def _actors_across(cohesion: float | None, agree: float | None, shared: frozenset[Anchor]) -> bool:
    """Sides in different languages sharing :data:`ACROSS_ACTORS` actors or more (the capital left out: it is
    where every national statement comes from), with anchors that agree and centroids as close as reports of one
    event read across languages. Only actors: two sides that also share a day, a figure or a place were judged
    by :func:`_close` and the anchors already."""
    actors = [a for a in naming(shared) if is_scene_anchor(a) and a[1] not in capital_ids()]
    return (
        cohesion is not None
        and cohesion >= ACROSS_COHESION
        and agree is not None
        and agree >= JOIN_AGREEMENT
        and len(actors) >= ACROSS_ACTORS
    )
