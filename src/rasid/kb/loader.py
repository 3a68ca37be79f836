"""Reading and checking knowledge-base files (YAML or TSV), with errors that name file and line.

A YAML KB file is a mapping with ``version`` and ``entries`` (a list). A TSV file has a
header row naming its columns (``id``, ``name``, ``type`` first; ``aliases_ar`` … with
``|`` between names; see :data:`TSV_COLUMNS`); the big generated files (countries,
places) are TSV because it loads fifty times faster than YAML. Every entry is checked
field by field; the first problem found is reported as ``[K001] FILE:LINE: what is
wrong`` so a user fixing their own ``--kb`` file knows where to look. See
``docs/knowledge-base.md`` for the format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from rasid.errors import KBError
from rasid.kb.model import ENTITY_TYPES, EQUIPMENT_TYPE, LANGUAGES, Entry

#: Highest KB file format this code reads.
KB_FORMAT_VERSION = 1

_ID = re.compile(r"^rasid:[a-z_]+/[a-z0-9][a-z0-9._-]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

_FIELDS = {
    "id", "name", "type", "aliases", "short", "role", "description", "country", "ids", "coords",
    "population", "prior", "domains", "context", "category", "origin", "generic", "attrs", "languages",
}  # fmt: skip
_CONTEXT_FIELDS = {"reject_prev", "reject_next", "needs_context"}
_ID_FIELDS = {"wikidata", "geonames", "iso2", "iso3"}


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: much faster


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader that remembers the line each mapping starts on (as ``__line__``)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _fail(path: Path, line: int | str, message: str) -> KBError:
    return KBError(f"{path}:{line}: {message}")


def _str_list(value: Any, path: Path, line: int, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, line, f"{what} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _lang_map(value: Any, path: Path, line: int, what: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if isinstance(value, list):  # a plain list: language not stated
        return {"any": _str_list(value, path, line, what)}
    if not isinstance(value, Mapping):
        raise _fail(path, line, f"{what} must map a language ({', '.join(LANGUAGES)}) to a list of names")
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if lang == "__line__":
            continue
        if lang not in LANGUAGES:
            raise _fail(path, line, f"{what}: unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        out[lang] = _str_list(names, path, line, f"{what}.{lang}")
    return out


def parse_entry(raw: Any, path: Path, fallback_line: int) -> Entry:
    """Check one raw YAML entry and build an :class:`Entry`."""
    if not isinstance(raw, Mapping):
        raise _fail(path, fallback_line, f"an entry must be a mapping, got {type(raw).__name__}")
    line = int(raw.get("__line__", fallback_line))
    unknown = sorted(set(raw) - _FIELDS - {"__line__"})
    if unknown:
        raise _fail(
            path, line, f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_FIELDS))}"
        )
    for required in ("id", "name", "type"):
        if not isinstance(raw.get(required), str) or not raw[required].strip():
            raise _fail(path, line, f"entry is missing {required!r} (a non-empty string)")
    entry_id, etype = raw["id"].strip(), raw["type"].strip()
    if not _ID.match(entry_id):
        raise _fail(
            path, line, f"id {entry_id!r} must look like rasid:person/sergey-lavrov (lowercase, no spaces)"
        )
    if etype not in (*ENTITY_TYPES, EQUIPMENT_TYPE):
        raise _fail(path, line, f"type {etype!r} is not one of {', '.join((*ENTITY_TYPES, EQUIPMENT_TYPE))}")
    aliases = _lang_map(raw.get("aliases"), path, line, "aliases")
    short = _lang_map(raw.get("short"), path, line, "short")
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise _fail(path, line, f"country {country!r} must be an ISO 3166 alpha-2 code like ML")
    ids = raw.get("ids") or {}
    if not isinstance(ids, Mapping):
        raise _fail(path, line, "ids must be a mapping like {wikidata: Q159, geonames: 2017370}")
    ids = {k: v for k, v in ids.items() if k != "__line__"}
    bad_ids = sorted(set(ids) - _ID_FIELDS)
    if bad_ids:
        raise _fail(
            path, line, f"unknown id kind(s) {', '.join(bad_ids)}; allowed: {', '.join(sorted(_ID_FIELDS))}"
        )
    if "wikidata" in ids and not (isinstance(ids["wikidata"], str) and _QID.match(ids["wikidata"])):
        raise _fail(path, line, f"wikidata id {ids['wikidata']!r} must look like Q159")
    if "geonames" in ids and not isinstance(ids["geonames"], int):
        raise _fail(path, line, f"geonames id {ids['geonames']!r} must be an integer")
    coords = raw.get("coords")
    if coords is not None:
        if (
            not isinstance(coords, list)
            or len(coords) != 2
            or not all(isinstance(c, int | float) for c in coords)
            or not (-90 <= coords[0] <= 90 and -180 <= coords[1] <= 180)
        ):
            raise _fail(path, line, f"coords {coords!r} must be [latitude, longitude] in degrees")
        coords = (float(coords[0]), float(coords[1]))
    for number in ("population", "prior"):
        value = raw.get(number)
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool) or value < 0):
            raise _fail(path, line, f"{number} must be a non-negative number")
    context = raw.get("context") or {}
    if not isinstance(context, Mapping):
        raise _fail(path, line, "context must be a mapping (reject_prev, reject_next, needs_context)")
    context = {k: v for k, v in context.items() if k != "__line__"}
    bad_ctx = sorted(set(context) - _CONTEXT_FIELDS)
    if bad_ctx:
        raise _fail(path, line, f"unknown context field(s) {', '.join(bad_ctx)}")
    attrs = raw.get("attrs") or {}
    if not isinstance(attrs, Mapping):
        raise _fail(path, line, "attrs must be a mapping")
    if etype == EQUIPMENT_TYPE and not isinstance(raw.get("category"), str):
        raise _fail(path, line, "equipment entries need a 'category' (e.g. main battle tank)")
    if not aliases and not raw.get("generic"):
        # the canonical name itself is always an alias; nothing else to check
        pass
    return Entry(
        id=entry_id,
        name=raw["name"].strip(),
        type=etype,
        aliases=aliases,
        short=short,
        role=raw.get("role"),
        description=raw.get("description"),
        country=country,
        ids=dict(ids),
        coords=coords,
        population=int(raw.get("population") or 0),
        prior=float(raw.get("prior") or 0.0),
        domains=_str_list(raw.get("domains") or [], path, line, "domains"),
        reject_prev=_str_list(context.get("reject_prev") or [], path, line, "context.reject_prev"),
        reject_next=_str_list(context.get("reject_next") or [], path, line, "context.reject_next"),
        needs_context=bool(context.get("needs_context", False)),
        category=raw.get("category"),
        origin=raw.get("origin"),
        generic=bool(raw.get("generic", False)),
        attrs={k: v for k, v in attrs.items() if k != "__line__"},
        source=f"{path.name}:{line}",
    )


#: Columns a TSV KB file may have (``id``, ``name`` and ``type`` are required).
TSV_COLUMNS = (
    "id", "name", "type", "country", "aliases_ar", "aliases_fr", "aliases_en", "aliases_ru", "aliases_any",
    "short_ar", "short_fr", "short_en", "short_ru", "role", "description", "wikidata", "geonames", "iso2", "iso3",
    "lat", "lon", "population", "prior", "needs_context", "reject_prev", "reject_next", "domains", "category",
    "origin",
)  # fmt: skip
_TSV_LIST_SEP = "|"


def _tsv_rows(path: Path, raw_text: str) -> tuple[int, list[dict[str, Any]]]:
    """TSV rows turned into the same raw mappings a YAML file gives, so one check covers both."""
    version = 1
    header: list[str] | None = None
    rows: list[dict[str, Any]] = []
    for lineno, line in enumerate(raw_text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*version:\s*(\d+)", line)
            if m:
                version = int(m.group(1))
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            unknown = [c for c in header if c not in TSV_COLUMNS]
            if header[:3] != ["id", "name", "type"] or unknown:
                raise _fail(
                    path,
                    lineno,
                    f"TSV header must start with id, name, type and use only: {', '.join(TSV_COLUMNS)}"
                    + (f" (unknown: {', '.join(unknown)})" if unknown else ""),
                )
            continue
        if len(cells) > len(header):
            raise _fail(path, lineno, f"{len(cells)} cells but the header has {len(header)} columns")
        row = {col: cell.strip() for col, cell in zip(header, cells, strict=False) if cell.strip()}
        raw: dict[str, Any] = {"__line__": lineno}
        ids: dict[str, Any] = {}
        try:
            for col, value in row.items():
                kind, _, lang = col.partition("_")
                if kind in ("aliases", "short") and lang:
                    raw.setdefault(kind, {})[lang] = value.split(_TSV_LIST_SEP)
                elif col in ("wikidata", "iso2", "iso3"):
                    ids[col] = value
                elif col == "geonames":
                    ids[col] = int(value)
                elif col in ("population", "prior"):
                    raw[col] = float(value) if "." in value else int(value)
                elif col == "needs_context":
                    raw.setdefault("context", {})["needs_context"] = value.lower() in ("1", "true", "yes")
                elif col in ("reject_prev", "reject_next"):
                    raw.setdefault("context", {})[col] = value.split(_TSV_LIST_SEP)
                elif col == "domains":
                    raw[col] = value.split(_TSV_LIST_SEP)
                elif col not in ("lat", "lon"):
                    raw[col] = value
            if "lat" in row or "lon" in row:
                raw["coords"] = [float(row.get("lat", "nan")), float(row.get("lon", "nan"))]
        except ValueError as exc:
            raise _fail(path, lineno, f"bad number ({exc})") from None
        if ids:
            raw["ids"] = ids
        rows.append(raw)
    if header is None:
        raise _fail(path, 1, "empty TSV file: the first row must name the columns (id, name, type, …)")
    return version, rows


def read_kb_file(path: str | Path) -> tuple[int, list[Entry]]:
    """Read one KB file (YAML or TSV); return its ``version`` and checked entries. Raises :class:`KBError`."""
    path = Path(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KBError(f"{path}: knowledge-base file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KBError(f"{path}: cannot read knowledge-base file ({exc})") from None
    if path.suffix.lower() in (".tsv", ".tab"):
        version, raw_entries = _tsv_rows(path, raw_text)
        if version > KB_FORMAT_VERSION:
            raise _fail(
                path,
                1,
                f"KB format version {version} is not supported (this Rasid reads up to {KB_FORMAT_VERSION})",
            )
        return version, _check_entries(path, raw_entries, 1)
    try:
        data = yaml.load(raw_text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = mark.line + 1 if mark is not None else "?"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(path, where, f"not valid YAML: {problem}") from None
    if not isinstance(data, Mapping) or "entries" not in data:
        raise _fail(path, 1, "a KB file must be a mapping with 'version' and 'entries' (a list)")
    version = data.get("version", 1)
    if not isinstance(version, int) or version > KB_FORMAT_VERSION:
        raise _fail(
            path,
            1,
            f"KB format version {version!r} is not supported (this Rasid reads up to {KB_FORMAT_VERSION})",
        )
    raw_entries = data["entries"] or []
    if not isinstance(raw_entries, list):
        raise _fail(path, data.get("__line__", 1), "'entries' must be a list")
    return version, _check_entries(path, raw_entries, int(data.get("__line__", 1)))


def _check_entries(path: Path, raw_entries: list[Any], fallback_line: int) -> list[Entry]:
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for raw in raw_entries:
        entry = parse_entry(raw, path, fallback_line)
        if entry.id in seen:
            raise _fail(
                path,
                entry.source.rsplit(":", 1)[1],
                f"duplicate id {entry.id} (first at line {seen[entry.id]})",
            )
        seen[entry.id] = entry.source.rsplit(":", 1)[1]
        entries.append(entry)
    return entries


def dump_tsv(raw_entries: list[dict[str, Any]], header_comment: str = "") -> str:
    """Raw entries (as in a YAML file) written as KB TSV text; the inverse of reading a TSV file."""
    used = {"id", "name", "type"}
    rows: list[dict[str, str]] = []
    for raw in raw_entries:
        row: dict[str, str] = {}
        for key, value in raw.items():
            if key in ("aliases", "short"):
                for lang, names in value.items():
                    if names:
                        row[f"{key}_{lang}"] = _TSV_LIST_SEP.join(names)
            elif key == "ids":
                for kind, ident in value.items():
                    row[kind] = str(ident)
            elif key == "coords":
                row["lat"], row["lon"] = (str(c) for c in value)
            elif key == "context":
                if value.get("needs_context"):
                    row["needs_context"] = "true"
                for side in ("reject_prev", "reject_next"):
                    if value.get(side):
                        row[side] = _TSV_LIST_SEP.join(value[side])
            elif key == "domains":
                row[key] = _TSV_LIST_SEP.join(value)
            else:
                row[key] = str(value)
        for cell in row.values():
            if "\t" in cell or "\n" in cell:
                raise KBError(f"entry {raw.get('id')}: a TSV cell cannot hold a tab or a line break")
        used.update(row)
        rows.append(row)
    columns = [c for c in TSV_COLUMNS if c in used]
    lines = [f"# {line}" for line in header_comment.splitlines()]
    lines.append(f"# version: {KB_FORMAT_VERSION}")
    lines.append("\t".join(columns))
    lines.extend("\t".join(row.get(c, "") for c in columns) for row in rows)
    return "\n".join(lines) + "\n"
