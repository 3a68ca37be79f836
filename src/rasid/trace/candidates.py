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
  and rewrites. The index is a brute-force dot product over unit vectors in blocks:
  exact, simple, and fast enough up to ~100k documents (31k x 31k takes seconds).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from rasid.trace.features import SHINGLE_SIZE

NUM_PERM = 64
#: Jaccard above which LSH proposes a pair. Low, because an added intro or a removed
#: credit lowers Jaccard while containment stays high; relate() decides.
LSH_THRESHOLD = 0.3
#: Lead-vector cosine above which a pair is a candidate (calibrated on tests/trace/pairs with
#: 250-character leads: copies >= 0.79, same-language rewrites >= 0.69, translations >= 0.51,
#: cross-language rewrites >= 0.51; traps have a median of 0.42-0.48).
SAME_LANGUAGE_MIN = 0.68
CROSS_LANGUAGE_MIN = 0.5
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
#: datasketch permutation scheme; 32-bit values, stored as-is in doc_vectors.minhash.
_SCHEME = "affine32"


def _identity(value: int) -> int:
    return value  # shingles are already stable 32-bit hashes (features.stable_hash)


def minhash(shingle_hashes: Iterable[int]) -> LeanMinHash:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_identity, scheme=_SCHEME)
    values = list(shingle_hashes)
    if values:
        m.update_batch(values)
    return LeanMinHash(m)


def minhash_to_blob(m: LeanMinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def minhash_from_blob(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=_SCHEME)


class ShingleIndex:
    """MinHash-LSH buckets; one index per language (copies never cross languages)."""

    def __init__(self, threshold: float = LSH_THRESHOLD) -> None:
        self.threshold = threshold
        self._by_language: dict[str, MinHashLSH] = {}

    def _lsh(self, language: str | None) -> MinHashLSH:
        key = language or "?"
        if key not in self._by_language:
            self._by_language[key] = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
        return self._by_language[key]

    def add(self, doc_id: str, language: str | None, m: LeanMinHash) -> None:
        lsh = self._lsh(language)
        if doc_id not in lsh:
            lsh.insert(doc_id, m)

    def query(self, language: str | None, m: LeanMinHash) -> list[str]:
        return list(self._lsh(language).query(m))


class VectorIndex:
    """Unit vectors with their ids and languages; exact top-k by dot product, in blocks."""

    def __init__(self, ids: Sequence[str], languages: Sequence[str | None], matrix: np.ndarray) -> None:
        self.ids: list[str] = list(ids)
        self.languages: list[str | None] = list(languages)
        self.position = {doc_id: i for i, doc_id in enumerate(self.ids)}
        dim = matrix.shape[1] if matrix.ndim == 2 else 512
        # grown by doubling, so adding a batch does not copy the whole matrix each time
        self._data = np.zeros((max(1024, 2 * len(self.ids)), dim), dtype=np.float32)
        self._data[: len(self.ids)] = matrix

    @classmethod
    def empty(cls, dim: int = 512) -> VectorIndex:
        return cls([], [], np.zeros((0, dim), dtype=np.float32))

    @property
    def matrix(self) -> np.ndarray:
        return self._data[: len(self.ids)]

    def extend(self, ids: Sequence[str], languages: Sequence[str | None], vectors: np.ndarray) -> None:
        n, extra = len(self.ids), len(ids)
        if n + extra > len(self._data):
            grown = np.zeros((max(2 * len(self._data), n + extra), self._data.shape[1]), dtype=np.float32)
            grown[:n] = self._data[:n]
            self._data = grown
        self._data[n : n + extra] = vectors
        for i, doc_id in enumerate(ids):
            self.position[doc_id] = n + i
        self.ids.extend(ids)
        self.languages.extend(languages)

    def vectors_of(self, ids: Sequence[str]) -> np.ndarray:
        return self.matrix[[self.position[i] for i in ids]]

    def neighbours(
        self,
        query_ids: Sequence[str],
        query_languages: Sequence[str | None],
        queries: np.ndarray,
        *,
        top_k: int = TOP_K,
        same_language_min: float = SAME_LANGUAGE_MIN,
        cross_language_min: float = CROSS_LANGUAGE_MIN,
        block: int = 1024,
    ) -> list[tuple[str, str, float]]:
        """Pairs ``(query id, neighbour id, cosine)`` above the language-dependent minimum."""
        out: list[tuple[str, str, float]] = []
        if len(self.matrix) == 0 or len(queries) == 0:
            return out
        languages = self.languages
        matrix = self.matrix
        k = min(top_k + 1, len(matrix))
        for lo in range(0, len(queries), block):
            sims = queries[lo : lo + block] @ matrix.T  # (block, n): memory bounded by the block
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            for row, candidates in enumerate(top):
                qi = lo + row
                qid, qlang = query_ids[qi], query_languages[qi] or "?"
                for col in candidates:
                    nid = self.ids[col]
                    if nid == qid:
                        continue
                    cos = float(sims[row, col])
                    minimum = same_language_min if (languages[col] or "?") == qlang else cross_language_min
                    if cos >= minimum:
                        out.append((qid, nid, cos))
        return out


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


class PassageIndex:
    """Inverted index fingerprint -> documents, as two sorted arrays (compact for 100k+ documents).

    Documents added during a run wait in a list and are sorted in at the next query.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.languages: list[str | None] = []
        self._position: dict[str, int] = {}
        self._keys = np.zeros(0, dtype=np.uint32)
        self._docs = np.zeros(0, dtype=np.int32)
        self._pending: list[tuple[np.ndarray, int]] = []

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, doc_id: str, language: str | None, fingerprints: np.ndarray) -> None:
        if doc_id in self._position or not len(fingerprints):
            return
        self._position[doc_id] = len(self.ids)
        self.ids.append(doc_id)
        self.languages.append(language)
        self._pending.append((np.asarray(fingerprints, dtype=np.uint32), self._position[doc_id]))

    def _settle(self) -> None:
        if not self._pending:
            return
        keys = np.concatenate([self._keys, *(f for f, _ in self._pending)])
        docs = np.concatenate([self._docs, *(np.full(len(f), i, dtype=np.int32) for f, i in self._pending)])
        order = np.argsort(keys, kind="stable")
        self._keys, self._docs = keys[order], docs[order]
        self._pending = []

    def query(
        self, doc_id: str, language: str | None, fingerprints: np.ndarray, limit: int = MAX_PASSAGE_CANDIDATES
    ) -> list[str]:
        """Documents of the same language sharing a fingerprint with these, most shared first."""
        self._settle()
        if not len(fingerprints) or not len(self._keys):
            return []
        fingerprints = np.asarray(fingerprints, dtype=np.uint32)
        lo = np.searchsorted(self._keys, fingerprints, side="left")
        hi = np.searchsorted(self._keys, fingerprints, side="right")
        counts: Counter[int] = Counter()
        for start, end in zip(lo.tolist(), hi.tolist(), strict=True):
            if 0 < end - start <= MAX_POSTINGS:
                counts.update(self._docs[start:end].tolist())
        me = self._position.get(doc_id)
        out = []
        for position, _ in counts.most_common():
            if position != me and self.languages[position] == language:
                out.append(self.ids[position])
                if len(out) >= limit:
                    break
        return out
