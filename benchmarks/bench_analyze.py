"""Analysis throughput on real Arabic news: SaudiNewsNet articles through the default pipeline.

Run by hand (single process, one core)::

    .venv/bin/python benchmarks/bench_analyze.py [--articles 2000] [--profile]

Reads articles from ``../shared/data/saudinewsnet/*.zip`` (the first N in file order),
runs them through the pipeline ``--batch-size`` at a time, as ``rasid ingest`` does,
after warming the pipeline up on a few articles (KB and model loading are one-off costs, reported
separately), then times the analysis of every article. Prints articles/s, words/s, the
per-stage share of time, peak RSS, and the ratio to the target of 50 articles/s per core.
``--profile`` prints the top cProfile entries as well.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

from saudinewsnet import SHARED, articles

TARGET_ARTICLES_PER_S = 50.0


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--ner-model", help="NER model to run instead of the shipped default (.npz, .crfsuite)"
    )
    parser.add_argument("--no-ner", action="store_true", help="leave the statistical NER stage out")
    parser.add_argument(
        "--batch-size", type=int, default=32, help="documents per pipeline batch (1: one at a time)"
    )
    args = parser.parse_args()
    if not (SHARED / "data" / "saudinewsnet").exists():
        print(f"SaudiNewsNet not found under {SHARED}/data; nothing to measure", file=sys.stderr)
        return 1

    from rasid.extract import default_pipeline
    from rasid.model import Document

    docs = [
        Document(text=a["content"], title=a.get("title"), language="ar", outlet=a.get("source"))
        for a in articles(args.articles)
    ]
    words = sum(len(d.text.split()) for d in docs)

    t0 = time.perf_counter()
    pipeline = default_pipeline(ner_model=args.ner_model)
    if args.no_ner:
        from rasid.pipeline import Pipeline

        pipeline = Pipeline(
            [s for s in pipeline.stages if not s.name.startswith("rasid.ner")], pipeline.config
        )
    for doc in docs[:5]:
        pipeline(doc)
    warmup_s = time.perf_counter() - t0

    stage_time = {s.name: 0.0 for s in pipeline.stages}

    def timed(spec, func):  # type: ignore[no-untyped-def]
        def run(docs, config):  # type: ignore[no-untyped-def]
            start = time.process_time()  # CPU time: the machine may be shared, wall time would lie
            try:
                return func(docs, config)
            finally:
                stage_time[spec.name] += time.process_time() - start

        return run

    from dataclasses import replace

    from rasid.pipeline import Pipeline

    timed_pipeline = Pipeline(
        [
            replace(spec, func=timed(spec, spec.func), batch=spec.batch and timed(spec, spec.batch))
            for spec in pipeline.stages
        ],
        pipeline.config,
    )

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    errors = 0
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    for out in timed_pipeline.run(docs, batch_size=args.batch_size):
        errors += bool(out.meta.get("stage_errors"))
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    rate = len(docs) / elapsed
    print(f"articles           {len(docs)}  ({words:,} words, {words / len(docs):.0f} per article)")
    print(f"stages             {', '.join(pipeline.names)}")
    print(f"warm-up            {warmup_s:.2f} s (KB/model loading, first documents)")
    print(f"elapsed            {elapsed:.2f} s wall, {cpu:.2f} s CPU, one process")
    print(f"articles/CPU-s     {len(docs) / cpu:.1f}  (what one core does when it is not shared)")
    print(f"articles/s         {rate:.1f}")
    print(f"words/s            {words / elapsed:,.0f}")
    print(f"peak RSS           {peak_rss_mb():.0f} MB")
    print(f"documents w/ stage errors  {errors}")
    print("per stage (CPU time):")
    for name, spent in stage_time.items():
        rate_cpu = len(docs) / spent if spent else 0
        print(f"  {name:<22} {spent:7.2f} s  {100 * spent / cpu:5.1f} %  {rate_cpu:8.1f} art/CPU-s")
    print(f"ratio to target    {rate / TARGET_ARTICLES_PER_S:.2f}x wall, {len(docs) / cpu / TARGET_ARTICLES_PER_S:.2f}x CPU "
          f"of {TARGET_ARTICLES_PER_S:.0f} articles/s per core")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
