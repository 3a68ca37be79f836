"""The neural tagger: a BiLSTM-CRF whose inference runs in plain numpy.

Training needs torch (``rasid.ner.train_neural``); tagging does not: the weights are
exported to one ``.npz`` file and this module runs the network with numpy, so the
default install stays small and offline.

Per token the network reads (all looked up per word type and cached):

* the word2vec vector of the folded word and of its barest clitic-stripped stem
  (``data/ner/vectors.npz``, learned from 9M words of SaudiNewsNet; kept fixed in training,
  so names the labelled data never showed still get a meaningful vector);
* a trained embedding of words seen in the training data;
* a character CNN over the folded word (affixes, transliteration patterns);
* small embeddings of the word shape, the cue-word class (titles, organisation heads…),
  the single-word gazetteer type, the clitics removed, and the multi-word gazetteer mark.

A bidirectional LSTM reads the sentence; a linear layer scores the BIO tags; a CRF picks
the best sequence (Viterbi) and forward–backward gives each token's marginal probability,
reported as confidence.

Everything that depends only on the word (including its share of the LSTM's input
projection) is computed once per word type, so tagging costs little more than the
LSTM recurrence, which runs over all sentences of a text at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from rasid.errors import ModelFileError
from rasid.ner.corpora import repair_bio
from rasid.ner.features import Resources, _shape, default_resources, gazetteer_marks
from rasid.ner.tagger import TaggedSentence
from rasid.text.words import fold_many, folded_readings

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
#: Characters of the folded word the character CNN sees (longer words are cut; Arabic words rarely are).
MAX_CHARS = 16
_CACHE_LIMIT = 200_000
#: Longest token sequence run through the LSTM at once; longer sentences are tagged in pieces.
MAX_STEPS = 80
#: Word types whose input projections stay cached (each row is 8 × hidden floats per member, ~6 kB for the
#: shipped model, so this bounds the cache near 200 MB; news vocabulary is Zipfian, the common words stay).
PROJECTION_CACHE_LIMIT = 32_768
#: Most sequences in one batch.
MAX_BATCH = 64
PAD, UNK = 0, 1


@cache
def _threadpools() -> ThreadpoolController:
    """The process's BLAS/OpenMP pools, found once (``threadpool_limits`` looks them up on every call)."""
    return ThreadpoolController()


def vectors_path() -> Path:
    return Path(str(resources.files("rasid.data") / "ner" / "vectors.npz"))


@cache
def pretrained_vectors(path: str | None = None) -> tuple[dict[str, int], np.ndarray]:
    """(word -> row, matrix) with row 0 all zeros for words outside the vocabulary."""
    target = Path(path) if path else vectors_path()
    try:
        data = np.load(target)
    except OSError as exc:
        raise ModelFileError(f"word vectors not found: {target} (run rasid.ner.build_embeddings)") from exc
    words = [str(w) for w in data["words"]]
    matrix = np.vstack(
        [np.zeros((1, data["vectors"].shape[1]), np.float32), data["vectors"].astype(np.float32)]
    )
    return {w: i + 1 for i, w in enumerate(words)}, matrix


def _index(items: Sequence[str]) -> dict[str, int]:
    """Ids for a closed vocabulary: 0 = padding/none, 1 = unknown, then the items."""
    return {item: i + 2 for i, item in enumerate(items)}


@dataclass(frozen=True)
class Vocabularies:
    """The discrete inputs' vocabularies, saved with the model so training and tagging agree."""

    words: tuple[str, ...]  # trained word embeddings (folded forms seen in training)
    chars: tuple[str, ...]
    shapes: tuple[str, ...]
    cues: tuple[str, ...]
    gazetteer: tuple[str, ...]
    clitics: tuple[str, ...]
    marks: tuple[str, ...]

    def to_json(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: dict[str, list[str]]) -> Vocabularies:
        return cls(**{k: tuple(v) for k, v in data.items()})


#: The per-token id columns, in the order ``Featurizer.word_ids`` returns them.
ID_COLUMNS = ("form", "stem", "word", "shape", "cue", "gazetteer", "clitic")


class Featurizer:
    """Token strings -> integer ids for the network (per word type, cached)."""

    def __init__(self, vocab: Vocabularies, res: Resources | None = None, vectors: str | None = None):
        self.vocab = vocab
        self.res = res if res is not None else default_resources()
        self.pre_index, self.pre_matrix = pretrained_vectors(vectors)
        self._words, self._chars = _index(vocab.words), _index(vocab.chars)
        self._shapes, self._cues = _index(vocab.shapes), _index(vocab.cues)
        self._gaz, self._clitics, self._marks = (
            _index(vocab.gazetteer),
            _index(vocab.clitics),
            _index(vocab.marks),
        )
        self._cache: dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]] = {}

    def word_ids(self, word: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
        """(ids in ``ID_COLUMNS`` order, character ids, stems for gazetteer matching)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        norm, readings, stems = folded_readings(word)
        pre = self.pre_index
        form = pre.get(norm, 0)
        # the barest reading the vectors know (وبالفيلق -> فيلق), else none; loops, not generators:
        # this runs for every word the tagger meets for the first time
        stem = 0
        for s in reversed(stems[1:]):
            if s in pre:
                stem = pre[s]
                break
        cue = gaz = None
        for s in stems:
            cue = cue or self.res.cues.get(s)
            gaz = gaz or self.res.gazetteer.get(s)
        ids = (
            form,
            stem,
            self._words.get(norm, UNK),
            self._shapes.get(_shape(norm), UNK),
            self._cues.get(cue, UNK) if cue else PAD,
            self._gaz.get(gaz, UNK) if gaz else PAD,
            self._clitics.get(readings[-1][0], UNK) if len(readings) > 1 else PAD,
        )
        char_ids = self._chars.get
        chars = tuple(map(char_ids, norm[:MAX_CHARS], repeat(UNK)))
        hit = (ids, chars, stems)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = hit
        return hit

    def mark_ids(self, stems: Sequence[tuple[str, ...]]) -> list[int]:
        return [self._marks.get(m, UNK) if m else PAD for m in gazetteer_marks(stems, self.res.multi)]


def char_matrix(words: Sequence[Sequence[int]]) -> np.ndarray:
    """Each word's character ids in a row of MAX_CHARS + 2, with a zero (padding) column either side."""
    out = np.zeros((len(words), MAX_CHARS + 2), np.int64)
    for row, ids in enumerate(words):
        out[row, 1 : 1 + len(ids)] = ids
    return out


def build_vocabularies(
    sentences: Sequence[Sequence[str]], res: Resources, min_word_count: int = 2
) -> Vocabularies:
    """Vocabularies from training tokens (words seen at least ``min_word_count`` times)."""
    from collections import Counter

    words: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    shapes: set[str] = set()
    clitics: set[str] = set()
    for sent in sentences:
        for tok in sent:
            norm, readings, _ = folded_readings(tok)
            words[norm] += 1
            chars.update(norm[:MAX_CHARS])
            shapes.add(_shape(norm))
            if len(readings) > 1:
                clitics.add(readings[-1][0])
    gaz_types = sorted(set(res.gazetteer.values()) | {kind for es in res.multi.values() for _, kind in es})
    return Vocabularies(
        words=tuple(sorted(w for w, c in words.items() if c >= min_word_count)),
        chars=tuple(sorted(c for c, n in chars.items() if n >= 2)),
        shapes=tuple(sorted(shapes)),
        cues=tuple(sorted(set(res.cues.values()))),
        gazetteer=tuple(gaz_types),
        clitics=tuple(sorted(clitics)),
        marks=tuple(f"{p}-{k}" for k in gaz_types for p in "BI"),
    )


def _cuts(seq: Sequence[str], limit: int) -> list[tuple[int, int]]:
    """``seq`` in pieces of at most ``limit`` tokens, cut after punctuation where there is some near the end."""
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(seq) - start > limit:
        end = start + limit
        for k in range(end - 1, start + limit // 2, -1):
            if not seq[k][:1].isalnum():
                end = k + 1
                break
        pieces.append((start, end))
        start = end
    pieces.append((start, len(seq)))
    return pieces


def _bounds(lengths: np.ndarray) -> list[tuple[int, int]]:
    ends = np.cumsum(lengths)
    return [(int(e - n), int(e)) for n, e in zip(lengths, ends, strict=True)]


# --- numpy network -------------------------------------------------------------------------------


class NeuralTagger:
    """BiLSTM-CRF tagger over numpy weights exported by ``rasid.ner.train_neural``.

    A model may hold several members trained with different seeds (an ensemble): their
    LSTMs run side by side in the same loop, their tag scores and CRF weights are averaged.
    """

    def __init__(
        self,
        path: Path,
        members: list[dict[str, np.ndarray]],
        meta: dict[str, Any],
        vectors: str | None = None,
    ):
        self.path = path
        self.meta = meta
        self.members = members
        self.featurizer = Featurizer(Vocabularies.from_json(meta["vocabularies"]), vectors=vectors)
        if len(self.featurizer.pre_index) != meta.get("vectors_words", len(self.featurizer.pre_index)):
            raise ModelFileError(
                f"NER model {path} was trained with other word vectors than {vectors_path()}"
            )
        self.hidden = h = int(meta["hidden"])
        self._labels = tuple(meta.get("tags", TAGS))
        # word -> (its row of ``_type_table``: the word's share of every LSTM input projection, its stems,
        # whether one of them begins a multi-word gazetteer name)
        self._type_index: dict[str, tuple[int, tuple[str, ...], bool]] = {}
        self._type_table = np.empty((0, 0), np.float32)
        # All four gates go through one sigmoid, 1 / (1 + exp(-x)) (numpy's exp is vectorised, its tanh is
        # not: half the cost): the input g gate as tanh(x) = 2 sigmoid(2x) - 1. The minus sign and the 2
        # are folded into the weight rows once.
        fold = np.full(4 * h, -1.0, np.float32)
        fold[2 * h : 3 * h] = -2.0
        w_in, b_in, w_hh, mark_rows, self._conv = [], [], [], [], []
        self._char_rows: list[np.ndarray] = []
        for w in members:
            # a member's two directions' input projections side by side: one matmul per batch of new words
            w_in.append(
                np.concatenate([w["lstm.w_ih"] * fold[:, None], w["lstm.w_ih_reverse"] * fold[:, None]]).T
            )
            b_in.append(
                np.concatenate(
                    [
                        (w["lstm.b_ih"] + w["lstm.b_hh"]) * fold,
                        (w["lstm.b_ih_reverse"] + w["lstm.b_hh_reverse"]) * fold,
                    ]
                )
            )
            w_hh += [(w["lstm.w_hh"] * fold[:, None]).T, (w["lstm.w_hh_reverse"] * fold[:, None]).T]
            mark_rows.append(w["emb.mark"] @ w_in[-1][-w["emb.mark"].shape[1] :])
            # id 0 is padding: a zero vector, as in training (zeroed once here, not masked in every call)
            char_rows = w["emb.char"].copy()
            char_rows[0] = 0.0
            self._char_rows.append(char_rows)
            kernel = w["char.conv_w"]  # (filters, dim, 3) -> rows ordered like the concatenated windows
            self._conv.append(kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0]))
        self._w_in, self._b_in = w_in, b_in
        self._w_hh = np.stack(w_hh)  # [2 * members, hidden, 4 * hidden]
        self._mark_rows = np.concatenate(mark_rows, axis=1)
        self._crf = tuple(
            np.mean([w[k] for w in members], axis=0) for k in ("crf.start", "crf.end", "crf.trans")
        )

    @classmethod
    def load(cls, path: str | Path, vectors: str | None = None) -> NeuralTagger:
        path = Path(path)
        meta_path = path.with_suffix(".json")
        try:
            data = np.load(path)
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            prefixes = [f"{m}/" for m in range(meta["members"])] if meta.get("members") else [""]
            members = [
                {k[len(pre) :]: data[k].astype(np.float32) for k in data.files if k.startswith(pre)}
                for pre in prefixes
            ]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelFileError(f"cannot open NER model {path}: {exc}") from exc
        return cls(path, members, meta, vectors)

    # --- inputs -----------------------------------------------------------------------------------
    def _project_new_words(self, words: Sequence[str]) -> None:
        """Cache, for each word not yet seen, everything about it the LSTM input projection sees.

        All new words of a call go through one character-CNN pass and one matmul per member.
        """
        index = self._type_index
        todo = [w for w in dict.fromkeys(words) if w not in index]
        if not todo:
            return
        if len(index) + len(todo) > PROJECTION_CACHE_LIMIT:
            # bounded: drop the half added last — common words are met early, so the first half keeps them
            # (rows are handed out in insertion order, so the kept words keep their rows)
            self._type_index = index = dict(islice(index.items(), PROJECTION_CACHE_LIMIT // 2))
            todo = [w for w in dict.fromkeys(words) if w not in index]
        pre = self.featurizer.pre_matrix
        # the new words folded in one pass (word_ids folds each word it has not met; one call per word was
        # a tenth of tagging while the caches fill)
        fold_many(todo)
        infos = [self.featurizer.word_ids(word) for word in todo]
        ids = np.asarray([info[0] for info in infos], np.int64)
        chars = char_matrix([info[1] for info in infos])
        shared = [pre[ids[:, 0]], pre[ids[:, 1]]]
        projected = []
        for m, w in enumerate(self.members):
            x = np.concatenate(
                [
                    *shared,
                    w["emb.word"][ids[:, 2]],
                    self._char_cnn(chars, m),
                    w["emb.shape"][ids[:, 3]],
                    w["emb.cue"][ids[:, 4]],
                    w["emb.gazetteer"][ids[:, 5]],
                    w["emb.clitic"][ids[:, 6]],
                ],
                axis=1,
            )
            projected.append(x @ self._w_in[m][: x.shape[1]] + self._b_in[m])
        rows = np.concatenate(projected, axis=1)
        first, end = len(index), len(index) + len(todo)
        if end > len(self._type_table):
            # room for the whole cache at once: the OS commits a page only when a row is first
            # written, so it costs memory as it fills, and no row is ever copied to a bigger table
            grown = np.empty((max(end, PROJECTION_CACHE_LIMIT), rows.shape[1]), np.float32)
            if first:
                grown[:first] = self._type_table[:first]
            self._type_table = grown
        self._type_table[first:end] = rows
        heads = self.featurizer.res.multi.keys()
        index.update(
            (word, (first + k, info[2], not heads.isdisjoint(info[2])))
            for k, (word, info) in enumerate(zip(todo, infos, strict=True))
        )

    def _char_cnn(self, chars: np.ndarray, member: int) -> np.ndarray:
        """Max-pooled ReLU convolution (width 3) over each word's characters; ``chars`` is [words, MAX_CHARS + 2]."""
        w = self.members[member]
        seq = self._char_rows[member][chars]
        windows = np.concatenate(
            [seq[:, :-2], seq[:, 1:-1], seq[:, 2:]], axis=2
        )  # [words, positions, 3 * dim]
        # max-pool first, then bias and ReLU: both are monotone, so the result is the same, on 1/16 the values
        pooled = (windows @ self._conv[member]).max(axis=1) + w["char.conv_b"]
        return np.maximum(pooled, 0.0, out=pooled)

    # --- network ----------------------------------------------------------------------------------
    def _emissions(self, sents: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores [sentences, steps, tags] and the active-row counts per step.

        ``sents`` must be sorted longest first: at step ``t`` only the first ``active[t]`` rows
        hold a token, so the recurrences below work on those rows alone — no padding is computed
        and no masks are needed (what torch's packed sequences do).
        """
        lengths = np.asarray([len(s) for s in sents])
        if np.any(np.diff(lengths) > 0):
            raise ValueError("sentences must be sorted longest first")
        flat = [word for sent in sents for word in sent]
        self._project_new_words(flat)
        n, longest, h = len(sents), int(lengths[0]), self.hidden
        active = (lengths[:, None] > np.arange(longest)).sum(axis=0)
        rows = np.repeat(np.arange(n), lengths)
        cols = np.concatenate([np.arange(length) for length in lengths])
        # the reverse direction reads each sentence back to front, left-aligned like the forward one
        rev_cols = lengths[rows] - 1 - cols
        entries = list(map(self._type_index.__getitem__, flat))
        word_rows = np.fromiter(map(itemgetter(0), entries), np.intp, len(entries))
        streams = len(self._w_hh)  # two directions per member: forward streams are even, backward odd
        # each step's table rows per stream and sentence: the LSTM gathers its inputs straight from the
        # cache table, with no [steps, streams, sentences, 4 * hidden] copy in between (padding is never read)
        step_rows = np.zeros((longest, streams, n), np.intp)
        step_rows[cols, 0::2, rows] = word_rows[:, None]
        step_rows[rev_cols, 1::2, rows] = word_rows[:, None]
        # gazetteer marks only for the sentences with a word that may begin a multi-word name (most have
        # none, and their marks are all none, PAD)
        marks = np.zeros(len(flat), np.int64)
        may_begin = np.fromiter(map(itemgetter(2), entries), bool, len(entries))
        if may_begin.any():
            bounds = _bounds(lengths)
            starts = np.asarray([a for a, _ in bounds], np.intp)
            for s in np.flatnonzero(np.logical_or.reduceat(may_begin, starts)).tolist():
                a, b = bounds[s]
                marks[a:b] = self.featurizer.mark_ids([e[1] for e in entries[a:b]])
        # most tokens are in no multi-word gazetteer name; the few that are get their mark's row added
        step_marks: dict[int, list[tuple[int, int, int]]] = {}
        for token in np.flatnonzero(marks).tolist():
            mark, row = int(marks[token]), int(rows[token])
            step_marks.setdefault(int(cols[token]), []).append((0, row, mark))
            step_marks.setdefault(int(rev_cols[token]), []).append((1, row, mark))
        states = self._run_lstm(step_rows, step_marks, active)
        # tag scores of the real tokens only; padding positions are never read downstream
        token_scores = np.zeros((len(flat), len(self._labels)), np.float32)
        for m, w in enumerate(self.members):
            token_scores += states[cols, 2 * m, rows] @ w["out.w"][:, :h].T
            token_scores += states[rev_cols, 2 * m + 1, rows] @ w["out.w"][:, h:].T
            token_scores += w["out.b"]
        scores = np.zeros((n, longest, len(self._labels)), np.float32)
        scores[rows, cols] = token_scores / len(self.members)
        return scores, active

    def _run_lstm(
        self, step_rows: np.ndarray, step_marks: dict[int, list[tuple[int, int, int]]], active: np.ndarray
    ) -> np.ndarray:
        """All directions of all members at once, time-major: ``step_rows`` [steps, streams, sentences]
        names each input's row of the projection table; ``step_marks`` maps a step to the
        (direction, sentence, mark) inputs that add a gazetteer mark's row. Returns the hidden
        states, [steps, streams, sentences, hidden]."""
        longest, streams, n = step_rows.shape
        hs = self.hidden
        table = self._type_table.reshape(len(self._type_table), streams, 4 * hs)
        marks = self._mark_rows.reshape(len(self._mark_rows), streams, 4 * hs)
        stream_ids = np.arange(streams)[:, None]
        h = np.zeros((streams, n, hs), np.float32)
        c = np.zeros((streams, n, hs), np.float32)
        gates = np.empty((streams, n, 4 * hs), np.float32)
        scratch = np.empty((streams, n, hs), np.float32)
        out = np.empty((longest, streams, n, hs), np.float32)
        w_hh = self._w_hh
        # exp overflowing to inf is fine: 1 / (1 + inf) = 0
        with np.errstate(over="ignore"):
            for t in range(longest):
                k = int(active[t])
                hk, ck, gk, sk = h[:, :k], c[:, :k], gates[:, :k], scratch[:, :k]
                i, f, g, o = (gk[:, :, j * hs : (j + 1) * hs] for j in range(4))
                # in place throughout: these arrays are small, allocating them each step would cost more
                np.matmul(hk, w_hh, out=gk)
                gk += table[step_rows[t, :, :k], stream_ids]
                for direction, row, mark in step_marks.get(t, ()):
                    gk[direction::2, row] += marks[mark, direction::2]
                np.exp(gk, out=gk)  # of the negated pre-activations (see __init__)
                gk += 1.0
                np.reciprocal(gk, out=gk)
                g *= 2.0  # tanh(x) = 2 sigmoid(2x) - 1, on the g gate's columns alone
                g -= 1.0
                ck *= f
                np.multiply(i, g, out=sk)
                ck += sk
                np.tanh(ck, out=sk)
                np.multiply(o, sk, out=hk)
                out[t, :, :k] = hk
        return out

    def _viterbi(self, em: np.ndarray, active: np.ndarray) -> np.ndarray:
        start, end, trans = self._crf
        n, longest, tags = em.shape
        score = start + em[:, 0]
        # a finished sentence's back-pointers stay the identity, so its best path is read off unchanged
        back = np.broadcast_to(np.arange(tags), (n, longest, tags)).copy()
        for t in range(1, longest):
            k = int(active[t])
            cand = score[:k, :, None] + trans
            back[:k, t] = cand.argmax(axis=1)
            score[:k] = cand.max(axis=1) + em[:k, t]
        path = np.zeros((n, longest), np.int64)
        path[:, -1] = (score + end).argmax(axis=1)
        rows = np.arange(n)
        for t in range(longest - 1, 0, -1):
            path[:, t - 1] = back[rows, t, path[:, t]]
        return path

    def _marginals(self, em: np.ndarray, active: np.ndarray) -> np.ndarray:
        """Per-token tag probabilities by forward-backward, in probability space with per-step rescaling.

        Any factor shared by one time step cancels when a token's marginals are normalised, so each
        step is rescaled to sum to one: no logarithms, one small matmul a step.
        """
        start, end, trans = (x.astype(np.float64) for x in self._crf)
        n, longest, tags = em.shape
        emit = np.exp(em - em.max(axis=2, keepdims=True)).astype(np.float64)
        step_matrix, final = np.exp(trans - trans.max()), np.exp(end - end.max())
        alpha = np.empty((n, longest, tags))
        beta = np.empty((n, longest, tags))
        a = np.exp(start - start.max()) * emit[:, 0]
        alpha[:, 0] = a = a / a.sum(axis=1, keepdims=True)
        for t in range(1, longest):
            k = int(active[t])
            nxt = (a[:k] @ step_matrix) * emit[:k, t]
            a[:k] = nxt / nxt.sum(axis=1, keepdims=True)
            alpha[:, t] = a
        b = np.tile(final, (n, 1))  # a sentence's last token sees only the end weights
        beta[:, -1] = b
        for t in range(longest - 2, -1, -1):
            k = int(active[t + 1])
            nxt = (emit[:k, t + 1] * b[:k]) @ step_matrix.T
            b[:k] = nxt / nxt.sum(axis=1, keepdims=True)
            beta[:, t] = b
        joint = alpha * beta
        return joint / joint.sum(axis=2, keepdims=True)

    # --- public -----------------------------------------------------------------------------------
    def tag_many(self, sents: Sequence[Sequence[str]], *, confidence: bool = False) -> list[TaggedSentence]:
        """Tag sentences in one batched pass (they may come from many documents; each is read on its own)."""
        kept = [i for i, s in enumerate(sents) if s]
        tagged = self._tag_sequences([sents[i] for i in kept], confidence)
        out = [TaggedSentence([], []) for _ in sents]
        for i, result in zip(kept, tagged, strict=True):
            out[i] = result
        return out

    def _tag_sequences(self, seqs: Sequence[Sequence[str]], confidence: bool) -> list[TaggedSentence]:
        pieces = [(i, a, b) for i, seq in enumerate(seqs) for a, b in _cuts(seq, MAX_STEPS) if b > a]
        # longest first: the network then works on the active rows only, so one batch can mix lengths
        order = sorted(range(len(pieces)), key=lambda k: pieces[k][1] - pieces[k][2])
        results: dict[int, tuple[list[int], list[float]]] = {}
        # small numpy calls: more threads only add synchronisation (and on a busy machine, a lot of it)
        with _threadpools().limit(limits=1):
            for lo in range(0, len(order), MAX_BATCH):
                batch = [pieces[k] for k in order[lo : lo + MAX_BATCH]]
                em, active = self._emissions([seqs[i][a:b] for i, a, b in batch])
                paths = self._viterbi(em, active)
                marg = self._marginals(em, active) if confidence else None
                for row, (k, (_, a, b)) in enumerate(zip(order[lo : lo + MAX_BATCH], batch, strict=True)):
                    ids = paths[row, : b - a].tolist()
                    probs = marg[row, np.arange(b - a), ids].tolist() if marg is not None else []
                    results[k] = (ids, probs)
        tags: list[list[str]] = [[] for _ in seqs]
        conf: list[list[float]] = [[] for _ in seqs]
        for k, (i, _, _) in enumerate(pieces):  # pieces are in text order
            ids, probs = results[k]
            tags[i].extend(map(self._labels.__getitem__, ids))
            conf[i].extend(probs)
        return [TaggedSentence(repair_bio(t), c) for t, c in zip(tags, conf, strict=True)]

    def tag(self, tokens: Sequence[str], *, confidence: bool = False) -> TaggedSentence:
        return self.tag_many([tokens], confidence=confidence)[0]


def combine_members(paths: Sequence[str | Path], out: str | Path) -> None:
    """Write one ensemble model from single models trained on the same data (same vocabularies and size)."""
    metas = [json.loads(Path(p).with_suffix(".json").read_text(encoding="utf-8")) for p in paths]
    first = metas[0]
    for path, meta in zip(paths, metas, strict=True):
        if (
            meta.get("members")
            or meta["vocabularies"] != first["vocabularies"]
            or meta["hidden"] != first["hidden"]
        ):
            raise ModelFileError(
                f"{path} cannot join this ensemble: other vocabularies, size, or already an ensemble"
            )
    arrays = {}
    for m, path in enumerate(paths):
        with np.load(path) as data:
            arrays.update({f"{m}/{k}": data[k] for k in data.files})
    out = Path(out)
    np.savez_compressed(out, **arrays)
    meta = {**first, "members": len(paths), "member_settings": [m.get("settings") for m in metas]}
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
