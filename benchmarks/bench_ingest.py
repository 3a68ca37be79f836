"""Ingest throughput and peak memory on SaudiNewsNet (31,030 real Arabic articles). Run by hand.

    .venv/bin/python benchmarks/bench_ingest.py                 # --no-analyze, --jobs 2
    .venv/bin/python benchmarks/bench_ingest.py --jobs 1 --keep snn.db

Runs the real command (``rasid ingest DATA --db NEW.db --no-analyze --jobs N``) in a
subprocess, samples the RSS of it and its worker processes every 50 ms, and prints
articles/s, MB/s, peak RSS and the duplicate count. Targets: >= 300 articles/s on 2 cores,
peak RSS < 1 GB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "saudinewsnet"


def sample_tree(proc: psutil.Process, cpu_seen: dict[int, float]) -> int:
    """RSS of a process and all its children, in bytes; records each one's CPU seconds so far."""
    total = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.ZombieProcess):
            total += member.memory_info().rss
            times = member.cpu_times()
            cpu_seen[member.pid] = times.user + times.system
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of SaudiNewsNet zips")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--analyze", action="store_true", help="also run the extraction pipeline")
    parser.add_argument(
        "--keep", type=Path, help="write the database here (for bench_search.py) instead of a temp file"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found: the shared data folder is not beside this checkout")

    workdir = Path(tempfile.mkdtemp(prefix="rasid-bench-"))
    db = args.keep or workdir / "snn.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    input_bytes = sum(p.stat().st_size for p in args.data.rglob("*") if p.is_file())
    command = [
        sys.executable,
        "-c",
        "from rasid.cli.main import main; main()",
        "ingest",
        str(args.data),
        "--db",
        str(db),
        "--jobs",
        str(args.jobs),
        "--quiet",
        "--analyze" if args.analyze else "--no-analyze",
    ]
    started = time.perf_counter()
    log = open(workdir / "ingest.log", "w+", encoding="utf-8")  # noqa: SIM115 - a file, not a pipe that could fill up
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
    watcher = psutil.Process(proc.pid)
    peak = 0
    cpu_seen: dict[int, float] = {}
    while proc.poll() is None:
        peak = max(peak, sample_tree(watcher, cpu_seen))
        time.sleep(0.05)
    writer_cpu = cpu_seen.get(proc.pid, 0.0)
    elapsed = time.perf_counter() - started
    log.seek(0)
    output = log.read()
    log.close()
    if proc.returncode not in (0, 1):
        sys.exit(f"ingest failed with exit code {proc.returncode}:\n{output[-3000:]}")

    conn = sqlite3.connect(db)
    stored, duplicate, failed = conn.execute(
        "SELECT stored, duplicate, failed FROM runs ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
    text_bytes = conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM documents").fetchone()[0] or 0
    conn.close()
    items = stored + duplicate + failed
    # CPU seconds of the ingest process and its (joined) workers: a figure that other load does not skew
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = usage.ru_utime + usage.ru_stime
    results = {
        "articles": items,
        "stored": stored,
        "duplicates": duplicate,
        "failed": failed,
        "jobs": args.jobs,
        "analyze": args.analyze,
        "seconds": round(elapsed, 1),
        "articles_per_s": round(items / elapsed, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "writer_cpu_seconds_at_least": round(writer_cpu, 1),
        "articles_per_cpu_s": round(items / cpu_seconds, 1),
        "input_mb_per_s": round(input_bytes / 2**20 / elapsed, 2),
        "text_mb_per_s": round(text_bytes / 2**20 / elapsed, 2),
        "peak_rss_mb": round(peak / 2**20, 1),
        "db_mb": round(os.path.getsize(db) / 2**20, 1),
        "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"SaudiNewsNet ingest ({'with' if args.analyze else 'without'} analysis, --jobs {args.jobs})")
    print(f"  items        {items:,} (stored {stored:,}, duplicate {duplicate:,}, failed {failed:,})")
    print(f"  time         {elapsed:.1f} s")
    print(f"  throughput   {results['articles_per_s']:,} articles/s   (target >= 300)")
    print(
        f"  input        {results['input_mb_per_s']} MB/s of zipped JSON, {results['text_mb_per_s']} MB/s of article text"
    )
    print(
        f"  CPU          {cpu_seconds:.1f} s in all processes = {results['articles_per_cpu_s']:,} articles per CPU-second"
        f" (writer process >= {writer_cpu:.1f} s)"
    )
    print(f"  peak RSS     {results['peak_rss_mb']} MB, all processes   (target < 1024)")
    print(f"  database     {results['db_mb']} MB")
    print(f"  machine      {results['cpus']} CPUs, load average {results['load_avg_1m']} at the end")


if __name__ == "__main__":
    main()
