"""analyze and trace on a real local Ray runtime give what the local run gives (one Ray start for the module)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rasid.cli.main import cli
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, trace
from rasid.trace.distributed import Signer

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'rasid[ray]'")
# ~35 s on a quiet 2-core machine: Ray's start, then each worker imports Rasid and loads its models once
pytestmark = pytest.mark.slow

PAIRS = Path(__file__).parent / "trace" / "pairs" / "pairs.jsonl"
ARTICLES = [
    "قال وزير الخارجية الروسي سيرجي لافروف في موسكو يوم 21 أغسطس 2024 إن بلاده ستواصل دعم مالي. المصدر: تاس",
    "Le ministre malien Abdoulaye Diop a rencontré Sergueï Lavrov à Moscou le 17 janvier 2025, selon l'AFP.",
    "A convoy with T-72B3 tanks arrived in Bamako on 17 January 2025, TASS reported.",
    "Министр иностранных дел России Сергей Лавров заявил 21 августа 2024 года, что Россия продолжит помогать Мали.",
]


@pytest.fixture(scope="module", autouse=True)
def ray_runtime():  # type: ignore[no-untyped-def]
    """One local Ray for every test here; the code under test finds it running and leaves it running."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def _pair_documents(pairs: int) -> list[Document]:
    """Both sides of the first ``pairs`` tracing pairs of each kind (copies, translations, rewrites, traps)."""
    taken: dict[str, int] = {}
    docs = []
    with PAIRS.open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            if taken.get(pair["kind"], 0) >= pairs:
                continue
            taken[pair["kind"]] = taken.get(pair["kind"], 0) + 1
            for side in "ab":
                item = pair[side]
                docs.append(
                    Document(item["text"], language=item["language"], published=item.get("published"))
                )
    return docs


def _traced(store: Any) -> dict[str, Any]:
    """Everything a trace run writes that must not depend on where signatures were computed."""
    return {
        "signatures": sorted(tuple(row) for row in store.iter_doc_vectors()),
        "relations": sorted(
            (r.a, r.b, r.kind, round(r.score, 9), json.dumps(r.evidence, sort_keys=True))
            for r in store.relations_since(0)
        ),
        "stories": [
            {k: v for k, v in get_story(store, s["id"]).items() if k not in {"created_at", "updated_at"}}
            for s in list_stories(store)
        ],
    }


def test_trace_on_ray_equals_the_local_run(tmp_path: Path) -> None:
    docs = _pair_documents(5)
    results = {}
    for backend in ("local", "ray"):
        store = open_store(tmp_path / f"{backend}.db")
        store.add_documents(docs)
        # small batches, so several are signed on the workers while the driver relates earlier ones
        report = trace(store, batch_size=8, signer=Signer(backend, workers=2))
        assert (
            report.new_documents == store.count_documents() > 20
        )  # texts shared by two pairs are stored once
        results[backend] = _traced(store)
        store.close()
    assert results["ray"] == results["local"]
    assert {r[2] for r in results["local"]["relations"]} >= {"copy", "translation"}
    assert results["local"]["stories"]


def test_trace_command_with_the_ray_backend(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with open_store(db) as store:
        store.add_documents(_pair_documents(2))
        stored = store.count_documents()
    result = CliRunner().invoke(cli, ["trace", "--db", str(db), "--backend", "ray", "--jobs", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["new_documents"] == stored
    assert (tmp_path / "cli.db.vectors.usearch").exists()


def test_analyze_on_ray_equals_the_local_run(tmp_path: Path) -> None:
    files = []
    for i, text in enumerate(ARTICLES):
        path = tmp_path / f"article-{i}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    outputs = {}
    for backend in ("local", "ray"):
        result = CliRunner().invoke(cli, ["analyze", *files, "--backend", backend, "--jobs", "2"])
        assert result.exit_code == 0, result.output
        outputs[backend] = [json.loads(line) for line in result.output.splitlines()]
    assert outputs["ray"] == outputs["local"]
    assert len(outputs["local"]) == len(ARTICLES)
    assert any(doc["annotations"] for doc in outputs["local"])
