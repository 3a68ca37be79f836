"""Rebuild the word-cluster file the NER features use, from unlabeled Arabic news text.

Usage (about 75 seconds on a quiet core)::

    python -m rasid.ner.build_clusters ../shared/data/saudinewsnet src/rasid/data/ner/clusters.tsv.gz

Method: count each frequent word's neighbours (left/right, distance 1 and 2, separately)
over SaudiNewsNet, weight the counts by positive PMI with smoothed context
probabilities, reduce with a truncated SVD, then k-means the unit vectors at three
granularities (64, 256 and 1024 clusters). Words used alike (names, places, verbs of
saying…) land together, which lets the tagger generalise to names it never saw labelled.
The file is ``word<TAB>c64<TAB>c256<TAB>c1024`` for the most frequent normalised words.
Needs numpy and scipy (build time only; the tagger only reads the file).
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import tokenize

VOCAB = 50_000
CONTEXTS = 2_500
DIM = 100
GRANULARITIES = (64, 256, 1024)
MIN_COUNT = 5


def iter_articles(folder: Path):
    for zpath in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    for article in json.loads(z.read(name).decode("utf-8")):
                        yield (article.get("title") or "") + "\n" + (article.get("content") or "")


def corpus_ids(folder: Path) -> tuple[list[str], np.ndarray]:
    """Normalised tokens as integer ids (most frequent first), -1 between articles."""
    cache: dict[str, str] = {}
    docs: list[list[str]] = []
    counts: Counter[str] = Counter()
    for text in iter_articles(folder):
        words = []
        for tok in tokenize(text):
            key = cache.get(tok.text)
            if key is None:
                key = cache[tok.text] = normalize_for_search(tok.text)
            words.append(key)
        counts.update(words)
        docs.append(words)
    vocab = [w for w, c in counts.most_common(VOCAB) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    ids: list[int] = []
    for words in docs:
        ids.extend(index.get(w, len(vocab)) for w in words)  # len(vocab) = rare word
        ids.append(-1)
    return vocab, np.asarray(ids, dtype=np.int64)


def cooccurrence(ids: np.ndarray, n_words: int):
    from scipy import sparse

    blocks = []
    for k, offset in enumerate((-2, -1, 1, 2)):
        if offset < 0:
            w, c = ids[-offset:], ids[:offset]
        else:
            w, c = ids[:-offset], ids[offset:]
        keep = (w >= 0) & (w < n_words) & (c >= 0) & (c < CONTEXTS)
        rows, cols = w[keep], c[keep] + k * CONTEXTS
        blocks.append(
            sparse.coo_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(n_words, 4 * CONTEXTS))
        )
    return sum(b.tocsr() for b in blocks)


def ppmi(counts):
    from scipy import sparse

    counts = counts.tocoo()
    total = counts.sum()
    row_sum = np.asarray(counts.sum(axis=1)).ravel()
    col_sum = np.asarray(counts.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    col_p = col_sum / col_sum.sum()
    pmi = np.log(counts.data / total) - np.log(row_sum[counts.row] / total) - np.log(col_p[counts.col])
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (counts.row[keep], counts.col[keep])), shape=counts.shape)


def kmeans(x: np.ndarray, k: int, iterations: int = 25, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)  # unit vectors: cosine k-means
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) or 1.0)
            else:
                centres[j] = x[rng.integers(len(x))]
    return labels


def build(folder: Path, out: Path) -> None:
    from scipy.sparse.linalg import svds

    vocab, ids = corpus_ids(folder)
    print(f"{len(ids):,} tokens, vocabulary {len(vocab):,}", file=sys.stderr)
    matrix = ppmi(cooccurrence(ids, len(vocab)))
    u, s, _ = svds(matrix, k=DIM, random_state=0)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = [kmeans(vectors, k, seed=k) for k in GRANULARITIES]
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(
            "# word clusters from SaudiNewsNet (PPMI-SVD + k-means 64/256/1024); rasid.ner.build_clusters\n"
        )
        for i, word in enumerate(vocab):
            f.write(f"{word}\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m rasid.ner.build_clusters SAUDINEWSNET_DIR OUT.tsv.gz")
    build(Path(sys.argv[1]), Path(sys.argv[2]))
