"""The reader registry, input items and the helpers every reader shares.

A reader is a plain function ``read(item, options) -> Iterator[ReadResult]`` registered with
:func:`register_reader` under a name, the file extensions it claims and a content sniffer, so
a file with a wrong or missing extension still reaches the right reader. Built-in readers
register exactly the way a user's would. Readers are pure functions with no open global
state, so they can run in a process pool.
"""

from __future__ import annotations

import gzip
import io
import math
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from rasid.errors import BinaryInputError, EmptyInputError, ReaderError, TooLargeError
from rasid.model import Document
from rasid.text.langid import DETECTED, LANGUAGE_SOURCE, detect_document_language
from rasid.text.machine_dates import parse_published as parse_published  # the readers' date parser

DEFAULT_MAX_BYTES = 50 * 2**20
#: Decompressed bytes one zip member or gzip stream may hold: bounds the time a small archive
#: can cost (a 1 MB zip can unpack to 1 GiB). Declared again in ``defaults.toml``.
DEFAULT_MAX_MEMBER_BYTES = 2**30
#: How much of an input the sniffers look at.
SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One item read: a document, or the reason it could not be read. ``source`` names the item."""

    source: str
    document: Document | None = None
    error: ReaderError | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None

    def __reduce__(self) -> tuple[Any, ...]:
        # Documents hold read-only mapping proxies, which pickle refuses; results cross process
        # boundaries (ingest's process pool) as the versioned JSON-ready dict instead.
        data = self.document.to_dict() if self.document is not None else None
        return (_rebuild_result, (self.source, data, self.error))


def _rebuild_result(source: str, data: dict[str, Any] | None, error: ReaderError | None) -> ReadResult:
    return ReadResult(source, Document.from_dict(data) if data is not None else None, error)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    #: Largest input file, or record inside a streaming format (JSONL, zip, WARC).
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Most bytes one zip member or gzip stream may decompress to (``ingest.max_member_bytes``).
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES


@dataclass(frozen=True, slots=True)
class InputItem:
    """One input to read: a file on disk (``path``) or bytes in memory (``data``).

    ``gzipped`` items are decompressed on the fly by :meth:`open` (``articles.jsonl.gz``), so
    every reader sees the plain bytes; WARC readers take ``.warc.gz`` as it is.
    """

    name: str
    path: str | None = None
    data: bytes | None = None
    gzipped: bool = False

    def open(self) -> BinaryIO:
        if self.data is not None:
            raw: BinaryIO = io.BytesIO(self.data)
        else:
            assert self.path is not None
            raw = _open_regular(self.path)
        if self.gzipped:
            return io.BufferedReader(_GunzipStream(raw), buffer_size=1 << 16)  # type: ignore[return-value]
        return raw

    def size(self) -> int:
        """Size in bytes as stored (compressed for gzipped items; readers still cap what they read)."""
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return Path(self.path).stat().st_size

    def head(self, n: int = SNIFF_BYTES) -> bytes:
        if self.data is not None and not self.gzipped:
            return self.data[:n]
        if self.gzipped:
            # Only the start is needed: a file cut short further on is the reader's to report.
            with self.open() as fh:
                fh.raw.check_on_close = False  # type: ignore[attr-defined]  # the reader reports a cut
                head = fh.peek(n)[:n]  # type: ignore[attr-defined]
                if not head:
                    fh.read(1)  # raises EOFError when the gzip data is damaged rather than empty
            return head
        with self.open() as fh:
            return fh.read(n)

    def read_all(self, max_bytes: int) -> bytes:
        """All the bytes, refusing more than ``max_bytes`` (checked while reading, not trusted from stat)."""
        with self.open() as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(f"larger than the {_human(max_bytes)} limit (raise --max-bytes to read it)")
        return data

    @property
    def extension(self) -> str:
        """Lower-case extension(s), e.g. ``.warc.gz``; for gzipped items the one inside (``.jsonl``)."""
        name = self.name.split("::")[-1].lower()
        if self.gzipped:
            name = name.removesuffix(".gz")
        return "".join(Path(name).suffixes[-2:])


def _open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading, refusing anything but a regular file.

    Opened without blocking first: a named pipe put where a file was checked would otherwise
    hang the read until some writer appears, which may be never.
    """
    from rasid.errors import UnsupportedInputError

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsupportedInputError(
                "not a regular file (a pipe or device): give its contents on - instead"
            )
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class _GunzipStream(io.RawIOBase):
    """gzip decompression (multi-member) that hands out every byte before damage, then raises.

    ``gzip.GzipFile`` raises as soon as its read-ahead meets a cut, losing the data before it;
    readers here yield the records before the damage and then report it.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""
        self._failure: str | None = None
        self._reported = False
        self._raised = False
        self._done = False
        #: Raise at close when damage was seen but never raised (a reader that stopped at the
        #: first empty read would otherwise take a cut file for a complete one).
        self.check_on_close = True

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending and not self._done:
            if self._failure:
                if not self._reported:
                    # First report a plain end of data, so that a buffered read() hands out the
                    # bytes it has gathered; only the next read raises.
                    self._reported = True
                    return 0
                self._raised = True
                raise EOFError(self._failure)
            self._fill()
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _fill(self) -> None:
        block = self._decompressor.unused_data or self._raw.read(1 << 16)
        if self._decompressor.eof:
            if not block:
                self._done = True
                return
            self._decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next gzip member
        elif not block:
            self._failure = "compressed data ends before its end-of-stream marker (file cut short)"
            return
        try:
            self._pending = self._decompressor.decompress(block)
        except zlib.error as exc:
            self._failure = f"compressed data is damaged ({exc})"

    def close(self) -> None:
        if self.closed:
            return
        self._raw.close()
        super().close()
        if self._failure and not self._raised and self.check_on_close:
            self._raised = True
            raise EOFError(self._failure)


@dataclass(frozen=True, slots=True)
class Sniff:
    """What a sniffer sees: the first bytes (decompressed if gzip) and a best-effort lowercase text."""

    raw: bytes
    text: str
    gzip: bool = False


ReaderFunc = Callable[[InputItem, ReadOptions], Iterator[ReadResult]]
SnifferFunc = Callable[[Sniff], float]


@dataclass(frozen=True, slots=True)
class ReaderSpec:
    name: str
    read: ReaderFunc
    extensions: tuple[str, ...] = ()
    sniff: SnifferFunc | None = None
    #: Streaming readers (JSONL, zip, WARC) apply the size cap to each record, not the whole file.
    streaming: bool = False
    doc: str = field(default="", compare=False)


#: name -> spec, in registration order (dicts keep it).
READERS: dict[str, ReaderSpec] = {}
#: Bonus a matching file extension adds to a sniffer's score: content wins over a wrong extension.
EXTENSION_BONUS = 0.3


def register_reader(
    name: str,
    *,
    extensions: tuple[str, ...] = (),
    sniff: SnifferFunc | None = None,
    streaming: bool = False,
) -> Callable[[ReaderFunc], ReaderFunc]:
    """Register a reader function under ``name`` (a later registration of the same name replaces it)."""

    def decorator(func: ReaderFunc) -> ReaderFunc:
        READERS[name] = ReaderSpec(
            name=name,
            read=func,
            extensions=tuple(e.lower() for e in extensions),
            sniff=sniff,
            streaming=streaming,
            doc=(func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else "",
        )
        return func

    return decorator


# --- sniffing ---------------------------------------------------------------------------------------
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "RIFF media"),
    (b"wOFF", "WOFF font"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
)


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def is_zip(head: bytes) -> bool:
    return head[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` is not text (``None`` if it may be text). Zip and gzip are left to their readers."""
    from rasid.readers.encoding import bom_encoding, looks_like_utf16

    if is_zip(head) or is_gzip(head) or head.startswith(b"WARC/"):
        return None
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            # "MZ", "BZh", "ID3" and "RIFF" are also how some text starts: require binary bytes as well.
            if len(magic) <= 4 and _control_share(head) < 0.05:
                continue
            return f"binary file ({what})"
    if bom_encoding(head) or looks_like_utf16(head):
        return None
    if b"\x00" in head:
        return f"binary file ({head.count(0)} NUL bytes in the first {len(head)})"
    if _control_share(head) > 0.05:
        return "binary file (control bytes, not text)"
    return None


def _control_share(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls / len(head)


def make_sniff(head: bytes) -> Sniff:
    from rasid.readers.encoding import bom_encoding, looks_like_utf16

    gz = is_gzip(head)
    raw = head
    if gz:
        try:
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
        except zlib.error:
            raw = b""
    bom = bom_encoding(raw)
    codec = bom[0] if bom else (looks_like_utf16(raw) or "utf-8")
    text = raw[bom[1] :] if bom else raw
    try:
        decoded = text.decode(codec, errors="ignore")
    except LookupError:
        decoded = text.decode("utf-8", errors="ignore")
    return Sniff(raw=raw, text=decoded.lstrip("\ufeff \t\r\n").lower(), gzip=gz)


def choose_reader(item: InputItem, head: bytes) -> ReaderSpec:
    """The registered reader that fits ``item`` best: content sniffing first, extension as a tie-breaker."""
    from rasid.errors import UnsupportedInputError

    if not head:
        raise EmptyInputError("empty file (0 bytes)")
    reason = binary_reason(head)
    if reason:
        raise BinaryInputError(reason)
    sniff = make_sniff(head)
    ext = item.extension
    best: ReaderSpec | None = None
    best_score = 0.0
    for spec in READERS.values():
        score = spec.sniff(sniff) if spec.sniff else 0.0
        if score <= 0.0:
            continue  # a sniffer that rejects the content is not overridden by the extension
        if any(ext.endswith(e) for e in spec.extensions):
            score += EXTENSION_BONUS
        if score > best_score:
            best, best_score = spec, score
    if best is None:
        if sniff.gzip:
            raise UnsupportedInputError("damaged gzip file")
        raise UnsupportedInputError("no reader recognises this content")
    return best


# --- building documents --------------------------------------------------------------------------
_TRAILING_SPACE = re.compile(r"[ \t\f\v\u00a0]+$", re.MULTILINE)


def clean_text(text: str) -> str:
    """Normalise newlines to ``\\n`` and strip trailing spaces and outer blank lines, nothing else.

    Every offset in Rasid points into the result, so characters are never folded here.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return text.strip("\n").lstrip("\ufeff")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


_LANGUAGE_NAMES = {
    "arabic": "ar",
    "ara": "ar",
    "french": "fr",
    "fra": "fr",
    "fre": "fr",
    "english": "en",
    "eng": "en",
    "russian": "ru",
    "rus": "ru",
}


def normalize_language(value: Any) -> str | None:
    """``ar`` from ``ar``, ``ar-SA``, ``ara`` or ``Arabic``; ``None`` for anything else unrecognisable."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = _LANGUAGE_NAMES.get(code, code)
    return code if re.fullmatch(r"[a-z]{2}", code) else None


#: Deepest nesting of lists and objects a record (and so a document's metadata) may have.
#: Real articles use a few levels; hundreds only come from hostile input, and would exhaust
#: the stack of every recursive JSON encoder and decoder downstream.
MAX_NESTING = 64


def nesting_depth(value: Any, limit: int = MAX_NESTING) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar is 0), counted without recursion.

    Stops counting once past ``limit``: the result is then ``limit + 1``.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, Mapping):
            children: Any = current.values()
        elif isinstance(current, list | tuple):
            children = current
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return limit + 1
        stack.extend((child, depth + 1) for child in children)
    return deepest


def valid_unicode(value: str) -> str:
    """``value`` with each lone UTF-16 surrogate (JSON can spell ``"\\ud800"`` alone) replaced by U+FFFD.

    One character for one, so offsets into a repaired text stay where they were.
    """
    return _LONE_SURROGATE.sub("\ufffd", value)


def _repaired_value(value: Any, where: str, repaired: list[str]) -> Any:
    """A JSON-safe copy of a metadata value: valid Unicode, no NaN or infinity (those become null).

    Each change is noted in ``repaired`` under ``where``; the depth was checked beforehand.
    """
    if isinstance(value, str):
        fixed = valid_unicode(value)
        if fixed != value and where not in repaired:
            repaired.append(where)
        return fixed
    if isinstance(value, float) and not math.isfinite(value):
        # json.loads reads NaN, Infinity and 1e999; strict JSON (exports, json_extract) cannot hold them
        if where not in repaired:
            repaired.append(where)
        return None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            fixed_key = valid_unicode(str(key))
            if fixed_key != key and where not in repaired:
                repaired.append(where)
            out[fixed_key] = _repaired_value(item, where, repaired)
        return out
    if isinstance(value, list | tuple):
        return [_repaired_value(item, where, repaired) for item in value]
    return value


def make_document(
    text: str,
    *,
    fmt: str,
    source: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    published: Any = None,
    language: str | None = None,
    meta: Mapping[str, Any] | None = None,
    empty_error: type[ReaderError] = EmptyInputError,
) -> Document:
    """Build a :class:`Document` the same way for every format (so identical text gives identical ids).

    This is the reader boundary: every text field leaves it valid Unicode and the metadata
    strict JSON (lone surrogates become U+FFFD, NaN and infinities null), and each field so
    repaired is named in ``meta["repaired"]``. Metadata nested deeper than
    :data:`MAX_NESTING` is refused with :class:`MalformedInputError`.
    """
    from rasid.errors import MalformedInputError

    repaired: list[str] = []

    def checked(name: str, value: str | None) -> str | None:
        if not isinstance(value, str):
            return value
        fixed = valid_unicode(value)
        if fixed != value:
            repaired.append(name)
        return fixed

    cleaned = checked("text", clean_text(text)) or ""
    if not cleaned.strip():
        raise empty_error("no text: the item is empty or only whitespace")
    title = checked("title", title)
    url = checked("url", url)
    outlet = checked("outlet", outlet)
    author = checked("author", author)
    language = checked("language", language)
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    url = url.strip() if isinstance(url, str) and url.strip() else None
    author = " ".join(author.split()) if isinstance(author, str) and author.strip() else None
    outlet = outlet.strip() if isinstance(outlet, str) and outlet.strip() else domain_of(url)
    date_value = parse_published(published) if published is not None else None
    language = normalize_language(language)
    detected = None if language is not None else detect_document_language(title, cleaned)
    if meta and nesting_depth(meta) > MAX_NESTING:
        raise MalformedInputError(
            f"metadata nested more than {MAX_NESTING} levels deep (lists or objects inside each other)"
        )
    full_meta: dict[str, Any] = {"format": fmt, "source": source}
    if meta:
        full_meta.update({k: v for k, v in meta.items() if v is not None})
    if detected is not None:
        full_meta[LANGUAGE_SOURCE] = DETECTED  # guessed from the text, not named by the input
    if published is not None and date_value is None:
        full_meta["published_raw"] = str(published)  # kept for the analyst, never stored as a date
    safe_meta: dict[str, Any] = {}
    for key, value in full_meta.items():
        safe_key = valid_unicode(str(key))
        where = "published" if key == "published_raw" else f"meta.{safe_key}"
        if safe_key != key:
            repaired.append(where)
        safe_meta[safe_key] = _repaired_value(value, where, repaired)
    if repaired:
        safe_meta["repaired"] = repaired
    return Document(
        text=cleaned,
        url=url,
        outlet=outlet,
        title=title,
        author=author,
        published=date_value[0] if date_value else None,
        published_precision=date_value[1] if date_value else None,
        language=language or detected,
        meta=safe_meta,
    )


def _human(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:g} {unit}" if unit == "bytes" else f"{n:.0f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return str(n)


def guarded(source: str, results: Iterator[ReadResult]) -> Iterator[ReadResult]:
    """Pass results through; an unexpected exception becomes one error result instead of escaping."""
    try:
        yield from results
    except ReaderError as exc:
        yield ReadResult(source, error=exc)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        from rasid.errors import MalformedInputError

        reason = " ".join(str(exc).split()) or type(exc).__name__
        yield ReadResult(
            source, error=MalformedInputError(f"compressed data is cut short or damaged: {reason}")
        )
    except Exception as exc:
        # Third-party parsers (lxml, warcio, feedparser, zipfile) raise many exception types on
        # hostile input; one bad item must never stop the batch, so each is reported with its type.
        reason = " ".join(str(exc).split()) or type(exc).__name__
        yield ReadResult(source, error=ReaderError(f"could not read ({type(exc).__name__}: {reason})"))
