"""Rebuild the word vectors the neural NER tagger starts from, from unlabeled Arabic news text.

Usage (a few minutes on two cores; needs ``gensim`` at build time only)::

    python -m rasid.ner.build_embeddings ../shared/data/saudinewsnet src/rasid/data/ner/vectors.npz

Method: every SaudiNewsNet article is tokenised like the tagger tokenises (clitics stay
attached, as in ANERcorp), each word folded with ``normalize_for_search``, and a skip-gram
word2vec model is trained on the result. The ``VOCAB`` most frequent words are kept, as
float16 unit-free vectors in a compressed ``.npz`` (``words``, ``vectors``). The tagger
looks a word up by its folded form, then by its clitic-stripped stems, so a name the
labelled data never showed still arrives with a vector learned from 9 million words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from rasid.ner.build_clusters import iter_articles
from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import tokenize

VOCAB = 80_000
DIM = 100
MIN_COUNT = 5
EPOCHS = 5
SEED = 7


def folded_sentences(folder: Path) -> Iterator[list[str]]:
    """Each article as one list of folded words (word2vec's window never crosses articles)."""
    cache: dict[str, str] = {}
    for text in iter_articles(folder):
        words = []
        for tok in tokenize(text):
            key = cache.get(tok.text)
            if key is None:
                key = cache[tok.text] = normalize_for_search(tok.text) or tok.text
            words.append(key)
        if words:
            yield words


def build(folder: Path, out: Path, workers: int = 2) -> None:
    from gensim.models import Word2Vec

    corpus = list(folded_sentences(folder))
    print(f"{len(corpus):,} articles, {sum(map(len, corpus)):,} tokens", file=sys.stderr)
    model = Word2Vec(
        corpus,
        vector_size=DIM,
        window=5,
        min_count=MIN_COUNT,
        sg=1,
        negative=10,
        epochs=EPOCHS,
        workers=workers,
        seed=SEED,
    )
    words = model.wv.index_to_key[:VOCAB]  # most frequent first
    vectors = np.asarray([model.wv[w] for w in words], dtype=np.float32)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, words=np.asarray(words), vectors=vectors.astype(np.float16))
    print(f"wrote {out}: {len(words):,} words x {DIM}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m rasid.ner.build_embeddings SAUDINEWSNET_DIR OUT.npz")
    build(Path(sys.argv[1]), Path(sys.argv[2]))
