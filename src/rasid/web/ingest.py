"""``POST /api/ingest``: one article from JSON, stored (and analysed when extraction is installed).

Only reachable when the server runs with ``--allow-write`` and the caller sends the bearer token.
"""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import HTTPException

from rasid.model import Document
from rasid.text.langid import detect_language

#: Largest article body accepted over the API (characters).
MAX_CHARS = 2_000_000
FIELDS = ("url", "outlet", "title", "author", "published", "language")


def _html_to_text(html: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta else None)


def ingest_payload(store: Any, payload: dict[str, Any]) -> dict[str, Any]:
    text = payload.get("text")
    html = payload.get("html")
    title = payload.get("title")
    if isinstance(html, str) and html.strip() and not text:
        text, found_title = _html_to_text(html)
        title = title or found_title
    if not isinstance(text, str) or not text.strip():
        raise HTTPException(400, "give the article as 'text' or 'html' (a non-empty string)")
    if len(text) > MAX_CHARS:
        raise HTTPException(413, f"article too large: {len(text)} characters, limit {MAX_CHARS}")
    fields = {k: payload.get(k) for k in FIELDS if isinstance(payload.get(k), str) and payload.get(k)}
    fields["title"] = title if isinstance(title, str) else None
    if "language" not in fields:
        fields["language"] = detect_language(text)
    doc = Document(text=text, **fields)
    analysed = False
    if payload.get("analyze", True):
        try:
            extract = importlib.import_module("rasid.extract")
            doc = extract.analyze_document(doc)
            analysed = True
        except ImportError:
            analysed = False
    new = store.add_document(doc)
    return {"id": doc.id, "new": bool(new), "analysed": analysed, "language": doc.language}
