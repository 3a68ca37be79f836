"""The trace commands, run as a user would, checked through the Python API."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasid.cli.main import cli
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import list_stories

AR = (
    "وقعت مالي وروسيا في موسكو يوم 22 نوفمبر 2024 اتفاقا لبناء محطة للطاقة الشمسية بقدرة 200 ميغاواط قرب بلدة سانانكوروبا. "
    "وستنفذ المشروع شركة تابعة لروساتوم خلال عامين. "
    "وتقول الحكومة المالية إن المحطة ستزيد إنتاج الكهرباء في البلاد بنحو 10 بالمئة."
)
FR = (
    "Le Mali et la Russie ont signé à Moscou le 22 novembre 2024 un accord pour la construction d'une centrale "
    "solaire de 200 mégawatts près de la localité de Sanankoroba. Le projet sera réalisé en deux ans par une filiale "
    "de Rosatom. Selon le gouvernement malien, la centrale augmentera la production d'électricité du pays d'environ 10 %."
)


@pytest.fixture(scope="module")
def db(module_store_url: str) -> str:
    path = module_store_url  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    with open_store(path) as store:
        store.add_documents(
            [
                Document(AR, language="ar", outlet="amap.ml", published="2024-11-22"),
                Document(FR, language="fr", outlet="journal.example", published="2024-11-23"),
            ]
        )
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_trace_then_stories_and_story(db: Path) -> None:
    out = run("trace", "--db", str(db))
    assert "traced 2 new documents" in out and "1 translation" in out
    with open_store(db) as store:
        [story] = list_stories(store, min_documents=2)
    table = run("stories", "--db", str(db))
    assert story["id"] in table and "ar,fr" in table
    data = json.loads(run("stories", "--db", str(db), "--format", "json"))
    assert data["stories"][0]["id"] == story["id"]
    assert data["stories"][0]["edges"][0]["kind"] == "translation"
    tree = run("story", story["id"], "--db", str(db))
    assert "root:" in tree and "translated by" in tree and "timeline:" in tree
    one = json.loads(run("story", story["id"], "--db", str(db), "--format", "json"))
    assert set(one["stories"][0]["documents"]) == set(story["documents"])


def test_cli_trace_again_has_nothing_new(db: Path) -> None:
    run("trace", "--db", str(db))
    report = json.loads(run("trace", "--db", str(db), "--json"))
    assert report["new_documents"] == 0


def test_cli_export_graph_to_file(db: Path, tmp_path: Path) -> None:
    run("trace", "--db", str(db))
    out = tmp_path / "g.graphml"
    run("export-graph", "--db", str(db), "-o", str(out))
    root = ET.parse(out).getroot()
    assert root.tag.endswith("graphml")
    as_json = json.loads(run("export-graph", "--db", str(db), "--format", "json"))
    assert as_json["stories"]


def test_cli_story_unknown_id_exits_not_found(db: Path) -> None:
    from rasid.cli.main import EXIT_NOT_FOUND, main

    with pytest.raises(SystemExit) as exc:
        main(["story", "st-missing", "--db", str(db)])
    assert exc.value.code == EXIT_NOT_FOUND
