"""NER speed: the shipped taggers (neural, CRF) vs a BERT-base token classifier (CAMeLBERT's architecture), one core.

Run by hand::

    .venv/bin/python benchmarks/bench_ner.py [--bert-sentences 60]

Both taggers get the same sentences of ANERcorp's CAMeL-style test split (25,008 tokens).
The shipped neural model and the CRF tag all of them (the neural one a document's
sentences in batches, as the pipeline does); the peer (bert-base: 12 layers, 768 hidden, vocabulary 30,000,
random weights, CPU torch with ``torch.set_num_threads(1)``) tags a sample, loaded through
Rasid's own transformer backend, and its rate is extrapolated per token. Its word-piece
vocabulary is trained on the ANERcorp train split so words split into pieces as they would
with an Arabic BERT tokenizer. Prints tokens/s side by side and their ratio.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))


class Clock:
    """Wall-clock and this process's CPU time: on a shared machine the CPU rate is the one-core rate."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def tagger_speed(path: Path, sents: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Tokens/s of one model: cold (a fresh process's empty caches), warm, with marginals, with propagation."""
    from rasid.ner.api import load_model, tag_sentences
    from rasid.ner.document import propagate

    n = sum(map(len, sents))
    with Clock() as load:
        tagger = load_model(path, fresh=True)  # its per-word caches start empty, as in a new process
    with Clock() as cold:
        tags = [r.tags for r in tag_sentences(tagger, sents)]
    with Clock() as prop:
        propagate(sents, tags)
    with Clock() as warm:
        tag_sentences(tagger, sents)
    with Clock() as marg:
        tag_sentences(tagger, sents, confidence=True)
    return {
        "tokens": (n, n),
        "load (s)": (load.wall, load.cpu),
        "cold": (n / cold.wall, n / cold.cpu),
        "cold+propagation": (n / (cold.wall + prop.wall), n / (cold.cpu + prop.cpu)),
        "warm": (n / warm.wall, n / warm.cpu),
        "warm+marginals": (n / marg.wall, n / marg.cpu),
    }


def build_bert_peer(folder: Path, train_file: Path) -> Path:
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    words = [line.split()[0] for line in train_file.read_text(encoding="utf-8").splitlines() if line.split()]
    wp = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    wp.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(
        vocab_size=30_000, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    )
    wp.train_from_iterator((" ".join(words[i : i + 50]) for i in range(0, len(words), 50)), trainer)
    vocab = sorted(wp.get_vocab().items(), key=lambda kv: kv[1])
    (folder / "vocab.txt").write_text("\n".join(w for w, _ in vocab) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=False).save_pretrained(str(folder))
    labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    config = BertConfig(
        vocab_size=30_000,
        hidden_size=768,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=3072,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={lab: i for i, lab in enumerate(labels)},
    )
    torch.manual_seed(0)
    BertForTokenClassification(config).save_pretrained(str(folder))
    return folder


def bert_speed(sents: list[list[str]], train_file: Path) -> dict[str, float]:
    import torch

    torch.set_num_threads(1)
    from rasid.ner import load_model

    with tempfile.TemporaryDirectory() as tmp:
        tagger = load_model(build_bert_peer(Path(tmp), train_file))
        tagger.tag(sents[0])  # warm-up: first call allocates
        n = sum(map(len, sents))
        with Clock() as clock:
            for s in sents:
                tagger.tag(s)
    return {"tokens": n, "tokens_per_s": (n / clock.wall, n / clock.cpu)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bert-sentences", type=int, default=60, help="sentences the BERT peer tags (a sample)")
    args = ap.parse_args()
    split = SHARED / "data" / "anercorp" / "camel_style_split"
    if not split.exists():
        sys.exit(f"{split} not found: put the shared data folder beside the checkout (or set RASID_SHARED)")
    from rasid.ner.corpora import read_anercorp

    sents = [[w for w, _ in s] for s in read_anercorp(split / "test.txt")]
    try:
        import psutil

        psutil.Process().cpu_affinity([psutil.Process().cpu_affinity()[0]])  # one core
    except (ImportError, AttributeError, OSError):
        pass
    from rasid.ner.api import CRF_MODEL_PATH, DEFAULT_MODEL_PATH

    speeds = {}
    for name, path in (
        ("neural (shipped default)", DEFAULT_MODEL_PATH),
        ("CRF (shipped alternative)", CRF_MODEL_PATH),
    ):
        speeds[name] = speed = tagger_speed(path, sents)
        print(f"{name}, {speed['tokens'][0]:,} tokens, one core:      wall-clock   CPU time")
        print(f"  {'load (s)':<18} {speed['load (s)'][0]:>14,.2f} {speed['load (s)'][1]:>10,.2f}")
        for key in ("cold", "cold+propagation", "warm", "warm+marginals"):
            wall, cpu = speed[key]
            print(f"  {key:<18} {wall:>14,.0f} {cpu:>10,.0f} tokens/s")
    # spread the sample over the split
    step = max(1, len(sents) // args.bert_sentences)
    sample = sents[::step][: args.bert_sentences]
    bert = bert_speed(sample, split / "train.txt")
    wall, cpu = bert["tokens_per_s"]
    print(
        f"BERT-base token classifier (random weights, CPU torch, 1 thread), {bert['tokens']:,}-token sample:"
    )
    print(f"  {'tagging':<18} {wall:>14,.1f} {cpu:>10,.1f} tokens/s")
    for name, speed in speeds.items():
        print(
            f"speed ratio {name} (cold) / BERT-base: {speed['cold'][0] / wall:,.0f}x wall-clock, "
            f"{speed['cold'][1] / cpu:,.0f}x CPU time"
        )
    rate = speeds["neural (shipped default)"]["cold"][1]
    print(
        f"throughput goal 20,000 tokens/s on one core (CPU time): {'met' if rate >= 20_000 else 'NOT met'} ({rate:,.0f})"
    )
    print(
        f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall-clock suffers when > 1)"
    )


if __name__ == "__main__":
    main()
