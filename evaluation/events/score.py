"""Score Rasid's events and narratives on the real-world sets labelled blind (see LABELS.md beside this file).

    python evaluation/events/score.py saudinewsnet        # needs ../shared beside the checkout
    python evaluation/events/score.py pages               # needs the local cache of the excerpts
    python evaluation/events/score.py saudinewsnet --misses events --json out.json

Prints a Markdown table per set (all, then per language). ``--check`` exits 1 when a target of issue 15 is
missed, so it can gate a run. The texts are read exactly as for the extraction sets
(``evaluation/extraction/score.py``): SaudiNewsNet from its zips the way ``rasid ingest`` reads them, the
pages from the local cache, each checked against the sha1 it was labelled on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from rasid.extract.standoff import MissingText, analysed_set, load_gold, score_command
from rasid.extract.standoff_events import TARGETS, report_markdown, score_events
from rasid.model import Document

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("RASID_EVAL_CACHE", REPO.parent / "eval-cache"))
SETS = {
    "saudinewsnet": HERE / "saudinewsnet.events.jsonl",
    "pages": HERE / "pages.events.jsonl",
}
#: The pages' language and publication date, when an events item does not repeat them.
PAGES_MANIFEST = REPO / "evaluation" / "extraction" / "pages.manifest.jsonl"


def run(name: str) -> tuple[list[dict[str, Any]], dict[str, Document]]:
    path = SETS[name]
    if not path.exists():
        raise MissingText(f"{path} not found: the {name} set is not labelled yet")
    gold = load_gold(path)
    if not gold:
        raise MissingText(f"no gold items for {name}")
    if name == "saudinewsnet":
        return gold, analysed_set(gold, saudinewsnet=SHARED / "data" / "saudinewsnet")
    manifest = {item["id"]: item for item in load_gold(PAGES_MANIFEST)} if PAGES_MANIFEST.exists() else {}
    return gold, analysed_set(gold, pages=CACHE / "pages", manifest=manifest)


if __name__ == "__main__":
    sys.exit(
        score_command(
            __doc__.splitlines()[0],
            SETS,
            run,
            score_events,
            report_markdown,
            TARGETS,
            "events, source, date, narratives",
        )
    )
