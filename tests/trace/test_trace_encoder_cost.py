"""What the sentence encoder spends (issue 14: it is most of tracing's CPU at SaudiNewsNet scale): its tokenizer
remembers each word's pieces, and gives exactly the ids the package's tokenizer gives.

Sentences written for this test.
"""

from __future__ import annotations

import numpy as np

from rasid.trace import encoder

TEXTS = [
    "The port of Mombasa unloaded 412 containers overnight, the port authority said on Tuesday.",
    "  Leading and trailing spaces,   and several   inside.  ",
    "أعلنت هيئة الموانئ أن ميناء ممباسا أفرغ 412 حاوية خلال الليل، وأن 38 سفينة تنتظر في البحر.",
    "وقالت الهيئة إن الرافعات الجديدة ضاعفت سرعة التفريغ في الميناء.",
    "Le port de Mombasa a déchargé 412 conteneurs pendant la nuit, selon l'autorité portuaire.",
    "Порт Момбасы за ночь разгрузил 412 контейнеров, сообщили в портовом управлении.",
    "A word, a word again, and the word once more: word word word.",
    "x",
    "",
    "   ",
    "ﻻ ﺍﻟﻠﻪ ﷲ ① ½ ｆｕｌｌ-width",  # characters the normalizer maps to others
    "tabs\tand\nnew lines\u00a0and no-break\u200bspaces inside one word",  # spaces that are not ASCII spaces
    "cafe\u0301 \u0301accent after a space, e\u0301te\u0301",  # combining marks at a word's edges
    "\u200b \u200b",  # nothing but spaces of other kinds
]


def test_word_memo_gives_the_packages_ids() -> None:
    memo = encoder._model()._sp
    package = memo._inner
    for text in TEXTS * 2:  # the second pass reads the remembered words
        assert memo.encode(text, out_type=int, add_bos=True, add_eos=True) == package.encode(
            text, out_type=int, add_bos=True, add_eos=True
        )
    assert memo.encode(TEXTS[0], out_type=str) == package.encode(TEXTS[0], out_type=str)


def test_the_memo_stays_bounded_and_forgets_nothing_it_needs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    memo = encoder._model()._sp
    monkeypatch.setattr(encoder, "WORD_CACHE", 5)
    memo._words.clear()
    for text in TEXTS:
        assert memo.encode(text) == memo._inner.encode(text)
        assert len(memo._words) <= 5


def test_vectors_are_those_of_the_packages_tokenizer() -> None:
    model = encoder._model()
    tokenize = model._sp
    try:
        memo_vectors = encoder.embed(TEXTS[:4])
        model._backend.sp = tokenize._inner  # the package's own tokenizer, for comparison
        package_vectors = encoder.embed(TEXTS[:4])
    finally:
        model._backend.sp = tokenize
    assert np.array_equal(memo_vectors, package_vectors)


def _package_vectors(texts: list[str]) -> np.ndarray:
    """The vectors of the package's own forward pass (the memo's override taken off for the call)."""
    backend = encoder._model()._model
    memo_step = backend.__dict__.pop("_encode_batch")
    try:
        return encoder.embed(texts)
    finally:
        backend._encode_batch = memo_step


def test_token_memo_gives_the_packages_vectors() -> None:
    memo_vectors = encoder.embed(TEXTS * 2)  # the second pass reads remembered tokens
    package_vectors = _package_vectors(TEXTS * 2)
    assert memo_vectors.shape == package_vectors.shape == (len(TEXTS) * 2, encoder.DIM)
    assert np.abs(memo_vectors - package_vectors).max() < 1e-5
    assert np.einsum("ij,ij->i", memo_vectors, package_vectors).min() > 0.99999


def test_a_full_token_memo_starts_again_and_a_long_text_gets_its_own(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = encoder._model()
    small = encoder._TokenMemoForward(model._model, capacity=40)
    monkeypatch.setattr(model._model, "_encode_batch", small.encode_batch)
    long_text = " ".join(TEXTS)  # more distinct pieces than 40
    vectors = encoder.embed([*TEXTS, long_text, *TEXTS])
    assert small.used <= 40
    monkeypatch.undo()
    package_vectors = _package_vectors([*TEXTS, long_text, *TEXTS])
    assert np.abs(vectors - package_vectors).max() < 1e-5


def test_release_memos_empties_the_token_memo() -> None:
    encoder.embed(TEXTS[:3])
    memo = encoder._model()._token_memo
    assert memo.used > 0
    encoder.release_memos()
    assert memo.used == 0 and (memo.slot < 0).all()
    assert np.abs(encoder.embed(TEXTS[:3]) - _package_vectors(TEXTS[:3])).max() < 1e-5


def test_shingles_hash_each_run_of_three_words() -> None:
    from rasid.trace.features import make_shingles, stable_hash

    text = "the port of mombasa unloaded 412 containers"
    words = text.split()
    shingles = make_shingles(text)
    assert list(shingles.hashes) == [stable_hash(" ".join(words[i : i + 3])) for i in range(len(words) - 2)]
    assert [text[s:e] for s, e in zip(shingles.starts, shingles.ends, strict=True)] == words
    assert list(make_shingles("two words").hashes) == [stable_hash("two words")]
    assert len(make_shingles("").hashes) == 0
