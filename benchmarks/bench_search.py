"""Search latency (p50/p95) on the SaudiNewsNet database. Run by hand, after bench_ingest.py:

    .venv/bin/python benchmarks/bench_ingest.py --keep snn.db
    .venv/bin/python benchmarks/bench_search.py --db snn.db

About 200 realistic Arabic queries: topical words and phrases an analyst would type (written
here), plus words and two-word phrases taken from the titles of random stored articles
(seeded, so every run uses the same queries). Each query runs through ``SQLiteStore.search``
with the default limit of 20, snippets included: what ``rasid search`` and the web app pay.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from rasid.store import open_store

#: Queries an analyst might type into a Saudi news archive of 2015 (bare, with hamza, with clitics, phrases).
TOPICAL = [
    "السعودية", "الرياض", "جدة", "مكة المكرمة", "وزير الخارجية", "ولي العهد", "مجلس الوزراء", "الملك سلمان",
    "اليمن", "الحوثيين", "عاصفة الحزم", "إعادة الأمل", "صنعاء", "عدن", "إيران", "الاتفاق النووي", "سوريا",
    "داعش", "الإرهاب", "تفجير", "مسجد", "الأمن العام", "الدفاع المدني", "النفط", "أسعار النفط", "أوبك",
    "سوق الأسهم", "البورصة", "الاستثمار", "البطالة", "الإسكان", "وزارة الصحة", "المستشفى", "التعليم",
    "الجامعة", "الطلاب", "الهلال", "النصر", "الاتحاد", "الدوري", "كرة القدم", "المنتخب", "رمضان", "العيد",
    "الحج", "الحجاج", "الأمطار", "الطقس", "حادث مروري", "المرور", "البلدية", "الكهرباء", "المياه", "روسيا",
    "أمريكا", "الأمم المتحدة", "مجلس الأمن", '"وزير الخارجية"', '"مجلس الوزراء"', "بالرياض", "والسعودية",
    "للمملكة", "الاقتصاد السعودي", "الافريقي", "القاهره", "مصر",
]  # fmt: skip

_WORD = re.compile(r"[\u0621-\u064A]{3,}")


def sampled_queries(store, n: int, rnd: random.Random) -> list[str]:
    """Words and adjacent word pairs from titles of random stored articles (read under the store: a benchmark)."""
    total = store._conn.execute("SELECT max(seq) FROM documents").fetchone()[0] or 0
    queries: list[str] = []
    while len(queries) < n and total:
        row = store._conn.execute(
            "SELECT title FROM documents WHERE seq = ?", (rnd.randint(1, total),)
        ).fetchone()
        words = _WORD.findall(row[0] or "") if row else []
        if not words:
            continue
        if len(words) >= 2 and rnd.random() < 0.5:
            i = rnd.randrange(len(words) - 1)
            pair = f"{words[i]} {words[i + 1]}"
            queries.append(f'"{pair}"' if rnd.random() < 0.3 else pair)
        else:
            queries.append(rnd.choice(words))
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="database built by bench_ingest.py --keep")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} not found; build it with: benchmarks/bench_ingest.py --keep {args.db}")

    store = open_store(args.db, create=False)
    rnd = random.Random(args.seed)
    queries = TOPICAL + sampled_queries(store, max(0, args.queries - len(TOPICAL)), rnd)
    for query in queries[:20]:  # warm the page cache: we measure steady-state latency
        store.search(query)
    latencies: list[float] = []
    cpu_ms: list[float] = []  # CPU time per query: what other load on a shared machine does not skew
    hit_counts: list[int] = []
    for query in queries:
        started, cpu_started = time.perf_counter(), time.process_time()
        hits = store.search(query, limit=20)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu_ms.append((time.process_time() - cpu_started) * 1000)
        hit_counts.append(len(hits))
    documents = store.count_documents()
    store.close()

    results = {
        "documents": documents,
        "queries": len(queries),
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "max_ms": round(max(latencies), 2),
        "mean_ms": round(statistics.mean(latencies), 2),
        "cpu_p50_ms": round(percentile(cpu_ms, 50), 2),
        "cpu_p95_ms": round(percentile(cpu_ms, 95), 2),
        "queries_with_hits": sum(1 for n in hit_counts if n),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"Search latency on {documents:,} documents, {len(queries)} queries (limit 20, snippets included)")
    print(
        f"  p50 {results['p50_ms']} ms   p95 {results['p95_ms']} ms   p99 {results['p99_ms']} ms   max {results['max_ms']} ms"
    )
    print(
        f"  mean {results['mean_ms']} ms; {results['queries_with_hits']} of {len(queries)} queries found something"
    )
    print(f"  CPU time per query: p50 {results['cpu_p50_ms']} ms   p95 {results['cpu_p95_ms']} ms")
    slowest = sorted(zip(latencies, queries, strict=True), reverse=True)[:3]
    print("  slowest: " + ", ".join(f"{q} ({ms:.0f} ms)" for ms, q in slowest))


if __name__ == "__main__":
    main()
