"""Arabic-first normalisation for matching and search, with an offset map back to the original.

Two paths give the same output text:

* :func:`normalize_for_search` — fast (``str.translate``), text only, for indexing and ids;
* :func:`normalize` — returns :class:`NormalizedText`, which maps every span of the
  normalised text back to a span of the original, so a match found on folded text
  still points at the analyst's original words.

Folding is per character (plus whitespace runs), which is what makes the map exact.
Characters that are dropped (diacritics, tatweel, bidi controls, collapsed spaces)
attach to the kept character before them, so a mapped span covers a word's diacritics.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rasid.span import Span


@dataclass(frozen=True, slots=True)
class NormalizeOptions:
    """Which foldings to apply. The defaults are the ones search and matching use."""

    tashkeel: bool = True
    tatweel: bool = True
    controls: bool = True
    alef: bool = True
    alef_maksura: bool = True
    ta_marbuta: bool = True
    hamza_carriers: bool = False
    persian_letters: bool = True
    digits: bool = True
    punctuation: bool = True
    presentation_forms: bool = True
    casefold: bool = True
    strip_accents: bool = True
    collapse_spaces: bool = True


SEARCH = NormalizeOptions()
#: Light folding that keeps letters as written (useful for display-level comparisons).
LIGHT = NormalizeOptions(
    alef=False, alef_maksura=False, ta_marbuta=False, casefold=False, strip_accents=False
)


@lru_cache(maxsize=1)
def _charmap() -> dict:
    raw = resources.files("rasid.data.text").joinpath("charmap.json").read_text(encoding="utf-8")
    return json.loads(raw)


def _ranges(pairs: list[list[str]]) -> list[int]:
    return [cp for lo, hi in pairs for cp in range(int(lo, 16), int(hi, 16) + 1)]


@lru_cache(maxsize=32)
def _table(options: NormalizeOptions) -> dict[int, str]:
    """Per-character replacement: code point -> replacement string ('' drops it)."""
    data = _charmap()
    table: dict[int, str] = {}
    maps: dict[str, str] = {}
    for group, chars in data["map"].items():
        if getattr(options, group):
            maps.update(chars)
    drops: set[int] = set()
    for group, pairs in data["drop"].items():
        if getattr(options, group):
            drops.update(_ranges(pairs))

    def fold(ch: str) -> str:
        out = []
        for c in ch:
            cp = ord(c)
            if cp in drops:
                continue
            c = maps.get(c, c)
            if options.strip_accents and "LATIN" in unicodedata.name(c, "") and not c.isascii():
                decomposed = unicodedata.normalize("NFD", c)
                c = "".join(d for d in decomposed if not unicodedata.combining(d))
            if options.casefold:
                c = c.casefold()
            out.append(c)
        return "".join(out)

    candidates: set[int] = set(drops) | {ord(c) for c in maps}
    presentation = set(_ranges(data["presentation_forms"])) if options.presentation_forms else set()
    candidates |= presentation
    for cp in sorted(candidates):
        ch = chr(cp)
        if cp in presentation:
            expanded = unicodedata.normalize("NFKC", ch)
            table[cp] = fold(expanded)
        else:
            table[cp] = fold(ch)
    if options.strip_accents:
        # Latin letters with accents: é -> e, ç -> c (French names and places).
        for cp in range(0x00C0, 0x0250):
            ch = chr(cp)
            if cp not in table and unicodedata.category(ch).startswith("L"):
                folded = fold(ch)
                if folded != (ch.casefold() if options.casefold else ch):
                    table[cp] = folded
    # Remove identity entries so translate stays cheap.
    return {cp: rep for cp, rep in table.items() if rep != chr(cp)}


_SPACES = re.compile(r"\s+")


def character_ranges(code_points: Iterable[int]) -> str:
    """The inside of a regex character class matching exactly ``code_points``, runs written as ranges (a class
    of ranges keeps the regex scanning in C past every other character)."""
    codes = sorted(set(code_points))
    if not codes:
        raise ValueError("no code points")
    ranges: list[str] = []
    first = prev = codes[0]
    for cp in [*codes[1:], -1]:
        if cp != prev + 1:
            ranges.append(re.escape(chr(first)) + ("-" + re.escape(chr(prev)) if prev != first else ""))
            first = cp
        prev = cp
    return "".join(ranges)


@lru_cache(maxsize=32)
def _folder(options: NormalizeOptions) -> Callable[[str], str]:
    """``text.translate(_table(options))``, done as one regex pass that only stops at characters to fold.

    Same output as ``str.translate`` (each character replaced independently) but about twice as
    fast on news text, where few characters change: normalisation was the top cost of ingest.
    """
    table = {chr(cp): rep for cp, rep in _table(options).items()}
    if not table:
        return lambda text: text
    pattern = re.compile("[" + character_ranges(ord(ch) for ch in table) + "]")
    replace = table.__getitem__

    def fold(text: str) -> str:
        return pattern.sub(lambda match: replace(match.group()), text)

    return fold


@lru_cache(maxsize=1)
def _search_folder() -> Callable[[str], str]:
    # the default options' folder without hashing the options dataclass on every call (a third of
    # the cost of folding one word, and the taggers fold every new word)
    return _folder(SEARCH)


def normalize_for_search(text: str, options: NormalizeOptions = SEARCH) -> str:
    """Folded text without an offset map: the fast path used for indexing, ids and queries."""
    out = (_search_folder() if options is SEARCH else _folder(options))(text)
    if options.casefold:
        out = out.casefold()
    if options.collapse_spaces and out:
        # Same as _SPACES.sub(" ", out) (str.split and re's \s share one definition of
        # whitespace), several times faster on long articles.
        joined = " ".join(out.split())
        if not joined:
            return " "
        out = (" " if out[0].isspace() else "") + joined + (" " if out[-1].isspace() else "")
    return out


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the original range it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> Span:
        """Map a span of the normalised text to the span of the original that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return Span(pos, pos)
        return Span(self.starts[start], self.ends[end - 1])

    def original_text(self, start: int, end: int) -> str:
        span = self.to_original(start, end)
        return self.original[span.start : span.end]


@lru_cache(maxsize=8)
def normalize(text: str, options: NormalizeOptions = SEARCH) -> NormalizedText:
    """Fold ``text`` and keep, per output character, the original range it came from.

    Cached for the last few texts: several stages of one pipeline fold the same document.
    With case folding and space collapsing on (the search options), the map is computed
    with array operations; otherwise, and for text the arrays do not model, character by
    character. Both give the same result (a property test checks it).
    """
    if options.casefold and options.collapse_spaces:
        fast = _normalize_arrays(text, options)
        if fast is not None:
            return fast
    return _normalize_loop(text, options)


def _normalize_loop(text: str, options: NormalizeOptions = SEARCH) -> NormalizedText:
    """The reference implementation: one character at a time."""
    table = _table(options)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    casefold = options.casefold
    collapse = options.collapse_spaces
    for i, ch in enumerate(text):
        rep = table.get(ord(ch))
        if rep is None:
            rep = ch.casefold() if casefold else ch
        if collapse and ch.isspace():
            if out and out[-1] == " ":
                ends[-1] = i + 1
                continue
            rep = " "
        if not rep:
            if ends:
                ends[-1] = i + 1  # a dropped mark belongs to the character before it
            continue
        for piece in rep:
            out.append(piece)
            starts.append(i)
            ends.append(i + 1)
    return NormalizedText(text, "".join(out), tuple(starts), tuple(ends))


@lru_cache(maxsize=4)
def _char_tables(options: NormalizeOptions) -> tuple[Any, Any, Any, Any]:
    """Per BMP code point: output length, is-whitespace, output-ends-with-space, and the
    output code point when the output is one character (what the loop produces)."""
    import numpy as np

    table = _table(options)
    size = 0x10000
    lengths = np.ones(size, dtype=np.int64)
    spaces = np.zeros(size, dtype=bool)
    single = np.arange(size, dtype=np.uint32)
    for cp in range(size):
        ch = chr(cp)
        if ch.isspace():
            spaces[cp] = True
            single[cp] = 0x20
        elif cp in table:
            rep = table[cp]
            lengths[cp] = len(rep)
            single[cp] = ord(rep) if len(rep) == 1 else 0
        else:
            folded = ch.casefold()
            lengths[cp] = len(folded)
            single[cp] = ord(folded) if len(folded) == 1 else 0
    ends_space = spaces.copy()
    for cp, rep in table.items():
        if cp < size and not spaces[cp]:
            ends_space[cp] = rep.endswith(" ")
    return lengths, spaces, ends_space, single


def _normalize_arrays(text: str, options: NormalizeOptions) -> NormalizedText | None:
    """The same map computed with numpy (3-5x faster on articles); None when the text needs the loop."""
    import numpy as np

    if not text:
        return None
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if (cps > 0xFFFF).any():
        return None  # astral characters (emoji) are rare: take the exact loop
    lengths_of, spaces_of, ends_space_of, single_of = _char_tables(options)
    lengths = lengths_of[cps].copy()
    is_space = spaces_of[cps]
    kept = np.nonzero(lengths > 0)[0]
    # a whitespace character collapses when the output so far ends with a space
    prev_ends_space = np.zeros(len(kept), dtype=bool)
    prev_ends_space[1:] = ends_space_of[cps[kept[:-1]]]
    collapse = kept[is_space[kept] & prev_ends_space]
    lengths[collapse] = 0
    kept = np.nonzero(lengths > 0)[0]
    n = len(text)
    starts = np.repeat(np.arange(n, dtype=np.int64), lengths)
    ends = starts + 1
    # the last piece of each kept character extends over the dropped characters after it
    last_piece = np.cumsum(lengths)[kept] - 1
    ends[last_piece] = np.append(kept[1:], n)
    if (lengths > 1).any():
        folded = normalize_for_search(text, options)  # a ligature or ß: build the text the exact way
    else:
        folded = single_of[cps[kept]].astype("<u4").tobytes().decode("utf-32-le")
    if len(folded) != len(starts):
        return None  # a folding the arrays do not model: stay exact
    return NormalizedText(text, folded, tuple(starts.tolist()), tuple(ends.tolist()))


def strip_diacritics(text: str) -> str:
    """Only tashkeel and tatweel removed: the lightest Arabic folding, for display."""
    return normalize_for_search(
        text,
        NormalizeOptions(
            controls=False,
            alef=False,
            alef_maksura=False,
            ta_marbuta=False,
            persian_letters=False,
            digits=False,
            punctuation=False,
            presentation_forms=False,
            casefold=False,
            strip_accents=False,
            collapse_spaces=False,
        ),
    )
