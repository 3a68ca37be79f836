"""The SQLite query plans behind each web page, and the time each statement takes.

Builds each page's data once (the view functions of ``rasid.web.views``, as the server would),
records every statement SQLite runs (``set_trace_callback``, parameters inlined) and prints its
``EXPLAIN QUERY PLAN`` and its time. A ``SCAN`` of a big table in a page's plan is what makes that
page grow with the corpus; ``SEARCH … USING COVERING INDEX`` is what keeps it flat.

    .venv/bin/python benchmarks/explain_web.py --db /work/bench-data/snn.db
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path
from typing import Any

from rasid.store import open_store
from rasid.web import views
from rasid.web.app import SharedCache, WebContext


def pages(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    entity = conn.execute("SELECT key FROM entity_counts ORDER BY documents DESC LIMIT 1").fetchone()[0]
    story = conn.execute("SELECT id FROM stories ORDER BY size DESC LIMIT 1").fetchone()
    outlet = conn.execute(
        "SELECT outlet FROM documents GROUP BY outlet ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    doc = conn.execute("SELECT id FROM documents ORDER BY length(text) DESC LIMIT 1").fetchone()[0]
    conn.close()
    found = {
        "home": lambda ctx: views.search_view(ctx),
        "search, common word": lambda ctx: views.search_view(ctx, q="في"),
        "search, rare word": lambda ctx: views.search_view(ctx, q="فاغنر"),
        "article, longest": lambda ctx: views.article_view(ctx, doc),
        "entity, most documents": lambda ctx: views.entity_view(ctx, entity),
        "outlet, biggest": lambda ctx: views.outlet_view(ctx, outlet),
        "map": lambda ctx: views.map_view(ctx),
        "stories": lambda ctx: views.stories_view(ctx),
    }
    if story:
        found["story, biggest"] = lambda ctx: views.story_view(ctx, story[0])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    store = open_store(args.db, create=False)
    ctx = WebContext(store, SharedCache(0))
    explain = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    for kind, build in pages(args.db).items():
        build(ctx)  # warm the page cache and Python's
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)
        started = time.perf_counter()
        build(ctx)
        elapsed = (time.perf_counter() - started) * 1000
        store._conn.set_trace_callback(None)
        print(f"\n== {kind}: {elapsed:.1f} ms, {len(statements)} statements")
        for sql in dict.fromkeys(statements):
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")) or "'main'." in sql:
                continue  # transactions, and FTS5's own reads of its shadow tables
            started = time.perf_counter()
            explain.execute(sql).fetchall()
            took = (time.perf_counter() - started) * 1000
            print(f"-- {took:6.2f} ms  {' '.join(sql.split())[:150]}")
            for row in explain.execute("EXPLAIN QUERY PLAN " + sql):
                print(f"     {row[3]}")


if __name__ == "__main__":
    main()
