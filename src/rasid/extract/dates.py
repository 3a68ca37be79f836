"""Dates: absolute, partial, relative and Hijri, normalised to ISO values with evidence.

``rasid.dates.v1`` adds the ``dates`` layer. Each annotation has label ``"date"`` and
``attrs``: ``value`` (ISO: ``2024-08-21``, ``2024-08``, ``2024``, ``XXXX-01-17`` when the
year is not written, ``2024-W33`` for a week, ``None`` when a relative expression has no
anchor), ``precision`` (day|month|year|week), ``inferred`` (parts taken from the
publication date, e.g. ``["year"]``), and where relevant ``relative``, ``calendar``
(``"hijri"``) and ``hijri``.

The grammar is ours, written as regexes over normalised text (so آب, اب, أغسطس/آب,
Arabic-Indic digits and diacritics all fold to one form) and mapped back to the original
with the offset map. dateparser is not used: it misses آب and the dual Arabic names, and
the month tables below cover fr/en/ru just as well at a fraction of the cost.

Rules that keep precision high:

* a year is never invented: ``17 يناير`` is ``XXXX-01-17`` unless a publication date
  is known, and then the inferred year is listed in ``attrs.inferred``;
* a bare year is reported only after a cue (في عام 2012, en 2012, в 2012 году); a year
  that is part of a name (منتدى الجيش 2023, الجيش - 2024, Army-2024) is not a date;
* month names that are also common words (مارس, ماي, mars, may) need a number beside them.

When the document has no publication date, one written in the lead ("اليوم الأربعاء
21 أغسطس/آب 2024", a dateline) sets ``published`` with ``meta["published_source"]="text"``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasid.extract.cues import B_END, B_START, alternation, fold, folded_lines, load_cues, normalized
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage

STAGE = "rasid.dates.v1"
#: Characters at the start of a text searched for a publication date.
LEAD_CHARS = 600
#: Years accepted as Gregorian years of events.
YEAR = r"(?:1[89]\d\d|20\d\d)"


# --- Hijri calendar --------------------------------------------------------------------------------
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Tabular (arithmetic, civil epoch) Islamic calendar to Gregorian.

    Umm al-Qura months start from astronomical sightings, so real dates can differ by
    a day or two; annotations mark the conversion ``approximate``.
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"invalid Hijri date {year}-{month}-{day}")
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948440 - 1
    return _jdn_to_gregorian(jdn)


def _jdn_to_gregorian(jdn: int) -> dt.date:
    # Richards' algorithm (Julian day number -> proleptic Gregorian).
    f = jdn + 1401 + (((4 * jdn + 274277) // 146097) * 3) // 4 - 38
    e = 4 * f + 3
    g = (e % 1461) // 4
    h = 5 * g + 2
    day = (h % 153) // 5 + 1
    month = (h // 153 + 2) % 12 + 1
    year = e // 1461 - 4716 + (12 + 2 - month) // 12
    return dt.date(year, month, day)


# --- vocabulary ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateGrammar:
    months: Mapping[str, int]
    latin_months: frozenset[str]
    ambiguous: frozenset[str]
    hijri_months: Mapping[str, int]
    weekdays: Mapping[str, int | None]
    relative: Mapping[str, tuple[str, int]]
    past_after: frozenset[str]
    future_after: frozenset[str]
    event_heads: frozenset[str]
    today_cues: frozenset[str]
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    #: Names and phrases one of which every date expression contains (besides digits): months,
    #: weekdays, relative expressions ("العام الماضي" as a whole: "العام" alone is everywhere).
    anchor_words: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def grammar(extra_files: tuple[str, ...] = ()) -> DateGrammar:
    data = load_cues("dates", extra_files)
    months: dict[str, int] = {}
    latin: set[str] = set()
    for lang, table in data["months"].items():
        for name, number in table.items():
            months[fold(name)] = int(number)
            if lang in ("fr", "en"):
                latin.add(fold(name))
    hijri = {fold(k): int(v) for k, v in data["hijri_months"].items()}
    weekday_numbers = {fold(k): int(v) for k, v in data["weekday_numbers"].items()}
    weekdays: dict[str, int | None] = {}
    for names in data["weekdays"].values():
        for name in names:
            weekdays[fold(name)] = weekday_numbers.get(fold(name))
    relative = {fold(k): (v["unit"], int(v["offset"])) for k, v in data["relative"].items()}
    year_cues = [c for cues in data["year_cues"].values() for c in cues]

    month_alt = alternation(months)
    latin_alt = alternation(latin)
    hijri_alt = alternation(hijri)
    weekday_alt = alternation(weekdays)
    past_after = alternation(data["past_words_after"])
    future_after = alternation(data["future_words_after"])
    past_before = alternation(data["past_words_before"])
    future_before = alternation(data["future_words_before"])
    hijri_marks = alternation(data["hijri_markers"])
    greg_marks = alternation(data["gregorian_markers"])

    month = rf"(?P<m1>{month_alt})(?:\s*[/(\-]\s*(?P<m2>{month_alt})\s*\)?)?"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|-?го)?"
    year = rf"(?P<year>{YEAR})(?:\s*(?:{greg_marks}){B_END})?(?:\s*(?:года|г\.|год))?"
    weekday = rf"(?:(?:يوم\s+)?(?P<wd>{weekday_alt})\s*[,،]?\s+)"
    patterns = [
        # 21 أغسطس/آب 2024, الأربعاء 21 أغسطس 2024, le 17 janvier 2025, 21 августа 2024 года, 17 يناير
        (
            "dmy",
            rf"{B_START}{weekday}?{day}\s+(?:من\s+)?(?:شهر\s+)?{month}(?:\s*[,،]?\s*{year}"
            rf"|\s+(?:(?P<past>{past_after})|(?P<future>{future_after})))?{B_END}",
        ),
        # August 21, 2024 / Wednesday, August 21
        ("mdy", rf"{B_START}{weekday}?(?P<m1>{latin_alt})\s+{day}(?:\s*,?\s*{year})?{B_END}"),
        # 15 رمضان 1445 هـ / رمضان 1445
        (
            "hijri",
            rf"{B_START}(?:(?P<day>[0-3]?\d)\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{hijri_alt})\s+(?:عام\s+|سنة\s+)?"
            rf"(?P<year>1[34]\d\d)(?:\s*(?:{hijri_marks}))?{B_END}",
        ),
        # يناير 2024, شهر أغسطس/آب 2024, janvier 2025, в августе 2024 года
        ("my", rf"{B_START}(?:شهر\s+)?{month}\s*[,،]?\s*{year}{B_END}"),
        # 21/08/2024, 21.08.2024, 2024-08-21
        ("numeric_dmy", rf"{B_START}(?P<day>[0-3]?\d)[/.\-](?P<mon>[01]?\d)[/.\-](?P<year>{YEAR}){B_END}"),
        ("numeric_ymd", rf"{B_START}(?P<year>{YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d){B_END}"),
        # أغسطس الماضي, mardi dernier, الأحد المقبل
        (
            "named_relative",
            rf"{B_START}(?:(?:شهر|يوم)\s+)?(?:{month}|(?P<wd>{weekday_alt}))\s+"
            rf"(?:(?P<past>{past_after})|(?P<future>{future_after})){B_END}",
        ),
        # last August, next Monday
        (
            "named_relative_before",
            rf"{B_START}(?:(?P<past>{past_before})|(?P<future>{future_before}))\s+"
            rf"(?:(?P<m1>{month_alt})|(?P<wd>{weekday_alt})){B_END}",
        ),
        # في عام 2012, en 2012, в 2012 году, since 2019
        (
            "year",
            rf"{B_START}(?:{alternation(year_cues)})\s+(?:(?:عام|العام|سنة)\s+)?"
            rf"(?P<year>{YEAR})(?:\s*(?:{greg_marks}){B_END})?{B_END}",
        ),
        # في أغسطس, en août, in August, в августе (month alone after a cue: XXXX-08)
        (
            "month",
            rf"{B_START}(?:في|منذ|خلال|مطلع|اواخر|شهر|en|in|since|depuis|в|с)\s+(?:شهر\s+)?{month}{B_END}",
        ),
        # يوم الأحد, le lundi, on Monday, в понедельник
        ("weekday", rf"{B_START}(?:يوم|on|le|в|во)\s+(?P<wd>{weekday_alt}){B_END}"),
        ("relative", rf"{B_START}(?:[وف](?=\S))?(?P<rel>{alternation(relative)}){B_END}"),
    ]
    compiled = [(name, re.compile(rx)) for name, rx in patterns]
    return DateGrammar(
        months=months,
        latin_months=frozenset(latin),
        ambiguous=frozenset(fold(w) for w in data["ambiguous_months"]),
        hijri_months=hijri,
        weekdays=weekdays,
        relative=relative,
        past_after=frozenset(fold(w) for w in data["past_words_after"] + data["past_words_before"]),
        future_after=frozenset(fold(w) for w in data["future_words_after"] + data["future_words_before"]),
        event_heads=frozenset(fold(w) for w in data["event_name_heads"]),
        today_cues=frozenset(fold(w) for w in data["today_cues"]),
        patterns=compiled,
        anchor_words=frozenset(
            name for name in (*months, *hijri, *weekdays, *relative) if _TOKEN.search(name)
        ),
    )


# --- candidates ------------------------------------------------------------------------------------
@dataclass
class Candidate:
    start: int  # in normalised text
    end: int
    kind: str
    value: str | None
    precision: str | None
    attrs: dict[str, Any] = field(default_factory=dict)
    #: for relative expressions: (unit, offset) or ("month", month) / ("weekday", n)
    relative: tuple[str, int] | None = None
    year_span: tuple[int, int] | None = None


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y if year is not None else None
    if day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def _valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays valid
    except ValueError:
        return False
    return True


def _month_of(g: DateGrammar, m: re.Match[str]) -> int | None:
    m1 = g.months.get(_key(m.group("m1")))
    if "m2" in m.re.groupindex and m.group("m2"):
        m2 = g.months.get(_key(m.group("m2")))
        if m2 != m1:
            return None  # "أغسطس/أيلول" is a range or a typo, not one month
    return m1


#: Longest date expression, in characters: a match lies within this distance of its anchor.
MAX_DATE_CHARS = 60


_TOKEN = re.compile(r"[^\W_]+")


#: Digits that can anchor a date: a Gregorian or Hijri year, or the start of a numeric date.
#: A bare day number is found from the month name beside it. Same matches as
#: ``(?<!\d)(?:1[3-9]\d\d|20\d\d)(?!\d)|(?<!\d)\d{1,4}[/.\-]\d``, but written to begin with ``\d``
#: (the first digit is consumed, then checked): ``re`` then skips straight to digits instead of
#: trying the pattern at every character, which a leading lookbehind forces.
_DIGIT_ANCHOR = re.compile(r"\d(?<!\d\d)(?:(?<=1)[3-9]\d\d(?!\d)|(?<=2)0\d\d(?!\d)|\d{0,3}[/.\-]\d)")


@lru_cache(maxsize=4096)
def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(phrase))


@lru_cache(maxsize=8)
def _anchor_index(
    anchor_words: frozenset[str],
) -> tuple[dict[str, list[str]], list[tuple[str, tuple[str, ...]]]]:
    """Anchor phrases of one word by that word (a text's words then find theirs by set
    intersection), and the phrases of several words with their words."""
    by_token: dict[str, list[str]] = {}
    multi_word: list[tuple[str, tuple[str, ...]]] = []
    for phrase in anchor_words:
        words = _phrase_tokens(phrase)
        if len(words) == 1:
            by_token.setdefault(words[0], []).append(phrase)
        else:
            multi_word.append((phrase, words))
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


#: Patterns that need nothing but digits (every other one contains a month, weekday or relative word).
DIGIT_ONLY_PATTERNS = frozenset({"numeric_dmy", "numeric_ymd", "year"})


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        start, end = max(0, s - MAX_DATE_CHARS), min(size, e + MAX_DATE_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _windows(g: DateGrammar, folded: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Stretches of text around anchors — (around words, around digits); the full patterns run
    only there, since most text has no date.

    The anchor words present are found with a set intersection over the text's words, and
    only those few are then located — far cheaper than an alternation of every month name
    tried at every position, or a Python loop over every word."""
    tokens = set(_TOKEN.findall(folded))
    tokens |= {t[1:] for t in tokens if t[:1] in "وفبل"}
    by_token, multi_word = _anchor_index(g.anchor_words)
    present = frozenset(
        [p for token in by_token.keys() & tokens for p in by_token[token]]
        + [p for p, words in multi_word if tokens.issuperset(words)]
    )
    words = _anchor_spans(present, folded)
    digits = [m.span() for m in _DIGIT_ANCHOR.finditer(folded)]
    return _merge(words, len(folded)), _merge(digits, len(folded))


def _candidates(g: DateGrammar, folded: str) -> list[Candidate]:
    found: list[Candidate] = []
    word_windows, digit_windows = _windows(g, folded)
    for kind, rx in g.patterns:
        for w_start, w_end in digit_windows if kind in DIGIT_ONLY_PATTERNS else word_windows:
            for m in rx.finditer(folded, w_start, w_end):
                cand = _build(g, kind, m)
                if cand is not None:
                    found.append(cand)
    # longest evidence wins; ties go to the earlier (more specific) pattern
    order = {kind: i for i, (kind, _) in enumerate(g.patterns)}
    found.sort(key=lambda c: (-(c.end - c.start), order[c.kind], c.start))
    kept: list[Candidate] = []
    for cand in found:
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    # "اليوم الأربعاء 21 أغسطس 2024": a relative word right before a full date only introduces it
    return [
        c
        for i, c in enumerate(kept)
        if not (
            c.kind == "relative"
            and i + 1 < len(kept)
            and kept[i + 1].precision == "day"
            and kept[i + 1].start - c.end <= 2
        )
    ]


def _build(g: DateGrammar, kind: str, m: re.Match[str]) -> Candidate | None:
    groups = m.re.groupindex
    year = int(m.group("year")) if "year" in groups and m.group("year") else None
    year_span = m.span("year") if year is not None else None
    start, end = m.span()
    if kind in ("dmy", "mdy"):
        month = _month_of(g, m)
        day = int(m.group("day"))
        if month is None or not _valid_day(year, month, day):
            return None
        attrs: dict[str, Any] = {}
        if m.group("wd"):
            attrs["weekday"] = m.group("wd")
        if "m2" in groups and m.group("m2"):
            attrs["month_names"] = [m.group("m1"), m.group("m2")]
        if "past" in groups and (m.group("past") or m.group("future")):
            # "11 ديسمبر الماضي": the year is the last (or next) one that had this day
            direction = -1 if m.group("past") else 1
            rel = ("day_month", direction * (month * 100 + day))
            attrs["relative"] = f"{'last' if direction < 0 else 'next'} {month:02d}-{day:02d}"
            return Candidate(start, end, kind, _iso(None, month, day), "day", attrs, rel)
        return Candidate(start, end, kind, _iso(year, month, day), "day", attrs, year_span=year_span)
    if kind == "my":
        month = _month_of(g, m)
        if month is None:
            return None
        return Candidate(start, end, kind, _iso(year, month), "month", year_span=year_span)
    if kind in ("numeric_dmy", "numeric_ymd"):
        day, month = int(m.group("day")), int(m.group("mon"))
        if not 1 <= month <= 12 or not _valid_day(year, month, day):
            return None
        return Candidate(start, end, kind, _iso(year, month, day), "day", year_span=year_span)
    if kind == "hijri":
        assert year is not None
        hmonth = g.hijri_months[_key(m.group("hm"))]
        hday = int(m.group("day")) if m.group("day") else None
        if hday is not None and not 1 <= hday <= 30:
            return None
        greg = hijri_to_gregorian(year, hmonth, hday or 1)
        attrs = {"calendar": "hijri", "hijri": _iso(year, hmonth, hday), "approximate": True}
        if hday is None:
            return Candidate(start, end, kind, _iso(greg.year, greg.month), "month", attrs)
        return Candidate(start, end, kind, greg.isoformat(), "day", attrs)
    if kind == "year":
        assert year_span is not None
        return Candidate(year_span[0], end, kind, _iso(year), "year", year_span=year_span)
    if kind == "month":
        month_name = _key(m.group("m1"))
        if month_name in g.ambiguous or _month_of(g, m) is None:
            return None
        s, e = m.start("m1"), m.end()
        return Candidate(s, e, kind, _iso(None, g.months[month_name]), "month")
    if kind in ("named_relative", "named_relative_before"):
        direction = -1 if m.group("past") else 1
        if m.group("m1"):
            month = g.months[_key(m.group("m1"))]
            rel = ("month_name", direction * month)
            return Candidate(start, end, kind, _iso(None, month), "month", {"relative": _rel_text(rel)}, rel)
        weekday = g.weekdays.get(_key(m.group("wd")))
        if weekday is None:
            return None
        rel = ("weekday", direction * (weekday + 1))
        return Candidate(start, end, kind, None, None, {"relative": _rel_text(rel)}, rel)
    if kind == "weekday":
        weekday = g.weekdays.get(_key(m.group("wd")))
        if weekday is None:
            return None
        rel = ("weekday", -(weekday + 1))  # a bare weekday in news is the most recent one
        s = m.start("wd")
        return Candidate(s, end, kind, None, None, {"relative": _rel_text(rel)}, rel)
    if kind == "relative":
        unit, offset = g.relative[_key(m.group("rel"))]
        s, e = m.span("rel")
        following = m.string[e : e + 12].split()[:1]
        if unit == "day" and following and following[0] in _NOT_TODAY_AFTER:
            return None  # "في اليوم التالي", "اليوم العالمي": a day, but not today
        return Candidate(s, e, kind, None, None, {"relative": f"{offset:+d} {unit}"}, (unit, offset))
    return None


#: Words after اليوم that make it "the day" of something else, not today.
_NOT_TODAY_AFTER = frozenset(
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
        "العالمي",
        "الوطني",
        "الدولي",
    }
)


def _rel_text(rel: tuple[str, int]) -> str:
    unit, n = rel
    direction = "last" if n < 0 else "next"
    if unit == "month_name":
        return f"{direction} month {abs(n)}"
    return f"{direction} weekday {abs(n) - 1}"


# --- names and resolution ------------------------------------------------------------------------
_NAME_HYPHEN = re.compile(r"[^\W\d_]\s*-\s*$")


def _year_in_name(
    g: DateGrammar, folded: str, cand: Candidate, event_spans: Sequence[tuple[int, int]]
) -> bool:
    """True when the candidate's year belongs to a name (منتدى الجيش 2023, Army-2024)."""
    if cand.year_span is None:
        return False
    ys, ye = cand.year_span
    if any(s < ye and ys < e for s, e in event_spans):
        return True
    if cand.kind in ("dmy", "mdy", "numeric_dmy", "numeric_ymd"):
        return False  # a full date is never a name
    before = folded[max(0, cand.start - 40) : cand.start]
    if cand.kind == "year":
        return False  # cued years (في عام 2012) are dates even after a name
    if _NAME_HYPHEN.search(before):
        return True
    words = re.findall(r"[^\W\d_]+", before)[-3:]
    return any(w in g.event_heads or (w.startswith("ال") and w[2:] in g.event_heads) for w in words)


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _resolve(cand: Candidate, anchor: dt.date | None, infer_year: bool) -> None:
    """Fill value/precision of relative or year-less candidates from the publication date."""
    if cand.relative is None:
        if anchor is not None and infer_year and cand.value and cand.value.startswith("XXXX"):
            parts = cand.value.split("-")
            month = int(parts[1])
            day = int(parts[2]) if len(parts) > 2 else None
            # the year that puts the date nearest the publication date (news reports the recent past)
            best = min(
                (anchor.year - 1, anchor.year, anchor.year + 1),
                key=lambda y: (
                    abs((dt.date(y, month, min(day or 15, 28)) - anchor).days)
                    + (0 if y <= anchor.year else 45)
                ),
            )
            cand.value = _iso(best, month, day)
            cand.attrs["inferred"] = ["year"]
        return
    unit, n = cand.relative
    if anchor is None:
        return  # stays unresolved: value as written (XXXX-08) or None, attrs.relative says what it means
    if unit == "day":
        cand.value, cand.precision = (anchor + dt.timedelta(days=n)).isoformat(), "day"
        cand.attrs["inferred"] = ["year", "month", "day"]
    elif unit == "week":
        iso = (anchor + dt.timedelta(weeks=n)).isocalendar()
        cand.value, cand.precision = f"{iso.year:04d}-W{iso.week:02d}", "week"
        cand.attrs["inferred"] = ["year", "week"]
    elif unit == "month":
        y, m = _shift_months(anchor.year, anchor.month, n)
        cand.value, cand.precision = _iso(y, m), "month"
        cand.attrs["inferred"] = ["year", "month"]
    elif unit == "year":
        cand.value, cand.precision = _iso(anchor.year + n), "year"
        cand.attrs["inferred"] = ["year"]
    elif unit == "month_name":
        month = abs(n)
        if n < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        cand.value, cand.precision = _iso(year, month), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "day_month":
        month, day = divmod(abs(n), 100)
        if n < 0:
            year = anchor.year if (month, day) < (anchor.month, anchor.day) else anchor.year - 1
        else:
            year = anchor.year if (month, day) > (anchor.month, anchor.day) else anchor.year + 1
        cand.value = _iso(year, month, day)
        cand.attrs["inferred"] = ["year"]
    elif unit == "weekday":
        weekday = abs(n) - 1
        if n < 0:
            delta = (anchor.weekday() - weekday) % 7 or (7 if cand.kind != "weekday" else 0)
            when = anchor - dt.timedelta(days=delta)
        else:
            delta = (weekday - anchor.weekday()) % 7 or 7
            when = anchor + dt.timedelta(days=delta)
        cand.value, cand.precision = when.isoformat(), "day"
        cand.attrs["inferred"] = ["year", "month", "day"]


def _parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_DATELINE_PREFIX = re.compile(r"^[^\n\d]{0,40}?[,،\-]\s*$")
_PUBLISHED_LABEL = re.compile(
    r"(?:نشر\s+(?:في|بتاريخ)|تاريخ\s+النشر|بتاريخ|publie\s+le|published(?:\s+on)?|опубликовано)\s*:?\s*$"
)


def _publication_from_lead(g: DateGrammar, folded: str, cands: Sequence[Candidate]) -> Candidate | None:
    """A full date in the lead clearly marked as the day of writing (today cue, dateline, label)."""
    for cand in cands:
        if cand.start > LEAD_CHARS:
            break
        if (
            cand.precision != "day"
            or cand.relative is not None
            or not cand.value
            or cand.value.startswith("X")
        ):
            continue
        before = folded[max(0, cand.start - 30) : cand.start]
        words = before.split()
        if words and words[-1] in g.today_cues:
            return cand
        line_start = folded.rfind("\n", 0, cand.start) + 1
        prefix = folded[line_start : cand.start]
        if _PUBLISHED_LABEL.search(prefix):
            return cand
        if cand.start < 200 and (not prefix.strip() or _DATELINE_PREFIX.match(prefix)):
            return cand
    return None


@register_stage(
    STAGE,
    requires=(),
    provides=("dates",),
    description="Absolute, partial, relative and Hijri dates with ISO values; publication date from the lead.",
    defaults={"cue_files": (), "infer_year_from_published": True, "publication_from_text": True},
)
def dates_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    g = grammar(tuple(config.get("cue_files", ())))
    norm = normalized(doc.text)
    # folded text keeps line breaks out (collapsed to spaces); datelines need them, so use a view with \n
    folded = norm.text
    cands = _candidates(g, folded)

    event_spans: list[tuple[int, int]] = []
    name_spans: list[tuple[int, int]] = []
    for ent in doc.layer("entities"):
        folded_span = _to_folded(norm, ent.start, ent.end)
        if ent.label == "EVENT":
            event_spans.append(folded_span)
        elif ent.attrs.get("kb_id") or ent.attrs.get("canonical"):
            name_spans.append(folded_span)  # only names someone vouched for: a model span can swallow a date
    cands = [
        c
        for c in cands
        if not _year_in_name(g, folded, c, event_spans)
        # "روسيا اليوم" is an outlet, "بعد اليوم" means "any more": neither is a date
        and not any(s <= c.start and c.end <= e for s, e in name_spans)
        and not (c.kind == "relative" and folded[max(0, c.start - 4) : c.start].strip() in ("بعد", "منذ"))
    ]

    anchor = _parse_published(doc.published)
    if anchor is None and config.get("publication_from_text", True):
        lead_view = folded_lines(doc.text)
        found = _publication_from_lead(g, lead_view, cands)
        if found is not None and found.value:
            anchor = dt.date.fromisoformat(found.value)
            span = norm.to_original(found.start, found.end)
            meta = dict(doc.meta)
            meta["published_source"] = "text"
            meta["published_evidence"] = [span.start, span.end]
            doc = doc.with_meta(published=found.value, published_precision="day", meta=meta)

    infer_year = bool(config.get("infer_year_from_published", True))
    annotations: list[Annotation] = []
    for cand in cands:
        _resolve(cand, anchor, infer_year)
        span = norm.to_original(cand.start, cand.end)
        attrs = {"value": cand.value, "precision": cand.precision, "inferred": cand.attrs.pop("inferred", [])}
        attrs.update(cand.attrs)
        annotations.append(doc.annotation("dates", span.start, span.end, "date", attrs=attrs, stage=STAGE))
    return doc.with_layer("dates", annotations)


def _to_folded(norm: Any, start: int, end: int) -> tuple[int, int]:
    """Original span -> folded span (the first/last folded characters inside it)."""
    import bisect

    s = bisect.bisect_left(norm.starts, start)
    e = bisect.bisect_left(norm.starts, end)
    return s, max(s, e)
