"""What the sources tests share: the kinds that are a cited source, a pipeline without the name tagger (the
sources stage reads cues, not names), and the cited sources a text yields."""

from __future__ import annotations

from rasid.extract import default_pipeline
from rasid.extract.sources import PRIORITY
from rasid.extract.standoff import NOT_CITED
from rasid.model import Document
from rasid.pipeline import Pipeline

#: Source kinds that say where information comes from: every kind the stage writes but the page's furniture
#: (a photo credit, the publisher's signature), as the real-world scorer counts them.
CITED = frozenset(PRIORITY) - NOT_CITED


def sources_pipeline() -> Pipeline:
    return default_pipeline({"rasid.ner": {"enabled": False}})


def cited(pipeline: Pipeline, text: str, language: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of each cited source ``pipeline`` finds in ``text``."""
    doc = pipeline(Document(text=text, language=language))
    return [(a.label, a.text) for a in doc.layer("sources") if a.label in CITED]


def covers(found: list[tuple[str, str]], kind: str, words: str) -> bool:
    """A source of ``kind`` whose text holds ``words``."""
    return any(k == kind and words in text for k, text in found)
