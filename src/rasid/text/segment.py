"""Sentence segmentation for Arabic, French, English and Russian news text.

Ends a sentence at . ! ? ؟ ؛ … and at line breaks, but never inside a quotation
(« », “ ”, or straight double quotes), so a quoted statement with several sentences
stays with the sentence that introduces it. Abbreviations and decimal numbers
(2.5, U.S., M. Macron) do not end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.span import Span

_TERMINATORS = set(".!?؟؛…")
_OPENERS = {"«": "»", "“": "”", "„": "“"}
_ABBREVIATIONS = {
    "m", "mm", "mme", "dr", "mr", "mrs", "ms", "st", "gen", "col", "lt", "sgt", "no", "vs", "etc",
    "jan", "feb", "fév", "avr", "aug", "sept", "oct", "nov", "dec", "déc", "u.s", "u.n", "г", "гг", "им", "т.е",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: Arabic one-letter titles before a name: د. (doctor), م. (engineer), أ. / ا. (professor, teacher), أ.د. Not after a
#: figure: "2015 م." and "8 م." are a year's era and an hour, and end sentences.
_ARABIC_TITLE = re.compile(r"(?:^|(?<=[\s(«\"“]))(?:[دمأا]|[أا]\.د)$")
_FIGURE_BEFORE = re.compile(r"\d\s*$")
#: Quotes longer than this many characters are treated as unbalanced (a missing closing mark).
MAX_QUOTE = 1500


def arabic_title_dot(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an Arabic one-letter title before a name ("د. علي", "م. سالم")."""
    window = text[max(0, dot - 12) : dot]
    return (
        _ARABIC_TITLE.search(window) is not None
        and _FIGURE_BEFORE.search(window[:-1]) is None
        and dot + 2 < len(text)
        and text[dot + 1] == " "
        and "\u0621" <= text[dot + 2] <= "\u064a"
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    if arabic_title_dot(text, dot):
        return True
    # look only at a short window: searching from the start of the text made segmentation quadratic
    window_start = max(0, dot - 24)
    m = _WORD_BEFORE.search(text[window_start:dot])
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    # single capital initial: "A. Diop"
    return len(word) == 1 and word.isalpha() and m.group(1).isupper()


#: The only characters that can change the segmenter's state; everything else is skipped in C.
_SPECIAL = re.compile(r'[.!?؟؛…\n«“„"»”]')


def sentences(text: str) -> list[Span]:
    """Sentence spans (trimmed of surrounding whitespace) covering the text in order."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    # Cached for the last texts of a batch (rasid.pipeline.DEFAULT_BATCH_SIZE = 32): the NER stage
    # segments the whole batch first, events and narratives the same documents later.
    # A tuple, so no caller can change what the next one gets.
    spans: list[Span] = []
    start = 0
    quote_close: str | None = None
    quote_open_at = -1
    n = len(text)
    pos = 0
    while (m := _SPECIAL.search(text, pos)) is not None:
        i = m.start()
        ch = text[i]
        pos = i + 1
        if quote_close is not None:
            if i - quote_open_at > MAX_QUOTE:
                quote_close = None  # an unbalanced mark: stop treating the rest as quoted
            else:
                if ch == quote_close:
                    quote_close = None
                    if text[quote_open_at + 1 : i].rstrip()[-1:] in _TERMINATORS:
                        # «… aussi. » ends the sentence at the closing mark, unless punctuation follows
                        j = i + 1
                        while j < n and text[j] == " ":
                            j += 1
                        if j >= n or (text[j] not in _TERMINATORS and text[j] not in ",،:;؛"):
                            _append_trimmed(text, start, i + 1, spans)
                            start = i + 1
                elif ch == "\n" and i + 1 < n and text[i + 1] == "\n":
                    quote_close = None  # a paragraph break closes a broken quotation
                continue
        if ch in _OPENERS:
            quote_close, quote_open_at = _OPENERS[ch], i
            continue
        if ch == '"':
            quote_close, quote_open_at = '"', i
            continue
        if ch == "\n":
            end = i
        elif ch in _TERMINATORS:
            if ch == "." and (
                (i + 1 < n and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit())
                or _is_abbreviation(text, i)
                or (i + 1 < n and not text[i + 1].isspace() and text[i + 1] not in '"»”)')
            ):
                continue
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] in '"»”)'):
                j += 1
            end = pos = j
        else:
            continue  # a closing mark outside a quotation
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, n, spans)
    return tuple(spans)


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blocks separated by one or more blank lines, or single lines."""
    spans: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        _append_trimmed(text, m.start(), m.end(), spans)
    return spans
