"""Trace stories across languages: copies, translations, rewrites, story clusters and provenance.

    >>> from rasid.store import open_store
    >>> from rasid.trace import trace, list_stories, get_story, export_graph
    >>> store = open_store("rasid.db")  # doctest: +SKIP
    >>> report = trace(store)  # doctest: +SKIP
    >>> story = get_story(store, list_stories(store)[0]["id"])  # doctest: +SKIP

See docs/tracing.md for the relations, the story JSON shape and the CLI.
"""

from __future__ import annotations

from rasid.trace.api import explain_story, export_graph, get_story, list_stories, stories_json
from rasid.trace.relate import KINDS, Relation, Thresholds, relate
from rasid.trace.run import TraceReport, merge_stories, split_document, trace
from rasid.trace.stories import external_origins

__all__ = [
    "KINDS",
    "Relation",
    "Thresholds",
    "TraceReport",
    "explain_story",
    "export_graph",
    "external_origins",
    "get_story",
    "list_stories",
    "merge_stories",
    "relate",
    "split_document",
    "stories_json",
    "trace",
]
