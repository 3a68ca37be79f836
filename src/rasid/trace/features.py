"""What tracing compares: per-document fingerprints and anchors, computed once per document.

A :class:`DocFeatures` holds the normalised text with its offset map (so every shared
passage found on folded text maps back to the analyst's original words), word shingles
with their token positions, and the *anchors* that survive translation: numbers,
weapon model codes, dates, linked entities (``kb_id``), equipment and quotes. Anchors
come from the annotation layers when they exist; numbers and model codes are read from
the text itself, so a document without layers still has evidence.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property

from rasid.extract.dates import gregorian_value
from rasid.kb import load_kb
from rasid.model import Document, Span
from rasid.text.langid import document_language
from rasid.text.normalize import NormalizedText, normalize, normalize_for_search
from rasid.text.segment import sentences
from rasid.text.tokens import tokenize

#: Words per shingle. Three keeps light edits (punctuation, one changed word) from breaking long runs.
SHINGLE_SIZE = 3
#: Sentences of a document embedded for cross-language alignment (bounds the encoder's cost).
MAX_ALIGN_SENTENCES = 15
#: Characters of the lead embedded as the document vector (title + first lines of text). 400 rather than 250:
#: two reports of one event often differ in their first sentence and agree in the next ones.
LEAD_CHARS = 400
#: Words a quote needs to be compared across languages.
QUOTE_MIN_WORDS = 6
#: A line with fewer words than this is page furniture (a byline, "Share:", a lone date), left out of the lead.
LEAD_LINE_WORDS = 4

# Numbers standing alone, not the digits inside a model code (the 72 of T-72B3 is read as a model); a number
# joined to a word by a hyphen is one ("a 19-year sentence", "a 7-year-old girl", "10-day": English compounds).
# Thousands grouped by spaces, as French and Russian write them ("2 800 blessés", "1 305 человек"), are one
# number: read as two ("2", "800") they matched nothing of the English or Arabic "2,800" and vetoed translations.
# Arabic and English never group by spaces: there "150 300" is two numbers (a list, a range without its dash)
_NUMBER = re.compile(r"(?<![A-Za-z0-9\-/.,])\d+(?:[.,]\d+)*(?![A-Za-z0-9])(?![\-/](?![a-z]{3})[A-Za-z0-9])")
_NUMBER_SPACE_GROUPED = re.compile(
    r"(?<![A-Za-z0-9\-/.,])(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)*)"
    r"(?![A-Za-z0-9])(?![\-/](?![a-z]{3})[A-Za-z0-9])"
)
#: Languages whose texts never group thousands by spaces.
_NO_SPACE_GROUPING = frozenset({"ar", "en"})
_GROUP_SPACE = re.compile(r"[ \u00a0\u2009\u202f]")
# Model codes: Latin letters and digits joined by a hyphen or slash (T-72B3, BTR-80/82A, Su-24, S-60).
_MODEL_CODE = re.compile(r"\b[A-Za-z]{1,5}-?\d+[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*\b")
# Words for shingles: runs of letters and digits of the folded text (model codes split at hyphens).
_SHINGLE_WORD = re.compile(r"[^\W_]+")
# A page store's date prefix (" date 2024-03-17 ") before the text itself.
_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d\d(?:-\d\d)?\s+")
# Words of a lead line: letters only (a line of numbers and punctuation is not news).
_LEAD_WORD = re.compile(r"[^\W\d_]+")
# A full day, 2024-03-16.
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
# The date reader's relation for a day the text marks as past ("le 30 septembre dernier": ``last 09-30``).
_PAST_MARKED = re.compile(r"^last \d\d-\d\d$")
# A day of the year the text names without its year (``XXXX-03-16``: "on March 16").
_YEARLESS_DAY = re.compile(r"^XXXX-(\d\d)-(\d\d)$")
#: Days around a text's own day that are still its news (the event's day, the next days' follow-ups); a day the
#: text names further back is background (the story so far), not what it reports.
OWN_DAYS = 3
# A number that names something by itself: a decimal (64.27) or three digits or more (946, 1100).
DISTINCTIVE_NUMBER = re.compile(r"^(?:\d+\.\d+|\d{3,})$")
#: A year standing alone: every report of the year has it.
YEAR = re.compile(r"^(1[89]|20)\d\d$")
# KB ids that set the scene rather than name the event: a country, a region, an outlet.
_GENERIC_KB = re.compile(r"^rasid:(?:gpe/[a-z]{2}|loc/[a-z-]+|media/.+)$")
# KB ids of actors: people, organisations, armed groups. They act in many events of their country; sharing one
# says "the same actors", not "the same event".
_ACTOR_KB = re.compile(r"^rasid:(?:person|org|group)/")
#: The layers tracing reads, and so the only ones it loads with a document; their presence changes what
#: evidence it can give.
ANCHOR_LAYERS = ("entities", "equipment", "dates", "quotes", "sources")


def number_key(raw: str) -> str:
    """One spelling per number: thousands separators (commas, points, spaces) dropped, decimal comma read as a
    point."""
    parts = re.split(r"[.,]", _GROUP_SPACE.sub("", raw))
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return "".join(parts)  # 1,000 / 1.000 -> 1000
    return ".".join(parts)


def model_key(raw: str) -> str:
    return re.sub(r"[-/\s]", "", raw.upper())


@dataclass(frozen=True, slots=True)
class Shingles:
    """Word shingles of the normalised text, with the token range each one covers.

    Machine-integer arrays rather than tuples of Python ints: a tracing run keeps the shingles of every
    cached document, and as tuples they were a third of a cached document's memory.
    """

    starts: array[int]  # start of each token in the normalised text
    ends: array[int]  # end of each token
    hashes: array[int]  # 32-bit, one per shingle position i, covering tokens i .. i+SHINGLE_SIZE-1

    @property
    def set(self) -> frozenset[int]:
        return frozenset(self.hashes)


@dataclass
class DocFeatures:
    """Everything tracing needs from one document, computed lazily and cached."""

    doc: Document
    language: str | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.language is None:
            self.language = document_language(self.doc)  # a stored document's, or the readers' rule

    @cached_property
    def search_text(self) -> str:
        """Folded text (fast path); the same characters as ``normalized.text``, without the map."""
        return normalize_for_search(self.doc.text)

    @cached_property
    def normalized(self) -> NormalizedText:
        """Folded text with its offset map: built only when passages are mapped back (copies)."""
        return normalize(self.doc.text)

    @cached_property
    def shingles(self) -> Shingles:
        return make_shingles(self.search_text)

    @property
    def shingle_set(self) -> frozenset[int]:
        # not cached: as a set of Python ints it weighed a third of a cached document (a tracing run keeps
        # 1,500), and building it again costs microseconds per compared pair
        return self.shingles.set

    @cached_property
    def sentence_spans(self) -> list[Span]:
        # very short "sentences" (credits, bylines) carry no meaning for alignment
        spans = [s for s in sentences(self.doc.text) if len(tokenize(self.doc.text[s.start : s.end])) >= 4]
        return spans[:MAX_ALIGN_SENTENCES]

    @property
    def _number_pattern(self) -> re.Pattern[str]:
        return _NUMBER if self.language in _NO_SPACE_GROUPING else _NUMBER_SPACE_GROUPED

    @cached_property
    def numbers(self) -> frozenset[str]:
        found = set()
        for m in self._number_pattern.finditer(self.search_text):
            key = number_key(m.group())
            if key not in {"0", "1"}:  # too common to be evidence
                found.add(key)
        return frozenset(found)

    @cached_property
    def figure_sequence(self) -> tuple[str, ...]:
        """The text's figures in the order it first gives them, each once: numbers other than years (and
        than 0 and 1), as :attr:`numbers` keys them."""
        seen: dict[str, None] = {}
        for m in self._number_pattern.finditer(self.search_text):
            key = number_key(m.group())
            if key not in {"0", "1"} and not YEAR.match(key):
                seen.setdefault(key, None)
        return tuple(seen)

    @cached_property
    def model_codes(self) -> frozenset[str]:
        codes = {model_key(m.group()) for m in _MODEL_CODE.finditer(self.doc.text)}
        for ann in self.doc.layer("equipment"):
            if any(ch.isdigit() for ch in ann.text):
                codes.add(model_key(ann.text))
        return frozenset(codes)

    @cached_property
    def dates(self) -> frozenset[str]:
        # Gregorian values, so a Hijri date and its translation's Gregorian one agree; relative references
        # ("PAST_REF" for "earlier", "PRESENT_REF" for "now") name no date, and every text has them
        return frozenset(
            v
            for a in self.doc.layer("dates")
            if (v := gregorian_value(a.attrs)) and any(c.isdigit() for c in v)
        )

    @cached_property
    def named_days(self) -> frozenset[str]:
        """The days the text names that are its own news (:func:`own_days`): ``YYYY-MM-DD``, or ``XXXX-MM-DD``
        when neither the text nor its publication date gives the year. Days it names further back are its
        background ("On March 16 the junta revoked ..." in a report of August) and are left out. Without the
        day of publication that distance is unknown, but a day the text itself marks as past ("le 30 septembre
        dernier", "31 يوليو الماضي", "last July 31") is background too: the text is written later."""
        dates = self.dates
        if not (self.doc.published and _FULL_DAY.match(self.doc.published[:10])):
            dates = dates - self.past_marked_days
        return own_days(dates, self.doc.published)

    @cached_property
    def past_marked_days(self) -> frozenset[str]:
        """Days named with a word that puts them in the past of the text ("dernier", "الماضي", "last"): the
        date reader's ``last MM-DD`` relation (a weekday, "last Monday", is not one: it is often the news)."""
        return frozenset(
            v
            for a in self.doc.layer("dates")
            if _PAST_MARKED.match(str(a.attrs.get("relation") or "")) and (v := gregorian_value(a.attrs))
        )

    @cached_property
    def event_days(self) -> frozenset[str]:
        """When the reported event may have been: the text's own named days and its publication day."""
        days = set(self.named_days)
        if self.doc.published and _FULL_DAY.match(self.doc.published[:10]):
            days.add(self.doc.published[:10])
        return frozenset(days)

    @cached_property
    def specific_anchors(self) -> frozenset[tuple[str, str]]:
        """What names *this* event rather than its setting: linked people, organisations, groups and places
        below the country (not the country, not the outlet that credits a wire), full days named in the text,
        numbers that are not years, model codes."""
        out = {("kb_ids", k) for k in self.kb_ids if not _GENERIC_KB.match(k)}
        # days the text names as its news; the publication day is no anchor (every text of that day has it)
        out |= {("dates", d) for d in self.named_days}
        out |= {("numbers", n) for n in self.numbers if not YEAR.match(n)}
        out |= {("model_codes", m) for m in self.model_codes}
        out |= self.name_keys  # places the KB does not link
        return frozenset(out)

    @cached_property
    def name_keys(self) -> frozenset[tuple[str, str]]:
        """Places the KB does not link, as ``place_name`` anchors keyed across scripts and spellings
        (:func:`name_key`: "Jolfa", "جلفا" and "Джульфа" have one key; so do "تامغاروت" and "تمغاروت").
        People and organisations are left out: the same actors act in other events, and sharing them made
        later reports of the actors join the story."""
        out = set()
        for ann in self.doc.layer("entities"):
            if ann.label not in _PLACE_TYPES or ann.attrs.get("kb_id") or not _PROPER_NAME.match(ann.text):
                continue
            # the whole name, and its last word alone ("Jolfa" for "the mountains of Jolfa")
            words = _LEAD_WORD.findall(ann.text)
            for key in {name_key(ann.text), name_key(words[-1]) if words else ""}:
                if len(key) >= PLACE_KEY_MIN:
                    out.add(("place_name", key))
        return frozenset(out)

    @cached_property
    def quote_texts(self) -> list[str]:
        """Direct quotes long enough to be matched across languages (a statement, not a slogan)."""
        return [
            a.text for a in self.doc.layer("quotes") if len(_LEAD_WORD.findall(a.text)) >= QUOTE_MIN_WORDS
        ]

    @cached_property
    def kb_ids(self) -> frozenset[str]:
        return frozenset(str(a.attrs["kb_id"]) for a in self.doc.layer("entities") if a.attrs.get("kb_id"))

    @cached_property
    def equipment(self) -> frozenset[str]:
        out = set()
        for a in self.doc.layer("equipment"):
            out.add(str(a.attrs.get("canonical") or a.text).casefold())
        return frozenset(out)

    @cached_property
    def quote_speakers(self) -> frozenset[str]:
        out = set()
        for a in self.doc.layer("quotes"):
            speaker = a.attrs.get("speaker_canonical") or a.attrs.get("speaker")
            if speaker:
                out.add(str(speaker).casefold())
        return frozenset(out)

    @cached_property
    def quote_shingles(self) -> frozenset[int]:
        out: set[int] = set()
        for a in self.doc.layer("quotes"):
            out.update(make_shingles(normalize(a.text).text).hashes)
        return frozenset(out)

    @cached_property
    def lead(self) -> str:
        """Title plus the first sentences: what the document vector embeds."""
        return lead_text(self.doc)

    def has_layers(self) -> list[str]:
        return [name for name in ANCHOR_LAYERS if name in self.doc.layers]


def is_scene_anchor(anchor: tuple[str, str]) -> bool:
    """An anchor that says who or where, not which event: an actor (person, organisation, armed group) or a
    capital city (the seat of the government every national statement comes from). It supports a same-event
    link but cannot make one: the same actors in the same capital are the next week's news too."""
    kind, value = anchor
    return kind == "kb_ids" and (bool(_ACTOR_KB.match(value)) or value in capital_ids())


#: Entity types whose unlinked names are anchors.
_PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
#: Consonant classes a place's key needs (Jolfa: "jlf"; fewer would match too many names).
PLACE_KEY_MIN = 3
# A name: it starts with a capital letter, or is written in Arabic (which has no capitals).
_PROPER_NAME = re.compile(r"^[^\W\d_]*[A-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06ff]")
# Consonant classes of the three scripts; vowels, weak letters (w, y, و, ي, в, й) and hamza/ain carry none.
_ARABIC_CONSONANTS = dict(zip("بتثجحخدذرزسشصضطظغفقكلمنهپچژگڤ", "btsjhhdzrzsxsdtzhfkklmnhbxjhf", strict=True))
_CYRILLIC_CONSONANTS = dict(zip("бптдсзшщчжцхгкклмнрф", "bbtdszxxxjshhkklmnrf", strict=True))
# the letter x first: the x that sh, ch and sch become is the class of ش and ш, not "ks"
_LATIN_DIGRAPHS = (
    ("x", "ks"), ("sch", "x"), ("sh", "x"), ("ch", "x"), ("kh", "h"), ("gh", "h"), ("dj", "j"), ("zh", "j"),
    ("th", "t"), ("ph", "f"), ("ck", "k"), ("ts", "s"), ("tz", "s"), ("c", "k"), ("q", "k"), ("p", "b"),
    ("g", "h"),
)  # fmt: skip
# the Arabic article as Latin and Cyrillic write it, joined to the name by a hyphen (al-Sharaa, ash-Shabab,
# аш-Шабаб): dropped as ال is in Arabic script
_HYPHENED_ARTICLE = re.compile(r"(?<![^\W\d_])(?:[ae][lstdrzn]|ash|[аэ][лсдртзнш]ь?)-(?=[^\W\d_])")
_LATIN_CONSONANTS = frozenset("bdfhjklmnrstzx")


def name_key(name: str) -> str:
    """A name's consonant skeleton, the same in Latin, Cyrillic and Arabic script for most transliterations:
    vowels and weak letters (v, w, y, в, و, ي) dropped, letters that transliterate one another merged
    (kh/х/خ/ح/h, g/г/غ with h because Russian writes Arabic h as г, p/b, q/k), doubled letters collapsed,
    the Arabic article dropped (ال, and al-, ash-, аль- before a hyphen). Keys of a few letters say little: callers keep those of :data:`PLACE_KEY_MIN` or more."""
    parts = []
    for word in _LEAD_WORD.findall(_HYPHENED_ARTICLE.sub("", name.casefold())):
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        if "\u0600" <= word[0] <= "\u06ff":
            if word.startswith("ال") and len(word) > 4:
                word = word[2:]
            parts.append("".join(_ARABIC_CONSONANTS.get(c, "") for c in word))
        elif "\u0400" <= word[0] <= "\u04ff":
            parts.append("".join(_CYRILLIC_CONSONANTS.get(c, "") for c in word.replace("дж", "ж")))
        else:
            final_h = word.endswith("h") and not word.endswith(("kh", "ch", "sh", "gh"))
            for latin, merged in _LATIN_DIGRAPHS:
                word = word.replace(latin, merged)
            consonants = "".join(c for c in word if c in _LATIN_CONSONANTS)
            parts.append(consonants[:-1] if final_h else consonants)  # Haniyeh, Allah: a vowel's h
    return re.sub(r"(.)\1+", r"\1", "".join(parts))


@cache
def capital_ids() -> frozenset[str]:
    """KB ids of capital cities (the KB describes them as ``capital (NE)``)."""
    return frozenset(
        e.id for e in load_kb().entities() if e.type == "GPE" and (e.description or "").startswith("capital")
    )


def own_days(dates: frozenset[str], published: str | None, within: int = OWN_DAYS) -> frozenset[str]:
    """The days among ``dates`` (normalised date values) that are a text's own news.

    With a publication date (a day, or only its month), the days named from ``within`` days before it to
    ``within`` days after it: a day named further back is the story so far ("On March 16 the junta revoked
    ..." in a report of August), further ahead a plan. A day named without its year (``XXXX-03-16``) takes the
    publication year. Without a publication date the text's own day is unknown (it often names it as a weekday
    only): every day it names is kept (``XXXX-MM-DD`` when the year is not given). Without the day of
    publication (no date, or only its month), full days named further back than ``within`` days before the
    latest one are the story so far too: a report of a later day names the event it follows up ("the crash of
    Sunday 19 May" in a report of Friday 24 May; the January coup in a report of the September one), and so is a
    day named without its year a few weeks before them (:func:`_recalled_before`: "the strike of 1 April" in a
    report of "Saturday 13 April 2024")."""
    full = {d for d in dates if _FULL_DAY.match(d) and _ordinal(d) is not None}
    month = published[:7] if published and re.match(r"^\d{4}-\d\d", published) else None
    if month is None:
        yearless = {d for d in dates if (m := _YEARLESS_DAY.match(d)) and _ordinal(f"2000-{m[1]}-{m[2]}")}
        latest = _latest_news(full, within)
        return frozenset(latest | {d for d in yearless if not _recalled_before(d, latest, within)})
    for d in dates:
        m = _YEARLESS_DAY.match(d)
        if m and _ordinal(f"{month[:4]}-{m[1]}-{m[2]}") is not None:
            full.add(f"{month[:4]}-{m[1]}-{m[2]}")
    if published and _FULL_DAY.match(published[:10]):
        first = last = day_number(published[:10])
    else:  # only the month: any day of it
        first = day_number(month + "-01")
        last = day_number(f"{month[:4]}-12-31") if month[5:] == "12" else day_number(_next_month(month)) - 1
    kept = {d for d in full if first - within <= day_number(d) <= last + within}
    return frozenset(kept if first == last else _latest_news(kept, within))


#: A day named without its year this many days or fewer before a full day the same text names as its news is
#: that news' background ("on Saturday 13 April 2024 ... in retaliation for the strike of 1 April"). Further
#: back it may as well be a later year's day (the text's own, the full day its background): kept.
RECALLED_DAYS = 62


def _recalled_before(yearless: str, news: set[str], within: int) -> bool:
    """Whether a day named without its year falls, in the year of the text's own full days (``news``), more than
    ``within`` and at most :data:`RECALLED_DAYS` days before all of them: the story so far, not the news."""
    if not news:
        return False
    gaps = []
    for day in news:
        candidate = _ordinal(day[:4] + yearless[4:])
        if candidate is None:
            return False
        gaps.append(day_number(day) - candidate)
    return all(within < gap <= RECALLED_DAYS for gap in gaps)


def _latest_news(days: set[str], within: int) -> set[str]:
    """The full days within ``within`` days of the latest one (a text's own day is its latest)."""
    if not days:
        return days
    latest = max(day_number(d) for d in days)
    return {d for d in days if day_number(d) >= latest - within}


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12}-{mon % 12 + 1:02d}-01"


def day_number(day: str) -> int:
    """A day as a number to compare with days of its text: its ordinal (for ``XXXX-MM-DD``, in a leap year)."""
    m = _YEARLESS_DAY.match(day)
    if m:
        return date(2000, int(m[1]), int(m[2])).toordinal()
    return date.fromisoformat(day).toordinal()


def days_apart(a: str, b: str) -> int | None:
    """Days between two days (``YYYY-MM-DD`` or ``XXXX-MM-DD``); a day without its year is compared by month
    and day, around the year. ``None`` when one is no calendar day."""
    try:
        if _FULL_DAY.match(a) and _FULL_DAY.match(b):
            return abs(day_number(a) - day_number(b))
        apart = abs(day_number("XXXX" + a[4:]) - day_number("XXXX" + b[4:]))
    except ValueError:  # a day the extractor read but the calendar has not (31 June)
        return None
    return min(apart, 366 - apart)


def same_day(a: str, b: str) -> bool:
    """Two date values naming one day: equal, or one without its year (``XXXX-10-07``: "October 7" in a text
    that does not say which year) and the other of that month and day ("7 October 2023" in its copy)."""
    if a == b:
        return True
    one_yearless = bool(_YEARLESS_DAY.match(a)) != bool(_YEARLESS_DAY.match(b))
    return one_yearless and bool(_FULL_DAY.match(a) or _FULL_DAY.match(b)) and a[4:] == b[4:]


def align_days(values: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """``values`` with each day named without its year given the year ``other`` names it with, when ``other``
    names that month and day in one year only: so that two texts naming one day are seen to share it."""
    return frozenset(days_with_years(values, other).values())


def days_with_years(values: Iterable[str], other: Iterable[str]) -> dict[str, str]:
    """Each of ``values`` -> itself, or, for a day without its year that ``other`` names in one year only, that
    full day (:func:`align_days`, value by value)."""
    full_of: dict[str, set[str]] = {}
    for value in other:
        if _FULL_DAY.match(value):
            full_of.setdefault(value[4:], set()).add(value)
    out = {}
    for value in values:
        years = full_of.get(value[4:], set()) if _YEARLESS_DAY.match(value) else set()
        out[value] = next(iter(years)) if len(years) == 1 else value
    return out


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:  # a day the extractor read but the calendar has not (31 June)
        return None


def lead_text(doc: Document, limit: int = LEAD_CHARS) -> str:
    """Title and the first lines that carry the news: store date prefixes, short lines (bylines, buttons,
    captions' dates) and repeated lines (a headline printed twice) left out, so that two reports of one
    event are compared on what they say rather than on the page around it."""
    title = (doc.title or "").strip()
    lines: list[str] = []
    for line in _DATE_PREFIX.sub("", doc.text).split("\n"):
        line = " ".join(line.split())
        if len(_LEAD_WORD.findall(line)) >= LEAD_LINE_WORDS and line not in lines and line != title:
            lines.append(line)
    body = " ".join(lines) or doc.text.strip()
    text = f"{title}. {body}" if title else body
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def stable_hash(text: str) -> int:
    """A 32-bit hash that is the same in every process (``hash()`` is salted), so signatures persist."""
    return zlib.crc32(text.encode("utf-8"))


def make_shingles(normalized_text: str, size: int = SHINGLE_SIZE) -> Shingles:
    matches = list(_SHINGLE_WORD.finditer(normalized_text))
    words = list(map(re.Match.group, matches))
    if len(words) < size:
        hashes = array("I", [stable_hash(" ".join(words))] if words else [])
    else:
        # stable_hash of each run of `size` words, through map: no Python frame per shingle (tracing makes
        # two million of them per 5,000 documents)
        runs = map(" ".join, zip(*(words[k:] for k in range(size)), strict=False))  # ends with the last run
        hashes = array("I", map(zlib.crc32, map(str.encode, runs)))
    return Shingles(array("i", map(re.Match.start, matches)), array("i", map(re.Match.end, matches)), hashes)
