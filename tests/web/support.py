"""Helpers shared by the web tests (kept out of conftest so test modules can import them)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from conftest import REPO

CHROMIUM = Path(os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "docs" / "screenshots"
WRITE_TOKEN = "test-token-4f1c"
RASID = [str(Path(sys.executable).parent / "rasid")]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rasid_commands() -> str:
    return subprocess.run([*RASID, "--help"], capture_output=True, text=True, check=False).stdout


def screenshot(page, name: str, *, full_page: bool = True) -> None:
    """Save the page to docs/screenshots/NAME.png (on the run the ``page`` fixture chose for screenshots)."""
    if not page.takes_screenshots:
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
