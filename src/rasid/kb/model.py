"""Knowledge-base entries and the merged knowledge base."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

#: Entity types (the ``entities`` layer labels).
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "EVENT", "MEDIA", "ARMED_GROUP")
#: Type of catalogue entries matched by the equipment stage.
EQUIPMENT_TYPE = "EQUIPMENT"
#: Languages aliases are filed under ("any" = not stated: numbers, model codes).
LANGUAGES = ("ar", "fr", "en", "ru", "any")

#: Finer types that a coarser scheme (ACE/CoNLL-like gold, ANERcorp) calls ORG.
TYPE_FAMILY = {"MEDIA": "ORG", "ARMED_GROUP": "ORG"}


def type_family(label: str) -> str:
    """The coarse type of a label: MEDIA and ARMED_GROUP are kinds of ORG."""
    return TYPE_FAMILY.get(label, label)


@dataclass(frozen=True)
class Entry:
    """One thing the KB knows: a person, organisation, place, outlet, event or equipment model."""

    id: str
    name: str
    type: str
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Short forms (a surname) used only to link later mentions to a full mention in the same text.
    short: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    role: str | None = None
    description: str | None = None
    country: str | None = None
    ids: Mapping[str, Any] = field(default_factory=dict)
    coords: tuple[float, float] | None = None
    population: int = 0
    prior: float = 0.0
    domains: tuple[str, ...] = ()
    reject_prev: tuple[str, ...] = ()
    reject_next: tuple[str, ...] = ()
    #: Alias also an everyday word (Mali / مالي "financial"): accept only with supporting context.
    needs_context: bool = False
    category: str | None = None
    origin: str | None = None
    generic: bool = False
    attrs: Mapping[str, Any] = field(default_factory=dict)
    #: Where the entry was read from (``file.yaml:LINE``), for error messages and debugging.
    source: str = ""

    @property
    def is_country(self) -> bool:
        """A country (it has an ISO code): someone as well as somewhere, unlike a city or a region. Its
        coordinates, when it has them, are a representative point, not where anything happened."""
        return self.type == "GPE" and bool(self.ids.get("iso2"))

    def names(self) -> Iterator[tuple[str, str]]:
        """Every ``(language, name)`` this entry is written as, the canonical name first."""
        yield "en", self.name
        for lang, names in self.aliases.items():
            for name in names:
                yield lang, name

    def short_names(self) -> Iterator[tuple[str, str]]:
        for lang, names in self.short.items():
            for name in names:
                yield lang, name

    def merged_with(self, other: Entry) -> Entry:
        """``other`` (a user's entry with the same id) over this one; names and domains are united."""

        def union(
            a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]
        ) -> dict[str, tuple[str, ...]]:
            out = {k: tuple(v) for k, v in a.items()}
            for lang, names in b.items():
                out[lang] = tuple(dict.fromkeys((*out.get(lang, ()), *names)))
            return out

        return replace(
            other,
            aliases=union(self.aliases, other.aliases),
            short=union(self.short, other.short),
            domains=tuple(dict.fromkeys((*self.domains, *other.domains))),
            ids={**self.ids, **other.ids},
            coords=other.coords or self.coords,
            population=other.population or self.population,
        )


class KnowledgeBase:
    """All entries, by id, after user files were layered over the packaged ones.

    Instances are treated as immutable once built; compiled matchers are cached on them.
    """

    def __init__(self, entries: Mapping[str, Entry], files: tuple[str, ...] = (), version: str = "") -> None:
        self._entries = dict(entries)
        self.files = files
        self.version = version
        self._cache: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def __getitem__(self, entry_id: str) -> Entry:
        return self._entries[entry_id]

    def entities(self) -> list[Entry]:
        return [e for e in self._entries.values() if e.type != EQUIPMENT_TYPE]

    def equipment(self) -> list[Entry]:
        return [e for e in self._entries.values() if e.type == EQUIPMENT_TYPE]

    def by_domain(self, domain: str) -> Entry | None:
        """The outlet whose ``domains`` contain ``domain`` (or a parent domain of it); a fully qualified
        name's final dot ("sana.sy.") is no part of it."""
        index = self.cached("domains", self._domain_index)
        host = domain.lower().removeprefix("www.").rstrip(".")
        while host:
            if host in index:
                return index[host]
            _, _, host = host.partition(".")
        return None

    def _domain_index(self) -> dict[str, Entry]:
        return {d.lower().removeprefix("www."): e for e in self._entries.values() for d in e.domains}

    def cached(self, key: str, build: Any) -> Any:
        """A value computed once per KB (compiled matchers, indexes)."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]
