"""Each page is one function that builds a plain data dict; the app renders it as HTML or JSON.

Views only read. They take a `WebContext` (open store + cached overview) and validated parameters, and raise
``NotFoundError`` for an unknown id (the app turns that into a 404 in the JSON error shape).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

from rasid.errors import NotFoundError, StoreError
from rasid.store.base import SearchHit
from rasid.store.browse import entity_key_of
from rasid.store.filters import NO_FILTERS, DocumentFilters
from rasid.web import charts, places
from rasid.web.highlight import (
    READER_LAYERS,
    Utf16Offsets,
    annotation_view,
    mark_terms,
    query_terms,
    segment_text,
)

#: Languages written right to left.
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps"}

#: Fields of a search result, in the order the CSV download uses.
RESULT_FIELDS = ("id", "title", "outlet", "language", "published", "url", "score", "snippet")

#: The most items one page of any list holds (``limit`` is refused above it), and the deepest page.
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
#: Story members drawn in the provenance graph and timeline (a page of members at most).
GRAPH_MEMBERS = 40


@dataclass(frozen=True, slots=True)
class Paging:
    """One page of a list: 1-based ``page`` of ``limit`` items, out of ``total`` counted in SQL."""

    page: int
    limit: int
    total: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    def to_dict(self) -> dict[str, Any]:
        pages = max(1, -(-self.total // self.limit))
        return {
            "page": self.page,
            "limit": self.limit,
            "total": self.total,
            "pages": pages,
            "offset": self.offset,
            "has_previous": self.page > 1,
            "has_next": self.page < pages,
        }


def entity_key(attrs: dict[str, Any], text: str) -> str:
    """How the web app names an entity in URLs: the key ``entity_counts`` holds it under."""
    kb_id, canonical = attrs.get("kb_id"), attrs.get("canonical")
    return entity_key_of(
        str(kb_id) if kb_id is not None else None, canonical if isinstance(canonical, str) else None, text
    )


def _stories_or_none(read: Any) -> list[dict[str, Any]]:
    """Story rows, or none where the database has no story tables (PostgreSQL, for now)."""
    try:
        return read()
    except StoreError:
        return []


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


def story_summary(row: dict[str, Any]) -> dict[str, Any]:
    """What lists show of a story row from the store."""
    return {
        "id": str(row["id"]),
        "title": row.get("title") or str(row["id"]),
        "documents": int(row.get("size") or 0),
        "languages": sorted(row.get("languages") or []),
        "outlets": sorted(row.get("outlets") or []),
        "first": row.get("first_published"),
        "last": row.get("last_published"),
    }


# --- search ----------------------------------------------------------------------------------------


def search_view(
    ctx, *, q: str = "", filters: DocumentFilters = NO_FILTERS, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """Search results (or, with no words, the newest documents), filtered, one page at a time.

    Totals are counted in SQL. A search counts its matches up to the store's bound
    (``SEARCH_CANDIDATES``): past it, ``total`` is that bound and ``total_capped`` is true.
    """
    q = (q or "").strip()
    store = ctx.store
    terms = query_terms(q) if q else []
    capped = False
    if q:
        cap = store.SEARCH_CANDIDATES
        counted = store.search_count(q, filters, cap=cap)
        capped = counted > cap
        total = min(counted, cap)
        hits = (
            store.search(q, filters, limit=limit, offset=offset, mark=(MARK_OPEN, MARK_CLOSE))
            if offset < total else []
        )  # fmt: skip
        results = [_hit_dict(h) for h in hits]
    else:
        rows, total = store.document_page(filters, limit=limit, offset=offset)
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
        "filters": asdict(filters),
        "limit": limit,
        "offset": offset,
        "total": total,
        "total_capped": capped,
        "has_more": offset + limit < total,
        "results": results,
        "facets": {"languages": overview["languages"], "outlets": overview["outlets"]},
        "overview": {"documents": overview["documents"], "annotations": overview["annotations"]},
    }


#: Hit markers asked of the store: control characters that never appear in rendered pieces.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def _hit_dict(hit: SearchHit) -> dict[str, Any]:
    """A search result as the page and the API show it (the hit's match offsets are left out)."""
    out = {k: getattr(hit, k) for k in RESULT_FIELDS}
    raw = hit.snippet
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
    utf16 = Utf16Offsets(text)
    counter = 0
    for layer in READER_LAYERS:
        for ann in doc.layer(layer):
            counter += 1
            ann_id = f"a{counter}"
            view = annotation_view(ann_id, ann, text, utf16)
            if layer == "entities":
                view["entity_key"] = entity_key(view["attrs"], ann.text)
            if layer == "sources":
                view["link"] = safe_url(view["attrs"].get("url"))
            anns.append(view)
            spans.append((ann_id, layer, ann.start, ann.end))
    segments = segment_text(text, spans)
    # a highlight's tooltip: what its annotations say (the words are under the pointer already)
    summaries = {a["id"]: a["summary"] for a in anns}
    facts = {layer: [a for a in anns if a["layer"] == layer] for layer in READER_LAYERS}
    stories = _stories_or_none(lambda: ctx.store.stories_of_documents([doc.id]))
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
        "stories": [{"id": str(s["id"]), "documents": int(s["size"])} for s in stories],
    }


# --- entity ----------------------------------------------------------------------------------------


def entity_view(ctx, key: str, *, page: int = 1, limit: int = 50) -> dict[str, Any]:
    """An entity: totals, aliases, months, one page of its documents, and what its recent documents hold.

    Totals and months come from ``entity_counts``/``entity_periods``; quotes, co-mentions and
    stories from its most recent documents (``RECENT_DOCUMENTS`` in :mod:`rasid.store.browse`).
    """
    store = ctx.store
    counts = store.entity_counts(key)
    if counts is None:
        raise NotFoundError(f"entity {key!r} not found")
    aliases = store.entity_aliases(key)
    paging = Paging(page, limit, int(counts["documents"]))
    recent = store.entity_recent_documents(key)
    if paging.offset + limit <= len(recent) or len(recent) == paging.total:  # the page is among them
        articles = store.documents_in_order(recent[paging.offset : paging.offset + limit])
    else:
        articles, _ = store.entity_documents(key, limit=limit, offset=paging.offset)
    names = [counts["name"], *(a["text"] for a in aliases)]
    quotes = store.entity_quotes(recent, names=names, kb_id=counts["kb_id"])
    for quote in quotes:
        quote["dir"] = text_direction(quote.get("language"))
    series = store.entity_periods(key)
    return {
        "page": "entity",
        "key": key,
        "name": counts["name"],
        "kb_id": counts["kb_id"],
        "label": counts["label"],
        "mentions": int(counts["mentions"]),
        "documents": int(counts["documents"]),
        "aliases": aliases,
        "over_time": series,
        "chart": charts.bar_chart(series),
        "quotes": quotes,
        "co_mentioned": store.co_mentioned(key, recent),
        "stories": [story_summary(s) for s in _stories_or_none(lambda: store.stories_of_documents(recent))],
        "articles": articles,
        "paging": paging.to_dict(),
    }


# --- stories ---------------------------------------------------------------------------------------


def stories_view(ctx, *, page: int = 1, limit: int = 50) -> dict[str, Any]:
    """One page of stories, the biggest first."""
    try:
        rows, total = ctx.store.story_page(limit=limit, offset=(page - 1) * limit)
    except StoreError:  # no story tables in this database
        rows, total = [], 0
    return {
        "page": "stories",
        "stories": [story_summary(r) for r in rows],
        "paging": Paging(page, limit, total).to_dict(),
    }


def story_view(ctx, story_id: str, *, page: int = 1, limit: int = 50) -> dict[str, Any]:
    """A story: its summary, one page of members in date order, the provenance among them, its origins.

    The graph and timeline draw the page's first :data:`GRAPH_MEMBERS` members and the documents
    their edges point to, so a story of thousands of copies stays one screen and a few kilobytes.
    """
    store = ctx.store
    try:
        summary_row = store.story(story_id)
    except StoreError:  # no story tables in this database
        summary_row = None
    if summary_row is None:
        raise NotFoundError(f"story {story_id!r} not found: run `rasid trace` on this database first")
    sid = str(summary_row["id"])
    members, total = store.story_members(sid, limit=limit, offset=(page - 1) * limit)
    member_ids = [m["id"] for m in members]
    edges = store.story_edges(sid, member_ids)
    drawn_ids = member_ids[:GRAPH_MEMBERS]
    drawn = set(drawn_ids)
    drawn_edges = [e for e in edges if e["from"] in drawn]
    docs = {m["id"]: m for m in members}
    others = [str(e["to"]) for e in edges if not str(e["to"]).startswith("ext:") and e["to"] not in docs]
    docs.update(store.documents_by_id(others))
    graph_docs = list(
        dict.fromkeys([*drawn_ids, *(str(e["to"]) for e in drawn_edges if str(e["to"]) in docs)])
    )
    externals = store.story_external_sources(sid)
    for x in externals:
        x["link"] = safe_url(x.get("url"))
        x["name"] = str(x.get("outlet") or x.get("url") or str(x["node"]).removeprefix("ext:"))
        x["evidence"] = [{"text": x["text"]}] if x.get("text") else []
    shown_nodes = {str(e["to"]) for e in drawn_edges}
    story = {
        "id": sid,
        "root": summary_row["root"],
        "title": summary_row["title"],
        "size": int(summary_row["size"] or 0),
        "documents": member_ids,
        # each edge's evidence cut to its first passages: a story page of 50 members stays small
        # (`rasid story ID --format json` has all of it)
        "edges": [{**e, "evidence": _evidence_summary(e["evidence"])} for e in edges],
        "external_sources": [x for x in externals if x["node"] in shown_nodes],
    }
    graph_story = {**story, "documents": graph_docs, "edges": drawn_edges}
    by_language: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        by_language.setdefault(m.get("language") or "?", []).append(m)
    return {
        "page": "story",
        "story": story,
        "summary": story_summary(summary_row),
        "members": members,
        "by_language": by_language,
        "graph": charts.provenance_layout(graph_story, docs),
        "graph_members": len(drawn_ids),
        "timeline_chart": charts.timeline_layout(members[:GRAPH_MEMBERS]),
        "external_sources": externals,
        "relations": [_relation_view(e, docs) for e in edges],
        "paging": Paging(page, limit, total).to_dict(),
    }


def _evidence_summary(evidence: Any) -> dict[str, Any]:
    evidence = evidence if isinstance(evidence, dict) else {}
    passages = evidence.get("passages") if isinstance(evidence.get("passages"), list) else []
    pairs = evidence.get("sentence_pairs") if isinstance(evidence.get("sentence_pairs"), list) else []
    return {"passages": passages[:3], "aligned_sentences": len(pairs)}


def _relation_view(edge: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def end(node: Any) -> dict[str, Any]:
        node = str(node)
        meta = docs.get(node)
        if meta:
            return {"id": node, "name": meta.get("outlet") or meta.get("title") or node, "href": f"/doc/{node}",
                    "language": meta.get("language")}  # fmt: skip
        return {"id": node, "name": node.removeprefix("ext:"), "href": None, "language": None}

    raw_evidence = edge.get("evidence")
    evidence: dict[str, Any] = raw_evidence if isinstance(raw_evidence, dict) else {}
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
        # how a copy was found: part of the other text (a shared window), or the whole in other words
        "manner": "partial" if evidence.get("partial") else "reworded" if evidence.get("reworded") else None,
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


def outlets_view(ctx, *, page: int = 1, limit: int = 100) -> dict[str, Any]:
    """Outlets by their number of documents, one page at a time."""
    rows, total = ctx.store.outlet_page(limit=limit, offset=(page - 1) * limit)
    return {"page": "outlets", "outlets": rows, "paging": Paging(page, limit, total).to_dict()}


def outlet_view(ctx, outlet: str, *, page: int = 1, limit: int = 50) -> dict[str, Any]:
    """An outlet: volume per month, languages, whom it cites, one page of its documents."""
    store = ctx.store
    articles, total = store.outlet_documents(outlet, limit=limit, offset=(page - 1) * limit)
    if not total:
        raise NotFoundError(f"outlet {outlet!r} not found")
    volume = store.outlet_volume(outlet)
    return {
        "page": "outlet",
        "outlet": outlet,
        "volume": volume,
        "chart": charts.bar_chart(volume),
        "languages": store.outlet_languages(outlet),
        "cites": store.outlet_citations(outlet),
        "articles": articles,
        "paging": Paging(page, limit, total).to_dict(),
    }


# --- map -------------------------------------------------------------------------------------------


def map_view(ctx, *, page: int = 1, limit: int = 300) -> dict[str, Any]:
    """Places by the number of documents naming them (aggregated in SQL), with coordinates."""
    rows, total = ctx.store.place_counts(limit=limit, offset=(page - 1) * limit)
    located: list[dict[str, Any]] = []
    unlocated: list[dict[str, Any]] = []
    for row in rows:
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
    return {
        "page": "map",
        "places": located,
        "unlocated": unlocated,
        "paging": Paging(page, limit, total).to_dict(),
    }
