"""The PostgreSQL store against a real, scratch PostgreSQL server (see ``tests/pg_server.py``).

What only PostgreSQL has (migrations, the connection, placeholders, concurrent writers, tsvector
limits), round-trips, search compared hit by hit with SQLite's (``test_search.py`` itself runs on
both stores through ``tests/backends.py``), and the CLI end to end. Skips when psycopg or the server binaries are missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from pg_server import PostgresServer
from rasid.errors import NotFoundError, StoreError
from rasid.model import Document
from rasid.store import WriteItem, open_store, prepare_document
from raw_sql import raw_connection

from . import test_search as sqlite_search
from .test_search import CORPUS
from .test_store import documents

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (pip install 'rasid[postgres]')")

from rasid.store.postgres import (  # noqa: E402  (needs psycopg)
    MAX_POSITION,
    PostgresStore,
    available_pg_migrations,
    migrate_postgres,
    qmark_to_pyformat,
    redact_url,
    tsvector_literal,
)

_counter = iter(range(1_000_000))


def _parametrized(test: Any) -> list[Any]:
    """The parameter list of a ``@pytest.mark.parametrize``d test in test_search.py (one source of cases)."""
    (mark,) = [m for m in test.pytestmark if m.name == "parametrize"]
    return list(mark.args[1])


@pytest.fixture
def fresh_url(postgres_server: PostgresServer) -> str:
    """A new, empty database for one test."""
    return postgres_server.create_database(f"t{next(_counter)}")


@pytest.fixture
def store(fresh_url: str) -> Iterator[PostgresStore]:
    with open_store(fresh_url) as opened:
        assert isinstance(opened, PostgresStore)
        yield opened


# --- round-trips and writing ----------------------------------------------------------------------
def test_postgres_roundtrip_arabic_marks_bidi_emoji_and_annotations(store: PostgresStore) -> None:
    text = "أَعْلَنَ الجـيـش\u200f 🇲🇱 عن وصول «الفيلق الأفريقي» إلى باماكو 👍🏽 يوم ١٧ كانون الثاني."
    doc = Document(
        text,
        title="عنوان\u200e مع تطويـــل",
        outlet="رصد",
        language="ar",
        published="2025-01-17",
        published_precision="day",
        meta={"feed": "اختبار", "n": [1, 2.5, None]},
    )
    start = text.index("الفيلق")
    ent = doc.annotation(
        "entities", start, start + len("الفيلق الأفريقي"), "ARMED_GROUP",
        attrs={"canonical": "Africa Corps", "kb_id": "rasid:ac"}, stage="rasid.entities.v1", confidence=0.75,
    )  # fmt: skip
    doc = doc.with_layer("entities", [ent]).with_layer("dates", [])
    assert store.add_document(doc) is True
    loaded = store.get_document(doc.id)
    assert loaded == doc
    assert loaded.to_dict() == doc.to_dict()
    assert loaded.text[ent.start : ent.end] == ent.text == "الفيلق الأفريقي"
    assert store.get_document(doc.id, layers=False).layers == {}
    only = store.get_document(doc.id, layers=("dates", "quotes"))
    assert only.layers == {"dates": ()}  # the layers named that the document has, empty ones included


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)  # fmt: skip
@given(doc=documents())
def test_postgres_roundtrip_equals_original(store: PostgresStore, doc: Document) -> None:
    raw_connection(store).execute(
        "TRUNCATE documents, ingest_log CASCADE"
    )  # one database, a clean slate per example
    assert store.add_document(doc) is True
    loaded = store.get_document(doc.id)
    assert loaded == doc
    assert loaded.to_dict() == doc.to_dict()
    for ann in loaded.annotations():
        assert loaded.text[ann.start : ann.end] == ann.text


def test_postgres_add_document_is_idempotent_by_id(store: PostgresStore) -> None:
    doc = Document("وصلت قافلة عسكرية إلى باماكو.", language="ar")
    assert store.add_document(doc) is True
    assert store.add_document(doc) is False
    # same content with different diacritics and tatweel: same id, stored once
    assert store.add_document(Document("وَصَلَـت قافلة عسكرية إلى باماكو.")) is False
    assert store.count_documents() == 1


def test_postgres_add_documents_batches_and_keeps_order(store: PostgresStore) -> None:
    docs = [Document(f"نص رقم {i}") for i in range(5)]
    assert store.add_documents([*docs, docs[0]]) == [True] * 5 + [False]
    assert [d.id for d in store.iter_documents()] == [d.id for d in docs]
    assert [d.id for d in store.iter_documents(batch=2)] == [d.id for d in docs]


def test_postgres_write_batch_logs_every_outcome(store: PostgresStore) -> None:
    run_id = store.start_run("ingest", ["a.jsonl"])
    doc = Document("خبر عن مالي", language="ar")
    items = [
        WriteItem("a.jsonl#1", prepared=prepare_document(doc)),
        WriteItem("a.jsonl#2", prepared=prepare_document(doc), duplicate_of="a.jsonl#1"),
        WriteItem("a.jsonl#3", error="not valid JSON"),
        WriteItem("a.jsonl#4", prepared=prepare_document(Document("نص فيه\x00محرف صفري"))),
    ]
    outcomes = store.write_batch(items, run_id=run_id)
    store.finish_run(run_id, "done", stored=1, duplicate=1, failed=2)
    assert [o.status for o in outcomes] == ["stored", "duplicate", "failed", "failed"]
    assert outcomes[1].reason == "same content as a.jsonl#1"
    assert "NUL" in (outcomes[3].reason or "")
    stats = store.stats()
    assert stats["ingest_log"] == {"duplicate": 1, "failed": 2, "stored": 1}
    assert stats["last_run"]["status"] == "done" and stats["runs"] == 1
    assert [f["source"] for f in stats["failed_items"]] == ["a.jsonl#3", "a.jsonl#4"]
    with pytest.raises(StoreError, match="NUL"):
        store.add_document(Document("نص\x00آخر"))


def test_postgres_get_document_missing_raises_not_found_with_hint(store: PostgresStore) -> None:
    with pytest.raises(NotFoundError) as info:
        store.get_document("0000000000000000")
    assert str(info.value).startswith("[S002]")
    assert "rasid search" in str(info.value)


def test_postgres_resolve_id_by_unique_prefix(store: PostgresStore) -> None:
    doc = Document("خبر قصير عن النيجر")
    store.add_document(doc)
    assert store.resolve_id(doc.id[:6]) == doc.id
    with pytest.raises(NotFoundError):
        store.resolve_id("%_")  # LIKE wildcards are literal


def test_postgres_save_layers_replaces_only_given_layers(store: PostgresStore) -> None:
    doc = Document("التقى وزير الدفاع الروسي في باماكو.")
    e1 = doc.annotation("entities", 24, 30, "GPE", attrs={"canonical": "Bamako", "kb_id": "Q3703"})
    doc = doc.with_layer("entities", [e1]).with_layer("dates", [])
    store.add_document(doc)
    e2 = doc.annotation("entities", 6, 17, "ORG", attrs={"canonical": "Ministry of Defence"})
    store.save_layers(Document(doc.text).with_layer("entities", [e2]))
    loaded = store.get_document(doc.id)
    assert loaded.layer("entities") == (e2,)
    assert "dates" in loaded.layers and loaded.layer("dates") == ()
    with pytest.raises(NotFoundError):
        store.save_layers(Document("نص غير مخزن"))


def test_postgres_annotations_query_by_canonical_and_kb_id(store: PostgresStore) -> None:
    doc = Document("وصل الفيلق الأفريقي إلى مالي.")
    ann = doc.annotation(
        "entities", 4, 19, "ARMED_GROUP", attrs={"canonical": "Africa Corps", "kb_id": "rasid:ac"}
    )
    store.add_document(doc.with_layer("entities", [ann]))
    assert list(store.annotations(layer="entities", canonical="Africa Corps")) == [(doc.id, ann)]
    assert list(store.annotations(kb_id="rasid:ac")) == [(doc.id, ann)]
    assert list(store.annotations(layer="dates")) == []
    row = raw_connection(store).execute("SELECT canonical, kb_id FROM annotations").fetchone()
    assert row == ("Africa Corps", "rasid:ac")


def test_postgres_iter_documents_filters_by_language_and_seq(store: PostgresStore) -> None:
    ar = Document("خبر عربي قصير", language="ar")
    fr = Document("Une brève en français", language="fr")
    store.add_documents([ar, fr])
    assert [d.id for d in store.iter_documents(language="fr")] == [fr.id]
    first_seq = store.document_seq(ar.id)
    assert [d.id for d in store.iter_documents(since_seq=first_seq)] == [fr.id]
    later = Document("خبر ثالث", language="ar")
    store.add_document(later)
    assert store.document_seq(later.id) > store.document_seq(fr.id)
    assert store.count_documents() == 3 and store.count_documents("ar") == 2


def test_postgres_transaction_rolls_back_on_error(store: PostgresStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.add_document(Document("يضاف ثم يلغى"))  # joins the outer transaction
        raise RuntimeError("boom")
    assert store.count_documents() == 0
    assert store.integrity_check() == "ok"


def test_postgres_concurrent_writers_store_each_document_once(fresh_url: str) -> None:
    docs = [Document(f"خبر رقم {i} عن الساحل") for i in range(40)]
    stores = [open_store(fresh_url), open_store(fresh_url)]
    results: list[list[bool]] = [[], []]

    def write(index: int) -> None:
        ordered = docs if index == 0 else docs[::-1]
        for start in range(0, len(ordered), 5):
            results[index].extend(stores[index].add_documents(ordered[start : start + 5]))

    threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert sum(results[0]) + sum(results[1]) == len(docs)
        seqs = sorted(stores[0].document_seq(d.id) for d in docs)
        assert seqs == list(range(1, len(docs) + 1))  # one writer at a time: no gaps, no repeats
    finally:
        for opened in stores:
            opened.close()


def test_postgres_ingest_with_worker_processes_skips_what_is_stored(fresh_url: str, tmp_path: Path) -> None:
    """Workers reopen the database by its URL (reopen_location) and leave stored documents unread."""
    from rasid.ingest import ingest

    feed = tmp_path / "feed.jsonl"
    rows = [{"text": f"خبر رقم {i} عن قافلة في الساحل", "language": "ar"} for i in range(6)]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with open_store(fresh_url) as store:
        assert store.reopen_location() == fresh_url
        first = ingest([str(feed)], store, analyze=False, jobs=2)
        again = ingest([str(feed)], store, analyze=False, jobs=2)
        assert (first.stored, first.failed) == (6, 0)
        assert (again.stored, again.already_stored) == (0, 6)
        assert store.count_documents() == 6


# --- schema and connection ------------------------------------------------------------------------
def test_postgres_migrations_are_idempotent(fresh_url: str) -> None:
    open_store(fresh_url).close()
    with open_store(fresh_url) as again:
        versions = [
            r[0]
            for r in raw_connection(again).execute("SELECT version FROM schema_migrations ORDER BY version")
        ]
        assert versions == [m.version for m in available_pg_migrations()]
        assert migrate_postgres(raw_connection(again)) == []
        assert again.schema_version() == versions[-1]


def test_postgres_open_without_create_needs_the_tables(fresh_url: str) -> None:
    with pytest.raises(StoreError, match=r"\[S003\].*rasid ingest"):
        open_store(fresh_url, create=False)


def test_postgres_unreachable_server_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[S004\] cannot open the database postgresql://u:\*\*\*@") as info:
        open_store(f"postgresql://u:secret@/nowhere?host={tmp_path}")
    assert "\n" not in str(info.value) and "secret" not in str(info.value)


def test_postgres_url_from_rasid_db_env(fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASID_DB", fresh_url)
    with open_store() as opened:
        assert isinstance(opened, PostgresStore)


def test_postgres_connection_refuses_a_pragma(store: PostgresStore) -> None:
    with pytest.raises(StoreError, match=r"\[S006\] 'PRAGMA cache_size = -65536' is SQLite's"):
        raw_connection(store).execute("  PRAGMA cache_size = -65536")


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        ("SELECT id FROM documents WHERE id = ? AND outlet = ?", "SELECT id FROM documents WHERE id = %s AND outlet = %s"),
        ("SELECT ? WHERE title LIKE '%?%' OR title = 'it''s ?'", "SELECT %s WHERE title LIKE '%%?%%' OR title = 'it''s ?'"),
        ('SELECT "odd?name", ? FROM t -- why?\n WHERE a = ?', 'SELECT "odd?name", %s FROM t -- why?\n WHERE a = %s'),
        ("SELECT /* ? */ ?, $$ ? $$, $body$ ?'$body$, ?", "SELECT /* ? */ %s, $$ ? $$, $body$ ?'$body$, %s"),
        ("SELECT E'\\'?', ?, 7 % 2", "SELECT E'\\'?', %s, 7 %% 2"),
    ],
)  # fmt: skip
def test_postgres_placeholders_convert_outside_literals_only(written: str, sent: str) -> None:
    assert qmark_to_pyformat(written) == sent


def test_postgres_converted_placeholders_keep_literals_on_the_server(store: PostgresStore) -> None:
    row = store._execute("SELECT ?, 'a?b', '100%', 'it''s ?', ? || '?'", ("x", "y")).fetchone()
    assert row == ("x", "a?b", "100%", "it's ?", "y?")


def test_postgres_schema_has_every_sqlite_table_and_column(store: PostgresStore) -> None:
    """The PostgreSQL migrations give every table and column the SQLite ones do (tracing's included)."""
    with open_store(":memory:") as lite:
        sqlite_columns = {
            (table, column)
            for (table,) in raw_connection(lite)
            .execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%'")
            .fetchall()
            for (_, column, *_rest) in raw_connection(lite)
            .execute(f'PRAGMA table_info("{table}")')
            .fetchall()
        }
    pg_columns = set(
        raw_connection(store)
        .execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
        )
        .fetchall()
    )
    assert sqlite_columns - pg_columns == set()
    # what PostgreSQL adds: the search index column and insertion orders (SQLite's rowid)
    assert pg_columns - sqlite_columns == {
        ("documents", "fts"), ("runs", "run_no"), ("story_edges", "row_no"), ("external_sources", "row_no")
    }  # fmt: skip
    blobs = (
        raw_connection(store)
        .execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND data_type = 'bytea' ORDER BY 1, 2"
        )
        .fetchall()
    )
    assert blobs == [
        ("doc_anchors", "anchors"), ("doc_passages", "fingerprints"), ("doc_vectors", "minhash"), ("doc_vectors", "vector")
    ]  # fmt: skip
    json_columns = [("story_merges", "documents"), ("story_merges", "reason"), ("story_corrections", "documents"),
                    ("relations", "evidence"), ("story_edges", "evidence"), ("stories", "outlets")]  # fmt: skip
    types = dict(
        raw_connection(store)
        .execute(
            "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        )
        .fetchall()
    )
    assert {types[f"{t}.{c}"] for t, c in json_columns} == {"text"}  # JSON is text, as SQLite returns it


def test_postgres_redact_url_hides_passwords() -> None:
    assert (
        redact_url("postgresql://ana:s3cr@t@db.example:5432/rasid")
        == "postgresql://ana:***@db.example:5432/rasid"
    )
    assert (
        redact_url("postgres://db/rasid?password=x&sslmode=require")
        == "postgres://db/rasid?password=***&sslmode=require"
    )
    assert redact_url("postgresql://ana@/rasid?host=/tmp/s") == "postgresql://ana@/rasid?host=/tmp/s"


def test_postgres_tsvector_literal_positions_and_limits() -> None:
    literal = tsvector_literal("مالي", "وروسيا روسيا l'armee")
    assert literal == "'مالي':1A 'وروسيا':66B 'روسيا':67B 'l':68B 'armee':69B"
    long_body = " ".join(["كلمة"] * (MAX_POSITION + 10) + ["اخيرة", "x" * 3000])
    literal = tsvector_literal("", long_body)
    assert f"'اخيرة':{MAX_POSITION}B" in literal  # past the last position still findable
    assert "xxx" not in literal  # too long to index: skipped, not an error


# --- search: the same answers as the SQLite store ---------------------------------------------------
# (tests/store/test_search.py runs every search test on both stores; these compare them directly)
@pytest.fixture(scope="module")
def corpus_store(postgres_server: PostgresServer) -> Iterator[PostgresStore]:
    with open_store(postgres_server.create_database("search_corpus")) as opened:
        opened.add_documents(CORPUS.values())
        yield opened


@pytest.fixture(scope="module")
def sqlite_corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with open_store(tmp_path_factory.mktemp("sqlite-corpus") / "s.db") as opened:
        opened.add_documents(CORPUS.values())
        yield opened


@pytest.mark.parametrize(
    "query", [*_parametrized(sqlite_search.test_search_hostile_queries_never_error), "x" * 3000, "'; DROP TABLE documents; --"]
)  # fmt: skip
def test_postgres_search_hostile_queries_never_error(corpus_store: PostgresStore, query: str) -> None:
    hits = corpus_store.search(query)
    assert isinstance(hits, list)
    if query == "روسيا*":
        assert sqlite_search.ids(hits) == {"corps", "clitics"}
    if query in ("title:روسيا", "روسيا OR"):
        assert hits == []
    assert corpus_store.count_documents() == len(CORPUS)


@pytest.mark.parametrize(
    "query",
    ["مالي", "روسيا", "الفيلق", "افريقي", '"الفيلق الافريقي"', '"مالي وروسيا"', '"بين روسيا"', "باماكو روسيا",
     '"المسيرات التركية"', '"التركية المسيرات"', "Мали", "l'armee", '"malienne l\'armée"', "2024"],
)  # fmt: skip
def test_postgres_search_matches_sqlite(
    corpus_store: PostgresStore, sqlite_corpus_store: Any, query: str
) -> None:
    pg_hits = corpus_store.search(query)
    lite_hits = sqlite_corpus_store.search(query)
    assert {h.id for h in pg_hits} == {h.id for h in lite_hits}
    # same snippets and highlight offsets: both come from fts.make_snippet over the original text
    assert {h.id: (h.snippet, h.matches) for h in pg_hits} == {
        h.id: (h.snippet, h.matches) for h in lite_hits
    }


def test_postgres_search_random_phrases_match_sqlite(store: PostgresStore) -> None:
    """Phrases of 2-4 words picked near and far apart in long texts: NEAR must agree with FTS5's."""
    import random

    rng = random.Random(7)
    vocabulary = sorted({w for doc in CORPUS.values() for w in doc.text.split()})
    texts = [[rng.choice(vocabulary) for _ in range(150)] for _ in range(4)]
    docs = [Document(" ".join(words), title=" ".join(words[:6])) for words in texts]
    store.add_documents(docs)
    with open_store(":memory:") as lite:
        lite.add_documents(docs)
        outcomes = {"found": 0, "none": 0}
        for _ in range(80):
            words = rng.choice(texts)
            size = rng.randint(2, 4)
            start = rng.randrange(len(words) - 30)
            picked = [words[start + rng.randint(1, 8 * size)] for _ in range(size - 1)]
            query = '"' + " ".join([words[start], *picked]) + '"'
            pg_ids = {h.id for h in store.search(query)}
            assert pg_ids == {h.id for h in lite.search(query)}, query
            outcomes["found" if pg_ids else "none"] += 1
    assert min(outcomes.values()) >= 10, outcomes  # the cases cover both sides of the window


# --- the CLI end to end ----------------------------------------------------------------------------
def _rasid_subprocess(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "rasid", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "RASID_DB": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _rasid(*args: str, env: dict[str, str] | None = None) -> str:
    """``rasid ARGS`` in-process through the real entry point (cheaper than a subprocess)."""
    from click.testing import CliRunner

    from rasid.cli.main import cli

    result = CliRunner().invoke(cli, list(args), env={"RASID_DB": "", **(env or {})}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.slow
def test_postgres_cli_ingest_search_show_stats_export_like_sqlite(
    fresh_url: str, samples_dir: Path, tmp_path: Path
) -> None:
    from rasid import api

    sqlite_db = str(tmp_path / "rasid.db")
    # both ingests at once, as subprocesses: two processes, two cores
    runs = [
        subprocess.Popen([sys.executable, "-m", "rasid", "ingest", str(samples_dir), "--db", db, "-q"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for db in (fresh_url, sqlite_db)
    ]  # fmt: skip
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err

    for query in ("روسيا", '"الفيلق الأفريقي"'):  # the CLI itself, in a subprocess
        pg_ids = [
            hit["id"]
            for hit in json.loads(_rasid_subprocess("search", query, "--db", fresh_url, "--format", "json"))
        ]
        assert pg_ids and set(pg_ids) == {hit.id for hit in api.search(query, db=sqlite_db)}, query
    for query, lang in [("الفيلق الافريقي", None), ("Bamako", None), ("Bamako", "fr"), ("Мали", None),
                        ("T-72B3", None), ("armée", None), ("وروسيا", None)]:  # fmt: skip
        pg_hits = {h.id: h.snippet for h in api.search(query, db=fresh_url, language=lang)}
        assert pg_hits, query
        # same documents with the same snippets (rank order may differ: ts_rank_cd is not bm25)
        assert pg_hits == {h.id: h.snippet for h in api.search(query, db=sqlite_db, language=lang)}, query

    pg_stats = json.loads(_rasid("stats", "--db", fresh_url, "--format", "json"))
    lite_stats = json.loads(_rasid("stats", "--db", sqlite_db, "--format", "json"))
    for key in ("documents", "languages", "outlets", "annotations", "ingest_log"):
        assert pg_stats[key] == lite_stats[key], key
    assert pg_stats["documents"] == 15

    doc_id = api.search("روسيا", db=fresh_url)[0].id
    shown = json.loads(_rasid("show", doc_id[:8], "--format", "json", env={"RASID_DB": fresh_url}))
    assert shown == json.loads(_rasid("show", doc_id, "--db", sqlite_db, "--format", "json"))
    for ann in shown["annotations"]:
        assert shown["text"][ann["start"] : ann["end"]] == ann["text"]

    exported = [_rasid("export", "--db", db, "--format", "jsonl") for db in (fresh_url, sqlite_db)]
    assert exported[0] == exported[1] and exported[0].count("\n") == pg_stats["documents"]

    traced = [json.loads(_rasid("trace", "--db", db, "--json")) for db in (fresh_url, sqlite_db)]
    assert traced[0]["new_documents"] == traced[1]["new_documents"] == pg_stats["documents"]
    assert traced[0]["relations"] == traced[1]["relations"]
    stories = [json.loads(_rasid("stories", "--db", db, "--format", "json")) for db in (fresh_url, sqlite_db)]
    assert stories[0] == stories[1]

    before = pg_stats["annotations"]
    _rasid("reanalyze", "--db", fresh_url, "--backend", "local", "--lang", "ru")
    after = json.loads(_rasid("stats", "--db", fresh_url, "--format", "json"))["annotations"]
    assert {layer: after[layer] for layer in before} == before  # layers replaced, not doubled


def test_postgres_keeps_a_nul_inside_annotation_attrs(store: PostgresStore) -> None:
    """attrs are JSON (U+0000 is escaped there); the canonical/kb_id lifted from them are cleaned, not refused."""
    raw_connection(store).execute("TRUNCATE documents, ingest_log CASCADE")
    doc = Document("ا", language="ar")
    doc = doc.with_layer(
        "entities", [doc.annotation("entities", 0, 1, "PER", attrs={"canonical": "\x00", "kb_id": "a\x00"})]
    )
    assert store.add_document(doc) is True
    assert store.get_document(doc.id) == doc


def test_postgres_rasid_serve_answers_from_the_database(fresh_url: str, tmp_path: Path) -> None:
    """`rasid serve --db postgresql://…` as a user starts it: a real server process on loopback."""
    import socket
    import time

    import httpx

    with open_store(fresh_url) as store:
        store.add_documents(CORPUS.values())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "rasid", "serve", "--db", fresh_url, "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "RASID_DB": ""},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                found = httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "روسيا"}, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "rasid serve did not answer within 60 s"
                time.sleep(0.3)
        assert found.status_code == 200
        assert {hit["id"] for hit in found.json()["results"]} == {CORPUS["corps"].id, CORPUS["clitics"].id}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
