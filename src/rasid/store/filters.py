"""The document filters search and browsing share, and their SQL conditions (a leaf of the store package)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: Follows a LIKE whose pattern :func:`like_literal` escaped: a backslash escapes ``%``, ``_`` and
#: itself in both databases (PostgreSQL's LIKE escapes with it by default, SQLite's with nothing).
LIKE_ESCAPE = "ESCAPE '\\'"


def like_literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches only itself (used with :data:`LIKE_ESCAPE`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: The filters that are one condition on one value each (``{t}``: the table prefix); ``until`` is the other.
_CONDITIONS = (
    ("language", "{t}language = ?"),
    ("outlet", "{t}outlet = ?"),
    ("since", "{t}published >= ?"),
    ("entity", "{t}id IN (SELECT doc_id FROM entity_documents WHERE key = ?)"),
    ("story", "{t}id IN (SELECT doc_id FROM story_members WHERE story_id = ?)"),
)


@dataclass(frozen=True, slots=True)
class DocumentFilters:
    """Which documents a search or a listing keeps: every filter given must hold (none given keeps all).

    ``since``/``until`` are ISO prefixes (``2024``, ``2024-08``, ``2024-08-21``) of the published date,
    both inclusive; ``entity`` keeps documents mentioning that entity key (KB id, else canonical name,
    else text), ``story`` the members of that story. Empty strings (a blank form field) mean "not given".
    """

    language: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    story: str | None = None

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if value == "":
                object.__setattr__(self, name, None)

    def conditions(self, table: str = "") -> tuple[list[str], list[Any]]:
        """SQL conditions (``?`` placeholders) and their parameters; ``table`` prefixes the column names
        (``"d."``)."""
        clauses: list[str] = []
        params: list[Any] = []
        for name, condition in _CONDITIONS:
            value = getattr(self, name)
            if value:
                clauses.append(condition.format(t=table))
                params.append(value)
        if self.until:
            # inclusive on whatever precision was given: until=2024-08 keeps 2024-08-31
            clauses.append(f"substr({table}published, 1, ?) <= ?")
            params.extend([len(self.until), self.until])
        return clauses, params


#: No filter: every document.
NO_FILTERS = DocumentFilters()
