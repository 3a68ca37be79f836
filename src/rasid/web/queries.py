"""Read-only SQL the web views need beyond ``store.search``/``get_document``.

Written against the documented tables of ``rasid.store`` (``documents``, ``annotations`` with
``canonical``/``kb_id`` columns). Every query is parameterised; nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from rasid.store.base import document_filters

#: Columns of ``documents`` the lists and downloads show.
DOC_COLUMNS = ("id", "title", "outlet", "language", "published", "url")

#: A title for lists: the stored title, else the start of the text (untitled articles happen).
TITLE = "COALESCE(NULLIF(title, ''), substr(text, 1, 90)) AS title"

#: Entity labels that name a place (shown on the map).
PLACE_LABELS = ("GPE", "LOC", "FAC")


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, tuple(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=False)) for row in cur.fetchall()]


def _attrs(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?", (name,))
    return row.fetchone() is not None


# --- corpus overview -----------------------------------------------------------------------------


def corpus_overview(conn: sqlite3.Connection) -> dict[str, Any]:
    documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    annotations = conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
    languages = _rows(
        conn,
        "SELECT COALESCE(language, '?') AS language, COUNT(*) AS count FROM documents "
        "GROUP BY 1 ORDER BY count DESC",
    )
    outlets = _rows(
        conn,
        "SELECT outlet, COUNT(*) AS count FROM documents WHERE outlet IS NOT NULL AND outlet != '' "
        "GROUP BY outlet ORDER BY count DESC, outlet LIMIT 200",
    )
    return {"documents": documents, "annotations": annotations, "languages": languages, "outlets": outlets}


def browse_documents(
    conn: sqlite3.Connection,
    *,
    language: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    doc_ids: Iterable[str] | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """Documents matching the filters, newest first, with the total count (for an empty query)."""
    where, params = document_filters(language, outlet, since, until)
    where.insert(0, "1=1")
    if doc_ids is not None:
        ids = list(doc_ids)
        if not ids:
            return [], 0
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    clause = " AND ".join(where)
    total = conn.execute(f"SELECT COUNT(*) FROM documents WHERE {clause}", params).fetchone()[0]
    rows = _rows(
        conn,
        f"SELECT id, {TITLE}, outlet, language, published, url, substr(text, 1, 240) AS snippet "
        f"FROM documents WHERE {clause} ORDER BY published DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return rows, total


def documents_by_id(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    ids = list(dict.fromkeys(ids))
    out: dict[str, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for row in _rows(
            conn,
            f"SELECT id, {TITLE}, outlet, language, published, url FROM documents "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[row["id"]] = row
    return out


# --- entities ------------------------------------------------------------------------------------


def entity_key(attrs: dict[str, Any], text: str) -> str:
    """How the web app names an entity in URLs: its KB id, else its canonical name, else its text."""
    return str(attrs.get("kb_id") or attrs.get("canonical") or text)


def entity_mentions(conn: sqlite3.Connection, key: str) -> list[dict[str, Any]]:
    """Every ``entities`` annotation for ``key`` (a KB id, a canonical name, or surface text)."""
    sql = (
        'SELECT a.doc_id, a.start, a."end" AS end_, a.label, a.text, a.attrs, a.canonical, a.kb_id, '
        "d.published, d.title, d.outlet, d.language FROM annotations a JOIN documents d ON d.id = a.doc_id "
        "WHERE a.layer = 'entities' AND {cond} ORDER BY d.published, a.doc_id, a.start"
    )
    rows = _rows(conn, sql.format(cond="(a.kb_id = ? OR a.canonical = ?)"), [key, key])
    if not rows:
        rows = _rows(conn, sql.format(cond="a.text = ?"), [key])
    for row in rows:
        row["attrs"] = _attrs(row["attrs"])
        row["end"] = row.pop("end_")
    return rows


def quotes_by(
    conn: sqlite3.Connection, *, names: Iterable[str], kb_id: str | None, limit: int = 100
) -> list[dict[str, Any]]:
    """Quotes whose speaker is this entity (by speaker KB id, canonical name, or a name used)."""
    names = [n for n in dict.fromkeys(names) if n]
    conds, params = [], []
    if kb_id:
        conds.append("json_extract(a.attrs, '$.speaker_kb_id') = ?")
        params.append(kb_id)
    if names:
        marks = ",".join("?" * len(names))
        conds.append(f"json_extract(a.attrs, '$.speaker_canonical') IN ({marks})")
        conds.append(f"json_extract(a.attrs, '$.speaker') IN ({marks})")
        params.extend(names + names)
    if not conds:
        return []
    rows = _rows(
        conn,
        'SELECT a.doc_id, a.start, a."end" AS end_, a.label, a.text, a.attrs, d.published, '
        "COALESCE(NULLIF(d.title, ''), substr(d.text, 1, 90)) AS title, "
        "d.outlet, d.language FROM annotations a JOIN documents d ON d.id = a.doc_id "
        f"WHERE a.layer = 'quotes' AND ({' OR '.join(conds)}) ORDER BY d.published DESC LIMIT ?",
        [*params, limit],
    )
    for row in rows:
        row["attrs"] = _attrs(row["attrs"])
        row["end"] = row.pop("end_")
    return rows


def co_mentioned(conn: sqlite3.Connection, doc_ids: Sequence[str], exclude: str, limit: int = 20):
    """Other entities in the same documents, by the number of documents they share."""
    if not doc_ids:
        return []
    counts: Counter[str] = Counter()
    names: dict[str, Counter[str]] = {}
    labels: dict[str, str] = {}
    ids = list(doc_ids)[:2000]
    rows = _rows(
        conn,
        "SELECT DISTINCT doc_id, label, text, canonical, kb_id FROM annotations "
        f"WHERE layer = 'entities' AND doc_id IN ({','.join('?' * len(ids))})",
        ids,
    )
    seen: set[tuple[str, str]] = set()
    for row in rows:
        key = row["kb_id"] or row["canonical"] or row["text"]
        if key == exclude:
            continue
        names.setdefault(key, Counter())[row["canonical"] or row["text"]] += 1
        labels.setdefault(key, row["label"])
        if (row["doc_id"], key) not in seen:
            seen.add((row["doc_id"], key))
            counts[key] += 1
    return [
        {"key": key, "name": names[key].most_common(1)[0][0], "label": labels[key], "documents": n}
        for key, n in counts.most_common(limit)
    ]


def entity_doc_ids(conn: sqlite3.Connection, key: str) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT doc_id FROM annotations WHERE layer = 'entities' AND (kb_id = ? OR canonical = ?)",
        (key, key),
    ).fetchall()
    if not rows:
        rows = conn.execute(
            "SELECT DISTINCT doc_id FROM annotations WHERE layer = 'entities' AND text = ?", (key,)
        ).fetchall()
    return [r[0] for r in rows]


# --- outlets -------------------------------------------------------------------------------------


def outlet_documents(conn: sqlite3.Connection, outlet: str, limit: int = 50) -> list[dict[str, Any]]:
    return _rows(
        conn,
        f"SELECT id, {TITLE}, outlet, language, published, url FROM documents WHERE outlet = ? "
        "ORDER BY published DESC LIMIT ?",
        [outlet, limit],
    )


def outlet_volume(conn: sqlite3.Connection, outlet: str) -> list[dict[str, Any]]:
    return _rows(
        conn,
        "SELECT substr(published, 1, 7) AS period, COUNT(*) AS count FROM documents "
        "WHERE outlet = ? AND published IS NOT NULL GROUP BY 1 ORDER BY 1",
        [outlet],
    )


def outlet_languages(conn: sqlite3.Connection, outlet: str) -> list[dict[str, Any]]:
    return _rows(
        conn,
        "SELECT COALESCE(language, '?') AS language, COUNT(*) AS count FROM documents WHERE outlet = ? "
        "GROUP BY 1 ORDER BY count DESC",
        [outlet],
    )


def outlet_citations(conn: sqlite3.Connection, outlet: str, limit: int = 30) -> list[dict[str, Any]]:
    """Agencies and outlets cited in this outlet's articles (the ``sources`` layer)."""
    rows = _rows(
        conn,
        "SELECT a.label, COALESCE(json_extract(a.attrs, '$.outlet'), a.canonical, a.text) AS name, "
        "COUNT(DISTINCT a.doc_id) AS documents FROM annotations a JOIN documents d ON d.id = a.doc_id "
        "WHERE d.outlet = ? AND a.layer = 'sources' GROUP BY 1, 2 ORDER BY documents DESC, name LIMIT ?",
        [outlet, limit],
    )
    return rows


# --- map -----------------------------------------------------------------------------------------


def place_mentions(conn: sqlite3.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """Places (GPE/LOC/FAC entities) grouped by KB id or canonical name, with their attrs."""
    marks = ",".join("?" * len(PLACE_LABELS))
    rows = _rows(
        conn,
        "SELECT COALESCE(kb_id, canonical, text) AS key, MIN(label) AS label, "
        "MAX(COALESCE(canonical, text)) AS name, MAX(kb_id) AS kb_id, MAX(attrs) AS attrs, "
        "COUNT(*) AS mentions, COUNT(DISTINCT doc_id) AS documents FROM annotations "
        f"WHERE layer = 'entities' AND label IN ({marks}) GROUP BY 1 ORDER BY documents DESC LIMIT ?",
        [*PLACE_LABELS, limit],
    )
    for row in rows:
        row["attrs"] = _attrs(row["attrs"])
    return rows


def mentions_by_period(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Count distinct documents per month from mention rows carrying ``published``/``doc_id``."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        published = row.get("published")
        if not published:
            continue
        seen.setdefault(str(published)[:7], set()).add(row["doc_id"])
    return [{"period": p, "count": len(ids)} for p, ids in sorted(seen.items())]
