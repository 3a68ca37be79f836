"""Word tokens with offsets, and Arabic clitic handling for matching.

Arabic attaches conjunctions (و ف), prepositions (ب ل ك) and the article (ال, and لل
for ل + ال) to the next word: وروسيا, لروسيا, بالفيلق, للقوات. Matching and search
need the bare word too, so :func:`clitic_stems` lists the readings of a token with
its proclitics removed, longest first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import accumulate, repeat
from typing import NamedTuple

from rasid.text.normalize import character_ranges

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


class Token(NamedTuple):
    """A word (or mark) of the text and its offsets. A named tuple: cheap to make, and immutable."""

    text: str
    start: int
    end: int


def _tokens(splitter: re.Pattern[str], text: str, start: int, end: int | None) -> list[Token]:
    """The tokens ``splitter`` (one group around what a token is) finds in ``text[start:end]``.

    Built without a Python step per token (an article has hundreds, and making match objects and tokens
    one by one was most of tokenising it): ``split`` cuts the text into gap, token, gap, …, gap, the
    running sum of their lengths gives every token's offsets, and ``tuple.__new__`` makes the tokens.
    """
    parts = splitter.split(text[start:end] if start or end is not None else text)
    part_ends = list(accumulate(map(len, parts), initial=start))
    columns = zip(parts[1::2], part_ends[1:-1:2], part_ends[2::2], strict=True)
    return list(map(tuple.__new__, repeat(Token), columns))


#: The word pattern as one group, so that ``split`` returns gap, word, gap, word, …, gap.
_WORD_SPLITTER = re.compile(f"({WORD_PATTERN.pattern})", WORD_PATTERN.flags)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens with character offsets into ``text`` (of ``text[start:end]`` only, when given)."""
    return _tokens(_WORD_SPLITTER, text, start, end)


@cache
def _word_or_mark() -> re.Pattern[str]:
    """A word, or one punctuation mark or symbol of the BMP (Unicode categories P and S, the ``_`` too), or
    one character beyond the BMP (rare; :func:`tokenize_with_punctuation` keeps it only when it is a mark).

    The BMP's marks are listed as a character class, so the regex skips every other character (combining
    marks outside a word, format controls) in C; checking each match's category in Python was a third of
    the time spent tokenising a sentence. No P or S character is a word character except ``_``, which
    ``WORD_PATTERN`` leaves out, so words are found exactly as :func:`tokenize` finds them.
    """
    marks = character_ranges(cp for cp in range(0x10000) if unicodedata.category(chr(cp))[0] in "PS")
    return re.compile(rf"({WORD_PATTERN.pattern}|[{marks}]|{_ASTRAL.pattern})", re.UNICODE)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _is_token(token: Token) -> bool:
    text = token.text
    return len(text) > 1 or unicodedata.category(text)[0] in "PS" or WORD_PATTERN.match(text) is not None


def tokenize_with_punctuation(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """:func:`tokenize`'s words plus each punctuation mark or symbol between them as a one-character token."""
    tokens = _tokens(_word_or_mark(), text, start, end)
    if _ASTRAL.search(text, start, len(text) if end is None else end):
        # an emoji is a symbol (kept), a character of another category beyond the BMP is not
        tokens = list(filter(_is_token, tokens))
    return tokens


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


def has_feminine_ending(folded: str) -> bool:
    """An Arabic noun's ending marks it feminine: ة (folded to ه) or a plural in ات (الوزارة, الجهات)."""
    return folded.endswith(("ه", "ات"))
