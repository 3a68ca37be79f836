"""Cue-word lists kept as data (``rasid/data/cues/*.yaml``), folded once for matching.

Every stage of this area matches on normalised text (alef/ya/ta-marbuta variants,
diacritics, case, accents folded) and maps matches back to the original with the
offset map, so the cue files are written naturally and folded here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from rasid.extract.cuedata import read_text, read_yaml
from rasid.text.normalize import NormalizedText, normalize, normalize_for_search

#: Word boundary on folded text: not preceded / followed by a letter or digit.
B_START = r"(?<![^\W_])"
B_END = r"(?![^\W_])"


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """The search-normalised form of a cue (what it looks like in folded text).

    Cached: the quote and source stages fold the same words and names again in every document.
    """
    return normalize_for_search(text).strip()


@lru_cache(maxsize=32)
def _load(name: str, extra_files: tuple[str, ...]) -> Mapping[str, Any]:
    raw = resources.files("rasid.data").joinpath("cues", f"{name}.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(raw) or {}
    for path in extra_files:
        _merge(data, read_yaml(str(path), read_text(path)))
    return data


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """User cue files extend lists and maps key by key (they never remove packaged cues)."""
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            base[key] = value


def load_cues(name: str, extra_files: Sequence[str] = ()) -> Mapping[str, Any]:
    """The packaged cue file ``name`` with the user's files layered over it."""
    return _load(name, tuple(extra_files))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first, spaces matching any whitespace."""
    folded = sorted({fold(w) for w in words if fold(w)}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split(" ")) for w in folded)


def first_words(words: Iterable[str]) -> tuple[str, ...]:
    """The folded first word of each cue: every match of ``alternation(words)`` begins with one."""
    return tuple(sorted({fold(w).split(" ")[0] for w in words if fold(w)}))


def finditer_near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[str], reach: int = 0
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts at an occurrence of
    one of ``anchors`` or at most ``reach`` characters before one (a clitic و or ف).

    A cue pattern begins with a word-boundary lookbehind, so ``re`` tries it at every position of
    the text; ``str.find`` finds the few places its cue words occur far faster, and the pattern is
    tried only there, left to right, without overlaps, as ``finditer`` does. (The patterns used
    here never match an empty string, the one case where ``finditer`` would move on differently.)
    """
    starts: set[int] = set()
    for anchor in anchors:
        at = text.find(anchor)
        while at != -1:
            starts.update(range(max(0, at - reach), at + 1))
            at = text.find(anchor, at + 1)
    found: list[re.Match[str]] = []
    resume = 0
    for start in sorted(starts):
        if start >= resume and (m := pattern.match(text, start)):
            found.append(m)
            resume = m.end()
    return found


def normalized(text: str) -> NormalizedText:
    """Folded text + offset map (search options); the core caches it, so stages share one."""
    return normalize(text)


#: A word of folded text (letters and digits).
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4)
def folded_words(text: str) -> frozenset[str]:
    """The distinct words of the folded text: the quote and source stages both look their cue words up in
    them, and reading a long text's words costs more than the look-ups (cached for the last few texts)."""
    return frozenset(_WORD.findall(normalized(text).text))


@lru_cache(maxsize=8)
def folded_lines(text: str) -> str:
    """The folded text (same length as ``normalized(text).text``) with ``\\n`` where the
    original had a line break, so line-anchored cues (credits, signatures) can be matched."""
    norm = normalized(text)
    if "\n" not in text or not norm.text:
        return norm.text
    # Each line break lies in the original range of exactly one folded character (the space its
    # whitespace run collapsed to): found by bisection per line break, not by arrays over the text.
    folded = norm.text
    breaks: list[int] = []  # folded positions to turn into "\n", in text order
    newline = text.find("\n")
    while newline != -1:
        i = bisect_right(norm.starts, newline) - 1
        if i >= 0 and norm.ends[i] > newline and folded[i] == " " and (not breaks or breaks[-1] != i):
            breaks.append(i)
        newline = text.find("\n", newline + 1)
    pieces, done = [], 0
    for i in breaks:
        pieces += [folded[done:i], "\n"]
        done = i + 1
    pieces.append(folded[done:])
    return "".join(pieces)
