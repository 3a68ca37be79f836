"""Candidate pairs that scale: MinHash-LSH for same-language copies, a vector index for the rest.

Comparing every pair of documents is quadratic; these two indexes propose the few pairs
worth a close look (:func:`rasid.trace.relate.relate_features` decides).

* **MinHash-LSH** (datasketch) over the normalised word shingles finds near-verbatim
  copies, whatever their length, in near-constant time per document.
* **Lead vectors** (title + first sentences, multilingual embeddings) find translations
  and rewrites. The index is a brute-force dot product over unit vectors in blocks:
  exact, simple, and fast enough up to ~100k documents (31k x 31k takes seconds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

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
