"""``trace(store)``: incremental tracing of the documents added since the last run.

A run (1) hashes and embeds only the new documents and stores their signatures in
``doc_vectors``, ``doc_passages`` and ``doc_anchors``; (2) proposes candidate pairs from MinHash-LSH (same
language), passage fingerprints (same language, partial copies), the lead-vector index (any language) and,
in a multilingual store, shared event anchors (other languages), all rebuilt from the stored signatures;
(3) confirms
each candidate with :func:`~rasid.trace.relate.relate_features` and stores the relation
with its evidence; (4) merges the new relations into the existing stories (union, with a
guard against chaining), and rebuilds only the stories it touched. ``trace_state.last_seq``
advances at the end, so an interrupted run is finished by the next one; signatures and
relations already stored are reused.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from rasid.errors import NotFoundError, RasidError
from rasid.model import Document
from rasid.store.base import SQLDocumentStore
from rasid.store.tracing import DocVector, StoryMerge
from rasid.trace import candidates as cand
from rasid.trace.ann import VectorIndex, index_path_for
from rasid.trace.api import get_story
from rasid.trace.distributed import Signer
from rasid.trace.encoder import from_blob, release_memos, to_blob
from rasid.trace.features import ANCHOR_LAYERS
from rasid.trace.membership import (
    Anchor,
    Group,
    across_languages,
    event_anchors,
    item_copy,
    judge_join,
    judge_merge,
    scene_only,
)
from rasid.trace.relate import (
    DEFAULT,
    Features,
    Relation,
    Thresholds,
    copy_relation,
    relate_features,
    shared_anchors,
)
from rasid.trace.stories import build_story, ensure_sources, external_origins

#: Documents hashed and embedded per batch (bounds memory; one transaction each).
BATCH = 256
#: Pairs published further apart than this are not one event (when both dates are known).
MAX_DAYS_APART = 30
#: Anchor agreement below which a vector-only candidate is dropped before sentence alignment. Low: two
#: reports of one event (a same_event relation) often share few of each other's anchors.
PRECHECK_AGREEMENT = 0.15
#: Who proposed a candidate pair (the lead vectors give their cosine, below both).
SHINGLES = 1.0
PASSAGE = -1.0
ANCHORS = 0.0  # shared event anchors in another language, whatever the lead vectors say
#: Share of a run's documents in languages other than its most common one above which candidates are also
#: sought through shared event anchors across languages.
OTHER_LANGUAGES_SHARE = 0.02
#: Documents whose features stay cached during a run.
CACHE_SIZE = 1500
#: A lone document becomes a story when it names an origin of these kinds (seed 000: a link
#: to lefaso.net; seed 004: a TASS credit and an RTVI interview).
SINGLETON_KINDS = ("agency", "original_url", "interview", "told_outlet")


@dataclass
class TraceReport:
    """What one run did; ``rasid trace`` prints it."""

    new_documents: int = 0
    candidates: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    stories_created: int = 0
    stories_updated: int = 0
    stories_merged: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    last_seq: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "new_documents": self.new_documents,
            "candidates": self.candidates,
            "relations": dict(self.relations),
            "stories_created": self.stories_created,
            "stories_updated": self.stories_updated,
            "stories_merged": self.stories_merged,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "last_seq": self.last_seq,
        }


def _pair(a: str, b: str) -> tuple[str, str]:
    """A candidate pair in the order relations are stored (a < b)."""
    return (a, b) if a < b else (b, a)


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) < 10 or len(b) < 10:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


class _FeatureCache:
    """Features of documents, loaded from the store on demand (with layers, sources ensured).

    It also keeps, for every document it has read, the little the story phase asks of it (its event anchors,
    language, whether it names an origin): that phase meets every related document again, and reading each back from the
    store a second time was a tenth of tracing SaudiNewsNet."""

    def __init__(self, store: SQLDocumentStore, size: int = CACHE_SIZE) -> None:
        self.store = store
        self.size = size
        self._items: OrderedDict[str, Features] = OrderedDict()
        self._anchors: dict[str, frozenset[Anchor]] = {}
        self._languages: dict[str, str | None] = {}
        self._origin_named: set[str] = set()
        self._one_anchor: dict[Anchor, Anchor] = {}  # one tuple per distinct anchor, shared by the documents

    def put(self, f: Features) -> None:
        if f.doc.id not in self._anchors:
            one = self._one_anchor
            self._anchors[f.doc.id] = frozenset(one.setdefault(a, a) for a in event_anchors(f))
            self._languages[f.doc.id] = f.language
            if _names_origin(f):
                self._origin_named.add(f.doc.id)
        self._items[f.doc.id] = f
        self._items.move_to_end(f.doc.id)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def forget_vectors(self) -> None:
        for f in self._items.values():
            f.forget_vectors()

    def get(self, doc_id: str) -> Features:
        if doc_id in self._items:
            self._items.move_to_end(doc_id)
            return self._items[doc_id]
        f = Features(ensure_sources(self.store.get_document(doc_id, layers=ANCHOR_LAYERS)))
        self.put(f)
        return f

    def keep_notes(self, doc_ids: set[str]) -> None:
        """Forget the notes of documents other than ``doc_ids`` (the story phase's peak is tracing's)."""
        for notes in (self._anchors, self._languages):
            for doc_id in [d for d in notes if d not in doc_ids]:
                del notes[doc_id]
        self._origin_named &= doc_ids

    def _note(self, doc_id: str) -> str:
        if doc_id not in self._anchors:
            self.get(doc_id)  # read once: put() notes it
        return doc_id

    def event_anchors(self, doc_id: str) -> frozenset[Anchor]:
        return self._anchors[self._note(doc_id)]

    def language(self, doc_id: str) -> str | None:
        return self._languages[self._note(doc_id)]

    def names_origin(self, doc_id: str) -> bool:
        """Whether the document names an origin outside the corpus (:data:`SINGLETON_KINDS`)."""
        return self._note(doc_id) in self._origin_named


def _load_passages(store: SQLDocumentStore) -> cand.PassageIndex:
    """The passage index from ``doc_passages``; documents traced before it existed are fingerprinted once."""
    missing = store.docs_without_keys("passages")
    for lo in range(0, len(missing), BATCH):
        rows = []
        for doc_id in missing[lo : lo + BATCH]:
            f = Features(store.get_document(doc_id, layers=False))
            rows.append((doc_id, cand.fingerprints_to_blob(cand.passage_fingerprints(f.shingles.hashes))))
        store.save_doc_keys("passages", rows)
    index = cand.PassageIndex()
    for doc_id, language, blob in store.iter_doc_keys("passages"):
        index.add(doc_id, language, cand.fingerprints_from_blob(blob))
    return index


def _load_indexes(
    store: SQLDocumentStore, vector_path: Path | None
) -> tuple[cand.ShingleIndex, VectorIndex, dict[str, str | None], Counter[str | None]]:
    """The MinHash and lead-vector indexes of the traced documents, their publication dates, and how many are in
    each language."""
    shingles = cand.ShingleIndex()
    traced: list[tuple[str, str | None]] = []
    published: dict[str, str | None] = {}
    for row in store.iter_doc_vectors():
        if row.shingles:
            shingles.add(row.doc_id, row.language, cand.minhash_from_blob(row.minhash))
        traced.append((row.doc_id, row.language))
        published[row.doc_id] = row.published

    def stored_vectors(ids: list[str]) -> np.ndarray:
        blobs = store.doc_vectors_of(ids)
        return np.vstack([from_blob(blobs[doc_id]) for doc_id in ids])

    # the saved index where it is still right, completed or rebuilt from doc_vectors otherwise
    languages = Counter(language for _, language in traced)
    return shingles, VectorIndex.open(vector_path, traced, stored_vectors), published, languages


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def trace(
    store: SQLDocumentStore,
    *,
    full: bool = False,
    thresholds: Thresholds = DEFAULT,
    batch_size: int = BATCH,
    vector_index: str | Path | None = None,
    signer: Signer | None = None,
) -> TraceReport:
    """Trace documents stored since the last run (all of them with ``full=True``) and update stories.

    ``vector_index``: the file of the lead-vector index (default: beside a SQLite store; none, so
    rebuilt in memory each run, for others). ``signer``: where the per-document signatures are
    computed (default: in this process; see :mod:`rasid.trace.distributed`).
    """
    report = TraceReport()
    timer: dict[str, float] = {"signatures": 0.0, "candidates": 0.0, "relate": 0.0, "stories": 0.0}
    if full:
        store.reset_tracing()  # every story is rebuilt; an analyst's corrections stay
    last_seq = store.trace_last_seq()
    t0 = time.perf_counter()
    vector_path = Path(vector_index) if vector_index else index_path_for(store)
    shingle_index, lead_index, published, languages = _load_indexes(store, vector_path)
    passage_index = _load_passages(store)
    timer["load"] = time.perf_counter() - t0
    cache = _FeatureCache(store)
    known = store.relation_pairs_since(last_seq)
    max_seq = last_seq
    new_ids: list[str] = []
    # only the layers tracing reads (events and the rest are most of a stored document's JSON)
    batches = _batches(store.iter_documents(since_seq=last_seq, layers=ANCHOR_LAYERS), batch_size)
    for batch, sign in (signer or Signer()).batches(batches):
        t = time.perf_counter()
        seqs = {d.id: store.document_seq(d.id) for d in batch}
        max_seq = max(max_seq, *seqs.values())
        stored = store.traced_doc_ids([d.id for d in batch])
        feats = [Features(ensure_sources(d)) for d in batch]
        for f in feats:
            cache.put(f)
        fresh = [f for f in feats if f.doc.id not in stored]  # an interrupted run already stored the others
        signed = sign(feats)  # the whole batch, so a remote batch is embedded exactly as a local one
        rows: list[DocVector] = []
        passage_rows: list[tuple[str, bytes]] = []
        anchor_rows: list[tuple[str, bytes]] = []
        batch_ids, batch_langs, batch_vecs = [], [], []
        signatures: dict[str, Any] = {}
        fingerprints: dict[str, np.ndarray] = {}
        for f in fresh:
            sig = signed[f.doc.id]
            vec = sig.vector
            m = signatures[f.doc.id] = cand.minhash_from_blob(sig.minhash)
            prints = fingerprints[f.doc.id] = sig.fingerprints
            passage_rows.append((f.doc.id, cand.fingerprints_to_blob(prints)))
            passage_index.add(f.doc.id, f.language, prints)
            n = sig.shingles
            rows.append(
                DocVector(
                    f.doc.id,
                    seqs[f.doc.id],
                    f.language,
                    f.doc.published,
                    sig.minhash,
                    to_blob(vec),
                    n,
                )
            )
            if n:
                shingle_index.add(f.doc.id, f.language, m)
            batch_ids.append(f.doc.id)
            batch_langs.append(f.language)
            batch_vecs.append(vec)
            published[f.doc.id] = f.doc.published
        if batch_vecs:
            lead_index.extend(batch_ids, batch_langs, np.vstack(batch_vecs))
        languages.update(f.language for f in fresh)
        if multilingual(languages):
            # the store holds two languages: anchors are stored while the features are in hand (the documents
            # traced before the second language came get theirs at the end of the run, once)
            anchor_rows = [(f.doc.id, cand.fingerprints_to_blob(cand.translation_anchors(f))) for f in fresh]
        store.save_doc_vectors(rows, passage_rows, anchor_rows)
        timer["signatures"] += time.perf_counter() - t

        # candidates for every document of the batch (also those whose signatures were stored before);
        # the value says who proposed the pair: SHINGLES (whole-text MinHash), PASSAGE (a shared passage
        # only: checked as a copy and nothing else) or the lead vectors' cosine
        t = time.perf_counter()
        pairs: dict[tuple[str, str], float] = {}
        for f in feats:
            if len(f.shingles.hashes):
                m = signatures.get(f.doc.id) or cand.minhash(f.shingles.hashes)
                for other in shingle_index.query(f.language, m):
                    if other != f.doc.id:
                        pairs[_pair(f.doc.id, other)] = SHINGLES
                stored_prints = fingerprints.get(f.doc.id)
                if stored_prints is None:
                    stored_prints = cand.passage_fingerprints(f.shingles.hashes)
                for other in passage_index.query(f.doc.id, f.language, stored_prints):
                    pairs.setdefault(_pair(f.doc.id, other), PASSAGE)
        qids = [f.doc.id for f in feats]
        queries = lead_index.vectors_of(qids)
        for qid, nid, cos in lead_index.neighbours(qids, [f.language for f in feats], queries):
            key = _pair(qid, nid)
            pairs[key] = max(pairs.get(key, 0.0), cos)
        timer["candidates"] += time.perf_counter() - t

        t = time.perf_counter()
        _confirm(store, pairs, known, published, cache, thresholds, report)
        timer["relate"] += time.perf_counter() - t
        new_ids.extend(qids)
        report.new_documents += len(batch)

    # reports in other languages the lead vectors ranked too low, through the event anchors they share with the
    # store's documents, earlier runs' too; only in a multilingual store (a one-language corpus pays nothing)
    t = time.perf_counter()
    pairs = _anchor_pairs(store, new_ids, languages, cache)
    _confirm(store, pairs, known, published, cache, thresholds, report)
    timer["relate"] += time.perf_counter() - t

    t = time.perf_counter()
    release_memos()  # nothing is embedded from here on
    cache.forget_vectors()
    _update_stories(store, new_ids, last_seq, cache, report, published)
    store.set_trace_last_seq(max_seq)
    lead_index.save()
    timer["stories"] += time.perf_counter() - t
    report.seconds = timer
    report.last_seq = max_seq
    return report


def _confirm(
    store: SQLDocumentStore,
    pairs: dict[tuple[str, str], float],
    known: set[tuple[str, str]],
    published: dict[str, str | None],
    cache: _FeatureCache,
    thresholds: Thresholds,
    report: TraceReport,
) -> None:
    """Judge the candidate pairs not judged before and store the relations found. A pair's value says who
    proposed it: SHINGLES (whole-text MinHash), PASSAGE (a shared passage only: checked as a copy and nothing
    else), ANCHORS (shared event anchors across languages) or the lead vectors' cosine."""
    found: list[Relation] = []
    for (a, b), cos in pairs.items():
        if (a, b) in known:
            continue
        known.add((a, b))
        days = _days_apart(published.get(a), published.get(b))
        if days is not None and days > MAX_DAYS_APART:
            continue
        report.candidates += 1
        fa, fb = cache.get(a), cache.get(b)
        if cos == PASSAGE:
            # proposed by a shared passage only: a (partial) copy or nothing; sentences are not embedded
            copy = copy_relation(fa, fb, thresholds)
            if copy:
                found.append(copy)
            continue
        if cos < SHINGLES:
            # proposed by the vectors or the anchors only: a cheap anchor check before embedding sentences
            # (anchors that hardly agree at all make neither a rewrite nor a same-event relation)
            anchors = shared_anchors(fa, fb)
            if anchors["agreement"] is not None and anchors["agreement"] < PRECHECK_AGREEMENT:
                continue
        relation = relate_features(fa, fb, thresholds)
        if relation is not None:
            found.append(relation)
    if found:
        store.save_relations(found)
        for r in found:
            report.relations[r.kind] = report.relations.get(r.kind, 0) + 1


def multilingual(languages: Mapping[str | None, int]) -> bool:
    """Whether documents counted by language (``{language: documents}``) are in several languages: at least :data:`OTHER_LANGUAGES_SHARE` of them in
    languages other than the most common one. A few documents of another language in a one-language corpus (3
    English articles in 3,000 of SaudiNewsNet) do not pay for an index of every document's anchors."""
    counts = {language: n for language, n in languages.items() if language is not None and n}
    if len(counts) < 2:
        return False
    total = sum(counts.values())
    return total - max(counts.values()) >= OTHER_LANGUAGES_SHARE * total


def _anchor_pairs(
    store: SQLDocumentStore, new_ids: list[str], languages: Mapping[str | None, int], cache: _FeatureCache
) -> dict[tuple[str, str], float]:
    """Pairs of a new document and a stored or new one in another language sharing several event anchors
    (:class:`candidates.AnchorIndex`), when the traced documents (``languages``: how many in each) are :func:`multilingual`.
    Documents whose anchors are not stored yet (traced in one language, or before they were stored) get theirs
    once."""
    if not new_ids or not multilingual(languages):
        return {}
    missing = store.docs_without_keys("anchors")
    for lo in range(0, len(missing), BATCH):
        store.save_doc_keys(
            "anchors",
            [
                (doc_id, cand.fingerprints_to_blob(cand.translation_anchors(cache.get(doc_id))))
                for doc_id in missing[lo : lo + BATCH]
            ],
        )
    stored = list(store.iter_doc_keys("anchors"))
    new = set(new_ids)
    index = cand.AnchorIndex()
    for doc_id, language, blob in stored:
        if doc_id not in new:
            index.add(doc_id, language, cand.fingerprints_from_blob(blob))
    pairs: dict[tuple[str, str], float] = {}
    for doc_id, language, blob in stored:
        if doc_id in new:
            anchors = cand.fingerprints_from_blob(blob)
            for other in index.query(doc_id, language, anchors):
                pairs[_pair(doc_id, other)] = ANCHORS
            index.add(doc_id, language, anchors)
    return pairs


# --- stories -----------------------------------------------------------------------------------


def _vectors(store: SQLDocumentStore, ids: Iterable[str]) -> dict[str, np.ndarray]:
    return {doc_id: from_blob(blob) for doc_id, blob in store.doc_vectors_of(ids).items()}


def _names_origin(f: Features) -> bool:
    return any(o["kind"] in SINGLETON_KINDS for o in external_origins(f.doc))


def _update_stories(
    store: SQLDocumentStore,
    new_ids: list[str],
    last_seq: int,
    cache: _FeatureCache,
    report: TraceReport,
    published: Mapping[str, str | None],
) -> None:
    """Merge relations touching new documents into stories; rebuild only the stories touched.

    Relations are taken strongest first; each proposes that the two groups it links belong together,
    and the groups decide as wholes (:mod:`rasid.trace.membership`): a lone document joins a story it
    relates to enough of, two stories merge only when their cores agree. Chains of pairs do not.
    """
    relations = [Relation(*row) for row in store.relations_since(last_seq)]
    involved = {r.a for r in relations} | {r.b for r in relations}
    # a lone document naming an origin outside the corpus is a story too (a chain of two nodes)
    involved |= {d for d in new_ids if d not in involved and cache.names_origin(d)}
    if not involved:
        return
    # groups: existing stories (whole), and one new group per document not yet in a story
    group_of: dict[str, str] = store.story_ids_of(sorted(involved))
    existing = set(group_of.values())
    members: dict[str, set[str]] = {sid: store.story_members_of(sid) for sid in existing}
    for d in involved:
        if d not in group_of:
            group_of[d] = f"st-{d}"
            members[group_of[d]] = {d}
    everyone = set().union(*members.values())
    anchors = {d: cache.event_anchors(d) for d in everyone}
    days = {d: published[d] if d in published else cache.get(d).doc.published for d in everyone}
    language = {d: cache.language(d) for d in everyone}
    cache.keep_notes(everyone)
    groups = {
        g: Group.of(
            g, {d: anchors[d] for d in docs}, existing=g in existing, languages=(language[d] for d in docs)
        )
        for g, docs in members.items()
    }
    parent = {g: g for g in groups}

    def find(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    related: dict[str, set[str]] = {}  # links that count toward joining (a scene-only relation only proposes)
    for rel in (r for r in relations if not scene_only(r)):
        related.setdefault(rel.a, set()).add(rel.b)
        related.setdefault(rel.b, set()).add(rel.a)
    vectors = _vectors(store, everyone)
    # running sums of lead vectors and the date range of each group, merged as groups merge
    vector_sum = {g: _sum(vectors[d] for d in docs if d in vectors) for g, docs in members.items()}
    date_range = {g: _date_range(days[d] for d in docs) for g, docs in members.items()}

    apart, together = _corrections(store)

    def unite(ga: str, gb: str) -> tuple[str, str]:
        """Merge two groups; the id kept is an existing story's (the larger), so links to stories stay valid."""
        keep, drop = sorted((ga, gb), key=lambda g: (g not in existing, -len(groups[g].members), g))
        parent[drop] = keep
        groups[keep].absorb(groups[drop])
        vector_sum[keep] = _add(vector_sum[keep], vector_sum[drop])
        date_range[keep] = _date_range([*date_range[keep], *date_range[drop]])
        return keep, drop

    merges: list[tuple[str, str, list[str], Relation, dict[str, Any]]] = []
    for rel in relations:
        ga, gb = find(group_of[rel.a]), find(group_of[rel.b])
        if ga == gb:
            continue
        a, b = groups[ga], groups[gb]
        if _kept_apart(a.members, b.members, apart):
            continue  # an analyst split one of them out of a story holding the other
        merged_range = _date_range([*date_range[ga], *date_range[gb]])
        span = _days_apart(*merged_range) if merged_range else None  # type: ignore[call-arg]
        if span is not None and span > MAX_DAYS_APART:
            continue
        cohesion = _cosine(vector_sum[ga], vector_sum[gb])
        reason: dict[str, Any]
        if len(a.members) == 1 and len(b.members) == 1 and not scene_only(rel):
            ok, reason = True, {"rule": "pair"}  # two documents: their relation is all the story there is
        elif len(a.members) == 1 or len(b.members) == 1:
            lone, story = (a, b) if len(a.members) == 1 else (b, a)
            (doc_id,) = lone.members
            links = len(related.get(doc_id, set()) & story.members)
            across = across_languages(lone, story)
            ok, reason = judge_join(anchors[doc_id], story, links, cohesion, across=across)
        else:
            # a copy of one item of a digest says nothing of the digest's other items: the digest joins that
            # item's story (above, while alone) but bridges two stories only as any relation would, when
            # their cores agree
            by_copy = rel.kind == "copy" and not item_copy(rel)
            ok, reason = judge_merge(a, b, cohesion, by_copy=by_copy, across=across_languages(a, b))
        if not ok:
            continue
        both_stored = ga in existing and gb in existing
        before = {ga: sorted(a.members), gb: sorted(b.members)} if both_stored else {}
        keep, drop = unite(ga, gb)
        if both_stored:
            report.stories_merged += 1
            reason["days"] = span
            merges.append((keep, drop, before[drop], rel, reason))
    # an analyst's merges hold whatever the rules say (documents of this run only: the others are
    # already together in the stored stories)
    for kept_together in together:
        present = sorted({find(group_of[d]) for d in kept_together if d in group_of})
        for other in present[1:]:
            first, second = find(present[0]), find(other)
            if first != second:
                unite(first, second)

    roots = {find(g) for g in groups}
    seqs: dict[str, int] = {}
    with store.transaction():
        for g in groups:
            if g in existing and find(g) != g:
                store.delete_story(g)  # merged into another story
        store.record_story_merges(
            [StoryMerge(keep, drop, absorbed, reason, "trace", rel.a, rel.b, rel.kind, rel.score)
             for keep, drop, absorbed, rel, reason in merges]
        )  # fmt: skip
        for story_id in sorted(roots):
            docs = groups[story_id].members
            if len(docs) < 2 and not any(cache.names_origin(d) for d in docs):
                continue
            for d in docs:
                if d not in seqs:
                    seqs[d] = store.document_seq(d)
            record = build_story(
                story_id, [cache.get(d).doc for d in docs], _relations_among(store, docs), seqs
            )
            existed = story_id in existing
            store.write_story(record, existed=existed)
            if existed:
                report.stories_updated += 1
            else:
                report.stories_created += 1


def _sum(vectors: Iterable[np.ndarray]) -> np.ndarray | None:
    total = None
    for v in vectors:
        total = v.astype(np.float32) if total is None else total + v
    return total


def _add(a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray | None:
    if a is None or b is None:
        return a if b is None else b
    return a + b


def _cosine(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """Cosine of two groups' centroids (sums of unit vectors point the same way as their means)."""
    if a is None or b is None:
        return None
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(a @ b) / norm if norm else None


def _date_range(dates: Iterable[str | None]) -> tuple[str, str] | tuple[()]:
    known = sorted(d for d in dates if d)
    return (known[0], known[-1]) if known else ()


# --- an analyst's corrections -------------------------------------------------------------------


def _corrections(store: SQLDocumentStore) -> tuple[dict[str, set[str]], list[list[str]]]:
    """Stored corrections: documents kept apart from others (splits), and document sets kept together."""
    apart: dict[str, set[str]] = {}
    together: list[list[str]] = []
    for action, doc_id, documents in store.story_corrections():
        if action == "split" and doc_id is not None:
            apart.setdefault(doc_id, set()).update(documents)
        elif action != "split":
            together.append(documents)
    return apart, together


def _kept_apart(a: set[str], b: set[str], apart: dict[str, set[str]]) -> bool:
    for x in apart.keys() & a:
        if apart[x] & b:
            return True
    return any(apart[x] & a for x in apart.keys() & b)


def _story_of(store: SQLDocumentStore, doc_or_story: str) -> tuple[str, set[str]]:
    story = get_story(store, doc_or_story)
    return story["id"], set(story["documents"])


def split_document(store: SQLDocumentStore, doc_id: str, *, note: str | None = None) -> dict[str, Any]:
    """Take a document out of its story, for good: stored, so every later ``trace`` (``--full`` too) keeps it
    apart from the documents it was with. Returns ``{"story", "document", "remaining"}``."""
    story_id = store.story_of_document(doc_id)
    if story_id is None:
        raise NotFoundError(f"document {doc_id!r} is in no story; list stories with `rasid stories`")
    others = store.story_members_of(story_id)
    others.discard(doc_id)
    if not others:
        raise RasidError(f"document {doc_id!r} is alone in story {story_id}: nothing to split", code="T001")
    store.record_story_split(doc_id, others, note=note)
    _rebuild(store, story_id, others)
    return {"story": story_id, "document": doc_id, "remaining": len(others)}


def merge_stories(
    store: SQLDocumentStore, first: str, second: str, *, note: str | None = None
) -> dict[str, Any]:
    """Merge two stories (story ids or ids of their documents), for good: stored, so every later ``trace``
    keeps their documents together; recorded in ``story_merges`` as decided by the user.
    Returns ``{"story", "merged_story", "size"}``."""
    (id_a, docs_a), (id_b, docs_b) = _story_of(store, first), _story_of(store, second)
    if id_a == id_b:
        raise RasidError(f"{first!r} and {second!r} are already in one story, {id_a}", code="T002")
    keep, drop = (id_a, id_b) if (-len(docs_a), id_a) <= (-len(docs_b), id_b) else (id_b, id_a)
    together = docs_a | docs_b
    absorbed = docs_b if drop == id_b else docs_a
    store.record_story_merge(keep, drop, together, absorbed, note=note)
    _rebuild(store, keep, together)
    return {"story": keep, "merged_story": drop, "size": len(together)}


def _rebuild(store: SQLDocumentStore, story_id: str, docs: set[str]) -> None:
    """Write ``story_id`` anew for ``docs`` (or remove it when one document naming no origin is left)."""
    cache = _FeatureCache(store)
    with store.transaction():
        existed = store.story_exists(story_id)
        if len(docs) < 2 and not any(cache.names_origin(d) for d in docs):
            store.delete_story(story_id)
            return
        seqs = {d: store.document_seq(d) for d in docs}
        record = build_story(story_id, [cache.get(d).doc for d in docs], _relations_among(store, docs), seqs)
        store.write_story(record, existed=existed)


def _relations_among(store: SQLDocumentStore, docs: set[str]) -> list[Relation]:
    return [Relation(*row) for row in store.relations_among(docs)]
