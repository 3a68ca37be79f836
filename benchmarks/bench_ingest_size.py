"""Ingest time against article size: one article of 1, 4 and 16 MB, analysis on. Run by hand.

    .venv/bin/python benchmarks/bench_ingest_size.py               # 1, 4, 16 MB
    .venv/bin/python benchmarks/bench_ingest_size.py --sizes 0.25 1 4

Each article is real SaudiNewsNet text (articles joined with blank lines until the size is reached), written
as one JSON record and ingested by the real command (``rasid ingest FILE --db NEW.db``) in a subprocess. It
prints CPU seconds and peak RSS per size, and seconds per MB, which must stay flat (linear growth) up to the
size cap: reading, storing and indexing are linear, and the stages see at most
``rasid.pipeline.MAX_ANALYSED_CHARS`` of any one document.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from saudinewsnet import articles

REPO = Path(__file__).resolve().parent.parent


def article_of(size_bytes: int) -> str:
    parts: list[str] = []
    total = 0
    for item in articles():
        parts.append(item["content"])
        total += len(item["content"].encode("utf-8")) + 2
        if total >= size_bytes:
            break
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="article sizes in MB")
    args = parser.parse_args()
    rows = []
    baseline = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        # a tiny article first: the fixed cost of starting the command and loading the models, subtracted below
        for mb in [0.001, *args.sizes]:
            text = article_of(int(mb * 1024 * 1024))
            path = Path(tmp) / f"article-{mb}.json"
            path.write_text(
                json.dumps({"title": f"{mb} MB", "text": text}, ensure_ascii=False), encoding="utf-8"
            )
            db = Path(tmp) / f"size-{mb}.db"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "rasid", "ingest", str(path), "--db", str(db)],
                capture_output=True,
                text=True,
                check=False,
            )
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            size = path.stat().st_size / 1024 / 1024
            if not rows and mb == 0.001 and baseline == 0.0:
                baseline = cpu
                print(f"start-up and a tiny article: {cpu:.2f} CPU-s (subtracted from the rows below)")
                continue
            cpu -= baseline
            rows.append((size, cpu, wall, after.ru_maxrss / 1024, done.returncode))
            print(
                f"{size:6.2f} MB: {cpu:7.2f} CPU-s, {wall:7.2f} s wall, {cpu / size:6.2f} CPU-s per MB, "
                f"peak RSS so far {after.ru_maxrss / 1024:.0f} MB, exit {done.returncode}",
                flush=True,
            )
            if done.returncode != 0:
                print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
    if len(rows) >= 2:
        first, last = rows[0], rows[-1]
        print(f"CPU-s per MB, largest / smallest: {(last[1] / last[0]) / (first[1] / first[0]):.2f}")


if __name__ == "__main__":
    main()
