"""Server-side layouts for the SVG charts and the provenance graph.

The layouts are plain numbers and strings; templates draw them as SVG with autoescape on,
so no chart or graph library is shipped and no text ever becomes markup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote

#: Colour per language (nodes, timeline dots and legends share it).
LANGUAGE_COLOURS = {
    "ar": "#0f766e",
    "fr": "#1d4ed8",
    "en": "#b45309",
    "ru": "#b91c1c",
    "it": "#7c3aed",
}
OTHER_COLOUR = "#475569"
EXTERNAL_COLOUR = "#334155"


def language_colour(language: str | None) -> str:
    return LANGUAGE_COLOURS.get(language or "", OTHER_COLOUR)


def fill_months(series: Sequence[dict[str, Any]], *, max_months: int = 240) -> list[dict[str, Any]]:
    """Insert the missing months (count 0) between the first and last ``YYYY-MM`` period.

    A time axis must not squeeze a silent year into nothing. Other period shapes pass through.
    """
    items = list(series)
    if not items or not all(re.fullmatch(r"\d{4}-\d{2}", str(s["period"])) for s in items):
        return items
    counts = {str(s["period"]): int(s["count"]) for s in items}
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    filled: list[dict[str, Any]] = []
    while len(filled) < max_months:
        period = f"{year:04d}-{month:02d}"
        filled.append({"period": period, "count": counts.get(period, 0)})
        if period >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


def bar_chart(series: Sequence[dict[str, Any]], *, width: int = 640, height: int = 180) -> dict[str, Any]:
    """Bars for ``[{"period", "count"}]``; empty series give an empty chart (the template says so)."""
    series = fill_months(series)
    pad_left, pad_bottom, pad_top = 36, 28, 10
    plot_w, plot_h = width - pad_left - 8, height - pad_bottom - pad_top
    peak = max((int(s["count"]) for s in series), default=0)
    bars = []
    if series and peak:
        slot = plot_w / len(series)
        bar_w = min(48.0, max(2.0, slot * 0.72))
        label_every = max(1, len(series) // 8)
        for i, item in enumerate(series):
            h = plot_h * int(item["count"]) / peak
            x = pad_left + i * slot + (slot - bar_w) / 2
            bars.append(
                {
                    "x": round(x, 1),
                    "y": round(pad_top + plot_h - h, 1),
                    "w": round(bar_w, 1),
                    "h": round(h, 1),
                    "label": str(item["period"]),
                    "count": int(item["count"]),
                    "show_label": i % label_every == 0,
                    "label_x": round(x + bar_w / 2, 1),
                }
            )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "peak": peak,
        "axis_y": pad_top + plot_h,
        "pad_left": pad_left,
        "pad_top": pad_top,
        "label_y": height - 8,
    }


def provenance_layout(story: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Place a story's documents and external origins in columns by distance from the origin.

    Edges point from a document to what it copies/translates/cites; the origin (the root, or
    the external sources) sits on the left and each copy one column further right.
    """
    doc_ids = list(story.get("documents") or [])
    externals = [_external_key(x) for x in story.get("external_sources") or []]
    edges = [e for e in story.get("edges") or [] if e.get("from") is not None and e.get("to") is not None]
    nodes: dict[str, dict[str, Any]] = {}
    for doc_id in doc_ids:
        meta = docs.get(doc_id, {})
        nodes[doc_id] = {
            "id": doc_id,
            "kind": "document",
            "label": meta.get("outlet") or meta.get("title") or doc_id[:8],
            "sub": " · ".join(
                x for x in [meta.get("language") or "", str(meta.get("published") or "")[:10]] if x
            ),
            "title": meta.get("title") or doc_id,
            "colour": language_colour(meta.get("language")),
            "href": f"/doc/{quote(doc_id, safe='')}",
        }
    for key, label, url in externals:
        if key in nodes and nodes[key]["kind"] == "external" and url:
            nodes[key]["title"] = url
        nodes.setdefault(
            key,
            {
                "id": key,
                "kind": "external",
                "label": label,
                "sub": "external",
                "title": url or label,
                "colour": EXTERNAL_COLOUR,
                "href": None,
            },
        )
    for e in edges:  # edges may name external nodes the list did not
        for end in (e["from"], e["to"]):
            nodes.setdefault(
                str(end),
                {
                    "id": str(end),
                    "kind": "external",
                    "label": str(end).removeprefix("ext:")[:24],
                    "sub": "external",
                    "title": str(end),
                    "colour": EXTERNAL_COLOUR,
                    "href": None,
                },
            )
    # Depth: the origin is depth 0; a node's depth is one more than what it points to.
    points_to: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        points_to[str(e["from"])].append(str(e["to"]))
    root = story.get("root")
    depth: dict[str, int] = {}

    def depth_of(node: str, trail: frozenset[str] = frozenset()) -> int:
        if node in depth:
            return depth[node]
        targets = [t for t in points_to.get(node, []) if t not in trail]
        d = 0 if not targets else 1 + max(depth_of(t, trail | {node}) for t in targets)
        depth[node] = d
        return d

    for node in nodes:
        depth_of(node)
    if root in nodes and depth.get(root, 0) != 0 and not points_to.get(root):
        depth[root] = 0
    columns: dict[int, list[str]] = defaultdict(list)
    for node, d in sorted(depth.items(), key=lambda kv: (kv[1], nodes[kv[0]]["kind"] != "external", kv[0])):
        columns[d].append(node)
    box_w, box_h, gap_x, gap_y, margin = 176, 46, 120, 18, 16
    tallest = max((len(c) for c in columns.values()), default=0)
    width = margin * 2 + len(columns) * box_w + max(0, len(columns) - 1) * gap_x
    height = margin * 2 + tallest * box_h + max(0, tallest - 1) * gap_y
    for col_index, d in enumerate(sorted(columns)):
        col = columns[d]
        offset = (height - margin * 2 - (len(col) * box_h + (len(col) - 1) * gap_y)) / 2
        for row_index, node in enumerate(col):
            n = nodes[node]
            n["x"] = margin + col_index * (box_w + gap_x)
            n["y"] = round(margin + offset + row_index * (box_h + gap_y), 1)
            n["w"], n["h"] = box_w, box_h
            n["is_root"] = node == root
            n["label_short"] = _clip(n["label"], 20)
            n["sub_short"] = _clip(n["sub"], 28)
    drawn = []
    for e in edges:
        a, b = nodes[str(e["from"])], nodes[str(e["to"])]
        # from a copy (right) to its origin (left): start at a's left edge, end at b's right edge
        x1, y1 = a["x"], a["y"] + a["h"] / 2
        x2, y2 = b["x"] + b["w"], b["y"] + b["h"] / 2
        if a["x"] <= b["x"]:
            x1, x2 = a["x"] + a["w"], b["x"]
        score = e.get("score")
        drawn.append(
            {
                "x1": round(x1, 1),
                "y1": round(y1, 1),
                "x2": round(x2, 1),
                "y2": round(y2, 1),
                # labels sit a third of the way from the copy, where edges have not converged yet
                "mx": round(x1 + (x2 - x1) * 0.33, 1),
                "my": round(y1 + (y2 - y1) * 0.33 - 4, 1),
                "kind": str(e.get("kind") or ""),
                "primary": e.get("primary", True) is not False,
                "score": round(float(score), 2) if isinstance(score, int | float) else None,
                "from": str(e["from"]),
                "to": str(e["to"]),
            }
        )
    return {
        "width": max(width, 200),
        "height": max(height, 80),
        "nodes": list(nodes.values()),
        "edges": drawn,
    }


def timeline_layout(docs: Iterable[dict[str, Any]], *, width: int = 760) -> dict[str, Any]:
    """One lane per language; a dot per document at its publication time, labelled by outlet."""
    docs = list(docs)
    items = [d for d in docs if d.get("published")]
    lanes = sorted({d.get("language") or "?" for d in items})
    lane_h, pad_left, pad_right, pad_top = 44, 64, 24, 24
    height = pad_top + max(1, len(lanes)) * lane_h + 24
    stamps = sorted(str(d["published"]) for d in items)
    lo, hi = (stamps[0], stamps[-1]) if stamps else ("", "")
    order = {s: i for i, s in enumerate(sorted(set(stamps)))}
    span = max(1, len(order) - 1)
    dots = []
    for d in items:
        lane = lanes.index(d.get("language") or "?")
        rank = order[str(d["published"])]
        x = pad_left + (width - pad_left - pad_right) * (rank / span if len(order) > 1 else 0.5)
        dots.append(
            {
                "x": round(x, 1),
                "y": pad_top + lane * lane_h + lane_h / 2,
                "colour": language_colour(d.get("language")),
                "label": _clip(d.get("outlet") or d["id"][:8], 18),
                "title": f"{d.get('published')} · {d.get('outlet') or ''} · {d.get('title') or ''}",
                "href": f"/doc/{quote(d['id'], safe='')}",
                "anchor": "end"
                if x > width - pad_right - 70
                else ("start" if x < pad_left + 40 else "middle"),
            }
        )
    return {
        "width": width,
        "height": height,
        "lanes": [
            {"language": lang, "y": pad_top + i * lane_h + lane_h / 2, "colour": language_colour(lang)}
            for i, lang in enumerate(lanes)
        ],
        "dots": dots,
        "undated": len(docs) - len(items),
        "first": lo,
        "last": hi,
        "pad_left": pad_left,
        "axis_y": height - 10,
        "right": width - pad_right,
    }


def _external_key(item: Any) -> tuple[str, str, str | None]:
    if isinstance(item, dict):
        label = str(item.get("name") or item.get("outlet") or item.get("label") or item.get("url") or "?")
        key = str(item.get("node") or item.get("id") or item.get("key") or label)
        return key, label, item.get("url")
    return str(item), str(item), None


def _clip(text: str, n: int) -> str:
    text = str(text or "")
    return text if len(text) <= n else text[: n - 1] + "…"
