"""The document's language, decided once, before any stage reads it.

``rasid.language.v1`` provides ``language``: afterwards ``Document.language`` holds the language the input
named or, when it named none, the one :func:`rasid.text.langid.detect_document_language` finds in the title
and text, with ``meta["language_source"] = "detected"`` saying it was guessed. A text too short to tell keeps
``language = None``: the fact is still decided (unknown), and stages that read it treat it so.

Readers already detect the language of what they read, so for ingested documents this stage only confirms
it; documents made by hand (``analyze_text``, the API, stored documents re-analysed) get it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasid.model import Document
from rasid.pipeline import register_stage
from rasid.text.langid import with_document_language

STAGE = "rasid.language.v1"


@register_stage(
    STAGE,
    provides=("language",),
    description="The document's language: as given, else detected from title and text (marked as detected).",
)
def language_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    return with_document_language(doc)
