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

Rules that resolve relative expressions as a news reader does:

* a weekday, a weekend or a date without its year is the last one unless the tense cue nearest to it in
  its sentence, before or after it, is a future ("Lundi, il donnera…", "will be held on February 3");
* a relative day that names its weekday ("اليوم الجمعة") is that weekday, even when the publication date
  (often the day a page was crawled) is a day or two later;
* months listed before the one carrying the year take its year ("أكتوبر ونوفمبر من العام الجاري"), a day
  before a relative month is a day of it ("الخامس من الشهر المقبل"), the two weekdays of one night follow
  each other ("la nuit de jeudi à vendredi").

A publication date known only to its month or year ("2024-02", a stored page's date) resolves what is no
finer: "l'an dernier", "в прошлом месяце", "en juillet" get values, "mardi" and "hier" stay ``None``.

When the document has no publication date, one written in the lead ("اليوم الأربعاء
21 أغسطس/آب 2024", a dateline) sets ``published`` with ``meta["published_source"]="text"``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasid.extract.cues import B_END, B_START, alternation, fold, folded_lines, load_cues, normalized
from rasid.extract.published import publication_day
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
    return _jdn_to_gregorian(_hijri_jdn(year, month, day))


def _hijri_jdn(year: int, month: int, day: int) -> int:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948440 - 1


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """Gregorian to the tabular Islamic calendar (the inverse of :func:`hijri_to_gregorian`)."""
    jdn = date.toordinal() + 1721425
    year = (30 * (jdn - 1948440) + 10646) // 10631
    month = min(12, math.ceil((jdn - 29 - _hijri_jdn(year, 1, 1)) / 29.5) + 1)
    month = max(1, month)
    day = jdn - _hijri_jdn(year, month, 1) + 1
    return year, month, day


def gregorian_value(attrs: Mapping[str, Any]) -> str | None:
    """A date annotation's value on the Gregorian calendar: Hijri dates carry it as ``gregorian``."""
    if attrs.get("calendar") == "hijri":
        return attrs.get("gregorian")
    value = attrs.get("value")
    return str(value) if value is not None else None


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
    references: Mapping[str, str] = field(default_factory=dict)
    seasons: Mapping[str, str] = field(default_factory=dict)
    decade_words: Mapping[str, int] = field(default_factory=dict)
    century_words: Mapping[str, int] = field(default_factory=dict)
    century_relative: Mapping[str, int] = field(default_factory=dict)
    weekday_not_after: frozenset[str] = frozenset()
    weekdays_need_cue: frozenset[str] = frozenset()
    hijri_ambiguous: frozenset[str] = frozenset()
    current_words: frozenset[str] = frozenset()
    year_joiners: str = ""
    ordinal_days: Mapping[str, int] = field(default_factory=dict)
    weak_month_cues: frozenset[str] = frozenset()
    ago_units: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    count_words: Mapping[str, int] = field(default_factory=dict)
    few_words: frozenset[str] = frozenset()
    #: "العام الماضي" / "прошлого года" / "last year" after a month name -> years from the time of writing
    year_relative_words: Mapping[str, int] = field(default_factory=dict)
    future_marker: re.Pattern[str] = re.compile(r"(?!x)x")
    #: A month name listed before another month expression, matched up to where that one starts:
    #: "أكتوبر و|نوفمبر من العام الجاري", "March and |April 2023".
    listed_month: re.Pattern[str] = re.compile(r"(?!x)x")
    #: A day number or ordinal before a relative month: "الخامس من |الشهر المقبل", "le 8 du |mois prochain".
    day_of_month: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Parts of the day joined to a weekday's span: "مساء |الأحد", "late |Sunday" / "mardi| soir".
    weekday_part_before: re.Pattern[str] = re.compile(r"(?!x)x")
    weekday_part_after: re.Pattern[str] = re.compile(r"(?!x)x")
    #: Words for a part of a month or year, kept in its span ("début mars", "منتصف مارس", "в начале марта").
    period_parts: frozenset[str] = frozenset()
    #: "накануне": the day before the writing when alone, else the eve of the event named after it.
    eve_words: frozenset[str] = frozenset()
    #: "later", "позже": a future reference only in a sentence without a past cue.
    later_words: frozenset[str] = frozenset()
    eve_alone_before: frozenset[str] = frozenset()
    #: Language ("" for any) -> (future, past) tense cues, searched around a weekday or a weekend.
    tense_cues: Mapping[str, tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=dict)
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    #: Names and phrases one of which every date expression contains (besides digits): months,
    #: weekdays, relative expressions ("العام الماضي" as a whole: "العام" alone is everywhere).
    anchor_words: frozenset[str] = frozenset()
    #: The anchor words by family (months, weekdays, …): each pattern runs only near its own.
    anchor_families: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Anchor phrase -> the families it belongs to.
    anchor_family_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


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
    # "للعام المقبل", "بالأمس": the article joined to a preposition ("لليوم الخامس" is "for the fifth day")
    relative |= {
        variant: value
        for phrase, value in list(relative.items())
        if phrase.startswith("ال")
        for variant in ("ب" + phrase, *(("ل" + phrase[1:],) if value[0] != "day" else ()))
        if variant not in relative
    }
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

    references = {fold(phrase): ref for ref, phrases in data["references"].items() for phrase in phrases}
    seasons = {fold(k): v for k, v in data["seasons"].items()}
    decade_words = {fold(k).removeprefix("ال"): int(v) for k, v in data["decade_words"].items()}
    century_words = {fold(k): int(v) for k, v in data["century_words"].items()}
    century_relative = {fold(k): int(v) for k, v in data["century_relative"].items()}
    current_after = alternation(data["current_words_after"])
    current_before = alternation(data["current_words_before"])
    day_parts = alternation(data["day_parts"])
    ago_units = alternation(data["ago_units"])
    counts = alternation([*data["count_words"], *data["few_words"]])
    ordinals = {fold(k): int(v) for k, v in data["ordinal_days"].items()}
    ordinal_alt = alternation(ordinals)
    year_marks = alternation(data["year_marks_after"])
    approximately = alternation(data["approximately"])

    # "أغسطس/آب", "يونيو (حزيران)", "فبراير شباط": a second name of the same month
    month = rf"(?P<m1>{month_alt})(?:(?:\s*[/(\-]\s*|\s+)(?P<m2>{month_alt})\s*\)?)?"
    day = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|-?го)?"
    year = (
        rf"(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<year>{YEAR})(?:\s*(?:{greg_marks}){B_END})?"
        rf"(?:\s*(?:года|г\.|год))?"
    )
    weekday = rf"(?:(?:يوم\s+)?(?P<wd>{weekday_alt})\s*[,،]?\s+)"
    # the first day of a range written once: "من 3 إلى 5 مارس", "du 3 au 5 mars", "3-5 марта"
    range_joiners = alternation(["-", "–", "و", "إلى", "حتى", "au", "to", "and", "et", "по"])
    range_day = rf"(?:(?P<day0>[0-3]?\d)\s*(?:{range_joiners})\s*(?=[0-3]?\d\s))?"
    patterns = [
        # 21 أغسطس/آب 2024, الأربعاء 21 أغسطس 2024, le 17 janvier 2025, 21 августа 2024 года, 17 يناير
        (
            "dmy",
            rf"{B_START}{weekday}?{range_day}{day}\s+(?:من\s+)?(?:شهر\s+)?{month}(?:\s*[,،]?\s*{year}"
            rf"|\s+(?:(?P<past>{past_after})|(?P<future>{future_after})|(?P<cur>{current_after})))?{B_END}",
        ),
        # August 21, 2024 / Wednesday, August 21 / March 3-5
        (
            "mdy",
            rf"{B_START}{weekday}?(?P<m1>{latin_alt})\s+{day}(?:\s*[-–]\s*[0-3]?\d)?(?:\s*,?\s*{year})?{B_END}",
        ),
        # 15 رمضان 1445 هـ / رمضان 1445
        (
            "hijri",
            rf"{B_START}(?:(?P<day>[0-3]?\d)\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{hijri_alt})\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?"
            rf"(?P<year>1[34]\d\d)(?:\s*(?:{hijri_marks}))?{B_END}",
        ),
        # 5 شوال, شهر رمضان, رمضان الماضي, مطلع شوال المقبل: a Hijri month without its year
        (
            "hijri_month",
            rf"{B_START}(?:(?P<day>[0-3]?\d)\s+(?:من\s+)?|(?P<cue>{alternation(data['hijri_month_cues'])})\s+)?"
            rf"(?:شهر\s+)?(?P<hm>{hijri_alt})(?:\s+(?:المبارك|الكريم|الحرام|الفضيل))?"
            rf"(?:\s+(?:(?P<past>{past_after})|(?P<future>{future_after})|(?P<cur>{current_after})))?{B_END}",
        ),
        # 1436هـ, عام 1436/1437هـ: a Hijri year
        (
            "hijri_year",
            rf"{B_START}(?:(?:[لب]?عام|العام|سنه)\s+)?(?P<year>1[34]\d\d)(?:\s*/\s*1[34]\d\d)?\s*(?:{hijri_marks}){B_END}"
            # "عام 1430": after a year word, a year of the 14th Hijri century needs no mark (no Gregorian
            # year of the news is 1300-1499)
            rf"|{B_START}(?:[وفبل](?=\S))?(?:[لب]?عام|العام|للعام|سنه|السنه|لسنه)\s+(?P<year2>1[34]\d\d){B_END}(?!\s*[%٪])",
        ),
        # يناير 2024, شهر أغسطس/آب 2024, janvier 2025, в августе 2024 года
        ("my", rf"{B_START}(?:[وبل]?شهر\s+|[وبل](?=\S))?{month}\s*[,،]?\s*{year}{B_END}"),
        # السادس من أغسطس (آب), الأول من شهر ذي القعدة: a day written as an ordinal word
        (
            "ordinal_dmy",
            rf"{B_START}(?:[وبل]|لل)?(?P<ord>{ordinal_alt})\s+من\s+(?:شهر\s+)?(?:{month}(?:\s*[,،]?\s*{year})?"
            rf"|(?P<hm>{hijri_alt})(?:\s+(?:عام\s+|سنه\s+)?(?P<hyear>1[34]\d\d)(?:\s*(?:{hijri_marks}))?)?)"
            rf"(?:\s+(?:(?P<past>{past_after})|(?P<future>{future_after})|(?P<cur>{current_after})))?{B_END}",
        ),
        # 21/08/2024, 21.08.2024, 2024-08-21 (and 8/21/2024, month first, when the day cannot be first)
        (
            "numeric_dmy",
            rf"{B_START}(?P<day>[0-3]?\d)(?:[/.\-]|\s+/\s+)(?P<mon>[0-3]?\d)(?:[/.\-]|\s+/\s+)(?P<year>{YEAR})"
            rf"(?:\s*(?:{greg_marks}))?{B_END}",
        ),
        # 2015/7/23م: year first, with slashes
        (
            "numeric_ymd_slash",
            rf"{B_START}(?P<year>{YEAR})\s*/\s*(?P<mon>[01]?\d)\s*/\s*(?P<day>[0-3]?\d)(?:\s*(?:{greg_marks}))?{B_END}",
        ),
        ("numeric_ymd", rf"{B_START}(?P<year>{YEAR})-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d){B_END}"),
        # "date 2024-02": a month written the ISO way after a date label (a page's stored date)
        (
            "numeric_ym",
            rf"{B_START}(?:date|дата|تاريخ)\s*:?\s*(?P<year>{YEAR})-(?P<mon>[01]\d){B_END}(?![-/.]\d)",
        ),
        # 5/10/1436هـ, 3 / 11 / 1436: a numeric date whose year can only be Hijri
        (
            "numeric_hijri",
            rf"{B_START}(?P<day>[0-3]?\d)\s*/\s*(?P<mon>[01]?\d)\s*/\s*(?P<year>1[34]\d\d)"
            rf"(?:\s*(?:{hijri_marks}))?{B_END}",
        ),
        # 1436/10/7هـ: a Hijri date written year first, as Saudi papers often do
        (
            "numeric_hijri_ymd",
            rf"{B_START}(?P<year>1[34]\d\d)\s*(?P<sep>[/\-.])\s*(?P<mon>[01]?\d)\s*(?P=sep)\s*(?P<day>[0-3]?\d)"
            rf"(?:\s*(?:{hijri_marks}))?{B_END}",
        ),
        # صيف 2015, l'été dernier, last summer, летом 2015 года, the summer of 2015
        (
            "season",
            rf"{B_START}(?:(?P<bpast>{past_before})\s+|(?P<bcur>{current_before})\s+)?"
            rf"(?P<season>{alternation(seasons)})"
            rf"(?:\s+(?:of\s+|de\s+|d'|(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<year>{YEAR})(?:\s*(?:года|г\.))?"
            rf"|\s+(?:العام\s+|l'annee\s+)?(?:(?P<past>{past_after})|(?P<future>{future_after})|(?P<cur>{current_after}))"
            rf"|\s+(?:of\s+|de\s+|d'|من\s+)?(?P<yrel>{alternation(data['year_relative_words'])}))"
            rf"{B_END}"
            rf"|{B_START}(?:(?P<bpast2>{past_before})|(?P<bcur2>{current_before}))\s+(?P<season2>{alternation(seasons)})"
            rf"{B_END}",
        ),
        # الستينيات, تسعينيات القرن الماضي, the 1990s, les années 1990, в 1990-х, 90-х годов
        (
            "decade",
            rf"{B_START}(?:[وفبل])?(?:عقد\s+)?(?:ال)?(?P<dw>{alternation(decade_words)})"
            rf"(?:\s+(?:من\s+)?(?:القرن\s+(?:ال)?(?P<cent>[^\s،,.:;!?()]+)|الميلاديه|الميلادي))?{B_END}",
        ),
        (
            "decade_digits",
            rf"{B_START}(?:the\s+)?'?(?P<dy>1[5-9]\d0|20[0-9]0)'?s{B_END}"
            rf"|{B_START}annees\s+(?P<dy2>1[5-9]\d0|20[0-9]0|[1-9]0){B_END}"
            rf"|{B_START}(?P<dy3>1[5-9]\d0|20[0-9]0|[1-9]0)\s*-?\s*(?:х|е|ые|ых)(?:\s+(?:годах|годов|годы|гг\.?))?{B_END}",
        ),
        # القرن العشرين, القرن الماضي, XXe siècle, 20th century, XX века
        (
            "century",
            rf"{B_START}(?:[وفبل])?(?:ال)?قرن\s+(?:ال)?(?:(?P<cw>{alternation(century_words)})"
            rf"|(?P<cn>[12]?\d)|(?P<crel>{alternation(century_relative)})){B_END}"
            rf"|{B_START}(?:(?P<roman>[xvi]{{1,5}})|(?P<cn2>[12]?\d))(?:e|eme|er)\s+siecle{B_END}"
            rf"|{B_START}(?:(?P<cn3>[12]?\d)(?:st|nd|rd|th)|(?P<cw2>{alternation(century_words)})|(?P<crel2>last|this))"
            rf"\s+century{B_END}"
            rf"|{B_START}(?:(?P<roman2>[xvi]{{1,5}})|(?P<cn4>[12]?\d)|(?P<crel3>прошлого|прошлом|этого|нынешнего))"
            rf"\s+(?:века|век|веке|столетия){B_END}",
        ),
        # أغسطس الماضي, mardi dernier, الأحد المقبل, يوليو الحالي
        (
            "named_relative",
            rf"{B_START}(?:[وبل]?(?:شهر|يوم)\s+|[وبل](?=\S))?(?:{month}|(?P<wd>{weekday_alt}))\s+"
            rf"(?:(?P<past>{past_after})|(?P<future>{future_after})|(?P<cur>{current_after})){B_END}",
        ),
        # مارس من العام الماضي, в марте прошлого года, March of last year, en mars de l'année dernière
        (
            "month_of_year",
            rf"{B_START}(?:(?P<day>[0-3]?\d)(?:er|-?го)?\s+(?:من\s+)?)?(?:[وبل]?شهر\s+|[وبل](?=\S))?{month}\s+"
            rf"(?:(?:من|of|de)\s+)?(?P<yrel>{alternation(data['year_relative_words'])}){B_END}",
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
            rf"{B_START}(?:[وفبل](?=\S))?(?:{alternation(year_cues)})(?:\s+|(?<=mi)-|(?<=mid)-)(?:(?:عام|العام|سنه)\s+)?"
            rf"(?P<year>{YEAR})(?:\s*(?:{greg_marks}){B_END})?{B_END}",
        ),
        # between 2010 and 2014, entre 2010 et 2014, بين 2010 و2014, 2014-2015: the first of two years (the
        # second is joined to it after); a bare number could be anything, two years in a row are dates
        (
            "year_range",
            rf"{B_START}(?:[وفبل](?=\S))?(?:(?P<rcue>{alternation(data['year_range_cues'])})\s+)?(?P<year>{YEAR})"
            rf"(?:\s*[-–/]\s*|(?<=\d)\s+(?:{alternation(data['year_range_joiners'])})\s*)(?P<year2>{YEAR}){B_END}",
        ),
        # (2003), (1990-2000): a year alone in parentheses
        ("year_paren", rf"[(\[]\s*(?P<year>{YEAR})\s*(?:[-–/]\s*{YEAR}\s*)?[)\]]"),
        # 2003م, 2014 году: a year marked as one after it
        ("year_mark", rf"{B_START}(?P<year>{YEAR})\s*(?:{year_marks})(?![^\W_])"),
        # في أغسطس, en août, in August, в августе (month alone after a cue: XXXX-08)
        (
            "month",
            rf"{B_START}(?:[وفبل](?=\S))?(?P<cue>{alternation(data['month_cues'])})(?:\s+|(?<=mi)-|(?<=mid)-)"
            rf"(?:شهر\s+)?{month}{B_END}",
        ),
        # أيلول (سبتمبر), يناير/كانون الثاني: a month written with both its names needs no cue
        (
            "month_dual",
            rf"{B_START}(?:[وبل](?=\S))?(?P<m1>{month_alt})\s*(?:[/(\-]|\s)\s*(?P<m2>{month_alt})\s*\)?{B_END}",
        ),
        # يوم الأحد, le lundi, on Monday, в понедельник
        # "в этот понедельник", "ce lundi" are this week's, before or after the writing as the tense says; "dès
        # lundi", "à partir de lundi", "starting Monday" the coming one
        (
            "weekday",
            rf"{B_START}(?:(?P<from>{alternation(data['weekday_from_cues'])})|يوم|on|le|в|во|с|со|до|утра|вечера"
            rf"|ночи|в\s+(?:этот|это|эту)|ce|this)\s+(?P<wd>{weekday_alt}){B_END}",
        ),
        # الثلاثاء, Tuesday, mardi: a weekday name alone (checked against weekday_not_after)
        ("bare_weekday", rf"{B_START}(?:[وف](?=\S))?(?P<wd>{weekday_alt}){B_END}"),
        # le 12 courant, 12 этого месяца, في 12 الجاري: a day of the month of writing
        (
            "day_current",
            rf"{B_START}(?:le\s+|в\s+|في\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?:{alternation(data['current_month_words'])}){B_END}",
        ),
        # اليوم, صباح اليوم الثلاثاء, مساء أمس, hier soir, вчера
        (
            "relative",
            rf"{B_START}(?:(?P<part>{day_parts})\s+)?(?:[وف](?=\S))?(?P<rel>{alternation(relative)})"
            rf"(?:\s*[(,،«\"“]?\s*(?P<wd>{weekday_alt})\s*[)»\"”]?)?{B_END}",
        ),
        # الآن, حاليا, مؤخرا, recently, bientôt, сейчас
        ("reference", rf"{B_START}(?:[وف](?=\S))?(?P<ref>{alternation(references)}){B_END}"),
        # قبل يومين, منذ ثلاثة أيام, three days ago, il y a deux semaines, два дня назад
        (
            "ago",
            rf"{B_START}(?:[وف](?=\S))?(?:قبل|منذ)\s+(?:(?:{approximately})\s+)?(?:(?P<n1>\d{{1,2}}|{counts})\s+)?"
            rf"(?P<u1>{ago_units}){B_END}"
            rf"|{B_START}(?:(?:{approximately})\s+)?(?:(?P<n2>\d{{1,2}}|{counts})\s+)?(?P<u2>{ago_units})\s+(?:ago|назад){B_END}"
            rf"|{B_START}il\s+y\s+a\s+(?:(?:{approximately})\s+)?(?:(?P<n3>\d{{1,2}}|{counts})\s+)?(?P<u3>{ago_units}){B_END}",
        ),
    ]
    compiled = [(name, re.compile(rx)) for name, rx in patterns]
    families = {
        family: frozenset(name for name in names if _TOKEN.search(name))
        for family, names in {
            "months": list(months),
            "weekdays": list(weekdays),
            "hijri": list(hijri),
            "relative": list(relative),
            "current_month": [fold(w) for w in data["current_month_words"]],
            "references": list(references),
            "seasons": list(seasons),
            "decades": [*_anchor_variants(decade_words), *_DECADE_CENTURY_ANCHORS],
            "ago": ["قبل", "منذ", "ago", "назад", "il y a"],
        }.items()
    }
    return DateGrammar(
        months=months,
        latin_months=frozenset(latin),
        ambiguous=frozenset(fold(w) for w in data["ambiguous_months"]),
        hijri_months=hijri,
        weekdays=weekdays,
        relative=relative,
        year_relative_words={fold(k): int(v) for k, v in data["year_relative_words"].items()},
        past_after=frozenset(fold(w) for w in data["past_words_after"] + data["past_words_before"]),
        future_after=frozenset(fold(w) for w in data["future_words_after"] + data["future_words_before"]),
        event_heads=frozenset(fold(w) for w in data["event_name_heads"]),
        today_cues=frozenset(fold(w) for w in data["today_cues"]),
        references=references,
        seasons=seasons,
        decade_words=decade_words,
        century_words=century_words,
        century_relative=century_relative,
        weekday_not_after=frozenset(fold(w) for w in data["weekday_not_after"]),
        weekdays_need_cue=frozenset(fold(w) for w in data["weekdays_need_cue"]),
        hijri_ambiguous=frozenset(fold(w) for w in data["hijri_ambiguous"]),
        current_words=frozenset(fold(w) for w in data["current_words_after"] + data["current_words_before"]),
        year_joiners=alternation(data["year_joiners"]),
        ordinal_days=ordinals,
        weak_month_cues=frozenset(fold(w) for w in data["weak_month_cues"]),
        ago_units={fold(k): (v[0], int(v[1])) for k, v in data["ago_units"].items()},
        count_words={fold(k): int(v) for k, v in data["count_words"].items()},
        few_words=frozenset(fold(w) for w in data["few_words"]),
        future_marker=re.compile(rf"{B_START}(?:{alternation(data['future_markers'])}){B_END}"),
        tense_cues=_tense_cues(data),
        weekday_part_before=re.compile(
            rf"{B_START}(?:{alternation(data['weekday_parts_before'])})\s+(?:يوم\s+)?$"
        ),
        weekday_part_after=re.compile(rf"\s+(?:{alternation(data['weekday_parts_after'])}){B_END}"),
        eve_words=frozenset(fold(w) for w in data["eve_words"]),
        later_words=frozenset(fold(w) for w in data["later_words"]),
        period_parts=frozenset(fold(w) for w in data["period_parts"]),
        eve_alone_before=frozenset(fold(w) for w in data["eve_alone_before"]),
        listed_month=re.compile(
            rf"{B_START}(?P<w>و)?(?P<m>{month_alt}){B_END}\s*"
            rf"(?P<j>[,،]|{B_START}(?:{alternation(data['month_list_joiners'])}){B_END})?\s*$"
        ),
        day_of_month=re.compile(
            rf"(?:{B_START}(?:[وبل]|لل)?(?P<ord>{ordinal_alt})|{B_START}(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|-?го)?)"
            rf"\s+(?:(?:من|du|of)\s+(?:the\s+)?|числа\s+)$"
        ),
        patterns=compiled,
        anchor_words=frozenset().union(*families.values()),
        anchor_families=families,
        anchor_family_of={
            word: tuple(f for f, words in families.items() if word in words)
            for word in frozenset().union(*families.values())
        },
    )


def _tense_cues(data: Mapping[str, Any]) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Future and past cues by language: the marker words of every language, and the tense endings of
    that one (a French "-era" is a future only in French)."""
    languages = {"", *data["future_forms"], *data["past_forms"]}
    cues = {}
    for lang in languages:
        future = [alternation(data["future_markers"]), *data["future_forms"].get(lang, [])]
        past = [alternation(data["past_markers"]), *data["past_forms"].get(lang, [])]
        cues[lang] = (
            re.compile(rf"{B_START}(?:{'|'.join(future)}){B_END}"),
            re.compile(rf"{B_START}(?:{'|'.join(past)}){B_END}"),
        )
    return cues


#: Words every decade or century expression contains (besides the decade words themselves).
_DECADE_CENTURY_ANCHORS = (
    "قرن",
    "القرن",
    "century",
    "siecle",
    "века",
    "век",
    "веке",
    "столетия",
    "annees",
    "годов",
    "годы",
    "годах",
    "х",
    "е",
)


def _anchor_variants(decade_words: Mapping[str, int]) -> list[str]:
    """Decade words with and without the article (الستينيات, تسعينيات القرن)."""
    return [w for word in decade_words for w in (word, "ال" + word)]


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
    #: a Hijri date without its year: (month, day or None, direction: -1 past, 0 nearest, 1 next)
    hijri: tuple[int, int | None, int] | None = None
    #: the first day of a range written once ("من 3 |إلى 5 مارس"), a date of its own
    range_first: Candidate | None = None
    #: where the date itself begins when a relative word before it was joined to its span ("أمس الأحد (2 أغسطس)")
    date_start: int | None = None
    #: +1 when the sentence speaks of the future ("will be held in September"): a date without its year is then
    #: the next one
    future: bool = False
    #: the weekday a relative day or a date without its year names ("اليوم الجمعة", "hier mardi", "samedi 25
    #: novembre"): 0 Monday … 6 Sunday
    named_weekday: int | None = None


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
    return tuple(_LETTERS.findall(phrase)) or tuple(_TOKEN.findall(phrase))


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


def _merge(spans: list[tuple[int, int]], size: int, margin: int = MAX_DATE_CHARS) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        start, end = max(0, s - margin), min(size, e + margin)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _merge_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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
        family: _merge(found, len(folded), FAMILY_MARGINS.get(family, MAX_DATE_CHARS))
        for family, found in spans.items()
    }
    windows["digits"] = _merge([m.span() for m in _DIGIT_ANCHOR.finditer(folded)], len(folded))
    return windows


def _candidates(g: DateGrammar, folded: str, lang: str = "") -> list[Candidate]:
    found: list[Candidate] = []
    windows_by_family = _windows(g, folded)
    for kind, rx in g.patterns:
        families = PATTERN_ANCHORS[kind]
        windows = (
            windows_by_family[families[0]]
            if len(families) == 1
            else _merge_windows([w for f in families for w in windows_by_family[f]])
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
            cand.future = _tense(g, folded, cand.start, cand.end, lang) > 0
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
                    m.start("year"), m.end("year"), "year", _iso(year), "year", year_span=m.span("year")
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
        new = Candidate(m.start("year"), m.end("year"), "year", _iso(year), "year", year_span=m.span("year"))
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
        word = _TOKEN.match(folded, cand.start + 1) if folded.startswith("و", cand.start) else None
        joined = word is not None and word.group() in g.months
        position = cand.start
        while m := g.listed_month.search(folded, max(0, position - MAX_DATE_CHARS), position):
            if not (joined or m.group("j")):
                break  # two month names side by side are one month's two names, or no list
            month = g.months[_key(m.group("m"))]
            if explicit:
                new = Candidate(m.start("m"), m.end("m"), "month", value[:4] + f"-{month:02d}", "month")
                new.attrs["year_from"] = "list"
            else:
                assert cand.relative is not None
                unit, n = cand.relative
                rel = (unit, _MONTH_RELATIONS[unit](n, month))
                attrs = {"relative": f"listed with {cand.attrs.get('relative', unit)}"}
                new = Candidate(m.start("m"), m.end("m"), "month", _iso(None, month), "month", attrs, rel)
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
        day = g.ordinal_days[_key(m.group("ord"))] if m.group("ord") else int(m.group("d"))
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
        if month is None or not _valid_day(year, month, day):
            return None
        attrs: dict[str, Any] = {}
        first = int(m.group("day0")) if "day0" in groups and m.group("day0") else None
        ranged = first is not None and first < day and _valid_day(year, month, first)
        if ranged:
            # "من 3 إلى 5 مارس 2024": the date written in full (as the team corpus labels the range), with
            # range_start the first day; the first day is a date of its own too, on its own span
            attrs["range_start"] = _iso(year, month, first)
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
            cand = Candidate(start, end, kind, _iso(None, month, day), "day", attrs, rel)
        else:
            cand = Candidate(start, end, kind, _iso(year, month, day), "day", attrs, year_span=year_span)
        if m.group("wd"):
            cand.named_weekday = g.weekdays.get(_key(m.group("wd")))
        if ranged:
            assert first is not None
            cand.start = m.start("day")
            first_rel = ("day_month", direction * (month * 100 + first)) if direction else None
            cand.range_first = Candidate(
                start,
                m.end("day0"),
                kind,
                _iso(None if direction else year, month, first),
                "day",
                {},
                first_rel,
            )
        return cand
    if kind == "my":
        month = _month_of(g, m)
        if month is None:
            return None
        return Candidate(start, end, kind, _iso(year, month), "month", year_span=year_span)
    if kind in ("numeric_hijri", "numeric_hijri_ymd"):
        assert year is not None
        day_number, month_number = int(m.group("day")), int(m.group("mon"))
        if not (1 <= month_number <= 12 and 1 <= day_number <= 30):
            return None
        attrs = {"calendar": "hijri", "approximate": True}
        attrs["gregorian"] = hijri_to_gregorian(year, month_number, day_number).isoformat()
        return Candidate(start, end, kind, _iso(year, month_number, day_number), "day", attrs)
    if kind == "numeric_ym":
        assert year is not None and year_span is not None
        month = int(m.group("mon"))
        if not 1 <= month <= 12:
            return None
        return Candidate(year_span[0], end, kind, _iso(year, month), "month", year_span=year_span)
    if kind in ("numeric_dmy", "numeric_ymd", "numeric_ymd_slash"):
        day, month = int(m.group("day")), int(m.group("mon"))
        if kind == "numeric_dmy" and month > 12 and 1 <= day <= 12:
            day, month = month, day  # "9-18-2020" can only be month first (American order)
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
        attrs = {"calendar": "hijri", "approximate": True}
        if hday is None:
            attrs["gregorian"] = _iso(greg.year, greg.month)
            return Candidate(start, end, kind, _iso(year, hmonth), "month", attrs)
        attrs["gregorian"] = greg.isoformat()
        return Candidate(start, end, kind, _iso(year, hmonth, hday), "day", attrs)
    if kind == "hijri_month":
        hmonth = g.hijri_months[_key(m.group("hm"))]
        hday = int(m.group("day")) if m.group("day") else None
        direction = -1 if m.group("past") else 1 if m.group("future") else 0
        said_month = (
            "شهر" in m.group() or hday is not None or m.group("past") or m.group("future") or m.group("cur")
        )
        if hday is not None and not 1 <= hday <= 30:
            return None
        if not said_month and (_key(m.group("hm")) in g.hijri_ambiguous or not m.group("cue")):
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
            start, end, kind, _iso(None, hmonth, hday), precision, attrs, hijri=(hmonth, hday, direction)
        )
    if kind == "hijri_year":
        if year is None:
            year = int(m.group("year2"))
        greg = hijri_to_gregorian(year, 1, 1)
        attrs = {"calendar": "hijri", "approximate": True, "gregorian": str(greg.year)}
        return Candidate(start, end, kind, str(year), "year", attrs)
    if kind == "season":
        season = g.seasons[_key(m.group("season") or m.group("season2"))]
        if year is not None:
            return Candidate(start, end, kind, f"{year:04d}-{season}", "season", year_span=year_span)
        if m.group("yrel"):
            # "летом прошлого года", "the summer of last year": the season of that year
            offset = g.year_relative_words[_key(m.group("yrel"))]
            rel = ("season_of_year", (offset + 5) * 10 + _SEASON_NUMBER[season])
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
            direction * 10 + _SEASON_NUMBER[season] if direction >= 0 else -(10 + _SEASON_NUMBER[season]),
        )
        attrs = {"relative": f"{'last' if direction < 0 else 'next' if direction > 0 else 'this'} {season}"}
        return Candidate(start, end, kind, None, "season", attrs, (rel[0], rel[1]))
    if kind in ("decade", "decade_digits"):
        if _AGE_AFTER.match(m.string, end):
            return None  # "في الثمانينات من العمر", "in his eighties", "за восемьдесят": an age, not a decade
        if kind == "decade":
            digit = g.decade_words[_key(m.group("dw"))]
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
        number = _century_number(g, m)
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
            _iso(year),
            "year",
            year_span=year_span,
        )
    if kind == "ago":
        unit_word = m.group("u1") or m.group("u2") or m.group("u3")
        number_text = m.group("n1") or m.group("n2") or m.group("n3")
        unit, implied = g.ago_units[_key(unit_word)]
        following = m.string[end : end + 8].split()[:1]
        if m.group("u1") and following and following[0] in ("من", "علي"):
            return None  # "قبل يومين من الانتخابات": two days before an event, not before writing
        since = m.group("u1") is not None and m.group().lstrip("وف").startswith("منذ")
        if since and unit in ("month", "year"):
            return None  # "منذ ثلاث سنوات" is as often "for three years" (a duration) as "three years ago"
        if (number_text is None and implied == 0) or (
            number_text is not None and _key(number_text) in g.few_words
        ):
            # "قبل أيام", "a few weeks ago", "il y a quelques jours": some time ago (TimeML PAST_REF)
            return Candidate(start, end, kind, "PAST_REF", "ref", {"reference": True})
        count = implied or 1
        if number_text is not None:
            count = int(number_text) if number_text.isdigit() else g.count_words[_key(number_text)]
        if count < 1:
            return None
        rel = (unit, -count)
        return Candidate(start, end, kind, None, None, {"relative": f"{-count:+d} {unit}"}, rel)
    if kind == "reference":
        ref = g.references[_key(m.group("ref"))]
        s, e = m.span("ref")
        if _quoted(m.string, s, e):
            return None
        if _key(m.group("ref")) in g.eve_words and _eve_alone(g, m.string, s, e):
            return Candidate(s, e, "relative", None, None, {"relative": "-1 day"}, ("day", -1))
        if _key(m.group("ref")) in g.later_words and _past_in_sentence(g, m.string, s, e, lang):
            return None  # "позже пресс-служба отменила": later than the events told, not after the writing
        return Candidate(s, e, kind, ref, "ref", {"reference": True})
    if kind == "bare_weekday":
        name = _key(m.group("wd"))
        weekday = g.weekdays.get(name)
        before = m.string[max(0, m.start() - 14) : m.start()].split()
        if weekday is None or name in g.weekdays_need_cue:
            return None
        if before and (before[-1] in g.weekday_not_after or " ".join(before[-2:]) in g.weekday_not_after):
            return None
        s, e = m.span("wd")
        if _quoted(m.string, s, e):
            return None
        rel = ("weekday", _tense(g, m.string, s, e, lang) * (weekday + 1))
        return Candidate(s, e, "weekday", None, None, {"relative": _rel_text(rel)}, rel)
    if kind == "year_range":
        assert year is not None and year_span is not None
        second = int(m.group("year2"))
        dashed = not m.group("rcue")
        if not year < second <= year + 50 or (dashed and _joined_by_word(m)):
            return None
        return Candidate(year_span[0], year_span[1], "year", _iso(year), "year", year_span=year_span)
    if kind == "year":
        assert year_span is not None
        return Candidate(year_span[0], end, kind, _iso(year), "year", year_span=year_span)
    if kind in ("month", "month_dual"):
        month_name = _key(m.group("m1"))
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
        return Candidate(s, e, kind, _iso(None, g.months[month_name]), "month")
    if kind == "ordinal_dmy":
        day = g.ordinal_days[_key(m.group("ord"))]
        direction = -1 if m.group("past") else 1 if m.group("future") else 0
        if m.group("hm"):
            hmonth = g.hijri_months[_key(m.group("hm"))]
            attrs = {"calendar": "hijri", "approximate": True}
            if m.group("hyear"):
                hyear = int(m.group("hyear"))
                attrs["gregorian"] = hijri_to_gregorian(hyear, hmonth, day).isoformat()
                return Candidate(start, end, kind, _iso(hyear, hmonth, day), "day", attrs)
            return Candidate(
                start, end, kind, _iso(None, hmonth, day), "day", attrs, hijri=(hmonth, day, direction)
            )
        month = _month_of(g, m)
        if month is None or not _valid_day(year, month, day):
            return None
        if direction and year is None:
            rel = ("day_month", direction * (month * 100 + day))
            return Candidate(start, end, kind, _iso(None, month, day), "day", {}, rel)
        return Candidate(start, end, kind, _iso(year, month, day), "day", year_span=year_span)
    if kind in ("named_relative", "named_relative_before"):
        direction = -1 if m.group("past") else 1
        if "cur" in groups and m.group("cur"):
            if not m.group("m1") or _month_of(g, m) is None:
                return None
            month = g.months[_key(m.group("m1"))]
            rel = ("month_current", month)
            return Candidate(
                start, end, kind, _iso(None, month), "month", {"relative": f"this month {month}"}, rel
            )
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
        # a bare weekday in news is the most recent one, unless the sentence speaks of the future
        s = m.start("wd")
        direction = 1 if m.group("from") else _tense(g, m.string, s, end, lang)
        if m.group("from") or re.match(r"в\s+эт", m.group()):
            s = start  # "dès lundi", "в этот понедельник": the cue is part of the date
        rel = ("weekday", direction * (weekday + 1))
        return Candidate(s, end, kind, None, None, {"relative": _rel_text(rel)}, rel)
    if kind == "month_of_year":
        month = g.months.get(_key(m.group("m1")))
        if month is None:
            return None
        offset = g.year_relative_words[_key(m.group("yrel"))]
        if m.group("day"):
            # "30 сентября прошлого года", "le 3 mars de l'année dernière": that day of that year
            day = int(m.group("day"))
            if not _valid_day(None, month, day):
                return None
            rel = ("day_of_year", (offset + 5) * 10000 + month * 100 + day)
            attrs = {"relative": f"{offset:+d} year, {month:02d}-{day:02d}"}
            return Candidate(start, end, kind, _iso(None, month, day), "day", attrs, rel)
        rel = ("month_of_year", (offset + 1) * 100 + month)
        return Candidate(
            start,
            end,
            kind,
            _iso(None, month),
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
        unit, offset = g.relative[_key(m.group("rel"))]
        s, e = m.span("rel")
        following = m.string[e : e + 12].split()[:1]
        if unit == "day" and following and following[0] in _NOT_TODAY_AFTER:
            return None  # "في اليوم التالي", "اليوم العالمي": a day, but not today
        if _quoted(m.string, s, e):
            return None  # «اليوم» is a newspaper
        if m.group("part"):
            s = m.start("part")
        if m.group("wd"):
            e = m.end()
        if unit == "weekend" and _tense(g, m.string, s, e, lang) > 0:
            offset = 1  # "avant le week-end", "will travel over the weekend": the coming one
        elif unit == "weekend" and offset == THIS_WEEKEND and _past_in_sentence(g, m.string, s, e, lang):
            offset = 0  # "ce week-end, des orages ont frappé": the one just past
        cand = Candidate(s, e, kind, None, None, {"relative": f"{offset:+d} {unit}"}, (unit, offset))
        if m.group("wd") and unit == "day":
            cand.named_weekday = g.weekdays.get(_key(m.group("wd")))
        return cand
    return None


#: The offset of "this weekend" / "ce week-end": the one its tense says, else the nearest to the writing.
THIS_WEEKEND = 2
#: After a decade word, what makes it an age: "في الثمانينات من العمر", "في السبعينيات من عمره".
_AGE_AFTER = re.compile(r"\s+(?:من\s+)?(?:ال)?عمر(?:ه|ها|هم)?(?![^\W_])")
#: Characters before and after a weekday searched for its tense (within its sentence).
TENSE_BEFORE_CHARS = 120
TENSE_AFTER_CHARS = 60
#: What a comma between a weekday and a tense cue adds to their distance (the cue is another clause's).
CLAUSE_CHARS = 30
#: Characters between a future cue and a past form of its own verb group ("will be held", "sera tenu").
VERB_GROUP_CHARS = 10
_SEASON_NUMBER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
_SEASON_BY_NUMBER = {n: code for code, n in _SEASON_NUMBER.items()}
#: The month each season starts in (winter starts in December of the year before its TimeML year).
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    return total


def _century_number(g: DateGrammar, m: re.Match[str]) -> int | None:
    for name in ("cn", "cn2", "cn3", "cn4"):
        if m.group(name):
            return int(m.group(name))
    for name in ("roman", "roman2"):
        if m.group(name):
            return _roman(m.group(name))
    for name in ("cw", "cw2"):
        if m.group(name):
            return g.century_words[_key(m.group(name))]
    return None


def _tense(g: DateGrammar, text: str, start: int, end: int, lang: str) -> int:
    """+1 when a weekday or weekend at ``text[start:end]`` is the next one, -1 when it is the last one.

    The tense cue nearest to it in its sentence decides, before or after it: "سوف يزور … الخميس", "will meet
    on Thursday", "Lundi, il donnera…", "Dimanche, il décollera" are the next one; "a annoncé dimanche que…
    sera" the last. With no cue it is the last one: news mostly reports what happened."""
    future_rx, past_rx = g.tense_cues.get(lang) or g.tense_cues[""]
    lo, hi = max(0, start - TENSE_BEFORE_CHARS), min(len(text), end + TENSE_AFTER_CHARS)
    if boundaries := [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]:
        lo = boundaries[-1]
    if following := _SENTENCE_END.search(text, end, hi):
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


def _past_in_sentence(g: DateGrammar, text: str, start: int, end: int, lang: str) -> bool:
    """Whether the sentence around ``text[start:end]`` has a past cue (a past form or marker)."""
    past_rx = (g.tense_cues.get(lang) or g.tense_cues[""])[1]
    lo, hi = max(0, start - TENSE_BEFORE_CHARS), min(len(text), end + TENSE_AFTER_CHARS)
    if boundaries := [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]:
        lo = boundaries[-1]
    if following := _SENTENCE_END.search(text, end, hi):
        hi = following.start()
    return any(m.end() <= start or m.start() >= end for m in past_rx.finditer(text, lo, hi))


def _eve_alone(g: DateGrammar, text: str, start: int, end: int) -> bool:
    """ "накануне" with no event after it: at a clause's end, before a preposition or a time of day, next to a
    past verb ("накануне заявил", "сообщила накануне") — then it is the day before the writing."""
    past_verb = g.tense_cues["ru"][1]
    preceding = _TOKEN.findall(text, max(0, start - 30), start)[-1:]
    if preceding and past_verb.fullmatch(preceding[0]):
        return True
    following = _TOKEN.search(text, end, end + 40)
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
    return any(past_verb.fullmatch(w) for w in _TOKEN.findall(clause)[:EVE_SUBJECT_WORDS])


#: Endings of the genitive an event after "накануне" takes (выборов, событий, визита, встречи, Пасхи).
_GENITIVE_ENDING = re.compile(r"(?:ов|ев|ий|ей|[аяиы])$")
#: Words between "накануне" and the past verb of its clause when a subject stands between them.
EVE_SUBJECT_WORDS = 7


def _quoted(text: str, start: int, end: int) -> bool:
    """A word standing alone between quotation marks is a name («اليوم», "Today"), not a date."""
    return text[start - 1 : start] == '"' and text[end : end + 1] == '"'


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
    if cand.kind in ("dmy", "mdy", "numeric_dmy", "numeric_ymd", "numeric_ymd_slash"):
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


def _coarse_anchor(doc: Document) -> tuple[dt.date, str] | None:
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


def _resolve(cand: Candidate, anchor: dt.date | None, infer_year: bool, precision: str = "day") -> None:
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
                    if _valid_day(y, month, day) and dt.date(y, month, day).weekday() == weekday
                ]
                if len(fitting) == 1:
                    cand.value = _iso(fitting[0], month, day)
                    cand.attrs["inferred"] = ["year"]
                    cand.attrs["year_from"] = "weekday"
                    return
            if cand.future:
                # "les élections auront lieu en septembre": the next September (or this one, if not yet over)
                passed = (month, day) < (anchor.month, anchor.day) if day else month < anchor.month
                best = anchor.year + 1 if passed else anchor.year
                cand.value = _iso(best, month, day)
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
            cand.value = _iso(best, month, day)
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
        cand.value, cand.precision = _iso(anchor.year + offset - 1, month), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "day_of_year":
        offset, month_day = divmod(n, 10000)
        month, day = divmod(month_day, 100)
        if not _valid_day(anchor.year + offset - 5, month, day):
            return  # "29 февраля прошлого года" after a common year
        cand.value, cand.precision = _iso(anchor.year + offset - 5, month, day), "day"
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
        if not _valid_day(y, m, n - offset * 100):
            return  # "le 31 du mois prochain" in a 30-day month: left unresolved
        cand.value, cand.precision = _iso(y, m, n - offset * 100), "day"
        cand.attrs["inferred"] = ["year", "month"]
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
    elif unit == "month_current":
        cand.value, cand.precision = _iso(anchor.year, n), "month"
        cand.attrs["inferred"] = ["year"]
    elif unit == "season":
        direction, number = (-1, -n - 10) if n < 0 else (1, n - 10) if n > 10 else (0, n)
        season = _SEASON_BY_NUMBER[number]
        cand.value = f"{_season_year(season, direction, anchor):04d}-{season}"
        cand.attrs["inferred"] = ["year"]
    elif unit == "season_of_year":
        offset, number = divmod(n, 10)
        cand.value = f"{anchor.year + offset - 5:04d}-{_SEASON_BY_NUMBER[number]}"
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
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _year_from_sentence(folded: str, cands: Sequence[Candidate]) -> None:
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
        if cand.start - end <= CONTEXT_YEAR_CHARS and not _SENTENCE_END.search(folded, end, cand.start):
            assert cand.value is not None
            cand.value = f"{year:04d}" + cand.value[4:]
            cand.attrs["year_from"] = "context"
            cand.attrs["inferred"] = ["year"]


_NIGHT_JOIN = re.compile(r"\s*(?:a|au|to|-|–|/|و)?\s*")


def _night_pairs(folded: str, cands: Sequence[Candidate]) -> None:
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
        first = _SEASON_FIRST_MONTH[season]
        running, ended, current = first <= month < first + 3, month >= first + 3, year
        upcoming = year if month < first else year + 1
    if direction < 0:
        return current - 1 if running or not ended else current
    if direction > 0:
        return current + 1 if running else upcoming
    return current if running or season != "WI" else upcoming


def _resolve_hijri(cand: Candidate, anchor: dt.date | None) -> None:
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
    cand.value = _iso(year, month, day)
    cand.attrs["inferred"] = ["year"]
    greg = hijri_to_gregorian(year, month, day or 1)
    cand.attrs["gregorian"] = greg.isoformat() if day else _iso(greg.year, greg.month)


_DATELINE_PREFIX = re.compile(r"^[^\n\d]{0,40}?[,،\-]\s*$")
_PUBLISHED_LABEL = re.compile(
    r"(?:نشر\s+(?:في|بتاريخ)|تاريخ\s+النشر|بتاريخ|publie\s+le|published(?:\s+on)?|опубликовано|^\s*date|^\s*дата)"
    r"\s*:?\s*$"
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


@register_stage(
    STAGE,
    # event names and KB-linked names are not dates ("منتدى الجيش 2023", "روسيا اليوم"); the publication day
    # anchors relative dates and years not written
    requires=("entities", "published"),
    provides=("dates",),
    description="Absolute, partial, relative and Hijri dates with ISO values; publication date from the lead.",
    defaults={"cue_files": (), "infer_year_from_published": True, "publication_from_text": True},
)
def dates_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    g = grammar(tuple(config.get("cue_files", ())))
    norm = normalized(doc.text)
    # the folded text with its line breaks (same offsets): a line ends a sentence for the tense around a weekday
    # and for the year a date without one takes (a dateline's year is not the next paragraph's), and datelines
    # are lines
    folded = folded_lines(doc.text)
    cands = _candidates(g, folded, (doc.language or "")[:2])

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
        and not (
            c.kind in ("relative", "reference")
            and folded[max(0, c.start - 4) : c.start].strip() in ("بعد", "منذ")
        )
    ]

    anchor = publication_day(doc)  # parsed once, by the published stage
    anchor_precision = "day"
    coarse = _coarse_anchor(doc) if anchor is None else None
    if anchor is None and config.get("publication_from_text", True):
        found = _publication_from_lead(g, folded, cands)
        # a Hijri date in the lead ("الأحد 25 شوال 1436 هـ") gives its Gregorian day
        published = found.attrs.get("gregorian", found.value) if found is not None else None
        # a day in the lead agrees with a publication month or year given in the metadata, or is not that day
        if coarse is not None and published and not published.startswith(str(doc.published)):
            published = None
        if found is not None and published:
            anchor, coarse = dt.date.fromisoformat(published), None
            span = norm.to_original(found.start, found.end)
            meta = dict(doc.meta)
            meta["published_source"] = "text"
            meta["published_evidence"] = [span.start, span.end]
            doc = doc.with_meta(published=published, published_precision="day", meta=meta)

    if anchor is None and coarse is not None:
        anchor, anchor_precision = coarse
    infer_year = bool(config.get("infer_year_from_published", True))
    annotations: list[Annotation] = []
    _year_from_sentence(folded, cands)
    for cand in cands:
        _resolve(cand, anchor, infer_year, anchor_precision)
        _resolve_hijri(cand, anchor if infer_year and anchor_precision == "day" else None)
    _night_pairs(folded, cands)
    for cand in cands:
        span = norm.to_original(cand.start, cand.end)
        relation = cand.attrs.pop("relative", None)
        attrs: dict[str, Any] = {
            "value": cand.value,
            "precision": cand.precision,
            "inferred": cand.attrs.pop("inferred", []),
            # relative: the value depends on the time of writing (yesterday, last week, Tuesday, now)
            "relative": cand.relative is not None
            or (cand.hijri is not None and cand.hijri[2] != 0)
            or bool(cand.attrs.pop("reference", False)),
            "calendar": cand.attrs.pop("calendar", "gregorian"),
        }
        if relation is not None:
            attrs["relation"] = relation
        attrs.update(cand.attrs)
        annotations.append(doc.annotation("dates", span.start, span.end, "date", attrs=attrs, stage=STAGE))
    return doc.with_layer("dates", annotations)


def _to_folded(norm: Any, start: int, end: int) -> tuple[int, int]:
    """Original span -> folded span (the first/last folded characters inside it)."""
    import bisect

    s = bisect.bisect_left(norm.starts, start)
    e = bisect.bisect_left(norm.starts, end)
    return s, max(s, e)
