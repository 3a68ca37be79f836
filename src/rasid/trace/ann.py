"""The lead-vector index of tracing: usearch (HNSW) over float16 unit vectors, kept in a file beside the store.

Comparing every lead vector with every other is quadratic: at 31k documents the exact search is
seconds, at 300k it is most of a run, and the float32 matrix alone is 600 MB. usearch keeps the
vectors as float16 (the precision they are stored with in ``doc_vectors``) in a navigable graph,
so a query costs about the same at any size. Below :data:`EXACT_BELOW` vectors the same index is
searched exhaustively: exact (small stores trace the same whatever the graph), and no dearer than
walking the graph. On the 29,876 SaudiNewsNet leads, traced in batches as a run does, the graph
finds 99.97 % of the pairs the exact search finds, for 20 CPU-s (adding 9, searching 11) where
the exact scan of the same index takes 66.

The index is saved next to a SQLite store (``<db>.vectors.usearch``; for PostgreSQL a path given
with ``--vector-index``), with the document ids beside it (``….ids``, one ``id<TAB>language`` a
line). :meth:`VectorIndex.open` reuses it when every document it holds is still traced, adds the
traced documents it lacks (an interrupted or another machine's run), and rebuilds it from the
stored vectors otherwise (missing, unreadable, or holding documents no longer traced, as after
``rasid trace --full``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from usearch.index import BatchMatches, Index

from rasid.store.sqlite import SQLiteStore
from rasid.trace.candidates import CROSS_LANGUAGE_MIN, SAME_LANGUAGE_MIN, TOP_K

DIM = 512
#: Below this many vectors a query scans them all (exact); from it on it walks the graph.
EXACT_BELOW = 5_000
#: Graph degree and beam widths (recall: see the module's docstring).
CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 128
#: Vectors read from the store per step while an index is rebuilt or completed.
LOAD_CHUNK = 2048
#: Threads for adding and searching (the trace runs beside other work; raise with RASID_INDEX_THREADS).
THREADS = int(os.environ.get("RASID_INDEX_THREADS", "1"))

_log = logging.getLogger("rasid.trace")


def index_path_for(store: Any) -> Path | None:
    """Where a store's vector index lives by default: beside a SQLite file; nowhere for other stores."""
    if not isinstance(store, SQLiteStore) or store.path == ":memory:":
        return None
    return Path(f"{store.path}.vectors.usearch")


def _ids_path(path: Path) -> Path:
    return path.with_name(path.name + ".ids")


class VectorIndex:
    """Unit vectors with their document ids and languages; top-k by cosine, exact while small.

    Keys inside usearch are positions (0, 1, 2, … in the order documents were added), so the ids
    file lists the documents in key order.
    """

    def __init__(
        self, dim: int = DIM, *, path: str | Path | None = None, exact_below: int = EXACT_BELOW
    ) -> None:
        self.dim = dim
        self.path = Path(path) if path else None
        self.exact_below = exact_below
        self.ids: list[str] = []
        self.languages: list[str | None] = []
        self.position: dict[str, int] = {}
        self._index = self._new_index()
        self._saved = 0

    def _new_index(self) -> Index:
        return Index(
            ndim=self.dim,
            metric="cos",
            dtype="f16",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    @classmethod
    def empty(cls, dim: int = DIM) -> VectorIndex:
        return cls(dim)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def open(
        cls,
        path: str | Path | None,
        traced: Sequence[tuple[str, str | None]],
        load_vectors: Callable[[list[str]], np.ndarray],
        *,
        dim: int = DIM,
        exact_below: int = EXACT_BELOW,
    ) -> VectorIndex:
        """The index for the ``traced`` documents (id, language): the saved one where it is still right,
        completed with the vectors it lacks (``load_vectors(ids)`` gives them in that order)."""
        index = cls(dim, path=path, exact_below=exact_below)
        if index.path is not None and index.path.exists():
            index._read(traced)
        have = index.position
        missing = [(doc_id, language) for doc_id, language in traced if doc_id not in have]
        for lo in range(0, len(missing), LOAD_CHUNK):
            chunk = missing[lo : lo + LOAD_CHUNK]
            ids = [doc_id for doc_id, _ in chunk]
            index.extend(ids, [language for _, language in chunk], load_vectors(ids))
        return index

    def _read(self, traced: Sequence[tuple[str, str | None]]) -> None:
        """Load the saved index, unless it holds documents that are not traced (then start afresh)."""
        assert self.path is not None
        ids_file = _ids_path(self.path)
        try:
            lines = ids_file.read_text(encoding="utf-8").splitlines() if ids_file.exists() else []
            ids = [line.split("\t", 1)[0] for line in lines]
            known = {doc_id for doc_id, _ in traced}
            if not ids or any(doc_id not in known for doc_id in ids):
                _log.info("vector index %s is stale; rebuilding it from the stored vectors", self.path)
                return
            loaded = self._new_index()  # loaded into, so the search settings are ours, not the file's
            loaded.load(str(self.path))
        except (OSError, RuntimeError, ValueError) as exc:
            _log.warning("vector index %s unreadable (%s); rebuilding it", self.path, exc)
            return
        if len(loaded) != len(ids) or loaded.ndim != self.dim or loaded.dtype != self._index.dtype:
            _log.info("vector index %s does not match its ids; rebuilding it", self.path)
            return
        self._index = loaded
        self.ids = ids
        self.languages = [(line.split("\t", 1)[1] if "\t" in line else "") or None for line in lines]
        self.position = {doc_id: i for i, doc_id in enumerate(ids)}
        self._saved = len(ids)

    def save(self) -> None:
        """Write the index and its ids beside the store (each through a temporary file, then renamed)."""
        if self.path is None or self._saved == len(self.ids):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        self._index.save(str(tmp))
        ids_tmp = _ids_path(tmp)
        ids_tmp.write_text(
            "".join(
                f"{doc_id}\t{language or ''}\n"
                for doc_id, language in zip(self.ids, self.languages, strict=True)
            ),
            encoding="utf-8",
        )
        # ids first: an index whose ids file has other lines is taken as stale and rebuilt, never misread
        os.replace(ids_tmp, _ids_path(self.path))
        os.replace(tmp, self.path)
        self._saved = len(self.ids)

    def extend(self, ids: Sequence[str], languages: Sequence[str | None], vectors: np.ndarray) -> None:
        new = [i for i, doc_id in enumerate(ids) if doc_id not in self.position]
        if not new:
            return
        start = len(self.ids)
        keys = np.arange(start, start + len(new), dtype=np.uint64)
        self._index.add(keys, np.asarray(vectors, dtype=np.float32)[new], threads=THREADS)
        for offset, i in enumerate(new):
            self.position[ids[i]] = start + offset
            self.ids.append(ids[i])
            self.languages.append(languages[i])

    def vectors_of(self, ids: Sequence[str]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = np.asarray([self.position[i] for i in ids], dtype=np.uint64)
        found: Any = self._index.get(keys, dtype="f32")  # a tuple of vectors, one per key
        return np.vstack(found)

    def neighbours(
        self,
        query_ids: Sequence[str],
        query_languages: Sequence[str | None],
        queries: np.ndarray,
        *,
        top_k: int = TOP_K,
        same_language_min: float = SAME_LANGUAGE_MIN,
        cross_language_min: float = CROSS_LANGUAGE_MIN,
    ) -> list[tuple[str, str, float]]:
        """Pairs ``(query id, neighbour id, cosine)`` among each query's ``top_k`` nearest, above the
        language-dependent minimum."""
        out: list[tuple[str, str, float]] = []
        if not self.ids or len(queries) == 0:
            return out
        k = min(top_k + 1, len(self.ids))  # +1: a document finds itself
        found = self._index.search(
            np.asarray(queries, dtype=np.float32), k, exact=len(self.ids) < self.exact_below, threads=THREADS
        )
        if isinstance(found, BatchMatches):
            keys, distances, counts = found.keys, found.distances, found.counts
        else:  # one query: usearch answers with a flat Matches
            keys, distances = found.keys[None, :], found.distances[None, :]
            counts = np.array([len(found.keys)])
        for row in range(len(queries)):
            qid, qlang = query_ids[row], query_languages[row] or "?"
            for col in range(int(counts[row])):
                position = int(keys[row, col])
                nid = self.ids[position]
                if nid == qid:
                    continue
                cos = 1.0 - float(distances[row, col])
                minimum = (
                    same_language_min if (self.languages[position] or "?") == qlang else cross_language_min
                )
                if cos >= minimum:
                    out.append((qid, nid, cos))
        return out
