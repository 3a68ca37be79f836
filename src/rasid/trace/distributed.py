"""The per-document work of tracing, in batches: here, in a process pool or on Ray.

A trace run has two kinds of work. Each document's *signature* (its lead vector, the MinHash of
its shingles, its passage fingerprints) depends on that document alone: it is the part that
spreads over workers. Proposing candidates, confirming relations and deciding stories depend on
the order documents arrive in, so they stay in the driver (:func:`rasid.trace.run.trace`).

:class:`Signer` hands out the signatures batch by batch, in the order of the batches, whatever the
backend, and a remote batch is embedded exactly as the local one is (same documents, same batch,
same single-threaded encoder), so a run on Ray stores the same vectors and finds the same
relations and stories as a local run. Documents travel as versioned JSON dicts without their
layers (a signature reads only the text, title and language); signatures come back as bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rasid.batch import BACKENDS, BatchError, map_ordered
from rasid.model import Document
from rasid.trace import candidates as cand
from rasid.trace.encoder import embed
from rasid.trace.features import DocFeatures


@dataclass(frozen=True, slots=True)
class Signature:
    """What tracing indexes about one document."""

    doc_id: str
    vector: np.ndarray  # unit lead vector, float32
    minhash: bytes  # MinHash values of the shingles (cand.minhash_to_blob)
    fingerprints: np.ndarray  # winnowed passage fingerprints, uint32
    shingles: int  # distinct shingles (0: nothing to hash, e.g. an empty text)


def sign_features(features: Sequence[DocFeatures]) -> list[Signature]:
    """Signatures of a batch of documents (the leads are embedded together, as one batch)."""
    vectors = embed([f.lead for f in features])
    out = []
    for f, vector in zip(features, vectors, strict=True):
        hashes = f.shingles.hashes
        out.append(
            Signature(
                f.doc.id,
                vector,
                cand.minhash_to_blob(cand.minhash(hashes)),
                cand.passage_fingerprints(hashes),
                len(f.shingle_set),
            )
        )
    return out


_Packed = tuple[str, bytes, bytes, bytes, int]


def sign_documents(batch: list[dict[str, Any]]) -> list[_Packed]:
    """:func:`sign_features` for serialised documents, packed as bytes: what a worker runs."""
    signed = sign_features([DocFeatures(Document.from_dict(item)) for item in batch])
    return [
        (
            s.doc_id,
            s.vector.astype(np.float32).tobytes(),
            s.minhash,
            cand.fingerprints_to_blob(s.fingerprints),
            s.shingles,
        )
        for s in signed
    ]


def _unpack(packed: _Packed) -> Signature:
    doc_id, vector, minhash, fingerprints, shingles = packed
    return Signature(
        doc_id,
        np.frombuffer(vector, dtype=np.float32),
        minhash,
        cand.fingerprints_from_blob(fingerprints),
        shingles,
    )


#: Signs a batch's features (built by the driver) and returns their signatures by document id.
SignBatch = Callable[[Sequence[DocFeatures]], dict[str, Signature]]


class Signer:
    """Signatures for batches of documents on one backend: ``local`` (this process), ``process`` (a
    process pool) or ``ray`` (a local Ray runtime, the running one, or the cluster at ``ray_address``)."""

    def __init__(self, backend: str = "local", *, workers: int = 2, ray_address: str | None = None) -> None:
        if backend not in BACKENDS:
            raise BatchError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        self.backend = backend
        self.workers = workers
        self.ray_address = ray_address

    def batches(self, batches: Iterable[list[Document]]) -> Iterator[tuple[list[Document], SignBatch]]:
        """Each batch with a function that, given the batch's features, returns their signatures.

        Locally the signatures are computed from those features (their shingles are then cached for
        the relations); elsewhere the next batches are already being signed while the driver works.
        """
        if self.backend == "local":
            for batch in batches:
                yield batch, _by_id_of_features
            return
        work = ((batch, [d.to_dict(include_layers=False) for d in batch]) for batch in batches)
        for batch, packed in map_ordered(
            sign_documents, work, backend=self.backend, workers=self.workers, ray_address=self.ray_address
        ):
            yield batch, _Signed({p[0]: _unpack(p) for p in packed})


class _Signed:
    """Signatures computed elsewhere: the driver's features are not needed."""

    def __init__(self, signed: dict[str, Signature]) -> None:
        self.signed = signed

    def __call__(self, features: Sequence[DocFeatures]) -> dict[str, Signature]:
        return self.signed


def _by_id_of_features(features: Sequence[DocFeatures]) -> dict[str, Signature]:
    return {s.doc_id: s for s in sign_features(features)}
