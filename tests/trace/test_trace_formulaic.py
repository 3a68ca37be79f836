"""Formulaic texts (congratulation cables, condolences, bulletins) filled with other parties are not copies.

At SaudiNewsNet scale, cables that share most of their words but name another head of state chained 321
articles of three weeks into one story (issue 14). Written for this test in the style of such cables.
"""

from __future__ import annotations

from rasid.extract import analyze_text
from rasid.trace import relate

CABLE = (
    "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس {country} {president} "
    "بمناسبة ذكرى يوم الاستقلال لبلاده. وعبر الملك في البرقية عن أصدق التهاني وأطيب التمنيات بموفور الصحة "
    "والسعادة لفخامته ولحكومة وشعب {country} الشقيق المزيد من التقدم والازدهار."
)
PERU = CABLE.format(country="البيرو", president="أولانتا هومالا")
BELGIUM = CABLE.format(country="بلجيكا", president="شارل ميشيل")


def _doc(text: str):  # type: ignore[no-untyped-def]
    return analyze_text(text, language="ar", published="2015-07-28")


def test_the_same_formula_for_another_country_is_not_a_copy() -> None:
    assert relate(_doc(PERU), _doc(BELGIUM)) is None


def test_the_same_cable_from_two_outlets_is_still_a_copy() -> None:
    reposted = "الرياض (واس)\n" + PERU.replace("أصدق التهاني", "أصدق التهاني،") + "\nنشر في صحيفة محلية."
    relation = relate(_doc(PERU), _doc(reposted))
    assert relation is not None and relation.kind == "copy"


def test_a_partial_copy_with_other_names_outside_what_it_shares_is_still_a_copy() -> None:
    longer = (
        PERU + " وفي سياق آخر، استقبل ولي العهد في جدة سفير اليابان لدى المملكة وبحث معه العلاقات الثنائية."
    )
    earlier = "وفي الرياض، التقى وزير الخارجية عادل الجبير نظيره الفرنسي لوران فابيوس. " + PERU
    relation = relate(_doc(earlier), _doc(longer))
    assert relation is not None and relation.kind == "copy"
