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


WIRE = (
    "The military government of Niger said on Saturday that it had ended an agreement allowing American "
    "soldiers and civilian staff of the Pentagon to stay in the country. The decision was read on national "
    "television by a spokesman, Colonel Amadou Abdramane, a day after a delegation from Washington left "
    "Niamey. The spokesman said the agreement had been imposed in 2012 and did not serve the country. About "
    "one thousand American soldiers are based at a drone base near Agadez."
)


def test_a_lightly_edited_copy_with_another_byline_and_an_added_paragraph_is_still_a_copy() -> None:
    # the byline and the dateline differ at the start, and the copy drops the sentence naming the spokesman
    # and adds one naming other people in its place: names outside the short gaps between shared passages
    # are not the slots of a formula
    first, second = WIRE.split(" The spokesman said", 1)
    first = first.split(" The decision was read")[0]
    edited = (
        "NIAMEY (Agency) - " + first + " Secretary of State Antony Blinken had visited President Mohamed "
        "Bazoum a year earlier, and the French ambassador left in September after weeks of protests outside "
        "the embassy. The spokesman said" + second.replace("About one thousand", "Some 1,000")
    )
    relation = relate(
        analyze_text("By Jane Roe\n" + WIRE, language="en", published="2024-03-17"),
        analyze_text(edited, language="en", published="2024-03-17"),
    )
    assert relation is not None and relation.kind == "copy"


# two slots a few words apart (the head of state and the occasion, then who sent the cable): the words between
# them are too few for a shared passage, so one gap holds both slots and many words both texts hold; and the
# country's name begins with a word both texts hold (جمهورية), inside the passage before the slot
CABLE_TWO_SLOTS = (
    "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس {country} {president} "
    "بمناسبة {occasion} لبلاده. وعبر {sender} في البرقية عن أصدق التهاني وأطيب التمنيات بموفور الصحة "
    "والسعادة لفخامته ولحكومة وشعب {country} الشقيق المزيد من التقدم والازدهار."
)


def test_a_formula_with_two_slots_close_together_is_not_a_copy() -> None:
    peru = CABLE_TWO_SLOTS.format(
        country="جمهورية البيرو", president="أولانتا هومالا تاسو", occasion="ذكرى يوم الاستقلال الوطني",
        sender="الملك المفدى حفظه الله",
    )  # fmt: skip
    belgium = CABLE_TWO_SLOTS.format(
        country="جمهورية تشيلي", president="ميشيل باشليه خيريا", occasion="ذكرى اليوم الوطني السنوي",
        sender="خادم الحرمين الشريفين",
    )  # fmt: skip
    assert relate(_doc(peru), _doc(belgium)) is None
    # the same cable, one word edited in each slot: still a copy
    edited = peru.replace("حفظه الله", "أيده الله").replace("تاسو", "تاسّو")
    relation = relate(_doc(peru), _doc(edited))
    assert relation is not None and relation.kind == "copy"
