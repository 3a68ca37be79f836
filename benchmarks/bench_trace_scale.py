"""Tracing cost per document and peak memory as the corpus grows: SaudiNewsNet, then resamples of it.

Run by hand (nothing is downloaded), under ``nice`` on a shared machine::

    # re-trace a copy of an analysed store (``rasid trace --full``): CPU seconds, peak RSS, largest story
    .venv/bin/python benchmarks/bench_trace_scale.py store /path/to/snn.db
    # fresh stores of N documents resampled from the 31k articles, traced from scratch (one child process each)
    .venv/bin/python benchmarks/bench_trace_scale.py resample --sizes 31000,62000,124000

**store** copies the database (and nothing else: the vector index is rebuilt), traces it with
``full=True`` in a child process and prints CPU seconds, CPU ms per document, peak RSS, the phases,
relations and the size of the largest story. The original is never written to.

**resample** makes a corpus of N documents from the SaudiNewsNet articles: replica 0 is the articles
themselves; replica k > 0 is every article again with (1) its words mapped through a bijection of the
corpus vocabulary that swaps words of similar frequency (bands of 32 by rank, shuffled with seed k),
and (2) its publication date moved k x 400 days later. The bijection keeps the corpus's structure
(a copy of an article is still a copy of it in every replica, texts keep their length and word
frequencies) while no replica shares shingles or passages with another, and the date shift puts each
replica in its own year, as a corpus ten times larger would cover ten times the time. Document ids
are content hashes, so every replica's are new. Lead vectors of permuted Arabic are still Arabic-like
text to the encoder: the vector index sees N real-looking points. Documents are stored without
analysis (``rasid ingest --no-analyze``): tracing then runs the sources stage on each, the same at
every size. What matters is the CPU ms per document from one size to the next (issue 14: within
+-25 % from 31k to 300k) and the peak RSS (< 1 GB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from saudinewsnet import articles

WORD = re.compile(r"[^\W\d_]+")
BAND = 32
DAYS_PER_REPLICA = 400


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _summary(store, report, cpu: float, wall: float) -> dict:  # type: ignore[no-untyped-def]
    from rasid.trace import list_stories

    largest = list_stories(store, limit=1)
    documents = store.count_documents()
    return {
        "documents": documents,
        "traced": report.new_documents,
        "cpu_seconds": round(cpu, 1),
        "wall_seconds": round(wall, 1),
        "cpu_ms_per_document": round(1000 * cpu / max(1, report.new_documents), 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "phases": report.seconds,
        "candidates": report.candidates,
        "relations": report.relations,
        "stories": report.stories_created,
        "largest_story": largest[0]["size"] if largest else 0,
    }


def trace_store_copy(original: Path) -> dict:
    """Copy an analysed store and re-trace all of it (in this, a child, process)."""
    from rasid.store import open_store
    from rasid.trace import trace

    tmp = Path(tempfile.mkdtemp(prefix="bench-trace-scale-"))
    try:
        copy = tmp / "store.db"
        shutil.copyfile(original, copy)  # the -wal/-shm of a closed store are empty; the index is rebuilt
        with open_store(copy, create=False) as store:
            t, cpu = time.perf_counter(), time.process_time()
            report = trace(store, full=True)
            result = _summary(store, report, time.process_time() - cpu, time.perf_counter() - t)
        result["store"] = str(original)
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def vocabulary_bijection(texts: list[str], seed: int) -> dict[str, str]:
    """Words mapped to words of about the same frequency (shuffled within bands of ``BAND`` by rank)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(WORD.findall(text))
    ranked = [w for w, _ in counts.most_common()]
    rng = random.Random(seed)
    mapping: dict[str, str] = {}
    for lo in range(0, len(ranked), BAND):
        band = ranked[lo : lo + BAND]
        shuffled = band[:]
        rng.shuffle(shuffled)
        mapping.update(zip(band, shuffled, strict=True))
    return mapping


def resampled(n: int) -> list:  # type: ignore[type-arg]
    """``n`` documents: replica 0 (the articles), then permuted and date-shifted replicas."""
    from rasid.model import Document

    base = list(articles())
    texts = [item["content"] for item in base]
    out = []
    replica = 0
    while len(out) < n:
        mapping = vocabulary_bijection(texts, replica) if replica else {}
        shift = timedelta(days=DAYS_PER_REPLICA * replica)

        def permute(text: str, mapping: dict[str, str] = mapping) -> str:
            return WORD.sub(lambda m: mapping.get(m.group(), m.group()), text) if mapping else text

        for item in base:
            if len(out) >= n:
                break
            published = (item.get("date_extracted") or "")[:10] or None
            if published and replica:
                published = (date.fromisoformat(published) + shift).isoformat()
            out.append(
                Document(
                    text=permute(item["content"]),
                    title=permute(item.get("title") or "") or None,
                    url=f"{item.get('url') or ''}#replica-{replica}" if replica else item.get("url") or None,
                    outlet=item.get("source") or None,
                    published=published,
                    language="ar",
                )
            )
        replica += 1
    return out


def build_resample(n: int, db: Path) -> dict:
    """Store ``n`` resampled documents in a new database (a child process of its own: the corpus held
    in memory while it is built must not count in the trace's peak RSS)."""
    from rasid.store import open_store

    t = time.perf_counter()
    with open_store(db) as store:
        docs = resampled(n)
        for lo in range(0, len(docs), 2000):
            store.add_documents(docs[lo : lo + 2000])
    return {"size": n, "build_seconds": round(time.perf_counter() - t, 1)}


def trace_built(db: Path) -> dict:
    """Trace a built store from scratch (in this, a child, process)."""
    from rasid.store import open_store
    from rasid.trace import trace

    with open_store(db, create=False) as store:
        t, cpu = time.perf_counter(), time.process_time()
        report = trace(store)
        return _summary(store, report, time.process_time() - cpu, time.perf_counter() - t)


def trace_resample(n: int) -> dict:
    """Build a store of ``n`` resampled documents in one child process, trace it in another."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-trace-scale-"))
    try:
        db = tmp / "store.db"
        built = _child(["child", "build", f"{n}:{db}"])
        return {**_child(["child", "trace", str(db)]), **built}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    store_cmd = sub.add_parser("store", help="re-trace a copy of an analysed store")
    store_cmd.add_argument("db", type=Path)
    resample_cmd = sub.add_parser("resample", help="trace fresh resampled stores of growing size")
    resample_cmd.add_argument("--sizes", default="31000,62000")
    resample_cmd.add_argument(
        "--parallel", action="store_true", help="all sizes at once (CPU s stay per size)"
    )
    child = sub.add_parser("child")
    child.add_argument("what", choices=["store", "resample", "build", "trace"])
    child.add_argument("value")
    args = parser.parse_args()

    if args.mode == "child":
        if args.what == "build":
            size, db = args.value.split(":", 1)
            result = build_resample(int(size), Path(db))
        elif args.what == "trace":
            result = trace_built(Path(args.value))
        elif args.what == "store":
            result = trace_store_copy(Path(args.value))
        else:
            result = trace_resample(int(args.value))
        print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.mode == "store":
        print(json.dumps(_child(["child", "store", str(args.db)]), ensure_ascii=False))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    commands = [[sys.executable, __file__, "child", "resample", str(n)] for n in sizes]
    if args.parallel:
        children = [subprocess.Popen(c, stdout=subprocess.PIPE, text=True) for c in commands]
        outputs = [c.communicate()[0] for c in children]
    else:
        outputs = [subprocess.run(c, check=True, capture_output=True, text=True).stdout for c in commands]
    results = [json.loads(o.strip().splitlines()[-1]) for o in outputs]
    for r in results:
        print(json.dumps(r, ensure_ascii=False), flush=True)
    print(f"\n{'docs':>8} {'CPU s':>8} {'ms/doc':>7} {'RSS MB':>7} {'largest story':>13}")
    for r in results:
        print(
            f"{r['documents']:>8} {r['cpu_seconds']:>8} {r['cpu_ms_per_document']:>7} {r['peak_rss_mb']:>7} "
            f"{r['largest_story']:>13}"
        )
    base = results[0]
    for r in results[1:]:
        change = r["cpu_ms_per_document"] / base["cpu_ms_per_document"] - 1
        print(f"x{r['documents'] / base['documents']:.1f} documents: CPU per document {change:+.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
