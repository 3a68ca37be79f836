"""The BiLSTM-CRF tagger: numpy inference must compute what the torch network computes.

Each test builds its own tiny word-vector file and network (never the shipped ones), so
the export, the numpy LSTM, Viterbi and forward-backward are checked on their own.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from rasid.errors import ModelFileError
from rasid.ner import neural
from rasid.ner.features import default_resources
from rasid.ner.neural import (
    MAX_STEPS,
    TAGS,
    Featurizer,
    NeuralTagger,
    _cuts,
    build_vocabularies,
    char_matrix,
    combine_members,
)
from rasid.text.normalize import normalize_for_search

torch = pytest.importorskip("torch")
from rasid.ner.train_neural import build_network, encode, export, train  # noqa: E402

# sentences written for these tests: (token, tag) pairs
TRAIN = [
    [("قال", "O"), ("الرئيس", "O"), ("سامي", "B-PER"), ("كوناتي", "I-PER"), ("في", "O"), ("باماكو", "B-LOC")],
    [("وصل", "O"), ("الوزير", "O"), ("ماريو", "B-PER"), ("دالي", "I-PER"), ("إلى", "O"), ("نيامي", "B-LOC")],
    [
        ("أعلنت", "O"),
        ("وكالة", "B-ORG"),
        ("الأنباء", "I-ORG"),
        ("المحلية", "I-ORG"),
        ("الخبر", "O"),
        (".", "O"),
    ],
    [("زار", "O"), ("سامي", "B-PER"), ("كوناتي", "I-PER"), ("مدينة", "O"), ("غاو", "B-LOC"), ("،", "O")],
]
SETTINGS = {"hidden": 6, "word_dim": 5, "char_dim": 4, "char_filters": 5, "small_dim": 3, "batch": 2}


@pytest.fixture
def vectors(tmp_path):
    words = sorted({normalize_for_search(w) for s in TRAIN for w, _ in s} | {"مدينه", "رئيس"})
    rng = np.random.default_rng(1)
    path = tmp_path / "vectors.npz"
    np.savez_compressed(
        path, words=np.asarray(words), vectors=rng.normal(size=(len(words), 7)).astype(np.float16)
    )
    return str(path)


def _random_model(tmp_path, vectors, seed=3):
    torch.manual_seed(seed)
    res = default_resources()
    featurizer = Featurizer(build_vocabularies([[w for w, _ in s] for s in TRAIN], res, 1), res, vectors)
    settings = {**SETTINGS, "dropout": 0.0}
    net = build_network(featurizer, settings)
    with torch.no_grad():
        for p in [net.start, net.end, net.trans]:
            p.normal_()
        for p in net.parameters():  # the export stores float16: compare against the same numbers
            p.copy_(p.half().float())
    net.eval()
    path = tmp_path / f"tiny{seed}.npz"
    export(net, featurizer, settings, path, {})
    return net, featurizer, NeuralTagger.load(path, vectors)


def test_numpy_emissions_equal_torch(tmp_path, vectors):
    net, featurizer, tagger = _random_model(tmp_path, vectors)
    sents = [[w for w, _ in s] for s in TRAIN] + [["كلمة", "جديدة", "تماما"]]  # unseen words too
    em, active = tagger._emissions(sents)
    encoded = [encode(featurizer, s) for s in sents]
    longest = max(map(len, sents))
    ids = torch.zeros(len(sents), longest, 7, dtype=torch.long)
    chars = torch.zeros(len(sents), longest, encoded[0][1].shape[1], dtype=torch.long)
    marks = torch.zeros(len(sents), longest, dtype=torch.long)
    for row, (a, c, m) in enumerate(encoded):
        n = len(a)
        ids[row, :n], chars[row, :n], marks[row, :n] = (
            torch.from_numpy(a),
            torch.from_numpy(c),
            torch.from_numpy(m),
        )
    lengths = torch.tensor([len(s) for s in sents])
    with torch.no_grad():
        expected = net.emissions(ids, chars, marks, lengths).numpy()
    for row, sent in enumerate(sents):
        np.testing.assert_allclose(em[row, : len(sent)], expected[row, : len(sent)], atol=2e-3)
    assert active.sum() == sum(map(len, sents))  # each step works on the sentences still running


def test_an_ensemble_averages_its_members(tmp_path, vectors):
    singles = [_random_model(tmp_path, vectors, seed)[2] for seed in (3, 4)]
    combine_members([t.path for t in singles], tmp_path / "both.npz")
    both = NeuralTagger.load(tmp_path / "both.npz", vectors)
    sents = [[w for w, _ in s] for s in TRAIN]
    em, _ = both._emissions(sents)
    expected = (singles[0]._emissions(sents)[0] + singles[1]._emissions(sents)[0]) / 2
    np.testing.assert_allclose(em, expected, atol=1e-4)
    for got, a, b in zip(both._crf, singles[0]._crf, singles[1]._crf, strict=True):
        np.testing.assert_allclose(got, (a + b) / 2, atol=1e-6)
    with pytest.raises(ModelFileError):
        combine_members([both.path, singles[0].path], tmp_path / "nested.npz")


def test_viterbi_and_marginals_agree_with_brute_force(tmp_path, vectors):
    _, _, tagger = _random_model(tmp_path, vectors)
    sent = ["سامي", "في", "غاو"]
    em, mask = tagger._emissions([sent, ["قال"]])  # a shorter sentence in the batch: rows stop early
    start, end, trans = tagger._crf
    k = len(TAGS)

    def path_score(path):
        s = start[path[0]] + em[0, 0, path[0]] + end[path[-1]]
        for t in range(1, len(path)):
            s += trans[path[t - 1], path[t]] + em[0, t, path[t]]
        return float(s)

    paths = list(itertools.product(range(k), repeat=len(sent)))
    scores = np.array([path_score(p) for p in paths])
    assert tuple(tagger._viterbi(em, mask)[0]) == paths[int(scores.argmax())]
    probs = np.exp(scores - scores.max())
    probs /= probs.sum()
    marginals = tagger._marginals(em, mask)[0]
    for t in range(len(sent)):
        expected = [probs[[p[t] == j for p in paths]].sum() for j in range(k)]
        np.testing.assert_allclose(marginals[t], expected, atol=1e-4)
    short = tagger._marginals(em, mask)[1, 0]
    assert short.sum() == pytest.approx(1.0, abs=1e-4)
    alone_em, alone_active = tagger._emissions([["قال"]])
    np.testing.assert_allclose(short, tagger._marginals(alone_em, alone_active)[0, 0], atol=1e-5)
    assert tagger._viterbi(em, mask)[1, 0] == tagger._viterbi(alone_em, alone_active)[0, 0]
    with pytest.raises(ValueError):
        tagger._emissions([["قال"], sent])  # the network wants the longest sentence first


def test_training_fits_a_small_corpus_and_tags_in_batches(tmp_path, vectors):
    out = tmp_path / "fit.npz"
    train(
        TRAIN * 8,
        out,
        settings={**SETTINGS, "hidden": 16, "epochs": 12, "lr": 0.02},
        vectors=vectors,
        log=lambda m: None,
    )
    tagger = NeuralTagger.load(out, vectors)
    results = tagger.tag_many([[w for w, _ in s] for s in TRAIN] + [[]], confidence=True)
    assert [r.tags for r in results[:-1]] == [[t for _, t in s] for s in TRAIN]
    assert results[-1].tags == []
    assert all(0.0 <= c <= 1.0 for r in results for c in r.confidence)
    assert tagger.tag([w for w, _ in TRAIN[0]]).tags == results[0].tags  # one sentence = same as in a batch


def test_pieces_cut_after_punctuation():
    assert _cuts(["ك"] * 10 + ["،"] + ["ب"] * 5, 12) == [(0, 11), (11, 16)]
    assert _cuts(["ك"] * 30, 12) == [(0, 12), (12, 24), (24, 30)]


def test_sentences_longer_than_the_lstm_window_are_tagged_whole(tmp_path, vectors):
    _, _, tagger = _random_model(tmp_path, vectors)
    long_sentence = [w for s in TRAIN for w, _ in s] * 5  # 120 tokens > MAX_STEPS
    result = tagger.tag(long_sentence, confidence=True)
    assert len(result.tags) == len(result.confidence) == len(long_sentence) > MAX_STEPS


def test_a_full_projection_cache_keeps_results_and_stays_bounded(tmp_path, vectors, monkeypatch):
    _, _, tagger = _random_model(tmp_path, vectors)
    sents = [[w for w, _ in s] for s in TRAIN] + [[f"كلمة{i}", "في", f"مدينة{i}"] for i in range(12)]
    expected = [r.tags for r in tagger.tag_many(sents, confidence=True)]
    _, _, small = _random_model(tmp_path, vectors)
    monkeypatch.setattr(neural, "PROJECTION_CACHE_LIMIT", 8)
    got = [small.tag_many([s], confidence=True)[0].tags for s in sents]
    assert got == expected
    assert len(small._type_index) <= 8


def test_character_padding_reads_as_zero_whatever_the_stored_padding_row() -> None:
    from rasid.ner.api import DEFAULT_MODEL_PATH

    shipped = NeuralTagger.load(DEFAULT_MODEL_PATH)
    members = [{**w, "emb.char": w["emb.char"].copy()} for w in shipped.members]
    for w in members:
        w["emb.char"][0] = 5.0  # a padding row left non-zero by an exporter
    noisy = NeuralTagger(shipped.path, members, shipped.meta)
    chars = char_matrix([[3, 4, 5], [6]])  # two short words: mostly padding
    for member in range(len(members)):
        assert np.array_equal(noisy._char_cnn(chars, member), shipped._char_cnn(chars, member))
