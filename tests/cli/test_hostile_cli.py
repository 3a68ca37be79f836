"""Defects a hostile test of the CLI found (issue 12): each case failed before its fix.

* a database locked past the busy timeout: one clear line and exit 3, not a traceback and exit 1;
* ``rasid ingest .`` beside ``./rasid.db``: the database and its -wal/-shm files are not inputs;
* a killed run stays ``running``: the next run marks it ``interrupted`` (a live one stays ``running``);
* ``rasid search --since garbage``: a usage error, exit 2.

Ingest cases run with one process and with ``--jobs 2``; the killed runs and dates on SQLite and on
PostgreSQL (the ``db`` fixture), the lock and the database beside its inputs on SQLite, whose files they are.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from rasid import api
from rasid.cli.main import EXIT_FAILED, EXIT_USAGE
from rasid.store import open_store

# Written for these tests.
ARTICLES = {
    "gao.txt": "Renforts à Gao\n\nDes renforts sont arrivés à Gao mardi, selon une source militaire malienne.",
    "mopti.txt": "Patrouille à Mopti\n\nUne patrouille de l'armée a sécurisé la route de Mopti, selon un communiqué.",
}


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _runs(db: str) -> list[tuple[str, str]]:
    """``(id, status)`` of each run in the order they started, read with the database's own driver;
    none before the store has its tables."""
    if db.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(db) as pg:
            if pg.execute("SELECT to_regclass('runs')").fetchone() == (None,):
                return []
            return [(str(i), str(s)) for i, s in pg.execute("SELECT id, status FROM runs ORDER BY run_no")]
    if not Path(db).exists():
        return []
    with closing(sqlite3.connect(db)) as conn:
        try:
            return conn.execute("SELECT id, status FROM runs ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:  # not migrated yet
            return []


# --- a lock held past the busy timeout ---------------------------------------------------------------
@pytest.fixture
def impatient_config(tmp_path: Path) -> Path:
    config = tmp_path / "impatient.toml"
    config.write_text("[store]\nbusy_timeout_ms = 100\n", encoding="utf-8")
    return config


@pytest.fixture
def locked_db(tmp_path: Path) -> Iterator[Path]:
    """A database whose write lock another connection holds until the test ends."""
    db = tmp_path / "locked.db"
    open_store(db).close()  # created and migrated
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield db
    holder.execute("ROLLBACK")
    holder.close()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_on_a_locked_database_says_so_in_one_line_and_exits_3(
    rasid, inbox: Path, locked_db: Path, impatient_config: Path, jobs: str
) -> None:
    result = rasid(
        "ingest", str(inbox), "--db", str(locked_db), "--config", str(impatient_config), "--jobs", jobs,
        "--no-analyze",
    )  # fmt: skip
    assert result.code == EXIT_FAILED
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "locked by another process" in lines[0] and str(locked_db) in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_ingest_after_the_lock_is_released_stores_everything(
    rasid, inbox: Path, tmp_path: Path, impatient_config: Path
) -> None:
    db = tmp_path / "r.db"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    assert rasid("ingest", str(inbox), "--db", str(db), "--config", str(impatient_config)).code == EXIT_FAILED
    holder.execute("ROLLBACK")
    holder.close()
    result = rasid("ingest", str(inbox), "--db", str(db), "--config", str(impatient_config), "--no-analyze")
    assert result.code == 0, result.stderr
    assert api.stats(db=db)["documents"] == len(ARTICLES)


# --- `rasid ingest .` beside the default ./rasid.db ----------------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_dot_skips_the_database_it_writes(
    rasid, inbox: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.chdir(inbox)
    monkeypatch.delenv("RASID_DB", raising=False)
    first = rasid("ingest", ".", "--jobs", jobs, "--no-analyze")
    assert first.code == 0, first.stdout + first.stderr
    assert first.stdout.splitlines() == [f"stored {len(ARTICLES)}, duplicate 0, failed 0"]
    assert (inbox / "rasid.db").exists()
    # again, now that the database (and its -wal/-shm, while open) sits in the folder from the start
    again = rasid("ingest", ".", "--jobs", jobs, "--no-analyze")
    assert again.code == 0, again.stdout + again.stderr
    assert again.stdout.splitlines() == [f"stored 0, duplicate {len(ARTICLES)}, failed 0"]
    assert "rasid.db" not in again.stdout + again.stderr


# --- killed runs ---------------------------------------------------------------------------------------
OWN_A_RUN = """
import sys, time
from rasid.store import open_store
open_store(sys.argv[1]).start_run("ingest", ["somewhere"])
print("started", flush=True)
time.sleep(120)
"""


@pytest.fixture
def run_owners(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    """Processes that each start a run and then wait; ended by their pid when the test ends."""
    owners: list[subprocess.Popen[str]] = []
    yield owners
    for owner in owners:
        if owner.poll() is None:
            owner.kill()
        owner.wait(timeout=30)


def _start_run_in_a_process(db: str, owners: list[subprocess.Popen[str]]) -> subprocess.Popen[str]:
    owner = subprocess.Popen([sys.executable, "-c", OWN_A_RUN, db], stdout=subprocess.PIPE, text=True)
    owners.append(owner)
    assert owner.stdout is not None and owner.stdout.readline().strip() == "started"
    return owner


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_new_run_marks_killed_runs_interrupted_and_leaves_live_ones_running(
    rasid, inbox: Path, db: str, run_owners: list[subprocess.Popen[str]], jobs: str
) -> None:
    killed = _start_run_in_a_process(db, run_owners)
    _start_run_in_a_process(db, run_owners)  # still running when the next run starts
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)

    result = rasid("ingest", str(inbox), "--db", db, "--jobs", jobs, "--no-analyze")
    assert result.code == 0, result.stderr
    assert [status for _, status in _runs(db)] == ["interrupted", "running", "done"]

    stats = rasid("stats", "--db", db)
    assert "runs: 3 (done 1, interrupted 1, running 1)" in stats.stdout.splitlines()
    assert api.stats(db=db)["run_statuses"] == {"done": 1, "interrupted": 1, "running": 1}


def test_a_run_left_running_by_a_killed_ingest_is_interrupted_after_the_next(
    rasid, inbox: Path, db: str
) -> None:
    """The whole way, with the real command killed mid-run (reading a standard input that never ends)."""
    stalled = subprocess.Popen(
        [sys.executable, "-m", "rasid", "ingest", "-", "--db", db, "--no-analyze", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not _runs(db):  # the run is recorded before the inputs are read
            assert stalled.poll() is None and time.monotonic() < deadline, "the ingest never started its run"
            time.sleep(0.1)
    finally:
        stalled.kill()
        stalled.wait(timeout=30)
    assert [status for _, status in _runs(db)] == ["running"]
    assert rasid("ingest", str(inbox), "--db", db, "--no-analyze").code == 0
    assert [status for _, status in _runs(db)] == ["interrupted", "done"]


# --- date options --------------------------------------------------------------------------------------
@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["garbage", "2024-13", "2024-02-30", "24", "2024-8-1", "٢٠٢٤"])
def test_search_refuses_a_date_that_is_not_one(rasid, tmp_path: Path, option: str, value: str) -> None:
    db = tmp_path / "r.db"
    open_store(db).close()
    result = rasid("search", "Gao", "--db", str(db), option, value)
    assert result.code == EXIT_USAGE
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and option in errors[0] and "YYYY-MM-DD" in errors[0], result.stderr


@pytest.mark.parametrize("value", ["2024", "2024-08", "2024-02-29"])
def test_search_accepts_dates_at_every_precision(rasid, inbox: Path, db: str, value: str) -> None:
    assert rasid("ingest", str(inbox), "--db", db, "--no-analyze").code == 0
    result = rasid("search", "Gao", "--db", db, "--since", value, "--until", value)
    assert result.code == 0, result.stderr
