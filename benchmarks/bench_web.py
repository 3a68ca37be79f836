"""Web app at SaudiNewsNet scale: every page kind alone, then under 50 concurrent clients.

Run by hand on a database of all of SaudiNewsNet, analysed and traced (see benchmarks/README.md)::

    nice -n 10 .venv/bin/rasid ingest ../shared/data/saudinewsnet --db /work/bench-data/snn.db --jobs 2
    nice -n 10 .venv/bin/rasid trace --db /work/bench-data/snn.db
    .venv/bin/python benchmarks/bench_web.py --db /work/bench-data/snn.db

It starts a real ``rasid serve --workers 2`` on a free 127.0.0.1 port and picks one page of each
kind: the home page (``/search``, where ``/`` redirects), a search for the corpus's most common word
and one for a rare word, the longest article and a median one, the entity in the most documents, the
biggest story, the biggest outlet, the map and the story list. For each it reports

* alone: the median of 20 requests one after another, and the page's size in bytes;
* under load: ``wrk`` with ``--clients`` connections for ``--duration`` seconds (p50, p95, p99,
  requests/s, errors: sockets errors and non-2xx/3xx answers), and the server's CPU per request.

The server keeps rendered pages and aggregates for 15 s (``RASID_WEB_CACHE_SECONDS``); with
``--no-cache`` every request computes its page, which is what a page really costs.

Without ``wrk`` (``apt-get install wrk``) the load comes from a bounded asyncio client (httpx),
which needs a share of the same CPUs. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

RASID = str(Path(sys.executable).parent / "rasid")
#: A word of almost every SaudiNewsNet article ("in"), and a word found in a handful.
COMMON_WORD, RARE_WORD = "في", "فاغنر"

#: wrk's summary as one JSON line (latencies in microseconds).
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.timeout + summary.errors.status
  io.write(string.format('{"requests": %d, "seconds": %.3f, "errors": %d, "status_errors": %d, '
    .. '"p50": %d, "p95": %d, "p99": %d, "max": %d}\\n',
    summary.requests, summary.duration / 1e6, errors, summary.errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pick_pages(db: Path) -> dict[str, str]:
    """One path per page kind; the biggest of each where size matters (a kind the database lacks,
    such as stories before ``rasid trace``, is left out with a note)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    count = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    by_length = "SELECT id FROM documents ORDER BY length(text) DESC, id"
    wanted = {
        "article, longest": ("/doc/", f"{by_length} LIMIT 1"),
        "article, median": ("/doc/", f"{by_length} LIMIT 1 OFFSET {count // 2}"),
        "entity, most documents": (
            "/entity/",
            "SELECT key FROM entity_counts ORDER BY documents DESC LIMIT 1",
        ),
        "story, biggest": ("/story/", "SELECT id FROM stories ORDER BY size DESC, id LIMIT 1"),
        "outlet, biggest": (
            "/outlet/",
            "SELECT outlet FROM documents GROUP BY outlet ORDER BY count(*) DESC LIMIT 1",
        ),
    }
    pages = {
        "home": "/search",
        "search, common word": f"/search?q={quote(COMMON_WORD)}",
        "search, rare word": f"/search?q={quote(RARE_WORD)}",
    }
    for kind, (prefix, sql) in wanted.items():
        row = conn.execute(sql).fetchone()
        if row is None:
            print(f"no {kind.split(',')[0]} in {db}: left out (ingest with analysis, then rasid trace)")
            continue
        pages[kind] = prefix + quote(str(row[0]), safe="")
    conn.close()
    return {**pages, "map": "/map", "stories": "/stories"}


def start_server(db: Path, port: int, workers: int, cache: bool) -> subprocess.Popen:
    env = {**os.environ, "RASID_WEB_CACHE_SECONDS": "15" if cache else "0"}
    proc = subprocess.Popen(
        [RASID, "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    # each worker answers for itself: wait for 10 "warm" answers in a row
    deadline, warm = time.monotonic() + 300, 0
    while time.monotonic() < deadline:
        try:
            warm = (
                warm + 1 if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).json()["warm"] else 0
            )
            if warm >= 10:
                return proc
        except (httpx.HTTPError, ValueError, KeyError):
            warm = 0
        time.sleep(0.3)
    proc.kill()
    sys.exit("server did not start")


def server_cpu_seconds(proc: subprocess.Popen) -> float:
    import psutil

    root = psutil.Process(proc.pid)
    return sum(sum(p.cpu_times()[:2]) for p in [root, *root.children(recursive=True)])


def alone(base: str, path: str, repeats: int = 20) -> tuple[float, int]:
    """Median latency (ms) of ``repeats`` requests one after another, and the page's size in bytes."""
    times, size = [], 0
    with httpx.Client(base_url=base, timeout=60) as client:
        client.get(path)  # the first request opens the worker thread's connection
        for _ in range(repeats):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
            size = len(response.content)
    return statistics.median(times), size


def load_wrk(url: str, clients: int, seconds: int, script: Path) -> dict[str, Any]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return {
        "p50_ms": report["p50"] / 1000,
        "p95_ms": report["p95"] / 1000,
        "p99_ms": report["p99"] / 1000,
        "req_per_s": report["requests"] / report["seconds"],
        "requests": report["requests"],
        "errors": report["errors"],
    }


async def load_python(base: str, path: str, clients: int, seconds: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as client:

        async def one_client() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    errors += response.status_code >= 400
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        began = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(clients)))
        elapsed = time.perf_counter() - began
    latencies.sort()
    at = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]  # noqa: E731
    return {
        "p50_ms": at(0.5),
        "p95_ms": at(0.95),
        "p99_ms": at(0.99),
        "req_per_s": len(latencies) / elapsed,
        "requests": len(latencies),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True, help="SaudiNewsNet database, analysed and traced")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=int, default=30, help="seconds of load per page kind")
    parser.add_argument("--workers", type=int, default=2, help="rasid serve --workers")
    parser.add_argument("--only", action="append", help="page kinds to run (default: all)")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="serve with RASID_WEB_CACHE_SECONDS=0: every request computes its page (the real cost)",
    )
    args = parser.parse_args()

    pages = pick_pages(args.db)
    if args.only:
        pages = {k: v for k, v in pages.items() if any(o in k for o in args.only)}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(args.db, port, args.workers, cache=not args.no_cache)
    use_wrk = shutil.which("wrk") is not None
    results: dict[str, dict[str, Any]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "report.lua"
            script.write_text(WRK_REPORT)
            print(
                f"{args.db}: {args.clients} clients x {args.duration} s per page kind, {args.workers} server "
                f"workers, page cache {'off' if args.no_cache else '15 s'}, load from {'wrk' if use_wrk else 'httpx'};"
                f" load average {os.getloadavg()[0]:.1f} "
                f"on {os.cpu_count()} CPUs"
            )
            header = (
                f"{'page':<24}{'alone ms':>9}{'KB':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>8}"
            )
            print(header + f"{'errors':>8}{'srv CPU ms/req':>16}")
            for kind, path in pages.items():
                single_ms, size = alone(base, path)
                cpu_before = server_cpu_seconds(proc)
                if use_wrk:
                    r = load_wrk(base + path, args.clients, args.duration, script)
                else:
                    r = asyncio.run(load_python(base, path, args.clients, args.duration))
                r["server_cpu_ms_per_request"] = (
                    (server_cpu_seconds(proc) - cpu_before) * 1000 / max(1, r["requests"])
                )
                r.update(path=path, alone_ms=single_ms, bytes=size)
                results[kind] = r
                print(
                    f"{kind:<24}{single_ms:>9.1f}{size / 1024:>8.1f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}"
                    f"{r['p99_ms']:>9.1f}{r['req_per_s']:>8.1f}{r['errors']:>8}{r['server_cpu_ms_per_request']:>16.2f}",
                    flush=True,
                )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    met = all(r["p95_ms"] < 300 and not r["errors"] for r in results.values())
    small = all(r["alone_ms"] < 200 and r["bytes"] < 300 * 1024 for r in results.values())
    print(f"every page kind p95 < 300 ms with 0 errors: {'met' if met else 'NOT met'}")
    print(f"every page alone < 200 ms and < 300 KB: {'met' if small else 'NOT met'}")
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
