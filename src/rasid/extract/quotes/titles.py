"""Arabic role phrases that repeat a title written with one earlier-named person (رئيس الحكومة تمام سلام
… وأعرب رئيس الحكومة): the phrase stands for that person, the link in the speaker chain."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasid.extract.quotes.cues import ARABIC, WORD, cue_words
from rasid.extract.quotes.discourse import MAX_DESCRIPTION_WORDS, Discourse
from rasid.extract.quotes.mentions import Mention, fold_word, name_tokens

#: How far back a repeated title may name the person it was given to.
TITLE_REPEAT_LOOKBACK_CHARS = 1500
#: How far before or after a person's name the title written with it is read.
TITLE_WINDOW_CHARS = 160
#: How many of the title's words a phrase of three words or more may leave out (المتحدث الرسمي باسم
#: الأجهزة الأمنية اللواء X -> المتحدث باسم الأجهزة الأمنية): an adjective or a rank, not another office.
TITLE_GAP_WORDS = 2
#: What ends the phrase a title is written in (a name in another clause is not its holder).
_PHRASE_END = re.compile(r"[.!?؟،,:;؛«»\"“”()\n]")


def same_name(a: set[str], b: set[str]) -> bool:
    return a <= b or b <= a


def titled_before(ctx: Discourse, ps: int, phrase_words: Sequence[str]) -> Mention | None:
    """Arabic: a role phrase that repeats the title written right before or after (in apposition to)
    exactly one person's name earlier: that person. Word for word, for two words or more (رئيس الحكومة X
    … وأعرب رئيس الحكومة); else, for three words or more, with up to :data:`TITLE_GAP_WORDS` of the
    title's words left out (see :func:`_within`). A title that makes its holder a former one (رئيس الحكومة
    الأسبق X) is not repeated by a phrase without that word."""
    cut = next((k for k, w in enumerate(phrase_words) if k and w in ctx.cues.adverbial), len(phrase_words))
    title = list(phrase_words[:cut][:MAX_DESCRIPTION_WORDS])  # "وقال الرئيس الفرنسي عقب اللقاء"
    if len(title) < 2 or not ARABIC.match(title[0]):
        return None
    title[0] = re.sub(r"^[وف](?=ال)", "", title[0])
    exact: list[Mention] = []
    loose: list[Mention] = []
    for m in ctx.mentions_in(max(0, ps - TITLE_REPEAT_LOOKBACK_CHARS), ps):
        if m.label != "PER":
            continue
        before, after = _title_words(ctx, m)
        if before[-len(title) :] == title or (
            after[: len(title)] == title and not _former(after[len(title) :][:2], title)
        ):
            exact.append(m)
        elif len(title) >= 3 and (
            _within(ctx, title, after, apposition=True) or _within(ctx, title, before, apposition=False)
        ):
            loose.append(m)
    return _one_person(exact) if exact else _one_person(loose)


def _title_words(ctx: Discourse, m: Mention) -> tuple[list[str], list[str]]:
    """The folded words of the phrase before a name (from its clause's start) and of its apposition after
    it (past one comma), each cut at another person's name."""
    text = ctx.text
    start = max(0, m.start - TITLE_WINDOW_CHARS)
    ends = list(_PHRASE_END.finditer(text, start, m.start))
    start = ends[-1].end() if ends else start
    start = max([start] + [o.end for o in ctx.mentions_in(start, m.start) if o.label == "PER"])
    after = re.sub(r"^\s*[،,]", "", text[m.end : m.end + TITLE_WINDOW_CHARS])
    stop = _PHRASE_END.search(after)
    after = after[: stop.start()] if stop else after
    following = [
        o.start - m.end for o in ctx.mentions_in(m.end + 1, m.end + TITLE_WINDOW_CHARS) if o.label == "PER"
    ]
    after = text[m.end : m.end + min(following)] if following and min(following) < len(after) else after
    words_after = WORD.findall(fold_word(after))
    if words_after and words_after[0].startswith("و") and len(words_after[0]) > 3:
        words_after[0] = words_after[0][1:]  # "X والأمين العام": the same person's second title
    return WORD.findall(fold_word(text[start : m.start])), words_after


def _within(ctx: Discourse, title: Sequence[str], words: Sequence[str], *, apposition: bool) -> bool:
    """``title`` in order in ``words``, the words of an apposition after the name (from its first word on)
    or of the phrase before it (from its first or second word: the clause's verb, then the title, up to
    the name). At most :data:`TITLE_GAP_WORDS` words the title does not have stand among or (before the
    name) after its words, and none is another office (a rank or honorific before the name is the
    holder's: اللواء، الشيخ) or makes the holder a former one."""
    ranks = cue_words("name_ranks_ar")
    for first in (0,) if apposition else (0, 1):
        if first >= len(words) or words[first] != title[0]:
            continue
        k, extra = 1, []
        for w in words[first + 1 :]:
            if k == len(title):
                if apposition:
                    break
                extra.append(w)
            elif _same_word(w, title[k]):
                k += 1
            else:
                extra.append(w)
        if (
            k == len(title)
            and len(extra) <= TITLE_GAP_WORDS
            and not _former(words[first:], title)
            and not any(ctx.cues.role.match(w) and w not in ranks for w in extra)
        ):
            return True
    return False


def _same_word(word: str, title_word: str) -> bool:
    """One word of a title, definite or not, or with a preposition glued to it: "جمعية حقوق الإنسان"
    repeats "الجمعية الوطنية لحقوق الإنسان" (the construct drops the article the apposition has)."""
    bare = _without_article(title_word)
    return _without_article(word) == bare or (word[:1] in "لب" and _without_article(word[1:]) == bare)


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _former(words: Sequence[str], title: Sequence[str]) -> bool:
    former = cue_words("former_title_words_ar")
    return any(w in former and w not in title for w in words)


def _one_person(found: Sequence[Mention]) -> Mention | None:
    if not found:
        return None
    fullest = max(found, key=lambda m: len(name_tokens(m.text)))
    if not all(same_name(set(name_tokens(m.text)), set(name_tokens(fullest.text))) for m in found):
        return None
    return fullest
