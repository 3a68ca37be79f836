"""Language identification robust on short and mixed-script news text.

Script decides first: an Arabic article full of Latin model names (T-72B3, BTR-80)
is still Arabic, so Arabic-script letters win when they make up a fair share of the
letters. Cyrillic text is Russian among our candidates (lingua separates it from
Ukrainian and others when it can). Latin-script text goes to lingua restricted to
the candidate languages, which is both faster and far more accurate on short text.

A document's language is detected by one rule, :func:`detect_document_language` (title and text): the
readers call it when the input names no language, the ``rasid.language.v1`` stage for documents that reach
a pipeline without one, and code working on stored documents outside a pipeline reads
:func:`document_language`.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a leaf: the model imports rasid.text, so this module names Document for types only
    from rasid.model import Document

#: Languages Rasid distinguishes; ISO 639-1 codes.
CANDIDATES = ("ar", "fr", "en", "ru", "it", "es", "de", "pt", "uk", "tr")
#: Share of Arabic-script letters above which a text is Arabic (or Persian/Urdu — not candidates).
ARABIC_SHARE = 0.3
#: Characters of text looked at; the head of an article is enough and keeps this cheap.
SAMPLE_CHARS = 3000


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    # Classify each distinct character once (Counter counts in C): the per-character loop was
    # the hottest spot of ingesting SaudiNewsNet.
    for ch, n in Counter(text).items():
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
            counts["arabic"] += n
        elif 0x0400 <= cp <= 0x04FF:
            counts["cyrillic"] += n
        elif ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
            counts["latin"] += n
        else:
            counts["other"] += n
    return counts


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in CANDIDATES if c != "ar"]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or ``None`` when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters < 3:
        return None
    if counts["arabic"] / letters >= ARABIC_SHARE:
        return "ar"
    if counts["cyrillic"] >= counts["latin"]:
        only_cyrillic = "".join(ch for ch in sample if not ("a" <= ch.lower() <= "z"))
        return _lingua(only_cyrillic) or "ru"
    if counts["latin"] == 0:
        return None
    return _lingua(sample)


def _lingua(text: str) -> str | None:
    language = _detector().detect_language_of(text)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()


# --- documents ------------------------------------------------------------------------------------
#: ``meta`` key set to :data:`DETECTED` on a document whose language was detected here rather than given.
LANGUAGE_SOURCE = "language_source"
DETECTED = "detected"


def detect_document_language(title: str | None, text: str) -> str | None:
    """The language of an article, from its title and text together (a short text alone may not tell).

    The one rule every caller uses: the reader building a document, the ``rasid.language`` stage, and code
    that works on stored documents outside a pipeline.
    """
    return detect_language(f"{title or ''}\n{text}")


def document_language(doc: Document) -> str | None:
    """The document's language: the one it carries, else detected from its title and text."""
    return doc.language if doc.language is not None else detect_document_language(doc.title, doc.text)


def with_document_language(doc: Document) -> Document:
    """``doc`` with its language: kept when given, else detected and marked ``meta["language_source"]``.

    A document too short to tell stays without a language (and without the mark).
    """
    if doc.language is not None:
        return doc
    detected = detect_document_language(doc.title, doc.text)
    if detected is None:
        return doc
    return doc.with_meta(language=detected, meta={**doc.meta, LANGUAGE_SOURCE: DETECTED})
