"""Pairwise relations between two documents: ``copy``, ``translation`` or ``rewrite``, with evidence.

* **copy** — same language, near-verbatim (light edits, reordered clauses, removed credit
  lines, an added intro), or **partial**: one holds a contiguous part of the other (two
  excerpts of one page covering overlapping windows, a truncated text inside a longer one).
  Found on normalised word shingles, by containment over the whole shorter text or over a
  window of it; the evidence is the shared passages and the shared window, aligned in both
  documents and mapped back to original offsets.
* **translation** — different languages, same text: most sentences of each side have a
  counterpart on the other side (mutual best match by multilingual sentence embeddings)
  and the anchors that survive translation (numbers, model codes, dates) agree.
* **rewrite** — same event and facts, different wording: the sentences are close in
  meaning but fewer align, and the anchors agree. Same-topic reports of *different*
  events (another delivery, another attack) share actors and places but not their
  numbers and dates; the anchor check is what keeps them out. A rewrite whose evidence
  holds ``same_event`` is looser: two reports of one event written independently (or a
  partial translation), close in meaning and sharing the event's own anchors (a linked
  name below the country, a day, a matched quote), and not dated days apart. It links
  documents for stories, which are events (:mod:`rasid.trace.membership` decides).

:func:`relate` is pure: it reads two documents and returns a :class:`Relation` or ``None``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

import numpy as np

from rasid.model import Document
from rasid.text.normalize import normalize_for_search
from rasid.trace.encoder import embed_sentences
from rasid.trace.features import (
    DISTINCTIVE_NUMBER,
    SHINGLE_SIZE,
    YEAR,
    DocFeatures,
    align_days,
    days_apart,
    is_scene_anchor,
    same_day,
)

KINDS = ("copy", "translation", "rewrite")
#: Words per window when containment is measured on a part of a text (partial copies).
WINDOW_WORDS = 60
#: Shingles two passages may skip between them and still be one shared window (an edited word breaks 3).
WINDOW_GAP = 8
#: Share of the shorter text's figures a translation gives in the same order (:func:`figures_in_order`).
FIGURES_CARRIED = 0.8


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, calibrated on ``tests/trace/pairs`` (see docs/tracing.md)."""

    copy_containment: float = 0.5  # share of the shorter side's shingles found in the other
    copy_min_shared: int = 4  # shingles in common, so two one-liners do not make a copy
    partial_min_words: int = 40  # one shared passage this long makes a (partial) copy whatever the rest
    window_containment: float = 0.65  # or this share of a WINDOW_WORDS window found in the other text
    excerpt_min_words: int = 20  # or a shared window this long that ends one text and begins the other
    align_min: float = 0.55  # cosine for a sentence pair to count as aligned
    translation_coverage: float = 0.6  # aligned sentences / sentences, on the shorter side
    translation_similarity: float = 0.6  # mean cosine of the aligned pairs
    translation_anchor: float = 0.5  # anchor agreement a translation needs when both sides have anchors
    translation_figures: int = 4  # figures carried in their order that make a translation (figures_in_order)
    rewrite_score: float = 0.68  # mean of meaning closeness and anchor agreement
    rewrite_min_similarity: float = 0.4  # below this the texts are about something else
    rewrite_no_anchor_similarity: float = 0.75  # closeness needed when neither side has anchors
    anchor_conflict: float = 0.2  # number agreement below this (with enough numbers) vetoes
    event_score: float = 0.4  # same event, own words: 0.7 x meaning closeness + 0.3 x event-anchor agreement
    event_score_languages: float = 0.35  # the same across languages (the encoder rates translations 0.3-0.5)
    event_min_similarity: float = 0.3  # below this the texts are about something else
    partial_translation_coverage: float = 0.4  # a same-event pair in two languages is a (partial) translation
    partial_translation_similarity: float = 0.7  # ...when this share of its sentences align this closely
    event_alone_similarity: float = 0.55  # closeness needed when one side names nothing below its country
    quote_similarity: float = 0.7  # two quotes this close (multilingual vectors) report one statement
    event_days: int = 3  # two texts whose dated days are all further apart than this report other events
    max_passages: int = 20  # passages kept as evidence per pair
    reworded_similarity: float = 0.75  # an aligned same-language sentence pair this close says one sentence
    reworded_coverage: float = 0.75  # ...in this share of the shorter side, in order: a reworded copy
    reworded_min_sentences: int = 3  # sentences the shorter side needs for that (two may agree by chance)


DEFAULT = Thresholds()


@dataclass(frozen=True)
class Relation:
    """A relation between documents ``a`` and ``b`` (undirected; direction is decided per story)."""

    a: str
    b: str
    kind: str
    score: float
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "score": round(self.score, 4),
            "evidence": dict(self.evidence),
        }


class Features(DocFeatures):
    """Document features plus the sentence vectors used for alignment (computed on demand)."""

    @cached_property
    def sentence_vectors(self) -> np.ndarray:
        return embed_sentences([self.doc.text[s.start : s.end] for s in self.sentence_spans])

    @cached_property
    def quote_vectors(self) -> np.ndarray:
        return embed_sentences(self.quote_texts)

    def forget_vectors(self) -> None:
        """Drop the sentence and quote vectors (computed again if asked for): what a cached document holds
        longest once relations are found."""
        self.__dict__.pop("sentence_vectors", None)
        self.__dict__.pop("quote_vectors", None)


def features(doc: Document) -> Features:
    return Features(doc)


def relate(doc_a: Document, doc_b: Document, thresholds: Thresholds = DEFAULT) -> Relation | None:
    """The relation between two documents, or ``None`` when they are not copies, translations or rewrites."""
    return relate_features(features(doc_a), features(doc_b), thresholds)


def relate_features(fa: Features, fb: Features, t: Thresholds = DEFAULT) -> Relation | None:
    if fa.doc.id == fb.doc.id:
        return None
    same_language = fa.language is not None and fa.language == fb.language
    anchors = shared_anchors(fa, fb)
    metrics: dict[str, float] = {}

    sa, sb = fa.shingle_set, fb.shingle_set
    shared = len(sa & sb)
    smaller = max(1, min(len(sa), len(sb)))
    containment = shared / smaller
    metrics["containment"] = round(containment, 4)
    metrics["jaccard"] = round(shared / max(1, len(sa | sb)), 4)
    if same_language:
        copy = copy_relation(fa, fb, t, anchors=anchors, metrics=metrics, shingle_sets=(sa, sb))
        if copy is not None:
            return copy or None  # False: one formula filled with other parties or another date

    alignment = align_sentences(fa, fb, t.align_min)
    metrics.update(alignment["metrics"])
    metrics["anchor_agreement"] = anchors["agreement"]
    metrics["number_agreement"] = anchors["number_agreement"]
    conflict = anchors["number_agreement"] is not None and anchors["number_agreement"] < t.anchor_conflict
    metrics_clean = {k: v for k, v in metrics.items() if v is not None}
    base = {"sentence_pairs": alignment["pairs"], "shared": anchors["shared"], "metrics": metrics_clean}

    coverage = alignment["metrics"]["coverage"]
    aligned_sim = alignment["metrics"]["aligned_similarity"]
    if same_language and not conflict and numbers_carried(fa, fb):
        reworded = reworded_sentences(
            alignment["pairs"], min(len(fa.sentence_vectors), len(fb.sentence_vectors)), t
        )
        if reworded is not None:
            # the text sentence by sentence in other words (synonyms swapped, a machine round trip): a copy,
            # though it shares few word sequences; scored like a translation, by how much aligns and how closely
            metrics_clean["reworded_coverage"], metrics_clean["reworded_similarity"] = reworded
            score = round(0.5 * reworded[0] + 0.5 * reworded[1], 4)
            if containment > 0.1:
                base["passages"] = aligned_passages(fa, fb, t.max_passages)
            return Relation(fa.doc.id, fb.doc.id, "copy", score, base | {"reworded": True})
    if (
        not same_language
        and fa.language is not None
        and fb.language is not None
        and coverage >= t.translation_coverage
        and aligned_sim >= t.translation_similarity
        and not conflict
        and (anchors["agreement"] is None or anchors["agreement"] >= t.translation_anchor)
        and numbers_carried(fa, fb)
    ):
        score = round(0.5 * coverage + 0.5 * aligned_sim, 4)
        return Relation(fa.doc.id, fb.doc.id, "translation", score, base)

    best_sim = alignment["metrics"]["best_similarity"]
    if (
        not same_language
        and fa.language is not None
        and fb.language is not None
        and not conflict
        and best_sim >= t.event_min_similarity
        and (carried := figures_in_order(fa, fb)) >= t.translation_figures
    ):
        # the encoder reads real translations at 0.3-0.5 a sentence; a run of figures carried in their order
        # (a toll, then each province's) is the text itself rendered, whatever the sentences' cosines say
        metrics_clean["figures_in_order"] = carried
        score = round(0.5 * coverage + 0.5 * max(aligned_sim, best_sim), 4)
        return Relation(fa.doc.id, fb.doc.id, "translation", score, base)
    agreement = anchors["agreement"]
    if not conflict and best_sim >= t.rewrite_min_similarity:
        if agreement is None:
            score = best_sim if best_sim >= t.rewrite_no_anchor_similarity else 0.0
        else:
            score = 0.5 * best_sim + 0.5 * agreement
        if score >= t.rewrite_score or (agreement is None and score > 0):
            if same_language and containment > 0.1:
                base["passages"] = aligned_passages(fa, fb, t.max_passages)
            return Relation(fa.doc.id, fb.doc.id, "rewrite", round(score, 4), base)
    # not the same text in other words; perhaps the same event in other words (the numbers a report gives
    # vary with its hour and source, so they veto a rewrite but not this)
    return same_event(fa, fb, best_sim, base, t)


def reworded_sentences(
    pairs: list[dict[str, Any]], sentences: int, t: Thresholds = DEFAULT
) -> tuple[float, float] | None:
    """(coverage, mean cosine) of the aligned sentence pairs of two same-language texts that say the same
    sentence in other words, when they cover ``reworded_coverage`` of the shorter side's ``sentences`` in both
    texts' order; ``None`` otherwise. Two reports of one event in their own words share a sentence or two (a
    statement, the toll), not most of them in order: on the development sets no such pair reached 0.75, while
    synonym-spun copies did (0.8-0.9). ``pairs``: :func:`align_sentences`' evidence, in the first text's order."""
    if sentences < t.reworded_min_sentences:
        return None
    close = [p for p in pairs if p["similarity"] >= t.reworded_similarity]
    if len(close) < t.reworded_coverage * sentences:
        return None
    starts = [p["b"][0] for p in close]
    if any(later <= earlier for earlier, later in itertools.pairwise(starts)):
        return None  # sentences in another order: another text that reuses some of this one's
    return round(len(close) / sentences, 4), round(sum(p["similarity"] for p in close) / len(close), 4)


def figures_in_order(fa: DocFeatures, fb: DocFeatures) -> int:
    """How many figures of the text with fewer (numbers other than years, each counted once, in the order the
    text first gives them) the other gives in the same order (the longest common subsequence), when that is at
    least :data:`FIGURES_CARRIED` of them; else 0. A translation carries a text's figures in their order; two
    reports of one event pick their own figures and order, and rarely share four or more in sequence."""
    a, b = fa.figure_sequence, fb.figure_sequence
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return 0
    previous = [0] * (len(other) + 1)
    for x in short:
        current = [0]
        for j, y in enumerate(other):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    common = previous[-1]
    return common if common >= FIGURES_CARRIED * len(short) else 0


def numbers_carried(fa: DocFeatures, fb: DocFeatures) -> bool:
    """Whether the figures of the shorter text (numbers other than years) are found in the other, as a
    translation carries them: at least half of them. A short text whose figures the other never gives (a recap
    dated "31 July" beside the report of that day) renders something else, however close its lines read."""
    short, other = (fa, fb) if len(fa.sentence_spans) <= len(fb.sentence_spans) else (fb, fa)
    figures = {n for n in short.numbers if not YEAR.match(n)}
    return not figures or 2 * len(figures & other.numbers) >= len(figures)


def same_event(
    fa: Features, fb: Features, best_sim: float, base: dict[str, Any], t: Thresholds = DEFAULT
) -> Relation | None:
    """Two reports of one event in their own words (independent write-ups, a partial translation): a
    ``rewrite`` whose evidence says ``same_event``, scored below the reuse relations so that stories form
    around those first. Needs the event's own anchors (linked people, organisations and places below the
    country, days of its own, numbers that are not years) on both sides: two texts without annotations, or
    that share only countries, are not judged here. Two texts whose own days (publication, and the days named
    around it: :func:`rasid.trace.features.own_days`) are all more than ``event_days`` apart report other
    events, whatever else they share. The evidence splits the shared anchors into those naming the event and
    those setting its scene (actors, the capital); a relation on scene anchors alone between texts not both
    dated is ``scene_only``: it proposes a story, :mod:`rasid.trace.membership` decides."""
    if best_sim < t.event_min_similarity or dates_conflict(fa.event_days, fb.event_days, t.event_days):
        return None
    specific_a, specific_b = fa.specific_anchors, fb.specific_anchors
    if not specific_a or not specific_b:
        # a short text may name no more than its country: then its sentences must be very close to the
        # other's, in the same setting, on the same days (closeness alone is the same actors' next news too)
        countries = sorted(fa.kb_ids & fb.kb_ids)
        if not countries or best_sim < t.event_alone_similarity or not fa.event_days or not fb.event_days:
            return None
        alone = {"agreement": None, "anchors": [["kb_ids", k] for k in countries], "alone": True}
        return _event_relation(fa, fb, 0.5 * best_sim, base | {"same_event": alone}, t)
    shared = set(specific_a & specific_b)
    quote = matched_quote(fa, fb, t.quote_similarity)
    if quote is not None:
        shared.add(("quotes", quote["a"]))
    agreement = len(shared) / max(2, min(len(specific_a), len(specific_b)))
    score = 0.7 * best_sim + 0.3 * min(1.0, agreement)
    event, scene = event_specific(shared)
    # a number alone ("24", "200") is no event: a name, a day, a quote, a decimal (64.27) or two numbers of
    # three digits or more (946, 1100) must be shared
    numbers = [value for kind, value in shared if kind == "numbers" and DISTINCTIVE_NUMBER.match(value)]
    telling = any(kind not in ("numbers", "model_codes") for kind, _ in shared) or (
        len(numbers) >= 2 or any("." in n for n in numbers)
    )
    minimum = t.event_score if fa.language == fb.language else t.event_score_languages
    if not telling or score < minimum:
        return None
    found: dict[str, Any] = {
        "agreement": round(agreement, 4),
        "anchors": sorted(shared),
        "event_anchors": sorted(event),
        "scene_anchors": sorted(scene),
        "days": [sorted(fa.event_days), sorted(fb.event_days)],
    }
    if not names_one_event(event) and not (fa.event_days and fb.event_days):
        # only the same actors, the capital or one place, on days not known on both sides: the next week's news
        # too (a city's month of news). The relation proposes; it does not link documents into a story by
        # itself (rasid.trace.membership)
        found["scene_only"] = True
    if quote is not None:
        found["quote"] = quote
    return _event_relation(fa, fb, 0.5 * score, base | {"same_event": found}, t)


def names_one_event(event: list[tuple[str, str]]) -> bool:
    """Whether shared event anchors (:func:`event_specific`) say which event: a day, a quote, a number or a model
    code, or two places. One place below the country alone is where many events happen."""
    return len(event) >= 2 or any(kind not in ("kb_ids", "place_name") for kind, _ in event)


def event_specific(shared: set[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Shared anchors split into those that name an event (a day, a quote, a model code, a distinctive number:
    a decimal or three digits and more, a place below the country other than its capital) and those that set
    its scene (actors, the capital, small numbers). A small number that is the day of a shared date is that
    date again, not a second anchor."""
    days = {str(int(value[8:10])) for kind, value in shared if kind == "dates" and len(value) == 10}
    event: list[tuple[str, str]] = []
    scene: list[tuple[str, str]] = []
    for anchor in sorted(shared):
        kind, value = anchor
        if kind == "numbers" and not DISTINCTIVE_NUMBER.match(value):
            if value not in days:
                scene.append(anchor)
        elif is_scene_anchor(anchor):
            scene.append(anchor)
        else:
            event.append(anchor)
    return event, scene


def _event_relation(
    fa: DocFeatures, fb: DocFeatures, score: float, evidence: dict[str, Any], t: Thresholds
) -> Relation:
    """A same-event relation: a ``translation`` when it is one of a part (two languages, a good share of the
    shorter text's sentences matched one to one, closely), else a ``rewrite``."""
    metrics = evidence.get("metrics", {})
    coverage, aligned = metrics.get("coverage", 0.0), metrics.get("aligned_similarity", 0.0)
    if (
        fa.language != fb.language
        and coverage >= t.partial_translation_coverage
        and aligned >= t.partial_translation_similarity
    ):
        return Relation(
            fa.doc.id, fb.doc.id, "translation", round(0.5 * coverage + 0.5 * aligned, 4), evidence
        )
    return Relation(fa.doc.id, fb.doc.id, "rewrite", round(score, 4), evidence)


def matched_quote(fa: Features, fb: Features, minimum: float) -> dict[str, Any] | None:
    """The closest pair of direct quotes of the two texts, in any languages, when their multilingual vectors
    are at least ``minimum`` close: one statement reported by both."""
    if not fa.quote_texts or not fb.quote_texts:
        return None
    sims = fa.quote_vectors @ fb.quote_vectors.T
    i, j = np.unravel_index(int(sims.argmax()), sims.shape)
    if float(sims[i, j]) < minimum:
        return None
    return {"a": fa.quote_texts[i], "b": fb.quote_texts[j], "similarity": round(float(sims[i, j]), 4)}


def dates_conflict(days_a: frozenset[str], days_b: frozenset[str], within: int) -> bool:
    """True when both texts date themselves (``YYYY-MM-DD``, or ``XXXX-MM-DD`` compared by month and day) and
    no day of one is within ``within`` days of a day of the other."""
    apart = [n for a in days_a for b in days_b if (n := days_apart(a, b)) is not None]
    return bool(apart) and min(apart) > within


def copy_relation(
    fa: DocFeatures,
    fb: DocFeatures,
    t: Thresholds = DEFAULT,
    *,
    anchors: dict[str, Any] | None = None,
    metrics: dict[str, Any] | None = None,
    shingle_sets: tuple[frozenset[int], frozenset[int]] | None = None,
) -> Relation | Literal[False] | None:
    """The copy relation of two same-language texts: a :class:`Relation`, ``False`` when they share the
    text of a formula filled differently (not a copy, and no other relation either), ``None`` otherwise.

    A copy is either *whole* (containment over the shorter text >= ``copy_containment``) or *partial*:
    containment measured on windows, not whole documents: one shared passage of ``partial_min_words``
    or more, or a ``WINDOW_WORDS`` window of either text of which ``window_containment`` is found in the
    other (edits inside the window allowed), or a shared window of ``excerpt_min_words`` or more that ends one
    text and begins the other (:func:`overlapping_excerpts`: two excerpts of one page cut at other places). Partial copies are scored by their whole-text containment,
    so they rank below whole copies. Two texts that share mostly the words of a statement both quote are not
    partial copies (the statement's author wrote them, not one of the two writers). ``shingle_sets``: both
    texts' shingle sets, when the caller has built them already.
    """
    metrics = {} if metrics is None else metrics
    sa, sb = shingle_sets or (fa.shingle_set, fb.shingle_set)
    shared = len(sa & sb)
    smaller = max(1, min(len(sa), len(sb)))
    containment = shared / smaller
    metrics.setdefault("containment", round(containment, 4))
    metrics.setdefault("jaccard", round(shared / max(1, len(sa | sb)), 4))
    whole = containment >= t.copy_containment and shared >= min(t.copy_min_shared, smaller)
    # shingles shared (distinct) that a 40-word passage or a window's share needs, and that overlapping excerpts need
    window_rules = shared >= min(t.partial_min_words - SHINGLE_SIZE + 1, WINDOW_WORDS - SHINGLE_SIZE + 1)
    if not whole and shared < t.excerpt_min_words - SHINGLE_SIZE + 1:
        return None
    runs = _shared_runs(fa, fb)
    window = shared_window(runs)
    window_passage = _passage(fa, fb, *window) if window else None
    longest = max((ei - si + SHINGLE_SIZE for si, ei, _, _ in runs), default=0)
    best_window = max(window_containment(fa, sb), window_containment(fb, sa))
    # read only for a pair that is no whole copy: the evidence names it for partial copies alone
    excerpts = (
        not whole
        and window_passage is not None
        and window_passage["words"] >= t.excerpt_min_words
        and overlapping_excerpts(fa, fb, window_passage)
    )
    if not whole:
        long_enough = window_rules and (longest >= t.partial_min_words or best_window >= t.window_containment)
        if not (long_enough or excerpts):
            return None
        # two reports quoting one statement (a ministry's, an agency's words) share those words, not a text:
        # a partial copy whose shared shingles are mostly inside either side's quotes is no copy
        if 2 * len(sa & sb & (fa.quote_shingles | fb.quote_shingles)) >= shared:
            return None
        metrics["window_containment"] = round(best_window, 4)
        metrics["longest_passage_words"] = longest
    passages = [_passage(fa, fb, *r) for r in _choose_runs(runs, t.max_passages)]
    # a partial copy is judged on the window it shares: names elsewhere in either text are its own news
    slots_in = passages if whole or window_passage is None else [window_passage]
    if template_slots(fa, fb, slots_in):
        return False
    evidence: dict[str, Any] = {"passages": passages, "shared": (anchors or shared_anchors(fa, fb))["shared"]}
    if window_passage is not None:
        evidence["window"] = window_passage
    evidence["metrics"] = metrics
    if not whole:
        evidence["partial"] = True
        if excerpts:
            evidence["excerpts"] = True
    return Relation(fa.doc.id, fb.doc.id, "copy", round(containment, 4), evidence)


#: Words a line beside a shared window may hold and still be page furniture (a menu, a caption, a "read also"
#: line, a copyright line) rather than a paragraph of the text's own.
FURNITURE_LINE_WORDS = 25
#: A line ending a sentence is the text's own, not furniture, unless it is shorter than this (a cookie notice).
FURNITURE_SENTENCE_WORDS = 10
#: Lines of furniture a text may hold beside the shared window.
FURNITURE_LINES = 6
#: Lines a window of short lines only must run over to be text, not a block of furniture (a copyright line and a
#: "read also" line two pages of one outlet both show).
BODY_LINES = 3
_SENTENCE_END = re.compile(r"[.!?\u061f\u2026][\"'\u00bb\u201d\u2019)\]]*\s*$")


def _furniture(line: str) -> bool:
    words = len(_GAP_WORD.findall(line))
    if _SENTENCE_END.search(line):
        return words < FURNITURE_SENTENCE_WORDS
    return words < FURNITURE_LINE_WORDS


def _furniture_only(text: str, window_side: int) -> bool:
    """Whether ``text`` (what a text holds beyond a shared window; its line ``window_side``, 0 after the window or
    -1 before it, is the rest of the window's own line) is only page furniture: lines that are not sentences of
    the text's own, and nothing of the window's own line, but for one word cut in two at the text's very end
    (an excerpt cut mid-word). On SaudiNewsNet a verb before the shared words ("he said", "arrived") and a
    sentence line after them were the text's own: other reports sharing a statement or a formula."""
    lines = text.split("\n")
    own_line = len(_GAP_WORD.findall(lines.pop(window_side)))
    furniture = [line for line in lines if _GAP_WORD.search(line)]
    if own_line and not (window_side == 0 and own_line == 1 and not furniture):
        return False
    return len(furniture) <= FURNITURE_LINES and all(_furniture(line) for line in furniture)


def _body_text(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is more than furniture: it touches a line long enough to be the text's own,
    or runs over ``BODY_LINES`` lines (texts written one short sentence a line)."""
    if sum(1 for line in text[start:end].split("\n") if _GAP_WORD.search(line)) >= BODY_LINES:
        return True
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    lines = text[first : len(text) if last < 0 else last].split("\n")
    return any(len(_GAP_WORD.findall(line)) >= FURNITURE_LINE_WORDS for line in lines)


def overlapping_excerpts(fa: DocFeatures, fb: DocFeatures, window: dict[str, Any]) -> bool:
    """Whether the shared ``window`` (:func:`_passage` spans) ends one text and begins the other, page furniture
    aside: two excerpts of one page cut at different places overlap so. Two texts that share a passage of their
    own (a quoted statement, an agency's paragraph) hold it between lines of their own, and two texts of one
    formula share their openings or their endings, not the one's ending and the other's opening."""
    (a0, a1), (b0, b1) = window["a"], window["b"]
    text_a, text_b = fa.doc.text, fb.doc.text
    if not (_body_text(text_a, a0, a1) and _body_text(text_b, b0, b1)):
        return False  # a "read also" line holding the other's title, a menu both pages show
    a_ends, b_begins = _furniture_only(text_a[a1:], 0), _furniture_only(text_b[:b0], -1)
    b_ends, a_begins = _furniture_only(text_b[b1:], 0), _furniture_only(text_a[:a0], -1)
    return (a_ends and b_begins) or (b_ends and a_begins)


# --- anchors -----------------------------------------------------------------------------------


def shared_anchors(fa: DocFeatures, fb: DocFeatures) -> dict[str, Any]:
    """Anchors both documents carry, and how well they agree (Jaccard over typed anchors)."""
    # a day one text names without its year is the day the other names with it ("October 7" / "7 October 2023")
    dates_a, dates_b = align_days(fa.dates, fb.dates), align_days(fb.dates, fa.dates)
    kinds = {
        "numbers": (fa.numbers, fb.numbers),
        "model_codes": (fa.model_codes, fb.model_codes),
        "dates": (dates_a, dates_b),
        "kb_ids": (fa.kb_ids, fb.kb_ids),
        "equipment": (fa.equipment, fb.equipment),
        "quote_speakers": (fa.quote_speakers, fb.quote_speakers),
    }
    shared: dict[str, Any] = {name: sorted(a & b) for name, (a, b) in kinds.items() if a & b}
    union_a = {(name, v) for name, (a, _) in kinds.items() for v in a}
    union_b = {(name, v) for name, (_, b) in kinds.items() for v in b}
    agreement = None
    if union_a and union_b:
        # overlap relative to the smaller side (a short rewrite keeps fewer facts, all of them shared),
        # but never less than two: one shared year alone is not agreement
        agreement = round(len(union_a & union_b) / max(2, min(len(union_a), len(union_b))), 4)
    numbers_a, numbers_b = fa.numbers | dates_a, fb.numbers | dates_b
    number_agreement = None
    if len(numbers_a) >= 2 and len(numbers_b) >= 2:
        number_agreement = round(len(numbers_a & numbers_b) / min(len(numbers_a), len(numbers_b)), 4)
    if fa.quote_shingles and fb.quote_shingles and fa.quote_shingles & fb.quote_shingles:
        shared["quote_overlap"] = round(
            len(fa.quote_shingles & fb.quote_shingles) / min(len(fa.quote_shingles), len(fb.quote_shingles)),
            4,
        )
    return {"shared": shared, "agreement": agreement, "number_agreement": number_agreement}


# --- formulaic texts: the same wording about other parties ------------------------------------

#: Entity types whose difference makes another event (who congratulates whom, who died, where).
PARTY_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "ARMED_GROUP", "FAC", "EVENT"})
#: Date values that name a day, month or year (not "today", "last week": those are relative).
_ABSOLUTE_DATE = re.compile(r"^(?:\d{4}|XXXX-\d\d)")


#: Words a gap between two shared passages may hold on each side and still be a slot of one formula (a name,
#: a title, a date); a longer gap is text one side added, and the names in it are that side's own news.
SLOT_GAP_WORDS = 12
_GAP_WORD = re.compile(r"[^\W_]+")


def _gaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a text between its shared passages (in order). What comes before the first or after
    the last is where excerpts, datelines and bylines differ, not where a formula puts its names."""
    return [(spans[k][1], spans[k + 1][0]) for k in range(len(spans) - 1)]


def _names_in(fa: DocFeatures, fb: DocFeatures, start: int, end: int) -> list[str]:
    """Parties and dates ``fa`` names in ``[start, end)`` that ``fb`` never names (by folded text, KB id or
    date value). Relative dates ("today", "Friday") and dates whose words the other text also holds (a month
    resolved to another year) do not count."""
    out = []
    for ann in fa.doc.layer("entities"):
        if ann.label in PARTY_TYPES and start <= ann.start and ann.end <= end:
            folded = normalize_for_search(ann.text).strip()
            if folded and folded not in fb.search_text and ann.attrs.get("kb_id") not in fb.kb_ids:
                out.append(ann.text)
    for ann in fa.doc.layer("dates"):
        value = str(ann.attrs.get("value") or "")
        if not (start <= ann.start and ann.end <= end) or not _ABSOLUTE_DATE.match(value):
            continue
        folded = normalize_for_search(ann.text).strip()
        if (
            fb.dates
            and not any(same_day(value, other) for other in fb.dates)
            and folded not in fb.search_text
        ):
            out.append(ann.text)
    return out


def template_slots(fa: DocFeatures, fb: DocFeatures, passages: list[dict[str, Any]]) -> list[str]:
    """The slots of a formula two texts fill differently: the names or dates each puts in the same short gap
    between shared passages, that the other does not name ("the King congratulated the President of X" /
    "... of Y"). Empty for copies.

    Only substitutions count: a gap between two shared passages, short on *both* sides (at most ``SLOT_GAP_WORDS`` words the other gap lacks) with a name of
    its own on *both* sides. A copy that adds a paragraph, drops a sentence or is a part of a longer text has
    extra names only in long gaps or only on one side.
    """
    ordered = sorted(passages, key=lambda p: p["a"][0])
    ordered = [p for k, p in enumerate(ordered) if all(p["b"][0] >= q["b"][1] for q in ordered[:k])]
    gaps_a = _gaps([(p["a"][0], p["a"][1]) for p in ordered])
    gaps_b = _gaps([(p["b"][0], p["b"][1]) for p in ordered])
    slots: list[str] = []
    for (a0, a1), (b0, b1) in zip(gaps_a, gaps_b, strict=True):
        gap_a, gap_b = _GAP_WORD.findall(fa.doc.text[a0:a1]), _GAP_WORD.findall(fb.doc.text[b0:b1])
        # words both gaps hold are the formula's own, between two slots too close for a shared passage:
        # what is left is what each side put in
        in_a, in_b = set(gap_a), set(gap_b)
        words_a = sum(1 for w in gap_a if w not in in_b)
        words_b = sum(1 for w in gap_b if w not in in_a)
        if not (0 < words_a <= SLOT_GAP_WORDS and 0 < words_b <= SLOT_GAP_WORDS):
            continue
        only_a, only_b = _names_in(fa, fb, a0, a1), _names_in(fb, fa, b0, b1)
        if only_a and only_b:
            slots.extend(only_a + only_b)
    return slots


# --- copies: shared passages on shingles -------------------------------------------------------


def aligned_passages(fa: DocFeatures, fb: DocFeatures, limit: int = 20) -> list[dict[str, Any]]:
    """Maximal runs of consecutive shared shingles, as original-text spans in both documents."""
    return [_passage(fa, fb, *r) for r in _choose_runs(_shared_runs(fa, fb), limit)]


Run = tuple[int, int, int, int]  # first and last shingle in a, first and last shingle in b


def _shared_runs(fa: DocFeatures, fb: DocFeatures) -> list[Run]:
    """Every maximal run of consecutive shingles ``a[si..ei] == b[sj..ej]``."""
    positions_b: dict[int, list[int]] = {}
    for j, h in enumerate(fb.shingles.hashes):
        positions_b.setdefault(h, []).append(j)
    # runs[(i, j)] = (start_i, start_j): a run of shingles matching a[start_i..i], b[start_j..j]
    runs: dict[tuple[int, int], tuple[int, int]] = {}
    finished: list[Run] = []
    for i, h in enumerate(fa.shingles.hashes):
        current: dict[tuple[int, int], tuple[int, int]] = {}
        for j in positions_b.get(h, ())[:8]:  # a shingle repeated many times is boilerplate
            current[(i, j)] = runs.pop((i - 1, j - 1), (i, j))
        for (ei, ej), (si, sj) in runs.items():
            finished.append((si, ei, sj, ej))
        runs = current
    finished.extend((si, ei, sj, ej) for (ei, ej), (si, sj) in runs.items())
    return finished


def _choose_runs(runs: list[Run], limit: int) -> list[Run]:
    """Longest runs first, none overlapping another on either side, in the order of ``a``."""
    ordered = sorted(runs, key=lambda r: r[1] - r[0], reverse=True)
    taken_a: list[tuple[int, int]] = []
    taken_b: list[tuple[int, int]] = []
    chosen = []
    for si, ei, sj, ej in ordered:
        if any(si <= e and s <= ei for s, e in taken_a) or any(sj <= e and s <= ej for s, e in taken_b):
            continue
        taken_a.append((si, ei))
        taken_b.append((sj, ej))
        chosen.append((si, ei, sj, ej))
        if len(chosen) >= limit:
            break
    chosen.sort()
    return chosen


def shared_window(runs: list[Run], gap: int = WINDOW_GAP) -> Run | None:
    """The longest stretch both texts share in the same order: runs chained across small edits.

    Runs follow each other when the next one starts after the previous one ends on both sides, at most
    ``gap`` shingles later (a changed word breaks three shingles). Returns the chain's first and last
    shingle on each side, or ``None`` when nothing is shared.
    """
    if not runs:
        return None
    chosen = _choose_runs(runs, len(runs))
    best: Run | None = None
    best_len = -1
    chain_start = length = 0
    for k, (si, ei, sj, ej) in enumerate(chosen):
        if k:
            _, pei, _, pej = chosen[k - 1]
            if not (0 < si - pei <= gap + 1 and 0 < sj - pej <= gap + 1):
                chain_start, length = k, 0
        first = chosen[chain_start]
        length += ei - si + 1  # shingles shared, not counting the gaps
        if length > best_len:
            best, best_len = (first[0], ei, first[2], ej), length
    return best


def window_containment(f: DocFeatures, other_shingles: frozenset[int], words: int = WINDOW_WORDS) -> float:
    """The best share of a ``words``-word window of ``f``'s text whose shingles the other text holds.

    0 for a text shorter than one window (whole-text containment covers those).
    """
    hashes = f.shingles.hashes
    size = words - SHINGLE_SIZE + 1
    if len(hashes) < size:
        return 0.0
    hits = np.fromiter((h in other_shingles for h in hashes), dtype=np.int32, count=len(hashes))
    sums = np.convolve(hits, np.ones(size, dtype=np.int32), mode="valid")
    return float(sums.max()) / size


def _token_range_to_original(f: DocFeatures, first_shingle: int, last_shingle: int) -> tuple[int, int]:
    shingles = f.shingles
    last_tok = min(len(shingles.ends) - 1, last_shingle + SHINGLE_SIZE - 1)
    span = f.normalized.to_original(shingles.starts[first_shingle], shingles.ends[last_tok])
    return span.start, span.end


def _passage(fa: DocFeatures, fb: DocFeatures, si: int, ei: int, sj: int, ej: int) -> dict[str, Any]:
    a0, a1 = _token_range_to_original(fa, si, ei)
    b0, b1 = _token_range_to_original(fb, sj, ej)
    return {
        "a": [a0, a1],
        "b": [b0, b1],
        "words": ei - si + SHINGLE_SIZE,
        "text": _preview(fa.doc.text[a0:a1]),
    }


def _preview(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- translations and rewrites: sentence alignment by embeddings ------------------------------


def align_sentences(fa: Features, fb: Features, align_min: float) -> dict[str, Any]:
    """Mutual-best sentence pairs above ``align_min``, and how much of each side they cover."""
    va, vb = fa.sentence_vectors, fb.sentence_vectors
    empty = {"coverage": 0.0, "aligned_similarity": 0.0, "best_similarity": 0.0, "aligned": 0}
    if len(va) == 0 or len(vb) == 0:
        return {"pairs": [], "metrics": empty}
    sims = va @ vb.T
    best_b = sims.argmax(axis=1)
    best_a = sims.argmax(axis=0)
    pairs = []
    for i, j in enumerate(best_b):
        s = float(sims[i, j])
        if best_a[j] == i and s >= align_min:
            pairs.append((i, int(j), s))
    n_small = min(len(va), len(vb))
    coverage = len(pairs) / n_small
    aligned_similarity = float(np.mean([p[2] for p in pairs])) if pairs else 0.0
    # how close in meaning the shorter side is, sentence by sentence
    best_small = sims.max(axis=1) if len(va) <= len(vb) else sims.max(axis=0)
    best_similarity = float(np.mean(best_small))
    spans_a, spans_b = fa.sentence_spans, fb.sentence_spans
    evidence = [
        {
            "a": [spans_a[i].start, spans_a[i].end],
            "b": [spans_b[j].start, spans_b[j].end],
            "similarity": round(s, 4),
        }
        for i, j, s in pairs
    ]
    metrics = {
        "coverage": round(coverage, 4),
        "aligned_similarity": round(aligned_similarity, 4),
        "best_similarity": round(best_similarity, 4),
        "aligned": len(pairs),
    }
    return {"pairs": evidence, "metrics": metrics}
