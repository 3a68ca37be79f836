"""Coreference cost against article size: one long article of 0.25, 1 and 4 MB through ``rasid.coref``.

Run by hand (single process, one core)::

    .venv/bin/python benchmarks/bench_coref.py [--sizes 0.25 1 4]

Each article is made of real SaudiNewsNet articles joined end to end (``../shared/data/saudinewsnet``),
so it names many people, their surnames and their roles, as a long real page does. The stages before
coreference in the default pipeline (statistical NER unless ``--no-ner``, then entities) run first,
untimed; then the coreference stage is timed in CPU seconds.
Linear cost shows as a flat "ms per MB" column. Issue 12 measured the quadratic version at 1.3, 3.7 and
11 s for 0.22, 0.44 and 0.89 MB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from saudinewsnet import SHARED, articles


def long_article(size_mb: float) -> str:
    """Real articles joined by blank lines until the text holds ``size_mb`` MB of UTF-8."""
    parts: list[str] = []
    size = 0
    for item in articles():
        parts.append(item["content"])
        size += len(item["content"].encode("utf-8")) + 2
        if size >= size_mb * 1_000_000:
            break
    return "\n\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[0.25, 1.0, 4.0], help="article sizes in MB"
    )
    parser.add_argument("--no-ner", action="store_true", help="leave the statistical NER stage out")
    args = parser.parse_args()
    if not (SHARED / "data" / "saudinewsnet").exists():
        print(f"SaudiNewsNet not found under {SHARED}/data; nothing to measure", file=sys.stderr)
        return 1

    from rasid.extract import default_pipeline
    from rasid.extract.coref import coref_stage
    from rasid.model import Document
    from rasid.pipeline import Pipeline

    pipeline = default_pipeline()
    # the NER stage reads the language, so the language stage comes along
    before = {"rasid.language", "rasid.entities"} | (set() if args.no_ner else {"rasid.ner"})
    prepare = Pipeline([s for s in pipeline.stages if s.family in before], pipeline.config)
    print("stages before coreference:", ", ".join(prepare.names))
    coref_stage(prepare(Document(text="قال وزير الخارجية سيرغي لافروف إن")), {})  # load KB, cues, model
    print(f"{'MB':>6} {'characters':>11} {'people':>7} {'links':>6} {'coref CPU s':>12} {'ms per MB':>10}")
    for size_mb in args.sizes:
        text = long_article(size_mb)
        doc = prepare(Document(text=text, language="ar"))
        people = sum(a.label == "PER" for a in doc.layer("entities"))
        start = time.process_time()
        out = coref_stage(doc, {})
        spent = time.process_time() - start
        links = sum("coref_of" in a.attrs for a in out.layer("entities"))
        mb = len(text.encode("utf-8")) / 1_000_000
        print(f"{mb:6.2f} {len(text):11,} {people:7,} {links:6,} {spent:12.2f} {1000 * spent / mb:10.0f}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
