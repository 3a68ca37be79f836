"""Saved web pages: main text via trafilatura, metadata from the page's own tags.

Dates come only from explicit machine-readable markup (``article:published_time``,
``itemprop=datePublished``, JSON-LD ``datePublished``, ``<time datetime>``, Dublin Core, …)
or a ``/YYYY/MM/DD/`` path in the canonical URL. trafilatura's own date guessing (htmldate)
is not used: on Arabic pages it reads a visible "الأربعاء 21 أغسطس/آب 2024" as 2024-01-01,
and a wrong date is worse than an unknown one (the dates stage still finds dates in the text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from configparser import ConfigParser
from copy import deepcopy
from functools import lru_cache
from typing import Any

from rasid.errors import NoArticleError
from rasid.model import Document
from rasid.readers.base import (
    MAX_NESTING,
    InputItem,
    ReadOptions,
    ReadResult,
    Sniff,
    make_document,
    nesting_depth,
    normalize_language,
    parse_published,
    register_reader,
)
from rasid.readers.encoding import bom_encoding, decode_text

#: Meta tags (property / name / itemprop, lower-case) that state a publication date, best first.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|[-_.])")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
#: Elements whose text never belongs in an article.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head")
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
    ]
)


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, *, declared: str | None = None) -> str:
    """Decode page bytes: BOM, then HTTP/meta charset when it decodes cleanly, then detection."""
    if bom_encoding(data):
        return decode_text(data).text
    return decode_text(data, declared=declared or declared_charset(data)).text


@lru_cache(maxsize=1)
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import DEFAULT_CONFIG

    config = deepcopy(DEFAULT_CONFIG)
    config["DEFAULT"]["extensive_date_search"] = "off"
    config["DEFAULT"]["extraction_timeout"] = "0"  # signal-based timeouts break in worker threads
    config["DEFAULT"]["min_extracted_size"] = "120"  # short wire stories are still articles
    return config


def _parse_tree(html: str) -> Any:
    import lxml.html

    # lxml refuses str input that carries an XML encoding declaration; drop it, the text is decoded.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises ParserError/XMLSyntaxError/ValueError on junk
        raise NoArticleError(f"not parseable as HTML ({type(exc).__name__})") from None


def _meta_values(tree: Any) -> dict[str, str]:
    """First value of every ``<meta>`` by lower-cased property/name/itemprop."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), content.strip())
    return values


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # broken or hostile markup: the page is still read
            continue
        if nesting_depth(data) > MAX_NESTING:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                yield node
                if "@graph" in node:
                    stack.append(node["@graph"])


def _ld_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list) and value:
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(tree: Any) -> dict[str, Any]:
    """Title, site, author, canonical URL, language and publication date stated by the page's markup."""
    metas = _meta_values(tree)
    ld = list(_json_ld_objects(tree))
    found: dict[str, Any] = {}

    canonical = None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel and link.get("href"):
            canonical = link.get("href").strip()
            break
    found["url"] = canonical or metas.get("og:url")
    found["site"] = metas.get("og:site_name") or metas.get("application-name")
    if not found["site"]:
        found["site"] = next((_ld_name(o.get("publisher")) for o in ld if o.get("publisher")), None)
    found["title"] = metas.get("og:title") or metas.get("twitter:title")
    author = metas.get("author") or metas.get("article:author") or metas.get("dc.creator")
    if not author or author.startswith("http"):
        author = next((_ld_name(o.get("author")) for o in ld if o.get("author")), None) or None
    found["author"] = author
    found["html_lang"] = (tree.get("lang") or "").strip() or None

    date_value, date_source = None, None
    for key in DATE_META:
        if key in metas and parse_published(metas[key]):
            date_value, date_source = metas[key], f"meta:{key}"
            break
    if date_value is None:
        for obj in ld:
            if parse_published(obj.get("datePublished")):
                date_value, date_source = obj["datePublished"], "json-ld:datePublished"
                break
    if date_value is None:
        for element in tree.xpath("//*[@itemprop='datePublished']"):
            candidate = element.get("datetime") or element.get("content")
            if parse_published(candidate):
                date_value, date_source = candidate, "itemprop:datePublished"
                break
    if date_value is None:
        # Only a <time> marked as the publication date or inside the article: sidebars and
        # "related stories" carry <time> elements of other articles.
        times = tree.xpath("//time[@pubdate][@datetime]") or tree.xpath("//article//time[@datetime]")
        for element in times:
            if parse_published(element.get("datetime")):
                date_value, date_source = element.get("datetime"), "time[datetime]"
                break
    if date_value is None and found["url"]:
        match = _URL_DATE.search(found["url"])
        if match:
            date_value, date_source = "-".join(match.groups()), "url"
    found["published"] = date_value
    found["date_source"] = date_source
    return found


#: An article body has at least one paragraph this long; menus and link lists do not.
MIN_PARAGRAPH_CHARS = 60
MIN_ARTICLE_CHARS = 100


def _has_article_body(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n")]
    return sum(len(line) for line in lines) >= MIN_ARTICLE_CHARS and any(
        len(line) >= MIN_PARAGRAPH_CHARS for line in lines
    )


def html_to_document(
    html: str,
    *,
    source: str,
    url: str | None = None,
    fmt: str = "html",
    extra_meta: dict[str, Any] | None = None,
) -> Document:
    """One article from a page; :class:`NoArticleError` when the page has no main text."""
    import trafilatura

    tree = _parse_tree(html)
    meta = page_metadata(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        url=meta["url"] or url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        config=_trafilatura_config(),
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not _has_article_body(text):
        raise NoArticleError("no article text found in the page (only menus, links or nothing)")
    title = meta["title"] or getattr(extracted, "title", None)
    document_meta: dict[str, Any] = {
        "date_source": meta["date_source"],
        "html_lang": meta["html_lang"],
        "fetched_url": url if url and url != meta["url"] else None,
    }
    if extra_meta:
        document_meta.update(extra_meta)
    document = make_document(
        text,
        fmt=fmt,
        source=source,
        title=title,
        url=meta["url"] or url,
        outlet=meta["site"] or getattr(extracted, "sitename", None),
        author=meta["author"] or getattr(extracted, "author", None),
        published=meta["published"],
        meta=document_meta,
        empty_error=NoArticleError,
    )
    # The page's lang attribute is only a fallback: templates often declare one language for all.
    declared_language = normalize_language(meta["html_lang"])
    if document.language is None and declared_language:
        document = document.with_meta(language=declared_language)
    return document


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet (feed entries): block elements become line breaks, scripts vanish."""
    import html as html_module

    if "<" not in fragment:
        return html_module.unescape(fragment)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk; fall back to tag stripping
        return html_module.unescape(re.sub(r"<[^>]*>", " ", fragment))
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    parts: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n".join(paragraphs)


def _sniff_html(sniff: Sniff) -> float:
    text = sniff.text
    if text.startswith(("<!doctype html", "<html")) or "<html" in text[:1024]:
        return 0.8
    # A fragment counts only when the file starts with markup: prose may mention a <p> tag.
    if text.startswith("<") and re.search(r"<(head|body|article|p|div|h1|title|meta)\b", text[:4096]):
        return 0.5
    return 0.0


@register_reader("html", extensions=(".html", ".htm", ".xhtml"), sniff=_sniff_html)
def read_html(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """A saved web page: one article (its main text, not menus or comments)."""
    html = decode_html(item.read_all(options.max_bytes))
    yield ReadResult(item.name, document=html_to_document(html, source=item.name))
