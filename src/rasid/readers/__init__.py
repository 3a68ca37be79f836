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
import importlib
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasid.errors import MalformedInputError, MissingInputError, ReaderError, TooLargeError
from rasid.readers.base import (
    DEFAULT_MAX_BYTES,
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

#: Built-in reader modules; each registers itself on import exactly as a user's reader would.
#: Plain text comes last so that it is the fallback when nothing more specific matches.
BUILTIN_READER_MODULES = (
    "rasid.readers.warc",
    "rasid.readers.feed",
    "rasid.readers.html",
    "rasid.readers.jsonl",
    "rasid.readers.plaintext",
)
for _module in BUILTIN_READER_MODULES:
    importlib.import_module(_module)


def read_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read every article under ``paths`` (files, directories, globs, ``-`` for stdin), lazily.

    Directories are walked recursively in sorted order, skipping hidden files and folders and
    the docs and scripts a corpus folder may hold (README, ``*.md``, ``*.py``, …).
    ``max_bytes`` caps each file (each record for JSONL, zip and WARC, which stream).
    """
    options = ReadOptions(max_bytes=max_bytes)
    for item in iter_input_items(paths, max_bytes=max_bytes):
        if isinstance(item, ReadResult):
            yield item
        else:
            yield from read_item(item, options)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read one in-memory input (an upload, an API body); ``name`` labels it and its extension helps."""
    yield from read_item(InputItem(name=name, data=data), ReadOptions(max_bytes=max_bytes))


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
        elif os.path.exists(path):
            yield InputItem(name=path, path=path)
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            visible = [m for m in matches if not _skipped(Path(m).name)]
            if not visible:
                yield ReadResult(path, error=MissingInputError("no file matches this pattern"))
            for match in visible:
                if os.path.isdir(match):
                    yield from _walk(match)
                else:
                    yield InputItem(name=match, path=match)
        else:
            yield ReadResult(path, error=MissingInputError("no such file or directory"))


#: Files a directory walk leaves alone: a corpus folder's own docs and scripts are not articles.
#: Name such a file explicitly to read it anyway.
SKIPPED_IN_DIRECTORIES = (".py", ".md", ".rst", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".sh", ".lock")
_SKIPPED_STEMS = ("readme", "license", "licence", "changelog")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _skipped(name: str) -> bool:
    lower = name.lower()
    return _hidden(name) or lower.endswith(SKIPPED_IN_DIRECTORIES) or lower.split(".")[0] in _SKIPPED_STEMS


def _walk(root: str) -> Iterator[InputItem]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))  # pruning in place stops the descent
        for filename in sorted(filenames):
            if not _skipped(filename):
                full = os.path.join(dirpath, filename)
                if os.path.isfile(full):
                    yield InputItem(name=full, path=full)
