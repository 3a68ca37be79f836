"""``rasid analyze``: JSON Lines per the schema, pretty view, stored IDs, one line per bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasid.cli.main import cli
from rasid.model import Document

ARTICLE = (
    'قال وزير الخارجية عبد الله ديوب في 3 سبتمبر 2024: "لن نقبل أي وصاية على قرارنا السيادي". (رويترز)\n'
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_pipeline_cli_json_lines_follow_the_schema(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", ARTICLE)
    second = _write(
        tmp_path, "b.txt", "Le 17 janvier 2025, selon l'AFP, l'armée malienne a défilé à Bamako.\n"
    )
    result = CliRunner().invoke(cli, ["analyze", str(first), str(second)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    schema = json.loads(
        (Path(__file__).parents[2] / "docs" / "extraction.schema.json").read_text(encoding="utf-8")
    )
    for line in lines:
        data = json.loads(line)
        assert set(schema["required"]) <= set(data)
        doc = Document.from_dict(data)  # round-trips through the model: offsets are checked there
        for ann in data["annotations"]:
            assert doc.text[ann["start"] : ann["end"]] == ann["text"]
            assert ann["layer"] in schema["properties"]["annotations"]["items"]["properties"]["layer"]["enum"]
    arabic = Document.from_json(lines[0])
    assert [a.attrs["value"] for a in arabic.layer("dates")] == ["2024-09-03"]
    assert [a.label for a in arabic.layer("sources")] == ["agency"]
    assert [a.attrs["speaker_canonical"] for a in arabic.layer("quotes")] == ["Abdoulaye Diop"]


def test_pipeline_cli_pretty_shows_evidence_and_facts(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARTICLE)
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "pretty"])
    assert result.exit_code == 0, result.output
    assert "Facts" in result.output and "2024-09-03" in result.output and "Reuters" in result.output


def test_pipeline_cli_stored_id_and_missing_input(tmp_path: Path) -> None:
    from rasid.store import open_store

    db = tmp_path / "r.db"
    store = open_store(db)
    doc = Document(text=ARTICLE, language="ar")
    store.add_document(doc)
    store.close()
    result = CliRunner().invoke(cli, ["analyze", doc.id, "no-such-id", "--db", str(db), "--save"])
    assert result.exit_code == 1  # partial: one done, one reported
    assert "no-such-id" in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[0])["id"] == doc.id
    saved = open_store(db).get_document(doc.id)
    assert [a.attrs["value"] for a in saved.layer("dates")] == ["2024-09-03"]


def test_pipeline_cli_no_kb_flag(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "قال الجيش (رويترز) إن الهجوم وقع في 5 أيار 2024.\n")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--no-kb"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [a["label"] for a in data["annotations"] if a["layer"] == "sources"] == ["agency"]
