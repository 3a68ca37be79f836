"""Finding direct quotations: the passages between quotation marks as they are typed in the wild."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rasid.extract.quotes.cues import ARABIC, WORD

#: A quotation left open runs at most this far (then to the end of its line).
MAX_QUOTE_CHARS = 1500
#: Quotes shorter than this many words are names or scare quotes unless a cue introduces them.
MIN_WORDS = 4

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}


# --- hard-wrapped text -----------------------------------------------------------------------------
#: A line that ends a sentence (or a heading's colon): its break is a real one, even in wrapped text.
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'»”’)]*\s*$")
#: A line break inside a sentence: a lower-case word or a comma before it, a lower-case word after.
_MID_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_,]|,)[ \t]*\n[ \t]*(?=[^\W\d_])", re.UNICODE)
#: Wrapped text breaks this many lines mid-sentence at least (and a third of its single breaks).
_MIN_WRAPPED_BREAKS = 3


def unwrap_lines(text: str) -> str:
    """Text typed with a line break every 60-80 characters (wire copy, e-mail) breaks its sentences
    over lines ('"They are\\nattacking …," Salah Bob, a field commander\\nfrom …\\ntold Reuters'):
    the same text with those breaks as spaces, so a quote's attribution is read as one sentence.
    Only when the document is so wrapped (several breaks between two lower-case words); a break
    after a line that ends a sentence, and a blank line, stay. Same length: offsets do not move."""
    mid = [
        m
        for m in _MID_SENTENCE_BREAK.finditer(text)
        if text[m.end() : m.end() + 1].islower() and "\n\n" not in m.group()
    ]
    if len(mid) < _MIN_WRAPPED_BREAKS:  # most texts: no need to list every single break
        return text
    single = [m for m in re.finditer(r"(?<!\n)\n(?!\n)", text)]
    if 3 * len(mid) < len(single):
        return text
    out = list(text)
    for m in single:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        if line.strip() and not _LINE_ENDS_SENTENCE.search(line) and text[m.end() : m.end() + 1].strip():
            out[m.start()] = " "
    return "".join(out)


# --- finding quotations ----------------------------------------------------------------------------
@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark (None: left open)
    start: int  # quoted text, trimmed
    end: int
    heading: bool = False
    attrs: dict[str, Any] = field(default_factory=dict)
    #: how many paragraphs the quote runs over (each new one reopened with a mark)
    paragraphs: int = 1


def _is_opener(text: str, i: int) -> bool:
    """A straight quote opens when what follows is a word and what precedes is not."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() or after in ".,،؛:;!?)":
        return False
    return before.isspace() or before in "(:[—-–،," or not before.isalnum()


_OPENING_MARKS = re.compile(r'[«“„"”‘]|(?:^|(?<=[\s(]))\'(?=[A-Za-z])')
#: The end of an English passage in straight single quotes ('sole legitimate authority'), on its line:
#: a quote mark after a word and before no letter (not the apostrophe of Niger's or O'Neill).
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'])'(?![A-Za-z])|\n")
_STOPS = {closer: re.compile(rf'[{re.escape(closer)}«“„"\n]') for closer in ("»", "”", "“", '"', "’")}
#: Marks that open a quotation only where a straight quote would (before a word, after a space):
#: ”…” as some outlets type it, and single quotes ‘…’.
_SYMMETRIC_OPENERS = {"”": "”", "‘": "’"}


def _closer_of(text: str, i: int) -> str | None:
    ch = text[i]
    if ch in _OPEN_CLOSE:
        return _OPEN_CLOSE[ch]
    if ch == '"' or ch in _SYMMETRIC_OPENERS:
        if _is_opener(text, i) or (ch in '"”' and _spaced_arabic_opener(text, i)):
            return _SYMMETRIC_OPENERS.get(ch, '"')
        return None
    return None


#: An Arabic straight quote typed with a space after it (قال في تصريح " حصلت الوزارة …"): it opens
#: when a mark that can only close (a word before it, or a space and then punctuation, and no word
#: right after) ends it on the same line.
#: The same with ” typed for both marks (وأشار إلى أن ” ما صرف …”).
_SPACED_ARABIC_OPENING = {
    mark: re.compile(
        rf" [\u0621-\u064A][^{mark}\n]*(?:[^\s{mark}]{mark}(?=[\s.,،؛:;!?)]|$)| {mark}(?=[.,،؛:;!?)]))"
    )
    for mark in '"”'
}


def _spaced_arabic_opener(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    pattern = _SPACED_ARABIC_OPENING[text[i]]
    if ARABIC.match(before) is not None:
        # وقال المرصد في بيان اليوم" إن … دمشق" .: the mark glued to the word before it, the first of
        # the two of its line, then a space and the words it closes on after the second
        line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        return (
            line.count(text[i]) == 2
            and text.find(text[i], line_start, i) == -1
            and pattern.match(text, i + 1, min(len(text), i + MAX_QUOTE_CHARS)) is not None
        )
    if not (before.isspace() or before in ":،,"):
        return False
    if pattern.match(text, i + 1, min(len(text), i + MAX_QUOTE_CHARS)) is not None:
        return True
    # ونحن " على ثقة …⏎: the only mark of its line, left open after a speech; it runs to the line's end
    line_start, line_end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return (
        text[i] == '"'
        and line.count('"') == 1
        and _LONE_ARABIC_OPENING.match(text, i + 1) is not None
        and len(WORD.findall(line[i - line_start :])) >= 2 * MIN_WORDS
    )


#: After a lone straight quote: a space and an Arabic word.
_LONE_ARABIC_OPENING = re.compile(r" [\u0621-\u064A]")


def find_quotations(text: str) -> list[Quote]:
    """Quoted passages (with unbalanced ones closed at the end of their line)."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        opening = _OPENING_MARKS.search(text, i)
        if opening is None:
            break
        i = opening.start()
        ch = text[i]
        if ch == "'":  # English straight single quotes: a passage only when it closes on its line
            single = _SINGLE_CLOSE.search(text, i + 1, min(n, i + MAX_QUOTE_CHARS))
            if single is None or single.group() == "\n":
                i += 1
                continue
            s, e = trim(text, i + 1, single.start())
            quotes.append(Quote(i, single.start(), s, e))
            i = single.start() + 1
            continue
        closer = _closer_of(text, i)
        if closer is None:
            i += 1
            continue
        limit = min(n, i + MAX_QUOTE_CHARS)
        close_at: int | None = None
        # «… «حزب الله» …», "… "داعش" …": one quotation inside another. A second one inside it means
        # a mark typed wrong («8 مارس « for »): the next closing mark ends the quotation then.
        nested = 0
        broken = False
        first_closing: int | None = None
        # jump from one mark or line break to the next instead of walking every character
        for stop in _STOPS[closer].finditer(text, i + 1, limit):
            j, c = stop.start(), stop.group()
            if c == closer and closer == "’" and text[j + 1 : j + 2].isalpha():
                continue  # an apostrophe (Wagner’s), not the end of a single-quoted passage
            if c == closer and (closer != '"' or not _is_opener(text, j) or _closes_anyway(text, j)):
                if nested == 0 or broken:
                    close_at = j
                    break
                nested -= 1
                first_closing = j if first_closing is None else first_closing
                continue
            if c == '"' and closer == '"' and ch == '"':
                broken, nested = broken or nested > 0, nested + 1  # a straight quote opening inside
                continue
            if ch == "”" and c == "“" and not _is_opener(text, j):
                close_at = j  # ”…“, the marks reversed (often in right-to-left text)
                break
            if c == "\n":
                if text.startswith("\n\n", j) or _next_line_opens_new(text, j):
                    break  # paragraph break or a new speech lead-in: this one was never closed
            elif c == ch and ch != closer:
                if ch == "«" and re.match(r"\s*[,.;،؛]", text[j + 1 : j + 4]):
                    close_at = j  # "« … .« , dit-il", "«… 36 «، التي": a mark typed the wrong way round
                    break
                if ch in _OPEN_CLOSE and (nested > 0 or text[j + 1 : j + 2].isalnum()):
                    broken, nested = broken or nested > 0, nested + 1  # «…«…»…»: an inner quotation
                    continue
                break  # a new opening mark of the same kind: this one was never closed
        if close_at is None and first_closing is not None:
            close_at = first_closing  # the inner marks never balanced: close at the first closing mark
        if close_at is None:
            end = text.find("\n", i + 1)
            end = n if end == -1 or end > limit else end
            s, e = trim(text, i + 1, end)
            quotes.append(Quote(i, None, s, e))
            i = end
        else:
            s, e = trim(text, i + 1, close_at)
            quotes.append(Quote(i, close_at, s, e))
            i = close_at + 1
    joined = _join_paragraphs(text, [q for q in quotes if q.end > q.start])
    return sorted(joined + _dash_quotations(text, joined), key=lambda q: q.open)


#: ru: a paragraph of direct speech opening with a dash ("— Они герои. …, — заявил X."), the usual
#: Russian way of quoting without marks; its attribution follows a second dash and a lower-case word.
_DASH_SPEECH = re.compile(r"^[ \t]*(?P<dash>[—–])[ \t]+(?=[^\W\d_]|«)", re.MULTILINE)
_DASH_ATTRIBUTION = re.compile(r"(?P<end>[,!?…])[ \t]+[—–][ \t]+[а-яё]")


def _dash_quotations(text: str, quotes: list[Quote]) -> list[Quote]:
    """ru: the words between a paragraph's opening dash and the dash of its attribution ("— …, —
    сказал он"), when no marked quotation overlaps them. ``attrs["dash"]``: kept only with a speaker."""
    taken = [(q.open, q.close if q.close is not None else q.end) for q in quotes]
    found: list[Quote] = []
    for line in _DASH_SPEECH.finditer(text):
        line_end = text.find("\n", line.end())
        line_end = len(text) if line_end == -1 else line_end
        attribution = _DASH_ATTRIBUTION.search(text, line.end(), line_end)
        if attribution is None or not re.search(r"[а-яё]", text[line.end() : attribution.start()]):
            continue  # no attribution after it, or not Russian
        open_at = line.start("dash")
        punct = attribution.start("end")
        if any(a < punct and open_at < b for a, b in taken):
            continue
        close = punct if text[punct] == "," else punct + 1  # "!" and "?" belong to the words said
        s, e = trim(text, line.end(), close)
        if len(WORD.findall(text[s:e])) >= MIN_WORDS:
            found.append(Quote(open_at, close, s, e, attrs={"dash": True}))
    return found


def _join_paragraphs(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote running over paragraphs is one quote: by the usual convention each paragraph but the
    last is left open and the next one starts with an opening mark of the same kind."""
    out: list[Quote] = []
    for q in quotes:
        last = out[-1] if out else None
        if (
            last is not None
            and last.close is None
            and "\n" in text[last.end : q.open]
            and not text[last.end : q.open].strip()
            and text[q.open] == text[last.open]
            and len(WORD.findall(text[last.start : last.end])) >= MIN_WORDS
        ):
            out[-1] = Quote(last.open, q.close, last.start, q.end, paragraphs=last.paragraphs + 1)
        else:
            out.append(q)
    return out


def _closes_anyway(text: str, j: int) -> bool:
    # '"' that looks like an opener (followed by a word) but ends a line or sentence before it
    before = text[j - 1] if j > 0 else " "
    return not before.isspace()


def _next_line_opens_new(text: str, j: int) -> bool:
    """A line break followed by a new speech lead-in or a quoted line ends an unclosed quote."""
    nxt = text[j + 1 : j + 40]
    return nxt[:1] in '"«“' or bool(re.match(r"\s*[وف]?(?:قال|أضاف|اضاف|تابع|أكد|اكد)", nxt))


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\u200f\u200e"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\u200f\u200e"):
        e -= 1
    return s, e
