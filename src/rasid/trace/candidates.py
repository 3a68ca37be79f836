"""Candidate pairs that scale: MinHash-LSH for same-language copies, a vector index for the rest.

Comparing every pair of documents is quadratic; these two indexes propose the few pairs
worth a close look (:func:`rasid.trace.relate.relate_features` decides).

* **MinHash-LSH** (datasketch) over the normalised word shingles finds near-verbatim
  copies, whatever their length, in near-constant time per document.
* **Passage fingerprints** (winnowing, as in MOSS, over 8-word phrases) find *partial* copies,
  which whole-document MinHash misses: two excerpts of one page, a truncated text inside a longer
  one. Every run of :data:`PASSAGE_WORDS` words two texts share yields a fingerprint both hold; an
  inverted index of those (sorted numpy arrays) proposes the pairs. Fingerprints held by many
  documents are boilerplate and propose nothing.
* **Lead vectors** (title + first sentences, multilingual embeddings) find translations
  and rewrites: :class:`rasid.trace.ann.VectorIndex`, an approximate nearest-neighbour index
  (exact while small) kept in a file beside the store.
* **Shared event anchors across languages** (:class:`AnchorIndex`) find the translations and reports
  in another language that the lead vectors rank too low: what survives translation unchanged (figures
  of three digits or more, full days, places below the country linked to the KB or keyed across
  scripts) shared :data:`MIN_SHARED_ANCHORS` times names one event whatever the encoder makes of the words.

Both inverted indexes are sorted numpy arrays (:class:`_Postings`), so memory stays a few hundred
bytes a document at 300k documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from rasid.trace.features import (
    DISTINCTIVE_NUMBER,
    SHINGLE_SIZE,
    YEAR,
    DocFeatures,
    is_scene_anchor,
    stable_hash,
)

NUM_PERM = 64
#: Jaccard above which LSH proposes a pair. Low, because an added intro or a removed
#: credit lowers Jaccard while containment stays high; relate() decides.
LSH_THRESHOLD = 0.3
#: Lead-vector cosine above which a pair is a candidate (calibrated on tests/trace/pairs with
#: 250-character leads: copies >= 0.79, same-language rewrites >= 0.69, translations >= 0.51,
#: cross-language rewrites >= 0.51; traps have a median of 0.42-0.48). Across languages 0.45: on real
#: pages (400-character leads) a third of the translations and many same-event reports in another language
#: have lead cosines of 0.45-0.5; relate() and the story membership decide.
SAME_LANGUAGE_MIN = 0.68
CROSS_LANGUAGE_MIN = 0.45
#: Neighbours looked at per document.
TOP_K = 5
_SEED = 1
#: A passage of this many words shared verbatim by two texts always gives them a fingerprint in common.
PASSAGE_WORDS = 30
#: Words per hashed phrase that fingerprints are chosen from.
FINGERPRINT_GRAM = 8
_MIX, _MIX2, _MASK = np.uint64(2654435761), np.uint64(40503), np.uint64(0xFFFFFFFF)
#: Fingerprints kept per document (bounds the index for very long texts).
MAX_FINGERPRINTS = 128
#: A fingerprint held by more documents than this is boilerplate (a footer, a standard formula).
MAX_POSTINGS = 64
#: Documents proposed per document by shared passages (most fingerprints in common first).
MAX_PASSAGE_CANDIDATES = 20
#: Event anchors two texts in different languages must share to be proposed by :class:`AnchorIndex` (on the
#: development story sets, three such anchors were shared by no pair of different events, two by a few).
MIN_SHARED_ANCHORS = 3
#: Documents proposed per document by shared anchors (most anchors in common first).
MAX_ANCHOR_CANDIDATES = 10
#: datasketch permutation scheme; 32-bit values, stored as-is in doc_vectors.minhash.
_SCHEME = "affine32"


def _identity(value: int) -> int:
    return value  # shingles are already stable 32-bit hashes (features.stable_hash)


@cache
def _permutations() -> np.ndarray:
    """The seed's permutation parameters, drawn once (datasketch draws them again for every MinHash made)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def minhash(shingle_hashes: Iterable[int]) -> LeanMinHash:
    m = MinHash(
        num_perm=NUM_PERM, seed=_SEED, hashfunc=_identity, scheme=_SCHEME, permutations=_permutations()
    )
    values = list(shingle_hashes)
    if values:
        m.update_batch(values)
    return LeanMinHash(m)


def minhash_to_blob(m: LeanMinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def minhash_from_blob(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=_SCHEME)


class _Postings:
    """Postings ``key -> document position`` as sorted numpy runs, merged like a binary counter.

    Documents are added in small batches between queries; re-sorting everything each time would
    cost O(n) per batch (quadratic over a run), and Python dicts of sets cost ~7 KB a document.
    Runs merge when the newer one is at least half the size of the one before (an LSM tree): an
    addition costs O(log n) amortised, a lookup one binary search per run (about log2(n / batch)).
    Within a key, documents stay in the order they were added.
    """

    def __init__(self, key_dtype: type[np.unsignedinteger]) -> None:
        self._dtype = key_dtype
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending: list[tuple[np.ndarray, int]] = []

    def add(self, keys: np.ndarray, doc: int) -> None:
        if len(keys):
            self._pending.append((np.asarray(keys, dtype=self._dtype), doc))

    def _settle(self) -> None:
        if not self._pending:
            return
        keys = np.concatenate([k for k, _ in self._pending])
        docs = np.concatenate([np.full(len(k), d, dtype=np.int32) for k, d in self._pending])
        self._pending = []
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], docs[order]))
        while len(self._runs) > 1 and 2 * len(self._runs[-1][0]) >= len(self._runs[-2][0]):
            (k1, d1), (k2, d2) = self._runs[-2], self._runs.pop()
            keys, docs = np.concatenate([k1, k2]), np.concatenate([d1, d2])
            order = np.argsort(keys, kind="stable")  # two sorted runs: timsort merges them in linear time
            self._runs[-1] = (keys[order], docs[order])

    def lookup(self, keys: np.ndarray, max_postings: int | None = None) -> list[np.ndarray]:
        """Per key, the documents holding it (oldest first); a key held by more than ``max_postings``
        documents gives none."""
        self._settle()
        keys = np.asarray(keys, dtype=self._dtype)
        spans = []
        totals = np.zeros(len(keys), dtype=np.int64)
        for run_keys, _ in self._runs:
            lo = np.searchsorted(run_keys, keys, side="left")
            hi = np.searchsorted(run_keys, keys, side="right")
            spans.append((lo, hi))
            totals += hi - lo
        out = []
        for i, total in enumerate(totals.tolist()):
            if total == 0 or (max_postings is not None and total > max_postings):
                continue
            out.append(
                np.concatenate(
                    [docs[lo[i] : hi[i]] for (lo, hi), (_, docs) in zip(spans, self._runs, strict=True)]
                )
            )
        return out


_BAND_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def band_keys(m: LeanMinHash, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per LSH band: two signatures collide in a band when its ``rows`` values are equal
    (the 96 bits are mixed into 64, so an unequal band collides with odds of 2^-64)."""
    values = np.asarray(m.hashvalues[: bands * rows], dtype=np.uint64).reshape(bands, rows)
    with np.errstate(over="ignore"):
        key = np.arange(bands, dtype=np.uint64) * np.uint64(0xFF51AFD7ED558CCD)
        for r in range(rows):
            key = (key ^ values[:, r]) * _BAND_MIX[r % len(_BAND_MIX)]
            key ^= key >> np.uint64(29)
    return key


class ShingleIndex:
    """MinHash-LSH over whole-document shingles: documents of one language sharing a band.

    The same banding as datasketch's ``MinHashLSH`` (which proposes exactly these pairs), kept as
    sorted arrays: ~250 bytes a document instead of ~7 KB of Python sets, so 300k documents fit.
    """

    def __init__(self, threshold: float = LSH_THRESHOLD) -> None:
        self.threshold = threshold
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # only for its choice of bands and rows
        self._bands, self._rows = lsh.b, lsh.r
        self.ids: list[str] = []
        self._position: dict[str, int] = {}
        self._by_language: dict[str, _Postings] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def _postings(self, language: str | None) -> _Postings:
        key = language or "?"
        if key not in self._by_language:
            self._by_language[key] = _Postings(np.uint64)
        return self._by_language[key]

    def add(self, doc_id: str, language: str | None, m: LeanMinHash) -> None:
        if doc_id in self._position:
            return
        self._position[doc_id] = len(self.ids)
        self.ids.append(doc_id)
        self._postings(language).add(band_keys(m, self._bands, self._rows), self._position[doc_id])

    def query(self, language: str | None, m: LeanMinHash) -> list[str]:
        """Documents of ``language`` sharing a band with ``m`` (itself included once added), oldest first."""
        found = self._postings(language).lookup(band_keys(m, self._bands, self._rows))
        if not found:
            return []
        return [self.ids[p] for p in np.unique(np.concatenate(found)).tolist()]


# --- partial copies: winnowed passage fingerprints ------------------------------------------------


def passage_fingerprints(
    shingle_hashes: Sequence[int], words: int = PASSAGE_WORDS, gram: int = FINGERPRINT_GRAM
) -> np.ndarray:
    """Winnowing over ``gram``-word phrases: the smallest phrase hash of every run of ``words`` words,
    distinct, sorted.

    Two texts sharing a run of ``words`` words share every window inside it, hence its minimum. Phrases
    of eight words (hashed from three word 3-shingles) rather than the shingles themselves: a common
    3-word phrase with a small hash becomes a fingerprint of every text holding it, a shared 8-word
    phrase is evidence of copying (on 1,372 SaudiNewsNet articles: 10x fewer candidate pairs, 94 of the
    96 partial copies still proposed). A text shorter than one run has none: whole-document MinHash
    covers it. About 2/(window+1) of the phrases are kept, at most :data:`MAX_FINGERPRINTS`.
    """
    hashes = np.asarray(shingle_hashes, dtype=np.uint64)
    phrases = len(hashes) - (gram - SHINGLE_SIZE)
    window = words - gram + 1
    if phrases < window:
        return np.zeros(0, dtype=np.uint32)
    # the phrase of words i .. i+gram-1 is covered by the shingles at i, i+3 and i+gram-3
    middle = min(SHINGLE_SIZE, gram - SHINGLE_SIZE)
    phrase = (
        hashes[:phrases] * _MIX + hashes[middle : middle + phrases] * _MIX2 + hashes[gram - SHINGLE_SIZE :]
    ) & _MASK
    phrase = (phrase * _MIX) & _MASK  # mixed, so the minimum is not biased towards some words
    minima = np.lib.stride_tricks.sliding_window_view(phrase, window).min(axis=1)
    found = np.unique(minima).astype(np.uint32)
    if len(found) > MAX_FINGERPRINTS:
        found = found[:MAX_FINGERPRINTS]  # the smallest: the same choice in every text
    return found


def fingerprints_to_blob(values: np.ndarray) -> bytes:
    return np.asarray(values, dtype=np.uint32).tobytes()


def fingerprints_from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


class _KeyIndex:
    """Inverted index hashed key -> documents, each with its language (compact for 100k+ documents: see
    :class:`_Postings`). A document with fewer than ``min_keys`` keys is not indexed."""

    min_keys = 1

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.languages: list[str | None] = []
        self._position: dict[str, int] = {}
        self._postings = _Postings(np.uint32)

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, doc_id: str, language: str | None, keys: np.ndarray) -> None:
        if doc_id in self._position or len(keys) < self.min_keys:
            return
        self._position[doc_id] = len(self.ids)
        self.ids.append(doc_id)
        self.languages.append(language)
        self._postings.add(np.asarray(keys, dtype=np.uint32), self._position[doc_id])


class PassageIndex(_KeyIndex):
    """Inverted index fingerprint -> documents of the same language."""

    def query(
        self, doc_id: str, language: str | None, fingerprints: np.ndarray, limit: int = MAX_PASSAGE_CANDIDATES
    ) -> list[str]:
        """Documents of the same language sharing a fingerprint with these, most shared first."""
        if not len(fingerprints) or not self.ids:
            return []
        counts: Counter[int] = Counter()
        for docs in self._postings.lookup(np.asarray(fingerprints, dtype=np.uint32), MAX_POSTINGS):
            counts.update(docs.tolist())
        me = self._position.get(doc_id)
        out = []
        for position, _ in counts.most_common():
            if position != me and self.languages[position] == language:
                out.append(self.ids[position])
                if len(out) >= limit:
                    break
        return out


# --- reports in other languages: shared event anchors ---------------------------------------------


def translation_anchors(f: DocFeatures) -> np.ndarray:
    """The anchors of a text that a translation carries unchanged and that name its event, hashed: figures
    of three digits or more and decimals (not years), full days it names as its own, and places below the
    country (linked to the KB, or keyed across scripts when not; not the capital). Actors, countries and
    small numbers are left out: they are shared by the same actors' other news."""
    keys = set()
    for kind, value in f.specific_anchors:
        if kind == "numbers":
            keep = bool(DISTINCTIVE_NUMBER.match(value)) and not YEAR.match(value)
        elif kind == "dates":
            keep = not value.startswith("X")  # a day without its year is the same day of every year
        elif kind in ("kb_ids", "place_name"):
            keep = not is_scene_anchor((kind, value))
        else:
            keep = False
        if keep:
            keys.add(stable_hash(f"{kind}:{value}"))
    return np.array(sorted(keys), dtype=np.uint32)


class AnchorIndex(_KeyIndex):
    """Inverted index anchor -> documents, queried for documents of *other* languages sharing several."""

    min_keys = MIN_SHARED_ANCHORS

    def query(
        self, doc_id: str, language: str | None, anchors: np.ndarray, limit: int = MAX_ANCHOR_CANDIDATES
    ) -> list[str]:
        """Documents of another (known) language sharing at least :data:`MIN_SHARED_ANCHORS` of these
        anchors, most shared first; an anchor held by more than :data:`MAX_POSTINGS` documents counts for none."""
        if language is None or len(anchors) < MIN_SHARED_ANCHORS or not self.ids:
            return []
        counts: Counter[int] = Counter()
        for docs in self._postings.lookup(anchors, MAX_POSTINGS):
            counts.update(np.unique(docs).tolist())
        me = self._position.get(doc_id)
        out: list[str] = []
        for position, shared in counts.most_common():
            if shared < MIN_SHARED_ANCHORS or len(out) >= limit:
                break
            other = self.languages[position]
            if position != me and other is not None and other != language:
                out.append(self.ids[position])
        return out
