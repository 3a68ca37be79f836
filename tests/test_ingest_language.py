"""Ingest leaves the language to the pipeline when it analyses, and decides it itself only when it does not."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rasid.ingest import _prepare_many
from rasid.model import Document

# written for this test
FRENCH = "Le convoi est arrivé à Gao lundi soir, selon l'armée."


class _Broken:
    """An analyser that fails on every document (the document is still stored)."""

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("stage exploded")

    def run_batch(self, docs: Sequence[Document]) -> list[Document]:
        raise RuntimeError("stage exploded")


class _Recording:
    """An analyser that records the language each document reached it with."""

    def __init__(self) -> None:
        self.seen: list[str | None] = []

    def __call__(self, doc: Document) -> Document:
        self.seen.append(doc.language)
        return doc.with_meta(language="it")

    def run_batch(self, docs: Sequence[Document]) -> list[Document]:
        return [self(doc) for doc in docs]


def test_ingest_language_of_a_document_stored_after_its_analysis_failed() -> None:
    _, prepared, error, note = _prepare_many([("x", Document(FRENCH))], _Broken())[0]
    assert error is None and prepared is not None and "stage exploded" in (note or "")
    language, meta = (
        prepared.row[7],
        json.loads(prepared.row[9]),
    )  # the documents row: ..., language, text, meta
    assert language == "fr" and meta["language_source"] == "detected"


def test_ingest_language_of_an_analysed_document_is_the_pipelines() -> None:
    analyzer = _Recording()
    _, prepared, _, _ = _prepare_many([("x", Document(FRENCH))], analyzer)[0]
    assert analyzer.seen == [None]  # ingest did not detect it first: the pipeline's language stage does
    assert prepared is not None and prepared.row[7] == "it"
