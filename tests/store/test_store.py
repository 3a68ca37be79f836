"""The SQLite store: round-trips, idempotence, layers, migrations, pragmas, stats."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import NotFoundError, StoreError
from rasid.model import Document
from rasid.store import available_migrations, migrate, open_store
from rasid.store.migrate import Migration, split_statements
from raw_sql import raw_connection

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069\u200b\u200c\u200d\ufeff\u061c"
OTHER = "0123456789٠١٢٣ abcéçÉабв .,،؛؟!«»“”\"'\n\t"
EMOJI = ["😀", "🇲🇱", "👍🏽", "🛡️"]

news_char = st.sampled_from(ARABIC + TASHKEEL + TATWEEL + BIDI + OTHER) | st.sampled_from(EMOJI)
news_text = st.lists(news_char, min_size=1, max_size=120).map("".join)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(news_text)
    doc = Document(
        text=text,
        url=draw(st.none() | st.just("https://example.org/a?x=1")),
        outlet=draw(st.none() | st.sampled_from(["aawsat", "رصد", "le-monde"])),
        title=draw(st.none() | news_text),
        author=draw(st.none() | news_text),
        published=draw(st.none() | st.sampled_from(["2024-08-21", "2024-08", "2024"])),
        language=draw(st.none() | st.sampled_from(["ar", "fr", "en", "ru"])),
        meta=draw(st.dictionaries(st.text(max_size=6), json_value, max_size=3)),
    )
    if doc.published:
        doc = doc.with_meta(published_precision={10: "day", 7: "month", 4: "year"}[len(doc.published)])
    for layer in draw(st.lists(st.sampled_from(["entities", "dates", "quotes"]), unique=True, max_size=3)):
        anns = []
        for _ in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            attrs = draw(
                st.dictionaries(
                    st.sampled_from(["canonical", "kb_id", "value", "list"]), json_value, max_size=3
                )
            )
            anns.append(
                doc.annotation(
                    layer,
                    start,
                    end,
                    draw(st.sampled_from(["PER", "GPE", "date", "direct"])),
                    attrs=attrs,
                    stage=f"rasid.{layer}.v1",
                    confidence=draw(st.floats(0, 1)),
                )
            )
        doc = doc.with_layer(layer, anns)
    return doc


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "rasid.db") as opened:
        yield opened


@settings(max_examples=60, deadline=None)
@given(doc=documents())
def test_store_roundtrip_equals_original(doc: Document) -> None:
    with open_store(":memory:") as store:
        assert store.add_document(doc) is True
        loaded = store.get_document(doc.id)
    assert loaded == doc
    assert loaded.to_dict() == doc.to_dict()
    for ann in loaded.annotations():
        assert loaded.text[ann.start : ann.end] == ann.text


def test_store_add_document_is_idempotent_by_id(store) -> None:
    doc = Document("وصلت قافلة عسكرية إلى باماكو.", language="ar")
    assert store.add_document(doc) is True
    assert store.add_document(doc) is False
    # same content with different diacritics and tatweel: same id, stored once
    assert store.add_document(Document("وَصَلَـت قافلة عسكرية إلى باماكو.")) is False
    assert store.count_documents() == 1


def test_store_add_documents_batches_and_reports_each(store) -> None:
    docs = [Document(f"نص رقم {i}") for i in range(5)]
    assert store.add_documents([*docs, docs[0]]) == [True] * 5 + [False]
    assert [d.id for d in store.iter_documents()] == [d.id for d in docs]


def test_store_get_document_missing_raises_not_found_with_hint(store) -> None:
    with pytest.raises(NotFoundError) as info:
        store.get_document("0000000000000000")
    message = str(info.value)
    assert message.startswith("[S002]")
    assert "rasid search" in message


def test_store_save_layers_replaces_only_given_layers(store) -> None:
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


def test_store_reads_only_the_layers_asked_for(store) -> None:
    text = "قال وزير الدفاع في باماكو يوم 12 مايو إن القوات تقدمت."
    doc = Document(text)
    place = doc.annotation("entities", text.index("باماكو"), text.index("باماكو") + 6, "GPE")
    day = doc.annotation(
        "dates", text.index("12"), text.index("12") + 7, "DATE", attrs={"value": "XXXX-05-12"}
    )
    doc = doc.with_layer("entities", [place]).with_layer("dates", [day]).with_layer("events", [])
    store.add_document(doc)
    only = store.get_document(doc.id, layers=("entities", "quotes"))
    assert only.layers == {"entities": doc.layers["entities"]}
    assert next(store.iter_documents(layers=["dates", "events"])).layers == {
        "dates": doc.layers["dates"],
        "events": (),
    }
    assert store.get_document(doc.id, layers=True) == doc


def test_store_annotations_query_by_canonical_and_kb_id(store) -> None:
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


def test_store_iter_documents_filters_by_language_and_seq(store) -> None:
    ar = Document("خبر عربي قصير", language="ar")
    fr = Document("Une brève en français", language="fr")
    store.add_documents([ar, fr])
    assert [d.id for d in store.iter_documents(language="fr")] == [fr.id]
    first_seq = store.document_seq(ar.id)
    assert [d.id for d in store.iter_documents(since_seq=first_seq)] == [fr.id]
    later = Document("خبر ثالث", language="ar")
    store.add_document(later)
    assert store.document_seq(later.id) > store.document_seq(fr.id)


def test_store_uses_wal_and_foreign_keys(store) -> None:
    assert raw_connection(store).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw_connection(store).execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert raw_connection(store).execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert store.integrity_check() == "ok"


def test_store_readable_with_plain_sqlite3(tmp_path) -> None:
    path = tmp_path / "plain.db"
    with open_store(path) as opened:
        opened.add_document(Document("خبر عن روسيا ومالي", title="عنوان", outlet="رصد", language="ar"))
    conn = sqlite3.connect(path)
    row = conn.execute(
        "SELECT title, outlet, language, text, json_extract(meta, '$') FROM documents"
    ).fetchone()
    assert row[:4] == ("عنوان", "رصد", "ar", "خبر عن روسيا ومالي")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "annotations", "ingest_log", "runs", "schema_migrations"} <= tables


def test_store_migrations_are_idempotent(tmp_path) -> None:
    path = tmp_path / "m.db"
    open_store(path).close()
    with open_store(path) as again:
        versions = [
            r[0]
            for r in raw_connection(again).execute("SELECT version FROM schema_migrations ORDER BY version")
        ]
        assert versions == [m.version for m in available_migrations()]
        assert migrate(raw_connection(again)) == []
        assert again.schema_version() == versions[-1]


def test_store_migration_failure_rolls_back_whole_file(tmp_path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    good = Migration(1, "one", "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);")
    bad = Migration(2, "two", "CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);")
    with pytest.raises(StoreError, match="002_two"):
        migrate(conn, [good, bad])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "a" in tables and "b" not in tables
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1]


def test_store_split_statements_keeps_triggers_whole() -> None:
    sql = (
        "-- a comment\nCREATE TABLE t (x);\n"
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n  UPDATE t SET x = 2;\nEND;\n"
    )
    statements = split_statements(sql)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_store_open_missing_database_read_only_fails_clearly(tmp_path) -> None:
    with pytest.raises(StoreError, match=r"\[S003\].*rasid ingest"):
        open_store(tmp_path / "absent.db", create=False)


def test_store_stats_counts_languages_outlets_layers(store) -> None:
    doc = Document("وصل الفيلق الأفريقي إلى مالي.", language="ar", outlet="رصد")
    store.add_document(doc.with_layer("entities", [doc.annotation("entities", 25, 29, "GPE")]))
    store.add_document(Document("Le Mali et la Russie", language="fr", outlet="lemonde.fr"))
    data = store.stats()
    assert data["documents"] == 2
    assert data["languages"] == {"ar": 1, "fr": 1}
    assert data["outlets"] == {"lemonde.fr": 1, "رصد": 1}
    assert data["annotations"] == {"entities": 1}
