"""Measure what each feature group and each extra corpus adds, on a dev split carved from ANERcorp train.

Usage (one CRF per line of output, about a minute each on one core)::

    python -m rasid.ner.ablation ../shared/data [--configs all,-cluster,...] > ablation.jsonl

The dev split is the last 10% of the CAMeL-style train sentences (sequential, like
the official train/test cut); the test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rasid.ner.corpora import Sentence, read_anercorp, read_aqmar, read_wojood
from rasid.ner.crf import train
from rasid.ner.features import DEFAULT_GROUPS
from rasid.ner.scorer import evaluate

DEV_FRACTION = 0.1


def anercorp_dev_split(data: Path) -> tuple[list[Sentence], list[Sentence]]:
    sents = read_anercorp(data / "anercorp" / "camel_style_split" / "train.txt")
    cut = int(len(sents) * (1 - DEV_FRACTION))
    return sents[:cut], sents[cut:]


def extra_corpora(data: Path, names: list[str]) -> list[Sentence]:
    out: list[Sentence] = []
    if "aqmar" in names:
        out += read_aqmar(data / "aqmar")
    if "wojood" in names:
        for part in ("train", "val", "test"):
            out += read_wojood(data / "wojood-sample" / f"{part}.txt")
    return out


def run(data: Path, groups: list[str], extra: list[str], params: dict) -> dict:
    train_sents, dev = anercorp_dev_split(data)
    train_sents = train_sents + extra_corpora(data, extra)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.time()
        model = train(train_sents, Path(tmp) / "m.crfsuite", groups=groups, params=params)
        seconds = time.time() - started
        pred = [model.tag([w for w, _ in s]).tags for s in dev]
    report = evaluate([[t for _, t in s] for s in dev], pred)
    return {
        "groups": groups,
        "extra": extra,
        "params": params,
        "dev_f1": round(report.overall.f1, 2),
        "per_type_f1": {k: round(v.f1, 2) for k, v in report.per_type.items()},
        "train_seconds": round(seconds, 1),
    }


def parse_config(spec: str) -> tuple[list[str], list[str]]:
    """``all`` / ``-cluster`` (all but one group) / ``word+affix`` / ``all@aqmar@wojood``."""
    head, *extra = spec.split("@")
    if head == "all":
        groups = list(DEFAULT_GROUPS)
    elif head.startswith("-"):
        groups = [g for g in DEFAULT_GROUPS if g not in head[1:].split("-")]
    else:
        groups = head.split("+")
    return groups, extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "data", type=Path, help="the shared data folder (holds anercorp/, aqmar/, wojood-sample/)"
    )
    ap.add_argument("--configs", default="all," + ",".join("-" + g for g in DEFAULT_GROUPS))
    ap.add_argument("--max-iterations", type=int, default=200)
    ap.add_argument("--c1", type=float, default=0.01)
    ap.add_argument("--c2", type=float, default=0.02)
    args = ap.parse_args()
    params = {"max_iterations": args.max_iterations, "c1": args.c1, "c2": args.c2}
    for spec in args.configs.split(","):
        groups, extra = parse_config(spec)
        result = {"config": spec, **run(args.data, groups, extra, params)}
        print(json.dumps(result, ensure_ascii=False), flush=True)
        print(f"{spec}: dev F1 {result['dev_f1']}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
