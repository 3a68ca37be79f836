"""JSON, JSON Lines and zip archives of them (e.g. SaudiNewsNet: one JSON array per zip member).

Records are objects with the documented fields (first one present wins):

=========== ===================================================
text        ``text`` | ``content`` | ``body``
title       ``title``
url         ``url`` | ``link``
published   ``published`` | ``date`` | ``published_at`` | ``date_extracted``
outlet      ``outlet`` | ``source`` | ``site``
language    ``language`` | ``lang``
author      ``author``
=========== ===================================================

Every other field goes to ``Document.meta``. Arrays are parsed incrementally, so a 12 MB
member or a multi-gigabyte JSONL file streams with memory bounded by the largest record.
A malformed JSON line is an error for that line only; the other lines go on.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from rasid.errors import MalformedInputError, ReaderError, TooLargeError
from rasid.readers.base import (
    MAX_NESTING,
    InputItem,
    ReadOptions,
    ReadResult,
    Sniff,
    guarded,
    is_zip,
    make_document,
    nesting_depth,
    register_reader,
)

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body"),
    "title": ("title",),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "date_extracted"),
    "outlet": ("outlet", "source", "site"),
    "language": ("language", "lang"),
    "author": ("author",),
}
#: Keys Rasid's own JSON output carries that are not article content.
_IGNORED = frozenset({"schema", "schema_version", "annotations", "published_precision"})
_CHUNK = 1 << 16
#: Most blank space (bytes of blank lines, or characters of whitespace between JSON values)
#: read in a row before an input is given up: real exports hold a few bytes between records.
MAX_BLANK_RUN = 2**20


def record_to_document(record: Any, *, source: str, fmt: str) -> ReadResult:
    """One JSON record → one result (an error result when it is not an article)."""
    if isinstance(record, ReaderError):  # the parser's reason this record could not be read
        return ReadResult(source, error=record)
    if not isinstance(record, dict):
        return ReadResult(
            source, error=MalformedInputError(f"record is a JSON {type(record).__name__}, not an object")
        )
    if nesting_depth(record) > MAX_NESTING:
        return ReadResult(source, error=_too_deep())
    picked: dict[str, Any] = {}
    used: set[str] = set()
    for target, keys in FIELDS.items():
        for key in keys:
            value = record.get(key)
            # An empty text field is an empty article (reported as such), not a missing field.
            if value not in (None, "") or (target == "text" and value == ""):
                picked[target] = value
                used.add(key)
                break
    if "text" not in picked:
        return ReadResult(
            source, error=MalformedInputError("record has no text field (text, content or body)")
        )
    text = picked["text"]
    if not isinstance(text, str):
        return ReadResult(source, error=MalformedInputError("the text field is not a string"))
    meta = {k: v for k, v in record.items() if k not in used and k not in _IGNORED}
    meta.pop("meta", None)
    if isinstance(record.get("meta"), dict):
        meta = {**record["meta"], **meta}
    if "published" in picked:
        meta["published_field"] = next(k for k in FIELDS["published"] if k in used)
    meta.pop("format", None)
    meta.pop("source", None)
    try:
        document = make_document(
            text,
            fmt=fmt,
            source=source,
            title=_str(picked.get("title")),
            url=_str(picked.get("url")),
            outlet=_str(picked.get("outlet")),
            author=_str(picked.get("author")),
            published=picked.get("published"),
            language=_str(picked.get("language")),
            meta=meta,
        )
    except ReaderError as exc:
        return ReadResult(source, error=exc)
    return ReadResult(source, document=document)


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # e.g. several authors
        return ", ".join(str(v) for v in value if v) or None
    return None if value is None else str(value)


def _too_deep() -> MalformedInputError:
    return MalformedInputError(
        f"record nested more than {MAX_NESTING} levels deep (lists or objects inside each other)"
    )


def _loads(text: str) -> Any:
    """``json.loads``; a value too deep for the parser's recursion is a :class:`MalformedInputError`."""
    try:
        return json.loads(text)
    except RecursionError:
        raise _too_deep() from None


def _loads_or_error(text: str) -> Any:
    """The parsed value, or the :class:`MalformedInputError` saying why it cannot be one record."""
    try:
        return _loads(text)
    except MalformedInputError as exc:
        return exc
    except ValueError as exc:
        return MalformedInputError(f"invalid JSON: {exc}")


_STRUCTURE = re.compile(r'["\[\]{}]')
_STRING_STOP = re.compile(r'["\\]')
_SPACE = re.compile(r"[ \t\r\n]*")


def _value_end(buf: str, pos: int) -> int | None:
    """Where the array or object starting at ``buf[pos]`` ends, found without recursion; ``None`` if not in ``buf``.

    Used only to step over a value too deep for ``json``'s recursive parser, so the records
    after it are still read.
    """
    depth = 0
    at = pos
    while True:
        found = _STRUCTURE.search(buf, at)
        if found is None:
            return None
        at = found.end()
        char = found.group()
        if char == '"':
            while True:  # to the closing quote, stepping over escapes
                stop = _STRING_STOP.search(buf, at)
                if stop is None:
                    return None
                at = stop.end() + (1 if stop.group() == "\\" else 0)
                if stop.group() == '"':
                    break
        elif char in "[{":
            depth += 1
        else:
            depth -= 1
            if depth <= 0:
                return at


def _text_chunks(stream: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
    while True:
        block = stream.read(_CHUNK)
        if not block:
            tail = decoder.decode(b"", final=True)
            if tail:
                yield tail
            return
        yield decoder.decode(block)


def iter_json_values(stream: IO[bytes], *, max_record: int) -> Iterator[tuple[int, Any]]:
    """Stream ``(index, value)`` from a top-level JSON array, or a single value / concatenated values.

    Raises :class:`MalformedInputError` at the first unparseable point (an array cannot be
    resynchronised reliably) and :class:`TooLargeError` for a record over ``max_record`` chars.
    """
    chunks = _text_chunks(stream)
    decoder = json.JSONDecoder()
    buf, pos, eof = "", 0, False
    consumed = 0  # characters dropped from the front of buf, for error offsets

    def more() -> bool:
        nonlocal buf, pos, eof, consumed
        try:
            chunk = next(chunks)
        except StopIteration:
            eof = True
            return False
        except UnicodeDecodeError as exc:
            raise MalformedInputError(f"not UTF-8 JSON (bad byte near offset {exc.start})") from None
        consumed += pos
        buf, pos = buf[pos:] + chunk, 0
        return True

    def skip_space() -> bool:
        nonlocal pos
        blank = 0
        while True:
            end = _SPACE.match(buf, pos).end()  # type: ignore[union-attr]  # matches the empty string
            blank += end - pos
            pos = end
            if blank > MAX_BLANK_RUN:
                # Megabytes of nothing: a decompression bomb or a broken export, not an article file
                where = f"after record {index}" if index else "before any record"
                raise MalformedInputError(
                    f"over {MAX_BLANK_RUN // 2**20} MiB of blank space {where}; stopped reading this input"
                )
            if pos < len(buf):
                return True
            if not more():
                return False

    index = 0
    if not skip_space():
        return
    in_array = buf[pos] == "["
    if in_array:
        pos += 1
    while True:
        if not skip_space():
            if in_array:
                raise MalformedInputError(f"JSON array not closed (input ends after record {index})")
            return
        if in_array and buf[pos] == "]":
            return
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
            except RecursionError:
                # Too deep for the parser: step over this record alone and say why it was not read
                skip_to = _value_end(buf, pos)
                while skip_to is None:
                    if len(buf) - pos > max_record:
                        raise TooLargeError(
                            f"record {index + 1} is over the {max_record:,}-character limit"
                        ) from None
                    # read until the record's text has doubled before scanning again: linear in its size
                    wanted = 2 * (len(buf) - pos)
                    while len(buf) - pos < wanted and more():
                        pass
                    skip_to = _value_end(buf, pos)
                    if skip_to is None and eof:
                        raise MalformedInputError(
                            f"invalid JSON: record {index + 1} is not closed before the input ends"
                        ) from None
                value, end = _too_deep(), skip_to
            except json.JSONDecodeError as exc:
                if eof or not more():
                    raise MalformedInputError(
                        f"invalid JSON at character {consumed + exc.pos} (record {index + 1}): {exc.msg}"
                    ) from None
                if len(buf) - pos > max_record:
                    raise TooLargeError(
                        f"record {index + 1} is over the {max_record:,}-character limit"
                    ) from None
                continue
            if end == len(buf) and not eof and more():
                continue  # a number or literal may go on in the next chunk: parse again with more text
            break
        pos = end
        index += 1
        yield index, value
        if in_array:
            if not skip_space():
                raise MalformedInputError(f"JSON array not closed (input ends after record {index})")
            if buf[pos] == ",":
                pos += 1
            elif buf[pos] != "]":
                raise MalformedInputError(
                    f"expected ',' or ']' after record {index} at character {consumed + pos}"
                )


def _is_jsonl(first_line: bytes) -> bool:
    try:
        return isinstance(_loads(first_line.decode("utf-8-sig")), dict)
    except MalformedInputError:
        return True  # a whole object on the line, too deep to parse: that line's record fails alone
    except ValueError:
        return False


def read_json_stream(
    stream: IO[bytes], *, name: str, options: ReadOptions, fmt_hint: str = ""
) -> Iterator[ReadResult]:
    """JSON Lines (line by line) or JSON (incremental array) from a binary stream."""
    first = stream.readline(options.max_bytes + 1)
    rest_is_lines = fmt_hint == "jsonl" or (
        first.strip().startswith((b"{", b"\xef\xbb\xbf{")) and _is_jsonl(first)
    )
    if rest_is_lines:
        if fmt_hint != "jsonl":
            second = stream.readline(options.max_bytes + 1)
            if not second:  # a .json file holding one object on one line is one item, named plainly
                yield record_to_document(_loads_or_error(first.decode("utf-8-sig")), source=name, fmt="json")
                return
            head = [first, second]
        else:
            head = [first]
        lines = itertools.chain(head, iter(lambda: stream.readline(options.max_bytes + 1), b""))
        yield from _read_lines(lines, name=name, options=options)
        return
    joined = _Chain(itertools.chain([first], iter(lambda: stream.read(_CHUNK), b"")))
    values = iter_json_values(joined, max_record=options.max_bytes)  # type: ignore[arg-type]
    pending: tuple[int, Any] | None = None
    while True:
        try:
            step = next(values, None)
        except ReaderError as exc:
            if pending is not None:
                yield record_to_document(pending[1], source=f"{name}#{pending[0]}", fmt="json")
            yield ReadResult(f"{name}#{pending[0] + 1}" if pending else name, error=exc)
            return
        if step is None:
            break
        if pending is not None:
            yield record_to_document(pending[1], source=f"{name}#{pending[0]}", fmt="json")
        pending = step
    if pending is not None:
        # A file holding one object is one item: name it without a record number.
        single = pending[0] == 1 and isinstance(pending[1], dict) and not first.lstrip().startswith(b"[")
        yield record_to_document(pending[1], source=name if single else f"{name}#{pending[0]}", fmt="json")


def _member_too_large(size: int, limit: int) -> TooLargeError:
    return TooLargeError(
        f"decompresses to over {limit:,} bytes{f' ({size:,})' if size > limit else ''}, "
        "the per-member limit (raise --max-member-size or ingest.max_member_bytes to read it)"
    )


class CappedStream:
    """A binary stream that raises :class:`TooLargeError` once more than ``limit`` bytes were read.

    Bounds the work a compressed input can ask for: a zip's declared sizes can lie, and a
    megabyte of zip can unpack to gigabytes.
    """

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._read = 0

    def _count(self, data: bytes) -> bytes:
        self._read += len(data)
        if self._read > self._limit:
            raise _member_too_large(0, self._limit)
        return data

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._limit + 1 - self._read  # never more than one byte past the limit in memory
        return self._count(self._stream.read(n))

    def readline(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._limit + 1 - self._read
        return self._count(self._stream.readline(n))


class _Chain:
    """A minimal read()-able stream over an iterator of byte blocks."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._pending = b""

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._pending) < n:
            block = next(self._blocks, b"")
            if not block:
                break
            self._pending += block
        if n < 0:
            out, self._pending = self._pending, b""
        else:
            out, self._pending = self._pending[:n], self._pending[n:]
        return out


def _read_lines(lines: Iterator[bytes], *, name: str, options: ReadOptions) -> Iterator[ReadResult]:
    """One record per line; lines come pre-cut at ``max_bytes + 1`` so one huge line cannot fill memory."""
    line_no = 0
    overlong = False
    blank = 0  # bytes of blank lines since the last record
    for line in lines:
        if overlong:  # the rest of a line already reported as too long
            overlong = not line.endswith(b"\n")
            continue
        line_no += 1
        source = f"{name}#{line_no}"
        if len(line) > options.max_bytes:
            yield ReadResult(
                source, error=TooLargeError(f"line is over the {options.max_bytes:,}-byte limit")
            )
            overlong = not line.endswith(b"\n")
            continue
        if not line.strip():
            blank += len(line)
            if blank > MAX_BLANK_RUN:
                # Megabytes of blank lines: a decompression bomb or a broken export, not articles
                yield ReadResult(
                    source,
                    error=MalformedInputError(
                        f"over {MAX_BLANK_RUN // 2**20} MiB of blank lines with no record; "
                        "stopped reading this input"
                    ),
                )
                return
            continue
        blank = 0
        try:
            value = _loads(line.decode("utf-8-sig" if line_no == 1 else "utf-8"))
        except MalformedInputError as exc:
            yield ReadResult(source, error=exc)
        except UnicodeDecodeError as exc:
            yield ReadResult(source, error=MalformedInputError(f"line is not UTF-8 (byte {exc.start})"))
        except ValueError as exc:
            yield ReadResult(source, error=MalformedInputError(f"invalid JSON line: {exc}"))
        else:
            yield record_to_document(value, source=source, fmt="jsonl")


def _sniff_json(sniff: Sniff) -> float:
    if is_zip(sniff.raw):
        return 0.9
    text = sniff.text
    if text.startswith("{") and text[1:].lstrip()[:1] in ('"', "}"):
        return 0.7
    if text.startswith("["):
        after = text[1:].lstrip()
        if after[:1] in ("{", "]", ""):
            return 0.7
        if _array_of_values(after):  # [1, 2, {...}], ["a", ...]: JSON, whose non-object records are reported
            return 0.7
        if after[:1] in _JSON_VALUE_STARTS:
            # Could be JSON ([[...) or a text that opens with a bracket ("[1] Bamako"): JSON only
            # when the extension says so (its bonus lifts this over plain text's 0.1).
            return 0.05
    return 0.0


_JSON_VALUE_STARTS = frozenset('[{"-0123456789tfn')


def _array_of_values(after_bracket: str) -> bool:
    """Whether the sniffed text after ``[`` starts with one JSON value followed by ``,`` or a final ``]``."""
    try:
        _, end = json.JSONDecoder().raw_decode(after_bracket)
    except (ValueError, RecursionError):
        return False
    rest = after_bracket[end:].lstrip()
    return rest.startswith(",") or rest == "]"


@register_reader("json", extensions=(".json", ".jsonl", ".ndjson", ".zip"), sniff=_sniff_json, streaming=True)
def read_json(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """JSON (object or array), JSON Lines, or a zip of those: one article per record."""
    if is_zip(item.head(4)):
        yield from _read_zip(item, options)
        return
    hint = "jsonl" if item.extension.endswith((".jsonl", ".ndjson")) else ""
    with item.open() as stream:
        # a .jsonl.gz is one compressed member: its decompressed size is capped like a zip member's
        source = CappedStream(stream, options.max_member_bytes) if item.gzipped else stream
        yield from read_json_stream(source, name=item.name, options=options, fmt_hint=hint)  # type: ignore[arg-type]


def _read_zip(item: InputItem, options: ReadOptions) -> Iterator[ReadResult]:
    """Members in name order; JSON members stream, others go through the registry like any file."""
    from rasid.readers import read_item

    with item.open() as fh, zipfile.ZipFile(fh) as archive:
        members = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
        for info in members:
            base = info.filename.rsplit("/", 1)[-1]
            if base.startswith(".") or info.filename.startswith("__MACOSX/"):
                continue
            name = f"{item.name}::{info.filename}"
            lower = info.filename.lower()
            if info.file_size > options.max_member_bytes:
                yield ReadResult(name, error=_member_too_large(info.file_size, options.max_member_bytes))
                continue
            if lower.endswith((".json", ".jsonl", ".ndjson")):
                with archive.open(info) as member:
                    yield from guarded(
                        name,
                        read_json_stream(
                            CappedStream(member, options.max_member_bytes),  # type: ignore[arg-type]
                            name=name,
                            options=options,
                            fmt_hint="jsonl" if not lower.endswith(".json") else "",
                        ),
                    )
                continue
            if info.file_size > options.max_bytes:
                yield ReadResult(name, error=TooLargeError(f"{info.file_size:,} bytes is over the limit"))
                continue
            with archive.open(info) as member:
                data = member.read(options.max_bytes + 1)
            yield from read_item(InputItem(name=name, data=data), options)
