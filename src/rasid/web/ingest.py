"""``POST /api/ingest``: one article from JSON, read by the JSON reader as one record of a file, stored (and
analysed unless ``"analyze": false``).

Only reachable when the server runs with ``--allow-write`` and the caller sends the bearer token.
The body is one record for :func:`rasid.readers.jsonl.record_to_document` (same fields and aliases, the
other fields kept in ``meta``), and ``html`` goes through :func:`rasid.readers.html.html_to_document`, so an
article stored over the API is built exactly as the same article read from a file. A client can correct
its request, so what a reader would repair, the API refuses with 400 and the project's JSON error shape:
a field that is not a string (a reader joins or converts it), text that is not valid Unicode, NaN or
Infinity, nesting deeper than :data:`~rasid.readers.base.MAX_NESTING`, a ``published`` that is not a
real date (a reader keeps it as ``published_raw``), a ``language`` that is not a language code (a reader
detects the language instead).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException

from rasid.errors import NoArticleError
from rasid.extract import analyze_document
from rasid.model import Document
from rasid.readers.base import MAX_NESTING, nesting_depth, normalize_language, valid_unicode
from rasid.readers.html import html_to_document
from rasid.readers.jsonl import FIELDS, record_to_document

#: Largest article body accepted over the API (characters).
MAX_CHARS = 2_000_000
#: Largest request body read (bytes): the text at its limit, escaped, plus the other fields.
MAX_BODY_BYTES = 6 * MAX_CHARS + 2**16
#: Body fields that steer the request rather than describe the article (kept out of its metadata).
CONTROLS = ("analyze", "html")


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


def _field_keys() -> list[str]:
    return [key for keys in FIELDS.values() for key in keys]


def _first(record: dict[str, Any], target: str) -> Any:
    """The value the JSON reader would take for ``target`` (first of its keys present and non-empty)."""
    return next((record[key] for key in FIELDS[target] if record.get(key) not in (None, "")), None)


def _has_text(record: dict[str, Any]) -> bool:
    text = _first(record, "text")
    return isinstance(text, str) and bool(text.strip())


def _unicode_error(name: str) -> HTTPException:
    return _bad_request(f"'{name}' is not valid Unicode (it holds a lone surrogate such as \\ud800)")


def _checked_record(payload: dict[str, Any]) -> dict[str, Any]:
    """The body as a reader's record: the article fields must be strings (a reader would convert them)."""
    for key in (*_field_keys(), "html"):
        value = payload.get(key)
        if value is not None and not isinstance(value, str):
            raise _bad_request(f"'{key}' must be a string")
    return {key: value for key, value in payload.items() if key not in CONTROLS}


def _with_page(record: dict[str, Any], html: str) -> dict[str, Any]:
    """The record with the page's article text, and its title, url, outlet, author and date where the body
    gives none."""
    if valid_unicode(html) != html:
        raise _unicode_error("html")
    try:
        page = html_to_document(html, source="api", url=_first(record, "url"), fmt="api")
    except NoArticleError as exc:
        raise _bad_request(f"'html': {exc.args[0]}") from None
    # what the page says, where the body says nothing (under any of the reader's names for the field)
    from_page = {
        "title": page.title, "url": page.url, "outlet": page.outlet, "author": page.author, "published": page.published
    }  # fmt: skip
    given = {
        key: value for key, value in record.items() if value not in (None, "") and key not in FIELDS["text"]
    }
    kept = {name: value for name, value in from_page.items() if _first(given, name) is None}
    return {**kept, **given, "text": page.text}


def _refuse_repairs(doc: Document, record: dict[str, Any]) -> None:
    """400 for whatever the reader repaired or set aside in building ``doc`` from ``record``."""
    for where in doc.meta.get("repaired", ()):
        if where.startswith("meta."):  # a lone surrogate, or a number too large for a float (1e999)
            raise _bad_request(f"'{where.removeprefix('meta.')}' is not valid Unicode or not a finite number")
        raise _unicode_error(where)
    if "published_raw" in doc.meta:
        raise _bad_request("'published' must be a real date: 2024-08-21, 2024-08, 2024, ISO 8601 or RFC 2822")
    language = _first(record, "language")
    if language is not None and normalize_language(language) is None:
        raise _bad_request("'language' must be a language code such as ar, fr, en or ru")


def ingest_payload(store: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """Check ``payload`` (see the module doc), build the document with the readers, store it."""
    record = _checked_record(payload)
    html = payload.get("html")
    if not _has_text(record) and html and html.strip():
        record = _with_page(record, html)
    if not _has_text(record):
        raise _bad_request("give the article as 'text' or 'html' (a non-empty string)")
    text = _first(record, "text")
    if len(text) > MAX_CHARS:
        raise HTTPException(413, f"article too large: {len(text)} characters, limit {MAX_CHARS}")
    result = record_to_document(record, source="api", fmt="api")
    if result.document is None:
        raise _bad_request(str(result.error.args[0]) if result.error else "not an article")
    doc = result.document
    _refuse_repairs(doc, record)
    analysed = bool(payload.get("analyze", True))
    if analysed:
        doc = analyze_document(doc)
    new = store.add_document(doc)
    return {"id": doc.id, "new": bool(new), "analysed": analysed, "language": doc.language}
