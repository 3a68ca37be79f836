"""The queries behind story tracing (:mod:`rasid.trace`), mixed into :class:`rasid.store.base.SQLDocumentStore`.

Tracing keeps its state in the tables of ``migrations/002_stories.sql``, ``005_doc_passages.sql``,
``006_story_merges.sql``, ``007_story_corrections.sql`` and ``009_doc_anchors.sql``. :class:`TracingQueries` is the only code
that reads or writes them; ``rasid.trace`` calls these methods and holds no SQL. Rows come back as
the small named tuples below (JSON columns decoded), so the trace code never sees a cursor.

The SQL is written once with ``?`` placeholders, as the rest of the store (see
:mod:`rasid.store.base`), in the dialect SQLite and PostgreSQL share: upserts are
``INSERT … ON CONFLICT (…) DO UPDATE``, never SQLite's ``INSERT OR REPLACE``. What still differs
goes through hooks a backend overrides:

* :attr:`TracingQueries.INSERT_ORDER`, the column that orders story edges and external sources
  as they were written (SQLite's ``rowid``);
* :attr:`TracingQueries.NO_LIMIT`, a LIMIT that keeps every row (SQLite's ``LIMIT -1``);
* :attr:`TracingQueries.LIKE_ANY_CASE`, a LIKE that ignores ASCII case (SQLite's ``LIKE``);
* :meth:`TracingQueries._json_list_has`, the condition "this JSON list column holds a value";
* :meth:`TracingQueries._blob`, a binary column's value as ``bytes``;
* JSON columns are read through :func:`json_value`, which takes JSON text (SQLite) or a value
  the driver has already decoded (PostgreSQL's JSONB);
* ``COLLATE_BYTES`` and ``NULLS_LAST`` (from the store) keep text in code-point order and NULLs
  where SQLite puts them.

A backend supports tracing when every public method here works on it:

* state: :meth:`~TracingQueries.trace_last_seq`, :meth:`~TracingQueries.set_trace_last_seq`,
  :meth:`~TracingQueries.reset_tracing`;
* signatures: :meth:`~TracingQueries.save_doc_vectors`, :meth:`~TracingQueries.iter_doc_vectors`,
  :meth:`~TracingQueries.traced_doc_ids`, :meth:`~TracingQueries.doc_vectors_of`,
  :meth:`~TracingQueries.docs_without_keys`, :meth:`~TracingQueries.save_doc_keys`,
  :meth:`~TracingQueries.iter_doc_keys` (passage fingerprints and event anchors);
* relations: :meth:`~TracingQueries.save_relations`, :meth:`~TracingQueries.relation_pairs_since`,
  :meth:`~TracingQueries.relations_since`, :meth:`~TracingQueries.relations_among`;
* writing stories: :meth:`~TracingQueries.write_story`, :meth:`~TracingQueries.delete_story`,
  :meth:`~TracingQueries.story_exists`, :meth:`~TracingQueries.story_ids_of`,
  :meth:`~TracingQueries.story_of_document`, :meth:`~TracingQueries.story_members_of`,
  :meth:`~TracingQueries.record_story_merges`;
* an analyst's corrections: :meth:`~TracingQueries.story_corrections`,
  :meth:`~TracingQueries.record_story_split`, :meth:`~TracingQueries.record_story_merge`;
* reading stories: :meth:`~TracingQueries.list_story_rows`, :meth:`~TracingQueries.story_row`,
  :meth:`~TracingQueries.story_ids_with_prefix`, :meth:`~TracingQueries.story_merged_into`,
  :meth:`~TracingQueries.story_member_ids`, :meth:`~TracingQueries.story_origin_names`,
  :meth:`~TracingQueries.member_documents`, :meth:`~TracingQueries.edges_of_story`,
  :meth:`~TracingQueries.origins_of_story`, :meth:`~TracingQueries.merges_into_story`.

Writes run in the caller's transaction when there is one (``with store.transaction(): …``), else
in their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, ClassVar, NamedTuple, Protocol

from rasid.store.filters import LIKE_ESCAPE, like_literal

#: Ids per ``IN (…)`` list: well under SQLite's bound-parameter limit.
CHUNK = 500

#: The tables tracing fills, emptied by :meth:`TracingQueries.reset_tracing` (``story_merges`` keeps
#: an analyst's merges, ``story_corrections`` all of them).
_TRACE_TABLES = (
    "external_sources",
    "story_edges",
    "story_members",
    "stories",
    "relations",
    "doc_passages",
    "doc_anchors",
    "doc_vectors",
)
#: Per-document keys tracing indexes, by kind: (table, column) of sorted uint32 values as bytes. ``passages``:
#: passage fingerprints (partial copies); ``anchors``: event anchors (reports in other languages).
DOC_KEYS = {"passages": ("doc_passages", "fingerprints"), "anchors": ("doc_anchors", "anchors")}
#: What a story owns, deleted with it: (table, column naming the story).
_STORY_TABLES = (
    ("story_edges", "story_id"),
    ("external_sources", "story_id"),
    ("story_members", "story_id"),
    ("stories", "id"),
)
_STORY_COLUMNS = "id, root, title, size, languages, outlets, first_published, last_published"
_MERGE_COLUMNS = (
    "id, story_id, merged_id, documents, relation_a, relation_b, kind, score, reason, decided_by, merged_at"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def json_value(raw: Any) -> Any:
    """A JSON column's value: JSON text decoded, or the value a driver decoded already (JSONB)."""
    return json.loads(raw) if isinstance(raw, str | bytes) else raw


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for lo in range(0, len(ids), CHUNK):
        yield ids[lo : lo + CHUNK]


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# --- rows ----------------------------------------------------------------------------------------
class DocVector(NamedTuple):
    """A document's tracing signatures (``doc_vectors``): MinHash and lead vector as stored bytes."""

    doc_id: str
    seq: int
    language: str | None
    published: str | None
    minhash: bytes
    vector: bytes
    #: Distinct shingles: 0 means too short for the MinHash index.
    shingles: int


class StoredRelation(NamedTuple):
    """A relation between two documents (``a < b``) with its evidence decoded."""

    a: str
    b: str
    kind: str
    score: float
    evidence: dict[str, Any]


class RelationLike(Protocol):
    """What :meth:`TracingQueries.save_relations` reads (``rasid.trace.relate.Relation`` has it)."""

    @property
    def a(self) -> str: ...
    @property
    def b(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def evidence(self) -> Mapping[str, Any]: ...


class StoryLike(Protocol):
    """What :meth:`TracingQueries.write_story` reads (``rasid.trace.stories.StoryRecord`` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def root(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def documents(self) -> list[str]: ...
    @property
    def languages(self) -> list[str]: ...
    @property
    def outlets(self) -> list[str]: ...
    @property
    def first_published(self) -> str | None: ...
    @property
    def last_published(self) -> str | None: ...
    @property
    def edges(self) -> list[dict[str, Any]]: ...
    @property
    def external_sources(self) -> list[dict[str, Any]]: ...


class StoryRow(NamedTuple):
    """One ``stories`` row, its JSON lists decoded."""

    id: str
    root: str | None
    title: str | None
    size: int
    languages: list[str]
    outlets: list[str]
    first_published: str | None
    last_published: str | None


class StoryMerge(NamedTuple):
    """A story absorbed by another, to record in ``story_merges``: by the trace rules or by an analyst."""

    story_id: str
    merged_id: str
    #: The absorbed story's members at the time.
    documents: list[str]
    reason: dict[str, Any]
    decided_by: str  # 'trace' or 'user'
    #: The relation that proposed the merge (none for an analyst's merge).
    relation_a: str | None = None
    relation_b: str | None = None
    kind: str | None = None
    score: float | None = None


class StoredMerge(NamedTuple):
    """One ``story_merges`` row, JSON decoded."""

    id: int
    story_id: str
    merged_id: str
    documents: list[str]
    relation_a: str | None
    relation_b: str | None
    kind: str | None
    score: float | None
    reason: dict[str, Any]
    decided_by: str
    merged_at: str


class StoryCorrection(NamedTuple):
    """An analyst's correction: ``split`` keeps ``doc_id`` apart from ``documents``; ``merge`` keeps
    ``documents`` together (``doc_id`` is None)."""

    action: str
    doc_id: str | None
    documents: list[str]


class MemberDocument(NamedTuple):
    """What a story shows of one member document."""

    id: str
    title: str | None
    language: str | None
    outlet: str | None
    url: str | None
    published: str | None
    text: str


class StoryEdge(NamedTuple):
    """A provenance edge: ``source`` copies / translates / rewrites / cites ``target``."""

    source: str
    target: str
    kind: str
    score: float | None
    basis: str | None
    is_primary: bool
    evidence: dict[str, Any]


class StoryOrigin(NamedTuple):
    """An origin outside the corpus named in a member's text (``external_sources``)."""

    doc_id: str
    node: str
    kind: str
    outlet: str | None
    url: str | None
    kb_id: str | None
    text: str
    start: int
    end: int


# --- the queries ---------------------------------------------------------------------------------
class TracingQueries:
    """Tracing's reads and writes (see the module docstring for what a backend must support)."""

    #: Set by the store: text in code-point order in both databases.
    COLLATE_BYTES: ClassVar[str] = ""
    #: Appended to ``ORDER BY … DESC`` on a nullable column so NULLs come last in both databases.
    NULLS_LAST: ClassVar[str] = ""
    #: The column that orders a story's edges and origins as written.
    INSERT_ORDER: ClassVar[str] = "rowid"
    #: A LIMIT clause that keeps every row (SQLite needs one before OFFSET; PostgreSQL: ``LIMIT ALL``).
    NO_LIMIT: ClassVar[str] = "LIMIT -1"
    #: LIKE that ignores the case of ASCII letters, as SQLite's LIKE does (PostgreSQL: ``ILIKE``), so
    #: an id prefix or a language code typed in capitals finds the same rows in both databases.
    LIKE_ANY_CASE: ClassVar[str] = "LIKE"

    # provided by the store (rasid.store.base.SQLDocumentStore)
    def _execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[Sequence[Any]]:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    # --- dialect hooks ---------------------------------------------------------------------------
    def _json_list_has(self, column: str, value: str) -> tuple[str, Any]:
        """A condition (one ``?``) and its parameter: the JSON list in ``column`` holds ``value``."""
        return f"{column} {self.LIKE_ANY_CASE} ? {LIKE_ESCAPE}", f'%"{like_literal(value)}"%'

    def _blob(self, raw: Any) -> bytes:
        """A binary column's value as bytes (SQLite gives bytes already; a driver may give a memoryview)."""
        return raw if isinstance(raw, bytes) else bytes(raw)

    # --- state -----------------------------------------------------------------------------------
    def trace_last_seq(self) -> int:
        """``documents.seq`` of the last document traced (0 before the first run)."""
        row = self._execute("SELECT value FROM trace_state WHERE key = 'last_seq'").fetchone()
        return int(row[0]) if row else 0

    def set_trace_last_seq(self, seq: int) -> None:
        with self.transaction():
            self._execute("UPDATE trace_state SET value = ? WHERE key = 'last_seq'", (str(seq),))

    def reset_tracing(self) -> None:
        """Forget every signature, relation and story (a full re-trace); an analyst's corrections and
        merges stay."""
        with self.transaction():
            for table in _TRACE_TABLES:
                self._execute(f"DELETE FROM {table}", ())
            self._execute("DELETE FROM story_merges WHERE decided_by = 'trace'", ())
            self._execute("UPDATE trace_state SET value = '0' WHERE key = 'last_seq'", ())

    # --- signatures ------------------------------------------------------------------------------
    def save_doc_vectors(
        self,
        vectors: Sequence[DocVector],
        passages: Sequence[tuple[str, bytes]] = (),
        anchors: Sequence[tuple[str, bytes]] = (),
    ) -> None:
        """Store (or replace) documents' signatures, passage fingerprints and anchors, in one transaction."""
        with self.transaction():
            if vectors:
                self._executemany(
                    "INSERT INTO doc_vectors(doc_id, seq, language, published, minhash, vector, shingles)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) DO UPDATE SET seq = excluded.seq,"
                    " language = excluded.language, published = excluded.published,"
                    " minhash = excluded.minhash, vector = excluded.vector, shingles = excluded.shingles",
                    vectors,
                )
            self.save_doc_keys("passages", passages)
            self.save_doc_keys("anchors", anchors)

    def iter_doc_vectors(self) -> Iterator[DocVector]:
        """Every stored signature, in the order the documents were stored (streamed: a client-side
        PostgreSQL cursor would hold every vector at once, 1.3 KB a document)."""
        for doc_id, seq, language, published, minhash, vector, shingles in self._stream(
            "SELECT doc_id, seq, language, published, minhash, vector, shingles FROM doc_vectors ORDER BY seq",
            (),
        ):
            yield DocVector(
                doc_id, seq, language, published, self._blob(minhash), self._blob(vector), shingles
            )

    def traced_doc_ids(self, doc_ids: Sequence[str]) -> set[str]:
        """Which of ``doc_ids`` have their signatures stored."""
        found: set[str] = set()
        for chunk in _chunks(doc_ids):
            found.update(
                row[0]
                for row in self._execute(
                    f"SELECT doc_id FROM doc_vectors WHERE doc_id IN ({_marks(chunk)})", chunk
                )
            )
        return found

    def doc_vectors_of(self, doc_ids: Iterable[str]) -> dict[str, bytes]:
        """The stored lead vectors (bytes) of these documents; documents not traced are left out."""
        out: dict[str, bytes] = {}
        for chunk in _chunks(list(doc_ids)):
            for doc_id, blob in self._execute(
                f"SELECT doc_id, vector FROM doc_vectors WHERE doc_id IN ({_marks(chunk)})", chunk
            ):
                out[doc_id] = self._blob(blob)
        return out

    def docs_without_keys(self, kind: str) -> list[str]:
        """Traced documents with no stored ``kind`` keys (:data:`DOC_KEYS`: traced before its table existed)."""
        table, _ = DOC_KEYS[kind]
        return [
            row[0]
            for row in self._execute(
                f"SELECT doc_id FROM doc_vectors WHERE doc_id NOT IN (SELECT doc_id FROM {table}) ORDER BY seq",
                (),
            )
        ]

    def save_doc_keys(self, kind: str, rows: Sequence[tuple[str, bytes]]) -> None:
        """Store (or replace) ``(doc_id, keys)`` rows of ``kind`` (:data:`DOC_KEYS`)."""
        if not rows:
            return
        table, column = DOC_KEYS[kind]
        with self.transaction():
            self._executemany(
                f"INSERT INTO {table}(doc_id, {column}) VALUES (?, ?)"
                f" ON CONFLICT (doc_id) DO UPDATE SET {column} = excluded.{column}",
                rows,
            )

    def iter_doc_keys(self, kind: str) -> Iterator[tuple[str, str | None, bytes]]:
        """``(doc_id, language, keys)`` of ``kind`` (:data:`DOC_KEYS`) of every traced document, in stored order
        (streamed)."""
        table, column = DOC_KEYS[kind]
        for doc_id, language, blob in self._stream(
            f"SELECT k.doc_id, v.language, k.{column} FROM {table} k"
            " JOIN doc_vectors v ON v.doc_id = k.doc_id ORDER BY v.seq",
            (),
        ):
            yield doc_id, language, self._blob(blob)

    # --- relations -------------------------------------------------------------------------------
    def save_relations(self, relations: Iterable[RelationLike]) -> None:
        """Store (or replace) relations, each pair once (``a < b``)."""
        now = _now()
        rows = [
            (r.a, r.b, r.kind, r.score, json.dumps(r.evidence, ensure_ascii=False), now) for r in relations
        ]
        if not rows:
            return
        with self.transaction():
            self._executemany(
                "INSERT INTO relations(a, b, kind, score, evidence, found_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (a, b) DO UPDATE SET kind = excluded.kind, score = excluded.score,"
                " evidence = excluded.evidence, found_at = excluded.found_at",
                rows,
            )

    _TOUCHING_SINCE = (
        "a IN (SELECT doc_id FROM doc_vectors WHERE seq > ?)"
        " OR b IN (SELECT doc_id FROM doc_vectors WHERE seq > ?)"
    )

    def relation_pairs_since(self, seq: int) -> set[tuple[str, str]]:
        """The ``(a, b)`` pairs of relations touching a document traced after ``seq``."""
        return {
            (a, b)
            for a, b in self._execute(f"SELECT a, b FROM relations WHERE {self._TOUCHING_SINCE}", (seq, seq))
        }

    def relations_since(self, seq: int) -> list[StoredRelation]:
        """Relations touching a document traced after ``seq``, strongest first."""
        collate = self.COLLATE_BYTES
        return [
            StoredRelation(a, b, kind, score, json_value(evidence))
            for a, b, kind, score, evidence in self._execute(
                f"SELECT a, b, kind, score, evidence FROM relations WHERE {self._TOUCHING_SINCE}"
                f" ORDER BY score DESC, a{collate}, b{collate}",
                (seq, seq),
            )
        ]

    def relations_among(self, doc_ids: Iterable[str]) -> list[StoredRelation]:
        """Relations whose two documents are both in ``doc_ids``."""
        ids = sorted(doc_ids)
        marks = _marks(ids)
        return [
            StoredRelation(a, b, kind, score, json_value(evidence))
            for a, b, kind, score, evidence in self._execute(
                # ordered: the story built from them (its primary edges) must not depend on the database
                f"SELECT a, b, kind, score, evidence FROM relations WHERE a IN ({marks}) AND b IN ({marks})"
                f" ORDER BY a{self.COLLATE_BYTES}, b{self.COLLATE_BYTES}",
                ids + ids,
            )
        ]

    # --- writing stories -------------------------------------------------------------------------
    def story_ids_of(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """``doc_id -> story_id`` for those of ``doc_ids`` that belong to a story."""
        found: dict[str, str] = {}
        for chunk in _chunks(doc_ids):
            for doc_id, story_id in self._execute(
                f"SELECT doc_id, story_id FROM story_members WHERE doc_id IN ({_marks(chunk)})", chunk
            ):
                found[doc_id] = story_id
        return found

    def story_of_document(self, doc_id: str) -> str | None:
        row = self._execute("SELECT story_id FROM story_members WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def story_members_of(self, story_id: str) -> set[str]:
        return {
            r[0] for r in self._execute("SELECT doc_id FROM story_members WHERE story_id = ?", (story_id,))
        }

    def story_exists(self, story_id: str) -> bool:
        return self._execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None

    def delete_story(self, story_id: str) -> None:
        """Remove a story with its members, edges and external origins."""
        with self.transaction():
            for table, column in _STORY_TABLES:
                self._execute(f"DELETE FROM {table} WHERE {column} = ?", (story_id,))

    def write_story(self, record: StoryLike, *, existed: bool) -> None:
        """Store a story (update it when ``existed``) with its members, edges and external origins."""
        now = _now()
        languages = json.dumps(record.languages)
        outlets = json.dumps(record.outlets, ensure_ascii=False)
        with self.transaction():
            if existed:
                self._execute(
                    "UPDATE stories SET root = ?, title = ?, size = ?, languages = ?, outlets = ?,"
                    " first_published = ?, last_published = ?, updated_at = ? WHERE id = ?",
                    (record.root, record.title, len(record.documents), languages, outlets,
                     record.first_published, record.last_published, now, record.id),
                )  # fmt: skip
            else:
                self._execute(
                    "INSERT INTO stories(id, root, title, size, languages, outlets, first_published,"
                    " last_published, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.id, record.root, record.title, len(record.documents), languages, outlets,
                     record.first_published, record.last_published, now, now),
                )  # fmt: skip
            self._execute("DELETE FROM story_edges WHERE story_id = ?", (record.id,))
            self._execute("DELETE FROM external_sources WHERE story_id = ?", (record.id,))
            if record.documents:
                self._executemany(
                    "INSERT INTO story_members(doc_id, story_id) VALUES (?, ?)"
                    " ON CONFLICT (doc_id) DO UPDATE SET story_id = excluded.story_id",
                    [(d, record.id) for d in record.documents],
                )
            if record.edges:
                self._executemany(
                    "INSERT INTO story_edges(story_id, source, target, kind, score, basis, is_primary, evidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(record.id, e["from"], e["to"], e["kind"], e["score"], e["basis"],
                      int(bool(e.get("primary"))), json.dumps(e["evidence"], ensure_ascii=False))
                     for e in record.edges],
                )  # fmt: skip
            if record.external_sources:
                self._executemany(
                    'INSERT INTO external_sources(story_id, doc_id, node, kind, outlet, url, kb_id, text, start, "end")'
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(record.id, o["doc_id"], o["node"], o["kind"], o["outlet"], o["url"], o["kb_id"],
                      o["text"], o["start"], o["end"])
                     for o in record.external_sources],
                )  # fmt: skip

    def record_story_merges(self, merges: Sequence[StoryMerge]) -> None:
        """Record stories absorbed by others (the story rows themselves are not touched)."""
        if not merges:
            return
        now = _now()
        with self.transaction():
            self._executemany(
                "INSERT INTO story_merges(story_id, merged_id, documents, relation_a, relation_b, kind, score,"
                " reason, decided_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(m.story_id, m.merged_id, json.dumps(m.documents), m.relation_a, m.relation_b, m.kind, m.score,
                  json.dumps(m.reason, ensure_ascii=False), m.decided_by, now)
                 for m in merges],
            )  # fmt: skip

    # --- an analyst's corrections ----------------------------------------------------------------
    def story_corrections(self) -> list[StoryCorrection]:
        """Every stored correction, oldest first."""
        return [
            StoryCorrection(action, doc_id, json_value(documents))
            for action, doc_id, documents in self._execute(
                "SELECT action, doc_id, documents FROM story_corrections ORDER BY id", ()
            )
        ]

    def record_story_split(self, doc_id: str, apart_from: Iterable[str], *, note: str | None = None) -> None:
        """Keep ``doc_id`` apart from ``apart_from`` for good, and take it out of its story.

        A later correction wins: earlier merges no longer hold this document to the others.
        """
        with self.transaction():
            for cid, documents in self._execute(
                "SELECT id, documents FROM story_corrections WHERE action = 'merge'", ()
            ).fetchall():
                docs = json_value(documents)
                if doc_id in docs:
                    self._execute(
                        "UPDATE story_corrections SET documents = ? WHERE id = ?",
                        (json.dumps([d for d in docs if d != doc_id]), cid),
                    )
            self._execute(
                "INSERT INTO story_corrections(action, doc_id, documents, note, created_at)"
                " VALUES ('split', ?, ?, ?, ?)",
                (doc_id, json.dumps(sorted(apart_from)), note, _now()),
            )
            self._execute("DELETE FROM story_members WHERE doc_id = ?", (doc_id,))

    def record_story_merge(
        self,
        keep: str,
        drop: str,
        together: Iterable[str],
        absorbed: Iterable[str],
        *,
        note: str | None = None,
    ) -> None:
        """Keep ``together`` in one story for good: story ``keep`` absorbs ``drop`` (whose members were
        ``absorbed``); the merge is recorded as the user's and ``drop`` is removed.

        A later correction wins: a split that kept one of these documents apart from the others is undone.
        """
        together = set(together)
        with self.transaction():
            for cid, doc_id, documents in self._execute(
                "SELECT id, doc_id, documents FROM story_corrections WHERE action = 'split'", ()
            ).fetchall():
                if doc_id in together and set(json_value(documents)) & together:
                    self._execute("DELETE FROM story_corrections WHERE id = ?", (cid,))
            self._execute(
                "INSERT INTO story_corrections(action, doc_id, documents, note, created_at)"
                " VALUES ('merge', NULL, ?, ?, ?)",
                (json.dumps(sorted(together)), note, _now()),
            )
            self.record_story_merges(
                [StoryMerge(keep, drop, sorted(absorbed), {"rule": "user", "note": note}, "user")]
            )
            self.delete_story(drop)

    # --- reading stories -------------------------------------------------------------------------
    @staticmethod
    def _story_row(row: Sequence[Any]) -> StoryRow:
        story_id, root, title, size, languages, outlets, first, last = row
        return StoryRow(story_id, root, title, size, json_value(languages), json_value(outlets), first, last)

    def list_story_rows(
        self,
        *,
        min_documents: int = 1,
        language: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoryRow]:
        """Stories of at least ``min_documents`` documents (in ``language`` if given), largest first,
        then the most recently published."""
        sql = f"SELECT {_STORY_COLUMNS} FROM stories WHERE size >= ?"
        params: list[Any] = [min_documents]
        if language:
            condition, value = self._json_list_has("languages", language)
            sql += f" AND {condition}"
            params.append(value)
        sql += f" ORDER BY size DESC, last_published DESC{self.NULLS_LAST}, id{self.COLLATE_BYTES}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        elif offset:
            sql += f" {self.NO_LIMIT} OFFSET ?"
            params.append(offset)
        return [self._story_row(row) for row in self._execute(sql, params).fetchall()]

    def story_row(self, story_id: str) -> StoryRow | None:
        row = self._execute(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
        return self._story_row(row) if row else None

    def story_ids_with_prefix(self, prefix: str, *, limit: int = 2) -> list[str]:
        """Ids of stories starting with ``prefix`` (taken literally, in either case; at most ``limit``)."""
        return [
            row[0]
            for row in self._execute(
                f"SELECT id FROM stories WHERE id {self.LIKE_ANY_CASE} ? {LIKE_ESCAPE} LIMIT ?",
                (like_literal(prefix) + "%", limit),
            ).fetchall()
        ]

    def story_merged_into(self, merged_id: str) -> str | None:
        """The story that last absorbed ``merged_id`` (it may itself have been absorbed since)."""
        row = self._execute(
            "SELECT story_id FROM story_merges WHERE merged_id = ? ORDER BY id DESC LIMIT 1", (merged_id,)
        ).fetchone()
        return row[0] if row else None

    def story_member_ids(self, story_ids: Sequence[str]) -> dict[str, list[str]]:
        """Each story's member ids in publication order (undated last, then as stored)."""
        found: dict[str, list[str]] = {sid: [] for sid in story_ids}
        for chunk in _chunks(story_ids):
            for sid, doc_id in self._execute(
                "SELECT m.story_id, m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id"
                f" WHERE m.story_id IN ({_marks(chunk)})"
                f" ORDER BY d.published IS NULL, d.published{self.COLLATE_BYTES}, d.seq",
                chunk,
            ):
                found[sid].append(doc_id)
        return found

    def story_origin_names(self, story_ids: Sequence[str]) -> dict[str, set[str]]:
        """Each story's external origins by name (outlet, else URL, else the words citing it)."""
        found: dict[str, set[str]] = {sid: set() for sid in story_ids}
        for chunk in _chunks(story_ids):
            for sid, name in self._execute(
                "SELECT story_id, coalesce(outlet, url, text) FROM external_sources"
                f" WHERE story_id IN ({_marks(chunk)})",
                chunk,
            ):
                found[sid].add(name)
        return found

    def member_documents(self, doc_ids: Sequence[str]) -> dict[str, MemberDocument]:
        """What a story shows of these documents, by id (unknown ids are left out)."""
        found: dict[str, MemberDocument] = {}
        for chunk in _chunks(doc_ids):
            for row in self._execute(
                f"SELECT id, title, language, outlet, url, published, text FROM documents WHERE id IN ({_marks(chunk)})",
                chunk,
            ):
                found[row[0]] = MemberDocument(*row)
        return found

    def edges_of_story(self, story_id: str) -> list[StoryEdge]:
        """A story's provenance edges, as written."""
        return [
            StoryEdge(source, target, kind, score, basis, bool(primary), json_value(evidence))
            for source, target, kind, score, basis, primary, evidence in self._execute(
                "SELECT source, target, kind, score, basis, is_primary, evidence FROM story_edges"
                f" WHERE story_id = ? ORDER BY {self.INSERT_ORDER}",
                (story_id,),
            )
        ]

    def origins_of_story(self, story_id: str) -> list[StoryOrigin]:
        """A story's external origins, one per citing passage, as written."""
        return [
            StoryOrigin(*row)
            for row in self._execute(
                'SELECT doc_id, node, kind, outlet, url, kb_id, text, start, "end" FROM external_sources'
                f" WHERE story_id = ? ORDER BY {self.INSERT_ORDER}",
                (story_id,),
            )
        ]

    def merges_into_story(self, story_id: str) -> list[StoredMerge]:
        """The merges that made ``story_id`` absorb other stories (not those of the stories it absorbed)."""
        rows = self._execute(
            f"SELECT {_MERGE_COLUMNS} FROM story_merges WHERE story_id = ? ORDER BY id", (story_id,)
        )
        return [
            StoredMerge(mid, into, merged, json_value(docs), a, b, kind, score, json_value(reason), by, at)
            for mid, into, merged, docs, a, b, kind, score, reason, by, at in rows
        ]
