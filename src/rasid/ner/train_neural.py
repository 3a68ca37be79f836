"""Train the BiLSTM-CRF tagger with torch and export its weights for the numpy tagger.

Usage::

    python -m rasid.ner.train_neural TRAIN.conll OUT.npz [--dev DEV.conll] [--epochs 30]

Needs torch (``pip install rasid[transformers]`` or any CPU torch) at training time only;
the exported ``OUT.npz`` + ``OUT.json`` are read by ``rasid.ner.neural.NeuralTagger``
with numpy. Training is seeded; with ``--dev`` the epoch with the best dev F1 is kept,
otherwise the last one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rasid.ner.corpora import Sentence, read_anercorp
from rasid.ner.features import default_resources
from rasid.ner.neural import (
    MAX_CHARS,
    TAGS,
    UNK,
    Featurizer,
    NeuralTagger,
    build_vocabularies,
    char_matrix,
    combine_members,
)
from rasid.ner.scorer import evaluate

#: The shipped model's settings (chosen on the dev split; see docs/ner-model-card.md).
DEFAULT_SETTINGS: dict[str, Any] = {
    "hidden": 96,
    "word_dim": 50,
    "char_dim": 24,
    "char_filters": 50,
    "small_dim": 8,
    "dropout": 0.5,
    "word_dropout": 0.1,
    "lr": 2e-3,
    "batch": 16,
    "epochs": 18,
    "seed": 13,
}
#: The shipped model is an ensemble of members trained with these seeds.
DEFAULT_SEEDS = (13, 29)


def encode(featurizer: Featurizer, sent: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(token ids [T, 7], character ids [T, MAX_CHARS + 2], gazetteer marks [T])."""
    ids, chars, stems = zip(*(featurizer.word_ids(word) for word in sent), strict=True)
    return np.asarray(ids, np.int64), char_matrix(chars), np.asarray(featurizer.mark_ids(stems), np.int64)


def build_network(featurizer: Featurizer, settings: dict[str, Any]):  # type: ignore[no-untyped-def]
    import torch
    from torch import nn

    vocab = featurizer.vocab
    s = settings

    def small(n: int) -> nn.Embedding:
        return nn.Embedding(n + 2, s["small_dim"], padding_idx=0)

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("pre", torch.tensor(featurizer.pre_matrix))
            self.word = nn.Embedding(len(vocab.words) + 2, s["word_dim"], padding_idx=0)
            self.char = nn.Embedding(len(vocab.chars) + 2, s["char_dim"], padding_idx=0)
            self.conv = nn.Conv1d(s["char_dim"], s["char_filters"], 3)
            self.shape, self.cue = small(len(vocab.shapes)), small(len(vocab.cues))
            self.gazetteer, self.clitic = small(len(vocab.gazetteer)), small(len(vocab.clitics))
            self.mark = small(len(vocab.marks))
            width = (
                2 * featurizer.pre_matrix.shape[1] + s["word_dim"] + s["char_filters"] + 5 * s["small_dim"]
            )
            self.drop = nn.Dropout(s["dropout"])
            self.lstm = nn.LSTM(width, s["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * s["hidden"], len(TAGS))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))

        def emissions(self, ids, chars, marks, lengths):  # type: ignore[no-untyped-def]
            b, t, _ = ids.shape
            char_vec = self.conv(self.char(chars.view(b * t, -1)).transpose(1, 2)).relu().max(dim=2).values
            x = torch.cat(
                [
                    self.pre[ids[:, :, 0]],
                    self.pre[ids[:, :, 1]],
                    self.word(ids[:, :, 2]),
                    char_vec.view(b, t, -1),
                    self.shape(ids[:, :, 3]),
                    self.cue(ids[:, :, 4]),
                    self.gazetteer(ids[:, :, 5]),
                    self.clitic(ids[:, :, 6]),
                    self.mark(marks),
                ],
                dim=2,
            )
            packed = nn.utils.rnn.pack_padded_sequence(
                self.drop(x), lengths, batch_first=True, enforce_sorted=False
            )
            states, _ = self.lstm(packed)
            states, _ = nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=t)
            return self.out(self.drop(states))

        def nll(self, em, tags, mask):  # type: ignore[no-untyped-def]
            """CRF negative log-likelihood of the gold tags, summed over the batch."""
            b, t, _ = em.shape
            rows = torch.arange(b)
            score = self.start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            for i in range(1, t):
                on = mask[:, i]
                score = score + on * (self.trans[tags[:, i - 1], tags[:, i]] + em[rows, i, tags[:, i]])
                step = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), dim=1)
                alpha = torch.where(on.unsqueeze(1).bool(), step, alpha)
            last = tags[rows, mask.sum(dim=1).long() - 1]
            score = score + self.end[last]
            return (torch.logsumexp(alpha + self.end, dim=1) - score).sum()

    return Network()


def export(net, featurizer: Featurizer, settings: dict[str, Any], out: Path, info: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """Write the numpy weights (``out``) and the metadata with vocabularies (``out`` .json)."""
    p = {k: v.detach().cpu().numpy() for k, v in net.state_dict().items()}
    weights = {
        "emb.word": p["word.weight"],
        "emb.char": p["char.weight"],
        "char.conv_w": p["conv.weight"],
        "char.conv_b": p["conv.bias"],
        "emb.shape": p["shape.weight"],
        "emb.cue": p["cue.weight"],
        "emb.gazetteer": p["gazetteer.weight"],
        "emb.clitic": p["clitic.weight"],
        "emb.mark": p["mark.weight"],
        "lstm.w_ih": p["lstm.weight_ih_l0"],
        "lstm.w_hh": p["lstm.weight_hh_l0"],
        "lstm.b_ih": p["lstm.bias_ih_l0"],
        "lstm.b_hh": p["lstm.bias_hh_l0"],
        "lstm.w_ih_reverse": p["lstm.weight_ih_l0_reverse"],
        "lstm.w_hh_reverse": p["lstm.weight_hh_l0_reverse"],
        "lstm.b_ih_reverse": p["lstm.bias_ih_l0_reverse"],
        "lstm.b_hh_reverse": p["lstm.bias_hh_l0_reverse"],
        "out.w": p["out.weight"],
        "out.b": p["out.bias"],
        "crf.start": p["start"],
        "crf.end": p["end"],
        "crf.trans": p["trans"],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **{k: v.astype(np.float16) for k, v in weights.items()})
    meta = {
        "format": "rasid.ner.neural",
        "version": 1,
        "tags": list(TAGS),
        "hidden": settings["hidden"],
        "settings": settings,
        "vectors_words": len(featurizer.pre_index),
        **info,
        "vocabularies": featurizer.vocab.to_json(),
    }
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def score(model_path: Path, sents: Sequence[Sentence], vectors: str | None = None) -> float:
    tagger = NeuralTagger.load(model_path, vectors)
    predicted = [t.tags for t in tagger.tag_many([[w for w, _ in s] for s in sents])]
    return evaluate([[t for _, t in s] for s in sents], predicted).overall.f1


def train(
    sentences: Sequence[Sentence],
    out: Path,
    *,
    dev: Sequence[Sentence] = (),
    settings: dict[str, Any] | None = None,
    vectors: str | None = None,
    log=print,  # type: ignore[no-untyped-def]
) -> dict[str, Any]:
    import torch

    s = {**DEFAULT_SETTINGS, **(settings or {})}
    random.seed(s["seed"])
    torch.manual_seed(s["seed"])
    res = default_resources()
    featurizer = Featurizer(build_vocabularies([[w for w, _ in x] for x in sentences], res), res, vectors)
    tag_index = {t: i for i, t in enumerate(TAGS)}
    sentences = [x for x in sentences if x]
    data = [(encode(featurizer, [w for w, _ in x]), [tag_index[t] for _, t in x]) for x in sentences]
    net = build_network(featurizer, s)
    optimiser = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=s["lr"])
    best, history, started = -1.0, [], time.time()
    order = sorted(range(len(data)), key=lambda i: len(data[i][1]))
    for epoch in range(1, s["epochs"] + 1):
        net.train()
        # batches of similar length, in random order
        batches = [order[i : i + s["batch"]] for i in range(0, len(order), s["batch"])]
        random.shuffle(batches)
        total = 0.0
        for batch in batches:
            longest = max(len(data[i][1]) for i in batch)
            ids = torch.zeros(len(batch), longest, 7, dtype=torch.long)
            chars = torch.zeros(len(batch), longest, MAX_CHARS + 2, dtype=torch.long)
            marks = torch.zeros(len(batch), longest, dtype=torch.long)
            tags = torch.zeros(len(batch), longest, dtype=torch.long)
            mask = torch.zeros(len(batch), longest)
            for row, i in enumerate(batch):
                (a, c, m), y = data[i]
                n = len(y)
                ids[row, :n], chars[row, :n], marks[row, :n] = (
                    torch.from_numpy(a),
                    torch.from_numpy(c),
                    torch.from_numpy(m),
                )
                tags[row, :n] = torch.tensor(y)
                mask[row, :n] = 1
            if s["word_dropout"]:
                drop = (torch.rand(ids.shape[:2]) < s["word_dropout"]) & (ids[:, :, 2] > UNK)
                ids[:, :, 2] = torch.where(drop, torch.full_like(ids[:, :, 2], UNK), ids[:, :, 2])
            lengths = mask.sum(dim=1).long()
            loss = net.nll(net.emissions(ids, chars, marks, lengths), tags, mask)
            optimiser.zero_grad()
            (loss / len(batch)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimiser.step()
            total += float(loss.detach())
        net.eval()
        info = {"epoch": epoch, "train_sentences": len(data), "train_tokens": sum(len(y) for _, y in data)}
        report: dict[str, Any] = {
            "epoch": epoch,
            "loss": round(total / len(data), 3),
            "seconds": round(time.time() - started),
        }
        if dev:
            candidate = out.with_name(out.stem + ".candidate.npz")
            export(net, featurizer, s, candidate, info)
            f1 = score(candidate, dev, vectors)
            report["dev_f1"] = round(f1, 2)
            if f1 > best:
                best = f1
                candidate.replace(out)
                candidate.with_suffix(".json").replace(out.with_suffix(".json"))
            else:
                candidate.unlink()
                candidate.with_suffix(".json").unlink()
        history.append(report)
        log(json.dumps(report))
    if not dev:
        export(net, featurizer, s, out, info)
    return {"history": history, "best_dev_f1": round(best, 2) if dev else None}


def train_models(
    sentences: Sequence[Sentence],
    out: Path,
    *,
    seeds: Sequence[int] = (),
    epochs: int | None = None,
    sources: Sequence[str] = (),
    settings: dict[str, Any] | None = None,
    log=print,  # type: ignore[no-untyped-def]
) -> None:
    """Train one model per seed (the defaults: the shipped ensemble) and write them to ``out`` as one model."""
    import torch  # noqa: F401  (fail early, before any work, when torch is missing)

    seeds = list(seeds) or list(DEFAULT_SEEDS)
    extra = {**(settings or {}), **({"epochs": epochs} if epochs else {})}
    if len(seeds) == 1:
        train(sentences, out, settings={**extra, "seed": seeds[0]}, log=log)
    else:
        members = [out.with_name(f"{out.stem}.member{seed}.npz") for seed in seeds]
        for seed, member in zip(seeds, members, strict=True):
            log(f"member with seed {seed} …")
            train(sentences, member, settings={**extra, "seed": seed}, log=log)
        combine_members(members, out)
        for member in members:
            member.unlink()
            member.with_suffix(".json").unlink()
    meta_path = out.with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["training_data"] = list(sources)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--dev", type=Path, help="CoNLL file to pick the best epoch on")
    parser.add_argument(
        "--dev-tail", type=float, default=0.0, help="hold out this fraction of TRAIN's last sentences as dev"
    )
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a setting")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    settings = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
    sents = read_anercorp(args.train)
    dev = read_anercorp(args.dev) if args.dev else []
    if args.dev_tail:
        cut = int(len(sents) * (1 - args.dev_tail))
        sents, dev = sents[:cut], sents[cut:]
    result = train(
        sents, args.out, dev=dev, settings=settings, log=lambda m: print(m, file=sys.stderr, flush=True)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
