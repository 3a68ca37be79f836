"""Fixtures for the web tests: a database built by the real ``rasid ingest`` from samples/ (and the
seeds when ../shared is present), a real ``rasid serve`` process on a free loopback port, and
Debian's Chromium driven by Playwright (never a downloaded browser).

The database is built twice per session, as a SQLite file and as a PostgreSQL database
(tests/backends.py), so every test that asks for it, or for a server on it, runs once per store:
``[sqlite]`` first, then ``[postgres]``. Screenshots are taken on the SQLite run only.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from backends import BACKENDS, new_store_url, store_copy
from conftest import SAMPLES, SHARED
from web.hostile import HOSTILE_HTML, hostile_document
from web.support import CHROMIUM, CHROMIUM_FLAGS, RASID, WRITE_TOKEN, free_port, rasid_commands


@dataclass(frozen=True)
class WebStores:
    backend: str  # one of backends.BACKENDS
    db: str  # the database the read-only server serves: a file path or a postgresql:// URL
    write_copy: str  # a copy of it made before any server started, for the server that accepts writes
    folder: Path  # for the servers' logs


@pytest.fixture(scope="session", params=BACKENDS)
def web_stores(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WebStores]:
    """The web database on one backend, and its copy for writes (copied now: a PostgreSQL database
    is copied as a template, which nothing may be connected to)."""
    root = tmp_path_factory.mktemp(f"web-{request.param}")
    with new_store_url(request, request.param, root) as db:
        build_web_db(db, root)
        with store_copy(request, db, root) as write_copy:
            yield WebStores(request.param, db, write_copy, root)


@pytest.fixture(scope="session")
def web_db(web_stores: WebStores) -> str:
    """samples/ (+ seeds if present) + a hostile HTML page, ingested with analysis; plus a hostile Document."""
    return web_stores.db


def build_web_db(db: str, root: Path) -> None:
    from rasid.store import open_store

    hostile_dir = root / "hostile"
    hostile_dir.mkdir()
    (hostile_dir / "niamey-bulletin.html").write_text(HOSTILE_HTML, encoding="utf-8")
    inputs = [str(SAMPLES), str(hostile_dir)]
    if (SHARED / "seeds").is_dir():
        inputs.append(str(SHARED / "seeds"))
    done = subprocess.run(
        [*RASID, "ingest", *inputs, "--db", db, "--quiet"], capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 1), done.stderr  # 1 = some sample items are deliberately broken
    with open_store(db) as store:
        store.add_document(hostile_document())
    if " trace " in rasid_commands():  # stories, when the tracing area is installed
        traced = subprocess.run([*RASID, "trace", "--db", db], capture_output=True, text=True, check=False)
        assert traced.returncode == 0, traced.stderr


class Server:
    def __init__(self, db: str, log_folder: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the log goes to a file: an unread pipe would fill up and block the server
        self.log_path = log_folder / f"serve.{self.port}.log"
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [*RASID, "serve", "--db", db, "--port", str(self.port), *extra],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._log.close()
                raise RuntimeError(f"rasid serve exited: {self.log_path.read_text(encoding='utf-8')}")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("rasid serve did not answer within 60 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()


@pytest.fixture(scope="session")
def server(web_stores: WebStores) -> Iterator[Server]:
    """A read-only server (the default)."""
    srv = Server(web_stores.db, web_stores.folder)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def write_server(web_stores: WebStores) -> Iterator[Server]:
    """A server started with --allow-write and a token, on a copy of the database."""
    srv = Server(web_stores.write_copy, web_stores.folder, "--allow-write", "--token", WRITE_TOKEN)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not installed at {CHROMIUM}: run scripts/install-browser.sh (apt-get install chromium)"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, web_stores: WebStores):
    """A fresh page that records dialogs and console errors, with a 1280-wide viewport for screenshots."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    # docs/screenshots come from one store: the same pages from the other would only churn the files
    pg.takes_screenshots = web_stores.backend == BACKENDS[0]  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    context.close()
