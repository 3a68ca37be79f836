"""Words as every layer matches them: folding, clitic readings, and the one cache of each.

The entity matcher (``rasid.extract.matcher``), the NER features (``rasid.ner.features``) and the search
index (``rasid.store.fts``) all fold words with :func:`~rasid.text.normalize.normalize_for_search` and read
Arabic proclitics with :func:`~rasid.text.tokens.clitic_stems`. They used to cache those in three places;
they are cached here, once, and where a caller's rule differs it is a separate, named function:

* :func:`readings` / :func:`stems`: every reading, the article ال stripped too (search, NER);
* :func:`readings_keeping_article`: the matcher's first-word rule, ال is never stripped on its own
  (a name's article is part of it: الجزائر is matched as written);
* :func:`folded_readings`: NER's view of a token, which keeps its surface form when folding leaves nothing
  (a lone tatweel), because the tagger needs a feature for every token.

Each function is the lookup of a bounded dict (:class:`WordCache`): in the hot loops (``map(fold, words)``)
a word seen before costs one dict lookup in C.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import clitic_stems, is_arabic

T = TypeVar("T")

#: Most words each cache holds; when full it is emptied (as an lru_cache would forget), so a long ingest
#: stays within bounded memory.
WORD_CACHE_MAX = 300_000


class WordCache(dict[str, T]):
    """``cache[word]`` computes and keeps a word's value on first use; emptied when it reaches its limit."""

    __slots__ = ("_compute", "_limit")

    def __init__(self, compute: Callable[[str], T], limit: int = WORD_CACHE_MAX) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, word: str) -> T:
        if len(self) >= self._limit:
            self.clear()
        value = self[word] = self._compute(word)
        return value


_FOLDED: WordCache[str] = WordCache(normalize_for_search)
#: A word folded for matching and search (diacritics, tatweel, letter variants, digits, case, accents).
fold: Callable[[str], str] = _FOLDED.__getitem__

#: Joins new words so they are folded in one call; folding neither makes nor maps it.
_WORD_SEPARATOR = "\x00"
_WHITESPACE = re.compile(r"\s")


def fold_many(words: list[str]) -> list[str]:
    """``[fold(w) for w in words]``, with the words not seen before folded in one pass.

    A news article brings a hundred or more new words; folding them one call each was a fifth of the time
    spent preparing it. Folding maps characters one by one, so folding the words joined by a separator it
    leaves alone and splitting again gives each word's folding; space collapsing is not per character, so a
    word whose folding holds whitespace (a few ligatures) is redone alone.
    """
    cache = _FOLDED
    # a membership test per word: set.difference(cache) would walk the whole cache (a dict subclass is not
    # taken for a dict there), which grows to WORD_CACHE_MAX words
    new = [word for word in dict.fromkeys(words) if word not in cache]
    if new:
        if len(cache) + len(new) > WORD_CACHE_MAX:
            cache.clear()
            new = list(dict.fromkeys(words))
        joined = normalize_for_search(_WORD_SEPARATOR.join(new))
        pieces = joined.split(_WORD_SEPARATOR)
        if len(pieces) != len(new) or _WHITESPACE.search(joined):
            pieces = [normalize_for_search(w) for w in new]
        cache.update(zip(new, pieces, strict=True))
    return list(map(cache.__getitem__, words))


_READINGS: WordCache[tuple[tuple[str, str], ...]] = WordCache(lambda word: tuple(clitic_stems(word)))
#: ``(prefix, stem)`` readings of a folded word with its proclitics removed, the word itself first.
readings: Callable[[str], tuple[tuple[str, str], ...]] = _READINGS.__getitem__

_STEMS: WordCache[tuple[str, ...]] = WordCache(lambda word: tuple(stem for _, stem in _READINGS[word]))
#: The stems of :func:`readings` alone, the folded word first (``وروسيا`` -> ``وروسيا``, ``روسيا``).
stems: Callable[[str], tuple[str, ...]] = _STEMS.__getitem__

#: First letters of the proclitics a reading may strip (و ف, then ب ل ك; لل starts with ل).
_PROCLITIC_LETTERS = frozenset("وفبلك")


def _readings_keeping_article(word: str) -> tuple[tuple[str, str], ...]:
    if word[:1] not in _PROCLITIC_LETTERS or not is_arabic(word):
        return (("", word),)  # no و ف ب ل ك to strip (and a bare ال is never stripped): one reading
    return tuple((p, s) for p, s in _READINGS[word] if not p.endswith(("ال", "لل")))


_KEEPING_ARTICLE: WordCache[tuple[tuple[str, str], ...]] = WordCache(_readings_keeping_article)
#: :func:`readings` without those that strip the article: a reading whose prefix ends in ال or لل is dropped.
readings_keeping_article: Callable[[str], tuple[tuple[str, str], ...]] = _KEEPING_ARTICLE.__getitem__


def _folded_readings(word: str) -> tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]:
    folded = fold(word) or word
    return folded, readings(folded), stems(folded)


_FOLDED_READINGS: WordCache[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]] = WordCache(
    _folded_readings
)
#: ``(folded, readings, stems)`` of a token: NER's view, where a token that folds to nothing keeps its surface.
folded_readings: Callable[[str], tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]] = (
    _FOLDED_READINGS.__getitem__
)
