"""Score Rasid's extraction on the real-world sets labelled blind (see LABELS.md beside this file).

    python evaluation/extraction/score.py saudinewsnet        # needs ../shared beside the checkout
    python evaluation/extraction/score.py pages               # needs the local cache of the excerpts
    python evaluation/extraction/score.py saudinewsnet --misses speaker --json out.json

Prints a Markdown table per set (all, then per language). ``--check`` exits 1 when a target of issue 13 is
missed, so it can gate a run.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from rasid.extract import analyze_documents
from rasid.extract.standoff import (
    TARGETS,
    MissingText,
    cached_documents,
    finish_report,
    load_gold,
    report_markdown,
    saudinewsnet_documents,
    score,
)
from rasid.model import Document

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("RASID_EVAL_CACHE", REPO.parent / "eval-cache"))
SETS = {
    "saudinewsnet": sorted(HERE.glob("saudinewsnet.gold*.jsonl")),
    "pages": [HERE / "pages.manifest.jsonl"],
}


def run(name: str) -> tuple[list[dict[str, Any]], dict[str, Document]]:
    gold = [item for path in SETS[name] for item in load_gold(path)]
    if not gold:
        raise MissingText(f"no gold items for {name}")
    if name == "saudinewsnet":
        raw = saudinewsnet_documents(gold, SHARED / "data" / "saudinewsnet")
    else:
        raw = cached_documents(gold, CACHE / "pages")
    ids = list(raw)
    analysed = dict(zip(ids, analyze_documents(raw[i] for i in ids), strict=True))
    return gold, analysed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument(
        "--misses", help="print the examples whose key holds this: quotes, speaker, anonymous, sources, dates"
    )
    parser.add_argument("--json", type=Path, help="write the counts and metrics here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    try:
        gold, docs = run(args.set)
    except MissingText as exc:
        print(f"cannot score {args.set}: {exc}", file=sys.stderr)
        return 2
    tallies = score(gold, docs)
    report = report_markdown(tallies, f"{args.set}: {len(gold)} items")
    return finish_report(tallies, report, TARGETS, misses=args.misses, json_path=args.json, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
