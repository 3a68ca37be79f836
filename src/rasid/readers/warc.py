"""Web archives (WARC, WARC.gz) via warcio: each HTML response record becomes an article.

Records other than HTTP responses with an HTML body (requests, metadata, images, …) are
skipped silently. A truncated or corrupt archive yields the good records read before the
damage and then one error naming the record number and byte offset where it broke.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Iterator
from typing import Any

from rasid.errors import MalformedInputError, ReaderError, TooLargeError
from rasid.readers.base import InputItem, ReadOptions, ReadResult, Sniff, is_gzip, register_reader
from rasid.readers.html import decode_html, html_to_document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _sniff_warc(sniff: Sniff) -> float:
    return 1.0 if sniff.raw.startswith(b"WARC/") else 0.0


def _gzip_member_complete(item: InputItem, start: int) -> bool:
    """Whether the gzip member at ``start`` ends with its trailer (warcio ignores a missing one)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    with item.open() as stream:
        stream.seek(start)
        while not decompressor.eof:
            block = stream.read(1 << 16)
            if not block:
                return False
            try:
                decompressor.decompress(block, 1 << 20)
                while decompressor.unconsumed_tail and not decompressor.eof:
                    decompressor.decompress(decompressor.unconsumed_tail, 1 << 20)
            except zlib.error:
                return False
    return True


def _earlier(count: int) -> str:
    return "the record before it was read" if count == 1 else f"the {count} records before it were read"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


@register_reader("warc", extensions=(".warc", ".warc.gz", ".arc.gz"), sniff=_sniff_warc, streaming=True)
def read_warc(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """WARC or WARC.gz archive: one article per HTML response record."""
    yield from _read_warc(item, options, per_record_gzip=True)


def _read_warc(
    item: InputItem, options: ReadOptions, *, per_record_gzip: bool, already_read: int = 0
) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    with item.open() as stream:
        iterator = ArchiveIterator(stream, check_digests=False)
        records = iter(iterator)
        number = 0
        offset = next_offset = 0  # where the record / the next record starts (compressed for .warc.gz)
        while True:
            body: bytes | None = None
            try:
                record = next(records)
                number += 1
                content_type = ""
                if record.rec_type == "response" and record.http_headers is not None:
                    content_type = record.http_headers.get_header("Content-Type") or ""
                is_html = content_type.split(";")[0].strip().lower() in _HTML_TYPES
                if is_html:
                    body = record.content_stream().read(options.max_bytes + 1)
                # Drain what is left so a record cut short shows up whatever its type.
                while record.raw_stream.read(1 << 16):
                    pass
                if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                    raise EOFError("record header incomplete (no Content-Length)")
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:
                    raise EOFError(f"record cut short, {missing} bytes missing")
                if per_record_gzip:
                    offset = iterator.get_record_offset()
                    next_offset = offset + iterator.get_record_length()
            except StopIteration:
                yield from _check_end(item, number, offset, next_offset, per_record_gzip=per_record_gzip)
                return
            except Exception as exc:  # warcio/zlib raise many types on damaged archives
                if per_record_gzip and "non-chunked gzip" in str(exc):
                    # The whole file is one gzip stream, not one member per record (as `gzip crawl.warc`
                    # makes), which warcio refuses: read it again through our own decompressor.
                    plain = dataclasses.replace(item, gzipped=True)
                    yield from _read_warc(plain, options, per_record_gzip=False, already_read=number)
                    return
                reason = " ".join(str(exc).split()) or type(exc).__name__
                where = f"record {max(number, 1)}" + (
                    f" (byte offset {next_offset})" if per_record_gzip else ""
                )
                yield ReadResult(
                    f"{item.name}#{max(number, 1)}",
                    error=MalformedInputError(
                        f"archive broken at {where}: {type(exc).__name__}: {reason}; {_earlier(max(number - 1, 0))}"
                    ),
                )
                return
            if body is None or number <= already_read:
                continue
            result = _article(
                item, record, body, content_type, number, offset if per_record_gzip else None, options
            )
            if result is not None:
                yield result


def _check_end(
    item: InputItem, number: int, offset: int, next_offset: int, *, per_record_gzip: bool
) -> Iterator[ReadResult]:
    """warcio stops quietly at some cuts (inside a gzip header or trailer): check the file really ended."""
    if item.gzipped:  # a whole-file gzip: warcio ends quietly where the stream was cut
        if not _gzip_member_complete(dataclasses.replace(item, gzipped=False), 0):
            yield ReadResult(
                f"{item.name}#{number + 1}",
                error=MalformedInputError(
                    f"archive cut short after record {number}: the gzip stream is incomplete; {_earlier(number)}"
                ),
            )
        return
    gz = is_gzip(item.head(2))
    if gz and number and not _gzip_member_complete(item, offset):
        yield ReadResult(
            f"{item.name}#{number}",
            error=MalformedInputError(
                f"archive cut short in record {number} (byte offset {offset}): "
                f"its gzip member is incomplete; {_earlier(number - 1)}"
            ),
        )
        return
    # Uncompressed records may be followed by their CRLF CRLF separator; gzip members by nothing.
    size = item.size()
    if size - next_offset > (0 if gz else 4):
        yield ReadResult(
            f"{item.name}#{number + 1}",
            error=MalformedInputError(
                f"archive broken at record {number + 1} (byte offset {next_offset}): "
                f"{size - next_offset} bytes of damaged data at the end; {_earlier(number)}"
            ),
        )


def _article(
    item: InputItem,
    record: Any,
    body: bytes,
    content_type: str,
    number: int,
    offset: int | None,
    options: ReadOptions,
) -> ReadResult | None:
    """The article in one HTML response record; ``None`` for error pages and redirects."""
    source = f"{item.name}#{number}"
    if len(body) > options.max_bytes:
        return ReadResult(
            source, error=TooLargeError(f"record body is over the {options.max_bytes:,}-byte limit")
        )
    status = record.http_headers.get_statuscode()
    if status and not status.startswith("2"):
        return None
    target = record.rec_headers.get_header("WARC-Target-URI")
    try:
        html = decode_html(body, declared=_charset(content_type))
        document = html_to_document(
            html,
            source=source,
            url=target,
            fmt="warc",
            extra_meta={
                "warc_target_uri": target,
                "warc_date": record.rec_headers.get_header("WARC-Date"),
                "warc_record_offset": offset,
            },
        )
    except ReaderError as exc:
        return ReadResult(source, error=exc)
    return ReadResult(source, document=document)
