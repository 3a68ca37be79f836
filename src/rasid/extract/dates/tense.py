"""Tense and context around a date expression: the nearest tense cue in its sentence, eves, quotations,
roman numerals and centuries, and what a relative expression reads as."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasid.extract.dates.grammar import TOKEN, Candidate, DateGrammar, phrase_key

#: The offset of "this weekend" / "ce week-end": the one its tense says, else the nearest to the writing.
THIS_WEEKEND = 2
#: After a decade word, what makes it an age: "في الثمانينات من العمر", "في السبعينيات من عمره".
AGE_AFTER = re.compile(r"\s+(?:من\s+)?(?:ال)?عمر(?:ه|ها|هم)?(?![^\W_])")
#: Characters before and after a weekday searched for its tense (within its sentence).
TENSE_BEFORE_CHARS = 120
TENSE_AFTER_CHARS = 60
#: What a comma between a weekday and a tense cue adds to their distance (the cue is another clause's).
CLAUSE_CHARS = 30
#: Characters between a future cue and a past form of its own verb group ("will be held", "sera tenu").
VERB_GROUP_CHARS = 10
SEASON_NUMBER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
SEASON_BY_NUMBER = {n: code for code, n in SEASON_NUMBER.items()}
#: The month each season starts in (winter starts in December of the year before its TimeML year).
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    return total


def century_number(g: DateGrammar, m: re.Match[str]) -> int | None:
    for name in ("cn", "cn2", "cn3", "cn4"):
        if m.group(name):
            return int(m.group(name))
    for name in ("roman", "roman2"):
        if m.group(name):
            return _roman(m.group(name))
    for name in ("cw", "cw2"):
        if m.group(name):
            return g.century_words[phrase_key(m.group(name))]
    return None


def tense(g: DateGrammar, text: str, start: int, end: int, lang: str) -> int:
    """+1 when a weekday or weekend at ``text[start:end]`` is the next one, -1 when it is the last one.

    The tense cue nearest to it in its sentence decides, before or after it: "سوف يزور … الخميس", "will meet
    on Thursday", "Lundi, il donnera…", "Dimanche, il décollera" are the next one; "a annoncé dimanche que…
    sera" the last. With no cue it is the last one: news mostly reports what happened."""
    future_rx, past_rx = g.tense_cues.get(lang) or g.tense_cues[""]
    lo, hi = max(0, start - TENSE_BEFORE_CHARS), min(len(text), end + TENSE_AFTER_CHARS)
    if boundaries := [m.end() for m in SENTENCE_END.finditer(text, lo, start)]:
        lo = boundaries[-1]
    if following := SENTENCE_END.search(text, end, hi):
        hi = following.start()
    futures = [m.span() for m in future_rx.finditer(text, lo, hi) if m.end() <= start or m.start() >= end]
    if not futures:
        return -1  # most sentences have no future cue: no need to look for past ones
    # a past form inside a future phrase ("a prévu") or its verb group ("will be held") is that future
    pasts = [
        m.span()
        for m in past_rx.finditer(text, lo, hi)
        if (m.end() <= start or m.start() >= end)
        and not any(s < m.end() and m.start() - VERB_GROUP_CHARS <= e for s, e in futures)
    ]

    def distance(span: tuple[int, int]) -> int:
        # a cue in another clause (across a comma) is farther than its characters say: "Le ministre, qui doit se
        # rendre à Bamako vendredi, a déclaré mardi que…" — "a déclaré" is mardi's, "doit" vendredi's
        between = text[span[1] : start] if span[1] <= start else text[end : span[0]]
        chars = start - span[1] if span[1] <= start else span[0] - end
        return chars + (CLAUSE_CHARS if re.search(r"[,،;]", between) else 0)

    nearest_future = min(map(distance, futures), default=None)
    nearest_past = min(map(distance, pasts), default=None)
    if nearest_future is None or (nearest_past is not None and nearest_past <= nearest_future):
        return -1
    return 1


def past_in_sentence(g: DateGrammar, text: str, start: int, end: int, lang: str) -> bool:
    """Whether the sentence around ``text[start:end]`` has a past cue (a past form or marker)."""
    past_rx = (g.tense_cues.get(lang) or g.tense_cues[""])[1]
    lo, hi = max(0, start - TENSE_BEFORE_CHARS), min(len(text), end + TENSE_AFTER_CHARS)
    if boundaries := [m.end() for m in SENTENCE_END.finditer(text, lo, start)]:
        lo = boundaries[-1]
    if following := SENTENCE_END.search(text, end, hi):
        hi = following.start()
    return any(m.end() <= start or m.start() >= end for m in past_rx.finditer(text, lo, hi))


def eve_alone(g: DateGrammar, text: str, start: int, end: int) -> bool:
    """ "накануне" with no event after it: at a clause's end, before a preposition or a time of day, next to a
    past verb ("накануне заявил", "сообщила накануне") — then it is the day before the writing."""
    past_verb = g.tense_cues["ru"][1]
    preceding = TOKEN.findall(text, max(0, start - 30), start)[-1:]
    if preceding and past_verb.fullmatch(preceding[0]):
        return True
    following = TOKEN.search(text, end, end + 40)
    if following is None or re.search(r"[.,;:!?()«»\"—–-]", text[end : following.start()]):
        return True
    word = following.group()
    if word in g.eve_alone_before or past_verb.fullmatch(word):
        return True
    # "накануне министр заявил", "накануне Владимир Путин … отметил": a subject, then its past verb; an event is
    # a genitive ("накануне выборов", "накануне визита", "накануне Дня Победы")
    if _GENITIVE_ENDING.search(word):
        return False
    clause = re.split(r"[.,;:!?()«»\"—–]", text[following.end() : following.end() + 80], maxsplit=1)[0]
    return any(past_verb.fullmatch(w) for w in TOKEN.findall(clause)[:EVE_SUBJECT_WORDS])


#: Endings of the genitive an event after "накануне" takes (выборов, событий, визита, встречи, Пасхи).
_GENITIVE_ENDING = re.compile(r"(?:ов|ев|ий|ей|[аяиы])$")
#: Words between "накануне" and the past verb of its clause when a subject stands between them.
EVE_SUBJECT_WORDS = 7


def quoted(text: str, start: int, end: int) -> bool:
    """A word standing alone between quotation marks is a name («اليوم», "Today"), not a date."""
    return text[start - 1 : start] == '"' and text[end : end + 1] == '"'


#: Words after اليوم that make it "the day" of something else, not today.
NOT_TODAY_AFTER = frozenset(
    {
        "التالي",
        "السابق",
        "نفسه",
        "ذاته",
        "الذي",
        "الاول",
        "الثاني",
        "الثالث",
        "الاخير",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
        "العالمي",
        "الوطني",
        "الدولي",
    }
)


def rel_text(rel: tuple[str, int]) -> str:
    unit, n = rel
    direction = "last" if n < 0 else "next"
    if unit == "month_name":
        return f"{direction} month {abs(n)}"
    return f"{direction} weekday {abs(n) - 1}"


# --- names and resolution ------------------------------------------------------------------------
_NAME_HYPHEN = re.compile(r"[^\W\d_]\s*-\s*$")


def year_in_name(
    g: DateGrammar, folded: str, cand: Candidate, event_spans: Sequence[tuple[int, int]]
) -> bool:
    """True when the candidate's year belongs to a name (منتدى الجيش 2023, Army-2024)."""
    if cand.year_span is None:
        return False
    ys, ye = cand.year_span
    if any(s < ye and ys < e for s, e in event_spans):
        return True
    if cand.kind in ("dmy", "mdy", "numeric_dmy", "numeric_ymd", "numeric_ymd_slash"):
        return False  # a full date is never a name
    before = folded[max(0, cand.start - 40) : cand.start]
    if cand.kind == "year":
        return False  # cued years (في عام 2012) are dates even after a name
    if _NAME_HYPHEN.search(before):
        return True
    words = re.findall(r"[^\W\d_]+", before)[-3:]
    return any(w in g.event_heads or (w.startswith("ال") and w[2:] in g.event_heads) for w in words)


SENTENCE_END = re.compile(r"[.!?؟\n]")
