"""Word tokens with offsets, and Arabic clitic handling for matching.

Arabic attaches conjunctions (و ف), prepositions (ب ل ك) and the article (ال, and لل
for ل + ال) to the next word: وروسيا, لروسيا, بالفيلق, للقوات. Matching and search
need the bare word too, so :func:`clitic_stems` lists the readings of a token with
its proclitics removed, longest first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A word: letters/digits/marks, allowing inner hyphens and slashes in model names (T-72B3, BTR-80/82A)
# and apostrophes in French/English (l'armée, Mali's). Written as runs of letters between marks or
# joiners rather than one alternation per character: the same matches, a third faster to scan.
#: One word of original text (the search snippets and the matcher use it too).
WORD_PATTERN = re.compile(r"[^\W_]+(?:(?:[\u064B-\u065F\u0670\u0640]+|[-/'’](?=[^\W_]))[^\W_]*)*", re.UNICODE)

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
#: Letters a word with a proclitic to strip starts with (و ف, ب ل ك, or the ا of ال).
_CLITIC_INITIALS = frozenset("وفبلكا")

#: Shortest stem left after stripping; shorter remainders are more likely whole words.
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens with character offsets into ``text`` (of ``text[start:end]`` only, when given)."""
    return [
        Token(m.group(), m.start(), m.end())
        for m in WORD_PATTERN.finditer(text, start, len(text) if end is None else end)
    ]


# A word, or any other character that is not a space (the ``_`` too: \w counts it, WORD_PATTERN does not)
_WORD_OR_OTHER = re.compile(rf"(?P<word>{WORD_PATTERN.pattern})|[^\w\s]|_", re.UNICODE)


def tokenize_with_punctuation(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """:func:`tokenize`'s words plus each punctuation mark or symbol between them as a one-character token."""
    out: list[Token] = []
    for m in _WORD_OR_OTHER.finditer(text, start, len(text) if end is None else end):
        if m.lastgroup == "word" or unicodedata.category(m.group())[0] in "PS":
            out.append(Token(m.group(), m.start(), m.end()))
    return out


def is_arabic(word: str) -> bool:
    return bool(_ARABIC_LETTER.search(word))


def clitic_stems(word: str, *, min_stem: int = MIN_STEM) -> list[tuple[str, str]]:
    """Readings of ``word`` as ``(prefix, stem)`` with proclitics removed, the word itself first.

    Only orthographically valid combinations: [و|ف] [ب|ل|ك] [ال]; and لل = ل + ال.
    >>> [s for _, s in clitic_stems("وبالفيلق")]
    ['وبالفيلق', 'بالفيلق', 'الفيلق', 'فيلق']
    """
    readings: list[tuple[str, str]] = [("", word)]
    if word[:1] not in _CLITIC_INITIALS:  # nothing to strip (and never in a non-Arabic word)
        return readings
    seen = {word}

    def add(prefix: str, stem: str) -> None:
        if len(stem) >= min_stem and stem not in seen:
            seen.add(stem)
            readings.append((prefix, stem))

    rest, prefix = word, ""
    if rest[:1] in _CONJUNCTIONS and len(rest) > min_stem + 1:
        prefix, rest = rest[0], rest[1:]
        add(prefix, rest)
    if rest.startswith("لل") and len(rest) > min_stem + 2:
        # لل = ل + ال: the stem is read with and without the article
        add(prefix + "ل", "ال" + rest[2:])
        add(prefix + "لل", rest[2:])
        return readings
    if rest[:1] in _PREPOSITIONS and len(rest) > min_stem + 1:
        prefix, rest = prefix + rest[0], rest[1:]
        add(prefix, rest)
    if rest.startswith("ال") and len(rest) > min_stem + 2:
        add(prefix + "ال", rest[2:])
    return readings


def strip_article(word: str) -> str:
    """The word without a leading ال (when what remains is long enough)."""
    if word.startswith("ال") and len(word) > MIN_STEM + 2:
        return word[2:]
    return word
