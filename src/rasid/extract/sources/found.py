"""A source found in the text before it becomes an annotation, and the helpers every finder shares (search
windows around anchors, outlet look-ups)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from rasid.extract.sources.cues import Outlet, SourceCues
from rasid.span import merged_spans


@dataclass
class Found:
    start: int  # folded offsets
    end: int
    kind: str
    attrs: dict[str, Any]


def outlet_attrs(sc: SourceCues, m: re.Match[str]) -> dict[str, Any]:
    if "contracted" in m.re.groupindex and m.group("contracted"):
        contracted = sc.outlets[re.sub(r"\s+", " ", "le " + m.group("contracted"))]
        return {"outlet": contracted.name, "kb_id": contracted.kb_id, "_contracted": m.start("contracted")}
    if "known" in m.re.groupindex and m.group("known"):
        outlet = sc.outlets.get(re.sub(r"\s+", " ", m.group("known"))) or sc.agencies.get(m.group("known"))
        if outlet is not None:
            return {"outlet": outlet.name, "kb_id": outlet.kb_id}
    if "named" in m.re.groupindex and m.group("named"):
        linked = lookup_outlet(sc, m.group("named"))
        if linked is not None:
            return {"outlet": linked.name, "kb_id": linked.kb_id}
        return {"outlet": None, "outlet_text": m.group("named"), "kb_id": None}
    for group in ("qname", "pname"):  # a name in quotes or in parentheses
        if group in m.re.groupindex and m.group(group):
            linked = lookup_outlet(sc, m.group(group))
            if linked is not None:
                return {"outlet": linked.name, "kb_id": linked.kb_id}
            return {"outlet": None, "outlet_text": m.group(group), "kb_id": None, "_quoted": m.start(group)}
    return {"outlet": None, "kb_id": None}


def domain_outlet(sc: SourceCues, url: str) -> dict[str, Any]:
    host = (urlparse(url).hostname or "").lower()
    domain = host[4:] if host.startswith("www.") else host
    if sc.kb is not None and domain:
        entry = sc.kb.by_domain(domain)
        if entry is not None:
            return {"outlet": entry.name, "kb_id": entry.id, "domain": domain}
    return {"outlet": domain or None, "kb_id": None, "domain": domain}


def anchor_windows(folded: str, anchors: Sequence[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around every occurrence of the anchors in the folded text."""
    spans: list[tuple[int, int]] = []
    for anchor in anchors:
        at = folded.find(anchor)
        while at != -1:
            spans.append((max(0, at - before), min(len(folded), at + len(anchor) + after)))
            at = folded.find(anchor, at + 1)
    return merged_spans(spans)


def original_windows(
    norm: Any, folded: str, anchors: Sequence[str], before: int, after: int
) -> list[tuple[int, int]]:
    """The windows of :func:`anchor_windows`, as offsets into the original text."""
    out = []
    for start, end in anchor_windows(folded, anchors, before, after):
        span = norm.to_original(start, end)
        out.append((span.start, span.end))
    return out


def finditer_windows(
    pattern: re.Pattern[str], text: str, windows: Sequence[tuple[int, int]]
) -> list[re.Match[str]]:
    """The matches of ``pattern`` inside each window (lookarounds still see the text around it)."""
    return [m for start, end in windows for m in pattern.finditer(text, start, end)]


def lookup_outlet(sc: SourceCues, name: str) -> Outlet | None:
    """The KB outlet a bare quoted name stands for: "الشرق الأوسط" is listed as "صحيفة الشرق الأوسط"."""
    key = re.sub(r"\s+", " ", name.strip())
    if key in sc.outlets:
        return sc.outlets[key]
    for head in ("صحيفه", "جريده", "قناه", "وكاله", "موقع", "مجله", "اذاعه", "شبكه"):
        if f"{head} {key}" in sc.outlets:
            return sc.outlets[f"{head} {key}"]
    return None


def original(text: str, norm: Any, start: int, end: int) -> str:
    span = norm.to_original(start, end)
    return text[span.start : span.end]
