"""evaluation/stories/check_pages.py: the multilingual event-story pages set (issue 14, a) and its checker."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import REPO

SCRIPT = REPO / "evaluation" / "stories" / "check_pages.py"
MANIFEST = REPO / "evaluation" / "stories" / "pages.manifest.jsonl"

# Made up for the test: one event told in English, copied in English, translated into French, and a distractor.
TEXTS = {
    "sp-en-900": " date 2024-05 GAO - The junta said on Monday that the bridge at Wabaria reopened after repairs.",
    "sp-en-901": "GAO: The junta said on Monday that the bridge at Wabaria reopened after repairs, residents said.",
    "sp-fr-900": "GAO - La junte a annoncé lundi la réouverture du pont de Wabaria\u00a0après des travaux.",
    "sp-en-902": "The junta closed the Wabaria bridge again in June, a year after it reopened.",
}


def synthetic_items() -> list[dict]:
    labels = {
        "sp-en-900": {"story": "S90-bridge", "language": "en"},
        "sp-en-901": {"story": "S90-bridge", "language": "en", "copy_of": "sp-en-900"},
        "sp-fr-900": {"story": "S90-bridge", "language": "fr", "translation_of": "sp-en-900"},
        "sp-en-902": {"story": "D90-bridge-closed", "language": "en", "distractor_of": "S90-bridge"},
    }
    items = []
    for rank, (item_id, text) in enumerate(TEXTS.items(), 1):
        item = {
            "id": item_id,
            "url": f"https://example.org/{item_id}",
            "query": "Wabaria bridge junta",
            "rank": rank,
            "published": None,
            "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
            "text_length": len(text),
            "copy_of": None,
            "translation_of": None,
            "distractor_of": None,
            "opening": " ".join(text.split()[:8]),
            "note": None,
        }
        items.append(item | labels[item_id])
    return items


def write_set(tmp_path: Path, items: list[dict], texts: dict[str, str]) -> tuple[Path, Path]:
    manifest = tmp_path / "pages.manifest.jsonl"
    manifest.write_text(
        "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8"
    )
    cache = tmp_path / "stories-pages"
    cache.mkdir()
    for item_id, text in texts.items():
        (cache / f"{item_id}.txt").write_bytes(text.encode("utf-8"))
    return manifest, cache


def run_checker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_check_pages_passes_a_faithful_cache(tmp_path: Path) -> None:
    manifest, cache = write_set(tmp_path, synthetic_items(), TEXTS)
    result = run_checker("--manifest", str(manifest), "--cache", str(cache))
    assert result.returncode == 0, result.stdout
    assert "4 identical" in result.stdout and "0 problems" in result.stdout
    # The distractor's own story is not counted as an event story.
    assert "1 event stories; 1 distractors in 1 stories; 1 copy_of, 1 translation_of" in result.stdout


def test_check_pages_accepts_invisible_differences(tmp_path: Path) -> None:
    # A re-gathered copy whose no-break space became a plain one, with a zero-width joiner added, still holds.
    texts = TEXTS | {"sp-fr-900": TEXTS["sp-fr-900"].replace("\u00a0", " ").replace("GAO", "G\u200dAO", 1)}
    manifest, cache = write_set(tmp_path, synthetic_items(), texts)
    result = run_checker("--manifest", str(manifest), "--cache", str(cache))
    assert result.returncode == 0, result.stdout
    assert "sp-fr-900: sha1 differs" in result.stdout and "1 differ from the labelled text" in result.stdout


@pytest.mark.parametrize(
    ("item_id", "corrupted", "message"),
    [
        ("sp-en-901", "Bamako: The junta said on Monday that the bridge reopened.", "does not open with"),
        (
            "sp-en-900",
            TEXTS["sp-en-900"] + " More text was appended to this copy of the excerpt.",
            "characters, not",
        ),
    ],
)
def test_check_pages_fails_a_corrupted_cache(
    tmp_path: Path, item_id: str, corrupted: str, message: str
) -> None:
    manifest, cache = write_set(tmp_path, synthetic_items(), TEXTS | {item_id: corrupted})
    result = run_checker("--manifest", str(manifest), "--cache", str(cache))
    assert result.returncode == 1
    assert f"{item_id}: sha1 differs" in result.stdout
    assert message in result.stdout


def test_check_pages_reports_a_missing_excerpt(tmp_path: Path) -> None:
    texts = {key: value for key, value in TEXTS.items() if key != "sp-en-902"}
    manifest, cache = write_set(tmp_path, synthetic_items(), texts)
    result = run_checker("--manifest", str(manifest), "--cache", str(cache))
    assert result.returncode == 1
    assert "sp-en-902.txt not found" in result.stdout


def relabel(item_id: str, **labels: object) -> list[dict]:
    return [item | labels if item["id"] == item_id else item for item in synthetic_items()]


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            relabel("sp-fr-900", copy_of="sp-en-900", translation_of=None),
            "copy_of sp-en-900 is in another language",
        ),
        (
            relabel("sp-en-901", copy_of=None, translation_of="sp-en-900"),
            "translation_of sp-en-900 is in the same",
        ),
        (relabel("sp-en-901", story="S91-other"), "copy_of sp-en-900 is in story 'S90-bridge'"),
        (relabel("sp-en-901", copy_of="sp-en-999"), "copy_of 'sp-en-999' is not another item"),
        (relabel("sp-en-900", copy_of="sp-en-901"), "its copy_of chain loops"),
        (relabel("sp-en-902", distractor_of="S99-unknown"), "distractor_of 'S99-unknown' is not a story"),
        (relabel("sp-en-902", story="S90-bridge"), "cannot be in the story it distracts from"),
        (relabel("sp-en-902", rank=1), "query and rank"),
        (relabel("sp-en-902", language="English"), "is not a two-letter code"),
    ],
)
def test_check_pages_fails_inconsistent_labels(tmp_path: Path, items: list[dict], message: str) -> None:
    manifest, _ = write_set(tmp_path, items, {})
    result = run_checker("--manifest", str(manifest), "--labels-only")
    assert result.returncode == 1
    assert message in result.stdout


def test_real_manifest_labels_hold_and_meet_the_issue_minimums() -> None:
    result = run_checker("--labels-only")
    assert result.returncode == 0, result.stdout[-3000:]
    items = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = [item for item in items if not item["distractor_of"]]
    languages = Counter(item["language"] for item in items)
    assert len(items) >= 100
    assert len({item["story"] for item in events}) >= 10
    assert {"ar", "fr", "en", "ru"} <= set(languages)
    assert sum(1 for item in items if item["distractor_of"]) >= 15
    # Every event story is told in each of the four languages Rasid reads.
    for story in {item["story"] for item in events}:
        assert {"ar", "fr", "en", "ru"} <= {item["language"] for item in events if item["story"] == story}, (
            story
        )


def test_real_manifest_against_the_local_cache() -> None:
    root = os.environ.get("RASID_EVAL_CACHE")
    cache = (Path(root) if root else REPO.parent / "eval-cache") / "stories-pages"
    if not cache.is_dir():
        pytest.skip(
            f"{cache} not found: the story excerpts are not gathered here (evaluation/stories/README-pages.md)"
        )
    result = run_checker("--cache", str(cache))
    assert result.returncode == 0, result.stdout[-3000:]
    items = [line for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert f"{len(items)} identical" in result.stdout
