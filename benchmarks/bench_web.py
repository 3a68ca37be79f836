"""Web app latency under load: search and page requests from 50 concurrent clients, on loopback.

Starts a real ``rasid serve`` (uvicorn, one process) on a free 127.0.0.1 port over a database of
SaudiNewsNet (31,030 Arabic articles). Without ``--db`` it builds one with
``rasid ingest --no-analyze`` from ../shared/data/saudinewsnet (cached beside this script's run).
Each scenario sends a bounded number of requests; prints p50/p95/p99 latency and throughput.

    .venv/bin/python benchmarks/bench_web.py --db /tmp/snn.db
    .venv/bin/python benchmarks/bench_web.py --clients 50 --requests 1000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
RASID = str(Path(sys.executable).parent / "rasid")

#: Everyday words of Saudi news (our own list), typed the way analysts type them: with and
#: without the article, with clitics, one or two words.
QUERIES = [
    "السعودية", "الرياض", "وزير", "الملك", "جدة", "مكة", "التعليم", "الصحة", "الاقتصاد", "النفط",
    "اليمن", "الحوثي", "إيران", "سوريا", "الأمن", "المرور", "الطلاب", "الجامعة", "رمضان", "الحج",
    "مجلس الوزراء", "وزارة الداخلية", "أمير المنطقة", "والمملكة", "بالرياض", "للطلاب", "الهلال", "النصر",
    "كرة القدم", "الأسهم",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(path: Path) -> None:
    source = SHARED / "data" / "saudinewsnet"
    if not source.is_dir():
        sys.exit(f"no --db given and {source} not found: give a database with --db")
    print(f"building {path} from {source} (rasid ingest --no-analyze) …", flush=True)
    started = time.perf_counter()
    subprocess.run([RASID, "ingest", str(source), "--db", str(path), "--no-analyze", "-q"], check=False)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def sample_ids(db: Path, n: int, seed: int) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
    conn.close()
    return random.Random(seed).sample(ids, min(n, len(ids)))


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [RASID, "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # wait until the server answers and its warm-up (KB, gazetteer, imports) is done: 10 answers in a
    # row saying so, since with several workers each answers for itself
    deadline, warm_in_a_row = time.monotonic() + 300, 0
    while time.monotonic() < deadline:
        try:
            health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).json()
            warm_in_a_row = warm_in_a_row + 1 if health.get("warm", True) else 0
            if warm_in_a_row >= 10:
                return proc
        except (httpx.HTTPError, ValueError):
            warm_in_a_row = 0
        time.sleep(0.3)
    proc.kill()
    sys.exit("server did not start")


def server_cpu_seconds(proc: subprocess.Popen) -> float:
    """CPU time used so far by the server and its worker processes (independent of machine load)."""
    import psutil

    try:
        root = psutil.Process(proc.pid)
        processes = [root, *root.children(recursive=True)]
        return sum(p.cpu_times().user + p.cpu_times().system for p in processes)
    except psutil.Error:
        return float("nan")


async def run_scenario(base: str, paths: list[str], clients: int) -> dict[str, Any]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for p in paths:
        queue.put_nowait(p)
    latencies: list[float] = []
    errors = 0
    kinds: dict[str, int] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while True:
                try:
                    path = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        errors += 1
                        kinds[str(response.status_code)] = kinds.get(str(response.status_code), 0) + 1
                    await response.aread()
                except httpx.HTTPError as exc:
                    errors += 1
                    kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                latencies.append((time.perf_counter() - t0) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {
        "requests": len(latencies),
        "errors": errors,
        "error_kinds": kinds,
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "max_ms": round(latencies[-1], 1),
        "req_per_s": round(len(latencies) / elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="database to serve (default: build one from SaudiNewsNet)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per scenario")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workers", type=int, default=1, help="server worker processes (rasid serve --workers)"
    )
    args = parser.parse_args()

    db = args.db
    if db is None:
        db = Path(tempfile.gettempdir()) / "rasid-bench-web-saudinewsnet.db"
        if not db.exists():
            build_db(db)
    count = (
        sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        .execute("SELECT count(*) FROM documents")
        .fetchone()[0]
    )
    rng = random.Random(args.seed)
    ids = sample_ids(db, args.requests, args.seed)
    n = args.requests
    scenarios = {
        "api search (JSON)": [f"/api/search?q={rng.choice(QUERIES)}" for _ in range(n)],
        "search page (HTML)": [f"/search?q={rng.choice(QUERIES)}" for _ in range(n)],
        "article page (HTML)": [f"/doc/{ids[i % len(ids)]}" for i in range(n)],
        "article (JSON)": [f"/api/doc/{ids[(i * 7) % len(ids)]}" for i in range(n)],
    }
    port = free_port()
    proc = start_server(db, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        # warm up: first requests import modules and open per-thread connections
        asyncio.run(
            run_scenario(base, [f"/api/search?q={q}" for q in QUERIES] + [f"/doc/{i}" for i in ids[:50]], 10)
        )
        results = {}
        load = os.getloadavg()[0]
        print(
            f"database: {db} ({count} documents); {args.clients} concurrent clients; {n} requests per scenario; "
            f"{args.workers} server worker(s); load average {load:.1f} on {os.cpu_count()} CPUs before the run"
        )
        print(
            f"{'scenario':<22}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'req/s':>9}"
            f"{'srv CPU ms/req':>16}{'errors':>8}"
        )
        for name, paths in scenarios.items():
            cpu_before = server_cpu_seconds(proc)
            r = asyncio.run(run_scenario(base, paths, args.clients))
            # server CPU per request: what one request costs, whatever else runs on the machine
            r["server_cpu_ms_per_request"] = round((server_cpu_seconds(proc) - cpu_before) * 1000 / n, 2)
            results[name] = r
            print(
                f"{name:<22}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}{r['max_ms']:>9}{r['req_per_s']:>9}"
                f"{r['server_cpu_ms_per_request']:>16}{r['errors']:>8} {r['error_kinds'] or ''}",
                flush=True,
            )
        target = all(r["p95_ms"] < 200 for r in results.values())
        print(f"target p95 < 200 ms: {'met' if target else 'NOT met'}")
        print(
            json.dumps(
                {
                    "documents": count,
                    "clients": args.clients,
                    "workers": args.workers,
                    "load": load,
                    "results": results,
                }
            )
        )
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
