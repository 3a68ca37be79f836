"""RSS and Atom feeds via feedparser: one article per entry.

The entry text is its full content when the feed carries it, else its summary, with HTML
reduced to plain text. The outlet is the feed's title (or its site's domain). A feed that
feedparser cannot make sense of (bozo with no entries) is one error for the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasid.errors import MalformedInputError, NoArticleError, ReaderError
from rasid.readers.base import (
    InputItem,
    ReadOptions,
    ReadResult,
    Sniff,
    domain_of,
    make_document,
    normalize_language,
    register_reader,
)
from rasid.readers.html import html_fragment_to_text


def _entry_text(entry: Any) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return html_fragment_to_text(best)


def _first_text(fragment: str | None) -> str | None:
    return html_fragment_to_text(fragment).replace("\n", " ") if fragment else None


def _sniff_feed(sniff: Sniff) -> float:
    text = sniff.text[:2048]
    feed_at = min(
        (i for i in (text.find("<rss"), text.find("<feed"), text.find("<rdf:rdf")) if i >= 0), default=-1
    )
    if feed_at < 0:
        return 0.0
    html_at = text.find("<html")
    return 0.9 if html_at < 0 or feed_at < html_at else 0.0


@register_reader("feed", extensions=(".rss", ".atom", ".xml"), sniff=_sniff_feed)
def read_feed(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """RSS or Atom feed: one article per entry."""
    import feedparser

    data = item.read_all(options.max_bytes)
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except UnicodeDecodeError as exc:  # feedparser gives up on some broken encodings instead of flagging bozo
        raise MalformedInputError(
            f"malformed feed: bytes do not match its encoding (byte {exc.start})"
        ) from None
    entries = parsed.get("entries", [])
    if not entries:
        if parsed.get("bozo"):
            reason = " ".join(str(parsed.get("bozo_exception", "unknown problem")).split())
            raise MalformedInputError(f"malformed feed with no readable entries: {reason}")
        raise NoArticleError("feed has no entries")
    channel = parsed.get("feed", {})
    outlet = _first_text(channel.get("title")) or domain_of(channel.get("link"))
    feed_language = normalize_language(channel.get("language"))
    for number, entry in enumerate(entries, start=1):
        source = f"{item.name}#{number}"
        try:
            text = _entry_text(entry)
            if not text.strip():
                raise NoArticleError("feed entry has neither content nor summary")
            raw_date = entry.get("published") or entry.get("updated")
            document = make_document(
                text,
                fmt="feed",
                source=source,
                title=_first_text(entry.get("title")),
                url=entry.get("link"),
                outlet=outlet,
                author=entry.get("author"),
                published=raw_date,
                language=None,
                meta={
                    "feed_title": _first_text(channel.get("title")),
                    "feed_link": channel.get("link"),
                    "feed_language": feed_language,
                    "entry_id": entry.get("id"),
                    "tags": [t.get("term") for t in entry.get("tags", []) if t.get("term")] or None,
                },
                empty_error=NoArticleError,
            )
            if document.language is None and feed_language:
                document = document.with_meta(language=feed_language)
        except ReaderError as exc:
            if parsed.get("bozo"):
                reason = " ".join(str(parsed.get("bozo_exception", "")).split())
                exc = type(exc)(f"{exc.args[0]} (the feed is malformed: {reason})")
            yield ReadResult(source, error=exc)
            continue
        yield ReadResult(source, document=document)
