"""Precision and recall per relation kind on a labelled pairs corpus (``tests/trace/pairs``).

Each pair is ``{"id", "kind": copy|translation|rewrite|none, "a": doc, "b": doc}``;
``none`` marks a trap (same topic, different event). Run as a script to print the table::

    python -m rasid.trace.scoring tests/trace/pairs/pairs.jsonl
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rasid.model import Document
from rasid.trace.relate import DEFAULT, KINDS, Thresholds, relate


def load_pairs(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pair_document(data: Mapping[str, Any]) -> Document:
    return Document(
        text=data["text"], id=data["id"], language=data.get("language"), published=data.get("published")
    )


def predict(
    pairs: Iterable[Mapping[str, Any]], thresholds: Thresholds = DEFAULT
) -> list[tuple[str, str, str]]:
    """``(pair id, gold kind, predicted kind)`` for every pair; ``none`` when no relation is found."""
    out = []
    for pair in pairs:
        relation = relate(pair_document(pair["a"]), pair_document(pair["b"]), thresholds)
        out.append((pair["id"], pair["kind"], relation.kind if relation else "none"))
    return out


def score(predictions: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    """Per kind: precision, recall, F1, and the counts behind them."""
    predictions = list(predictions)
    table: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        tp = sum(1 for _, gold, pred in predictions if gold == kind and pred == kind)
        predicted = sum(1 for _, _, pred in predictions if pred == kind)
        gold_n = sum(1 for _, gold, _ in predictions if gold == kind)
        precision = tp / predicted if predicted else 1.0
        recall = tp / gold_n if gold_n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[kind] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": tp,
            "predicted": predicted,
            "gold": gold_n,
        }
    traps = [(gold, pred) for _, gold, pred in predictions if gold == "none"]
    table["none"] = {"gold": len(traps), "false_relations": sum(1 for _, pred in traps if pred != "none")}
    return table


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    path = Path(args[0]) if args else Path("tests/trace/pairs/pairs.jsonl")
    predictions = predict(load_pairs(path))
    table = score(predictions)
    print(f"{'kind':<12} {'precision':>9} {'recall':>7} {'f1':>6}  counts")
    for kind in KINDS:
        row = table[kind]
        print(
            f"{kind:<12} {row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>6.3f}  "
            f"tp={row['tp']} predicted={row['predicted']} gold={row['gold']}"
        )
    print(f"traps: {table['none']['false_relations']} of {table['none']['gold']} given a relation")
    for pair_id, gold, pred in predictions:
        if gold != pred:
            print(f"  miss {pair_id}: gold={gold} predicted={pred}")


if __name__ == "__main__":
    main()
