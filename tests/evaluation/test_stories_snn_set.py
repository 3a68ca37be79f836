"""evaluation/stories/check_saudinewsnet.py: the SaudiNewsNet story set (issue 14, b) holds against ../shared."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, shared_path

SCRIPT = REPO / "evaluation" / "stories" / "check_saudinewsnet.py"
LABELS = REPO / "evaluation" / "stories" / "saudinewsnet.stories.jsonl"


def run_checker(labels: Path) -> subprocess.CompletedProcess[str]:
    shared_path("data", "saudinewsnet", "2015-08-02.zip")
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(labels)], capture_output=True, text=True, timeout=300, check=False
    )


def read_rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]


def write_rows(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_stories_snn_set_passes_its_checker() -> None:
    result = run_checker(LABELS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problems" in result.stdout


def test_stories_snn_set_is_stand_off_only() -> None:
    # the repository holds pointers and our own short English notes, never the articles' Arabic text
    for row in read_rows():
        assert set(row) == {"id", "file", "index", "url", "outlet", "text_sha1", "story", "copy_of", "note"}
        assert not any("\u0600" <= ch <= "\u06ff" for ch in row["note"]), row["id"]


def first_copy(rows: list[dict]) -> dict:
    return next(row for row in rows if row["copy_of"])


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        ("sha1", "text_sha1 does not match"),
        ("copy_elsewhere", "copy_of"),
        ("duplicate_id", "is used 2 times"),
        ("index", "is outside"),
    ],
)
def test_stories_snn_checker_fails_a_broken_set(tmp_path: Path, breakage: str, message: str) -> None:
    rows = read_rows()
    if breakage == "sha1":
        rows[0]["text_sha1"] = "0" * 40
    elif breakage == "copy_elsewhere":
        copy = first_copy(rows)
        copy["story"] = next(row["story"] for row in rows if row["story"] != copy["story"])
    elif breakage == "duplicate_id":
        rows[1]["id"] = rows[0]["id"]
    elif breakage == "index":
        rows[0]["index"] = 10**6
    result = run_checker(write_rows(tmp_path / "broken.jsonl", rows))
    assert result.returncode == 1
    assert message in result.stdout
