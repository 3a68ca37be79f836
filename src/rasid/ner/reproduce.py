"""Rebuild the shipped NER models from the public corpora, end to end, and score them.

One command (about half an hour on one core for both models; the neural one needs torch)::

    python -m rasid.ner.reproduce ../shared/data [--only neural|crf] [--clusters] [--vectors]

Steps: (1) the gazetteer from facts and our lists; (2) word clusters and word vectors
from SaudiNewsNet (only when a file is missing, or with ``--clusters`` / ``--vectors``);
(3) the neural ensemble on ANERcorp's CAMeL-style train split with the shipped settings —
exactly what ``rasid train ner --conll …/train.txt --out …/anercorp-bilstm.npz`` does — and
the CRF, exactly what ``rasid train ner --kind crf --conll …/train.txt --out …/anercorp.crfsuite``
does; (4) each scored on ANERcorp's test split (sentence by sentence and with document-level
propagation), and a separate model of each kind trained on AQMAR's Stanza train part only,
scored on AQMAR's Stanza test part. The scores are stored in each model's JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from rasid.ner import build_clusters, build_gazetteer
from rasid.ner.api import CRF_MODEL_PATH, DEFAULT_MODEL_PATH, load_model, tag_sentences
from rasid.ner.corpora import Sentence, aqmar_stanza_split, read_anercorp
from rasid.ner.document import propagate

PACKAGE = Path(__file__).resolve().parent
DATA_DIR = PACKAGE.parent / "data" / "ner"


def score(model_path: Path, sents: list[Sentence]) -> dict:
    from rasid.ner.scorer import evaluate

    tagger = load_model(model_path, fresh=True)  # the file was just (re)written
    words = [[w for w, _ in s] for s in sents]
    gold = [[t for _, t in s] for s in sents]
    pred = [r.tags for r in tag_sentences(tagger, words)]
    return {
        "sentence_level": evaluate(gold, pred).to_dict(),
        "with_propagation": evaluate(gold, propagate(words, pred)).to_dict(),
    }


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _train_neural(sents: list[Sentence], out: Path, sources: list[str]) -> None:
    from rasid.ner.train_neural import train_models

    train_models(sents, out, sources=sources, log=log)


def _train_crf(sents: list[Sentence], out: Path, sources: list[str]) -> None:
    from rasid.ner.crf import train

    train(sents, out, meta={"training_data": sources})


TRAINERS: dict[str, tuple[Path, Callable[[list[Sentence], Path, list[str]], None]]] = {
    "neural": (DEFAULT_MODEL_PATH, _train_neural),
    "crf": (CRF_MODEL_PATH, _train_crf),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder")
    ap.add_argument("--only", choices=sorted(TRAINERS), help="rebuild one model only")
    ap.add_argument("--clusters", action="store_true", help="rebuild the word clusters even if present")
    ap.add_argument(
        "--vectors", action="store_true", help="rebuild the word vectors even if present (gensim)"
    )
    args = ap.parse_args()

    build_gazetteer.build(DATA_DIR / "gazetteer.tsv")
    snn = args.data / "saudinewsnet"
    if args.clusters or not (DATA_DIR / "clusters.tsv.gz").exists():
        build_clusters.build(snn, DATA_DIR / "clusters.tsv.gz")
    if args.vectors or not (DATA_DIR / "vectors.npz").exists():
        from rasid.ner import build_embeddings

        build_embeddings.build(snn, DATA_DIR / "vectors.npz")

    split = args.data / "anercorp" / "camel_style_split"
    aq_train, _aq_dev, aq_test = aqmar_stanza_split(args.data / "aqmar")
    all_scores = {}
    for kind, (out, trainer) in TRAINERS.items():
        if args.only and kind != args.only:
            continue
        log(f"training the {kind} model on ANERcorp train …")
        trainer(read_anercorp(split / "train.txt"), out, ["conll:train.txt"])
        log("scoring on ANERcorp test …")
        scores = {"anercorp_test": score(out, read_anercorp(split / "test.txt"))}
        log(
            f"training and scoring the {kind} AQMAR model (Stanza recipe: train on its 70%, score its 15% test) …"
        )
        with tempfile.TemporaryDirectory() as tmp:
            aq_model = Path(tmp) / f"aqmar{out.suffix}"
            trainer(aq_train, aq_model, ["aqmar:stanza-train"])
            scores["aqmar_stanza_test"] = score(aq_model, aq_test)
        meta_path = out.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["scores"] = scores
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        all_scores[kind] = scores
    print(json.dumps(all_scores, indent=2))


if __name__ == "__main__":
    main()
