"""Trace stories across languages: copies, translations, rewrites, story clusters and provenance.

See docs/tracing.md for the relations, the story JSON shape and the CLI.
"""

from __future__ import annotations

from rasid.trace.relate import KINDS, Relation, Thresholds, relate

__all__ = ["KINDS", "Relation", "Thresholds", "relate"]
