"""kill -9 during ingest at random moments, re-run: the database equals an uninterrupted run's."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasid.ingest import ingest
from rasid.store import open_store

FILES = 6
PER_FILE = 500
KILLS = 4
SEED = 20240821

# Written for this test: a small vocabulary combined into distinct short articles.
WORDS = [
    "قافلة",
    "مدرعات",
    "باماكو",
    "غاو",
    "الجيش",
    "الفيلق",
    "الأفريقي",
    "اتفاق",
    "تدريب",
    "دورية",
    "حدود",
    "النيجر",
    "مالي",
    "بوركينا",
]


def _write_corpus(folder: Path) -> None:
    rnd = random.Random(SEED)
    folder.mkdir()
    records: list[str] = []
    for f in range(FILES):
        lines = []
        for _ in range(PER_FILE):
            if len(records) % 25 == 24:
                # an exact copy of an earlier article: duplicates must come out the same too
                records.append(records[rnd.randrange(len(records))])
            else:
                body = " ".join(rnd.choice(WORDS) for _ in range(40))
                n = len(records) + 1
                records.append(
                    json.dumps({"title": f"تقرير {n}", "text": f"الخبر {n}. {body}"}, ensure_ascii=False)
                )
            lines.append(records[-1])
        (folder / f"part-{f}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rasid(*args: str) -> list[str]:
    return [sys.executable, "-c", "from rasid.cli.main import main; main()", *args]


def _stored(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # killed before the schema was written
        return 0
    finally:
        conn.close()


def _snapshot(path: Path) -> tuple[set[str], int, str, int]:
    conn = sqlite3.connect(path)
    try:
        ids = {r[0] for r in conn.execute("SELECT id FROM documents")}
        indexed = conn.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"تقرير\"'"
        ).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        seqs = conn.execute("SELECT count(DISTINCT seq) FROM documents").fetchone()[0]
        return ids, indexed, integrity, seqs
    finally:
        conn.close()


@pytest.mark.slow
def test_ingest_killed_at_random_points_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)

    reference_db = tmp_path / "reference.db"
    with open_store(reference_db) as store:
        reference = ingest([str(corpus)], store, analyze=False)
    assert reference.failed == 0 and reference.duplicate > 0

    # Kill points scale with this machine's speed: start-up time plus a random share of a full run.
    tiny = tmp_path / "tiny.jsonl"
    tiny.write_text('{"text": "نص قصير للقياس"}\n', encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        _rasid("ingest", str(tiny), "--db", str(tmp_path / "tiny.db"), "--no-analyze", "--quiet"), check=True
    )
    startup = time.perf_counter() - started

    crashed_db = tmp_path / "crashed.db"
    rnd = random.Random(SEED)
    killed = 0
    for _ in range(KILLS):
        # a re-run skips what is stored before doing any work on it, so aim into what is left to do
        left = 1.0 - (_stored(crashed_db) / reference.stored if crashed_db.exists() else 0.0)
        proc = subprocess.Popen(
            _rasid("ingest", str(corpus), "--db", str(crashed_db), "--no-analyze", "--quiet"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(startup * 0.8 + rnd.uniform(0.1, 0.8) * reference.elapsed * max(left, 0.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=30)
    assert killed >= 2, "the ingest finished before it could be killed: make the corpus bigger"

    final = subprocess.run(
        _rasid("ingest", str(corpus), "--db", str(crashed_db), "--no-analyze", "--quiet"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert final.returncode == 0, final.stderr

    ref_ids, ref_indexed, _, _ = _snapshot(reference_db)
    ids, indexed, integrity, distinct_seqs = _snapshot(crashed_db)
    assert integrity == "ok"
    assert len(ids) == len(ref_ids) == reference.stored
    assert ids == ref_ids
    assert indexed == ref_indexed == len(ids)  # every document indexed exactly once
    assert distinct_seqs == len(ids)
