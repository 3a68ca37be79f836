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

import argparse
import hashlib
import json
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

from rasid.extract import analyze_documents
from rasid.extract.standoff import load_gold
from rasid.extract.standoff_events import TARGETS, meets, report_markdown, score_events
from rasid.model import Document
from rasid.readers.jsonl import record_to_document

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


class MissingText(RuntimeError):
    """The text an item is labelled on is not here (or is not the text that was labelled)."""


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def saudinewsnet_documents(gold: list[dict[str, Any]]) -> dict[str, Document]:
    """Each labelled article read the way ``rasid ingest`` reads it, checked against the labelled text."""
    folder = SHARED / "data" / "saudinewsnet"
    wanted: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        wanted.setdefault(item["file"], []).append(item)
    docs = {}
    for name, items in wanted.items():
        path = folder / name
        if not path.exists():
            raise MissingText(f"{path} not found: the shared data folder is not beside this checkout")
        with zipfile.ZipFile(path) as zf:
            (member,) = zf.namelist()
            records = json.loads(zf.read(member))
        for item in items:
            source = f"{path}::{member}#{item['index'] + 1}"
            result = record_to_document(records[item["index"]], source=source, fmt="json")
            if result.document is None:
                raise MissingText(f"{item['id']}: the record does not read as a document ({result.error})")
            if _sha1(result.document.text) != item["text_sha1"]:
                raise MissingText(f"{item['id']}: the text differs from the one labelled")
            docs[item["id"]] = result.document
    return docs


def pages_documents(gold: list[dict[str, Any]]) -> dict[str, Document]:
    """Each excerpt from the local cache, with its language and publication date (item, else manifest)."""
    manifest = {item["id"]: item for item in load_gold(PAGES_MANIFEST)} if PAGES_MANIFEST.exists() else {}
    docs = {}
    for item in gold:
        path = CACHE / "pages" / f"{item['id']}.txt"
        if not path.exists():
            raise MissingText(f"{path} not found: rebuild the cache (evaluation/extraction/README-pages.md)")
        text = path.read_text(encoding="utf-8")
        if _sha1(text) != item["text_sha1"]:
            raise MissingText(f"{item['id']}: the cached text differs from the one labelled")
        known = manifest.get(item["id"], {})
        language = item.get("language") or known.get("language")
        published = item.get("published") or known.get("published")
        docs[item["id"]] = Document(text=text, language=language, published=published)
    return docs


def run(name: str) -> tuple[list[dict[str, Any]], dict[str, Document]]:
    path = SETS[name]
    if not path.exists():
        raise MissingText(f"{path} not found: the {name} set is not labelled yet")
    gold = load_gold(path)
    if not gold:
        raise MissingText(f"no gold items for {name}")
    raw = saudinewsnet_documents(gold) if name == "saudinewsnet" else pages_documents(gold)
    ids = list(raw)
    analysed = dict(zip(ids, analyze_documents(raw[i] for i in ids), strict=True))
    return gold, analysed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument(
        "--misses", help="print the examples whose key holds this: events, source, date, narratives"
    )
    parser.add_argument("--json", type=Path, help="write the counts and metrics here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    try:
        gold, docs = run(args.set)
    except MissingText as exc:
        print(f"cannot score {args.set}: {exc}", file=sys.stderr)
        return 2
    tallies = score_events(gold, docs)
    print(report_markdown(tallies, f"{args.set}: {len(gold)} items"))
    if args.misses:
        for key, examples in sorted(tallies["all"].examples.items()):
            if args.misses in key:
                print(f"\n## {key}")
                print("\n".join(examples))
    if args.json:
        payload = {g: {"counts": dict(t.counts), "metrics": t.metrics()} for g, t in tallies.items()}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    missed = [m for m in TARGETS if meets(m, tallies["all"].metrics()[m]) is False]
    if args.check and missed:
        print("targets missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
