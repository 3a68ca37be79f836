"""Ingest through the Python API: idempotence, duplicates, failures, the process pool, Ctrl-C."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from rasid.ingest import IngestInterrupted, IngestReport, _prepare_many, _Writer, ingest
from rasid.model import Document
from rasid.store import open_store
from raw_sql import raw_connection

# Written for these tests: short news-like lines built from a small vocabulary.
PLACES = ["باماكو", "غاو", "نيامي", "واغادوغو", "تمبكتو", "كيدال"]
ACTORS = ["الجيش المالي", "الفيلق الأفريقي", "قوات الأمن", "بعثة الأمم المتحدة"]


def article(i: int) -> dict[str, str]:
    place, actor = PLACES[i % len(PLACES)], ACTORS[i % len(ACTORS)]
    return {
        "title": f"تقرير {i} من {place}",
        "text": f"أفاد مراسلنا في {place} بأن {actor} نفذ عملية رقم {i} قرب المدينة، وفق بيان صدر اليوم.",
        "published": f"2024-0{1 + i % 9}-1{i % 10}",
        "source": "مرصد-الاختبار",
    }


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [article(i) for i in range(30)])
    write_jsonl(folder / "b.jsonl", [article(i) for i in range(30, 50)])
    return folder


def test_ingest_stores_then_rerun_stores_nothing_new(tmp_path: Path, corpus: Path) -> None:
    with open_store(tmp_path / "r.db") as store:
        first = ingest([str(corpus)], store, analyze=False)
        assert (first.stored, first.duplicate, first.failed) == (50, 0, 0)
        second = ingest([str(corpus)], store, analyze=False)
        assert (second.stored, second.duplicate, second.failed) == (0, 50, 0)
        assert {r for _, r in second.duplicates} == {"already in the database"}
        assert store.count_documents() == 50
        statuses = dict(
            raw_connection(store)
            .execute("SELECT status, count(*) FROM ingest_log GROUP BY status")
            .fetchall()
        )
        assert statuses == {"stored": 50, "duplicate": 50}
        runs = (
            raw_connection(store)
            .execute("SELECT status, stored, duplicate FROM runs ORDER BY started_at, rowid")
            .fetchall()
        )
        assert runs == [("done", 50, 0), ("done", 0, 50)]
        assert store.get_document(first.stored_ids[0]).language == "ar"


def test_ingest_reports_duplicates_within_one_run(tmp_path: Path) -> None:
    records = [article(1), article(2), {**article(1), "title": "عنوان آخر لنفس النص"}]
    path = write_jsonl(tmp_path / "dups.jsonl", records)
    with open_store(tmp_path / "r.db") as store:
        report = ingest([str(path)], store, analyze=False)
        assert (report.stored, report.duplicate) == (2, 1)
        (source, reason) = report.duplicates[0]
        assert source.endswith("#3") or "3" in source
        assert reason.startswith("same content as ") and "dups.jsonl" in reason


def test_ingest_failures_are_reported_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    write_jsonl(folder / "good.jsonl", [article(i) for i in range(3)])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "big.txt").write_text("نص " * 2000, encoding="utf-8")
    with open_store(tmp_path / "r.db") as store:
        report = ingest([str(folder), str(tmp_path / "missing.txt")], store, analyze=False, max_bytes=4000)
        assert report.stored == 3
        failed = {Path(source).name: reason for source, reason in report.failures}
        assert set(failed) == {"empty.txt", "big.txt", "missing.txt"}
        assert "limit" in failed["big.txt"]
        assert report.failure_lines()[0].startswith("failed: ")
        logged = (
            raw_connection(store)
            .execute("SELECT count(*) FROM ingest_log WHERE status = 'failed'")
            .fetchone()[0]
        )
        assert logged == 3


def test_ingest_with_two_workers_equals_one(tmp_path: Path, corpus: Path) -> None:
    write_jsonl(corpus / "c.jsonl", [article(i) for i in range(40, 70)])  # overlaps b.jsonl: duplicates
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "two.db") as two:
        serial = ingest([str(corpus)], one, analyze=False, jobs=1)
        parallel = ingest([str(corpus)], two, analyze=False, jobs=2)
        assert (serial.stored, serial.duplicate) == (parallel.stored, parallel.duplicate) == (70, 10)
        ids_one = {r[0] for r in raw_connection(one).execute("SELECT id FROM documents")}
        ids_two = {r[0] for r in raw_connection(two).execute("SELECT id FROM documents")}
        assert ids_one == ids_two
        assert len(two.search("باماكو", limit=100)) == len(one.search("باماكو", limit=100)) > 0


def test_ingest_ctrl_c_keeps_committed_work_and_rerun_finishes(tmp_path: Path, corpus: Path) -> None:
    from rasid.config import load_config

    config = load_config()
    config = type(config)({**config.values, "ingest.batch_size": 10})
    calls = {"n": 0}

    def interrupt_after_first_commit(event) -> None:
        calls["n"] += 1
        if event.stored >= 10:
            raise KeyboardInterrupt

    with open_store(tmp_path / "r.db") as store:
        with pytest.raises(IngestInterrupted) as info:
            ingest([str(corpus)], store, analyze=False, progress=interrupt_after_first_commit, config=config)
        partial = info.value.report
        assert partial.interrupted and 10 <= partial.stored < 50
        assert store.count_documents() == partial.stored
        assert raw_connection(store).execute("SELECT status FROM runs").fetchone()[0] == "interrupted"
        rest = ingest([str(corpus)], store, analyze=False, config=config)
        assert rest.stored + partial.stored == 50
        assert store.count_documents() == 50
        assert store.integrity_check() == "ok"


def test_ingest_detects_language_when_reader_did_not() -> None:
    _, prepared, error, _ = _prepare_many(
        [("x", Document("Le convoi est arrivé à Gao lundi soir, selon l'armée."))], None
    )[0]
    assert error is None and prepared is not None
    assert prepared.row[7] == "fr"


class _OneByOne:
    """An analyser made of one function, batching by calling it on each document."""

    def __init__(self, function: Callable[[Document], Document]) -> None:
        self.function = function

    def __call__(self, doc: Document) -> Document:
        return self.function(doc)

    def run_batch(self, docs: Sequence[Document]) -> list[Document]:
        return [self.function(doc) for doc in docs]


def test_ingest_analysis_failure_still_stores_the_document(tmp_path: Path) -> None:
    def broken(doc: Document) -> Document:
        raise RuntimeError("stage exploded")

    _, prepared, error, note = _prepare_many(
        [("x", Document("خبر قصير عن غاو", language="ar"))], _OneByOne(broken)
    )[0]
    assert error is None and prepared is not None
    assert "stage exploded" in note


def test_ingest_analyses_a_chunk_together_and_blames_only_the_document_that_fails() -> None:
    class Analyzer:
        def __init__(self) -> None:
            self.batches: list[int] = []

        def run_batch(self, docs: Sequence[Document]) -> list[Document]:
            self.batches.append(len(docs))
            return [self(doc) for doc in docs]

        def __call__(self, doc: Document) -> Document:
            if "بدون" in doc.text:
                raise RuntimeError("stage exploded")
            return doc.with_meta(meta={"analysed": True})

    analyzer = Analyzer()
    read = [
        (f"s{i}", Document(text, language="ar"))
        for i, text in enumerate(["خبر أول", "خبر بدون حظ", "خبر ثالث"])
    ]
    wires = _prepare_many(read, analyzer)
    assert analyzer.batches == [3]  # tried as one batch first
    assert [w[0] for w in wires] == ["s0", "s1", "s2"]
    notes = [w[3] for w in wires]
    assert notes[0] is None and notes[2] is None
    assert "stage exploded" in (notes[1] or "") and wires[1][1] is not None  # stored all the same


def test_ingest_with_analysis_stores_annotation_layers(tmp_path: Path) -> None:
    pytest.importorskip("rasid.extract")
    path = write_jsonl(tmp_path / "one.jsonl", [article(3)])
    with open_store(tmp_path / "r.db") as store:
        report = ingest([str(path)], store, analyze=True)
        assert report.stored == 1
        if not report.analyzed:
            pytest.skip(f"analysis unavailable: {report.warnings}")
        doc = store.get_document(report.stored_ids[0])
        assert doc.layers, "analysis ran but stored no layers"
        for ann in doc.annotations():
            assert doc.text[ann.start : ann.end] == ann.text


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_rerun_skips_stored_documents_before_analysing_them(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """A re-run after a crash must not pay for analysing what is already stored (issue 12, defect 5)."""
    with open_store(tmp_path / "r.db") as store:
        ingest([str(corpus / "a.jsonl")], store, analyze=True)  # the "crashed" first run got this far
        second = ingest([str(corpus)], store, analyze=True, jobs=jobs)
        assert (second.stored, second.duplicate, second.failed) == (20, 30, 0)
        assert second.already_stored == 30
        assert {r for _, r in second.duplicates} == {"already in the database"}
        assert store.count_documents() == 50
        statuses = dict(
            raw_connection(store)
            .execute("SELECT status, count(*) FROM ingest_log GROUP BY status")
            .fetchall()
        )
        assert statuses == {"stored": 50, "duplicate": 30}


def test_ingest_prepare_never_analyses_a_stored_document() -> None:
    analysed: list[str] = []

    def analyzer(doc: Document) -> Document:
        analysed.append(doc.text)
        return doc

    read = [(f"s{i}", Document(text, language="ar")) for i, text in enumerate(["خبر مخزن", "خبر جديد"])]
    stored_id = read[0][1].id
    wires = _prepare_many(read, _OneByOne(analyzer), lambda doc_id: doc_id == stored_id)
    assert analysed == ["خبر جديد"]
    assert wires[0] == ("s0", None, None, stored_id)
    assert wires[1][1] is not None


def test_ingest_says_when_a_long_text_was_analysed_only_in_part(tmp_path: Path) -> None:
    from rasid.pipeline import Pipeline, StageSpec

    def noop(doc: Document, config: Any) -> Document:
        return doc

    analyzer = Pipeline([StageSpec("t.noop.v1", noop)], max_chars=200)
    read = [("long.txt", Document("خبر طويل جدا. " * 40, language="ar")), ("short.txt", Document("خبر قصير"))]
    (long_wire, short_wire) = _prepare_many(read, analyzer)
    assert long_wire[1] is not None and "analysed the first" in (long_wire[3] or "")
    assert short_wire[3] is None
    with open_store(tmp_path / "r.db") as store:
        writer_report = IngestReport(run_id=store.start_run("ingest", ["long.txt"]))
        writer = _Writer(
            store,
            writer_report,
            batch_size=10,
            commit_seconds=60,
            progress=None,
            inputs_total=1,
            bytes_total=0,
        )
        writer.add(long_wire)
        writer.flush()
    assert writer_report.stored == 1
    assert any(w.startswith("long.txt: analysed the first") for w in writer_report.warnings)
