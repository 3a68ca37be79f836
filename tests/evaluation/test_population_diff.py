"""evaluation/extraction/population_diff.py: a change judged by what it changes over unlabelled real articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO, shared_path

SCRIPT = REPO / "evaluation" / "extraction" / "population_diff.py"
GOLD = sorted((REPO / "evaluation" / "extraction").glob("saudinewsnet.gold*.jsonl"))

# Made up for the test.
TEXT = 'وقال الوزير سامي العلي: "سنبني جسرا جديدا". وذكرت وكالة الأنباء أن العمل يبدأ غدا.'


def quote(speaker: str | None, kind: str) -> dict:
    start = TEXT.index("سنبني")
    return {
        "start": start,
        "end": start + 18,
        "value": [speaker, kind],
        "how": "explicit" if speaker else None,
    }


def source() -> dict:
    start = TEXT.index("وكالة")
    return {"start": start, "end": start + 13, "value": ["agency", "وكالة الأنباء"]}


def write(path: Path, quotes: list[dict], sources: list[dict]) -> Path:
    row = {"text": TEXT, "quotes": quotes, "sources": sources, "events": []}
    path.write_text(json.dumps({"2015-07-21.zip#1": row}, ensure_ascii=False), encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )


def test_population_diff_reports_a_changed_speaker_and_a_new_source(tmp_path: Path) -> None:
    before = write(tmp_path / "a.json", [quote(None, "none")], [])
    after = write(tmp_path / "b.json", [quote("سامي العلي", "person")], [source()])
    speakers = run("diff", str(before), str(after))
    assert speakers.returncode == 0, speakers.stderr
    assert "— none -> سامي العلي person explicit" not in speakers.stdout  # a value, not a missing fact
    assert "none -> سامي العلي person explicit" in speakers.stdout
    assert speakers.stdout.strip().endswith("1 quotes changed")
    sources = run("diff", str(before), str(after), "--layer", "sources")
    assert "— -> agency وكالة الأنباء" in sources.stdout
    assert sources.stdout.strip().endswith("1 sources changed")


def test_population_diff_of_a_run_with_itself_is_empty(tmp_path: Path) -> None:
    same = write(tmp_path / "a.json", [quote("سامي العلي", "person")], [source()])
    result = run("diff", str(same), str(same))
    assert result.stdout.strip() == "0 quotes changed"


def test_population_diff_draw_never_takes_a_held_out_article(tmp_path: Path) -> None:
    shared_path("data", "saudinewsnet", "2015-07-21.zip")
    out = tmp_path / "run.json"
    result = run("run", str(out), "--size", "4", "--seed", "7")
    assert result.returncode == 0, result.stderr
    drawn = json.loads(out.read_text(encoding="utf-8"))
    held = {
        f"{item['file']}#{item['index']}"
        for path in GOLD
        for item in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }
    assert len(drawn) == 4 and not set(drawn) & held
    assert all(row["text"] and isinstance(row["quotes"], list) for row in drawn.values())


def test_population_diff_runs_a_development_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    # Made up for the test.
    (folder / "dev-fr-001.txt").write_text(
        "« Nous resterons ici jusqu'à la fin de la mission », a déclaré le ministre Paul Martin à l'AFP.",
        encoding="utf-8",
    )
    (folder / "manifest.jsonl").write_text(
        json.dumps({"id": "dev-fr-001", "language": "fr"})
        + "\n"
        + json.dumps({"id": "dev-fr-404", "language": "fr"}),
        encoding="utf-8",
    )
    out = tmp_path / "run.json"
    result = run("run", str(out), "--pages", str(folder))
    assert result.returncode == 0, result.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert list(rows) == ["dev-fr-001"]  # a listed page with no text is left out
    (quoted,) = rows["dev-fr-001"]["quotes"]
    assert quoted["value"][0] == "Paul Martin"
    assert any("AFP" in (s["value"][1] or "") for s in rows["dev-fr-001"]["sources"])
