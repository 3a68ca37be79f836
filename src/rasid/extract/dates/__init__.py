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
the month tables in the grammar cover fr/en/ru just as well at a fraction of the cost.

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

The package, each module building only on those before it: ``calendars`` (Hijri and Gregorian),
``grammar`` (the tables and patterns per language), ``tense`` (what the context says about a date),
``candidates`` (finding expressions and joining them), ``resolve`` (values against the publication date)
and ``stage`` (the pipeline stage and the layer it writes).
"""

from rasid.extract.dates.calendars import gregorian_to_hijri, gregorian_value, hijri_to_gregorian
from rasid.extract.dates.grammar import DateGrammar, grammar
from rasid.extract.dates.stage import STAGE, dates_stage

__all__ = [
    "STAGE",
    "DateGrammar",
    "dates_stage",
    "grammar",
    "gregorian_to_hijri",
    "gregorian_value",
    "hijri_to_gregorian",
]
