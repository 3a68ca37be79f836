"""Tracing at scale: time and memory to trace the 31,030 SaudiNewsNet articles plus planted pairs.

Run by hand (network off is fine; nothing is downloaded)::

    .venv/bin/python benchmarks/bench_trace.py [--scales 0.25,0.5,1] [--parallel] [--threads 1]

For each scale a fresh SQLite store (in a temporary directory) receives the first
``scale x 31,030`` articles (file order) plus the planted documents, stored without
analysis (as ``rasid ingest --no-analyze`` would, so ``trace`` also runs the sources stage
on every document); then ``trace(store)`` runs once, in a child process so each scale's
peak RSS is its own. Both wall and CPU seconds are reported: on a shared machine the wall
time depends on the other jobs, the CPU time much less, so growth is judged on CPU time.
``--parallel`` runs the scales at the same time (CPU seconds stay per process). For the
largest scale, 500 further documents are then added and traced to time an
incremental run.

Planted documents (how they were made, honestly):

* **copies** — for every 50th article, a copy made by light edits (an intro line added,
  the last line dropped, one comma changed, another outlet name); expected relation: copy;
* **translations** — SaudiNewsNet is Arabic only and nothing is translated at run time,
  so the planted translations are the 32 hand-written translation pairs of
  ``tests/trace/pairs`` (Arabic <-> French/English/Russian), inserted among the articles.

Prints per scale: documents, wall and CPU seconds per phase, documents per CPU second,
candidate pairs, relations by kind, stories, peak RSS, recall of the planted copies and
translations; then the ratios between scales (near-linear growth: ratio ~ scale ratio).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from saudinewsnet import REPO, SHARED, articles

TOTAL = 31_030
COPY_EVERY = 50
INCREMENT = 500


def to_document(item: dict):  # type: ignore[no-untyped-def]
    from rasid.model import Document

    return Document(
        text=item["content"],
        title=item.get("title") or None,
        url=item.get("url") or None,
        outlet=item.get("source") or None,
        published=(item.get("date_extracted") or "")[:10] or None,
        language="ar",
    )


def planted_copy(item: dict, index: int, intro: str = "تابعت مصادرنا هذا الخبر وننقله كما ورد."):  # type: ignore[no-untyped-def]
    from rasid.model import Document

    lines = [ln for ln in item["content"].split("\n") if ln.strip()]
    if len(lines) > 2:
        lines = lines[:-1]  # the credit / last line removed
    body = "\n".join(lines).replace("،", ",", 1)
    return Document(
        text=intro + "\n" + body,
        title=item.get("title"),
        outlet=f"planted-portal-{index % 7}",
        published=(item.get("date_extracted") or "")[:10] or None,
        language="ar",
    )


def planted_translations() -> list[tuple[object, object]]:
    from rasid.model import Document

    pairs = []
    with (REPO / "tests" / "trace" / "pairs" / "pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            if pair["kind"] != "translation":
                continue
            a, b = (
                Document(text=pair[s]["text"], language=pair[s]["language"], outlet=f"planted-{s}")
                for s in "ab"
            )
            pairs.append((a, b))
    return pairs


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_scale(scale: float, threads: int, increment: bool) -> dict:
    """One scale, in this (child) process: build the store, trace, measure, and optionally an increment."""
    os.environ["RASID_ENCODER_THREADS"] = str(threads)
    from rasid.store import open_store
    from rasid.trace import list_stories, trace

    n = round(TOTAL * scale)
    tmp = tempfile.mkdtemp(prefix="bench-trace-")
    store = open_store(Path(tmp) / "bench.db")
    t = time.perf_counter()
    docs, copies = [], []
    for i, item in enumerate(articles(n)):
        doc = to_document(item)
        docs.append(doc)
        if i % COPY_EVERY == 0:
            copies.append((doc, planted_copy(item, i)))
    translations = planted_translations()
    batch = []
    for doc in docs + [c for _, c in copies] + [d for pair in translations for d in pair]:
        batch.append(doc)
        if len(batch) >= 2000:
            store.add_documents(batch)
            batch = []
    if batch:
        store.add_documents(batch)
    stored_s = time.perf_counter() - t
    total_docs = store.count_documents()
    del docs

    t, cpu = time.perf_counter(), time.process_time()
    report = trace(store)
    trace_s = time.perf_counter() - t
    trace_cpu = time.process_time() - cpu
    rss = peak_rss_mb()

    def related(a: str, b: str, kind: str) -> bool:
        return any(r.kind == kind for r in store.relations_among([a, b]))

    copy_recall = sum(related(o.id, c.id, "copy") for o, c in copies) / max(1, len(copies))
    translation_recall = sum(related(a.id, b.id, "translation") for a, b in translations) / max(
        1, len(translations)
    )
    result = {
        "scale": scale,
        "documents": total_docs,
        "store_seconds": round(stored_s, 1),
        "trace_seconds": round(trace_s, 1),
        "trace_cpu_seconds": round(trace_cpu, 1),
        "docs_per_second": round(total_docs / trace_s, 1),
        "docs_per_cpu_second": round(total_docs / trace_cpu, 1),
        "phases": report.seconds,
        "candidates": report.candidates,
        "relations": report.relations,
        "stories": len(list_stories(store, min_documents=2)),
        "stories_with_origin_only": len(list_stories(store)) - len(list_stories(store, min_documents=2)),
        "planted_copies": len(copies),
        "copy_recall": round(copy_recall, 3),
        "planted_translations": len(translations),
        "translation_recall": round(translation_recall, 3),
        "peak_rss_mb": round(rss, 1),
    }
    if increment:
        extra = [to_document(item) for item in articles(INCREMENT, skip=n)]
        if not extra:  # all articles are in: re-add planted copies of other articles as the increment
            extra = [
                planted_copy(item, i + 1, "عاجل | ننشر لكم هذا الخبر.")
                for i, item in enumerate(articles(INCREMENT))
            ]
        store.add_documents(extra)
        t, cpu = time.perf_counter(), time.process_time()
        inc = trace(store)
        result["increment"] = {
            "new_documents": inc.new_documents,
            "seconds": round(time.perf_counter() - t, 1),
            "cpu_seconds": round(time.process_time() - cpu, 1),
            "phases": inc.seconds,
            "relations": inc.relations,
            "stories_created": inc.stories_created,
            "stories_updated": inc.stories_updated,
        }
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="0.25,0.5,1")
    parser.add_argument("--threads", type=int, default=1, help="BLAS threads for the sentence encoder")
    parser.add_argument(
        "--parallel", action="store_true", help="run the scales at the same time (compare CPU s)"
    )
    parser.add_argument("--child", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--increment", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (SHARED / "data" / "saudinewsnet").exists():
        print(f"SaudiNewsNet not found under {SHARED}/data; nothing to measure", file=sys.stderr)
        return 1
    if args.child is not None:
        print(json.dumps(run_scale(args.child, args.threads, args.increment)))
        return 0
    scales = [float(s) for s in args.scales.split(",")]
    command = [sys.executable, __file__, "--threads", str(args.threads), "--child"]
    largest = max(scales)

    def child_command(scale: float) -> list[str]:
        return [*command[:-1], *(["--increment"] if scale == largest else []), "--child", str(scale)]

    if args.parallel:
        # one process per scale at once: wall time is then shared, CPU seconds stay per scale
        children = [subprocess.Popen(child_command(s), stdout=subprocess.PIPE, text=True) for s in scales]
        outputs = [child.communicate()[0] for child in children]
        if any(child.returncode for child in children):
            print("a child process failed", file=sys.stderr)
            return 1
    else:
        outputs = [
            subprocess.run(child_command(s), check=True, capture_output=True, text=True).stdout
            for s in scales
        ]
    results = []
    for out in outputs:
        result = json.loads(out.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    print()
    print(
        f"{'scale':>6} {'docs':>7} {'wall s':>7} {'CPU s':>7} {'docs/CPU s':>10} {'RSS MB':>7} {'copy R':>7} {'transl R':>8}"
    )
    for r in results:
        print(
            f"{r['scale']:>6} {r['documents']:>7} {r['trace_seconds']:>7} {r['trace_cpu_seconds']:>7} "
            f"{r['docs_per_cpu_second']:>10} {r['peak_rss_mb']:>7} {r['copy_recall']:>7} {r['translation_recall']:>8}"
        )
    base = results[0]
    for r in results[1:]:
        print(
            f"x{r['documents'] / base['documents']:.2f} documents -> "
            f"x{r['trace_cpu_seconds'] / base['trace_cpu_seconds']:.2f} CPU time "
            f"(x{r['trace_seconds'] / base['trace_seconds']:.2f} wall)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
