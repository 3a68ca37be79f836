"""Stories: who copies, translates or rewrites whom, and which outside origins they name.

Pure functions over documents and relations; persistence lives in :mod:`rasid.trace.run`.

Direction of a provenance edge (``source`` copies/translates ``target``), first rule that applies:

1. ``dates`` — both publication dates known and different: the later one is the copy;
2. ``cited`` — one document names the other's outlet as its source: it is the later one;
3. ``removed_credit`` — one carries an origin credit (agency line, original link) that the
   other lacks: the one without it is the copy (or translation) with the credit removed,
   and the credited one points on to the origin it names;
4. ``ingest_order`` — otherwise the one stored later points to the one stored earlier.

External origins come from the ``sources`` layer: ``agency`` (TASS, AFP…), ``original_url``
(a link given as the origin, with its outlet), ``interview`` (the venue of an interview)
and ``cited_outlet``. When the layer is missing the registered ``rasid.sources`` stage
is run on the fly.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasid.model import Document
from rasid.trace.relate import Relation

#: Source kinds that name an origin outside the corpus (publisher and photo credits do not).
ORIGIN_KINDS = ("agency", "original_url", "interview", "told_outlet", "cited_outlet")
#: Kinds whose outlet can be the root of a story (an interview venue is where, not who, reported).
ROOT_KINDS = ("original_url", "agency")


def ensure_sources(doc: Document) -> Document:
    """The document with a ``sources`` layer: as stored, or from the registered stage, or unchanged."""
    if "sources" in doc.layers:
        return doc
    try:
        from rasid.extract import get_stage

        stage = get_stage("rasid.sources")
        return stage.func(doc, dict(stage.defaults))
    except Exception as exc:  # no stage registered, or it failed on this text: text-only evidence then
        _warn_once(f"sources layer unavailable, tracing with text-only evidence: {type(exc).__name__}: {exc}")
        return doc


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        logging.getLogger("rasid.trace").warning(message)


def external_node(kind: str, outlet: str | None, url: str | None, text: str) -> str:
    """Graph node for an outside origin: one node per outlet, or per link when only a link is known."""
    if outlet:
        return f"ext:{outlet}"
    return f"ext:{url or text.strip()}"


def external_origins(doc: Document) -> list[dict[str, Any]]:
    """Origins named in ``doc`` (from its ``sources`` layer), with exact offsets."""
    out = []
    for ann in doc.layer("sources"):
        if ann.label not in ORIGIN_KINDS:
            continue
        outlet = ann.attrs.get("outlet") or None
        url = ann.attrs.get("url") or None
        out.append(
            {
                "doc_id": doc.id,
                "node": external_node(ann.label, outlet, url, ann.text),
                "kind": ann.label,
                "outlet": outlet,
                "url": url,
                "kb_id": ann.attrs.get("kb_id") or None,
                "text": ann.text,
                "start": ann.start,
                "end": ann.end,
            }
        )
    return out


def _date_order(a: str | None, b: str | None) -> int:
    """-1 if ``a`` is known to be earlier than ``b``, 1 if later, 0 if unknown or equal."""
    if not a or not b:
        return 0
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return 0
    return -1 if a[:n] < b[:n] else 1


def _cites(doc: Document, other: Document) -> bool:
    if not other.outlet:
        return False
    target = other.outlet.casefold()
    for ann in doc.layer("sources"):
        outlet = str(ann.attrs.get("outlet") or "").casefold()
        url = str(ann.attrs.get("url") or "").casefold()
        if outlet and (outlet == target or target in outlet or outlet in target):
            return True
        if url and target in url:
            return True
    return False


def _credits(doc: Document) -> int:
    return sum(1 for a in doc.layer("sources") if a.label in ("agency", "original_url"))


def direct(
    relation: Relation, doc_a: Document, doc_b: Document, seq_a: int = 0, seq_b: int = 0
) -> tuple[str, str, str]:
    """``(source, target, basis)``: ``source`` is the later document (the copy / translation)."""
    order = _date_order(doc_a.published, doc_b.published)
    if order:
        return (doc_a.id, doc_b.id, "dates") if order > 0 else (doc_b.id, doc_a.id, "dates")
    a_cites, b_cites = _cites(doc_a, doc_b), _cites(doc_b, doc_a)
    if a_cites != b_cites:
        return (doc_a.id, doc_b.id, "cited") if a_cites else (doc_b.id, doc_a.id, "cited")
    credits_a, credits_b = _credits(doc_a), _credits(doc_b)
    if credits_a != credits_b:
        # the copy (or translation) is the one whose credit line was dropped on the way
        return (
            (doc_b.id, doc_a.id, "removed_credit")
            if credits_a > credits_b
            else (doc_a.id, doc_b.id, "removed_credit")
        )
    if seq_a != seq_b:
        return (doc_a.id, doc_b.id, "ingest_order") if seq_a > seq_b else (doc_b.id, doc_a.id, "ingest_order")
    return (max(doc_a.id, doc_b.id), min(doc_a.id, doc_b.id), "ingest_order")


@dataclass
class StoryRecord:
    """Everything stored about one story (see docs/tracing.md for the JSON shape)."""

    id: str
    documents: list[str]
    root: str | None
    title: str | None
    edges: list[dict[str, Any]] = field(default_factory=list)
    external_sources: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None


def build_story(
    story_id: str,
    docs: Sequence[Document],
    relations: Sequence[Relation],
    seqs: Mapping[str, int] | None = None,
) -> StoryRecord:
    """The story record for ``docs`` (each with a ``sources`` layer when one exists) and their relations."""
    seqs = seqs or {}
    by_id = {d.id: d for d in docs}
    edges: list[dict[str, Any]] = []
    for rel in relations:
        if rel.a not in by_id or rel.b not in by_id:
            continue
        source, target, basis = direct(
            rel, by_id[rel.a], by_id[rel.b], seqs.get(rel.a, 0), seqs.get(rel.b, 0)
        )
        edges.append(
            {
                "from": source,
                "to": target,
                "kind": rel.kind,
                "score": rel.score,
                "basis": basis,
                "evidence": dict(rel.evidence),
            }
        )
    mark_primary(edges)
    externals = [o for d in docs for o in external_origins(d)]
    seen_edges: set[tuple[str, str, str]] = set()
    for origin in externals:
        key = (origin["doc_id"], origin["node"], origin["kind"])
        if key in seen_edges:
            continue
        seen_edges.add(key)
        evidence = {"text": origin["text"], "span": [origin["start"], origin["end"]]}
        if origin["url"]:
            evidence["url"] = origin["url"]
        edges.append({"from": origin["doc_id"], "to": origin["node"], "kind": origin["kind"], "score": None,
                      "basis": "named_in_text", "primary": True, "evidence": evidence})  # fmt: skip

    def sort_key(d: Document) -> tuple[int, str, int]:
        return (0 if d.published else 1, d.published or "", seqs.get(d.id, 0))

    ordered = sorted(docs, key=sort_key)
    root = choose_root(ordered, externals, edges)
    dates = [d.published for d in ordered if d.published]
    timeline = [
        {"date": d.published, "doc_id": d.id, "language": d.language, "outlet": d.outlet, "title": _title(d)}
        for d in ordered
    ]
    root_doc = by_id.get(root or "")
    title_doc = root_doc or (ordered[0] if ordered else None)
    return StoryRecord(
        id=story_id,
        documents=[d.id for d in ordered],
        root=root,
        title=_title(title_doc) if title_doc else None,
        edges=edges,
        external_sources=externals,
        timeline=timeline,
        languages=sorted({d.language for d in docs if d.language}),
        outlets=sorted({d.outlet for d in docs if d.outlet}),
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
    )


_KIND_RANK = {"copy": 0, "translation": 1, "rewrite": 2}


def mark_primary(edges: list[dict[str, Any]]) -> None:
    """Flag, per document, the one edge to what it most likely derives from (the tree view's parent).

    A copy beats a translation beats a rewrite; then the higher score. The other edges stay
    (they are evidence too) with ``primary: false``.
    """
    best: dict[str, dict[str, Any]] = {}
    for e in edges:
        e["primary"] = False
        current = best.get(e["from"])
        if current is None or (_KIND_RANK[e["kind"]], -e["score"]) < (
            _KIND_RANK[current["kind"]],
            -current["score"],
        ):
            best[e["from"]] = e
    for e in best.values():
        e["primary"] = True


def choose_root(
    ordered: Sequence[Document], externals: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]]
) -> str | None:
    """The origin the members cite (most cited agency or original link), else the earliest member."""
    cited = Counter(o["node"] for o in externals if o["kind"] in ROOT_KINDS)
    if cited:
        return sorted(cited.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    if not ordered:
        return None
    # the member no document points away from: nothing it copies; earliest among those
    sources = {e["from"] for e in edges if not str(e["to"]).startswith("ext:")}
    for doc in ordered:
        if doc.id not in sources:
            return doc.id
    return ordered[0].id


def _title(doc: Document) -> str:
    if doc.title:
        return doc.title
    first_line = doc.text.strip().split("\n", 1)[0]
    return first_line[:120]
