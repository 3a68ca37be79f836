"""Judge an extraction change on a population: what it changes over many unlabelled real articles.

A rule written for the constructions of a small labelled development set tends to fit that set and move
nothing else (five rounds of it moved neither the held-out sets nor the development sets' own look-only
parts). This tool asks the other question: over a random sample of real articles nobody labelled, what does
the change change, and is each change right? Run the pipeline of each code version over the same draw, then
read the changes (all of them, or a random sample): a change kept should be right nine times in ten or more.

    # the draw: N SaudiNewsNet articles (seeded), never one of the held-out gold set's
    PYTHONPATH=/path/to/base/src   python evaluation/extraction/population_diff.py run base.json
    # or a folder of gathered development pages (manifest.jsonl: id, language[, published]; <id>.txt)
    PYTHONPATH=/path/to/base/src   python evaluation/extraction/population_diff.py run base.json --pages DIR
    PYTHONPATH=/path/to/change/src python evaluation/extraction/population_diff.py run new.json
    python evaluation/extraction/population_diff.py diff base.json new.json [--layer sources] [--sample 40]

``run`` writes, per article, the direct quotes (speaker, how resolved, type), the sources and the event
types with their offsets and the article's text, so that ``diff`` can show each change in context. The
output holds other people's text: keep it outside the repository. ``diff`` prints each change with the
words before it and a count at the end.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from draw_saudinewsnet import all_records, article_text

from rasid.extract import analyze_documents
from rasid.model import Document

HERE = Path(__file__).resolve().parent
SEED = 1414
SIZE = 1200
CONTEXT_CHARS = 240
#: The facts compared, by layer: what makes two of them the same place, and what a change changes.
LAYERS = ("quotes", "sources", "events")


def held_out_keys(folder: Path = HERE) -> set[tuple[str, int]]:
    """(file, index) of every article of the held-out SaudiNewsNet gold set: never drawn here."""
    keys: set[tuple[str, int]] = set()
    for path in sorted(folder.glob("saudinewsnet.gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                keys.add((item["file"], item["index"]))
    return keys


def draw(size: int = SIZE, seed: int = SEED) -> list[tuple[str, Document]]:
    """``size`` articles at random (fixed ``seed``) from those not in the held-out set, each with its url
    (as the held-out set's documents: the address tells the publisher)."""
    excluded = held_out_keys()
    pool = [
        (f"{name}#{index}", record) for name, index, record in all_records() if (name, index) not in excluded
    ]
    picked = random.Random(seed).sample(pool, min(size, len(pool)))
    return [
        (
            key,
            Document(
                text=text, published=(record.get("date_extracted") or "")[:10] or None, url=record.get("url")
            ),
        )
        for key, record in picked
        if (text := article_text(record))
    ]


def pages(folder: Path) -> list[tuple[str, Document]]:
    """Every page of a development folder: ``manifest.jsonl`` (id, language, optional published and url: the
    page's own address tells its publisher) and the texts beside it as ``<id>.txt``. Never a held-out set's cache: those are for scoring only."""
    items = [
        json.loads(line)
        for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    return [
        (
            item["id"],
            Document(
                text=text, language=item.get("language"), published=item.get("published"), url=item.get("url")
            ),
        )
        for item in items
        if (path := folder / f"{item['id']}.txt").exists() and (text := path.read_text(encoding="utf-8"))
    ]


def facts(doc: Document) -> dict[str, Any]:
    """What ``diff`` compares, per layer, with the text to show it in."""
    return {
        "text": doc.text,
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "value": [q.attrs.get("speaker"), q.attrs.get("speaker_type")],
                "how": q.attrs.get("speaker_via"),
            }
            for q in doc.layer("quotes")
            if q.label == "direct"
        ],
        "sources": [
            {
                "start": s.start,
                "end": s.end,
                "value": [s.label, s.attrs.get("source") or s.attrs.get("name") or s.attrs.get("outlet")],
            }
            for s in doc.layer("sources")
        ],
        "events": [{"start": e.start, "end": e.end, "value": [e.label]} for e in doc.layer("events")],
    }


def changes(before: dict[str, Any], after: dict[str, Any], layer: str) -> Iterator[dict[str, Any]]:
    """Every fact of ``layer`` that is new, gone or valued otherwise, article by article."""
    for key in sorted(set(before) & set(after)):
        old = {(f["start"], f["end"]): f for f in before[key][layer]}
        new = {(f["start"], f["end"]): f for f in after[key][layer]}
        for span in sorted(set(old) | set(new)):
            was, now = old.get(span), new.get(span)
            if was is None or now is None or was["value"] != now["value"]:
                yield {"key": key, "span": span, "was": was, "now": now, "text": after[key]["text"]}


def show(change: dict[str, Any]) -> str:
    start, end = change["span"]
    text = change["text"]
    before = text[max(0, start - CONTEXT_CHARS) : start].replace("\n", " / ")
    inside = text[start : min(end, start + 60)].replace("\n", " / ")

    def value(fact: dict[str, Any] | None) -> str:
        return "—" if fact is None else " ".join(str(v) for v in [*fact["value"], fact.get("how") or ""] if v)

    return f"## {change['key']} {start}-{end}: {value(change['was'])} -> {value(change['now'])}\n   …{before} [[{inside}]]"


def run(out: Path, size: int, seed: int, folder: Path | None = None) -> int:
    picked = pages(folder) if folder is not None else draw(size, seed)
    analysed = analyze_documents(doc for _, doc in picked)
    rows = {key: facts(doc) for (key, _), doc in zip(picked, analysed, strict=True)}
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} articles -> {out}")
    return 0


def diff(before: Path, after: Path, layer: str, sample: int | None, seed: int) -> int:
    found = list(changes(_read(before), _read(after), layer))
    shown: Iterable[dict[str, Any]] = found
    if sample is not None and len(found) > sample:
        shown = sorted(random.Random(seed).sample(found, sample), key=lambda c: (c["key"], c["span"]))
    for change in shown:
        print(show(change))
    print(f"{len(found)} {layer} changed" + (f" ({sample} shown)" if sample and len(found) > sample else ""))
    return 0


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run_cmd = sub.add_parser("run", help="analyse the draw with the code on the path")
    run_cmd.add_argument("out", type=Path)
    run_cmd.add_argument("--size", type=int, default=SIZE)
    run_cmd.add_argument("--seed", type=int, default=SEED)
    run_cmd.add_argument("--pages", type=Path, default=None, help="a development folder instead of a draw")
    diff_cmd = sub.add_parser("diff", help="print what changed between two runs")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    diff_cmd.add_argument("--layer", choices=LAYERS, default="quotes")
    diff_cmd.add_argument("--sample", type=int, default=None, help="show this many changes drawn at random")
    diff_cmd.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(args.out, args.size, args.seed, args.pages)
    return diff(args.before, args.after, args.layer, args.sample, args.seed)


if __name__ == "__main__":
    sys.exit(main())
