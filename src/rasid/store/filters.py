"""The document filters search and browsing share, as SQL conditions (a leaf of the store package)."""

from __future__ import annotations

from typing import Any

#: Follows a LIKE whose pattern :func:`like_literal` escaped: a backslash escapes ``%``, ``_`` and
#: itself in both databases (PostgreSQL's LIKE escapes with it by default, SQLite's with nothing).
LIKE_ESCAPE = "ESCAPE '\\'"


def like_literal(text: str) -> str:
    """``text`` as a LIKE pattern that matches only itself (used with :data:`LIKE_ESCAPE`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def document_filters(
    language: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    *,
    table: str = "",
    entity: str | None = None,
    story: str | None = None,
) -> tuple[list[str], list[Any]]:
    """SQL conditions (``?`` placeholders) and parameters for the filters search and browsing share.

    ``since``/``until`` are ISO prefixes (``2024``, ``2024-08``, ``2024-08-21``), both inclusive;
    ``entity`` keeps documents mentioning that entity key (KB id, else canonical name, else text),
    ``story`` the members of that story; ``table`` prefixes the column names (``"d."``).
    """
    clauses: list[str] = []
    params: list[Any] = []
    if language:
        clauses.append(f"{table}language = ?")
        params.append(language)
    if outlet:
        clauses.append(f"{table}outlet = ?")
        params.append(outlet)
    if since:
        clauses.append(f"{table}published >= ?")
        params.append(since)
    if until:
        # inclusive on whatever precision was given: until=2024-08 keeps 2024-08-31
        clauses.append(f"substr({table}published, 1, ?) <= ?")
        params.extend([len(until), until])
    if entity:
        clauses.append(f"{table}id IN (SELECT doc_id FROM entity_documents WHERE key = ?)")
        params.append(entity)
    if story:
        clauses.append(f"{table}id IN (SELECT doc_id FROM story_members WHERE story_id = ?)")
        params.append(story)
    return clauses, params
