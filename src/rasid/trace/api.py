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
from rasid.store.base import SQLDocumentStore
from rasid.store.tracing import StoredMerge, StoryRow
from rasid.trace.features import DocFeatures
from rasid.trace.membership import Group, agreement, by_kind, event_anchors


def _summary(store: SQLDocumentStore, row: StoryRow) -> dict[str, Any]:
    documents = store.story_member_ids([row.id])[row.id]
    externals = sorted(store.story_origin_names([row.id])[row.id])
    return _summary_from(row, documents, externals)


def list_stories(
    store: SQLDocumentStore,
    *,
    min_documents: int = 1,
    limit: int | None = None,
    offset: int = 0,
    language: str | None = None,
) -> list[dict[str, Any]]:
    """Story summaries, largest first (then newest). ``min_documents=2`` hides lone documents with an origin."""
    rows = store.list_story_rows(min_documents=min_documents, language=language, limit=limit, offset=offset)
    if not rows:
        return []
    # members and origins of all listed stories at once (the web app lists every story)
    wanted = [row.id for row in rows]
    documents = store.story_member_ids(wanted)
    externals = store.story_origin_names(wanted)
    return [_summary_from(row, documents[row.id], sorted(externals[row.id])) for row in rows]


def _summary_from(row: StoryRow, documents: list[str], externals: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "root": row.root,
        "title": row.title,
        "size": row.size,
        "documents": documents,
        "languages": row.languages,
        "outlets": row.outlets,
        "first_published": row.first_published,
        "last_published": row.last_published,
        "external_sources": externals,
    }


def _find_story(store: SQLDocumentStore, story_id: str) -> StoryRow | None:
    """The story ``story_id`` names: its id, a member document's id, a unique id prefix, or the id of a
    story merged into it since."""
    row = store.story_row(story_id)
    if row is not None:
        return row
    found = store.story_of_document(story_id)
    if found is None:
        prefixed = store.story_ids_with_prefix(story_id, limit=2)
        found = prefixed[0] if len(prefixed) == 1 else None
    if found is None:
        found = _absorbed_into(store, story_id)
    return store.story_row(found) if found is not None else None


def get_story(store: SQLDocumentStore, story_id: str) -> dict[str, Any]:
    """The full story: members, provenance edges with evidence, external origins, time line."""
    row = _find_story(store, story_id)
    if row is None:
        raise NotFoundError(
            f"no story {story_id!r}; list stories with `rasid stories` (run `rasid trace` first)"
        )
    story = _summary(store, row)
    sid = story["id"]
    members = []
    stored = store.member_documents(story["documents"])
    for doc_id in story["documents"]:
        r = stored[doc_id]
        title = r.title or r.text.strip().split("\n", 1)[0][:120]
        members.append(
            {"id": r.id, "title": title, "language": r.language, "outlet": r.outlet, "url": r.url,
             "published": r.published}
        )  # fmt: skip
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
            "from": e.source,
            "to": e.target,
            "kind": e.kind,
            "score": e.score,
            "basis": e.basis,
            "primary": e.is_primary,
            "evidence": e.evidence,
        }
        for e in store.edges_of_story(sid)
    ]
    story["external_sources"] = [origin._asdict() for origin in store.origins_of_story(sid)]
    story["merges"] = _merges(store, sid)
    return story


def _absorbed_into(store: SQLDocumentStore, story_id: str) -> str | None:
    """The live story that absorbed ``story_id`` (following merges of merges), or ``None``."""
    seen = {story_id}
    current = story_id
    while True:
        into = store.story_merged_into(current)
        if into is None or into in seen:
            return None
        current = into
        seen.add(current)
        if store.story_exists(current):
            return current


def _merges(store: SQLDocumentStore, story_id: str) -> list[dict[str, Any]]:
    """Every merge that made this story what it is: into it, and into the stories it absorbed, oldest first."""
    rows: list[StoredMerge] = []
    wanted, seen = [story_id], {story_id}
    while wanted:
        current = wanted.pop()
        for row in store.merges_into_story(current):
            rows.append(row)
            if row.merged_id not in seen:
                seen.add(row.merged_id)
                wanted.append(row.merged_id)
    return [
        {
            "into": m.story_id,
            "merged_story": m.merged_id,
            "at": m.merged_at,
            "documents": m.documents,
            "relation": {"a": m.relation_a, "b": m.relation_b, "kind": m.kind, "score": m.score}
            if m.kind
            else None,
            "reason": m.reason,
            "decided_by": m.decided_by,
        }
        for m in sorted(rows, key=lambda m: m.id)
    ]


def explain_story(store: SQLDocumentStore, story_id: str) -> dict[str, Any]:
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
    if evidence.get("reworded"):
        out["reworded"] = True
    if evidence.get("window"):
        out["window"] = seen(evidence["window"])
    if evidence.get("passages"):
        out["passages"] = [seen(p) for p in evidence["passages"]]
    if evidence.get("sentence_pairs"):
        out["sentence_pairs"] = [seen(p) for p in evidence["sentence_pairs"]]
    return out


def stories_json(
    store: SQLDocumentStore, story_id: str | None = None, *, min_documents: int = 1
) -> dict[str, Any]:
    """``{"stories": [full story, ...]}``: one story, or all of them."""
    if story_id is not None:
        return {"stories": [get_story(store, story_id)]}
    return {"stories": [get_story(store, s["id"]) for s in list_stories(store, min_documents=min_documents)]}


def export_graph(store: SQLDocumentStore, story_id: str | None = None, format: str = "graphml") -> str:
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
