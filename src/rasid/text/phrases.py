"""Cue-phrase matching on normalised text, with spans mapped back to the original.

Cue lists (narrative cues, event triggers) are written as plain phrases in data files.
A phrase matches whole words on folded text (:mod:`rasid.text.normalize`); Arabic
proclitics (و ف ب ل ك ال لل) may precede its first word; a trailing ``*`` on a word
matches any ending (``شريك*`` matches شريكنا). The reported span covers the phrase
without the clitic prefix, in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rasid.model import Span
from rasid.text.normalize import NormalizedText, normalize, normalize_for_search

# و/ف, then ب/ل/ك or لل (ل + ال), then ال: the proclitic combinations Arabic writes attached.
_CLITICS = "(?:[وف]?(?:لل|[بلك](?:ال)?|ال)?)"
_WORD_CHAR = r"[^\W_]"


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    key: str
    #: the matched words as folded text (what the cue list matched)
    phrase: str
    span: Span


def _phrase_body(phrase: str) -> str:
    parts = []
    for word in normalize_for_search(phrase).split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + _WORD_CHAR + "*")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


def _key_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One regex per key: the alternation of its phrases, longest first."""
    bodies = sorted({_phrase_body(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not bodies:
        return None
    # Latin/Cyrillic words never start with an Arabic clitic letter, so one prefix rule serves all.
    return re.compile(rf"(?<!{_WORD_CHAR}){_CLITICS}(?P<m>{'|'.join(bodies)})(?!{_WORD_CHAR})")


class PhraseMatcher:
    """Compiled cue phrases, each tagged with a key (e.g. a narrative id)."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]):
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for key, items in phrases.items():
            pattern = _key_pattern(items)
            if pattern is not None:
                self._patterns.append((key, pattern))

    def __len__(self) -> int:
        return len(self._patterns)

    def find(self, text: str | NormalizedText) -> list[PhraseMatch]:
        """All matches, longest first where two overlap, in text order."""
        norm = normalize(text) if isinstance(text, str) else text
        found: list[PhraseMatch] = []
        for key, pattern in self._patterns:
            for m in pattern.finditer(norm.text):
                found.append(PhraseMatch(key, m.group("m"), norm.to_original(m.start("m"), m.end("m"))))
        found.sort(key=lambda p: (p.span.start, -(p.span.end - p.span.start)))
        kept: list[PhraseMatch] = []
        for match in found:
            if kept and match.span.overlaps(kept[-1].span) and match.key == kept[-1].key:
                continue
            kept.append(match)
        return kept
