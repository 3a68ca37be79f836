"""Web archives (WARC, WARC.gz) via warcio: each HTML response record becomes an article.

Records other than HTTP responses with an HTML body (requests, metadata, images, …) are
skipped silently. A truncated or corrupt archive yields the good records read before the
damage and then one error naming the record number and byte offset where it broke.
"""

from __future__ import annotations

from collections.abc import Iterator

from rasid.errors import MalformedInputError, ReaderError, TooLargeError
from rasid.readers.base import InputItem, ReadOptions, ReadResult, Sniff, register_reader
from rasid.readers.html import decode_html, html_to_document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _sniff_warc(sniff: Sniff) -> float:
    return 1.0 if sniff.raw.startswith(b"WARC/") else 0.0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


@register_reader("warc", extensions=(".warc", ".warc.gz", ".arc.gz"), sniff=_sniff_warc, streaming=True)
def read_warc(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """WARC or WARC.gz archive: one article per HTML response record."""
    from warcio.archiveiterator import ArchiveIterator

    with item.open() as stream:
        iterator = ArchiveIterator(stream, check_digests=False)
        number, offset = 0, 0
        records = iter(iterator)
        while True:
            try:
                record = next(records)
                number += 1
                offset = iterator.get_record_offset()
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
                    continue
                status = record.http_headers.get_statuscode()
                body = record.content_stream().read(options.max_bytes + 1)
                declared_length = record.rec_headers.get_header("Content-Length")
                if record.raw_stream.limit:  # bytes promised by the record header but missing from the file
                    raise EOFError(
                        f"record ends early, {record.raw_stream.limit} of {declared_length} bytes missing"
                    )
            except StopIteration:
                return
            except Exception as exc:  # warcio/zlib raise many types on damaged archives
                reason = " ".join(str(exc).split()) or type(exc).__name__
                where = f"record {number + (0 if offset else 1)}" if number else "record 1"
                yield ReadResult(
                    f"{item.name}#{max(number, 1)}",
                    error=MalformedInputError(
                        f"archive broken at {where} (byte offset {offset}): {type(exc).__name__}: {reason}; "
                        "records before it were read"
                    ),
                )
                return
            source = f"{item.name}#{number}"
            if len(body) > options.max_bytes:
                yield ReadResult(
                    source, error=TooLargeError(f"record body is over the {options.max_bytes:,}-byte limit")
                )
                continue
            if status and not status.startswith("2"):
                continue  # error pages and redirects are not articles
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
                yield ReadResult(source, error=exc)
                continue
            yield ReadResult(source, document=document)
