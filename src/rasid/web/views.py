"""Each page is one function that builds a plain data dict; the app renders it as HTML or JSON.

Views only read. They take a `WebContext` (open store + cached overview) and validated parameters, and raise
``NotFoundError`` for an unknown id (the app turns that into a 404 in the JSON error shape).
"""

from __future__ import annotations

import importlib
import sqlite3
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

from rasid.errors import NotFoundError
from rasid.web import charts, queries
from rasid.web.highlight import READER_LAYERS, annotation_view, mark_terms, query_terms, segment_text

#: Languages written right to left.
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps"}

#: Fields of a search result, in the order the CSV download uses.
RESULT_FIELDS = ("id", "title", "outlet", "language", "published", "url", "score", "snippet")

#: How many store hits to scan when an entity/story filter narrows the result set afterwards.
FILTER_SCAN_LIMIT = 2000


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) link, else ``None`` (so ``javascript:`` never becomes a link)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\x00\r\n\t <>\"'`"):
        return None
    return url


def text_direction(language: str | None) -> str:
    return "rtl" if (language or "") in RTL_LANGUAGES else "ltr"


# --- stories (the tracing area's API, used when it is installed) -----------------------------------


def _trace():
    try:
        return importlib.import_module("rasid.trace")
    except ImportError:
        return None


def list_stories(store) -> list[dict[str, Any]]:
    trace = _trace()
    if trace is None or not hasattr(trace, "list_stories"):
        return []
    try:
        stories = trace.list_stories(store)
    except Exception:  # tracing tables absent in an old database: no stories, the rest still works
        return []
    if isinstance(stories, dict):
        stories = stories.get("stories", [])
    return [_story_dict(s) for s in stories or []]


def get_story(store, story_id: str) -> dict[str, Any]:
    trace = _trace()
    if trace is None or not hasattr(trace, "get_story"):
        raise NotFoundError(f"story {story_id!r} not found: story tracing is not available")
    try:
        story = trace.get_story(store, story_id)
    except (LookupError, KeyError) as exc:
        raise NotFoundError(f"story {story_id!r} not found") from exc
    except sqlite3.OperationalError as exc:  # no story tables: `rasid trace` never ran on this database
        raise NotFoundError(
            f"story {story_id!r} not found: run `rasid trace` on this database first"
        ) from exc
    if story is None:
        raise NotFoundError(f"story {story_id!r} not found")
    return _story_dict(story)


def _story_dict(story: Any) -> dict[str, Any]:
    if isinstance(story, dict):
        return story
    if hasattr(story, "to_dict"):
        return story.to_dict()
    return dict(vars(story))


def stories_containing(stories: list[dict[str, Any]], doc_ids: set[str]) -> list[dict[str, Any]]:
    return [s for s in stories if doc_ids & set(s.get("documents") or [])]


def story_summary(story: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    members = [docs[d] for d in story.get("documents") or [] if d in docs]
    root = docs.get(story.get("root") or "")
    return {
        "id": str(story.get("id")),
        "title": story.get("title")
        or (root or (members[0] if members else {})).get("title")
        or str(story.get("id")),
        "documents": len(story.get("documents") or []),
        "languages": sorted({m.get("language") or "?" for m in members}),
        "outlets": sorted({m.get("outlet") for m in members if m.get("outlet")}),
        "first": min((str(m["published"]) for m in members if m.get("published")), default=None),
    }


# --- search ----------------------------------------------------------------------------------------


def search_view(
    ctx,
    *,
    q: str = "",
    language: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    story: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict[str, Any]:
    q = (q or "").strip()
    conn = ctx.conn
    restrict: set[str] | None = None
    if entity:
        restrict = set(queries.entity_doc_ids(conn, entity))
    if story:
        members = set(get_story(ctx.store, story).get("documents") or [])
        restrict = members if restrict is None else restrict & members
    terms = query_terms(q) if q else []
    if q:
        if restrict is None:
            hits = _store_search(
                ctx.store,
                q,
                language=language,
                outlet=outlet,
                since=since,
                until=until,
                limit=limit + 1,
                offset=offset,
            )
            has_more = len(hits) > limit
            hits = hits[:limit]
            total = None if has_more else offset + len(hits)
        else:
            scanned = _store_search(
                ctx.store,
                q,
                language=language,
                outlet=outlet,
                since=since,
                until=until,
                limit=FILTER_SCAN_LIMIT,
            )
            kept = [h for h in scanned if h.id in restrict]
            total = len(kept)
            hits = kept[offset : offset + limit]
            has_more = offset + limit < total
        results = [_hit_dict(h) for h in hits]
        untitled = [r["id"] for r in results if not r.get("title")]
        if untitled:
            found = queries.documents_by_id(ctx.conn, untitled)
            for r in results:
                if not r.get("title") and r["id"] in found:
                    r["title"] = found[r["id"]]["title"]
    else:
        rows, total = queries.browse_documents(
            conn,
            language=language,
            outlet=outlet,
            since=since,
            until=until,
            doc_ids=restrict,
            limit=limit,
            offset=offset,
        )
        has_more = offset + limit < total
        results = [{**r, "score": None} for r in rows]
    for r in results:
        r["snippet_pieces"] = r.pop("_pieces", None) or mark_terms(r.get("snippet") or "", terms)
        r["dir"] = text_direction(r.get("language"))
        r["url"] = safe_url(r.get("url"))
    overview = ctx.overview()
    return {
        "page": "search",
        "query": q,
        "terms": terms,
        "filters": {
            "language": language,
            "outlet": outlet,
            "since": since,
            "until": until,
            "entity": entity,
            "story": story,
        },
        "limit": limit,
        "offset": offset,
        "total": total,
        "has_more": has_more,
        "results": results,
        "facets": {"languages": overview["languages"], "outlets": overview["outlets"]},
        "overview": {"documents": overview["documents"], "annotations": overview["annotations"]},
    }


#: Hit markers asked of the store: control characters that never appear in rendered pieces.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def _store_search(store, q: str, **kwargs: Any) -> list[Any]:
    try:
        return store.search(q, mark=(MARK_OPEN, MARK_CLOSE), **kwargs)
    except TypeError:  # a store without the ``mark`` option: the web app marks hits itself
        return store.search(q, **kwargs)


def _hit_dict(hit: Any) -> dict[str, Any]:
    if isinstance(hit, dict):
        data = dict(hit)
    elif hasattr(hit, "to_dict"):
        data = hit.to_dict()
    elif hasattr(hit, "__dataclass_fields__"):
        data = {k: getattr(hit, k) for k in hit.__dataclass_fields__}
    else:
        data = {k: getattr(hit, k, None) for k in RESULT_FIELDS}
    raw = str(data.get("snippet") or "")
    out = {k: data.get(k) for k in RESULT_FIELDS}
    out["snippet"] = raw.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    if MARK_OPEN in raw:
        out["_pieces"] = snippet_pieces(raw)
    return out


def snippet_pieces(marked: str) -> list[tuple[str, bool]]:
    """``(piece, is_hit)`` pairs from a snippet whose hits the store wrapped in MARK_OPEN/MARK_CLOSE."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(marked.split(MARK_OPEN)):
        if i == 0:
            if part:
                pieces.append((part.replace(MARK_CLOSE, ""), False))
            continue
        hit, _, rest = part.partition(MARK_CLOSE)
        if hit:
            pieces.append((hit, True))
        if rest:
            pieces.append((rest.replace(MARK_CLOSE, ""), False))
    return pieces


# --- article ---------------------------------------------------------------------------------------


def article_view(ctx, doc_id: str) -> dict[str, Any]:
    try:
        doc = ctx.store.get_document(doc_id)
    except NotFoundError as exc:  # the store's message names the database path: not for web clients
        raise NotFoundError(f"document {doc_id!r} not found") from exc
    text = doc.text
    anns: list[dict[str, Any]] = []
    spans: list[tuple[str, str, int, int]] = []
    counter = 0
    for layer in READER_LAYERS:
        for ann in doc.layer(layer):
            counter += 1
            ann_id = f"a{counter}"
            view = annotation_view(ann_id, ann, text)
            if layer == "entities":
                view["entity_key"] = queries.entity_key(view["attrs"], ann.text)
            if layer == "sources":
                view["link"] = safe_url(view["attrs"].get("url"))
            anns.append(view)
            spans.append((ann_id, layer, ann.start, ann.end))
    segments = segment_text(text, spans)
    summaries = {a["id"]: f"{a['text']} — {a['summary']}" for a in anns}
    facts = {layer: [a for a in anns if a["layer"] == layer] for layer in READER_LAYERS}
    stories = stories_containing(ctx.stories(), {doc.id})
    return {
        "page": "article",
        "document": {
            "id": doc.id,
            "title": doc.title,
            "outlet": doc.outlet,
            "author": doc.author,
            "language": doc.language,
            "published": doc.published,
            "url": safe_url(doc.url),
            "raw_url": doc.url,
            "dir": text_direction(doc.language),
            "length": len(text),
        },
        "text": text,
        "segments": [
            {
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "ann_ids": list(s.ann_ids),
                "layers": list(s.layers),
                "starts": list(s.starts),
                "tip": "\n".join(summaries[i] for i in s.ann_ids),
            }
            for s in segments
        ],
        "annotations": anns,
        "facts": facts,
        "layers": [layer for layer in READER_LAYERS if facts[layer]],
        "stories": [{"id": str(s.get("id")), "documents": len(s.get("documents") or [])} for s in stories],
    }


# --- entity ----------------------------------------------------------------------------------------


def entity_view(ctx, key: str) -> dict[str, Any]:
    conn = ctx.conn
    mentions = queries.entity_mentions(conn, key)
    if not mentions:
        raise NotFoundError(f"entity {key!r} not found")
    aliases = Counter(m["text"] for m in mentions)
    canonical = Counter(m["canonical"] or m["attrs"].get("canonical") or m["text"] for m in mentions)
    name = canonical.most_common(1)[0][0]
    kb_id = next(
        (m["kb_id"] or m["attrs"].get("kb_id") for m in mentions if m["kb_id"] or m["attrs"].get("kb_id")),
        None,
    )
    labels = Counter(m["label"] for m in mentions)
    doc_ids = list(dict.fromkeys(m["doc_id"] for m in mentions))
    docs = queries.documents_by_id(conn, doc_ids)
    quotes = queries.quotes_by(conn, names=[name, *aliases], kb_id=kb_id)
    for quote in quotes:
        quote["dir"] = text_direction(quote.get("language"))
    stories = stories_containing(ctx.stories(), set(doc_ids))
    story_docs = queries.documents_by_id(conn, [d for s in stories for d in s.get("documents") or []])
    series = queries.mentions_by_period(mentions)
    return {
        "page": "entity",
        "key": key,
        "name": name,
        "kb_id": kb_id,
        "label": labels.most_common(1)[0][0],
        "mentions": len(mentions),
        "documents": len(doc_ids),
        "aliases": [{"text": t, "count": n} for t, n in aliases.most_common()],
        "over_time": series,
        "chart": charts.bar_chart(series),
        "quotes": quotes,
        "co_mentioned": queries.co_mentioned(conn, doc_ids, key),
        "stories": [story_summary(s, story_docs) for s in stories],
        "articles": sorted(docs.values(), key=lambda d: str(d.get("published") or ""), reverse=True)[:50],
    }


# --- stories ---------------------------------------------------------------------------------------


def stories_view(ctx) -> dict[str, Any]:
    stories = ctx.stories()
    docs = queries.documents_by_id(ctx.conn, [d for s in stories for d in s.get("documents") or []])
    summaries = [story_summary(s, docs) for s in stories]
    summaries.sort(key=lambda s: (-s["documents"], s["first"] or ""))
    return {"page": "stories", "stories": summaries}


def story_view(ctx, story_id: str) -> dict[str, Any]:
    story = get_story(ctx.store, story_id)
    member_ids = list(story.get("documents") or [])
    docs = queries.documents_by_id(ctx.conn, member_ids)
    members = [docs[d] for d in member_ids if d in docs]
    members.sort(key=lambda d: str(d.get("published") or ""))
    by_language: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        by_language[m.get("language") or "?"].append(m)
    return {
        "page": "story",
        "story": story,
        "summary": story_summary(story, docs),
        "members": members,
        "by_language": dict(by_language),
        "graph": charts.provenance_layout(story, docs),
        "timeline_chart": charts.timeline_layout(members),
        "external_sources": _dedupe_external(
            [_external_view(x) for x in story.get("external_sources") or []]
        ),
        "relations": [_relation_view(e, docs) for e in story.get("edges") or []],
    }


def _dedupe_external(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (origin, kind), counting the documents that cite it that way."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        key = (item["name"], str(item.get("kind") or ""))
        row = rows.setdefault(key, {**item, "documents": 0, "evidence": []})
        row["documents"] += 1
        if item.get("text"):
            row["evidence"].append({"doc_id": item.get("doc_id"), "text": item["text"]})
        row["link"] = row.get("link") or item.get("link")
    return list(rows.values())


def _relation_view(edge: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def end(node: Any) -> dict[str, Any]:
        node = str(node)
        meta = docs.get(node)
        if meta:
            return {"id": node, "name": meta.get("outlet") or meta.get("title") or node, "href": f"/doc/{node}",
                    "language": meta.get("language")}  # fmt: skip
        return {"id": node, "name": node.removeprefix("ext:"), "href": None, "language": None}

    evidence = edge.get("evidence") if isinstance(edge.get("evidence"), dict) else {}
    passages = evidence.get("passages") or []
    pairs = evidence.get("sentence_pairs") or []
    shared = [p.get("text") for p in passages if isinstance(p, dict) and p.get("text")]
    return {
        "from": end(edge.get("from")),
        "to": end(edge.get("to")),
        "kind": edge.get("kind"),
        "score": edge.get("score"),
        "basis": edge.get("basis"),
        "primary": edge.get("primary", True) is not False,
        "shared_passage": shared[0] if shared else (evidence.get("text") or None),
        "aligned_sentences": len(pairs),
    }


def _external_view(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        data = dict(item)
        data["link"] = safe_url(item.get("url"))
        data["name"] = str(
            item.get("name") or item.get("outlet") or item.get("label") or item.get("url") or "?"
        )
        return data
    return {"name": str(item), "link": None}


# --- outlets ---------------------------------------------------------------------------------------


def outlets_view(ctx) -> dict[str, Any]:
    return {"page": "outlets", "outlets": ctx.overview()["outlets"]}


def outlet_view(ctx, outlet: str) -> dict[str, Any]:
    conn = ctx.conn
    articles = queries.outlet_documents(conn, outlet)
    if not articles:
        raise NotFoundError(f"outlet {outlet!r} not found")
    volume = queries.outlet_volume(conn, outlet)
    return {
        "page": "outlet",
        "outlet": outlet,
        "volume": volume,
        "chart": charts.bar_chart(volume),
        "languages": queries.outlet_languages(conn, outlet),
        "cites": queries.outlet_citations(conn, outlet),
        "articles": articles,
    }


# --- map -------------------------------------------------------------------------------------------


def map_view(ctx) -> dict[str, Any]:
    from rasid.web import places

    located, unlocated = [], []
    for row in queries.place_mentions(ctx.conn):
        point = places.locate(row)
        item = {
            "key": row["key"],
            "name": row["name"],
            "label": row["label"],
            "kb_id": row["kb_id"],
            "documents": row["documents"],
            "mentions": row["mentions"],
            **point,
        }
        (located if point.get("lat") is not None or point.get("iso_numeric") else unlocated).append(item)
    return {"page": "map", "places": located, "unlocated": unlocated}
