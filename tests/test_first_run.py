"""A new user's first run, in a fresh clone: the README's first command, then the next step it prints.

* ``make demo`` in a ``git clone`` of this repository's HEAD, then ``rasid serve`` as the README and
  the demo print it: the home page and an article page answer with real content.
* ``pip install .`` with the pip a fresh Python 3.11 venv ships (no upgrade), then ``rasid ingest`` of an
  HTML page: stored 1, failed 0 (an old pip does not resolve justext's ``lxml[html_clean]`` extra, so
  Rasid must declare ``lxml-html-clean`` itself).

Both need PyPI (CI has it) and skip, saying why, when pip cannot reach an index. They use pip's usual
cache (``~/.cache/pip``), never a pre-built virtualenv.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
#: What a fresh machine has: python3 on PATH, none of this checkout's settings.
CLEAN_ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("RASID_", "PYTHON")) and k not in ("VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")
}
INSTALL_TIMEOUT = 1200  # seconds; a cold pip cache downloads a few hundred MB


@pytest.fixture(scope="module")
def pip_index(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Skip unless the stock pip can download a package Rasid depends on."""
    dest = tmp_path_factory.mktemp("pip-probe")
    try:
        probe = subprocess.run(
            ["python3", "-m", "pip", "download", "-q", "--no-deps", "-d", str(dest), "lxml-html-clean"],
            capture_output=True,
            text=True,
            timeout=180,
            env=CLEAN_ENV,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"pip cannot reach a package index: {exc}")
    if probe.returncode != 0:
        pytest.skip(f"pip cannot reach a package index: {probe.stderr.strip().splitlines()[-1:]}")


def _fresh_clone(dest: Path) -> Path:
    """A clone of this repository's HEAD (committed work only, as a new user gets it)."""
    subprocess.run(["git", "clone", "-q", str(REPO), str(dest)], check=True, timeout=120)
    return dest


def _quick_start() -> tuple[str, str]:
    """The README's first command and the ``rasid serve`` next step it names, as written."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL)
    assert block, "the README's Quick start has no ```bash block"
    first_line = block.group(1).strip().splitlines()[0]
    first_command = first_line.split("#", 1)[0].strip()
    serve = re.search(r"`(\.venv/bin/rasid serve [^`]*)`", section)
    assert serve, "the README's Quick start does not name the `rasid serve` next step"
    return first_command, serve.group(1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:  # follows the / -> /search redirect
        return response.status, response.read().decode("utf-8")


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[list[subprocess.Popen[str]]]:
    """Servers started by a test; stopped (by their own pid) whatever the test's outcome."""
    servers: list[subprocess.Popen[str]] = []
    yield servers
    for server in servers:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=20)


def _wait_until_up(server: subprocess.Popen[str], base: str, deadline_s: float = 120) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            _, err = server.communicate()
            pytest.fail(f"`rasid serve` exited with {server.returncode}: {err.strip()}")
        try:
            _get(f"{base}/api/health")
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"`rasid serve` did not answer on {base} within {deadline_s:.0f} s")


def test_first_run_make_demo_then_serve_answers_pages(
    pip_index: None, tmp_path: Path, served: list[subprocess.Popen[str]]
) -> None:
    first_command, readme_next = _quick_start()
    assert first_command == "make demo"
    clone = _fresh_clone(tmp_path / "rasid")

    demo = subprocess.run(
        shlex.split(first_command),
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        env=CLEAN_ENV,
    )
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert re.search(r"^stored [1-9]\d*, duplicate \d+, failed 0$", demo.stdout, re.MULTILINE), demo.stdout
    printed = re.search(r"^Next: (.+?)\s{2,}\(then open (http://\S+)\)$", demo.stdout, re.MULTILINE)
    assert printed, f"the demo does not print its next step:\n{demo.stdout[-2000:]}"
    assert printed.group(1) == readme_next, "the README and the demo name different next steps"

    port = _free_port()
    server = subprocess.Popen(
        [*shlex.split(readme_next), "--port", str(port)],
        cwd=clone,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=CLEAN_ENV,
    )
    served.append(server)
    base = f"http://127.0.0.1:{port}"
    _wait_until_up(server, base)

    status, home = _get(f"{base}/")
    assert status == 200
    doc_links = sorted(set(re.findall(r'href="(/doc/[0-9a-f]+)"', home)))
    assert doc_links, "the home page lists no article"

    found = json.loads(_get(f"{base}/api/search?q=Bamako")[1])["results"]
    assert found, "the demo database has no article about Bamako"
    status, article = _get(f"{base}/doc/{found[0]['id']}")
    assert status == 200
    assert "Bamako" in article and "<mark" in article, "the article page shows no text or no evidence"


ARTICLE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Un convoi arrive à Bamako</title></head>
<body><nav><a href="/">Accueil</a> · <a href="/monde">Monde</a></nav>
<article><h1>Un convoi arrive à Bamako</h1>
<p>Un convoi de camions est arrivé lundi à Bamako, a indiqué l'armée malienne dans un communiqué publié
dans la capitale.</p>
<p>Le gouverneur de la région a déclaré aux journalistes que la route avait été rouverte après trois
semaines de travaux menés par le génie militaire.</p>
<p>Au grand marché, des commerçants ont affirmé que les prix du riz et du carburant avaient commencé à
baisser avec l'arrivée des marchandises.</p>
</article><footer>© 2024 Exemple</footer></body></html>
"""


def test_first_run_stock_pip_installs_and_ingests_html(pip_index: None, tmp_path: Path) -> None:
    clone = _fresh_clone(tmp_path / "rasid")
    venv = tmp_path / "venv"
    subprocess.run(["python3", "-m", "venv", str(venv)], check=True, timeout=300, env=CLEAN_ENV)
    pip_version = subprocess.run(
        [str(venv / "bin" / "pip"), "--version"], capture_output=True, text=True, check=True, env=CLEAN_ENV
    ).stdout
    installed = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", str(clone)],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        env=CLEAN_ENV,
    )
    assert installed.returncode == 0, f"{pip_version}{installed.stderr[-3000:]}"

    page = tmp_path / "article.html"
    page.write_text(ARTICLE, encoding="utf-8")
    ingested = subprocess.run(
        [str(venv / "bin" / "rasid"), "ingest", str(page), "--db", str(tmp_path / "rasid.db")],
        capture_output=True,
        text=True,
        timeout=600,
        env=CLEAN_ENV,
        cwd=tmp_path,
    )
    assert ingested.returncode == 0, f"{pip_version}{ingested.stdout}{ingested.stderr}"
    assert ingested.stdout.splitlines()[0] == "stored 1, duplicate 0, failed 0", ingested.stdout
