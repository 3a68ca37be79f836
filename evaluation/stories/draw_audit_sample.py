"""Draw the SaudiNewsNet story audit sample (saudinewsnet-audit.md) from a traced store, and print what to read.

The sample is the ``--largest`` largest stories (by size, then id) and ``--sample`` stories drawn with
``random.Random(--seed)`` from the other stories of ``--min-size`` members or more, sorted by id. For every
member the date, outlet, title and the first ``--lead`` characters of its text are printed, in date order, to
a file outside the repository (article text stays out of the repository)::

    python evaluation/stories/draw_audit_sample.py --db /path/to/traced-copy.db --out /tmp/audit.txt

The store is only read.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from rasid.store import open_store
from rasid.trace import get_story, list_stories


def draw(
    stories: list[dict], largest: int, sample: int, min_size: int, seed: int
) -> tuple[list[str], list[str]]:
    """``(largest ids, sampled ids)``: the ``largest`` by size then id, and ``sample`` of the rest (size >=
    ``min_size``, sorted by id) drawn with ``random.Random(seed)``."""
    ordered = sorted(stories, key=lambda s: (-s["size"], s["id"]))
    top = [s["id"] for s in ordered[:largest]]
    pool = sorted(s["id"] for s in ordered[largest:] if s["size"] >= min_size)
    return top, random.Random(seed).sample(pool, min(sample, len(pool)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", required=True, help="a traced store (opened read-only in practice: nothing is written)"
    )
    parser.add_argument(
        "--out", required=True, type=Path, help="where to write the reading sheet (not the repository)"
    )
    parser.add_argument("--largest", type=int, default=10)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--min-size", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1406)
    parser.add_argument("--lead", type=int, default=200, help="characters of each member's text to print")
    args = parser.parse_args(argv)
    store = open_store(args.db, create=False)
    stories = list_stories(store, min_documents=2)
    top, sampled = draw(stories, args.largest, args.sample, args.min_size, args.seed)
    pool = sum(1 for s in stories if s["size"] >= args.min_size)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"stories {len(stories)} (size >= 2), {pool} of size >= {args.min_size}\n")
        out.write(f"largest: {' '.join(top)}\nsample (draw order): {' '.join(sampled)}\n")
        for label, ids in (("largest", top), ("sample", sampled)):
            for story_id in ids:
                story = get_story(store, story_id)
                out.write(f"\n=== {label} {story_id} size {len(story['documents'])} "
                          f"{story.get('first_published')} .. {story.get('last_published')}\n")  # fmt: skip
                for item in story["timeline"]:
                    doc = store.get_document(item["doc_id"], layers=False)
                    lead = " ".join(doc.text[: args.lead].split())
                    out.write(f"- {item['date']} {item['outlet']} | {item['title']} | {lead}\n")
    print(f"wrote {args.out}: {len(top)} largest, {len(sampled)} sampled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
