"""Resolving candidates to values against the publication date: relative days, weeks, months, seasons,
Hijri dates, and a publication date written in the lead."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from rasid.extract.dates.calendars import gregorian_to_hijri, hijri_to_gregorian
from rasid.extract.dates.candidates import iso_value, valid_day
from rasid.extract.dates.grammar import Candidate, DateGrammar
from rasid.extract.dates.tense import SEASON_BY_NUMBER, SEASON_FIRST_MONTH, SENTENCE_END, THIS_WEEKEND
from rasid.model import Document

#: Characters at the start of a text searched for a publication date.
LEAD_CHARS = 600


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


#: Relative units a publication date known only to its month resolves (none finer than a month), and those a
#: year alone resolves: "l'an dernier" in a text dated 2023-03 is 2022, "mardi" stays unresolved.
MONTH_ANCHORED_UNITS = frozenset(
    {
        "year",
        "month",
        "month_of_year",
        "day_of_year",
        "month_name",
        "month_current",
        "season",
        "season_of_year",
    }
    | {"century", "day_month"}
)
YEAR_ANCHORED_UNITS = frozenset(
    {"year", "month_of_year", "day_of_year", "month_current", "season_of_year", "century"}
)


def coarse_anchor(doc: Document) -> tuple[dt.date, str] | None:
    """A publication date known to its month or year only ("2023-03", "2023"), as the middle of that month
    (the 15th) or year, with its precision: enough for "l'an dernier", "в прошлом месяце", "в марте"."""
    if doc.published is None or doc.published_precision not in ("month", "year"):
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d\d))?", doc.published)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2) or 7)
    if doc.published_precision == "month" and match.group(2) is None:
        return None
    return dt.date(year, month, 15), str(doc.published_precision)


def _resolvable(cand: Candidate, anchor: dt.date, precision: str) -> bool:
    """Whether a publication date known to ``precision`` is fine enough for the candidate's value."""
    if precision == "day":
        return True
    if cand.relative is None:
        # a date without its year ("25 novembre"): the month of writing says which year, the year alone does not
        return precision == "month" and cand.hijri is None
    unit, n = cand.relative
    if precision == "year":
        return unit in YEAR_ANCHORED_UNITS
    if unit == "day_month" and (abs(n) // 100) == anchor.month:
        return False  # "le 12 mars dernier" written in March: before or after the 12th is not known
    return unit in MONTH_ANCHORED_UNITS


def resolve(cand: Candidate, anchor: dt.date | None, infer_year: bool, precision: str = "day") -> None:
    """Fill value/precision of relative or year-less candidates from the publication date (``precision``: how
    much of ``anchor`` is known; a month or year only resolves what is no finer)."""
    if anchor is not None and not _resolvable(cand, anchor, precision):
        return
    if cand.relative is None:
        if anchor is not None and infer_year and cand.value and cand.value.startswith("XXXX"):
            parts = cand.value.split("-")
            month = int(parts[1])
            day = int(parts[2]) if len(parts) > 2 else None

            weekday = cand.named_weekday
            if day is not None and weekday is not None:
                # "samedi 25 novembre": of the years around the publication date, the one whose 25 November is a
                # Saturday (the tense and nearness only guess)
                fitting = [
                    y
                    for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                    if valid_day(y, month, day) and dt.date(y, month, day).weekday() == weekday
                ]
                if len(fitting) == 1:
                    cand.value = iso_value(fitting[0], month, day)
                    cand.attrs["inferred"] = ["year"]
                    cand.attrs["year_from"] = "weekday"
                    return
            if cand.future:
                # "les élections auront lieu en septembre": the next September (or this one, if not yet over)
                passed = (month, day) < (anchor.month, anchor.day) if day else month < anchor.month
                best = anchor.year + 1 if passed else anchor.year
                cand.value = iso_value(best, month, day)
                cand.attrs["inferred"] = ["year"]
                return
            # the year that puts the date nearest the publication date (news reports the recent past)
            best = min(
                (anchor.year - 1, anchor.year, anchor.year + 1),
                key=lambda y: (
                    abs((dt.date(y, month, min(day or 15, 28)) - anchor).days)
                    + (0 if y <= anchor.year else 90)  # news reports the past more than the future
                ),
            )
            cand.value = iso_value(best, month, day)
            cand.attrs["inferred"] = ["year"]
        return
    unit, n = cand.relative
    if anchor is None:
        return  # stays unresolved: value as written (XXXX-08) or None, attrs.relation says what it means
    if unit == "day":
        when = anchor + dt.timedelta(days=n)
        if cand.named_weekday is not None and when.weekday() != cand.named_weekday:
            # "اليوم الجمعة" in a text dated Saturday was written on the Friday: the weekday it names is the
            # day meant. A publication date (often the day a site was crawled) comes after the writing, so the
            # day is looked for in the five days before, or the one after.
            when += dt.timedelta(days=(cand.named_weekday - when.weekday() + 5) % 7 - 5)
            cand.attrs["weekday_over_published"] = True
        cand.value, cand.precision = when.isoformat(), "day"
        cand.attrs["inferred"] = ["year", "month", "day"]
    elif unit == "week":
        iso = (anchor + dt.timedelta(weeks=n)).isocalendar()
        cand.value, cand.precision = f"{iso.year:04d}-W{iso.week:02d}", "week"
        cand.attrs["inferred"] = ["year", "week"]
    elif unit == "weekend":
        # the weekend under way, or else the last one (the coming one when the tense is future): its Saturday's week;
        # "this weekend" with no tense is the nearest: the last one early in the week, the coming one from Wednesday
        if n == THIS_WEEKEND:
            n = 1 if anchor.weekday() >= 2 else 0
        if n > 0 and anchor.weekday() < 5:
            saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        else:
            saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        iso = saturday.isocalendar()
        cand.value, cand.precision = f"{iso.year:04d}-W{iso.week:02d}", "week"
        cand.attrs["inferred"] = ["year", "week"]
    elif unit == "month_of_year":
        offset, month = divmod(n, 100)
        cand.value, cand.precision = iso_value(anchor.year + offset - 1, month), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "day_of_year":
        offset, month_day = divmod(n, 10000)
        month, day = divmod(month_day, 100)
        if not valid_day(anchor.year + offset - 5, month, day):
            return  # "29 февраля прошлого года" after a common year
        cand.value, cand.precision = iso_value(anchor.year + offset - 5, month, day), "day"
        cand.attrs["inferred"] = ["year"]
    elif unit == "day_current":
        try:
            cand.value, cand.precision = dt.date(anchor.year, anchor.month, n).isoformat(), "day"
        except ValueError:
            return  # "le 31 courant" in a 30-day month: left unresolved
        cand.attrs["inferred"] = ["year", "month"]
    elif unit == "month_day":
        offset = round(n / 100)  # n = offset * 100 + day, the day 1..31
        y, m = _shift_months(anchor.year, anchor.month, offset)
        if not valid_day(y, m, n - offset * 100):
            return  # "le 31 du mois prochain" in a 30-day month: left unresolved
        cand.value, cand.precision = iso_value(y, m, n - offset * 100), "day"
        cand.attrs["inferred"] = ["year", "month"]
    elif unit == "month":
        y, m = _shift_months(anchor.year, anchor.month, n)
        cand.value, cand.precision = iso_value(y, m), "month"
        cand.attrs["inferred"] = ["year", "month"]
    elif unit == "year":
        cand.value, cand.precision = iso_value(anchor.year + n), "year"
        cand.attrs["inferred"] = ["year"]
    elif unit == "month_name":
        month = abs(n)
        if n < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        cand.value, cand.precision = iso_value(year, month), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "day_month":
        month, day = divmod(abs(n), 100)
        if n < 0:
            year = anchor.year if (month, day) < (anchor.month, anchor.day) else anchor.year - 1
        else:
            year = anchor.year if (month, day) > (anchor.month, anchor.day) else anchor.year + 1
        cand.value = iso_value(year, month, day)
        cand.attrs["inferred"] = ["year"]
    elif unit == "month_current":
        cand.value, cand.precision = iso_value(anchor.year, n), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "season":
        direction, number = (-1, -n - 10) if n < 0 else (1, n - 10) if n > 10 else (0, n)
        season = SEASON_BY_NUMBER[number]
        cand.value = f"{_season_year(season, direction, anchor):04d}-{season}"
        cand.attrs["inferred"] = ["year"]
    elif unit == "season_of_year":
        offset, number = divmod(n, 10)
        cand.value = f"{anchor.year + offset - 5:04d}-{SEASON_BY_NUMBER[number]}"
        cand.attrs["inferred"] = ["year"]
    elif unit == "century":
        century = (anchor.year - 1) // 100 + 1 + n
        cand.value = f"{century - 1:02d}XX"
        cand.attrs["inferred"] = ["century"]
    elif unit == "weekday":
        weekday = abs(n) - 1
        if n < 0:
            delta = (anchor.weekday() - weekday) % 7 or (7 if cand.kind != "weekday" else 0)
            when = anchor - dt.timedelta(days=delta)
        else:
            # a bare weekday is today when it is the day of writing ("will vote on Tuesday" on a Tuesday)
            delta = (weekday - anchor.weekday()) % 7 or (7 if cand.kind != "weekday" else 0)
            when = anchor + dt.timedelta(days=delta)
        cand.value, cand.precision = when.isoformat(), "day"
        cand.attrs["inferred"] = ["year", "month", "day"]


#: Characters back from a year-less date searched for the year its sentence gives.
CONTEXT_YEAR_CHARS = 150


def year_from_sentence(folded: str, cands: Sequence[Candidate]) -> None:
    """ "In 2011, on 25 January …": a day and month without a year take the year written earlier in
    the same sentence (``attrs.year_from = "context"``) rather than one inferred from publication."""
    last_year: tuple[int, int] | None = None  # (end offset, year) of the latest explicit Gregorian year
    for cand in cands:
        if cand.year_span is not None and cand.attrs.get("calendar", "gregorian") == "gregorian":
            last_year = (cand.end, int(folded[cand.year_span[0] : cand.year_span[1]]))
            continue
        written = cand.value is not None and cand.value.startswith("XXXX-") and cand.relative is None
        if not written or cand.hijri is not None or last_year is None:
            continue
        end, year = last_year
        if cand.start - end <= CONTEXT_YEAR_CHARS and not SENTENCE_END.search(folded, end, cand.start):
            assert cand.value is not None
            cand.value = f"{year:04d}" + cand.value[4:]
            cand.attrs["year_from"] = "context"
            cand.attrs["inferred"] = ["year"]


_NIGHT_JOIN = re.compile(r"\s*(?:a|au|to|-|–|/|و)?\s*")


def night_pairs(folded: str, cands: Sequence[Candidate]) -> None:
    """ "dans la nuit de jeudi à vendredi", "ليلة الخميس الجمعة", "Thursday-Friday night": two weekdays that
    follow each other are the two days of one night, the first the day before the second (each alone could
    resolve to a different week)."""
    for first, second in itertools.pairwise(cands):
        if not (first.relative and second.relative and first.relative[0] == second.relative[0] == "weekday"):
            continue
        if not (first.value and second.value and _NIGHT_JOIN.fullmatch(folded, first.end, second.start)):
            continue
        # weekday numbers are stored plus one: the day after weekday w - 1 is weekday w % 7
        if abs(first.relative[1]) % 7 == abs(second.relative[1]) - 1:
            first.value = (dt.date.fromisoformat(second.value) - dt.timedelta(days=1)).isoformat()


def _season_year(season: str, direction: int, anchor: dt.date) -> int:
    """The TimeML year of the last (-1), current or next (+1) season relative to the publication date.
    A winter takes the year of its January."""
    month, year = anchor.month, anchor.year
    if season == "WI":
        running, ended, current = month in (12, 1, 2), 3 <= month <= 11, year + 1 if month == 12 else year
        upcoming = year + 1  # the winter after this spring, summer or autumn
    else:
        first = SEASON_FIRST_MONTH[season]
        running, ended, current = first <= month < first + 3, month >= first + 3, year
        upcoming = year if month < first else year + 1
    if direction < 0:
        return current - 1 if running or not ended else current
    if direction > 0:
        return current + 1 if running else upcoming
    return current if running or season != "WI" else upcoming


def resolve_hijri(cand: Candidate, anchor: dt.date | None) -> None:
    """A Hijri month or day without its year takes the Hijri year that puts it nearest the
    publication date (or the last/next one when the text says الماضي/المقبل)."""
    if cand.hijri is None or anchor is None:
        return
    month, day, direction = cand.hijri
    hyear, hmonth, hday = gregorian_to_hijri(anchor)
    here = hmonth * 31 + hday
    there = month * 31 + (day or 15)
    if direction < 0:
        year = hyear if there <= here or (day is None and month == hmonth) else hyear - 1
    elif direction > 0:
        year = hyear if there > here else hyear + 1
    else:
        year = min(
            (hyear - 1, hyear, hyear + 1), key=lambda y: (abs((y * 372 + there) - (hyear * 372 + here)), y)
        )
    cand.value = iso_value(year, month, day)
    cand.attrs["inferred"] = ["year"]
    greg = hijri_to_gregorian(year, month, day or 1)
    cand.attrs["gregorian"] = greg.isoformat() if day else iso_value(greg.year, greg.month)


_DATELINE_PREFIX = re.compile(r"^[^\n\d]{0,40}?[,،\-]\s*$")
_PUBLISHED_LABEL = re.compile(
    r"(?:نشر\s+(?:في|بتاريخ)|تاريخ\s+النشر|بتاريخ|publie\s+le|published(?:\s+on)?|опубликовано|^\s*date|^\s*дата)"
    r"\s*:?\s*$"
)


def publication_from_lead(g: DateGrammar, folded: str, cands: Sequence[Candidate]) -> Candidate | None:
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
        start = cand.date_start if cand.date_start is not None else cand.start
        before = folded[max(0, start - 30) : start]
        words = before.split()
        if words and words[-1] in g.today_cues:
            return cand
        line_start = folded.rfind("\n", 0, start) + 1
        prefix = folded[line_start:start]
        if _PUBLISHED_LABEL.search(prefix):
            return cand
        if cand.start < 200 and (not prefix.strip() or _DATELINE_PREFIX.match(prefix)):
            return cand
    return None
