"""Cue-phrase matching (narrative cues, event triggers) over the shared prepared tokens.

Cue lists are plain phrases in data files. A phrase matches whole tokens of the text as
the KB matcher sees them (:func:`rasid.extract.matcher.prepare`: tokens found on the
original characters, each folded once, with its Arabic clitic readings), so matching
costs a dictionary look-up per token and the text is tokenised once for every stage.
The first word may carry proclitics (و ف ب ل ك لل, and ال before a phrase written
without it is *not* stripped — write the form you mean); a trailing ``*`` on a word
matches any ending (``شريك*`` matches شريكنا). Spans exclude the clitic prefix.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rasid.extract.matcher import PreparedText, alias_tokens, prepare
from rasid.model import Span
from rasid.text.words import WordCache

#: A phrase as matchable words: (folded token, matches-any-ending).
Words = tuple[tuple[str, bool], ...]


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    key: str
    #: the cue as written in the data file
    phrase: str
    span: Span


def phrase_words(phrase: str) -> Words:
    words: list[tuple[str, bool]] = []
    for raw in phrase.split():
        tokens = alias_tokens(raw.rstrip("*"))
        for i, token in enumerate(tokens):
            words.append((token, raw.endswith("*") and i == len(tokens) - 1))
    return tuple(words)


class PhraseMatcher:
    """Compiled cue phrases, each tagged with a key (a narrative id, an event type)."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]):
        self._exact: dict[str, list[tuple[str, str, Words]]] = {}
        self._prefix: dict[str, list[tuple[str, str, Words]]] = {}
        for key, items in phrases.items():
            for phrase in items:
                words = phrase_words(phrase)
                if not words:
                    continue
                first, open_ended = words[0]
                (self._prefix if open_ended else self._exact).setdefault(first, []).append(
                    (key, phrase, words)
                )
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        # the phrases a stem can begin, per stem met (the same words recur in every document)
        self._starting: WordCache[tuple[tuple[str, str, Words], ...]] = WordCache(self._phrases_starting_with)

    def __len__(self) -> int:
        return sum(len(v) for v in self._exact.values()) + sum(len(v) for v in self._prefix.values())

    def _starting_with(self, stem: str) -> tuple[tuple[str, str, Words], ...]:
        return self._starting[stem]

    def _phrases_starting_with(self, stem: str) -> tuple[tuple[str, str, Words], ...]:
        found = list(self._exact.get(stem, ()))
        for length in self._prefix_lengths:
            if length > len(stem):
                break
            found.extend(self._prefix.get(stem[:length], ()))
        return tuple(found)

    def _start_positions(self, prepared: PreparedText) -> list[int]:
        """Token positions where some reading can begin a phrase, in text order.

        Most tokens begin no phrase: finding the few that can through the text's stem index
        (a set intersection, and a binary search per open-ended first word over the sorted
        stems) is much cheaper than asking :meth:`_starting_with` about every reading.
        """
        index = prepared.stem_positions
        # a set intersection in C walks the smaller side (a Python loop walked every exact first word)
        stems = list(index.keys() & self._exact.keys())
        if self._prefix:
            ordered = prepared.sorted_stems
            for first in self._prefix:
                k = bisect_left(ordered, first)
                while k < len(ordered) and ordered[k].startswith(first):
                    stems.append(ordered[k])
                    k += 1
        # the union in C (a set comprehension took a Python step per position)
        return sorted(set().union(*map(index.__getitem__, stems)))

    def find(self, text: str | PreparedText) -> list[PhraseMatch]:
        """All matches in text order; where two of one key overlap, the longer is kept."""
        prepared = prepare(text) if isinstance(text, str) else text
        tokens = prepared.tokens
        found: list[PhraseMatch] = []
        for i in self._start_positions(prepared):
            for prefix, stem in prepared.readings[i]:
                for key, phrase, words in self._starting_with(stem):
                    end = _match_rest(prepared, i, words)
                    span = None if end is None else prepared.span_after_prefix(i, end, len(prefix))
                    if span is not None:
                        found.append(PhraseMatch(key, phrase, Span(*span)))
        if not tokens:
            return []
        found.sort(key=lambda p: (p.span.start, -(p.span.end - p.span.start)))
        kept: list[PhraseMatch] = []
        for match in found:
            if any(k.key == match.key and k.span.overlaps(match.span) for k in kept[-3:]):
                continue
            kept.append(match)
        return kept


def _match_rest(prepared: PreparedText, first: int, words: Words) -> int | None:
    """Token index just past the phrase starting at token ``first``, or None."""
    tokens = prepared.tokens
    j = first + 1
    for word, open_ended in words[1:]:
        if j >= len(tokens) or not prepared.gap_is_joinable(j - 1):
            return None
        token = tokens[j].text
        if not (token.startswith(word) if open_ended else token == word):
            return None
        j += 1
    return j
