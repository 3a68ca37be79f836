"""``POST /api/ingest``: one article from JSON, checked like every other input, stored (and analysed
when extraction is installed).

Only reachable when the server runs with ``--allow-write`` and the caller sends the bearer token.
The body goes through the readers' boundary (:func:`rasid.readers.base.make_document`), so an
article stored over the API is built exactly as the same article read from a file. A client can
correct its request, so what a file reader would repair or drop is refused here with 400 and
the project's JSON error shape: text that is not valid Unicode, NaN or Infinity, nesting deeper
than :data:`~rasid.readers.base.MAX_NESTING`, a ``published`` that is not a real date, a
``language`` that is not a language code.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException

from rasid.errors import ReaderError
from rasid.readers.base import (
    MAX_NESTING,
    make_document,
    nesting_depth,
    normalize_language,
    parse_published,
    valid_unicode,
)

#: Largest article body accepted over the API (characters).
MAX_CHARS = 2_000_000
#: Largest request body read (bytes): the text at its limit, escaped, plus the other fields.
MAX_BODY_BYTES = 6 * MAX_CHARS + 2**16
FIELDS = ("url", "outlet", "title", "author", "published", "language")


def _bad_request(message: str) -> HTTPException:
    return HTTPException(400, message)


def _refuse_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON (use null)")


def parse_body(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object, strictly: 400 for anything else, 413 when too large."""
    if len(body) > MAX_BODY_BYTES:
        raise HTTPException(413, f"request body too large: {len(body):,} bytes, limit {MAX_BODY_BYTES:,}")
    try:
        payload = json.loads(body.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        raise _bad_request(f"body is not UTF-8 (bad byte at {exc.start})") from None
    except RecursionError:
        raise _bad_request(f"body nested more than {MAX_NESTING} levels deep") from None
    except ValueError as exc:
        raise _bad_request(f"body must be a JSON object ({exc})") from None
    if not isinstance(payload, dict):
        raise _bad_request("body must be a JSON object")
    if nesting_depth(payload) > MAX_NESTING:
        raise _bad_request(f"body nested more than {MAX_NESTING} levels deep")
    return payload


def _checked_string(payload: dict[str, Any], key: str) -> str | None:
    """``payload[key]`` as a string that is valid Unicode, ``None`` when absent or empty; 400 otherwise."""
    value = payload.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _bad_request(f"'{key}' must be a string")
    if valid_unicode(value) != value:
        raise _bad_request(f"'{key}' is not valid Unicode (it holds a lone surrogate such as \\ud800)")
    return value


def _html_to_text(html: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    return text, (meta.title if meta else None)


def ingest_payload(store: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """Check ``payload`` (see the module doc), build the document as the readers do, store it."""
    text = _checked_string(payload, "text")
    html = _checked_string(payload, "html")
    fields = {key: _checked_string(payload, key) for key in FIELDS}
    if html and html.strip() and not text:
        text, found_title = _html_to_text(html)
        fields["title"] = fields["title"] or found_title
    if not text or not text.strip():
        raise _bad_request("give the article as 'text' or 'html' (a non-empty string)")
    if len(text) > MAX_CHARS:
        raise HTTPException(413, f"article too large: {len(text)} characters, limit {MAX_CHARS}")
    if fields["published"] is not None and parse_published(fields["published"]) is None:
        raise _bad_request("'published' must be a real date: 2024-08-21, 2024-08, 2024, ISO 8601 or RFC 2822")
    if fields["language"] is not None and normalize_language(fields["language"]) is None:
        raise _bad_request("'language' must be a language code such as ar, fr, en or ru")
    try:
        doc = make_document(text, fmt="api", source="api", **fields)
    except ReaderError as exc:
        raise _bad_request(str(exc.args[0])) from None
    analysed = bool(payload.get("analyze", True))
    if analysed:
        from rasid.extract import analyze_document

        doc = analyze_document(doc)
    new = store.add_document(doc)
    return {"id": doc.id, "new": bool(new), "analysed": analysed, "language": doc.language}
