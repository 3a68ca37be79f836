"""Score Rasid's extraction on the real-world sets labelled blind (see LABELS.md beside this file).

    python evaluation/extraction/score.py saudinewsnet        # needs ../shared beside the checkout
    python evaluation/extraction/score.py pages               # needs the local cache of the excerpts
    python evaluation/extraction/score.py saudinewsnet --misses speaker --json out.json

Prints a Markdown table per set (all, then per language). ``--check`` exits 1 when a target of issue 13 is
missed, so it can gate a run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from rasid.extract.standoff import (
    TARGETS,
    MissingText,
    analysed_set,
    load_gold,
    report_markdown,
    score,
    score_command,
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
        return gold, analysed_set(gold, saudinewsnet=SHARED / "data" / "saudinewsnet")
    return gold, analysed_set(gold, pages=CACHE / "pages")


if __name__ == "__main__":
    sys.exit(
        score_command(
            __doc__.splitlines()[0],
            SETS,
            run,
            score,
            report_markdown,
            TARGETS,
            "quotes, speaker, anonymous, sources, dates",
        )
    )
