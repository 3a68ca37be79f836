"""The read queries behind the web app's pages: pages of documents, entities, stories, outlets and places.

Every list comes in pages (``limit``/``offset``) with its total counted in SQL, and every query
does a bounded amount of work whatever the size of the corpus:

* entity totals, the months an entity is mentioned in, its documents by date and the map's places
  come from tables kept up to date as annotations are written (``entity_counts``,
  ``entity_periods``: migration 003; ``entity_documents``: migration 008), not from a scan of every
  annotation;
* what is computed from an entity's documents (co-mentions, quotes, stories) looks at its
  :data:`RECENT_DOCUMENTS` most recent ones only, and says so;
* document lists walk a ``(published, seq)`` index newest first and stop at the page.

The SQL is written once with ``?`` placeholders for both stores (see :mod:`rasid.store.base`).
The story tables are written by ``rasid trace`` (see :mod:`rasid.store.tracing`); before the first
run they are empty and the story pages list nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from rasid.store.filters import LIKE_ESCAPE, NO_FILTERS, DocumentFilters, like_literal

#: Columns of ``documents`` (aliased ``d``) that lists show; an untitled article shows its first words.
DOC_LIST_COLUMNS = "d.id, COALESCE(NULLIF(d.title, ''), substr(d.text, 1, 90)) AS title, d.outlet, d.language, d.published, d.url"
#: How many of an entity's most recent documents co-mentions, quotes and stories are drawn from.
RECENT_DOCUMENTS = 100
#: Entity labels that name a place (shown on the map).
PLACE_LABELS = ("GPE", "LOC", "FAC")
#: The three ways an entity annotation is keyed (its KB id, else its canonical name, else its text),
#: as conditions that each use an index; each takes the key once.
_ENTITY_KEYED = (
    "kb_id = ?",
    "kb_id IS NULL AND canonical = ?",
    "kb_id IS NULL AND canonical IS NULL AND text = ?",
)


#: One entity's share of a document: mentions, and the label, name, KB id and attrs of its first mention.
EntityTally = tuple[int, str, str, str | None, str]


def entity_key_of(kb_id: str | None, canonical: str | None, text: str) -> str:
    """The key of an entity annotation: ``COALESCE(kb_id, canonical, text)``, as the tables hold it."""
    if kb_id is not None:
        return kb_id
    return canonical if canonical is not None else text


def entity_mentions_sql(columns: str) -> tuple[str, int]:
    """``SELECT columns`` over one entity's annotations, and how many times the key is passed."""
    sql = " UNION ALL ".join(
        f"SELECT {columns} FROM annotations WHERE layer = 'entities' AND {cond}" for cond in _ENTITY_KEYED
    )
    return sql, len(_ENTITY_KEYED)


def _attrs(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


class BrowseQueries:
    """Pages and aggregates for the web app, mixed into :class:`rasid.store.base.SQLDocumentStore`."""

    #: ``ORDER BY published DESC`` puts undated documents last in both databases.
    NULLS_LAST: ClassVar[str] = ""
    #: Set by the store (see :class:`rasid.store.base.SQLDocumentStore`): text in code-point order,
    #: NULLs first under ASC, in both databases.
    COLLATE_BYTES: ClassVar[str] = ""
    NULLS_FIRST: ClassVar[str] = ""
    #: A JSON text field of a JSON column, in this database's SQL (``{column}``, ``{key}``).
    JSON_FIELD: ClassVar[str] = "json_extract({column}, '$.{key}')"
    #: Set by the store (see :class:`rasid.store.tracing.TracingQueries`): LIKE ignoring ASCII case.
    LIKE_ANY_CASE: ClassVar[str] = "LIKE"

    def _execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:  # provided by the store
        raise NotImplementedError

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(sql, tuple(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._execute(sql, tuple(params)).fetchone()
        return row[0] if row else None

    def _languages(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [{"language": r["language"] or "?", "count": r["count"]} for r in self._rows(sql, params)]

    def _newest(self, table: str = "d.") -> str:
        return f"ORDER BY {table}published DESC{self.NULLS_LAST}, {table}seq DESC"

    # --- the corpus ----------------------------------------------------------------------------
    def corpus_overview(self, *, outlets: int = 200) -> dict[str, Any]:
        """Documents and annotations counted, documents per language, the biggest ``outlets`` outlets."""
        return {
            "documents": int(self._scalar("SELECT COUNT(*) FROM documents")),
            "annotations": int(self._scalar("SELECT COUNT(*) FROM annotations")),
            "languages": self._languages(
                "SELECT language, COUNT(*) AS count FROM documents"
                f" GROUP BY language ORDER BY count DESC, language{self.COLLATE_BYTES}{self.NULLS_FIRST}"
            ),
            "outlets": self.outlet_page(limit=outlets)[0],
        }

    def document_page(
        self, filters: DocumentFilters = NO_FILTERS, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Documents matching ``filters``, newest first, with a short start of their text as ``snippet``;
        and how many match."""
        clauses, params = filters.conditions(table="d.")
        where = " AND ".join(clauses) or "1=1"
        total = int(self._scalar(f"SELECT COUNT(*) FROM documents d WHERE {where}", params))
        rows = self._rows(
            f"SELECT {DOC_LIST_COLUMNS}, substr(d.text, 1, 240) AS snippet FROM documents d"
            f" WHERE {where} {self._newest()} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return rows, total

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """List columns of the documents with these ids (unknown ids are left out)."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for lo in range(0, len(wanted), 500):
            chunk = wanted[lo : lo + 500]
            for row in self._rows(
                f"SELECT {DOC_LIST_COLUMNS} FROM documents d WHERE d.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[row["id"]] = row
        return found

    # --- entities ------------------------------------------------------------------------------
    def entity_counts(self, key: str) -> dict[str, Any] | None:
        """``{key, label, name, kb_id, mentions, documents}`` of one entity, or None if never mentioned."""
        rows = self._rows(
            "SELECT key, label, name, kb_id, mentions, documents FROM entity_counts WHERE key = ?", [key]
        )
        return rows[0] if rows else None

    def entity_periods(self, key: str) -> list[dict[str, Any]]:
        """``[{period: YYYY-MM, count}]``: documents mentioning the entity per month (dated ones)."""
        return self._rows(
            "SELECT period, documents AS count FROM entity_periods WHERE key = ? ORDER BY period", [key]
        )

    def entity_aliases(self, key: str, *, limit: int = 30) -> list[dict[str, Any]]:
        """The words the entity is written as, most used first."""
        mentions, times = entity_mentions_sql("text")
        return self._rows(
            f"SELECT text, COUNT(*) AS count FROM ({mentions}) AS m GROUP BY text ORDER BY count DESC, text{self.COLLATE_BYTES}"
            " LIMIT ?",
            [*[key] * times, limit],
        )

    def _entity_page_ids(self, key: str, limit: int, offset: int) -> list[str]:
        """Ids of one page of the entity's documents, newest first (undated last): one range of the
        ``entity_documents_newest`` index."""
        rows = self._execute(
            "SELECT doc_id FROM entity_documents WHERE key = ?"
            f" ORDER BY published DESC{self.NULLS_LAST}, seq DESC LIMIT ? OFFSET ?",
            (key, limit, offset),
        ).fetchall()
        return [r[0] for r in rows]

    def documents_in_order(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """List columns of the documents with these ids, in the order given."""
        found = self.documents_by_id(ids)
        return [found[i] for i in ids if i in found]

    def entity_documents(
        self, key: str, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """The documents mentioning the entity, newest first, and how many there are."""
        counts = self.entity_counts(key)
        if counts is None:
            return [], 0
        return self.documents_in_order(self._entity_page_ids(key, limit, offset)), int(counts["documents"])

    def entity_recent_documents(self, key: str) -> list[str]:
        """Ids of the entity's :data:`RECENT_DOCUMENTS` newest documents, what its page draws
        co-mentions, quotes and stories from."""
        return self._entity_page_ids(key, RECENT_DOCUMENTS, 0)

    def co_mentioned(self, key: str, doc_ids: Sequence[str], *, limit: int = 20) -> list[dict[str, Any]]:
        """Entities other than ``key`` in ``doc_ids``, by the number of those documents they are in."""
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        rows = self._rows(
            "SELECT COALESCE(kb_id, canonical, text) AS key, MIN(label) AS label,"
            " MAX(COALESCE(canonical, text)) AS name, COUNT(DISTINCT doc_id) AS documents"
            f" FROM annotations WHERE layer = 'entities' AND doc_id IN ({marks})"
            f" GROUP BY COALESCE(kb_id, canonical, text)"
            f" ORDER BY documents DESC, COALESCE(kb_id, canonical, text){self.COLLATE_BYTES} LIMIT ?",
            [*doc_ids, limit + 1],
        )
        return [r for r in rows if r["key"] != key][:limit]

    def entity_quotes(
        self, doc_ids: Sequence[str], *, names: Sequence[str], kb_id: str | None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Quotes in ``doc_ids`` whose speaker is the entity (by KB id or a name), newest first."""
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        rows = self._rows(
            'SELECT a.doc_id, a.start, a."end" AS end_, a.label, a.text, a.attrs, d.published, d.outlet, d.language'
            " FROM annotations a JOIN documents d ON d.id = a.doc_id"
            f" WHERE a.layer = 'quotes' AND a.doc_id IN ({marks}) {self._newest()}, a.start",
            doc_ids,
        )
        wanted = {n for n in names if n}
        quotes = []
        for row in rows:
            attrs = _attrs(row["attrs"])
            by_id = kb_id is not None and attrs.get("speaker_kb_id") == kb_id
            if by_id or attrs.get("speaker_canonical") in wanted or attrs.get("speaker") in wanted:
                row["attrs"], row["end"] = attrs, row.pop("end_")
                quotes.append(row)
                if len(quotes) == limit:
                    break
        titles = self.documents_by_id(q["doc_id"] for q in quotes)  # read only the kept quotes' documents
        for quote in quotes:
            quote["title"] = titles[quote["doc_id"]]["title"]
        return quotes

    def place_counts(self, *, limit: int = 300, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Places (GPE/LOC/FAC entities) by the number of documents naming them, with a sample of
        their attributes (coordinates, KB id); and how many places there are."""
        marks = ",".join("?" * len(PLACE_LABELS))
        total = int(
            self._scalar(f"SELECT COUNT(*) FROM entity_counts WHERE label IN ({marks})", PLACE_LABELS)
        )
        rows = self._rows(
            "SELECT key, label, name, kb_id, attrs, mentions, documents FROM entity_counts"
            # label || '': walk entity_counts_documents, the most mentioned first, and stop at the page
            # (by the label index SQLite would sort every place first)
            f" WHERE label || '' IN ({marks}) ORDER BY documents DESC, key{self.COLLATE_BYTES} LIMIT ? OFFSET ?",
            [*PLACE_LABELS, limit, offset],
        )
        for row in rows:
            row["attrs"] = _attrs(row["attrs"])
        return rows, total

    # --- outlets -------------------------------------------------------------------------------
    def outlet_page(self, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Outlets with their document counts, the biggest first; and how many outlets there are."""
        total = int(
            self._scalar(
                "SELECT COUNT(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL AND outlet != ''"
            )
        )
        rows = self._rows(
            "SELECT outlet, COUNT(*) AS count FROM documents WHERE outlet IS NOT NULL AND outlet != ''"
            f" GROUP BY outlet ORDER BY count DESC, outlet{self.COLLATE_BYTES} LIMIT ? OFFSET ?",
            [limit, offset],
        )
        return rows, total

    def outlet_documents(
        self, outlet: str, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """An outlet's documents, newest first, and how many it has."""
        return self.document_page(DocumentFilters(outlet=outlet), limit=limit, offset=offset)

    def outlet_volume(self, outlet: str) -> list[dict[str, Any]]:
        """``[{period: YYYY-MM, count}]``: the outlet's dated documents per month."""
        return self._rows(
            "SELECT substr(published, 1, 7) AS period, COUNT(*) AS count FROM documents"
            " WHERE outlet = ? AND published IS NOT NULL GROUP BY substr(published, 1, 7) ORDER BY period",
            [outlet],
        )

    def outlet_languages(self, outlet: str) -> list[dict[str, Any]]:
        """Documents of the outlet per language (``?`` for unknown)."""
        return self._languages(
            "SELECT language, COUNT(*) AS count FROM documents WHERE outlet = ?"
            f" GROUP BY language ORDER BY count DESC, language{self.COLLATE_BYTES}{self.NULLS_FIRST}",
            [outlet],
        )

    def outlet_citations(self, outlet: str, *, limit: int = 30) -> list[dict[str, Any]]:
        """Agencies and outlets cited in this outlet's documents (the ``sources`` layer)."""
        cited = self.JSON_FIELD.format(column="a.attrs", key="outlet")
        name = f"COALESCE({cited}, a.canonical, a.text)"
        return self._rows(
            f"SELECT a.label, {name} AS name, COUNT(DISTINCT a.doc_id) AS documents"
            " FROM annotations a JOIN documents d ON d.id = a.doc_id WHERE d.outlet = ? AND a.layer = 'sources'"
            f" GROUP BY a.label, {name} ORDER BY documents DESC, {name}{self.COLLATE_BYTES} LIMIT ?",
            [outlet, limit],
        )

    # --- stories (tables written by `rasid trace`) -----------------------------------------------
    _STORY_COLUMNS = (
        "s.id, s.root, s.title, s.size, s.languages, s.outlets, s.first_published, s.last_published"
    )

    def _story_rows(self, where: str, params: Sequence[Any], limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self._rows(
            f"SELECT {self._STORY_COLUMNS} FROM stories s {where}"
            f" ORDER BY s.size DESC, s.last_published DESC{self.NULLS_LAST}, s.id{self.COLLATE_BYTES} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        for row in rows:
            row["languages"] = json.loads(row["languages"] or "[]")
            row["outlets"] = json.loads(row["outlets"] or "[]")
        return rows

    def story_page(
        self, *, min_documents: int = 1, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Stories of at least ``min_documents`` documents, the biggest first; and how many there are."""
        total = int(self._scalar("SELECT COUNT(*) FROM stories WHERE size >= ?", [min_documents]))
        return self._story_rows("WHERE s.size >= ?", [min_documents], limit, offset), total

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story's summary row, found by its id, by a member document's id, or by a unique id prefix."""
        rows = self._story_rows("WHERE s.id = ?", [story_id], 1, 0)
        if not rows:
            rows = self._story_rows(
                "WHERE s.id IN (SELECT story_id FROM story_members WHERE doc_id = ?)", [story_id], 1, 0
            )
        if not rows and story_id:
            found = self._rows(
                f"SELECT id FROM stories WHERE id {self.LIKE_ANY_CASE} ? {LIKE_ESCAPE} LIMIT 2",
                [like_literal(story_id) + "%"],
            )
            if len(found) == 1:
                rows = self._story_rows("WHERE s.id = ?", [found[0]["id"]], 1, 0)
        return rows[0] if rows else None

    def story_members(
        self, story_id: str, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """A story's documents in publication order (undated last), and how many it has."""
        total = int(self._scalar("SELECT COUNT(*) FROM story_members WHERE story_id = ?", [story_id]))
        rows = self._rows(
            f"SELECT {DOC_LIST_COLUMNS} FROM story_members m JOIN documents d ON d.id = m.doc_id"
            " WHERE m.story_id = ? ORDER BY d.published IS NULL, d.published, d.seq LIMIT ? OFFSET ?",
            [story_id, limit, offset],
        )
        return rows, total

    def story_edges(self, story_id: str, doc_ids: Sequence[str], *, limit: int = 200) -> list[dict[str, Any]]:
        """Provenance edges of a story whose source is one of ``doc_ids`` (evidence JSON decoded)."""
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        rows = self._rows(
            "SELECT source, target, kind, score, basis, is_primary, evidence FROM story_edges"
            f" WHERE story_id = ? AND source IN ({marks}) LIMIT ?",
            [story_id, *doc_ids, limit],
        )
        return [
            {
                "from": r["source"],
                "to": r["target"],
                "kind": r["kind"],
                "score": r["score"],
                "basis": r["basis"],
                "primary": bool(r["is_primary"]),
                "evidence": _attrs(r["evidence"]),
            }
            for r in rows
        ]

    def story_external_sources(self, story_id: str, *, limit: int = 30) -> list[dict[str, Any]]:
        """A story's external origins, one row per (origin, kind) with the documents citing it that way."""
        rows = self._rows(
            "SELECT node, kind, MAX(outlet) AS outlet, MAX(url) AS url, MAX(kb_id) AS kb_id,"
            " COUNT(DISTINCT doc_id) AS documents, MIN(text) AS text FROM external_sources WHERE story_id = ?"
            f" GROUP BY node, kind ORDER BY documents DESC, node{self.COLLATE_BYTES} LIMIT ?",
            [story_id, limit],
        )
        return rows

    def stories_of_documents(self, doc_ids: Sequence[str], *, limit: int = 20) -> list[dict[str, Any]]:
        """The stories these documents belong to, the biggest first."""
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        return self._story_rows(
            f"WHERE s.id IN (SELECT story_id FROM story_members WHERE doc_id IN ({marks}))", doc_ids, limit, 0
        )

    # --- keeping entity_counts and entity_periods current ----------------------------------------
    @staticmethod
    def _entity_tally(rows: Iterable[Sequence[Any]]) -> dict[str, EntityTally]:
        """``key -> (mentions, label, name, kb_id, attrs)`` from ``(label, text, attrs, canonical, kb_id)`` rows."""
        mentions: Counter[str] = Counter()
        first: dict[str, tuple[str, str, str | None, str]] = {}
        for label, text, attrs, canonical, kb_id in rows:
            key = entity_key_of(kb_id, canonical, text)
            mentions[key] += 1
            first.setdefault(key, (label, canonical if canonical is not None else text, kb_id, attrs))
        return {key: (n, *first[key]) for key, n in mentions.items()}

    def _stored_entity_tally(self, doc_id: str) -> dict[str, EntityTally]:
        return self._entity_tally(
            self._execute(
                "SELECT label, text, attrs, canonical, kb_id FROM annotations WHERE doc_id = ? AND layer = 'entities'",
                (doc_id,),
            ).fetchall()
        )

    def _count_entity_change(
        self,
        doc_id: str,
        before: dict[str, EntityTally],
        after: dict[str, EntityTally],
    ) -> None:
        """Move ``entity_counts``, ``entity_periods`` and ``entity_documents`` from a document's old
        entities to its new ones."""
        counts: list[tuple[Any, ...]] = []
        periods: list[tuple[Any, ...]] = []
        row = self._execute("SELECT published, seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        published, seq = (row[0], row[1]) if row else (None, 0)
        period = str(published)[:7] if published else None
        gained = [(key, doc_id, published, seq) for key in after.keys() - before.keys()]
        lost = [(key, doc_id) for key in before.keys() - after.keys()]
        if gained:
            self._executemany(
                "INSERT INTO entity_documents(key, doc_id, published, seq) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key, doc_id) DO NOTHING",
                gained,
            )
        if lost:
            self._executemany("DELETE FROM entity_documents WHERE key = ? AND doc_id = ?", lost)
        for key in before.keys() | after.keys():
            old, new = before.get(key), after.get(key)
            mentions = (new[0] if new else 0) - (old[0] if old else 0)
            documents = (new is not None) - (old is not None)
            if not mentions and not documents:
                continue
            label, name, kb_id, attrs = (new or old)[1:]  # type: ignore[index]
            counts.append((key, label, name, kb_id, attrs, mentions, documents))
            if documents and period:
                periods.append((key, period, documents))
        if counts:
            self._executemany(
                "INSERT INTO entity_counts(key, label, name, kb_id, attrs, mentions, documents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET mentions = entity_counts.mentions + excluded.mentions,"
                " documents = entity_counts.documents + excluded.documents",
                counts,
            )
            dropped = [(c[0],) for c in counts if c[5] < 0]  # only a loss can leave a row at zero
            if dropped:
                self._executemany("DELETE FROM entity_counts WHERE key = ? AND mentions <= 0", dropped)
        if periods:
            self._executemany(
                "INSERT INTO entity_periods(key, period, documents) VALUES (?, ?, ?)"
                " ON CONFLICT (key, period) DO UPDATE SET documents = entity_periods.documents + excluded.documents",
                periods,
            )
            emptied = [p[:2] for p in periods if p[2] < 0]
            if emptied:
                self._executemany(
                    "DELETE FROM entity_periods WHERE key = ? AND period = ? AND documents <= 0", emptied
                )

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:  # provided by the store
        raise NotImplementedError
