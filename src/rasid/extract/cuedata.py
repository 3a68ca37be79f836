"""Loading cue definitions (narratives, event types) from packaged YAML plus users' files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rasid.errors import ConfigError


def read_yaml(source: str, raw: str) -> dict[str, Any]:
    """A cue file's top-level mapping; a clear ConfigError naming ``source`` when it is not one."""
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(
            f"{source}{_where(exc)}: not valid YAML ({_problem(exc)}): fix the file and retry"
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=16)
def load_definitions(
    package: str, filename: str, key: str, extra_files: Sequence[str] = ()
) -> tuple[dict, ...]:
    """Packaged definitions under ``key`` followed by the users' own; a user entry replaces one with its id."""
    packaged = resources.files(package).joinpath(filename).read_text(encoding="utf-8")
    by_id: dict[str, dict] = {}
    sources = [(f"{package}/{filename}", packaged)]
    sources += [(str(p), read_text(p)) for p in extra_files]
    for source, raw in sources:
        entries = read_yaml(source, raw).get(key) or []
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not entry.get("id"):
                raise ConfigError(f"{source}: entry {i + 1} under {key!r} needs an 'id'")
            by_id[str(entry["id"])] = entry
    return tuple(by_id.values())


def read_text(path: str | Path) -> str:
    """A user's data file, or a ConfigError saying in one line why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise ConfigError(
            f"cannot read {path}: {reason}; fix the path or remove it from the settings"
        ) from exc


def _where(exc: yaml.YAMLError) -> str:
    """``:line:column`` of a YAML error, when the parser knows it (counted from 1, as editors do)."""
    mark = getattr(exc, "problem_mark", None)
    return f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""


def _problem(exc: yaml.YAMLError) -> str:
    """The parser's own one-line description of what is wrong (its full message spans several lines)."""
    problem = getattr(exc, "problem", None)
    return " ".join(str(problem or type(exc).__name__).split())


def cue_phrases(entry: dict, field: str) -> list[str]:
    """All phrases of an entry's per-language cue mapping, flattened."""
    return per_language_phrases(entry.get(field), f"entry {entry.get('id')!r}, {field!r}")


def per_language_phrases(value: Any, where: str) -> list[str]:
    """The phrases of a per-language mapping (``{ar: [...], fr: [...]}``), flattened. Another shape (a bare list, a
    string) is a ConfigError naming ``where``: read as it is, it would fail inside the stage on every document."""
    if value is None:
        return []
    if not isinstance(value, Mapping) or any(not isinstance(v, list | None) for v in value.values()):
        raise ConfigError(
            f"{where}: give the phrases per language, as {{ar: [...], fr: [...]}}, not {str(value)[:60]!r}"
        )
    return [phrase for phrases in value.values() for phrase in phrases or ()]
