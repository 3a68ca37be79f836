"""The date grammar: month, weekday, relative and cue tables per language read from the cue data, compiled
into patterns over folded text; and the candidate a pattern match becomes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasid.extract.cues import B_END, B_START, alternation, fold, load_cues

#: Years accepted as Gregorian years of events.
YEAR = r"(?:1[89]\d\d|20\d\d)"


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
        family: frozenset(name for name in names if TOKEN.search(name))
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


def phrase_key(text: str) -> str:
    """A phrase with its runs of white space as one space (the key the grammar's phrase tables use)."""
    return re.sub(r"\s+", " ", text)


TOKEN = re.compile(r"[^\W_]+")
