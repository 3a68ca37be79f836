"""evaluation/extraction/check_pages.py: a re-gathered cache of the pages excerpts is checked against the manifest."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

SCRIPT = REPO / "evaluation" / "extraction" / "check_pages.py"
MANIFEST = REPO / "evaluation" / "extraction" / "pages.manifest.jsonl"

# Made up for the test: a quote, a told-outlet source, an explicit date and a relative one.
TEXT = 'GAO (Wire) - "We will hold the bridge until the rains," the colonel told Radio Nord on 5 May 2024.\nYesterday was calm.'


def span(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


def synthetic_item(text: str = TEXT) -> dict:
    quote_start = text.index("We will")
    return {
        "id": "pg-en-900",
        "url": "https://example.org/a",
        "query": "bridge colonel",
        "rank": 1,
        "language": "en",
        "published": "2024-05-06",
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "text_length": len(text),
        "quotes": [
            {
                "start": quote_start,
                "end": text.index('," the'),
                "opening": "We will hold the bridge until the",
                "speaker": None,
                "speaker_type": "anonymous",
                "speaker_description": "the colonel",
                "speaker_via": "explicit",
            }
        ],
        "sources": [
            span(text, "Wire") | {"name": "Wire", "kind": "wire_credit"},
            span(text, "Radio Nord") | {"name": "Radio Nord", "kind": "told_outlet"},
        ],
        "dates": [
            span(text, "5 May 2024")
            | {"value": "2024-05-05", "precision": "day", "relative": False, "calendar": "gregorian"},
            span(text, "Yesterday")
            | {"value": "2024-05-05", "precision": "day", "relative": True, "calendar": "gregorian"},
        ],
        "date_negatives": [],
    }


def run_checker(manifest: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--manifest", str(manifest), "--cache", str(cache)],
        capture_output=True,
        text=True,
        check=False,
    )


def write_set(tmp_path: Path, item: dict, cached_text: str | None) -> tuple[Path, Path]:
    manifest = tmp_path / "pages.manifest.jsonl"
    manifest.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    cache = tmp_path / "pages"
    cache.mkdir()
    if cached_text is not None:
        (cache / f"{item['id']}.txt").write_bytes(cached_text.encode("utf-8"))
    return manifest, cache


def test_check_pages_passes_the_labelled_text(tmp_path: Path) -> None:
    manifest, cache = write_set(tmp_path, synthetic_item(), TEXT)
    result = run_checker(manifest, cache)
    assert result.returncode == 0, result.stdout
    assert "1 identical" in result.stdout and "0 problems" in result.stdout


def test_check_pages_fails_a_corrupted_copy(tmp_path: Path) -> None:
    manifest, cache = write_set(tmp_path, synthetic_item(), TEXT.replace("Radio Nord", "Radio Sud"))
    result = run_checker(manifest, cache)
    assert result.returncode == 1
    assert "sha1 differs" in result.stdout
    assert "'Radio Nord' is not in the re-gathered text" in result.stdout


def test_check_pages_fails_a_label_off_its_offsets(tmp_path: Path) -> None:
    item = synthetic_item()
    item["dates"][0]["start"] += 1
    manifest, cache = write_set(tmp_path, item, TEXT)
    result = run_checker(manifest, cache)
    assert result.returncode == 1
    assert "'5 May 2024' is not at" in result.stdout


def test_check_pages_accepts_invisible_differences_near_the_offsets(tmp_path: Path) -> None:
    # A re-gathered copy with a no-break space, a doubled space and a zero-width joiner still matches.
    regathered = TEXT.replace("Radio Nord", "Radio\u00a0Nord").replace("the colonel", "the  colonel")
    regathered = regathered.replace("bridge", "bri\u200ddge")
    manifest, cache = write_set(tmp_path, synthetic_item(), regathered)
    result = run_checker(manifest, cache)
    assert result.returncode == 0, result.stdout
    assert "sha1 differs" in result.stdout and "1 differ from the labelled text" in result.stdout


def test_check_pages_reports_a_missing_excerpt_and_a_bad_label(tmp_path: Path) -> None:
    item = synthetic_item()
    item["sources"][0]["kind"] = "rumour"
    manifest, cache = write_set(tmp_path, item, None)
    result = run_checker(manifest, cache)
    assert result.returncode == 1
    assert "pg-en-900.txt not found" in result.stdout
    assert "kind 'rumour'" in result.stdout


def test_check_pages_on_the_real_manifest() -> None:
    root = os.environ.get("RASID_EVAL_CACHE")
    cache = (Path(root) if root else REPO.parent / "eval-cache") / "pages"
    if not cache.is_dir():
        pytest.skip(f"{cache} not found: the pages excerpts are not gathered here (README-pages.md)")
    result = run_checker(MANIFEST, cache)
    assert result.returncode == 0, result.stdout[-3000:]
    items = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert f"{len(items)} items" in result.stdout
