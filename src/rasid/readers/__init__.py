"""Read articles from files, directories, globs, stdin or bytes into :class:`~rasid.model.Document` s.

>>> from rasid.readers import read_paths
>>> for result in read_paths(["samples"]):          # doctest: +SKIP
...     print(result.source, result.document.id if result.ok else result.error)

Every input item gives :class:`ReadResult` s: a document, or an error naming the reason.
``read_paths`` never raises for a problem with one item and is a lazy generator, so a
31,000-article archive streams with bounded memory. Formats are pluggable: see
:func:`register_reader` and ``docs/input-formats.md``.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasid.errors import (
    MalformedInputError,
    MissingInputError,
    ReaderError,
    TooLargeError,
    UnsupportedInputError,
)
from rasid.readers.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMBER_BYTES,
    READERS,
    InputItem,
    ReaderSpec,
    ReadOptions,
    ReadResult,
    choose_reader,
    guarded,
    is_gzip,
    make_sniff,
    register_reader,
    valid_unicode,
)

__all__ = [
    "BUILTIN_READER_MODULES",
    "READERS",
    "InputItem",
    "ReadOptions",
    "ReadResult",
    "ReaderSpec",
    "iter_input_items",
    "read_bytes",
    "read_item",
    "read_paths",
    "register_reader",
]

# The built-in readers register themselves on import, exactly as a user's reader would. Plain text comes
# last so that it is the fallback when nothing more specific matches.
from rasid.readers import warc, feed, html, jsonl, plaintext  # noqa: I001  (order is meaning)

#: Built-in reader modules, in the order they register.
BUILTIN_READER_MODULES = tuple(module.__name__ for module in (warc, feed, html, jsonl, plaintext))


def read_paths(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
) -> Iterator[ReadResult]:
    """Read every article under ``paths`` (files, directories, globs, ``-`` for stdin), lazily.

    Directories are walked recursively in sorted order, skipping hidden files and folders and
    the docs and scripts a corpus folder may hold (README, ``*.md``, ``*.py``, …).
    ``max_bytes`` caps each file (each record for JSONL, zip and WARC, which stream);
    ``max_member_bytes`` caps what each zip member or gzip stream decompresses to.
    """
    options = ReadOptions(max_bytes=max_bytes, max_member_bytes=max_member_bytes)
    for item in iter_input_items(paths, max_bytes=max_bytes):
        if isinstance(item, ReadResult):
            yield item
        else:
            yield from read_item(item, options)


def read_bytes(
    data: bytes,
    name: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
) -> Iterator[ReadResult]:
    """Read one in-memory input (an upload, an API body); ``name`` labels it and its extension helps."""
    options = ReadOptions(max_bytes=max_bytes, max_member_bytes=max_member_bytes)
    yield from read_item(InputItem(name=name, data=data), options)


def read_item(item: InputItem, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read one input item with the reader that fits it; problems become error results."""
    options = options or ReadOptions()
    try:
        head = item.head()
        if is_gzip(head) and not item.gzipped and not make_sniff(head).raw.startswith(b"WARC/"):
            # articles.jsonl.gz, page.html.gz: read what is inside (WARC readers take .warc.gz whole)
            item = dataclasses.replace(item, gzipped=True)
            try:
                head = item.head()
            except (OSError, EOFError, zlib.error) as exc:
                raise MalformedInputError(f"damaged gzip file ({type(exc).__name__}: {exc})") from None
        spec = choose_reader(item, head)
        if not spec.streaming and item.size() > options.max_bytes:
            raise TooLargeError(
                f"{item.size():,} bytes is over the {options.max_bytes:,}-byte limit (raise --max-bytes to read it)"
            )
    except ReaderError as exc:
        yield ReadResult(item.name, error=exc)
        return
    except OSError as exc:
        yield ReadResult(item.name, error=ReaderError(f"cannot open: {exc.strerror or exc}"))
        return
    yield from guarded(item.name, spec.read(item, options))


def iter_input_items(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[InputItem | ReadResult]:
    """Expand paths into input items in a deterministic order; a path that matches nothing is an error result."""
    if isinstance(paths, str | os.PathLike):
        paths = [os.fspath(paths)]
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield ReadResult(
                    "-", error=TooLargeError(f"standard input is over the {max_bytes:,}-byte limit")
                )
            else:
                yield InputItem(name="-", data=data)
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path):
            yield _file_item(path)
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            visible = [m for m in matches if not _skipped(Path(m).name)]
            if not visible:
                yield ReadResult(_name_of(path), error=MissingInputError("no file matches this pattern"))
            for match in visible:
                if os.path.isdir(match):
                    yield from _walk(match)
                else:
                    yield _file_item(match)
        else:
            yield ReadResult(_name_of(path), error=MissingInputError("no such file or directory"))


#: Files a directory walk leaves alone: a corpus folder's own docs and scripts are not articles.
#: Name such a file explicitly to read it anyway.
SKIPPED_IN_DIRECTORIES = (".py", ".md", ".rst", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".sh", ".lock")
_SKIPPED_STEMS = ("readme", "license", "licence", "changelog")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _skipped(name: str) -> bool:
    lower = name.lower()
    return _hidden(name) or lower.endswith(SKIPPED_IN_DIRECTORIES) or lower.split(".")[0] in _SKIPPED_STEMS


_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_regular_reason(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((what for test, what in _FILE_KINDS if test(mode)), "not a regular file")
    # Reading a pipe or a device can block forever or never end: only regular files are articles
    return f"{kind}, not a regular file: give its contents on standard input (-) instead"


def _file_item(path: str) -> InputItem | ReadResult:
    """An input item for a path that is not a directory, or the reason it cannot be one."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        reason = "a broken symbolic link" if os.path.islink(path) else (exc.strerror or str(exc))
        return ReadResult(_name_of(path), error=ReaderError(f"cannot open: {reason}"))
    not_regular = _not_regular_reason(mode)
    if not_regular:
        return ReadResult(_name_of(path), error=UnsupportedInputError(not_regular))
    return InputItem(name=_name_of(path), path=path)


def _name_of(path: str) -> str:
    """``path`` as valid Unicode, to name the item: bytes of a name that are not UTF-8 arrive as lone
    surrogates (Python's surrogateescape), which no log, database or terminal can take."""
    return valid_unicode(path)


def _walk(root: str) -> Iterator[InputItem | ReadResult]:
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        yield from _unreadable_folders(unreadable)
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))  # pruning in place stops the descent
        for filename in sorted(filenames):
            if not _skipped(filename):
                yield _file_item(os.path.join(dirpath, filename))
    yield from _unreadable_folders(unreadable)


def _unreadable_folders(errors: list[OSError]) -> Iterator[ReadResult]:
    """One error line per folder the walk could not list (os.walk would skip them silently)."""
    while errors:
        exc = errors.pop(0)
        yield ReadResult(
            _name_of(os.fspath(exc.filename)) if exc.filename is not None else "?",
            error=ReaderError(f"cannot read this folder: {exc.strerror or exc}"),
        )
