"""Fixtures for the web tests: a database built by the real ``rasid ingest`` from samples/ (and the
seeds when ../shared is present), a real ``rasid serve`` process on a free loopback port, and
Debian's Chromium driven by Playwright (never a downloaded browser)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from conftest import SAMPLES, SHARED
from web.hostile import HOSTILE_HTML, hostile_document
from web.support import CHROMIUM, CHROMIUM_FLAGS, RASID, WRITE_TOKEN, free_port, rasid_commands


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/ (+ seeds if present) + a hostile HTML page, ingested with analysis; plus a hostile Document."""
    from rasid.store import open_store

    root = tmp_path_factory.mktemp("webdb")
    db = root / "web.db"
    hostile_dir = root / "hostile"
    hostile_dir.mkdir()
    (hostile_dir / "niamey-bulletin.html").write_text(HOSTILE_HTML, encoding="utf-8")
    inputs = [str(SAMPLES), str(hostile_dir)]
    if (SHARED / "seeds").is_dir():
        inputs.append(str(SHARED / "seeds"))
    done = subprocess.run(
        [*RASID, "ingest", *inputs, "--db", str(db), "--quiet"], capture_output=True, text=True, check=False
    )
    assert done.returncode in (0, 1), done.stderr  # 1 = some sample items are deliberately broken
    store = open_store(db)
    store.add_document(hostile_document())
    store.close()
    if " trace " in rasid_commands():  # stories, when the tracing area is installed
        subprocess.run([*RASID, "trace", "--db", str(db)], capture_output=True, text=True, check=False)
    return db


class Server:
    def __init__(self, db: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the log goes to a file: an unread pipe would fill up and block the server
        self.log_path = db.with_suffix(f".{self.port}.log")
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            [*RASID, "serve", "--db", str(db), "--port", str(self.port), *extra],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"rasid serve exited: {self.proc.stderr.read() if self.proc.stderr else ''}"
                )
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
def server(web_db: Path) -> Iterator[Server]:
    """A read-only server (the default)."""
    srv = Server(web_db)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def write_server(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server started with --allow-write and a token, on a copy of the database."""
    copy = tmp_path_factory.mktemp("writedb") / "write.db"
    shutil.copy(web_db, copy)
    srv = Server(copy, "--allow-write", "--token", WRITE_TOKEN)
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
def page(browser):
    """A fresh page that records dialogs and console errors, with a 1280-wide viewport for screenshots."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    context.close()
