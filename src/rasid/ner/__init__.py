"""Statistical Arabic named-entity recognition that runs offline.

The shipped model is a BiLSTM-CRF ensemble trained on ANERcorp's CAMeL-style train split
and run with numpy (``rasid.ner.neural``); a CRF (CRFsuite) trained on the same data ships
beside it (see ``docs/ner-model-card.md``); an optional backend runs a local Hugging Face
token-classification checkpoint. All produce PER/LOC/ORG/MISC spans with exact
offsets into the text they were given::

    >>> from rasid.ner import tag_text
    >>> [(s.text, s.label) for s in tag_text("قال الرئيس عبد الله ديوب في باماكو")]  # doctest: +SKIP
    [('عبد الله ديوب', 'PER'), ('باماكو', 'LOC')]
"""

from __future__ import annotations

from rasid.ner.api import (
    DEFAULT_MODEL_PATH,
    EntitySpan,
    Tagger,
    load_model,
    spans_from_tags,
    tag_text,
    tag_texts,
    text_tokens,
)

__all__ = [
    "DEFAULT_MODEL_PATH",
    "EntitySpan",
    "Tagger",
    "load_model",
    "spans_from_tags",
    "tag_text",
    "tag_texts",
    "text_tokens",
]
