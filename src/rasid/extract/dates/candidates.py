"""Finding date expressions: anchors in the folded text, pattern windows around them, candidates built
from the matches, and the joins between them (month lists, years in the same sentence, nights)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cues import B_END, alternation, fold
from rasid.extract.dates.calendars import hijri_to_gregorian
from rasid.extract.dates.grammar import TOKEN, YEAR, Candidate, DateGrammar, phrase_key
from rasid.extract.dates.tense import (
    AGE_AFTER,
    NOT_TODAY_AFTER,
    SEASON_NUMBER,
    THIS_WEEKEND,
    century_number,
    eve_alone,
    past_in_sentence,
    quoted,
    rel_text,
    tense,
)
from rasid.span import merged_spans


def iso_value(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO value with what is known: 2024-08-21, 2024-08, 2024, or XXXX-08-21 when the year is not."""
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y if year is not None else None
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays valid
    except ValueError:
        return False
    return True


def _month_of(g: DateGrammar, m: re.Match[str]) -> int | None:
    m1 = g.months.get(phrase_key(m.group("m1")))
    if "m2" in m.re.groupindex and m.group("m2"):
        m2 = g.months.get(phrase_key(m.group("m2")))
        if m2 != m1:
            return None  # "أغسطس/أيلول" is a range or a typo, not one month
    return m1


#: Longest date expression, in characters: a match lies within this distance of its anchor.
MAX_DATE_CHARS = 60
_LETTERS = re.compile(r"[^\W\d_]+")


#: Digits that can anchor a date: a Gregorian or Hijri year, or the start of a numeric date.
#: A bare day number is found from the month name beside it. Same matches as
#: ``(?<!\d)(?:1[3-9]\d\d|20\d\d)(?!\d)|(?<!\d)\d{1,4}[/.\-]\d``, but written to begin with ``\d``
#: (the first digit is consumed, then checked): ``re`` then skips straight to digits instead of
#: trying the pattern at every character, which a leading lookbehind forces.
_DIGIT_ANCHOR = re.compile(r"\d(?<!\d\d)(?:(?<=1)[3-9]\d\d(?!\d)|(?<=2)0\d\d(?!\d)|\d{0,3}[/.\-]\d)")


@lru_cache(maxsize=4096)
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    # letters only, as the text's words are taken: "dernières 24 heures" is found by its words
    return tuple(_LETTERS.findall(phrase)) or tuple(TOKEN.findall(phrase))


@lru_cache(maxsize=8)
def _anchor_index(
    anchor_words: frozenset[str],
) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, tuple[str, ...]]]]]:
    """Anchor phrases of one word by that word (a text's words then find theirs by set
    intersection), and the phrases of several words by their longest word, with their words (the
    longest is the rarest: "في الفترة الأخيرة" is looked at only in texts that have "الأخيرة", not in
    every text that has "في")."""
    by_token: dict[str, list[str]] = {}
    multi_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase in anchor_words:
        words = _phrase_tokens(phrase)
        if len(words) == 1:
            by_token.setdefault(words[0], []).append(phrase)
        else:
            multi_word.setdefault(max(words, key=len), []).append((phrase, words))
    return by_token, multi_word


@lru_cache(maxsize=1024)
def _phrase_finder(phrase: str) -> re.Pattern[str]:
    return re.compile(alternation([phrase]))


def _anchor_spans(phrases: frozenset[str], folded: str) -> list[tuple[int, int]]:
    """The spans ``re.compile(alternation(phrases)).finditer(folded)`` gives, without compiling a
    pattern for each document's set of phrases (compiling was a third of the time spent on windows).

    Each phrase's own pattern (compiled once) finds every place it occurs; the alternation's rule
    is then applied here: leftmost first, at one place the phrase listed first (the longer), and
    no overlaps.
    """
    by_folded = {fold(p): p for p in phrases if fold(p)}
    ordered = sorted(by_folded, key=lambda w: (-len(w), w))  # the order alternation() lists them in
    occurrences: list[tuple[int, int, int]] = []  # (start, rank in the alternation, end)
    for rank, folded_phrase in enumerate(ordered):
        finder = _phrase_finder(by_folded[folded_phrase])
        m = finder.search(folded)
        while m:
            occurrences.append((m.start(), rank, m.end()))
            m = finder.search(folded, m.start() + 1)
    spans: list[tuple[int, int]] = []
    resume = 0
    for start, _, end in sorted(occurrences):
        if start >= resume:
            spans.append((start, end))
            resume = end
    return spans


#: Window margins of families whose expressions are short around their anchor ("قبل يومين",
#: "three days ago"): قبل and منذ are common words, and a narrow window keeps them cheap.
FAMILY_MARGINS: Mapping[str, int] = {"ago": 24}
#: The anchor families each pattern needs one of ("digits": a year or a numeric date).
PATTERN_ANCHORS: Mapping[str, tuple[str, ...]] = {
    "dmy": ("months",),
    "mdy": ("months",),
    "hijri": ("hijri",),
    "hijri_month": ("hijri",),
    "hijri_year": ("digits",),
    "my": ("months",),
    "ordinal_dmy": ("months", "hijri"),
    "month_dual": ("months",),
    "numeric_dmy": ("digits",),
    "numeric_ymd": ("digits",),
    "numeric_ym": ("digits",),
    "numeric_hijri": ("digits",),
    "numeric_hijri_ymd": ("digits",),
    "numeric_ymd_slash": ("digits",),
    "season": ("seasons",),
    "decade": ("decades",),
    "decade_digits": ("decades", "digits"),
    "century": ("decades",),
    "named_relative": ("months", "weekdays"),
    "named_relative_before": ("months", "weekdays"),
    "year": ("digits",),
    "year_paren": ("digits",),
    "year_range": ("digits",),
    "year_mark": ("digits",),
    "month": ("months",),
    "weekday": ("weekdays",),
    "bare_weekday": ("weekdays",),
    "relative": ("relative",),
    "month_of_year": ("months",),
    "day_current": ("current_month",),
    "reference": ("references",),
    "ago": ("ago",),
}


def _windows_around(
    spans: list[tuple[int, int]], size: int, margin: int = MAX_DATE_CHARS
) -> list[tuple[int, int]]:
    """``margin`` characters either side of each span (within the text), overlapping windows joined."""
    return merged_spans((max(0, s - margin), min(size, e + margin)) for s, e in spans)


def _windows(g: DateGrammar, folded: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of text around anchors, by anchor family (months, weekdays, …, digits); each
    pattern runs only around its own, since most text has no date.

    The anchor words present are found with a set intersection over the text's words, and
    only those few are then located — far cheaper than an alternation of every month name
    tried at every position, or a Python loop over every word."""
    # letters only: anchors are words, and "مارس2011" holds one
    tokens = set(_LETTERS.findall(folded))
    tokens |= {t[1:] for t in tokens if t[:1] in "وفبل"}
    by_token, multi_word = _anchor_index(g.anchor_words)
    present = [p for token in by_token.keys() & tokens for p in by_token[token]]
    present += [
        p for key in multi_word.keys() & tokens for p, parts in multi_word[key] if tokens.issuperset(parts)
    ]
    families = g.anchor_family_of
    spans: dict[str, list[tuple[int, int]]] = {family: [] for family in g.anchor_families}
    for phrase in present:
        finder = _phrase_finder(phrase)
        found = [m.span() for m in finder.finditer(folded)]
        for family in families[phrase]:
            spans[family].extend(found)
    windows = {
        family: _windows_around(found, len(folded), FAMILY_MARGINS.get(family, MAX_DATE_CHARS))
        for family, found in spans.items()
    }
    windows["digits"] = _windows_around([m.span() for m in _DIGIT_ANCHOR.finditer(folded)], len(folded))
    return windows


def candidates(g: DateGrammar, folded: str, lang: str = "") -> list[Candidate]:
    found: list[Candidate] = []
    windows_by_family = _windows(g, folded)
    for kind, rx in g.patterns:
        families = PATTERN_ANCHORS[kind]
        windows = (
            windows_by_family[families[0]]
            if len(families) == 1
            else merged_spans([w for f in families for w in windows_by_family[f]])
        )
        for w_start, w_end in windows:
            for m in rx.finditer(folded, w_start, w_end):
                cand = _build(g, kind, m, lang)
                if cand is not None:
                    found.append(cand)
                    if cand.range_first is not None:
                        found.append(cand.range_first)
    # longest evidence wins; ties go to the earlier (more specific) pattern
    order = {kind: i for i, (kind, _) in enumerate(g.patterns)}
    found.sort(key=lambda c: (-(c.end - c.start), order[c.kind], c.start))
    kept: list[Candidate] = []
    for cand in found:
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    kept.extend(_joined_years(g, folded, kept))
    kept = _listed_months(g, folded, kept)
    kept = _vague_before_exact(folded, kept)
    for cand in kept:
        if cand.relative is None and (cand.value or "").startswith("XXXX") and cand.hijri is None:
            cand.future = tense(g, folded, cand.start, cand.end, lang) > 0
    _weekday_parts(g, folded, kept)
    _days_of_relative_months(g, folded, kept)
    kept.sort(key=lambda c: c.start)
    # "اليوم الأربعاء 21 أغسطس 2024": a relative word right before a full date only introduces it;
    # "يوم الثلاثاء 5/10/1436هـ": a weekday right before one is that date's weekday (one span)
    out: list[Candidate] = []
    for i, c in enumerate(kept):
        following = kept[i + 1] if i + 1 < len(kept) else None
        introduces = (
            c.kind in ("relative", "weekday")
            and following is not None
            and following.relative is None
            and (
                following.start - c.end <= 3
                or (
                    c.kind == "weekday"
                    and _CORRESPONDING.fullmatch(folded, c.end, following.start) is not None
                )
            )
            # "au début de l'année 2023", "с начала года 2023": the year written after says which year
            and (following.precision == "day" or (c.relative or ("",))[0] == following.precision == "year")
        )
        if not introduces and not any(o.start == c.start and o.end == c.end for o in out[-2:]):
            out.append(c)  # (a year joined to the relative word before it is the year already kept)
        elif c.kind == "weekday" and following is not None:
            following.start = c.start
            following.attrs.setdefault("weekday", folded[c.start : c.end])
            if c.relative is not None and following.named_weekday is None:
                following.named_weekday = abs(c.relative[1]) - 1  # "в воскресенье, 26 марта" picks the year
        elif introduces and following is not None and following.precision == "day":
            # one span for "أمس الأحد (2 أغسطس)": whichever part a reader marks (a year written after a relative
            # year, "au début de l'année 2023", stays the year alone)
            following.date_start, following.start = following.start, c.start
    return out


#: "يوم الخميس الموافق 23/7/2015م": the weekday and the date it corresponds to are one date.
_CORRESPONDING = re.compile(r"\s*[,،]?\s*(?:الموافق|الموافقه)(?:\s+|\s*ل)?")


def _joined_years(g: DateGrammar, folded: str, kept: Sequence[Candidate]) -> list[Candidate]:
    """Years listed after a year already found: "عامي 2013 و2014", "2006-2014", "in 2010 and 2015"."""
    joined = re.compile(
        rf"\s*(?:{g.year_joiners})(?:\s*(?:{g.year_joiners}))?\s*(?:(?:[لب]?عام|العام|سنه)\s+)?"
        rf"(?P<year>{YEAR}){B_END}(?!\s*[%٪])"
    )
    # "العام الماضي 2014": the year a relative year expression stands for, written after it
    apposed = re.compile(rf"\s*[(]?\s*(?P<year>{YEAR}){B_END}(?!\s*[%٪])")
    taken = [(c.start, c.end) for c in kept]
    out: list[Candidate] = []
    for cand in kept:
        if (
            cand.relative is not None
            and cand.relative[0] == "year"
            and (m := apposed.match(folded, cand.end))
        ):
            year = int(m.group("year"))
            out.append(
                Candidate(
                    m.start("year"), m.end("year"), "year", iso_value(year), "year", year_span=m.span("year")
                )
            )
            taken.append(m.span("year"))
    queue = [c for c in kept if c.precision == "year" and c.relative is None and c.year_span] + out[:]
    while queue:
        cand = queue.pop()
        m = joined.match(folded, cand.end)
        if m is None or any(s < m.end() and m.start("year") < e for s, e in taken):
            continue
        year = int(m.group("year"))
        new = Candidate(
            m.start("year"), m.end("year"), "year", iso_value(year), "year", year_span=m.span("year")
        )
        taken.append((new.start, new.end))
        out.append(new)
        queue.append(new)
    return out


_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-(\d\d)")
#: Relations of a month expression that a month listed before it shares, with its own month put in.
_MONTH_RELATIONS = {
    "month_of_year": lambda rel, month: (rel // 100) * 100 + month,
    "month_name": lambda rel, month: month if rel > 0 else -month,
    "month_current": lambda rel, month: month,
}


def _listed_months(g: DateGrammar, folded: str, cands: list[Candidate]) -> list[Candidate]:
    """Months listed before one that carries the year take that year: "أكتوبر ونوفمبر وديسمبر من العام
    الجاري", "in March and April 2023", "в марте и апреле прошлого года" — alone, each would take the year nearest
    the publication date, or not be found at all."""
    listed: list[Candidate] = []
    for cand in cands:
        value = cand.value or ""
        if cand.precision != "month" or _MONTH_VALUE.fullmatch(value) is None or cand.hijri is not None:
            continue
        explicit = cand.relative is None and not value.startswith("X") and "inferred" not in cand.attrs
        if not explicit and (cand.relative is None or cand.relative[0] not in _MONTH_RELATIONS):
            continue  # a month without its year has none to share
        # "ونوفمبر من العام الجاري": the joiner is the first letter of the expression
        word = TOKEN.match(folded, cand.start + 1) if folded.startswith("و", cand.start) else None
        joined = word is not None and word.group() in g.months
        position = cand.start
        while m := g.listed_month.search(folded, max(0, position - MAX_DATE_CHARS), position):
            if not (joined or m.group("j")):
                break  # two month names side by side are one month's two names, or no list
            month = g.months[phrase_key(m.group("m"))]
            if explicit:
                new = Candidate(m.start("m"), m.end("m"), "month", value[:4] + f"-{month:02d}", "month")
                new.attrs["year_from"] = "list"
            else:
                assert cand.relative is not None
                unit, n = cand.relative
                rel = (unit, _MONTH_RELATIONS[unit](n, month))
                attrs = {"relative": f"listed with {cand.attrs.get('relative', unit)}"}
                new = Candidate(
                    m.start("m"), m.end("m"), "month", iso_value(None, month), "month", attrs, rel
                )
            listed.append(new)
            joined, position = bool(m.group("w")), m.start()
    if not listed:
        return cands
    # a listed month replaces what was found there alone ("في أكتوبر" taken as the nearest October)
    kept = [c for c in cands if not any(n.start < c.end and c.start < n.end for n in listed)]
    return kept + listed


#: Between a vague reference and the date it narrows: "earlier on Monday", "في وقت سابق من هذا الأسبوع".
_VAGUE_JOIN = re.compile(r"\s*(?:on|in|of|from|من|في|,|،)?\s*")


def _vague_before_exact(folded: str, cands: list[Candidate]) -> list[Candidate]:
    """ "earlier on Monday", "Ранее на этой неделе", "في وقت سابق اليوم": a vague reference right before a date
    only narrows it — one span, the date's value (two annotations made the reference a false date)."""
    cands = sorted(cands, key=lambda c: c.start)
    out: list[Candidate] = []
    for i, cand in enumerate(cands):
        following = cands[i + 1] if i + 1 < len(cands) else None
        if (
            cand.kind == "reference"
            and cand.value in ("PAST_REF", "FUTURE_REF")
            and following is not None
            and following.kind != "reference"
            and _VAGUE_JOIN.fullmatch(folded, cand.end, following.start)
        ):
            following.start = cand.start
            continue
        out.append(cand)
    return out


def _weekday_parts(g: DateGrammar, folded: str, cands: list[Candidate]) -> None:
    """A part of the day written with a weekday is part of its span: "مساء الأحد", "late Sunday", "mardi soir"."""
    for cand in cands:
        if cand.relative is None or cand.relative[0] != "weekday":
            continue
        if before := g.weekday_part_before.search(folded, max(0, cand.start - 20), cand.start):
            cand.start = before.start()
        if after := g.weekday_part_after.match(folded, cand.end):
            cand.end = after.end()


def _days_of_relative_months(g: DateGrammar, folded: str, cands: list[Candidate]) -> None:
    """A day before a relative month is a day of that month: "الخامس من الشهر المقبل", "le 8 du mois
    prochain", "the 3rd of next month", "10-го числа следующего месяца"."""
    for cand in cands:
        if cand.relative is None or cand.relative[0] != "month":
            continue
        m = g.day_of_month.search(folded, max(0, cand.start - 30), cand.start)
        if m is None:
            continue
        day = g.ordinal_days[phrase_key(m.group("ord"))] if m.group("ord") else int(m.group("d"))
        if not 1 <= day <= 31:
            continue
        offset = cand.relative[1]
        cand.start, cand.precision = m.start(), "day"
        cand.relative = ("month_day", offset * 100 + day)
        cand.attrs["relative"] = f"day {day} of {offset:+d} month"


def _joined_by_word(m: re.Match[str]) -> bool:
    """Two years joined by a word ("2010 and 2014") without a cue before: could be two counts."""
    return not re.fullmatch(r"\s*[-–/]\s*", m.string[m.end("year") : m.start("year2")])


def _build(g: DateGrammar, kind: str, m: re.Match[str], lang: str = "") -> Candidate | None:
    groups = m.re.groupindex
    year = int(m.group("year")) if "year" in groups and m.group("year") else None
    year_span = m.span("year") if year is not None else None
    start, end = m.span()
    if kind in ("dmy", "mdy"):
        month = _month_of(g, m)
        day = int(m.group("day"))
        if month is None or not valid_day(year, month, day):
            return None
        attrs: dict[str, Any] = {}
        first = int(m.group("day0")) if "day0" in groups and m.group("day0") else None
        ranged = first is not None and first < day and valid_day(year, month, first)
        if ranged:
            # "من 3 إلى 5 مارس 2024": the date written in full (as the team corpus labels the range), with
            # range_start the first day; the first day is a date of its own too, on its own span
            attrs["range_start"] = iso_value(year, month, first)
        if m.group("wd"):
            attrs["weekday"] = m.group("wd")
        if "m2" in groups and m.group("m2"):
            attrs["month_names"] = [m.group("m1"), m.group("m2")]
        direction = 0
        if "past" in groups and (m.group("past") or m.group("future")):
            # "11 ديسمبر الماضي": the year is the last (or next) one that had this day
            direction = -1 if m.group("past") else 1
            rel = ("day_month", direction * (month * 100 + day))
            attrs["relative"] = f"{'last' if direction < 0 else 'next'} {month:02d}-{day:02d}"
            cand = Candidate(start, end, kind, iso_value(None, month, day), "day", attrs, rel)
        else:
            cand = Candidate(start, end, kind, iso_value(year, month, day), "day", attrs, year_span=year_span)
        if m.group("wd"):
            cand.named_weekday = g.weekdays.get(phrase_key(m.group("wd")))
        if ranged:
            assert first is not None
            cand.start = m.start("day")
            first_rel = ("day_month", direction * (month * 100 + first)) if direction else None
            cand.range_first = Candidate(
                start,
                m.end("day0"),
                kind,
                iso_value(None if direction else year, month, first),
                "day",
                {},
                first_rel,
            )
        return cand
    if kind == "my":
        month = _month_of(g, m)
        if month is None:
            return None
        return Candidate(start, end, kind, iso_value(year, month), "month", year_span=year_span)
    if kind in ("numeric_hijri", "numeric_hijri_ymd"):
        assert year is not None
        day_number, month_number = int(m.group("day")), int(m.group("mon"))
        if not (1 <= month_number <= 12 and 1 <= day_number <= 30):
            return None
        attrs = {"calendar": "hijri", "approximate": True}
        attrs["gregorian"] = hijri_to_gregorian(year, month_number, day_number).isoformat()
        return Candidate(start, end, kind, iso_value(year, month_number, day_number), "day", attrs)
    if kind == "numeric_ym":
        assert year is not None and year_span is not None
        month = int(m.group("mon"))
        if not 1 <= month <= 12:
            return None
        return Candidate(year_span[0], end, kind, iso_value(year, month), "month", year_span=year_span)
    if kind in ("numeric_dmy", "numeric_ymd", "numeric_ymd_slash"):
        day, month = int(m.group("day")), int(m.group("mon"))
        if kind == "numeric_dmy" and month > 12 and 1 <= day <= 12:
            day, month = month, day  # "9-18-2020" can only be month first (American order)
        if not 1 <= month <= 12 or not valid_day(year, month, day):
            return None
        return Candidate(start, end, kind, iso_value(year, month, day), "day", year_span=year_span)
    if kind == "hijri":
        assert year is not None
        hmonth = g.hijri_months[phrase_key(m.group("hm"))]
        hday = int(m.group("day")) if m.group("day") else None
        if hday is not None and not 1 <= hday <= 30:
            return None
        greg = hijri_to_gregorian(year, hmonth, hday or 1)
        attrs = {"calendar": "hijri", "approximate": True}
        if hday is None:
            attrs["gregorian"] = iso_value(greg.year, greg.month)
            return Candidate(start, end, kind, iso_value(year, hmonth), "month", attrs)
        attrs["gregorian"] = greg.isoformat()
        return Candidate(start, end, kind, iso_value(year, hmonth, hday), "day", attrs)
    if kind == "hijri_month":
        hmonth = g.hijri_months[phrase_key(m.group("hm"))]
        hday = int(m.group("day")) if m.group("day") else None
        direction = -1 if m.group("past") else 1 if m.group("future") else 0
        said_month = (
            "شهر" in m.group() or hday is not None or m.group("past") or m.group("future") or m.group("cur")
        )
        if hday is not None and not 1 <= hday <= 30:
            return None
        if not said_month and (phrase_key(m.group("hm")) in g.hijri_ambiguous or not m.group("cue")):
            return None  # "رجب" alone is a name; "رمضان" needs في/خلال/شهر… before it
        if hday is None and m.group("cue") and not said_month:
            start = (
                m.start("cue")
                if m.group("cue") in ("مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه")
                else m.start("hm")
            )
        precision = "day" if hday is not None else "month"
        attrs = {"calendar": "hijri", "approximate": True}
        return Candidate(
            start, end, kind, iso_value(None, hmonth, hday), precision, attrs, hijri=(hmonth, hday, direction)
        )
    if kind == "hijri_year":
        if year is None:
            year = int(m.group("year2"))
        greg = hijri_to_gregorian(year, 1, 1)
        attrs = {"calendar": "hijri", "approximate": True, "gregorian": str(greg.year)}
        return Candidate(start, end, kind, str(year), "year", attrs)
    if kind == "season":
        season = g.seasons[phrase_key(m.group("season") or m.group("season2"))]
        if year is not None:
            return Candidate(start, end, kind, f"{year:04d}-{season}", "season", year_span=year_span)
        if m.group("yrel"):
            # "летом прошлого года", "the summer of last year": the season of that year
            offset = g.year_relative_words[phrase_key(m.group("yrel"))]
            rel = ("season_of_year", (offset + 5) * 10 + SEASON_NUMBER[season])
            return Candidate(
                start, end, kind, None, "season", {"relative": f"{season} of {offset:+d} year"}, rel
            )
        if m.group("past") or m.group("bpast") or m.group("bpast2"):
            direction = -1
        elif m.group("future"):
            direction = 1
        else:
            direction = 0
        rel = (
            "season",
            direction * 10 + SEASON_NUMBER[season] if direction >= 0 else -(10 + SEASON_NUMBER[season]),
        )
        attrs = {"relative": f"{'last' if direction < 0 else 'next' if direction > 0 else 'this'} {season}"}
        return Candidate(start, end, kind, None, "season", attrs, (rel[0], rel[1]))
    if kind in ("decade", "decade_digits"):
        if AGE_AFTER.match(m.string, end):
            return None  # "في الثمانينات من العمر", "in his eighties", "за восемьдесят": an age, not a decade
        if kind == "decade":
            digit = g.decade_words[phrase_key(m.group("dw"))]
            century = 19
            cent = m.group("cent")
            if cent and (g.century_words.get(cent) == 21 or g.century_relative.get(cent) == 0):
                century = 20
            elif cent and g.century_words.get(cent):
                century = g.century_words[cent] - 1
            return Candidate(start, end, kind, f"{century}{digit}X", "decade")
        digits = m.group("dy") or m.group("dy2") or m.group("dy3")
        assert digits is not None
        if len(digits) == 2:
            digits = ("20" if digits in ("10", "20") else "19") + digits
        return Candidate(start, end, kind, f"{digits[:3]}X", "decade")
    if kind == "century":
        number = century_number(g, m)
        if number is None:
            crel = m.group("crel") or m.group("crel2") or m.group("crel3")
            offset = (
                -1 if g.century_relative.get(crel, 0) < 0 or crel in ("last", "прошлого", "прошлом") else 0
            )
            return Candidate(
                start, end, kind, None, "century", {"relative": f"{offset:+d} century"}, ("century", offset)
            )
        if not 1 <= number <= 22:
            return None
        return Candidate(start, end, kind, f"{number - 1:02d}XX", "century")
    if kind in ("year_paren", "year_mark"):
        assert year_span is not None
        return Candidate(
            year_span[0],
            end if kind == "year_mark" else year_span[1],
            kind,
            iso_value(year),
            "year",
            year_span=year_span,
        )
    if kind == "ago":
        unit_word = m.group("u1") or m.group("u2") or m.group("u3")
        number_text = m.group("n1") or m.group("n2") or m.group("n3")
        unit, implied = g.ago_units[phrase_key(unit_word)]
        following = m.string[end : end + 8].split()[:1]
        if m.group("u1") and following and following[0] in ("من", "علي"):
            return None  # "قبل يومين من الانتخابات": two days before an event, not before writing
        since = m.group("u1") is not None and m.group().lstrip("وف").startswith("منذ")
        if since and unit in ("month", "year"):
            return None  # "منذ ثلاث سنوات" is as often "for three years" (a duration) as "three years ago"
        if (number_text is None and implied == 0) or (
            number_text is not None and phrase_key(number_text) in g.few_words
        ):
            # "قبل أيام", "a few weeks ago", "il y a quelques jours": some time ago (TimeML PAST_REF)
            return Candidate(start, end, kind, "PAST_REF", "ref", {"reference": True})
        count = implied or 1
        if number_text is not None:
            count = int(number_text) if number_text.isdigit() else g.count_words[phrase_key(number_text)]
        if count < 1:
            return None
        rel = (unit, -count)
        return Candidate(start, end, kind, None, None, {"relative": f"{-count:+d} {unit}"}, rel)
    if kind == "reference":
        ref = g.references[phrase_key(m.group("ref"))]
        s, e = m.span("ref")
        if quoted(m.string, s, e):
            return None
        if phrase_key(m.group("ref")) in g.eve_words and eve_alone(g, m.string, s, e):
            return Candidate(s, e, "relative", None, None, {"relative": "-1 day"}, ("day", -1))
        if phrase_key(m.group("ref")) in g.later_words and past_in_sentence(g, m.string, s, e, lang):
            return None  # "позже пресс-служба отменила": later than the events told, not after the writing
        return Candidate(s, e, kind, ref, "ref", {"reference": True})
    if kind == "bare_weekday":
        name = phrase_key(m.group("wd"))
        weekday = g.weekdays.get(name)
        before = m.string[max(0, m.start() - 14) : m.start()].split()
        if weekday is None or name in g.weekdays_need_cue:
            return None
        if before and (before[-1] in g.weekday_not_after or " ".join(before[-2:]) in g.weekday_not_after):
            return None
        s, e = m.span("wd")
        if quoted(m.string, s, e):
            return None
        rel = ("weekday", tense(g, m.string, s, e, lang) * (weekday + 1))
        return Candidate(s, e, "weekday", None, None, {"relative": rel_text(rel)}, rel)
    if kind == "year_range":
        assert year is not None and year_span is not None
        second = int(m.group("year2"))
        dashed = not m.group("rcue")
        if not year < second <= year + 50 or (dashed and _joined_by_word(m)):
            return None
        return Candidate(year_span[0], year_span[1], "year", iso_value(year), "year", year_span=year_span)
    if kind == "year":
        assert year_span is not None
        return Candidate(year_span[0], end, kind, iso_value(year), "year", year_span=year_span)
    if kind in ("month", "month_dual"):
        month_name = phrase_key(m.group("m1"))
        dual = bool(m.group("m2"))
        # "في مارس", "début mars" are months; "من مارس" is also "whoever practised": a weak cue needs a
        # name that is only a month
        weak_cue = kind == "month" and m.group("cue") in g.weak_month_cues
        if (month_name in g.ambiguous and not dual and (kind != "month" or weak_cue)) or _month_of(
            g, m
        ) is None:
            return None
        if kind == "month_dual" and not dual:
            return None
        s, e = m.start("m1"), m.end()
        cue = (m.group("cue") or "").split() if kind == "month" else []
        if cue and cue[-1] in g.period_parts:
            s = m.end("cue") - len(
                cue[-1]
            )  # "début mars", "late January", "منتصف مارس": the part is in the span
        return Candidate(s, e, kind, iso_value(None, g.months[month_name]), "month")
    if kind == "ordinal_dmy":
        day = g.ordinal_days[phrase_key(m.group("ord"))]
        direction = -1 if m.group("past") else 1 if m.group("future") else 0
        if m.group("hm"):
            hmonth = g.hijri_months[phrase_key(m.group("hm"))]
            attrs = {"calendar": "hijri", "approximate": True}
            if m.group("hyear"):
                hyear = int(m.group("hyear"))
                attrs["gregorian"] = hijri_to_gregorian(hyear, hmonth, day).isoformat()
                return Candidate(start, end, kind, iso_value(hyear, hmonth, day), "day", attrs)
            return Candidate(
                start, end, kind, iso_value(None, hmonth, day), "day", attrs, hijri=(hmonth, day, direction)
            )
        month = _month_of(g, m)
        if month is None or not valid_day(year, month, day):
            return None
        if direction and year is None:
            rel = ("day_month", direction * (month * 100 + day))
            return Candidate(start, end, kind, iso_value(None, month, day), "day", {}, rel)
        return Candidate(start, end, kind, iso_value(year, month, day), "day", year_span=year_span)
    if kind in ("named_relative", "named_relative_before"):
        direction = -1 if m.group("past") else 1
        if "cur" in groups and m.group("cur"):
            if not m.group("m1") or _month_of(g, m) is None:
                return None
            month = g.months[phrase_key(m.group("m1"))]
            rel = ("month_current", month)
            return Candidate(
                start, end, kind, iso_value(None, month), "month", {"relative": f"this month {month}"}, rel
            )
        if m.group("m1"):
            month = g.months[phrase_key(m.group("m1"))]
            rel = ("month_name", direction * month)
            return Candidate(
                start, end, kind, iso_value(None, month), "month", {"relative": rel_text(rel)}, rel
            )
        weekday = g.weekdays.get(phrase_key(m.group("wd")))
        if weekday is None:
            return None
        rel = ("weekday", direction * (weekday + 1))
        return Candidate(start, end, kind, None, None, {"relative": rel_text(rel)}, rel)
    if kind == "weekday":
        weekday = g.weekdays.get(phrase_key(m.group("wd")))
        if weekday is None:
            return None
        # a bare weekday in news is the most recent one, unless the sentence speaks of the future
        s = m.start("wd")
        direction = 1 if m.group("from") else tense(g, m.string, s, end, lang)
        if m.group("from") or re.match(r"в\s+эт", m.group()):
            s = start  # "dès lundi", "в этот понедельник": the cue is part of the date
        rel = ("weekday", direction * (weekday + 1))
        return Candidate(s, end, kind, None, None, {"relative": rel_text(rel)}, rel)
    if kind == "month_of_year":
        month = g.months.get(phrase_key(m.group("m1")))
        if month is None:
            return None
        offset = g.year_relative_words[phrase_key(m.group("yrel"))]
        if m.group("day"):
            # "30 сентября прошлого года", "le 3 mars de l'année dernière": that day of that year
            day = int(m.group("day"))
            if not valid_day(None, month, day):
                return None
            rel = ("day_of_year", (offset + 5) * 10000 + month * 100 + day)
            attrs = {"relative": f"{offset:+d} year, {month:02d}-{day:02d}"}
            return Candidate(start, end, kind, iso_value(None, month, day), "day", attrs, rel)
        rel = ("month_of_year", (offset + 1) * 100 + month)
        return Candidate(
            start,
            end,
            kind,
            iso_value(None, month),
            "month",
            {"relative": f"{offset:+d} year, month {month}"},
            rel,
        )
    if kind == "day_current":
        day = int(m.group("d"))
        if not 1 <= day <= 31:
            return None
        return Candidate(
            m.start(), end, kind, None, None, {"relative": f"day {day} of this month"}, ("day_current", day)
        )
    if kind == "relative":
        unit, offset = g.relative[phrase_key(m.group("rel"))]
        s, e = m.span("rel")
        following = m.string[e : e + 12].split()[:1]
        if unit == "day" and following and following[0] in NOT_TODAY_AFTER:
            return None  # "في اليوم التالي", "اليوم العالمي": a day, but not today
        if quoted(m.string, s, e):
            return None  # «اليوم» is a newspaper
        if m.group("part"):
            s = m.start("part")
        if m.group("wd"):
            e = m.end()
        if unit == "weekend" and tense(g, m.string, s, e, lang) > 0:
            offset = 1  # "avant le week-end", "will travel over the weekend": the coming one
        elif unit == "weekend" and offset == THIS_WEEKEND and past_in_sentence(g, m.string, s, e, lang):
            offset = 0  # "ce week-end, des orages ont frappé": the one just past
        cand = Candidate(s, e, kind, None, None, {"relative": f"{offset:+d} {unit}"}, (unit, offset))
        if m.group("wd") and unit == "day":
            cand.named_weekday = g.weekdays.get(phrase_key(m.group("wd")))
        return cand
    return None
