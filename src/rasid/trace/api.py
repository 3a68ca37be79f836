"""Reading stories back: :func:`list_stories`, :func:`get_story`, :func:`export_graph`.

Shapes (stable; documented in docs/tracing.md, used by the web app):

* ``list_stories(store)`` -> ``[{"id", "root", "title", "size", "documents", "languages",
  "outlets", "first_published", "last_published", "external_sources": [outlet or url, ...]}]``
* ``get_story(store, id)`` -> ``{"id", "root", "title", "size", "documents": [ids],
  "members": [{"id", "title", "language", "outlet", "url", "published"}],
  "edges": [{"from", "to", "kind", "score", "basis", "primary", "evidence"}],
  "external_sources": [{"doc_id", "node", "kind", "outlet", "url", "kb_id", "text", "start", "end"}],
  "timeline": [{"date", "doc_id", "language", "outlet", "title"}],
  "merges": [{"into", "merged_story", "at", "documents", "relation", "reason", "decided_by"}],
  "languages", "outlets", "first_published", "last_published"}``
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rasid.errors import NotFoundError
from rasid.trace.features import DocFeatures
from rasid.trace.membership import Group, agreement, by_kind, event_anchors

_STORY_COLUMNS = "id, root, title, size, languages, outlets, first_published, last_published"


def _summary(conn: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    story_id = row[0]
    documents = [r[0] for r in conn.execute(
        "SELECT m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id WHERE m.story_id = ?"
        " ORDER BY d.published IS NULL, d.published, d.seq", (story_id,))]  # fmt: skip
    externals = sorted(
        {
            r[0]
            for r in conn.execute(
                "SELECT coalesce(outlet, url, text) FROM external_sources WHERE story_id = ?", (story_id,)
            )
        }
    )
    return _summary_from(row, documents, externals)


def list_stories(
    store: Any,
    *,
    min_documents: int = 1,
    limit: int | None = None,
    offset: int = 0,
    language: str | None = None,
) -> list[dict[str, Any]]:
    """Story summaries, largest first (then newest). ``min_documents=2`` hides lone documents with an origin."""
    sql = f"SELECT {_STORY_COLUMNS} FROM stories WHERE size >= ?"
    params: list[Any] = [min_documents]
    if language:
        sql += " AND languages LIKE ?"
        params.append(f'%"{language}"%')
    sql += " ORDER BY size DESC, last_published DESC, id LIMIT ? OFFSET ?"
    params += [limit if limit is not None else -1, offset]
    conn = store.conn
    rows = conn.execute(sql, params).fetchall()
    if not rows:
        return []
    # members and origins of all listed stories in two queries (the web app lists every story)
    wanted = [r[0] for r in rows]
    documents: dict[str, list[str]] = {sid: [] for sid in wanted}
    externals: dict[str, set[str]] = {sid: set() for sid in wanted}
    for lo in range(0, len(wanted), 500):
        chunk = wanted[lo : lo + 500]
        marks = ",".join("?" * len(chunk))
        for sid, doc_id in conn.execute(
            f"SELECT m.story_id, m.doc_id FROM story_members m JOIN documents d ON d.id = m.doc_id"
            f" WHERE m.story_id IN ({marks}) ORDER BY d.published IS NULL, d.published, d.seq",
            chunk,
        ):
            documents[sid].append(doc_id)
        for sid, name in conn.execute(
            f"SELECT story_id, coalesce(outlet, url, text) FROM external_sources WHERE story_id IN ({marks})",
            chunk,
        ):
            externals[sid].add(name)
    return [_summary_from(row, documents[row[0]], sorted(externals[row[0]])) for row in rows]


def _summary_from(row: tuple[Any, ...], documents: list[str], externals: list[str]) -> dict[str, Any]:
    return {
        "id": row[0],
        "root": row[1],
        "title": row[2],
        "size": row[3],
        "documents": documents,
        "languages": json.loads(row[4]),
        "outlets": json.loads(row[5]),
        "first_published": row[6],
        "last_published": row[7],
        "external_sources": externals,
    }


def get_story(store: Any, story_id: str) -> dict[str, Any]:
    """The full story: members, provenance edges with evidence, external origins, time line."""
    conn = store.conn
    row = conn.execute(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        # a document id (or a story id prefix) is accepted too: the story it belongs to
        found = conn.execute("SELECT story_id FROM story_members WHERE doc_id = ?", (story_id,)).fetchone()
        if found is None:
            found = conn.execute(
                "SELECT id FROM stories WHERE id LIKE ? LIMIT 2", (story_id.replace("%", "") + "%",)
            ).fetchall()
            found = found[0] if len(found) == 1 else None
        if found is None:
            found = _absorbed_into(conn, story_id)
        if found is None:
            raise NotFoundError(
                f"no story {story_id!r}; list stories with `rasid stories` (run `rasid trace` first)"
            )
        row = conn.execute(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (found[0],)).fetchone()
    story = _summary(conn, row)
    sid = story["id"]
    members = []
    for doc_id in story["documents"]:
        r = conn.execute(
            "SELECT id, title, language, outlet, url, published, text FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        title = r[1] or r[6].strip().split("\n", 1)[0][:120]
        members.append(
            {"id": r[0], "title": title, "language": r[2], "outlet": r[3], "url": r[4], "published": r[5]}
        )
    story["members"] = members
    story["timeline"] = [
        {
            "date": m["published"],
            "doc_id": m["id"],
            "language": m["language"],
            "outlet": m["outlet"],
            "title": m["title"],
        }
        for m in members
    ]
    story["edges"] = [
        {
            "from": s,
            "to": t,
            "kind": k,
            "score": sc,
            "basis": b,
            "primary": bool(p),
            "evidence": json.loads(ev),
        }
        for s, t, k, sc, b, p, ev in conn.execute(
            "SELECT source, target, kind, score, basis, is_primary, evidence FROM story_edges WHERE story_id = ?"
            " ORDER BY rowid",
            (sid,),
        )
    ]
    story["external_sources"] = [
        {
            "doc_id": d,
            "node": n,
            "kind": k,
            "outlet": o,
            "url": u,
            "kb_id": kb,
            "text": tx,
            "start": s,
            "end": e,
        }
        for d, n, k, o, u, kb, tx, s, e in conn.execute(
            'SELECT doc_id, node, kind, outlet, url, kb_id, text, start, "end" FROM external_sources'
            " WHERE story_id = ? ORDER BY rowid",
            (sid,),
        )
    ]
    story["merges"] = _merges(conn, sid)
    return story


def _absorbed_into(conn: Any, story_id: str) -> tuple[str] | None:
    """The live story that absorbed ``story_id`` (following merges of merges), or ``None``."""
    seen = {story_id}
    current = story_id
    while True:
        row = conn.execute(
            "SELECT story_id FROM story_merges WHERE merged_id = ? ORDER BY id DESC LIMIT 1", (current,)
        ).fetchone()
        if row is None or row[0] in seen:
            return None
        current = row[0]
        seen.add(current)
        if conn.execute("SELECT 1 FROM stories WHERE id = ?", (current,)).fetchone():
            return (current,)


def _merges(conn: Any, story_id: str) -> list[dict[str, Any]]:
    """Every merge that made this story what it is: into it, and into the stories it absorbed, oldest first."""
    rows: list[tuple[Any, ...]] = []
    wanted, seen = [story_id], {story_id}
    while wanted:
        current = wanted.pop()
        for row in conn.execute(
            "SELECT id, story_id, merged_id, documents, relation_a, relation_b, kind, score, reason, decided_by,"
            " merged_at FROM story_merges WHERE story_id = ?",
            (current,),
        ):
            rows.append(row)
            if row[2] not in seen:
                seen.add(row[2])
                wanted.append(row[2])
    return [
        {
            "into": into,
            "merged_story": merged,
            "at": at,
            "documents": json.loads(docs),
            "relation": {"a": a, "b": b, "kind": kind, "score": score} if kind else None,
            "reason": json.loads(reason),
            "decided_by": by,
        }
        for _, into, merged, docs, a, b, kind, score, reason, by, at in sorted(rows)
    ]


def explain_story(store: Any, story_id: str) -> dict[str, Any]:
    """Why each document is in the story, from what is stored: the story with an ``explain`` key.

    ``explain`` is ``{"core": anchors half the members hold, "documents": [{"id", "title", "language",
    "outlet", "published", "links", "agreement", "shared": {kind: [values]}, "entities": [{"kb_id",
    "label", "text", "start", "end"}], "dates": [{"value", "text", "start", "end"}], "relations": [...],
    "origins": [...]}]}``. A relation names the other document, its kind, score and direction, the shared
    passages and window (copies) or aligned sentences (translations, rewrites) with ``this``/``other``
    spans: code-point offsets into this document's text and the other's.
    """
    story = get_story(store, story_id)
    docs = {d: store.get_document(d, layers=True) for d in story["documents"]}
    anchors = {d: event_anchors(DocFeatures(doc)) for d, doc in docs.items()}
    core = Group.of(story["id"], anchors).core()
    edges_of: dict[str, list[dict[str, Any]]] = {}
    for e in story["edges"]:
        edges_of.setdefault(e["from"], []).append(e)
        if not e["to"].startswith("ext:"):
            edges_of.setdefault(e["to"], []).append(e)
    explained = []
    for member in story["members"]:
        doc_id = member["id"]
        doc = docs[doc_id]
        shared = anchors[doc_id] & core
        shared_ids = {v for k, v in shared if k == "kb_ids"}
        shared_dates = {v for k, v in shared if k == "dates"}
        relations = [
            _explain_edge(doc_id, e) for e in edges_of.get(doc_id, []) if not e["to"].startswith("ext:")
        ]
        explained.append(
            {
                **member,
                "founded": story["id"] == f"st-{doc_id}",
                "links": len(relations),
                "agreement": agreement(anchors[doc_id], core),
                "shared": by_kind(shared),
                "entities": _first_mentions(doc.layer("entities"), "kb_id", shared_ids),
                "dates": _first_mentions(doc.layer("dates"), "value", shared_dates),
                "relations": sorted(relations, key=lambda r: (-(r["score"] or 0), r["with"])),
                "origins": [
                    {k: o[k] for k in ("kind", "outlet", "url", "text", "start", "end")}
                    for o in story["external_sources"]
                    if o["doc_id"] == doc_id
                ],
            }
        )
    story["explain"] = {"core": by_kind(core), "documents": explained}
    return story


def _first_mentions(annotations: Any, attr: str, wanted: set[str]) -> list[dict[str, Any]]:
    """The first mention of each wanted value (a KB id, a date value) in the document, with its span."""
    out: dict[str, dict[str, Any]] = {}
    for ann in annotations:
        value = str(ann.attrs.get(attr) or "")
        if value in wanted and value not in out:
            key = "kb_id" if attr == "kb_id" else "value"
            out[value] = {
                key: value,
                "label": ann.label,
                "text": ann.text,
                "start": ann.start,
                "end": ann.end,
            }
    return sorted(out.values(), key=lambda m: (m["start"], m["end"]))


def _explain_edge(doc_id: str, edge: dict[str, Any]) -> dict[str, Any]:
    """One relation seen from ``doc_id``: spans as ``this``/``other`` instead of the relation's ``a``/``b``."""
    other = edge["to"] if edge["from"] == doc_id else edge["from"]
    # stored relations have a < b (rasid.trace.run sorts each pair), and their evidence says a and b
    this_side, other_side = ("a", "b") if doc_id < other else ("b", "a")
    evidence = edge["evidence"]

    def seen(item: dict[str, Any]) -> dict[str, Any]:
        out = {"this": item[this_side], "other": item[other_side]}
        return out | {k: v for k, v in item.items() if k not in ("a", "b")}

    out: dict[str, Any] = {
        "with": other,
        "kind": edge["kind"],
        "score": edge["score"],
        # this document copies / translates / rewrites the other, or the other derives from it
        "direction": "derives_from" if edge["from"] == doc_id else "source_of",
        "basis": edge["basis"],
        "shared": evidence.get("shared", {}),
    }
    if evidence.get("partial"):
        out["partial"] = True
    if evidence.get("window"):
        out["window"] = seen(evidence["window"])
    if evidence.get("passages"):
        out["passages"] = [seen(p) for p in evidence["passages"]]
    if evidence.get("sentence_pairs"):
        out["sentence_pairs"] = [seen(p) for p in evidence["sentence_pairs"]]
    return out


def stories_json(store: Any, story_id: str | None = None, *, min_documents: int = 1) -> dict[str, Any]:
    """``{"stories": [full story, ...]}``: one story, or all of them."""
    if story_id is not None:
        return {"stories": [get_story(store, story_id)]}
    return {"stories": [get_story(store, s["id"]) for s in list_stories(store, min_documents=min_documents)]}


def export_graph(store: Any, story_id: str | None = None, format: str = "graphml") -> str:
    """The provenance graph of one story (or all) as GraphML (Gephi, yEd) or JSON (browsers)."""
    data = stories_json(store, story_id)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    if format != "graphml":
        raise ValueError(f"unknown graph format {format!r}; use graphml or json")
    return _graphml(data["stories"])


def _graphml(stories: list[dict[str, Any]]) -> str:
    node_keys = ("label", "type", "language", "outlet", "published", "url", "story")
    edge_keys = ("kind", "score", "basis", "primary")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ]
    for key in node_keys:
        lines.append(f'  <key id="{key}" for="node" attr.name="{key}" attr.type="string"/>')
    for key in edge_keys:
        kind = "double" if key == "score" else "string"
        lines.append(f'  <key id="e_{key}" for="edge" attr.name="{key}" attr.type="{kind}"/>')
    lines.append('  <graph id="rasid" edgedefault="directed">')
    seen: set[str] = set()
    edge_n = 0
    for story in stories:
        for m in story["members"]:
            if m["id"] in seen:
                continue
            seen.add(m["id"])
            values = {"label": m["title"], "type": "document", "language": m["language"], "outlet": m["outlet"],
                      "published": m["published"], "url": m["url"], "story": story["id"]}  # fmt: skip
            lines.append(_node(m["id"], values))
        for ext in story["external_sources"]:
            if ext["node"] in seen:
                continue
            seen.add(ext["node"])
            values = {
                "label": ext["outlet"] or ext["url"] or ext["text"],
                "type": ext["kind"],
                "url": ext["url"],
                "story": story["id"],
            }
            lines.append(_node(ext["node"], values))
        for e in story["edges"]:
            edge_n += 1
            data = "".join(
                f'<data key="e_{k}">{escape(str(e[k]))}</data>' for k in edge_keys if e.get(k) is not None
            )
            lines.append(
                f'    <edge id="e{edge_n}" source={quoteattr(e["from"])} target={quoteattr(e["to"])}>{data}</edge>'
            )
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _node(node_id: str, values: dict[str, Any]) -> str:
    data = "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in values.items() if v is not None)
    return f"    <node id={quoteattr(node_id)}>{data}</node>"
