from __future__ import annotations

import csv
import io
import json

import pytest

from rasid.export import FORMATS, ExportError, export_documents, to_string
from rasid.model import Document


def _doc() -> Document:
    text = 'قال وزير الخارجية سيرجي لافروف في موسكو: "سنواصل دعم باماكو". المصدر: تاس'
    doc = Document(
        text, title="لافروف يتعهد", language="ar", url="https://example.org/a", published="2024-08-21"
    )
    start = text.index("سيرجي لافروف")
    moscow = text.index("موسكو")
    quote = text.index("سنواصل")
    tass = text.index("تاس")
    ents = [
        doc.annotation(
            "entities",
            start,
            start + 12,
            "PER",
            attrs={"canonical": "Sergey Lavrov", "kb_id": "rasid:person/sergey-lavrov"},
        ),
        doc.annotation(
            "entities", moscow, moscow + 5, "GPE", attrs={"canonical": "Moscow", "lat": 55.75, "lon": 37.62}
        ),
        doc.annotation("entities", tass, tass + 3, "MEDIA", attrs={"canonical": "TASS"}),
    ]
    doc = doc.with_layer("entities", ents)
    end = text.index('"', quote)
    doc = doc.with_layer(
        "quotes",
        [
            doc.annotation(
                "quotes",
                quote,
                end,
                "direct",
                attrs={"speaker": "سيرجي لافروف", "speaker_canonical": "Sergey Lavrov", "cue": "قال"},
            )
        ],
    )
    return doc.with_layer(
        "sources", [doc.annotation("sources", tass - 8, tass + 3, "agency", attrs={"outlet": "TASS"})]
    )


def test_jsonl_has_documented_schema_and_exact_evidence():
    line = to_string([_doc()], "jsonl").strip()
    data = json.loads(line)
    assert {"id", "language", "title", "published", "text", "annotations"} <= set(data)
    for ann in data["annotations"]:
        assert data["text"][ann["start"] : ann["end"]] == ann["text"]


def test_csv_rows_carry_offsets_and_canonical_names():
    rows = list(csv.DictReader(io.StringIO(to_string([_doc()], "csv"))))
    assert len(rows) == 5
    lavrov = next(r for r in rows if r["canonical"] == "Sergey Lavrov" and r["layer"] == "entities")
    doc = _doc()
    assert doc.text[int(lavrov["start"]) : int(lavrov["end"])] == "سيرجي لافروف"


def test_stix_bundle_is_valid_and_deterministic():
    import stix2

    raw = to_string([_doc()], "stix")
    assert raw == to_string([_doc()], "stix")
    bundle = stix2.parse(raw, allow_custom=True)
    types = sorted({o["type"] for o in bundle.objects})
    assert types == ["identity", "location", "note", "report"]
    report = next(o for o in bundle.objects if o["type"] == "report")
    assert any(ref.get("source_name") == "TASS" for ref in report["external_references"])
    note = next(o for o in bundle.objects if o["type"] == "note")
    assert note["authors"] == ["Sergey Lavrov"]


def test_parquet_round_trip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "facts.parquet"
    assert export_documents([_doc()], "parquet", path) == 5
    table = pq.read_table(path)
    assert table.num_rows == 5 and "canonical" in table.column_names


def test_unknown_format_and_binary_to_stdout_are_clear_errors():
    assert "parquet" in FORMATS
    with pytest.raises(ExportError, match="unknown export format"):
        export_documents([], "xml", None)
    with pytest.raises(ExportError, match="-o FILE"):
        export_documents([], "parquet", None)


def test_export_command_writes_what_the_store_holds(tmp_path):
    import subprocess
    import sys

    from rasid.store import open_store

    db = tmp_path / "r.db"
    with open_store(db) as store:
        store.add_document(_doc())
    out = tmp_path / "facts.csv"
    subprocess.run(
        [sys.executable, "-m", "rasid", "export", "--db", str(db), "--format", "csv", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    with open_store(db) as store:
        stored = store.get_document(_doc().id)
    assert len(rows) == sum(1 for _ in stored.annotations())
    assert {r["doc_id"] for r in rows} == {stored.id}
