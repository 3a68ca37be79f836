"""The candidate indexes at scale: the usearch lead-vector index against exact search, saved and reopened,
updated incrementally; the compact MinHash-LSH against datasketch's."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHashLSH

from rasid.model import Document
from rasid.store import open_store
from rasid.trace import candidates as cand
from rasid.trace import trace
from rasid.trace.ann import VectorIndex, index_path_for
from rasid.trace.encoder import embed
from rasid.trace.features import lead_text

PAIRS = Path(__file__).parent / "pairs" / "pairs.jsonl"


def _pair_documents() -> list[Document]:
    docs = []
    with PAIRS.open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            for side in "ab":
                item = pair[side]
                docs.append(
                    Document(item["text"], language=item["language"], published=item.get("published"))
                )
    return list({d.id: d for d in docs}.values())


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], list[str | None], np.ndarray]:
    """The 300-odd texts of the tracing pairs with their lead vectors (copies, translations, rewrites, traps)."""
    docs = _pair_documents()
    return [d.id for d in docs], [d.language for d in docs], embed([lead_text(d) for d in docs])


def _exact_pairs(ids, languages, matrix, batch: int) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """What the old in-memory search proposed: for each batch, the exact top-k among all vectors so far. Two
    sets: the pairs it must propose, and those it may (a neighbour tied with the k-th within float error, where
    the index's own arithmetic may rank either first)."""
    matrix = matrix.astype(np.float16).astype(np.float32)  # the index's precision
    must, may = set(), set()
    for lo in range(0, len(ids), batch):
        seen = matrix[: lo + batch]
        sims = matrix[lo : lo + batch] @ seen.T
        for row, sim in enumerate(sims):
            qi = lo + row
            ranked = [col for col in np.argsort(-sim) if col != qi]
            k = cand.TOP_K
            # a tie across the k-th place: the neighbours within float error of it may come in either order
            tie = len(ranked) > k and sim[ranked[k - 1]] - sim[ranked[k]] <= _TIE
            for rank, col in enumerate(ranked):
                tied = tie and abs(sim[col] - sim[ranked[k - 1]]) <= _TIE
                if rank >= k and not tied:
                    break
                same = (languages[col] or "?") == (languages[qi] or "?")
                if sim[col] >= (cand.SAME_LANGUAGE_MIN if same else cand.CROSS_LANGUAGE_MIN):
                    (may if tied else must).add((ids[qi], ids[col]))
    return must, may


#: Cosines this close are one tie: the vectors and the index's dot products agree to about 1e-6.
_TIE = 1e-5


def _index_pairs(index: VectorIndex, ids, languages, matrix, batch: int) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    out = set()
    for lo in range(0, len(ids), batch):
        chunk = ids[lo : lo + batch]
        index.extend(chunk, languages[lo : lo + batch], matrix[lo : lo + batch])
        out |= {
            (q, n) for q, n, _ in index.neighbours(chunk, languages[lo : lo + batch], index.vectors_of(chunk))
        }
    return out


@pytest.mark.parametrize("exact_below", [10**6, 0], ids=["exact", "graph"])
def test_vector_index_proposes_the_pairs_exact_search_proposes(corpus, exact_below):
    ids, languages, matrix = corpus
    must, may = _exact_pairs(ids, languages, matrix, batch=32)
    found = _index_pairs(VectorIndex(exact_below=exact_below), ids, languages, matrix, batch=32)
    assert len(must) > 100  # the corpus has neighbours above the thresholds, across languages too
    assert len(may) < 10  # ties are rare: the comparison is not made loose
    assert must <= found <= must | may


def test_vector_index_survives_reopening_and_is_completed_not_rebuilt(tmp_path, corpus):
    ids, languages, matrix = corpus
    path = tmp_path / "store.db.vectors.usearch"
    first = VectorIndex(path=path, exact_below=0)
    first.extend(ids[:200], languages[:200], matrix[:200])
    first.save()
    assert path.exists()
    loaded: list[str] = []

    def load_vectors(wanted: list[str]) -> np.ndarray:
        loaded.extend(wanted)
        return matrix[[ids.index(i) for i in wanted]]

    traced = list(zip(ids, languages, strict=True))
    reopened = VectorIndex.open(path, traced, load_vectors)
    assert loaded == ids[200:]  # only the documents the saved index lacked were read from the store
    assert reopened.ids[:200] == ids[:200] and len(reopened) == len(ids)
    np.testing.assert_allclose(reopened.vectors_of(ids[:3]), matrix[:3], atol=2e-3)
    in_memory = VectorIndex()
    in_memory.extend(ids, languages, matrix)
    queries = ids[:60]

    def pairs(index: VectorIndex) -> set[tuple[str, str]]:
        return {(q, n) for q, n, _ in index.neighbours(queries, languages[:60], index.vectors_of(queries))}

    assert pairs(reopened) == pairs(in_memory) and pairs(in_memory)
    reopened.save()
    loaded.clear()
    again = VectorIndex.open(path, traced, load_vectors)
    assert loaded == [] and again.ids == reopened.ids


def test_vector_index_holding_untraced_documents_is_rebuilt(tmp_path, corpus):
    ids, languages, matrix = corpus
    path = tmp_path / "v.usearch"
    stale = VectorIndex(path=path)
    stale.extend(ids[:50], languages[:50], matrix[:50])
    stale.save()
    # after `rasid trace --full` only these documents are traced again: the saved index is not reused
    traced = list(zip(ids[10:30], languages[10:30], strict=True))
    rebuilt = VectorIndex.open(path, traced, lambda wanted: matrix[[ids.index(i) for i in wanted]])
    assert rebuilt.ids == ids[10:30]


def test_trace_keeps_the_index_beside_the_store_and_extends_it(tmp_path):
    docs = _pair_documents()
    store = open_store(tmp_path / "t.db")
    store.add_documents(docs[:60])
    first = trace(store)
    path = index_path_for(store)
    assert path == tmp_path / "t.db.vectors.usearch" and path.exists()
    ids_file = path.with_name(path.name + ".ids")
    assert len(ids_file.read_text(encoding="utf-8").splitlines()) == 60
    store.add_documents(docs[60:90])
    second = trace(store)
    assert second.new_documents == 30
    assert len(ids_file.read_text(encoding="utf-8").splitlines()) == 90
    assert first.relations and second.relations  # the new documents found partners among the old ones
    store.close()


def test_compact_lsh_proposes_what_datasketch_proposes():
    rng = np.random.default_rng(7)
    bases = [rng.integers(0, 2**32, 150) for _ in range(40)]
    signatures = []
    for i in range(400):
        shingles = bases[i % 40].copy()
        changed = int(rng.integers(0, 150))
        shingles[:changed] = rng.integers(0, 2**32, changed)  # from near copies to unrelated texts
        signatures.append(cand.minhash(shingles.tolist()))
    reference: dict[str, MinHashLSH] = {}
    index = cand.ShingleIndex()
    for i, m in enumerate(signatures):
        language = "ar" if i % 3 else "fr"
        reference.setdefault(language, MinHashLSH(threshold=cand.LSH_THRESHOLD, num_perm=cand.NUM_PERM))
        reference[language].insert(f"d{i}", m)
        index.add(f"d{i}", language, m)
        if i % 50 == 49:  # queried between additions, as a run does batch by batch
            for j in range(0, i + 1, 7):
                lang = "ar" if j % 3 else "fr"
                assert sorted(index.query(lang, signatures[j])) == sorted(
                    reference[lang].query(signatures[j])
                )
    assert sum(len(index.query("ar", m)) > 1 for m in signatures) > 50  # near copies were found


def test_minhash_with_permutations_drawn_once_is_datasketchs() -> None:
    from datasketch import MinHash

    values = [(i * 2654435761) % 2**32 for i in range(1, 400)]
    for chunk in (values[:3], values, values[::-7]):
        reference = MinHash(
            num_perm=cand.NUM_PERM, seed=cand._SEED, hashfunc=cand._identity, scheme=cand._SCHEME
        )
        reference.update_batch(chunk)
        assert np.array_equal(cand.minhash(chunk).hashvalues, reference.hashvalues)
