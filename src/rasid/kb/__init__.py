"""The knowledge base: people, organisations, places, outlets, events and equipment, as data.

Packaged files live in ``rasid/data/kb/*.yaml`` and ``*.tsv``; users layer their own files over
them with ``--kb FILE`` (or ``load_kb(extra_files=[...])``). An entry in a user file
with an id the KB already has replaces it, keeping the packaged names as well.

    >>> kb = load_kb()
    >>> kb["rasid:gpe/ru"].name
    'Russia'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasid.errors import KBError
from rasid.kb.loader import KB_FORMAT_VERSION, read_kb_file
from rasid.kb.model import (
    ENTITY_TYPES,
    EQUIPMENT_TYPE,
    LANGUAGES,
    TYPE_FAMILY,
    Entry,
    KnowledgeBase,
    type_family,
)

__all__ = [
    "ENTITY_TYPES",
    "EQUIPMENT_TYPE",
    "KB_FORMAT_VERSION",
    "LANGUAGES",
    "TYPE_FAMILY",
    "Entry",
    "KBError",
    "KnowledgeBase",
    "load_kb",
    "packaged_kb_files",
    "read_kb_file",
    "type_family",
]


def packaged_kb_files() -> list[Path]:
    """The KB files shipped in the package, in load order (sorted by name)."""
    folder = resources.files("rasid.data.kb")
    return sorted(
        (Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml", ".tsv"))),
        key=lambda p: p.name,
    )


def load_kb(extra_files: Iterable[str | os.PathLike[str]] = (), *, packaged: bool = True) -> KnowledgeBase:
    """The packaged KB with ``extra_files`` layered over it, in order. Cached per set of files.

    Raises :class:`~rasid.errors.KBError` naming the file and line of the first problem.
    """
    keys = []
    for f in extra_files:
        path = Path(f).expanduser().resolve()
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            raise KBError(f"{f}: knowledge-base file not found") from None
        keys.append((str(path), mtime))
    return _load_cached(tuple(keys), packaged)


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[tuple[str, int], ...], packaged: bool) -> KnowledgeBase:
    entries: dict[str, Entry] = {}
    versions = []
    if packaged:
        for path in packaged_kb_files():
            version, file_entries = read_kb_file(path)
            versions.append(f"{path.stem}@{version}")
            for entry in file_entries:
                if entry.id in entries:
                    raise KBError(
                        f"{path}:{entry.source.rsplit(':', 1)[1]}: id {entry.id} also in {entries[entry.id].source}"
                    )
                entries[entry.id] = entry
    for path_str, _mtime in extra:
        _, file_entries = read_kb_file(path_str)
        for entry in file_entries:
            old = entries.get(entry.id)
            entries[entry.id] = old.merged_with(entry) if old else entry
    return KnowledgeBase(entries, files=tuple(p for p, _ in extra), version=",".join(versions))
