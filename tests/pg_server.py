"""A throwaway PostgreSQL server for tests: ``initdb`` into a temporary folder, serve on a Unix socket.

Used by ``tests/store/test_postgres.py`` and ``tests/backends.py`` (both stores for one test) through
the session fixture :func:`postgres_server`.

* No TCP: ``listen_addresses=''``; clients connect through the socket in the server's own
  folder, so two test sessions on one machine never collide on a port.
* ``postgres`` refuses to run as root. When the tests run as root, the server runs as the
  unprivileged system user ``nobody`` (present on every Debian/Ubuntu image): the folder is
  created under ``/tmp`` and handed to that user; root, the client, can still reach the socket.
* Trust authentication, ``fsync=off``: a scratch server whose data is thrown away at the end.
* Skips (with the reason) when the server binaries or psycopg are missing.

Binaries are looked up on ``PATH`` and in ``/usr/lib/postgresql/<version>/bin``; set
``RASID_PG_BIN`` to the folder holding ``initdb``/``pg_ctl`` to choose another install.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "rasid"
#: Who runs the server when the tests run as root (postgres will not run as root).
UNPRIVILEGED_USER = "nobody"


@dataclass(frozen=True)
class PostgresServer:
    root: Path  # folder holding the data directory, the socket and the log
    bin_dir: Path
    user: str | None  # the system user the server runs as (None: the current user)

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(self, database: str) -> str:
        """A libpq URL for ``database`` over the Unix socket (host given as a query parameter)."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def create_database(self, name: str) -> str:
        """Create an empty UTF-8 database and return its URL."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database made by :meth:`create_database`, closing what is still connected to it."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def find_bin_dir() -> Path | None:
    """The folder with ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[str] = []
    if os.environ.get("RASID_PG_BIN"):
        candidates.append(os.environ["RASID_PG_BIN"])
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if all((Path(folder) / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def _run(server_user: str | None, args: list[str], cwd: Path) -> None:
    result = subprocess.run(
        args, cwd=cwd, user=server_user, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr.strip()}")


def start_server() -> Iterator[PostgresServer]:
    """Start a scratch server, yield it, stop it and delete its files."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'rasid[postgres]')")
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; set RASID_PG_BIN")
    server_user = UNPRIVILEGED_USER if os.geteuid() == 0 else None
    # under /tmp, not pytest's tmp dir: that one is private to root and `nobody` could not enter it
    root = Path(tempfile.mkdtemp(prefix="rasid-pg-"))
    if server_user is not None:
        shutil.chown(root, user=server_user)
    data = root / "data"
    server = PostgresServer(root, bin_dir, server_user)
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{root}' -c fsync=off -c full_page_writes=off"
    )
    try:
        _run(
            server_user,
            [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync"],
            root,
        )  # fmt: skip
        _run(
            server_user,
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "server.log"),
             "-w", "-t", "60", "start"],
            root,
        )  # fmt: skip
    except (RuntimeError, subprocess.TimeoutExpired, PermissionError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start a scratch PostgreSQL server: {exc}")
    try:
        yield server
    finally:
        subprocess.run(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            cwd=root,
            user=server_user,
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    yield from start_server()
