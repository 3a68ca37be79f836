"""Rebuild the shipped NER model from the public corpora, end to end, and score it.

One command (a few minutes on one core; the cluster step adds about five when forced)::

    python -m rasid.ner.reproduce ../shared/data

Steps: (1) the gazetteer from facts and our lists; (2) word clusters from SaudiNewsNet
(only when the file is missing, or with ``--clusters``); (3) the CRF on ANERcorp's
CAMeL-style train split with the default feature groups and parameters — exactly what
``rasid train ner --conll …/train.txt --out …`` does — written to
``src/rasid/ner/models/anercorp.crfsuite``; (4) scores on ANERcorp's test split, and a
separate model trained on AQMAR's Stanza train part only, scored on AQMAR's Stanza test
part. The scores are stored in the model's JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from rasid.ner import build_clusters, build_gazetteer
from rasid.ner.corpora import Sentence, aqmar_stanza_split, read_anercorp
from rasid.ner.crf import train
from rasid.ner.document import propagate

PACKAGE = Path(__file__).resolve().parent
DATA_DIR = PACKAGE.parent / "data" / "ner"
MODEL = PACKAGE / "models" / "anercorp.crfsuite"


def score(model_path: Path, sents: list[Sentence]) -> dict:
    from rasid.ner.crf import CrfTagger
    from rasid.ner.scorer import evaluate

    tagger = CrfTagger.load(model_path)
    words = [[w for w, _ in s] for s in sents]
    gold = [[t for _, t in s] for s in sents]
    pred = [tagger.tag(w).tags for w in words]
    return {
        "sentence_level": evaluate(gold, pred).to_dict(),
        "with_propagation": evaluate(gold, propagate(words, pred)).to_dict(),
    }


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder")
    ap.add_argument("--clusters", action="store_true", help="rebuild the word clusters even if present")
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args()

    build_gazetteer.build(DATA_DIR / "gazetteer.tsv")
    if args.clusters or not (DATA_DIR / "clusters.tsv.gz").exists():
        build_clusters.build(args.data / "saudinewsnet", DATA_DIR / "clusters.tsv.gz")

    split = args.data / "anercorp" / "camel_style_split"
    log("training the CRF on ANERcorp train …")
    train(read_anercorp(split / "train.txt"), args.out, meta={"training_data": ["conll:train.txt"]})
    log("scoring on ANERcorp test …")
    scores = {"anercorp_test": score(args.out, read_anercorp(split / "test.txt"))}

    log("training and scoring the AQMAR model (Stanza recipe: train on its 70%, score its 15% test) …")
    aq_train, _aq_dev, aq_test = aqmar_stanza_split(args.data / "aqmar")
    with tempfile.TemporaryDirectory() as tmp:
        aq_model = Path(tmp) / "aqmar.crfsuite"
        train(aq_train, aq_model)
        scores["aqmar_stanza_test"] = score(aq_model, aq_test)
    meta_path = args.out.with_suffix(".json")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["scores"] = scores
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
